/**
 * One entry for every command: Settings → the job → a JobResult (outputs, summary, failure) that the action and the
 * CLI each present their own way. No presentation here beyond choosing which report to render.
 */
import {
  renderExecutionLog,
  renderExecutionSummary,
  executionFailureMessage,
  executionSucceeded,
  type ExecutionReport
} from '../report/execution-summary.js'
import { renderUploadLog, renderUploadSummary, uploadOutputs } from '../report/upload-summary.js'
import type { Settings } from '../settings/settings.js'
import { connectAws } from './connect.js'
import type { JobContext } from './context.js'
import { existingBatchInput, runPipelineJob, type PipelineOutcome } from './pipeline-job.js'
import { runUploadJob } from './upload-job.js'
import { MANIFEST_NAME } from '../transfer/batch.js'

export interface JobResult {
  outputs: Record<string, string>
  /** Markdown for the job summary. */
  summary: string
  /** Set when the job failed after doing its reporting (a failed pipeline); thrown errors fail it earlier. */
  failure?: string
}

function executionReport(p: PipelineOutcome): ExecutionReport {
  return {
    executionArn: p.result.executionArn,
    stateMachineArn: p.stateMachineArn,
    status: p.result.status,
    timedOut: p.result.timedOut,
    waited: p.waited,
    reattached: p.reattached,
    startDate: p.result.startDate,
    stopDate: p.result.stopDate,
    error: p.result.error,
    cause: p.result.cause,
    failedState: p.result.failedState,
    batchId: p.input.batchId,
    dataset: p.input.dataset
  }
}

function pipelineResult(
  p: PipelineOutcome,
  ctx: JobContext
): Omit<JobResult, 'outputs'> & { outputs: Record<string, string> } {
  const r = executionReport(p)
  ctx.log(renderExecutionLog(r))
  return {
    outputs: { 'execution-arn': r.executionArn, status: r.status },
    summary: renderExecutionSummary(r),
    failure: executionSucceeded(r) ? undefined : executionFailureMessage(r)
  }
}

export async function runJob(settings: Settings, ctx: JobContext): Promise<JobResult> {
  // The recipe engine and formats load only for validate: uploads do not carry them in memory.
  if (settings.command === 'validate')
    return (await import('./validate-job.js')).runValidateJob(settings, ctx)

  const session = await connectAws(settings, ctx)
  const s = session.settings

  if (s.command === 'start') {
    const input = await existingBatchInput(session)
    if (s.dryRun) {
      ctx.log(`dry run: would start ${s.stateMachineArn} for s3://${input.bucket}/${input.manifestKey}`)
      return { outputs: { 'batch-id': input.batchId, status: 'dry-run' }, summary: '' }
    }
    const p = pipelineResult(await runPipelineJob(session, input, ctx), ctx)
    return {
      ...p,
      outputs: {
        'batch-id': input.batchId,
        manifest: `s3://${input.bucket}/${input.manifestKey}`,
        ...p.outputs
      }
    }
  }

  const upload = await runUploadJob(session, ctx)
  const outputs: Record<string, string> = { ...uploadOutputs(upload.report), status: upload.status }
  if (upload.status !== 'empty')
    ctx.log(upload.status === 'dry-run' ? `dry run: nothing written` : renderUploadLog(upload.report))
  const summary =
    upload.status === 'empty' || upload.status === 'dry-run' ? '' : renderUploadSummary(upload.report)
  if (s.command === 'upload' || upload.status === 'empty' || upload.status === 'dry-run') {
    return { outputs, summary }
  }

  const input = {
    bucket: upload.report.bucket,
    manifestKey: upload.report.prefix + MANIFEST_NAME,
    dataset: upload.report.dataset,
    batchId: upload.report.batchId
  }
  const p = pipelineResult(await runPipelineJob(session, input, ctx), ctx)
  return { outputs: { ...outputs, ...p.outputs }, summary: summary + '\n' + p.summary, failure: p.failure }
}
