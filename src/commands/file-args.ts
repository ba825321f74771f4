/**
 * Checks of file arguments done before any work, so a directory given where a file belongs gets a sentence instead of
 * a raw EISDIR from deep inside a stream (or, for an output, a rename that fails after the whole run).
 */
import { statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { UsageError } from '../errors.js'
import { pathFor, type CliIO } from './command.js'

function isDirectory(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false
}

/** `what` names the flag in the message, e.g. "recipe run: input". */
export function refuseDirectoryInput(file: string, what: string): void {
  if (isDirectory(file)) throw new UsageError(`${what} ${file} is a directory: give a file`)
}

export function refuseDirectoryOutput(file: string, what: string): void {
  if (isDirectory(file))
    throw new UsageError(
      `${what} ${file} is a directory: give a file path (the output is written as one file)`
    )
}

/** A text file named on the command line; one that cannot be read is a usage error naming it as the caller wrote it. */
export async function readTextArg(io: CliIO, command: string, file: string, what: string): Promise<string> {
  try {
    return await readFile(pathFor(io, file), 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error'
    throw new UsageError(`${command}: cannot read ${what} ${file} (${code}; looked in ${io.cwd})`)
  }
}
