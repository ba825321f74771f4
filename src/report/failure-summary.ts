/**
 * The job summary section for a step that failed with an error (not a pipeline that ran and failed: that has its own
 * report). Says what failed and what is known, with the next step when the batch is complete. Pure.
 */
import { codeSpan, escapeMarkdown } from './format.js'

export interface FailureReport {
  command: string
  /** The one-line error message the step failed with. */
  message: string
  /** The outputs known when it failed (batch-id, batch-uri, manifest, execution-arn, status). */
  outputs: Record<string, string>
}

const SHOWN = ['batch-id', 'batch-uri', 'manifest', 'execution-arn', 'status'] as const

export function renderFailureSummary(r: FailureReport): string {
  const lines = [`## ❌ ${escapeMarkdown(r.command)} failed`, '', escapeMarkdown(r.message), '']
  const known = SHOWN.filter(name => r.outputs[name])
  if (known.length > 0) {
    lines.push('Known when it failed (also set as step outputs):', '')
    for (const name of known) lines.push(`- ${name}: ${codeSpan(r.outputs[name]!)}`)
    lines.push('')
  }
  const batchId = r.outputs['batch-id']
  if (r.outputs.manifest && batchId && !r.outputs['execution-arn'] && r.command === 'run') {
    lines.push(
      `The batch is complete in S3: once the cause is fixed, start the pipeline for it with ` +
        `${codeSpan('command: start')} and ${codeSpan(`batch-id: ${batchId}`)}, or re-run this job (the upload is reused).`,
      ''
    )
  }
  return lines.join('\n')
}
