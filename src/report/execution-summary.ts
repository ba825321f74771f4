/**
 * How a pipeline execution ended, for the job summary, the console and the step outputs. Pure.
 */
import { codeSpan, escapeMarkdown, formatDuration } from './format.js'

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
  if (r.startDate && r.stopDate) {
    lines.push(`Ran ${formatDuration(r.stopDate.getTime() - r.startDate.getTime())}.`, '')
  }
  lines.push(
    `- Execution: [${escapeMarkdown(r.executionArn.split(':').pop() ?? r.executionArn)}](${executionConsoleUrl(r.executionArn)})${r.reattached ? ' (re-attached: this batch had already started it)' : ''}`
  )
  if (!r.waited) lines.push('- Not waited for (wait: false): check the execution for the outcome.')
  if (r.failedState) lines.push(`- Failed in state: ${codeSpan(r.failedState)}`)
  if (r.error) lines.push(`- Error: ${codeSpan(oneLine(r.error, 200))}`)
  if (r.cause) lines.push(`- Cause: ${escapeMarkdown(oneLine(r.cause))}`)
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
