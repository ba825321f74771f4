/**
 * Start, wait for and stop one Step Functions execution of the pipeline.
 * Step Functions has no SDK waiter, so this polls DescribeExecution with a growing interval and an injected clock.
 * Execution names are derived from the batch, so a re-run of the same workflow attempt re-attaches to the execution
 * it already started instead of processing the batch twice.
 */
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  StartExecutionCommand,
  StopExecutionCommand,
  type HistoryEvent,
  type SFNClient
} from '@aws-sdk/client-sfn'
import { UserError } from '../errors.js'

/** What the state machine receives: a reference to the batch manifest written last by the upload. */
export interface PipelineInput {
  bucket: string
  manifestKey: string
  dataset: string
  batchId: string
}

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED' | 'PENDING_REDRIVE'
export const TERMINAL: ReadonlySet<string> = new Set([
  'SUCCEEDED',
  'FAILED',
  'TIMED_OUT',
  'ABORTED',
  'PENDING_REDRIVE'
])

export interface ExecutionResult {
  executionArn: string
  status: ExecutionStatus
  startDate?: Date
  stopDate?: Date
  output?: string
  error?: string
  cause?: string
  /** The state that failed, from the execution history (when the execution did not succeed). */
  failedState?: string
  /** True when the wait ended because timeout-minutes passed, not because the execution ended. */
  timedOut?: boolean
  /** True when the wait ended because the job was cancelled (status is the last one seen, or ABORTED once stopped). */
  cancelled?: boolean
  /** The execution was stopped (StopExecution) after the cancel. */
  stopped?: boolean
}

const NAME_MAX = 80

/** `<dataset>-<batch-id>`, cut to Step Functions' 80 characters of [A-Za-z0-9-_]. */
export function executionName(dataset: string, batchId: string): string {
  const name = `${dataset}-${batchId}`.replace(/[^A-Za-z0-9_-]/g, '-')
  return name.length <= NAME_MAX ? name : name.slice(0, NAME_MAX)
}

/** arn:aws:states:R:A:stateMachine:NAME → arn:aws:states:R:A:execution:NAME:EXEC */
export function executionArnFor(stateMachineArn: string, name: string): string {
  const parts = stateMachineArn.split(':')
  if (parts.length < 7 || parts[5] !== 'stateMachine') {
    throw new UserError(
      `state-machine-arn '${stateMachineArn}' is not a state machine ARN (arn:aws:states:REGION:ACCOUNT:stateMachine:NAME)`
    )
  }
  return [...parts.slice(0, 5), 'execution', parts[6], name].join(':')
}

function errorName(err: unknown): string {
  return (err as { name?: string })?.name ?? ''
}

export async function startExecution(
  sfn: SFNClient,
  stateMachineArn: string,
  input: PipelineInput
): Promise<{ executionArn: string; name: string; reattached: boolean }> {
  const name = executionName(input.dataset, input.batchId)
  const body = JSON.stringify(input)
  try {
    const out = await sfn.send(new StartExecutionCommand({ stateMachineArn, name, input: body }))
    // Same name + same input while open is idempotent: the call succeeds with the original execution.
    return { executionArn: out.executionArn!, name, reattached: false }
  } catch (err) {
    if (errorName(err) === 'ExecutionAlreadyExists') {
      // Closed executions answer ExecutionAlreadyExists whatever the input: re-attach when it was this batch.
      const executionArn = executionArnFor(stateMachineArn, name)
      const existing = await sfn.send(new DescribeExecutionCommand({ executionArn }))
      if (existing.input !== undefined && sameJson(existing.input, body))
        return { executionArn, name, reattached: true }
      throw new UserError(
        `execution '${name}' already exists on ${stateMachineArn} with a different input: use a new batch-id or a new workflow run attempt`
      )
    }
    if (errorName(err) === 'StateMachineDoesNotExist') {
      throw new UserError(
        `state machine ${stateMachineArn} does not exist: check state-machine-arn / stack-name and aws-region`
      )
    }
    if (errorName(err) === 'AccessDeniedException') {
      throw new UserError(
        `not allowed to start ${stateMachineArn}: the role needs states:StartExecution on it (the stack's CI role has it)`
      )
    }
    throw err
  }
}

function sameJson(a: string, b: string): boolean {
  try {
    return JSON.stringify(JSON.parse(a)) === JSON.stringify(JSON.parse(b))
  } catch {
    return a === b
  }
}

export interface WaitOptions {
  timeoutMs: number
  /** First poll interval; doubles up to maxPollMs. */
  pollMs?: number
  maxPollMs?: number
  /** Resolves after ms, or as soon as the signal aborts (see abortableSleep). */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  now: () => number
  onPoll?: (status: string, elapsedMs: number) => void
  /** Cancellation: ends the wait at once (the sleep and any poll in flight) with `cancelled`, not `timedOut`. */
  signal?: AbortSignal
}

/** A sleep that ends early when the signal aborts, so a cancelled job does not sit out a 30 s poll interval. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve()
  return new Promise(resolve => {
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}

export async function waitForExecution(
  sfn: SFNClient,
  executionArn: string,
  o: WaitOptions
): Promise<ExecutionResult> {
  const started = o.now()
  let interval = o.pollMs ?? 5_000
  const maxInterval = o.maxPollMs ?? 30_000
  let last: { status: ExecutionStatus; startDate?: Date } = { status: 'RUNNING' }
  const cancelled = (): ExecutionResult => ({ executionArn, ...last, cancelled: true })
  for (;;) {
    if (o.signal?.aborted) return cancelled()
    let d
    try {
      d = await sfn.send(new DescribeExecutionCommand({ executionArn }), { abortSignal: o.signal })
    } catch (err) {
      if (o.signal?.aborted) return cancelled()
      throw err
    }
    const status = (d.status ?? 'RUNNING') as ExecutionStatus
    last = { status, startDate: d.startDate }
    const elapsed = o.now() - started
    o.onPoll?.(status, elapsed)
    if (TERMINAL.has(status)) {
      const result: ExecutionResult = {
        executionArn,
        status,
        startDate: d.startDate,
        stopDate: d.stopDate,
        output: d.output,
        error: d.error,
        cause: d.cause
      }
      if (status !== 'SUCCEEDED') result.failedState = await failedStateName(sfn, executionArn)
      return result
    }
    if (o.signal?.aborted) return cancelled()
    if (elapsed >= o.timeoutMs) return { executionArn, status, startDate: d.startDate, timedOut: true }
    await o.sleep(Math.min(interval, Math.max(0, o.timeoutMs - elapsed)), o.signal)
    interval = Math.min(maxInterval, interval * 2)
  }
}

/** The last state entered before a failure event: the one to look at first. */
export async function failedStateName(sfn: SFNClient, executionArn: string): Promise<string | undefined> {
  try {
    const h = await sfn.send(
      new GetExecutionHistoryCommand({ executionArn, reverseOrder: true, maxResults: 100 })
    )
    return lastEnteredState(h.events ?? [])
  } catch {
    return undefined // history is a nicety for the report; the status itself already says it failed
  }
}

/** Pure: events newest first → the name of the most recent StateEntered event. */
export function lastEnteredState(eventsNewestFirst: HistoryEvent[]): string | undefined {
  for (const e of eventsNewestFirst) {
    const name = e.stateEnteredEventDetails?.name
    if (name) return name
  }
  return undefined
}

/** Stops an execution; `deadlineMs` bounds the call (retries included) so a cancelled job ends in time. */
export async function stopExecution(
  sfn: SFNClient,
  executionArn: string,
  cause: string,
  deadlineMs?: number
): Promise<void> {
  await sfn.send(
    new StopExecutionCommand({ executionArn, error: 'CleanroomsConnect.Cancelled', cause }),
    deadlineMs ? { abortSignal: AbortSignal.timeout(deadlineMs) } : {}
  )
}
