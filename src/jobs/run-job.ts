/**
 * One entry for every command: Settings → the job → a JobResult (outputs, summary, failure) that the action and the
 * CLI each present their own way. No presentation here beyond choosing which report to render.
 */
import { deliveryOutputs, parseDelivery, type Delivery } from '../report/delivery.js'
import {
  renderExecutionLog,
  renderExecutionSummary,
  executionFailureMessage,
  executionSucceeded,
  type ExecutionReport
} from '../report/execution-summary.js'
import {
  renderDryRunSummary,
  renderEmptySummary,
  renderStartDryRunSummary,
  renderUploadLog,
  renderUploadSummary,
  uploadOutputs
} from '../report/upload-summary.js'
import { renderStateChart } from '../report/state-chart.js'
import { buildTimeline } from '../report/timeline.js'
import type { CleanRoomsTarget, Settings } from '../settings/settings.js'
import { errorMessage } from '../errors.js'
import { connectAws, type AwsSession } from './connect.js'
import { publishPreFailure } from './notify-failure.js'
import type { JobContext, JobResult } from './context.js'
import { existingBatchInput, runPipelineJob, type PipelineOutcome } from './pipeline-job.js'
import { runUploadJob } from './upload-job.js'
import { MANIFEST_NAME } from '../transfer/batch.js'

function executionReport(p: PipelineOutcome, cleanRooms?: CleanRoomsTarget): ExecutionReport {
  const timeline = p.details ? buildTimeline(p.details.events, p.result.status) : undefined
  // The state the failure came from is drawn red even when a Catch routed it on (the table says 'caught').
  const outcomes = timeline?.failedState
    ? { ...timeline.outcomes, [timeline.failedState]: 'failed' as const }
    : timeline?.outcomes
  const chart =
    outcomes && p.details?.definition ? renderStateChart(p.details.definition, outcomes) : undefined
  return {
    timeline,
    chart,
    historyTruncated: p.details?.truncated,
    executionArn: p.result.executionArn,
    stateMachineArn: p.stateMachineArn,
    status: p.result.status,
    timedOut: p.result.timedOut,
    cancelled: p.result.cancelled,
    stopped: p.result.stopped,
    waited: p.waited,
    reattached: p.reattached,
    startDate: p.result.startDate,
    stopDate: p.result.stopDate,
    // The failed state's own error is more specific than the execution's (often a Fail state's summary).
    error: timeline?.error ?? p.result.error,
    cause: timeline?.cause ?? p.result.cause,
    failedState: timeline?.failedState ?? p.result.failedState,
    batchId: p.input.batchId,
    dataset: p.input.dataset,
    delivery: withCleanRooms(parseDelivery(p.result.output, p.input.bucket), cleanRooms)
  }
}

/** A published batch is behind the stack's configured table, if it has one; nothing was published otherwise. */
function withCleanRooms(
  d: Delivery | undefined,
  cleanRooms: CleanRoomsTarget | undefined
): Delivery | undefined {
  return d && cleanRooms ? { ...d, cleanRooms } : d
}

function pipelineResult(
  p: PipelineOutcome,
  ctx: JobContext,
  cleanRooms?: CleanRoomsTarget
): Omit<JobResult, 'outputs'> & { outputs: Record<string, string> } {
  const r = executionReport(p, cleanRooms)
  ctx.log(renderExecutionLog(r))
  return {
    outputs: {
      'execution-arn': r.executionArn,
      status: r.status,
      ...(r.status === 'SUCCEEDED' && r.delivery ? deliveryOutputs(r.delivery) : {})
    },
    summary: renderExecutionSummary(r),
    failure: executionSucceeded(r) ? undefined : executionFailureMessage(r)
  }
}

/**
 * What a job has established so far: outputs and summary sections written as each becomes true, so a failure later
 * in the job (the pipeline start after a complete upload, say) still reports the batch a later step can use.
 */
export class JobProgress {
  readonly outputs: Record<string, string> = {}
  summary = ''
  set(outputs: Record<string, string>): void {
    Object.assign(this.outputs, outputs)
  }
  addSummary(markdown: string): void {
    if (markdown) this.summary += (this.summary ? '\n' : '') + markdown
  }
}

/** The context a job runs with, its batch and execution events also recorded as outputs. */
function tracking(ctx: JobContext, progress: JobProgress): JobContext {
  return {
    ...ctx,
    onBatch: e => {
      // Only a complete batch is reported: an upload that failed removed what it wrote.
      if (e.complete)
        progress.set({
          'batch-uri': `s3://${e.bucket}/${e.prefix}`,
          manifest: `s3://${e.bucket}/${e.prefix}${MANIFEST_NAME}`
        })
      ctx.onBatch?.(e)
    },
    onExecution: e => {
      progress.set({ 'execution-arn': e.executionArn })
      ctx.onExecution?.(e)
    }
  }
}

/**
 * Runs the command. A thrown error leaves what was known in `progress` (outputs and summary so far) for the caller
 * to report with it; a returned result carries everything itself.
 */
export async function runJob(
  settings: Settings,
  ctx: JobContext,
  progress: JobProgress = new JobProgress()
): Promise<JobResult> {
  // The recipe engine and formats load only for validate: uploads do not carry them in memory.
  const { command } = settings
  if (command === 'validate')
    return (await import('./validate-job.js')).runValidateJob({ ...settings, command }, ctx)

  const tracked = tracking(ctx, progress)
  const session = await connectAws({ ...settings, command }, tracked)
  try {
    return await runConnected(session, ctx, tracked, progress)
  } catch (err) {
    // A failure after the execution started is the pipeline's to report; a cancel is nobody's failure.
    if (!progress.outputs['execution-arn'] && !ctx.signal?.aborted) {
      const stage = session.settings.command === 'start' || progress.outputs.manifest ? 'start' : 'upload'
      const message = errorMessage(err)
      await publishPreFailure(session, { stage, batchId: progress.outputs['batch-id'], message }, ctx)
    }
    throw err
  }
}

async function runConnected(
  session: AwsSession,
  ctx: JobContext,
  tracked: JobContext,
  progress: JobProgress
): Promise<JobResult> {
  const s = session.settings

  if (s.command === 'start') {
    const start = { ...session, settings: s }
    progress.set({ 'batch-id': s.batchId })
    const input = await existingBatchInput(start)
    const manifest = `s3://${input.bucket}/${input.manifestKey}`
    progress.set({ 'batch-uri': manifest.slice(0, -MANIFEST_NAME.length), manifest })
    if (s.dryRun) {
      ctx.log(`dry run: would start ${s.stateMachineArn} for ${manifest}`)
      return {
        outputs: { ...progress.outputs, status: 'dry-run' },
        summary: renderStartDryRunSummary({ stateMachineArn: s.stateMachineArn, manifestUri: manifest })
      }
    }
    const p = pipelineResult(await runPipelineJob(start, input, tracked), ctx, s.cleanRooms)
    return { ...p, outputs: { ...progress.outputs, ...p.outputs } }
  }

  const upload = await runUploadJob(session, tracked, planned =>
    progress.set({ 'batch-id': planned.batchId })
  )
  if (upload.status === 'empty') {
    return {
      outputs: { files: '0', bytes: '0', status: 'empty' },
      summary: renderEmptySummary({
        dataset: upload.report.dataset,
        patterns: s.files,
        workingDirectory: s.workingDirectory
      })
    }
  }
  if (upload.status === 'dry-run') {
    ctx.log('dry run: nothing written')
    const outputs: Record<string, string> = { ...uploadOutputs(upload.report), status: 'dry-run' }
    // Nothing exists in S3 after a dry run: no batch-uri or manifest a later step could mistake for a batch.
    delete outputs['batch-uri']
    delete outputs.manifest
    return { outputs, summary: renderDryRunSummary(upload.report) }
  }
  const outputs: Record<string, string> = { ...uploadOutputs(upload.report), status: upload.status }
  progress.set(outputs)
  ctx.log(renderUploadLog(upload.report))
  const summary = renderUploadSummary(upload.report)
  progress.addSummary(summary)
  if (s.command === 'upload') return { outputs, summary }

  const input = {
    bucket: upload.report.bucket,
    manifestKey: upload.report.prefix + MANIFEST_NAME,
    dataset: upload.report.dataset,
    batchId: upload.report.batchId
  }
  const p = pipelineResult(
    await runPipelineJob({ ...session, settings: s }, input, tracked),
    ctx,
    s.cleanRooms
  )
  return { outputs: { ...outputs, ...p.outputs }, summary: summary + '\n' + p.summary, failure: p.failure }
}
