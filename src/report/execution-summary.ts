/**
 * How a pipeline execution ended, for the job summary, the console and the step outputs. Pure.
 */
import { renderDelivery, type Delivery } from './delivery.js'
import { codeSpan, escapeMarkdown, formatDuration } from './format.js'
import type { StateOutcome, Timeline } from './timeline.js'

export interface ExecutionReport {
  executionArn: string
  stateMachineArn: string
  status: string
  /** The wait ended because timeout-minutes passed (status is then the last one seen). */
  timedOut?: boolean
  /** The job was cancelled while waiting; `stopped` when the execution was then stopped. */
  cancelled?: boolean
  stopped?: boolean
  waited: boolean
  reattached: boolean
  startDate?: Date
  stopDate?: Date
  error?: string
  cause?: string
  failedState?: string
  batchId: string
  dataset: string
  /** Per-state rows from the execution history (when the wait saw it end). */
  timeline?: Timeline
  /** Mermaid flowchart source of the definition, states coloured by outcome. */
  chart?: string
  /** The history was longer than was read: the timeline shows its beginning. */
  historyTruncated?: boolean
  /** Where a successful run put the data (from the execution output). */
  delivery?: Delivery
}

/** Rows of the timeline table; a Map over many files enters its states many times but they are one row each. */
export const MAX_TIMELINE_ROWS = 150

const OUTCOME_TEXT: Record<StateOutcome, string> = {
  succeeded: '✅ succeeded',
  caught: '⚠️ failed, caught',
  failed: '❌ failed',
  running: '⏳ running',
  stopped: '⏹️ stopped'
}

function renderTimeline(r: ExecutionReport): string[] {
  const t = r.timeline
  if (!t || t.rows.length === 0) return []
  const lines = [
    '### Timeline',
    '',
    '| state | started (UTC) | duration | entries | retries | outcome |',
    '|---|---|--:|--:|--:|---|'
  ]
  for (const row of t.rows.slice(0, MAX_TIMELINE_ROWS)) {
    const started = row.start.toISOString().slice(11, 19)
    const duration = row.durationMs !== undefined ? formatDuration(row.durationMs) : '…'
    const name = row.name === t.failedState ? `**${escapeMarkdown(row.name)}**` : escapeMarkdown(row.name)
    lines.push(
      `| ${name} | ${started} | ${duration} | ${row.entries} | ${row.retries} | ${OUTCOME_TEXT[row.outcome]} |`
    )
  }
  const more = t.rows.length - MAX_TIMELINE_ROWS
  if (more > 0) lines.push('', `… and ${more} more states (see the execution in the console).`)
  if (r.historyTruncated)
    lines.push('', 'The history is longer than what was read: later states are not shown.')
  lines.push('')
  return lines
}

function renderChart(r: ExecutionReport): string[] {
  if (!r.chart) return []
  return [
    '<details open><summary>State machine</summary>',
    '',
    '```mermaid',
    r.chart,
    '```',
    '',
    'Green: succeeded · yellow: failed and caught · red: failed · blue: running · grey: stopped · white: not run.',
    '',
    '</details>',
    ''
  ]
}

/** https://console.aws.amazon.com/states/… link for the execution; the region is in the ARN. */
export function executionConsoleUrl(executionArn: string): string {
  const region = executionArn.split(':')[3] ?? 'us-east-1'
  return `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${encodeURIComponent(executionArn)}`
}

function oneLine(text: string, max = 500): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : flat.slice(0, max - 1) + '…'
}

export function executionSucceeded(r: ExecutionReport): boolean {
  return r.status === 'SUCCEEDED' || (!r.waited && r.status === 'RUNNING')
}

export function renderExecutionSummary(r: ExecutionReport): string {
  const lines: string[] = []
  const icon = r.status === 'SUCCEEDED' ? '✅' : r.status === 'RUNNING' ? '⏳' : '❌'
  const state = r.cancelled
    ? r.stopped
      ? 'stopped: the job was cancelled'
      : `left ${r.status}: the job was cancelled`
    : r.timedOut
      ? `still ${r.status} when timeout-minutes ran out`
      : r.status
  lines.push(`## ${icon} Pipeline ${escapeMarkdown(state)} for batch ${escapeMarkdown(r.batchId)}`, '')
  // What failed comes first: the reader's question is "where, and why".
  if (r.failedState && r.status !== 'SUCCEEDED') {
    const error = r.error ? `: ${codeSpan(oneLine(r.error, 200))}` : ''
    lines.push(`**Failed in state ${codeSpan(r.failedState)}**${error}`, '')
    if (r.cause) lines.push(`> ${escapeMarkdown(oneLine(r.cause))}`, '')
  }
  if (r.startDate && r.stopDate) {
    lines.push(`Ran ${formatDuration(r.stopDate.getTime() - r.startDate.getTime())}.`, '')
  }
  lines.push(
    `- Execution: [${escapeMarkdown(r.executionArn.split(':').pop() ?? r.executionArn)}](${executionConsoleUrl(r.executionArn)})${r.reattached ? ' (re-attached: this batch had already started it)' : ''}`
  )
  if (!r.waited) lines.push('- Not waited for (wait: false): check the execution for the outcome.')
  if (!r.failedState && r.error) lines.push(`- Error: ${codeSpan(oneLine(r.error, 200))}`)
  if (!r.failedState && r.cause) lines.push(`- Cause: ${escapeMarkdown(oneLine(r.cause))}`)
  lines.push('')
  if (r.status === 'SUCCEEDED' && r.delivery) {
    lines.push(...renderDelivery(r.delivery, r.batchId, r.executionArn.split(':')[3] ?? 'us-east-1'))
  }
  lines.push(...renderTimeline(r), ...renderChart(r))
  return lines.join('\n') + '\n'
}

export function renderExecutionLog(r: ExecutionReport): string {
  if (r.cancelled)
    return `execution ${r.executionArn} ${r.stopped ? 'stopped (ABORTED)' : `still ${r.status}`}: the job was cancelled`
  if (!r.waited) return `execution ${r.executionArn} started (not waiting)`
  if (r.timedOut)
    return `execution ${r.executionArn} still ${r.status} after timeout-minutes; it keeps running in AWS`
  const where = r.failedState ? ` in state ${r.failedState}` : ''
  const why = r.error || r.cause ? `: ${oneLine([r.error, r.cause].filter(Boolean).join(': '), 300)}` : ''
  return `execution ${r.status}${r.status === 'SUCCEEDED' ? '' : where + why}`
}

/** The one-line failure message of a run whose pipeline did not succeed. */
export function executionFailureMessage(r: ExecutionReport): string {
  if (r.cancelled) {
    return r.stopped
      ? `cancelled while waiting for pipeline execution ${r.executionArn}: stopped it (stop-on-cancel)`
      : `cancelled while waiting for pipeline execution ${r.executionArn}: it is still ${r.status} in AWS (stop it in the console, or set stop-on-cancel: true)`
  }
  if (r.timedOut) {
    return `pipeline execution ${r.executionArn} did not finish within timeout-minutes (still ${r.status}); raise timeout-minutes or use wait: false`
  }
  const where = r.failedState ? ` in state ${r.failedState}` : ''
  const why = r.error ? ` (${oneLine(r.error, 200)})` : ''
  return `pipeline execution ${r.status}${where}${why}: see ${executionConsoleUrl(r.executionArn)}`
}
