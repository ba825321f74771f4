/**
 * Uploads one batch: every file streamed through sha256 → (gzip) → OpenPGP → S3 multipart upload, bounded
 * concurrency, SSE-KMS, per-object metadata; then `_manifest.json` last. A batch either ends complete (manifest
 * present, every object verified) or not at all: any failure or abort removes what this call wrote and aborts every
 * multipart upload under the batch prefix before the error is thrown.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { PassThrough, Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { ParallelGzip } from './parallel-gzip.js'
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type PutObjectCommandInput,
  type S3Client
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import type { PublicKey } from 'openpgp'
import { encryptStream } from '../crypto/encrypt.js'
import { UserError } from '../errors.js'
import type { MatchedFile } from '../jobs/expand-files.js'
import { batchPrefix, MANIFEST_NAME, storedKeys } from './batch.js'
import {
  buildManifest,
  parseManifest,
  reuseMismatch,
  sameContent,
  serializeManifest,
  type Manifest,
  type ManifestObject
} from './manifest.js'

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

function errorText(err: unknown): string {
  const e = err as { name?: string; message?: string; Code?: string }
  const name = e?.name && e.name !== 'Error' ? `${e.name}: ` : ''
  return `${name}${(e?.message ?? String(err)).split('\n')[0]}`
}

function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
}

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

/**
 * The batch's manifest, or undefined when there is none.
 *
 * AWS answers a read of a missing object with 403 instead of 404 unless the caller may list the bucket without a
 * prefix condition, which the stack's CI role may not (its ListBucket is scoped to landing/<dataset>/). So a 403 is
 * followed by a listing of the key itself, which the role may do: not listed means absent; listed means present but
 * unreadable; a refused listing leaves "missing or not allowed", reported with what to check.
 */
export async function readManifest(s3: S3Client, bucket: string, key: string): Promise<Manifest | undefined> {
  try {
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
    return parseManifest(await got.Body!.transformToString(), `s3://${bucket}/${key}`)
  } catch (err) {
    if (statusOf(err) === 404 || (err as { name?: string }).name === 'NoSuchKey') return undefined
    if (statusOf(err) !== 403) throw err
    const listed = await isListed(s3, bucket, key)
    if (listed === false) return undefined
    throw new UserError(forbiddenObjectMessage(bucket, key, listed), { cause: err })
  }
}

/** Whether `key` exists according to a listing of exactly that prefix; undefined when the listing is refused too. */
export async function isListed(s3: S3Client, bucket: string, key: string): Promise<boolean | undefined> {
  try {
    // The key itself sorts before every longer key it prefixes, so one result is enough.
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }))
    return (page.Contents ?? []).some(o => o.Key === key)
  } catch (err) {
    if (statusOf(err) === 403) return undefined
    throw err
  }
}

/** The one-line explanation of a 403 on an object, after isListed said `listed`. */
export function forbiddenObjectMessage(bucket: string, key: string, listed: boolean | undefined): string {
  const uri = `s3://${bucket}/${key}`
  const prefix = key.slice(0, key.lastIndexOf('/') + 1)
  return listed
    ? `${uri} exists but this role may not read it (403): it needs s3:GetObject on it and kms:Decrypt on the bucket's KMS key`
    : `${uri} is missing or not allowed (403; S3 answers 403 for a missing object when the role may not list the bucket): check that the batch exists, and that the role has s3:GetObject on it and s3:ListBucket for prefix ${prefix}`
}

/** Deletes every object and aborts every multipart upload under the prefix. Returns the counts. */
export async function removeBatchObjects(
  s3: S3Client,
  bucket: string,
  prefix: string
): Promise<{ objects: number; multipartUploads: number }> {
  let objects = 0
  let multipartUploads = 0
  let keyMarker: string | undefined
  let uploadIdMarker: string | undefined
  for (;;) {
    let page
    try {
      page = await s3.send(
        new ListMultipartUploadsCommand({
          Bucket: bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker
        })
      )
    } catch (err) {
      // Some S3-compatible servers (s3rver, fauxqs) do not list multipart uploads. Our own uploads abort themselves
      // on failure (leavePartsOnError: false); AWS S3 always lists, so nothing escapes there.
      if (statusOf(err) === 501 || (err as { name?: string }).name === 'NotImplemented') break
      throw err
    }
    for (const u of page.Uploads ?? []) {
      await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: u.Key!, UploadId: u.UploadId! }))
      multipartUploads++
    }
    if (!page.IsTruncated) break
    keyMarker = page.NextKeyMarker
    uploadIdMarker = page.NextUploadIdMarker
  }
  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
    )
    for (const o of page.Contents ?? []) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key! }))
      objects++
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return { objects, multipartUploads }
}

/**
 * For the post step after a cancelled or killed run: removes the batch when it has no manifest (incomplete by
 * definition); leaves a complete batch alone.
 */
export async function cleanupIncompleteBatch(
  s3: S3Client,
  bucket: string,
  prefix: string,
  log: (line: string) => void = () => {}
): Promise<{ complete: boolean; objects: number; multipartUploads: number }> {
  if (await readManifest(s3, bucket, prefix + MANIFEST_NAME)) {
    log(`batch s3://${bucket}/${prefix} is complete; nothing to clean up`)
    return { complete: true, objects: 0, multipartUploads: 0 }
  }
  const removed = await removeBatchObjects(s3, bucket, prefix)
  log(
    `removed ${removed.objects} object(s) and ${removed.multipartUploads} multipart upload(s) of incomplete batch s3://${bucket}/${prefix}`
  )
  return { complete: false, ...removed }
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

function explainS3(err: unknown, what: string, o: UploadBatchOptions): string {
  const name = (err as { name?: string })?.name ?? ''
  if (/AccessDenied/.test(name)) {
    return `${what}: access denied: the role needs s3:PutObject on arn:aws:s3:::${o.bucket}/${o.landingPrefix}*${o.kmsKeyId ? ` and kms:GenerateDataKey on ${o.kmsKeyId}` : ''}`
  }
  if (name === 'NoSuchBucket')
    return `${what}: bucket ${o.bucket} does not exist: check bucket / stack-name and aws-region`
  if (/KMS/.test(name))
    return `${what}: KMS refused the key ${o.kmsKeyId ?? ''} (${errorText(err)}): check kms-key-id and the key policy`
  return `${what}: ${errorText(err)}`
}

interface Planned {
  file: MatchedFile
  key: string
  sha256: string
  size: number
}

async function uploadOne(
  p: Planned,
  o: UploadBatchOptions,
  signal: AbortSignal,
  now: () => number
): Promise<ManifestObject> {
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

  const compression = o.compression
  const upload = new Upload({
    client: o.s3,
    queueSize: o.concurrency,
    partSize: o.partSizeBytes,
    leavePartsOnError: false,
    params: {
      Bucket: o.bucket,
      Key: p.key,
      Body: body,
      ContentType: 'application/pgp-encrypted',
      ...sse(o),
      Metadata: {
        'plaintext-sha256': p.sha256,
        'plaintext-size': String(p.size),
        'original-name': encodeURIComponent(p.file.name),
        compression,
        'batch-id': o.batchId
      }
    }
  })
  // Stop by failing the body, not with upload.abort(): abort() settles done() at once while the requests already sent
  // go on, so a PutObject or CompleteMultipartUpload could land after the cleanup listed the prefix and leave an
  // object behind. A failed body makes done() wait for the requests in flight and abort the multipart upload first.
  const onAbort = () => void body.destroy(new Error(`stopped: ${errorText(signal.reason)}`))
  signal.addEventListener('abort', onAbort, { once: true })
  if (signal.aborted) onAbort()
  try {
    log(`  ${p.file.name}: uploading ${p.size} bytes → ${p.key}`)
    // A failed upload stops reading its body: destroy the source side too, or the feeding pipeline would wait on
    // backpressure forever. Both promises settle before we go on, so neither rejection is left unhandled.
    const uploading = upload.done().catch((err: unknown) => {
      plain.destroy(err as Error)
      source.destroy(err as Error)
      throw err
    })
    const settled = await Promise.allSettled([uploading, feeding])
    const failed = settled.find(r => r.status === 'rejected')
    if (failed) throw (failed as PromiseRejectedResult).reason
  } catch (err) {
    if (signal.aborted)
      throw new UserError(`upload of ${p.file.name} stopped: ${errorText(signal.reason ?? err)}`)
    throw new UserError(explainS3(err, `upload of ${p.file.name} to s3://${o.bucket}/${p.key} failed`, o), {
      cause: err
    })
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
  const sha = hash.digest('hex')
  if (sha !== p.sha256 || plainBytes !== p.size) {
    throw new UserError(
      `${p.file.name} changed while it was uploaded (sha256 or size differs from the first read): make sure nothing writes the export during the upload, then re-run`
    )
  }
  log(`  ${p.file.name}: done, ${plainBytes} → ${storedBytes} bytes`)
  return {
    key: p.key,
    originalName: p.file.name,
    plaintextSize: plainBytes,
    plaintextSha256: sha,
    storedSize: storedBytes,
    compression
  }
}

export async function uploadBatch(o: UploadBatchOptions): Promise<UploadResult> {
  const now = o.now ?? Date.now
  const log = o.log ?? (() => {})
  const started = now()
  const prefix = batchPrefix(o.landingPrefix, o.dataset, o.batchId)
  const manifestKey = prefix + MANIFEST_NAME
  const keys = storedKeys(
    prefix,
    o.files.map(f => f.name),
    o.compression
  )
  if (o.recipients.length === 0) throw new UserError('no recipient key to encrypt to')

  // First read: the hashes decide whether this batch already exists, and catch a file changing under us later.
  const hashes = await mapLimit(o.files, FILES_IN_FLIGHT, f => hashFile(f.path, o.signal))
  const planned: Planned[] = o.files.map((file, i) => ({
    file,
    key: keys[i]!,
    sha256: hashes[i]!.sha256,
    size: hashes[i]!.size
  }))

  let existing: Manifest | undefined
  try {
    existing = await readManifest(o.s3, o.bucket, manifestKey)
  } catch (err) {
    if (err instanceof UserError) throw err
    throw new UserError(explainS3(err, `reading s3://${o.bucket}/${manifestKey}`, o), { cause: err })
  }
  if (existing) {
    if (
      sameContent(
        existing,
        planned.map(p => ({ originalName: p.file.name, plaintextSha256: p.sha256, plaintextSize: p.size }))
      )
    ) {
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
      // The caller reports the reuse (one line, with what S3 holds).
      return {
        prefix,
        manifestKey,
        reused: true,
        durationMs: now() - started,
        objects: existing.objects,
        manifest: existing
      }
    }
    throw new UserError(
      `batch s3://${o.bucket}/${prefix} already exists with different files; batches are immutable: use a new batch-id (or a new run attempt)`
    )
  }

  const cleanup = async (why: string) => {
    try {
      // Another run of the same batch id may have committed it meanwhile (a re-run racing the first attempt): its
      // objects share our keys, and removing them would break the batch it just completed.
      const committed = await readManifest(o.s3, o.bucket, manifestKey).catch(() => undefined)
      if (committed) {
        log(`${why}: another run completed s3://${o.bucket}/${prefix} meanwhile; nothing of it was removed`)
        return
      }
      const removed = await removeBatchObjects(o.s3, o.bucket, prefix)
      log(
        `${why}: removed ${removed.objects} object(s) and aborted ${removed.multipartUploads} multipart upload(s) under s3://${o.bucket}/${prefix}`
      )
    } catch (err) {
      log(
        `${why}: could not clean up s3://${o.bucket}/${prefix} (${errorText(err)}); the post step or a re-run removes it`
      )
    }
  }

  // Leftovers of an attempt that died before its manifest: incomplete by definition, replaced entirely.
  const leftovers = await removeBatchObjects(o.s3, o.bucket, prefix).catch((err: unknown) => {
    throw new UserError(explainS3(err, `listing s3://${o.bucket}/${prefix}`, o), { cause: err })
  })
  if (leftovers.objects + leftovers.multipartUploads > 0) {
    log(
      `removed ${leftovers.objects} object(s) and ${leftovers.multipartUploads} multipart upload(s) left by an earlier incomplete attempt`
    )
  }

  let raced = false
  const controller = new AbortController()
  const onOuterAbort = () => controller.abort(o.signal?.reason ?? new Error('aborted'))
  if (o.signal?.aborted) onOuterAbort()
  o.signal?.addEventListener('abort', onOuterAbort, { once: true })
  try {
    const objects = await mapLimit(planned, FILES_IN_FLIGHT, async p => {
      try {
        return await uploadOne(p, o, controller.signal, now)
      } catch (err) {
        controller.abort(err) // stop the other files at once
        throw err
      }
    })
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
    try {
      await o.s3.send(
        new PutObjectCommand({
          Bucket: o.bucket,
          Key: manifestKey,
          Body: serializeManifest(manifest),
          ContentType: 'application/json',
          // Two runs racing for one batch: only the first manifest wins (S3 conditional write).
          IfNoneMatch: '*',
          ...sse(o)
        })
      )
    } catch (err) {
      if (statusOf(err) === 412) {
        raced = true
        throw new UserError(
          `another run completed batch s3://${o.bucket}/${prefix} at the same time: use a new batch-id`
        )
      }
      throw new UserError(explainS3(err, `writing the manifest s3://${o.bucket}/${manifestKey}`, o), {
        cause: err
      })
    }
    return {
      prefix,
      manifestKey,
      reused: false,
      durationMs: now() - started,
      objects: manifest.objects,
      manifest
    }
  } catch (err) {
    controller.abort(err)
    if (!raced) await cleanup('upload failed')
    throw err instanceof UserError
      ? err
      : new UserError(explainS3(err, `upload to s3://${o.bucket}/${prefix} failed`, o), { cause: err })
  } finally {
    o.signal?.removeEventListener('abort', onOuterAbort)
  }
}
