/**
 * DecryptBatch's input: the state machine's event (checked field by field) and the batch's manifest (read and checked
 * against the event before anything is decrypted). Also used by ArchiveBatch, CleanupBatch and PublishOutput.
 */
import type { S3Client } from '@aws-sdk/client-s3'
import { batchPrefix, checkObjectName, MANIFEST_NAME } from '../transfer/batch.js'
import { getManifest } from '../transfer/batch-store.js'
import { ManifestError, type Manifest } from '../transfer/manifest.js'
import { PipelineError, errorName, oneLine, statusOf } from './errors.js'

/** The state machine's payload for DecryptBatch (and, with rawPrefix, for ArchiveBatch). */
export interface BatchEvent {
  bucket: string
  manifestKey: string
  dataset: string
  batchId: string
}

/** One object of a batch: what the Map state passes to each invocation. */
export interface ObjectEvent extends BatchEvent {
  /** The landing key of the object, as the plan listed it. */
  object: string
}

/** A manifest is a few hundred bytes per object: more than this is not one the uploader wrote. */
export const MANIFEST_MAX_BYTES = 1024 * 1024
/** Objects per batch: the Map state's results must stay far below Step Functions' 256 KiB state limit. */
export const MAX_OBJECTS = 1000

/** A name usable as one path segment of a key. */
function badSegment(value: string): boolean {
  // eslint-disable-next-line no-control-regex
  return value === '.' || value === '..' || /[/\\\u0000-\u001f\u007f]/.test(value)
}

/**
 * Checks the state machine input: every field a non-empty string, the dataset and batch one key segment each, the
 * manifest exactly where this batch's manifest lives, the bucket the one this function serves.
 */
export function checkEvent(
  event: unknown,
  landingPrefix: string,
  expectedBucket?: string
): { event: BatchEvent; prefix: string } {
  const e = (typeof event === 'object' && event !== null ? event : {}) as Record<string, unknown>
  for (const field of ['bucket', 'manifestKey', 'dataset', 'batchId'] as const) {
    if (typeof e[field] !== 'string' || e[field] === '') {
      throw new PipelineError(
        'InvalidInput',
        `input field ${field} is missing or not a string: the input is {bucket, manifestKey, dataset, batchId} (the upload's manifest reference)`
      )
    }
  }
  const checked = e as unknown as BatchEvent
  if (badSegment(checked.dataset) || badSegment(checked.batchId)) {
    throw new PipelineError(
      'InvalidInput',
      `dataset '${checked.dataset}' and batchId '${checked.batchId}' must be single key segments (no /, \\, '.', '..' or control characters)`
    )
  }
  if (expectedBucket !== undefined && checked.bucket !== expectedBucket) {
    throw new PipelineError(
      'InvalidInput',
      `bucket ${checked.bucket} is not this stack's data bucket ${expectedBucket}: start the pipeline for batches in ${expectedBucket}`
    )
  }
  const prefix = batchPrefix(landingPrefix, checked.dataset, checked.batchId)
  if (checked.manifestKey !== prefix + MANIFEST_NAME) {
    throw new PipelineError(
      'InvalidInput',
      `manifestKey ${checked.manifestKey} is not this batch's manifest ${prefix}${MANIFEST_NAME}`
    )
  }
  return { event: checked, prefix }
}

/**
 * Reads and checks the batch's manifest: present (else the batch is incomplete), for this dataset and batch, every
 * object inside the batch prefix and every original name usable as a key, no two objects writing the same key.
 */
export async function loadManifest(s3: S3Client, event: BatchEvent, prefix: string): Promise<Manifest> {
  const where = `s3://${event.bucket}/${event.manifestKey}`
  let manifest: Manifest | undefined
  try {
    manifest = await getManifest(s3, event.bucket, event.manifestKey, { maxBytes: MANIFEST_MAX_BYTES })
  } catch (err) {
    if (err instanceof ManifestError || err instanceof PipelineError) {
      throw new PipelineError('InvalidInput', `${oneLine(err)}: upload the batch again`, { cause: err })
    }
    if (statusOf(err) === 403) {
      // Without s3:ListBucket on the key, S3 answers a missing object with 403, not 404.
      throw new PipelineError(
        'BatchIncomplete',
        `cannot read ${where} (${errorName(err)}): the batch has no ${MANIFEST_NAME} (missing: incomplete or already archived; upload it again) or this function may not read it (check DecryptFunctionRole)`,
        { cause: err }
      )
    }
    throw new PipelineError(
      'BatchIncomplete',
      `cannot read ${where} (${errorName(err)}: ${oneLine(err)}): retry`,
      {
        cause: err
      }
    )
  }
  if (!manifest) {
    throw new PipelineError(
      'BatchIncomplete',
      `batch s3://${event.bucket}/${prefix} has no ${MANIFEST_NAME}: it is incomplete (the upload writes it last); upload the batch again`
    )
  }
  if (manifest.dataset !== event.dataset || manifest.batchId !== event.batchId) {
    throw new PipelineError(
      'InvalidInput',
      `${where} describes batch ${manifest.dataset}/${manifest.batchId}, not ${event.dataset}/${event.batchId}: start the pipeline with the manifest's own batch`
    )
  }
  if (manifest.objects.length === 0 || manifest.objects.length > MAX_OBJECTS) {
    throw new PipelineError(
      'InvalidInput',
      `${where} lists ${manifest.objects.length} objects: a batch holds 1 to ${MAX_OBJECTS} (combine small files into fewer, larger ones)`
    )
  }
  const names = new Map<string, string>()
  const keys = new Set<string>()
  for (const o of manifest.objects) {
    if (keys.has(o.key)) {
      throw new PipelineError('InvalidInput', `${where} lists object ${o.key} twice: refusing the batch`)
    }
    keys.add(o.key)
    const inside = o.key.startsWith(prefix) && o.key.length > prefix.length && o.key !== event.manifestKey
    if (!inside || o.key.split('/').some(part => part === '..' || part === '.')) {
      throw new PipelineError(
        'InvalidInput',
        `${where} lists object ${o.key}, which is not inside the batch prefix ${prefix}: refusing the batch`
      )
    }
    const problem = checkObjectName(o.originalName)
    if (problem) {
      throw new PipelineError(
        'InvalidInput',
        `${where}: originalName '${o.originalName}' of ${o.key} ${problem}: refusing the batch`
      )
    }
    const other = names.get(o.originalName)
    if (other !== undefined) {
      throw new PipelineError(
        'InvalidInput',
        `${where}: objects ${other} and ${o.key} both decrypt to ${o.originalName}: refusing the batch`
      )
    }
    names.set(o.originalName, o.key)
  }
  return manifest
}
