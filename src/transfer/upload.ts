/**
 * Uploads one batch: every file streamed through sha256 → (gzip) → OpenPGP → S3 multipart upload, bounded
 * concurrency, SSE-KMS, per-object metadata; then `_manifest.json` last. A batch either ends complete (manifest
 * present, every object verified) or not at all: any failure or abort removes what this call wrote and aborts every
 * multipart upload under the batch prefix before the error is thrown.
 *
 * Four phases: hash the files → check what the batch prefix holds → upload the objects → commit the manifest.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { PassThrough, Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ParallelGzip } from './parallel-gzip.js'
import { PutObjectCommand, type PutObjectCommandInput, type S3Client } from '@aws-sdk/client-s3'
import type { PublicKey } from 'openpgp'
import { encryptStream } from '../crypto/encrypt.js'
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
import { putStream } from './put-stream.js'

export interface UploadBatchOptions {
  s3: S3Client
  bucket: string
  landingPrefix: string
  dataset: string
  batchId: string
  files: MatchedFile[]
  recipients: PublicKey[]
  recipientFingerprints: string[]
  aead: boolean
  compression: 'gzip' | 'none'
  compressionLevel: number
  partSizeBytes: number
  /** Parts in flight per file; FILES_IN_FLIGHT files upload at once. */
  concurrency: number
  kmsKeyId?: string
  signal?: AbortSignal
  log?: (line: string) => void
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
 * a second file hides per-file latency for many small files. Memory is bounded by FILES_IN_FLIGHT × concurrency ×
 * partSize plus a few 1 MiB compression blocks.
 */
export const FILES_IN_FLIGHT = 2
const PROGRESS_INTERVAL_MS = 15_000

/**
 * sha256 and size of a file, read into one reused buffer: no garbage per chunk, so this pass adds nothing to the
 * process's peak memory (a stream would leave ~60 MiB of dead chunks for the collector on a large file).
 */
async function hashFile(path: string, signal?: AbortSignal): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(1 << 20)
  const handle = await open(path, 'r')
  let size = 0
  try {
    for (;;) {
      signal?.throwIfAborted()
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
      size += bytesRead
    }
  } finally {
    await handle.close()
  }
  return { sha256: hash.digest('hex'), size }
}

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

/** Counts bytes passing through. */
function counter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length)
      done(null, chunk)
    }
  })
}

function sse(o: UploadBatchOptions): Pick<PutObjectCommandInput, 'ServerSideEncryption' | 'SSEKMSKeyId'> {
  return o.kmsKeyId ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: o.kmsKeyId } : {}
}

interface Planned {
  file: MatchedFile
  key: string
  sha256: string
  size: number
}

/** A file's chain: source → sha256 → byte count (with progress) → (gzip) → plain → OpenPGP → body. */
interface Chain {
  source: Readable
  plain: PassThrough
  body: Readable
  /** The pipeline from the file to `plain`. */
  feeding: Promise<void>
  digest: () => string
  plainBytes: () => number
  storedBytes: () => number
}

async function openChain(
  p: Planned,
  o: UploadBatchOptions,
  signal: AbortSignal,
  now: () => number
): Promise<Chain> {
  const log = o.log ?? (() => {})
  const hash = createHash('sha256')
  let plainBytes = 0
  let storedBytes = 0
  let lastLog = now()
  let lastTenth = 0
  // Progress for big files: every tenth of the file or every 15 s, whichever comes first.
  const tap = counter(n => {
    plainBytes += n
    if (p.size < 64 << 20) return
    const tenth = Math.floor((plainBytes * 10) / p.size)
    if (tenth > lastTenth || now() - lastLog >= PROGRESS_INTERVAL_MS) {
      log(`  ${p.file.name}: ${Math.min(100, tenth * 10)}% (${plainBytes} of ${p.size} bytes)`)
      lastTenth = tenth
      lastLog = now()
    }
  })
  const plain = new PassThrough()
  const hashing = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk)
      done(null, chunk)
    }
  })
  const stages: NodeJS.ReadWriteStream[] = [hashing, tap]
  if (o.compression === 'gzip') stages.push(new ParallelGzip({ level: o.compressionLevel }))
  const source = createReadStream(p.file.path, { highWaterMark: 256 << 10 })
  const feeding = pipeline([source, ...stages, plain] as unknown as [Readable, ...NodeJS.ReadWriteStream[]], {
    signal
  }).catch((err: unknown) => {
    plain.destroy(err as Error)
    throw err
  })
  const encrypted = await encryptStream(plain, o.recipients, { aead: o.aead })
  const body = encrypted.pipe(counter(n => (storedBytes += n)))
  encrypted.on('error', err => body.destroy(err))
  return {
    source,
    plain,
    body,
    feeding,
    digest: () => hash.digest('hex'),
    plainBytes: () => plainBytes,
    storedBytes: () => storedBytes
  }
}

async function uploadOne(
  p: Planned,
  o: UploadBatchOptions,
  signal: AbortSignal,
  now: () => number
): Promise<ManifestObject> {
  const log = o.log ?? (() => {})
  const chain = await openChain(p, o, signal, now)
  const compression = o.compression
  try {
    log(`  ${p.file.name}: uploading ${p.size} bytes → ${p.key}`)
    await putStream({
      s3: o.s3,
      params: {
        Bucket: o.bucket,
        Key: p.key,
        ContentType: 'application/pgp-encrypted',
        ...sse(o),
        Metadata: {
          'plaintext-sha256': p.sha256,
          'plaintext-size': String(p.size),
          'original-name': encodeURIComponent(p.file.name),
          compression,
          'batch-id': o.batchId
        }
      },
      body: chain.body,
      partSize: o.partSizeBytes,
      queueSize: o.concurrency,
      feeding: chain.feeding,
      upstream: [chain.plain, chain.source],
      signal,
      stopError: reason => new Error(`stopped: ${errorText(reason)}`)
    })
  } catch (err) {
    if (signal.aborted)
      throw new UserError(`upload of ${p.file.name} stopped: ${errorText(signal.reason ?? err)}`)
    throw new UserError(explainS3(err, `upload of ${p.file.name} to s3://${o.bucket}/${p.key} failed`, o), {
      cause: err
    })
  }
  const sha = chain.digest()
  const plainBytes = chain.plainBytes()
  if (sha !== p.sha256 || plainBytes !== p.size) {
    throw new UserError(
      `${p.file.name} changed while it was uploaded (sha256 or size differs from the first read): make sure nothing writes the export during the upload, then re-run`
    )
  }
  log(`  ${p.file.name}: done, ${plainBytes} → ${chain.storedBytes()} bytes`)
  return {
    key: p.key,
    originalName: p.file.name,
    plaintextSize: plainBytes,
    plaintextSha256: sha,
    storedSize: chain.storedBytes(),
    compression
  }
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
