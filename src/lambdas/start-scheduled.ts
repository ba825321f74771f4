/**
 * StartScheduledBatch: what the stack's schedule runs. It picks the oldest complete batch of the dataset that no
 * execution has run yet and starts the pipeline for it, exactly as the action would (same execution name
 * `<dataset>-<batch>`, same input), or ends with "nothing new". Any uploader can fill landing/: the action, the CLI,
 * or another system that writes the same manifest.
 *
 * - complete: the batch has its _manifest.json (uploads write it last).
 * - unprocessed: still in landing/ (ArchiveBatch moves the manifest out first) and without an execution of its name.
 *   A batch whose execution failed keeps its ciphertext in landing/ but is skipped: StartExecution answers
 *   ExecutionAlreadyExists for a closed execution, so a failed batch is not retried every schedule tick (re-run it from
 *   the action after fixing the cause). A batch whose execution is still running ends the call ("running").
 */
import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { DescribeExecutionCommand, StartExecutionCommand, type SFNClient } from '@aws-sdk/client-sfn'
import { executionName, type PipelineInput } from '../pipeline/execution.js'
import { batchPrefix, MANIFEST_NAME } from '../transfer/batch.js'
import { errorName, statusOf } from './errors.js'

export interface StartScheduledDeps {
  s3: S3Client
  sfn: Pick<SFNClient, 'send'>
  bucket: string
  dataset: string
  landingPrefix: string
  stateMachineArn: string
  log?: (line: string) => void
}

export interface StartScheduledResult {
  status: 'started' | 'running' | 'nothing-new'
  batchId?: string
  executionArn?: string
  /** Complete batches in landing/ skipped because an execution already ran them. */
  skipped: string[]
}

interface Candidate {
  batchId: string
  manifestKey: string
  since: number
}

/** The dataset's complete batches in landing/, oldest manifest first. */
async function completeBatches(deps: StartScheduledDeps): Promise<Candidate[]> {
  // landing/<dataset>/: batchPrefix of an empty batch id ends in '//'.
  const parent = batchPrefix(deps.landingPrefix, deps.dataset, '').slice(0, -1)
  const out: Candidate[] = []
  let token: string | undefined
  do {
    const page = await deps.s3.send(
      new ListObjectsV2Command({
        Bucket: deps.bucket,
        Prefix: parent,
        Delimiter: '/',
        ContinuationToken: token
      })
    )
    for (const p of page.CommonPrefixes ?? []) {
      if (!p.Prefix) continue
      const batchId = p.Prefix.slice(parent.length, -1)
      const manifestKey = p.Prefix + MANIFEST_NAME
      try {
        const head = await deps.s3.send(new HeadObjectCommand({ Bucket: deps.bucket, Key: manifestKey }))
        out.push({ batchId, manifestKey, since: head.LastModified?.getTime() ?? 0 })
      } catch (err) {
        // 404 (403 without ListBucket on the key): no manifest yet, an upload in progress or abandoned.
        if (statusOf(err) !== 404 && statusOf(err) !== 403 && errorName(err) !== 'NotFound') throw err
      }
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return out.sort((a, b) => a.since - b.since || a.batchId.localeCompare(b.batchId))
}

export async function startScheduledBatch(deps: StartScheduledDeps): Promise<StartScheduledResult> {
  const log = deps.log ?? (() => {})
  const skipped: string[] = []
  for (const c of await completeBatches(deps)) {
    const input: PipelineInput = {
      bucket: deps.bucket,
      manifestKey: c.manifestKey,
      dataset: deps.dataset,
      batchId: c.batchId
    }
    const name = executionName(deps.dataset, c.batchId)
    try {
      const out = await deps.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: deps.stateMachineArn,
          name,
          input: JSON.stringify(input)
        })
      )
      log(`started ${out.executionArn} for batch ${deps.dataset}/${c.batchId} (oldest unprocessed)`)
      return { status: 'started', batchId: c.batchId, executionArn: out.executionArn, skipped }
    } catch (err) {
      if (errorName(err) !== 'ExecutionAlreadyExists') throw err
    }
    // A closed execution of this name (or an open one with another input).
    const executionArn = `${deps.stateMachineArn.replace(':stateMachine:', ':execution:')}:${name}`
    const existing = await deps.sfn.send(new DescribeExecutionCommand({ executionArn }))
    if (existing.status === 'RUNNING') {
      log(`batch ${deps.dataset}/${c.batchId} is being processed by ${executionArn}: nothing started`)
      return { status: 'running', batchId: c.batchId, executionArn, skipped }
    }
    log(
      `batch ${deps.dataset}/${c.batchId} already ran (${existing.status} in ${executionArn}): skipped; run it again from the action with a new batch id`
    )
    skipped.push(c.batchId)
  }
  log(
    `nothing new for dataset ${deps.dataset}: no complete, unprocessed batch under ${deps.landingPrefix}${deps.dataset}/`
  )
  return { status: 'nothing-new', skipped }
}
