import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from '../errors.js'

/** What a CLI command may touch: injected so tests can drive commands without a process. */
export interface CliIO {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
}

/** One `cleanrooms-connect <name>` command. `run` returns the exit code; it throws UserError/UsageError on failure. */
export interface Command {
  name: string
  /** Full --help text: usage line, every flag with its default, and an example. */
  help: string
  run(args: string[], io: CliIO): Promise<number>
}

/**
 * A command as the dispatcher knows it before loading it: the CLI loads only the module of the command that runs,
 * so `upload` does not pay for the recipe engine, the ASL runner or the KMS clients (memory and start-up time).
 */
export interface CommandEntry {
  name: string
  summary: string
  load: () => Promise<Command>
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * parseArgs with errors rewritten as UsageError naming the command and pointing at --help.
 * Returns undefined when --help was asked for (the caller prints `help` and exits 0).
 */
export function parseFlags<O extends Options>(
  command: string,
  args: string[],
  options: O,
  allowPositionals = false
):
  | { values: Record<string, string | boolean | string[] | boolean[] | undefined>; positionals: string[] }
  | undefined {
  let parsed
  try {
    parsed = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals,
      strict: true
    })
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
    throw new UsageError(`${command}: ${message} (see 'cleanrooms-connect ${command} --help')`)
  }
  const values = parsed.values as Record<string, string | boolean | string[] | boolean[] | undefined>
  if (values.help) return undefined
  return { values, positionals: parsed.positionals }
}

/** A path flag relative to the caller's directory; '-' (stdin/stdout) stays as it is. */
export function pathFor(io: CliIO, file: string): string {
  return file === '-' ? file : path.resolve(io.cwd, file)
}
