/**
 * Uploads one batch: every file streamed through sha256 → (gzip) → OpenPGP → S3 multipart upload, bounded
 * concurrency, SSE-KMS, per-object metadata; then `_manifest.json` last. A batch either ends complete (manifest
 * present, every object verified) or not at all: any failure or abort removes what this call wrote and aborts every
 * multipart upload under the batch prefix before the error is thrown.
 *
 * Four phases: hash the files → check what the batch prefix holds → upload the objects → commit the manifest.
 */
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { UserError } from '../errors.js'
import type { MatchedFile } from '../jobs/expand-files.js'
import { batchPrefix, MANIFEST_NAME, storedKeys } from './batch.js'
import {
  errorText,
  explainS3,
  readManifest,
  removeBatchObjects,
  removeFailedBatch,
  statusOf
} from './batch-store.js'
import {
  buildManifest,
  reuseMismatch,
  sameContent,
  serializeManifest,
  type Manifest,
  type ManifestObject
} from './manifest.js'
import { hashFile, sse, uploadOne, type ObjectUploadOptions, type Planned } from './upload-object.js'

export interface UploadBatchOptions extends ObjectUploadOptions {
  dataset: string
  files: MatchedFile[]
  recipientFingerprints: string[]
  /** Parts in flight per file; FILES_IN_FLIGHT files upload at once. */
  concurrency: number
  signal?: AbortSignal
  now?: () => number
}

export interface UploadResult {
  prefix: string
  manifestKey: string
  /** A complete batch with the same files was already there; nothing was written. */
  reused: boolean
  durationMs: number
  objects: ManifestObject[]
  manifest: Manifest
}

/**
 * Files uploaded at once. Each file already keeps every core busy (parallel gzip) and `concurrency` parts in flight;
 * a second file hides per-file latency for many small files. Memory is bounded by FILES_IN_FLIGHT × (concurrency + 1)
 * × partSize (put-stream's pool) plus a few 1 MiB compression blocks.
 */
export const FILES_IN_FLIGHT = 2

/** Runs `fn` over items with at most `limit` at once; on the first failure starts no more and waits for the rest. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async () => {
    while (failure === undefined && next < items.length) {
      const i = next++
      try {
        results[i] = await fn(items[i] as T, i)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
  return results
}

/** Phase 1. First read: the hashes decide whether this batch already exists, and catch a file changing under us later. */
async function hashFiles(o: UploadBatchOptions, prefix: string): Promise<Planned[]> {
  const keys = storedKeys(
    prefix,
    o.files.map(f => f.name),
    o.compression
  )
  const hashes = await mapLimit(o.files, FILES_IN_FLIGHT, f => hashFile(f.path, o.signal))
  return o.files.map((file, i) => ({
    file,
    key: keys[i]!,
    sha256: hashes[i]!.sha256,
    size: hashes[i]!.size
  }))
}

/**
 * Phase 2. What the prefix holds: a complete batch with the same files and settings is returned for reuse; one with
 * other files or settings is refused (batches are immutable); leftovers of an attempt that died before its manifest
 * (incomplete by definition) are removed, to be replaced entirely.
 */
async function checkExisting(
  o: UploadBatchOptions,
  prefix: string,
  planned: Planned[]
): Promise<Manifest | undefined> {
  const manifestKey = prefix + MANIFEST_NAME
  let existing: Manifest | undefined
  try {
    existing = await readManifest(o.s3, o.bucket, manifestKey)
  } catch (err) {
    if (err instanceof UserError) throw err
    throw new UserError(explainS3(err, `reading s3://${o.bucket}/${manifestKey}`, o), { cause: err })
  }
  if (existing) {
    const files = planned.map(p => ({
      originalName: p.file.name,
      plaintextSha256: p.sha256,
      plaintextSize: p.size
    }))
    if (!sameContent(existing, files)) {
      throw new UserError(
        `batch s3://${o.bucket}/${prefix} already exists with different files; batches are immutable: use a new batch-id (or a new run attempt)`
      )
    }
    const differs = reuseMismatch(existing, {
      recipients: o.recipientFingerprints,
      compression: o.compression,
      aead: o.aead
    })
    if (differs) {
      throw new UserError(
        `batch s3://${o.bucket}/${prefix} already exists with these files but a different ${differs}; batches are immutable: use a new batch-id (or a new run attempt), or re-run with the batch's settings to reuse it`
      )
    }
    return existing
  }
  const leftovers = await removeBatchObjects(o.s3, o.bucket, prefix).catch((err: unknown) => {
    throw new UserError(explainS3(err, `listing s3://${o.bucket}/${prefix}`, o), { cause: err })
  })
  if (leftovers.objects + leftovers.multipartUploads > 0) {
    o.log?.(
      `removed ${leftovers.objects} object(s) and ${leftovers.multipartUploads} multipart upload(s) left by an earlier incomplete attempt`
    )
  }
  return undefined
}

/** Phase 3. Every file, FILES_IN_FLIGHT at once; the first failure stops the others at once. */
async function uploadObjects(
  o: UploadBatchOptions,
  planned: Planned[],
  controller: AbortController,
  now: () => number
): Promise<ManifestObject[]> {
  return mapLimit(planned, FILES_IN_FLIGHT, async p => {
    try {
      return await uploadOne(p, o, controller.signal, now)
    } catch (err) {
      controller.abort(err)
      throw err
    }
  })
}

/** Another run committed the same batch first: its objects are not ours to remove. */
class BatchRacedError extends UserError {}

/** Phase 4. The manifest, written last and only if no other run wrote one first (S3 conditional write). */
async function commitManifest(o: UploadBatchOptions, prefix: string, manifest: Manifest): Promise<void> {
  const manifestKey = prefix + MANIFEST_NAME
  try {
    await o.s3.send(
      new PutObjectCommand({
        Bucket: o.bucket,
        Key: manifestKey,
        Body: serializeManifest(manifest),
        ContentType: 'application/json',
        IfNoneMatch: '*',
        ...sse(o)
      })
    )
  } catch (err) {
    if (statusOf(err) === 412) {
      throw new BatchRacedError(
        `another run completed batch s3://${o.bucket}/${prefix} at the same time: use a new batch-id`
      )
    }
    throw new UserError(explainS3(err, `writing the manifest s3://${o.bucket}/${manifestKey}`, o), {
      cause: err
    })
  }
}

export async function uploadBatch(o: UploadBatchOptions): Promise<UploadResult> {
  const now = o.now ?? Date.now
  const started = now()
  const prefix = batchPrefix(o.landingPrefix, o.dataset, o.batchId)
  const manifestKey = prefix + MANIFEST_NAME
  if (o.recipients.length === 0) throw new UserError('no recipient key to encrypt to')
  const result = (manifest: Manifest, reused: boolean): UploadResult => ({
    prefix,
    manifestKey,
    reused,
    durationMs: now() - started,
    objects: manifest.objects,
    manifest
  })

  const planned = await hashFiles(o, prefix)
  const existing = await checkExisting(o, prefix, planned)
  // The caller reports the reuse (one line, with what S3 holds).
  if (existing) return result(existing, true)

  const controller = new AbortController()
  const onOuterAbort = () => controller.abort(o.signal?.reason ?? new Error('aborted'))
  if (o.signal?.aborted) onOuterAbort()
  o.signal?.addEventListener('abort', onOuterAbort, { once: true })
  try {
    const objects = await uploadObjects(o, planned, controller, now)
    const manifest = buildManifest({
      dataset: o.dataset,
      batchId: o.batchId,
      createdAt: new Date(now()),
      compression: o.compression,
      aead: o.aead,
      recipients: o.recipientFingerprints,
      objects
    })
    if (controller.signal.aborted)
      throw new UserError(`upload stopped: ${errorText(controller.signal.reason)}`)
    await commitManifest(o, prefix, manifest)
    return result(manifest, false)
  } catch (err) {
    controller.abort(err)
    if (!(err instanceof BatchRacedError))
      await removeFailedBatch(o.s3, o.bucket, prefix, 'upload failed', o.log ?? (() => {}))
    throw err instanceof UserError
      ? err
      : new UserError(explainS3(err, `upload to s3://${o.bucket}/${prefix} failed`, o), { cause: err })
  } finally {
    o.signal?.removeEventListener('abort', onOuterAbort)
  }
}
