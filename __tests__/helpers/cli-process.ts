/** Runs the real CLI entry (src/cli.ts, no build) in a child node process, as a user's shell would. */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const REGISTER = path.join(ROOT, '__tests__/helpers/ts-register.mjs')
const ENTRY = path.join(ROOT, 'src/cli.ts')
/** A registry with test-only commands added (see __tests__/fixtures/cli/registry.ts). */
export const TEST_REGISTRY = path.join(ROOT, '__tests__/fixtures/cli/registry.ts')

export interface CliProcessRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  /** stdout as bytes, for binary output. */
  stdoutBytes: Buffer
  stderr: string
}

export interface CliProcessOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Called once the child printed this on stderr (e.g. to signal it mid-run). */
  onStderr?: (text: string, child: ReturnType<typeof spawn>) => void
  /** Called with the child as soon as it is spawned (e.g. to signal it once a file appears). */
  onSpawn?: (child: ReturnType<typeof spawn>) => void
  timeoutMs?: number
}

export function cliProcess(args: string[], options: CliProcessOptions = {}): Promise<CliProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--no-warnings', '--import', REGISTER, ENTRY, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { PATH: process.env.PATH, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe']
    })
    options.onSpawn?.(child)
    const out: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (b: Buffer) => void out.push(b))
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString()
      options.onStderr?.(stderr, child)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.once('error', reject)
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      const stdoutBytes = Buffer.concat(out)
      resolve({ code, signal, stdout: stdoutBytes.toString(), stdoutBytes, stderr })
    })
  })
}
