/**
 * What a job may touch besides its Settings: logging, secrets masking, the OIDC token, time and cancellation.
 * The action, the CLI and the tests each pass their own; nothing below reads process globals directly.
 */
import { abortableSleep } from '../pipeline/execution.js'

export interface JobContext {
  env: NodeJS.ProcessEnv
  /** Base for working-directory (the workspace in the action, the shell's cwd in the CLI). */
  cwd: string
  log: (line: string) => void
  warn: (line: string) => void
  /** core.setSecret in the action; a no-op in the CLI. */
  mask: (secret: string) => void
  /** core.getIDToken in the action; throws in the CLI (no OIDC there), which falls back to the SDK chain. */
  getIDToken: (audience: string) => Promise<string>
  signal?: AbortSignal
  now: () => number
  /** Waits ms, ending early when the signal aborts (waits between polls must not outlast a cancel). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** An annotation on a file (the action shows it on the PR diff); the CLI prints problems instead. */
  annotate?: (annotation: Annotation) => void
  /** Told where the batch goes before anything is written, and when it is complete (the post step cleans up otherwise). */
  onBatch?: (event: BatchProgress) => void
  /** Told the execution ARN once the pipeline started, and when waiting ended. */
  onExecution?: (event: ExecutionEvent) => void
}

/** What a job hands back, for the action and the CLI to present each their own way. */
export interface JobResult {
  outputs: Record<string, string>
  /** Markdown for the job summary. */
  summary: string
  /** Set when the job failed after doing its reporting (a failed pipeline); thrown errors fail it earlier. */
  failure?: string
}

export interface Annotation {
  file: string
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
}

export interface BatchProgress {
  bucket: string
  prefix: string
  complete: boolean
}

export interface ExecutionEvent {
  executionArn: string
  /** Waiting ended (the execution ended, was stopped, or is deliberately left running). */
  finished: boolean
  /** stop-on-cancel: the post step stops an unfinished execution only when this is not false. */
  stopOnCancel?: boolean
}

/** A context for the CLI and scripts: plain stderr logging, no OIDC. */
export function cliContext(o: {
  env: NodeJS.ProcessEnv
  cwd: string
  stderr: (text: string) => void
  signal?: AbortSignal
}): JobContext {
  return {
    env: o.env,
    cwd: o.cwd,
    log: line => o.stderr(line + '\n'),
    warn: line => o.stderr(`warning: ${line}\n`),
    mask: () => {},
    getIDToken: () => Promise.reject(new Error('no GitHub OIDC token outside GitHub Actions')),
    signal: o.signal,
    now: Date.now,
    sleep: abortableSleep
  }
}
