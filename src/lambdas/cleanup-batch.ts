/**
 * CleanupBatch: after a run that did not succeed, removes what it left: the batch's plaintext under
 * raw/<dataset>/<batch>/ (every version, so nothing survives in the versioned bucket) and its job output under
 * <dataset>/batch=<batch>/ in the target bucket, unless the Glue table already shows that output (the run failed
 * after PublishOutput, e.g. in ArchiveBatch: the published data stays). The ciphertext in landing/ is kept, so the
 * batch can be run again.
 *
 * Two callers: the state machine's failure path (CleanupBatch state, input = the batch reference), and an EventBridge
 * rule for executions that ended without reaching it (aborted, timed out), whose event carries the execution input as
 * JSON text in detail.input. Idempotent: cleaning a clean batch removes nothing.
 */
import { GetPartitionCommand, GetTableCommand, type GlueClient } from '@aws-sdk/client-glue'
import type { S3Client } from '@aws-sdk/client-s3'
import { batchPrefix } from '../transfer/batch.js'
import { checkEvent, type BatchEvent } from './decrypt-batch.js'
import { batchOutputPrefix, type OutputMode } from './publish-output.js'
import { purgePrefix } from './purge.js'
import { PipelineError, errorName } from './errors.js'

/** The part of EventBridge's "Step Functions Execution Status Change" event this function reads. */
export interface ExecutionStatusEvent {
  'detail-type'?: string
  detail: { status?: string; executionArn?: string; stateMachineArn?: string; input?: string | null }
}

export type CleanupEvent = (BatchEvent & { executionArn?: string }) | ExecutionStatusEvent

export interface CleanupDeps {
  s3: S3Client
  glue: Pick<GlueClient, 'send'>
  targetBucket: string
  database: string
  table: string
  mode: OutputMode
  landingPrefix: string
  rawPrefix: string
  bucket?: string
  /** The dataset this stack serves (DATASET): another dataset's batch is never touched. */
  dataset?: string
  /**
   * The stack's state machine: an event of another one is skipped. In AWS the rule's pattern already filters on it
   * (the function cannot name the state machine in its environment: the definition names the function, a cycle);
   * this guards direct invocations and local mode.
   */
  stateMachineArn?: string
  log?: (line: string) => void
}

export interface CleanupResult {
  /** Why nothing was looked at (an event for a batch-less or successful execution), else undefined. */
  skipped?: string
  rawObjectsRemoved: number
  outputObjectsRemoved: number
  /** The output was published (the table shows it), so it was kept. */
  outputKept: boolean
}

/**
 * Executions that never reached the CleanupBatch state. FAILED ones did (every failure path passes it); cleaning
 * them again from the event could remove a batch that a later run of the same batch is processing.
 */
const ENDED_BADLY = new Set(['TIMED_OUT', 'ABORTED'])

const EXPECTED_INPUT =
  'CleanupBatch takes the batch reference {bucket, manifestKey, dataset, batchId} or a Step Functions Execution Status Change event'

/** The batch reference of either caller, or why there is none; a malformed event is refused. */
function batchOf(
  event: CleanupEvent,
  stateMachineArn: string | undefined
): { batch?: unknown; skipped?: string } {
  if (typeof event !== 'object' || event === null) {
    throw new PipelineError(
      'InvalidInput',
      `the event is ${event === null ? 'null' : `a ${typeof event}`}: ${EXPECTED_INPUT}`
    )
  }
  if (!('detail' in event)) return { batch: event }
  const detail = event.detail as ExecutionStatusEvent['detail'] | null
  if (
    typeof detail !== 'object' ||
    detail === null ||
    typeof detail.status !== 'string' ||
    typeof detail.executionArn !== 'string'
  ) {
    throw new PipelineError(
      'InvalidInput',
      `the event's detail has no status or executionArn: ${EXPECTED_INPUT}`
    )
  }
  const execution = detail.executionArn
  if (stateMachineArn !== undefined && detail.stateMachineArn !== stateMachineArn) {
    return {
      skipped: `execution ${execution} is of state machine ${detail.stateMachineArn ?? '?'}, not this stack's ${stateMachineArn}`
    }
  }
  if (!ENDED_BADLY.has(detail.status)) return { skipped: `execution ${execution} ended ${detail.status}` }
  try {
    if (typeof detail.input !== 'string') throw new Error('no input')
    return { batch: JSON.parse(detail.input) }
  } catch {
    // Step Functions inputs are JSON and ours are far below the event's size limit: without it the batch is unknown,
    // and skipping would leave its plaintext in raw/ unnoticed.
    throw new PipelineError(
      'InvalidInput',
      `execution ${execution} ended ${detail.status} but its input is missing or not JSON: find its batch in the execution's input (Step Functions console) and remove raw/<dataset>/<batch>/ by hand`
    )
  }
}

/** Whether the Glue table (replace) or its partition (append) reads this folder. */
async function isPublished(deps: CleanupDeps, batchId: string, folder: string): Promise<boolean> {
  try {
    if (deps.mode === 'replace') {
      const got = await deps.glue.send(new GetTableCommand({ DatabaseName: deps.database, Name: deps.table }))
      return got.Table?.StorageDescriptor?.Location === folder
    }
    const got = await deps.glue.send(
      new GetPartitionCommand({
        DatabaseName: deps.database,
        TableName: deps.table,
        PartitionValues: [batchId]
      })
    )
    return got.Partition?.StorageDescriptor?.Location === folder
  } catch (err) {
    if (errorName(err) === 'EntityNotFoundException') return false
    throw err
  }
}

export async function cleanupBatch(event: CleanupEvent, deps: CleanupDeps): Promise<CleanupResult> {
  const log = deps.log ?? (() => {})
  const { batch, skipped } = batchOf(event, deps.stateMachineArn)
  if (skipped) {
    log(`nothing to clean: ${skipped}`)
    return { skipped, rawObjectsRemoved: 0, outputObjectsRemoved: 0, outputKept: false }
  }
  let checked: BatchEvent
  try {
    checked = checkEvent(batch, deps.landingPrefix, deps.bucket).event
  } catch (err) {
    // An execution that failed on its input never wrote anything.
    if (err instanceof PipelineError && err.name === 'InvalidInput') {
      log(`nothing to clean: ${err.message}`)
      return { skipped: err.message, rawObjectsRemoved: 0, outputObjectsRemoved: 0, outputKept: false }
    }
    throw err
  }
  if (deps.dataset !== undefined && checked.dataset !== deps.dataset) {
    const why = `batch ${checked.dataset}/${checked.batchId} is not of this stack's dataset ${deps.dataset}`
    log(`nothing to clean: ${why}`)
    return { skipped: why, rawObjectsRemoved: 0, outputObjectsRemoved: 0, outputKept: false }
  }
  const raw = batchPrefix(deps.rawPrefix, checked.dataset, checked.batchId)
  const rawPurge = await purgePrefix(deps.s3, checked.bucket, raw)
  const output = batchOutputPrefix(checked.dataset, checked.batchId)
  const folder = `s3://${deps.targetBucket}/${output}`
  const kept = await isPublished(deps, checked.batchId, folder)
  const outputPurge = kept
    ? { removed: 0, failed: [] }
    : await purgePrefix(deps.s3, deps.targetBucket, output)
  const failed = [...rawPurge.failed, ...outputPurge.failed]
  if (failed.length > 0) {
    throw new PipelineError(
      'CleanupFailed',
      `could not remove ${failed.join(', ')}: delete them by hand (the raw/ lifecycle rule expires plaintext after RawRetentionDays)`
    )
  }
  log(
    `cleaned batch ${checked.dataset}/${checked.batchId}: ${rawPurge.removed} plaintext object version(s) removed from ${raw}; ` +
      (kept
        ? `output ${folder} kept (the table shows it)`
        : `${outputPurge.removed} output object version(s) removed from ${folder}`)
  )
  return { rawObjectsRemoved: rawPurge.removed, outputObjectsRemoved: outputPurge.removed, outputKept: kept }
}
