/**
 * CLI dispatch: pick the command, run it, map errors to exit codes (0 ok, 1 failure, 2 usage error).
 * All behaviour lives in the command modules and the core below them; src/cli.ts only calls `main`.
 */
import { errorMessage, UserError } from '../errors.js'
import type { CliIO, CommandEntry } from './command.js'
import { CLI_COMMANDS } from './registry.js'

const VERSION = '0.1.0'

function usage(): string {
  const width = Math.max(...CLI_COMMANDS.map(c => c.name.length))
  const lines = CLI_COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`)
  return [
    'Usage: cleanrooms-connect <command> [flags]',
    '',
    'Commands:',
    ...lines,
    '',
    "Run 'cleanrooms-connect <command> --help' for a command's flags.",
    'Exit codes: 0 ok, 1 failure, 2 usage error.'
  ].join('\n')
}

/** Finds the longest command name that prefixes the arguments ("recipe validate" before "recipe"). */
export function findCommand(argv: string[]): { command?: CommandEntry; rest: string[] } {
  const byLength = [...CLI_COMMANDS].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length)
  for (const command of byLength) {
    const words = command.name.split(' ')
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) }
  }
  return { rest: argv }
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [first] = argv
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(usage() + '\n')
    return first === undefined ? 2 : 0
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${VERSION}\n`)
    return 0
  }
  const { command: entry, rest } = findCommand(argv)
  if (!entry) {
    io.stderr(
      `error: unknown command '${argv.slice(0, 2).join(' ')}': run 'cleanrooms-connect --help' for the list\n`
    )
    return 2
  }
  try {
    const command = await entry.load()
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(command.help.trimEnd() + '\n')
      return 0
    }
    return await command.run(rest, io)
  } catch (err) {
    io.stderr(`error: ${errorMessage(err)}\n`)
    if (io.env.CLEANROOMS_DEBUG && err instanceof Error && err.stack) io.stderr(err.stack + '\n')
    return err instanceof UserError ? err.exitCode : 1
  }
}
