/** Drives the CLI's `main` in-process with captured output. */
import { main } from '../../src/commands/dispatch.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function cli(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, {
    stdout: t => void (stdout += t),
    stderr: t => void (stderr += t),
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd()
  })
  return { code, stdout, stderr }
}
