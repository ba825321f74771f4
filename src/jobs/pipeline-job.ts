/**
 * Starts the pipeline for a complete batch and (unless wait is false) waits for it. `run` calls it after the upload;
 * `start` calls it for a batch uploaded earlier, after checking that the batch's manifest exists.
 */
import { createS3Client, createSfnClient } from '../aws/clients.js'
import { UserError } from '../errors.js'
import type { SFNClient } from '@aws-sdk/client-sfn'
import {
  startExecution,
  stopExecution,
  waitForExecution,
  type ExecutionResult,
  type PipelineInput
} from '../pipeline/execution.js'
import { executionDetails, type ExecutionDetails } from '../pipeline/history.js'
import { batchPrefix, MANIFEST_NAME } from '../transfer/batch.js'
import { readManifest } from '../transfer/batch-store.js'
import { ManifestError } from '../transfer/manifest.js'
import { awsCall, explainAwsError } from './aws-errors.js'
import type { RunSettings, StartSettings } from '../settings/requirements.js'
import type { AwsSession } from './connect.js'
import type { JobContext } from './context.js'

export interface PipelineOutcome {
  input: PipelineInput
  stateMachineArn: string
  /** RUNNING with timedOut when the wait ended first, or with wait: false. */
  result: ExecutionResult
  reattached: boolean
  waited: boolean
  /** History and definition for the timeline and flowchart, when the wait saw the execution end or stopped it. */
  details?: ExecutionDetails
}

/**
 * The pipeline input for an existing batch of `start`, after checking its manifest is there. readManifest tells a
 * missing manifest from one the role may not read, where AWS answers both with 403.
 */
export async function existingBatchInput(session: AwsSession<StartSettings>): Promise<PipelineInput> {
  const s = session.settings
  const manifestKey = batchPrefix(s.prefix, s.dataset, s.batchId) + MANIFEST_NAME
  const s3 = createS3Client(session.clientOptions)
  try {
    let found
    try {
      found = await readManifest(s3, s.bucket, manifestKey)
    } catch (err) {
      if (err instanceof UserError) throw err
      // There but not a manifest the uploader wrote: the batch is damaged, not the network, the role or the region.
      if (err instanceof ManifestError)
        throw new UserError(`${err.message}: upload the batch again under a new batch-id (command: upload)`, {
          cause: err
        })
      throw explainAwsError(err, {
        service: 'S3',
        call: 'GetObject',
        resource: `s3://${s.bucket}/${manifestKey}`,
        permission: 's3:GetObject',
        input: 'bucket / stack-name'
      })
    }
    if (!found) {
      throw new UserError(
        `batch ${s.batchId} has no manifest at s3://${s.bucket}/${manifestKey}: it is incomplete or does not exist; upload it again (command: upload) or fix batch-id`
      )
    }
  } finally {
    s3.destroy()
  }
  return { bucket: s.bucket, manifestKey, dataset: s.dataset, batchId: s.batchId }
}

export async function runPipelineJob(
  session: AwsSession<RunSettings | StartSettings>,
  input: PipelineInput,
  ctx: JobContext
): Promise<PipelineOutcome> {
  const s = session.settings
  const stateMachineArn = s.stateMachineArn
  const sfn = createSfnClient(session.clientOptions)
  try {
    const started = await awsCall(
      {
        service: 'Step Functions',
        call: 'StartExecution',
        resource: stateMachineArn,
        permission: 'states:StartExecution',
        input: 'state-machine-arn / stack-name'
      },
      () => startExecution(sfn, stateMachineArn, input)
    )
    // Saved before waiting: if the runner kills the main step, the post step can still stop the execution.
    ctx.onExecution?.({ executionArn: started.executionArn, finished: false, stopOnCancel: s.stopOnCancel })
    ctx.log(
      `${started.reattached ? 're-attached to' : 'started'} execution ${started.executionArn} for batch ${input.batchId}`
    )
    if (!s.wait) {
      // Deliberately not waited for: nothing for the post step to stop, even if a cancel arrives now.
      ctx.onExecution?.({ executionArn: started.executionArn, finished: true, stopOnCancel: s.stopOnCancel })
      return {
        input,
        stateMachineArn,
        result: { executionArn: started.executionArn, status: 'RUNNING' },
        reattached: started.reattached,
        waited: false
      }
    }
    let lastStatus = ''
    const describe = {
      service: 'Step Functions',
      call: 'DescribeExecution',
      resource: started.executionArn,
      permission: 'states:DescribeExecution'
    }
    const result = await awsCall(describe, () =>
      waitForExecution(sfn, started.executionArn, {
        timeoutMs: s.timeoutMinutes * 60_000,
        sleep: ctx.sleep,
        now: ctx.now,
        signal: ctx.signal,
        onPoll: (status, elapsedMs) => {
          if (status !== lastStatus || elapsedMs % 300_000 < 30_000) {
            ctx.log(`execution ${status} after ${Math.round(elapsedMs / 1000)} s`)
            lastStatus = status
          }
        }
      })
    )
    if (result.cancelled) {
      return {
        input,
        stateMachineArn,
        result: await afterCancel(sfn, result, s.stopOnCancel, ctx),
        reattached: started.reattached,
        waited: true
      }
    }
    // Ended, or left running after timeout-minutes (documented): either way not the post step's to stop.
    ctx.onExecution?.({ executionArn: started.executionArn, finished: true, stopOnCancel: s.stopOnCancel })
    const details = result.timedOut ? undefined : await detailsFor(sfn, started.executionArn, ctx)
    return { input, stateMachineArn, result, reattached: started.reattached, waited: true, details }
  } finally {
    sfn.destroy()
  }
}

/**
 * The runner gives a cancelled step about 7.5 s between SIGINT and SIGTERM/kill: StopExecution gets 4 s (retries
 * included). When it fails, the execution stays unfinished in the saved state and the post step tries again.
 */
const STOP_DEADLINE_MS = 4_000

async function afterCancel(
  sfn: SFNClient,
  result: ExecutionResult,
  stopOnCancel: boolean,
  ctx: JobContext
): Promise<ExecutionResult> {
  const executionArn = result.executionArn
  if (!stopOnCancel) {
    ctx.log(`job cancelled while waiting: execution ${executionArn} keeps running (stop-on-cancel: false)`)
    ctx.onExecution?.({ executionArn, finished: true, stopOnCancel })
    return result
  }
  try {
    await stopExecution(
      sfn,
      executionArn,
      'the GitHub Actions job that started it was cancelled',
      STOP_DEADLINE_MS
    )
    ctx.log(`job cancelled while waiting: stopped execution ${executionArn}`)
    ctx.onExecution?.({ executionArn, finished: true, stopOnCancel })
    return { ...result, status: 'ABORTED', stopped: true }
  } catch (err) {
    ctx.warn(
      `job cancelled while waiting, and StopExecution on ${executionArn} failed (${explainAwsError(err, { service: 'Step Functions', call: 'StopExecution', resource: executionArn, permission: 'states:StopExecution' }).message}): the post step tries again`
    )
    return result
  }
}

async function detailsFor(
  sfn: SFNClient,
  executionArn: string,
  ctx: JobContext
): Promise<ExecutionDetails | undefined> {
  try {
    return await executionDetails(sfn, executionArn, ctx.signal)
  } catch (err) {
    const e = explainAwsError(err, {
      service: 'Step Functions',
      call: 'GetExecutionHistory',
      resource: executionArn,
      permission: 'states:GetExecutionHistory'
    })
    ctx.warn(`no timeline in the summary: ${e.message}`)
    return undefined
  }
}
