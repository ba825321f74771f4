/**
 * `cleanrooms-connect upload|run|start|check`: the action's commands from a shell. Flags are the action inputs with
 * the same names (declared once in settings/inputs.ts), so every input documented for the action works here too.
 */
import { parseArgs } from 'node:util'
import { UsageError } from '../errors.js'
import { cliContext } from '../jobs/context.js'
import { runJob } from '../jobs/run-job.js'
import { cliOptions, INPUTS, rawInputsFromCli, type CommandName, type InputSpec } from '../settings/inputs.js'
import { parseSettings } from '../settings/settings.js'
import type { CliIO, Command } from './command.js'

/** CLI-only aliases, for the names people type first. */
const ALIASES: Record<string, string> = { region: 'aws-region' }

function flagsHelp(command: CommandName): string {
  const lines: string[] = []
  for (const input of INPUTS as readonly InputSpec[]) {
    if (input.name === 'command' || !input.commands.includes(command)) continue
    const flag = input.kind === 'boolean' ? `--${input.name}` : `--${input.name} VALUE`
    const negation =
      input.kind === 'boolean' && input.default === 'true' ? ` (--no-${input.name} to turn off)` : ''
    const def = input.default !== undefined ? ` [default: ${input.default}]` : ''
    lines.push(`  ${flag}${negation}${def}`, `      ${input.description}`)
  }
  lines.push('  --region VALUE', '      Same as --aws-region.')
  return lines.join('\n')
}

function jobCommand(name: CommandName, cliName: string, summary: string, example: string): Command {
  return {
    name: cliName,
    help: [
      `Usage: cleanrooms-connect ${cliName} [flags]`,
      '',
      summary,
      'Flags are the action inputs of the same name; lists (--files, --recipient) may repeat.',
      'AWS credentials come from the SDK chain (env, profile); --endpoint-url or AWS_ENDPOINT_URL_S3 for any S3 server.',
      '',
      'Flags:',
      flagsHelp(name),
      '',
      'Example:',
      `  ${example}`
    ].join('\n'),
    async run(args: string[], io: CliIO): Promise<number> {
      const options = { ...cliOptions(), region: { type: 'string' as const } }
      delete (options as Record<string, unknown>).command
      const parsed = parseFlagsStrict(cliName, args, options)
      const values = { ...parsed }
      for (const [alias, target] of Object.entries(ALIASES)) {
        if (values[alias] !== undefined) {
          if (values[target] !== undefined)
            throw new UsageError(`${cliName}: give --${alias} or --${target}, not both`)
          values[target] = values[alias]
        }
      }
      const raw = { ...rawInputsFromCli(values), command: name }
      const settings = parseSettings(raw, io.env)
      const controller = new AbortController()
      const stop = () => controller.abort(new Error('interrupted'))
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
      try {
        const result = await runJob(
          settings,
          cliContext({ env: io.env, cwd: io.cwd, stderr: io.stderr, signal: controller.signal })
        )
        for (const [key, value] of Object.entries(result.outputs)) io.stdout(`${key}=${value}\n`)
        if (result.failure) {
          io.stderr(`error: ${result.failure}\n`)
          return 1
        }
        return 0
      } finally {
        process.off('SIGINT', stop)
        process.off('SIGTERM', stop)
      }
    }
  }
}

function parseFlagsStrict(
  command: string,
  args: string[],
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>
): Record<string, string | boolean | (string | boolean)[] | undefined> {
  try {
    return parseArgs({ args, options, allowPositionals: false, strict: true }).values
  } catch (err) {
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err)
    throw new UsageError(`${command}: ${message} (see 'cleanrooms-connect ${command} --help')`)
  }
}

export const uploadCommand = jobCommand(
  'upload',
  'upload',
  'Encrypt files with OpenPGP and upload them to S3 as one immutable batch (manifest written last).',
  "cleanrooms-connect upload --files 'exports/*.csv' --dataset customers --bucket my-landing --recipient key.asc"
)

export const runCommand = jobCommand(
  'run',
  'run',
  'Upload the batch, start the pipeline state machine and wait for it.',
  "cleanrooms-connect run --stack-name cleanrooms-prod --region us-east-1 --files 'exports/*.csv' --dataset customers"
)

export const startCommand = jobCommand(
  'start',
  'start',
  'Start the pipeline for a batch uploaded earlier (--batch-id) and wait for it.',
  'cleanrooms-connect start --stack-name cleanrooms-prod --region us-east-1 --dataset customers --batch-id gh-123-1'
)

export const checkCommand = jobCommand(
  'validate',
  'check',
  'Check inputs, match files and load recipient keys without calling AWS (what the action does with command: validate).',
  "cleanrooms-connect check --files 'exports/*.csv' --dataset customers --recipient key.asc"
)
