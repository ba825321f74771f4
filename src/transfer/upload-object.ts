/**
 * One file of a batch: its first read (sha256 and size), then its upload through sha256 → (gzip) → OpenPGP → S3
 * multipart upload, checked against the first read so a file changing during the upload fails instead of landing.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { PassThrough, Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { PutObjectCommandInput, S3Client } from '@aws-sdk/client-s3'
import type { PublicKey } from 'openpgp'
import { encryptStream } from '../crypto/encrypt.js'
import { UserError } from '../errors.js'
import type { MatchedFile } from '../jobs/expand-files.js'
import { errorText, explainS3 } from './batch-store.js'
import type { ManifestObject } from './manifest.js'
import { ParallelGzip } from './parallel-gzip.js'
import { putStream } from './put-stream.js'

/** What uploading one object of a batch needs (uploadBatch's options hold these and more). */
export interface ObjectUploadOptions {
  s3: S3Client
  bucket: string
  landingPrefix: string
  batchId: string
  recipients: PublicKey[]
  aead: boolean
  compression: 'gzip' | 'none'
  compressionLevel: number
  partSizeBytes: number
  /** Parts in flight per file. */
  concurrency: number
  kmsKeyId?: string
  log?: (line: string) => void
}

/** A file with its landing key and its first read. */
export interface Planned {
  file: MatchedFile
  key: string
  sha256: string
  size: number
}

const PROGRESS_INTERVAL_MS = 15_000

/**
 * sha256 and size of a file, read into one reused buffer: no garbage per chunk, so this pass adds nothing to the
 * process's peak memory (a stream would leave ~60 MiB of dead chunks for the collector on a large file).
 */
export async function hashFile(
  path: string,
  signal?: AbortSignal
): Promise<{ sha256: string; size: number }> {
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

/** Counts bytes passing through. */
function counter(onBytes: (n: number) => void): Transform {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length)
      done(null, chunk)
    }
  })
}

export function sse(
  o: Pick<ObjectUploadOptions, 'kmsKeyId'>
): Pick<PutObjectCommandInput, 'ServerSideEncryption' | 'SSEKMSKeyId'> {
  return o.kmsKeyId ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: o.kmsKeyId } : {}
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
  o: ObjectUploadOptions,
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
  // Reads of one gzip block (1 MiB): ParallelGzip then hands each read to zlib as it is, without a copy.
  const source = createReadStream(p.file.path, { highWaterMark: 1 << 20 })
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

export async function uploadOne(
  p: Planned,
  o: ObjectUploadOptions,
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
