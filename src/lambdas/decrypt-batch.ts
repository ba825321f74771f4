/**
 * DecryptBatch: landing/<dataset>/<batch>/*.pgp → raw/<dataset>/<batch>/<original name>. The state machine calls it
 * twice over: once without `object` to plan (read and check the manifest, list its objects; nothing is written), then
 * once per object from a Map state, so each object has a whole Lambda time budget and several decrypt at once.
 * Each object goes S3 GetObject → OpenPGP decrypt (every live key; openpgp picks by key ID) → gunzip (when the manifest
 * says so) → sha256/size check → S3 multipart upload (transfer/put-stream.ts: 8 MiB parts, 2 in flight, from a pool
 * of 3 reused buffers). The check sits in the stream's flush, so an integrity failure or a hash mismatch errors the
 * body before it ends and the upload is aborted, never completed. A failed object is removed (every version) and an error is thrown whose name (InvalidInput,
 * BatchIncomplete, KeysUnavailable, DecryptFailed) and message (the object key and the cause) the state machine
 * reports; the state machine's CleanupBatch then removes the whole batch from raw/. Re-running is safe: the same keys
 * are overwritten.
 *
 * Memory does not grow with object size: at most two parts are buffered for upload, and openpgp, gunzip and the hash
 * stream with backpressure. Plaintext stops at the manifest's size: a compression bomb fails as soon as it exceeds it.
 */
import { batchPrefix } from '../transfer/batch.js'
import { purgeKey, purgePrefix } from './purge.js'
import { PipelineError } from './errors.js'
import { checkEvent, loadManifest, type BatchEvent, type ObjectEvent } from './decrypt-batch-input.js'
import {
  failObject,
  KeyRing,
  streamObject,
  type DecryptBatchDeps,
  type DecryptObjectResult
} from './decrypt-batch-object.js'

export {
  checkEvent,
  loadManifest,
  MANIFEST_MAX_BYTES,
  MAX_OBJECTS,
  type BatchEvent,
  type ObjectEvent
} from './decrypt-batch-input.js'
export { DEFAULT_PART_SIZE, type DecryptBatchDeps, type DecryptObjectResult } from './decrypt-batch-object.js'

export interface BatchPlan {
  rawPrefix: string
  objectCount: number
  /** The landing keys of the batch's objects, in manifest order. */
  objects: string[]
}

export interface DecryptBatchResult {
  rawPrefix: string
  objectCount: number
}

/** Reads and checks the manifest and lists the batch's objects: the Map state's items. Writes nothing. */
export async function planBatch(
  event: BatchEvent,
  deps: Pick<DecryptBatchDeps, 's3' | 'landingPrefix' | 'rawPrefix' | 'bucket'>
): Promise<BatchPlan> {
  const { prefix } = checkEvent(event, deps.landingPrefix, deps.bucket)
  const manifest = await loadManifest(deps.s3, event, prefix)
  return {
    rawPrefix: batchPrefix(deps.rawPrefix, event.dataset, event.batchId),
    objectCount: manifest.objects.length,
    objects: manifest.objects.map(o => o.key)
  }
}

/**
 * Decrypts one object of the batch (the Map state's iteration). The manifest is read and checked again: the object
 * must be one it lists. On failure this object's raw key is removed, every version; other objects of the batch may
 * be decrypting at the same time, so their keys are left to CleanupBatch.
 */
export async function decryptObject(
  event: ObjectEvent,
  deps: DecryptBatchDeps
): Promise<DecryptObjectResult> {
  const { prefix } = checkEvent(event, deps.landingPrefix, deps.bucket)
  if (typeof event.object !== 'string' || event.object === '') {
    throw new PipelineError(
      'InvalidInput',
      'input field object is missing or not a string: it is a landing key that PlanDecrypt listed'
    )
  }
  const manifest = await loadManifest(deps.s3, event, prefix)
  const o = manifest.objects.find(m => m.key === event.object)
  if (!o) {
    throw new PipelineError(
      'InvalidInput',
      `object ${event.object} is not listed in ${event.manifestKey}: the Map state passes the keys PlanDecrypt listed`
    )
  }
  const ring = new KeyRing(deps.keys)
  try {
    deps.signal?.throwIfAborted()
    return await streamObject(event, o, deps, ring)
  } catch (err) {
    const target = batchPrefix(deps.rawPrefix, event.dataset, event.batchId) + o.originalName
    return failObject(err, o, ring, () => purgeKey(deps.s3, event.bucket, target), target)
  }
}

/**
 * The whole batch in one call, object after object (what the Map state does, without its concurrency): for tools
 * and tests that have no state machine. Any failure removes everything under the batch's raw prefix.
 */
export async function decryptBatch(event: BatchEvent, deps: DecryptBatchDeps): Promise<DecryptBatchResult> {
  const { prefix } = checkEvent(event, deps.landingPrefix, deps.bucket)
  const manifest = await loadManifest(deps.s3, event, prefix)
  const rawPrefix = batchPrefix(deps.rawPrefix, event.dataset, event.batchId)
  const ring = new KeyRing(deps.keys)
  for (const o of manifest.objects) {
    try {
      deps.signal?.throwIfAborted()
      await streamObject(event, o, deps, ring)
    } catch (err) {
      return failObject(err, o, ring, () => purgePrefix(deps.s3, event.bucket, rawPrefix), rawPrefix)
    }
  }
  return { rawPrefix: rawPrefix, objectCount: manifest.objects.length }
}
