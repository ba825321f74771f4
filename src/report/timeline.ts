/**
 * An execution's history (GetExecutionHistory events, oldest first) → one row per state: when it was first entered,
 * how long it ran, how many retries, and how it ended; plus the state that failed and why. Pure: the event shape is
 * declared here (structurally what @aws-sdk/client-sfn returns), so the report never imports the SDK.
 *
 * Attribution: each event names its state only on StateEntered/StateExited; every other event is attributed through
 * previousEventId to the state whose entry it follows. That stays right inside Map iterations and Parallel branches,
 * where states of different iterations interleave.
 */

export interface HistoryEventLike {
  id?: number
  previousEventId?: number
  type?: string
  timestamp?: Date
  stateEnteredEventDetails?: { name?: string }
  stateExitedEventDetails?: { name?: string }
  executionFailedEventDetails?: { error?: string; cause?: string }
  executionAbortedEventDetails?: { error?: string; cause?: string }
  executionTimedOutEventDetails?: { error?: string; cause?: string }
  taskFailedEventDetails?: { error?: string; cause?: string }
  taskTimedOutEventDetails?: { error?: string; cause?: string }
  lambdaFunctionFailedEventDetails?: { error?: string; cause?: string }
  lambdaFunctionTimedOutEventDetails?: { error?: string; cause?: string }
}

/** succeeded: exited normally; caught: exited through a Catch after failing; failed: the execution failed in it. */
export type StateOutcome = 'succeeded' | 'caught' | 'failed' | 'running' | 'stopped'

export interface StateRow {
  name: string
  start: Date
  /** From the first entry to the last exit (or to the execution's end when it never exited). */
  durationMs?: number
  /** Times entered (a loop or Map iterations enter a state more than once). */
  entries: number
  /** Attempts after a failure that were tried again (Retry), summed over entries. */
  retries: number
  outcome: StateOutcome
  error?: string
  cause?: string
}

export interface Timeline {
  rows: StateRow[]
  failedState?: string
  error?: string
  cause?: string
  /** Outcome per state name, for colouring the flowchart. */
  outcomes: Record<string, StateOutcome>
}

const FAILURE = /(Failed|TimedOut)$/
const ATTEMPT = /(TaskScheduled|LambdaFunctionScheduled|ActivityScheduled)$/

function failureDetails(e: HistoryEventLike): { error?: string; cause?: string } {
  return (
    e.taskFailedEventDetails ??
    e.taskTimedOutEventDetails ??
    e.lambdaFunctionFailedEventDetails ??
    e.lambdaFunctionTimedOutEventDetails ??
    e.executionFailedEventDetails ??
    e.executionTimedOutEventDetails ??
    {}
  )
}

interface Work {
  row: StateRow
  lastExit?: number
  attempts: number
  failures: number
  /** A failure not yet followed by a retry or an exit. */
  openFailure?: { error?: string; cause?: string }
  /** Event id of its latest failure: the latest failure of a failed execution is its cause. */
  lastFailure?: number
}

export function buildTimeline(events: HistoryEventLike[], executionStatus?: string): Timeline {
  const stateOf = new Map<number, string>()
  const work = new Map<string, Work>()
  let executionEnd: number | undefined
  let executionError: { error?: string; cause?: string } | undefined
  let lastEntered: string | undefined

  for (const e of events) {
    const type = e.type ?? ''
    const at = e.timestamp?.getTime()
    const entered = type.endsWith('StateEntered') ? e.stateEnteredEventDetails?.name : undefined
    const exited = type.endsWith('StateExited') ? e.stateExitedEventDetails?.name : undefined
    const name =
      entered ?? exited ?? (e.previousEventId !== undefined ? stateOf.get(e.previousEventId) : undefined)
    if (e.id !== undefined && name !== undefined && !exited) stateOf.set(e.id, name)

    if (type.startsWith('Execution')) {
      if (/^Execution(Succeeded|Failed|Aborted|TimedOut)$/.test(type)) executionEnd = at
      if (type === 'ExecutionFailed' || type === 'ExecutionTimedOut') executionError = failureDetails(e)
      if (type === 'ExecutionAborted') executionError = e.executionAbortedEventDetails ?? {}
      continue
    }
    if (entered) {
      lastEntered = entered
      let w = work.get(entered)
      if (!w) {
        w = {
          row: {
            name: entered,
            start: e.timestamp ?? new Date(0),
            entries: 0,
            retries: 0,
            outcome: 'running'
          },
          attempts: 0,
          failures: 0
        }
        work.set(entered, w)
      }
      w.row.entries++
      w.row.outcome = 'running'
      w.openFailure = undefined
      continue
    }
    const w = name !== undefined ? work.get(name) : undefined
    if (!w) continue
    if (exited) {
      w.lastExit = at
      w.row.outcome = w.openFailure ? 'caught' : 'succeeded'
      if (w.openFailure) Object.assign(w.row, w.openFailure)
      w.openFailure = undefined
    } else if (ATTEMPT.test(type)) {
      w.attempts++
      // A new attempt after a failure within the same entry is a Retry.
      if (w.openFailure) w.row.retries++
      w.openFailure = undefined
    } else if (FAILURE.test(type)) {
      w.failures++
      w.openFailure = failureDetails(e)
      w.lastFailure = e.id ?? w.lastFailure
    }
  }

  const failed =
    executionStatus !== undefined && executionStatus !== 'SUCCEEDED' && executionStatus !== 'RUNNING'
  const all = [...work.values()]
  for (const w of all) {
    const end = w.lastExit ?? executionEnd
    if (end !== undefined) w.row.durationMs = Math.max(0, end - w.row.start.getTime())
    if (w.row.outcome === 'running' && executionEnd !== undefined) {
      w.row.outcome = executionStatus === 'FAILED' || executionStatus === 'TIMED_OUT' ? 'failed' : 'stopped'
      if (w.openFailure) Object.assign(w.row, w.openFailure)
    }
  }
  const rows = all.map(w => w.row).sort((a, b) => a.start.getTime() - b.start.getTime())
  // Where it failed: the state of the latest task failure (a Catch may have routed it on to notify and Fail);
  // without one, the state entered last (a Fail state, or where it was stopped).
  const culprit = failed
    ? all
        .filter(w => w.lastFailure !== undefined && w.row.outcome !== 'succeeded')
        .sort((a, b) => b.lastFailure! - a.lastFailure!)[0]
    : undefined
  const failedState = failed ? (culprit?.row.name ?? lastEntered) : undefined
  const outcomes: Record<string, StateOutcome> = {}
  for (const r of rows) outcomes[r.name] = r.outcome
  return {
    rows,
    failedState,
    error: culprit?.row.error ?? executionError?.error,
    cause: culprit?.row.cause ?? executionError?.cause,
    outcomes
  }
}
