/**
 * DecryptBatch: landing/<dataset>/<batch>/*.pgp → raw/<dataset>/<batch>/<original name>. The state machine calls it
 * twice over: once without `object` to plan (read and check the manifest, list its objects; nothing is written), then
 * once per object from a Map state, so each object has a whole Lambda time budget and several decrypt at once.
 * Each object goes S3 GetObject → OpenPGP decrypt (every live key; openpgp picks by key ID) → gunzip (when the manifest
 * says so) → sha256/size check → S3 multipart upload (lib-storage, 8 MiB parts, 2 in flight). The check sits in the
 * stream's flush, so an integrity failure or a hash mismatch errors the body before it ends and the upload is aborted,
 * never completed. A failed object is removed (every version) and an error is thrown whose name (InvalidInput,
 * BatchIncomplete, KeysUnavailable, DecryptFailed) and message (the object key and the cause) the state machine
 * reports; the state machine's CleanupBatch then removes the whole batch from raw/. Re-running is safe: the same keys
 * are overwritten.
 *
 * Memory does not grow with object size: at most two parts are buffered for upload, and openpgp, gunzip and the hash
 * stream with backpressure. Plaintext stops at the manifest's size: a compression bomb fails as soon as it exceeds it.
 */
import { createHash } from 'node:crypto'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { GetObjectCommand, type GetObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3'
import type { PrivateKey } from 'openpgp'
import { decryptStream, type DecryptedStream } from '../crypto/decrypt.js'
import { fingerprintOf } from '../crypto/keys.js'
import { batchPrefix, checkObjectName, MANIFEST_NAME } from '../transfer/batch.js'
import { getManifest } from '../transfer/batch-store.js'
import { ManifestError, type Manifest, type ManifestObject } from '../transfer/manifest.js'
import { putStream } from '../transfer/put-stream.js'
import { purgeKey, purgePrefix, type PurgeResult } from './purge.js'
import { PipelineError, errorName, oneLine, statusOf, type PipelineErrorName } from './errors.js'

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

export interface BatchPlan {
  rawPrefix: string
  objectCount: number
  /** The landing keys of the batch's objects, in manifest order. */
  objects: string[]
}

export interface DecryptObjectResult {
  object: string
  rawKey: string
  plaintextBytes: number
}

export interface DecryptBatchResult {
  rawPrefix: string
  objectCount: number
}

/** A manifest is a few hundred bytes per object: more than this is not one the uploader wrote. */
export const MANIFEST_MAX_BYTES = 1024 * 1024
/** Objects per batch: the Map state's results must stay far below Step Functions' 256 KiB state limit. */
export const MAX_OBJECTS = 1000

export interface DecryptBatchDeps {
  s3: S3Client
  /**
   * The live private keys (Secrets Manager + KMS in AWS, a key file locally). Asked with `refresh: true` once when a
   * message names a key none of them has (a key rotated in since they were cached).
   */
  keys: (options?: { refresh?: boolean }) => Promise<PrivateKey[]>
  landingPrefix: string
  rawPrefix: string
  /** The only bucket this function serves (DATA_BUCKET); undefined accepts any. */
  bucket?: string
  /** SSE-KMS key for the raw objects (DATA_KMS_KEY_ARN). */
  kmsKeyId?: string
  /** Multipart part size; default 8 MiB (S3's minimum is 5 MiB). */
  partSizeBytes?: number
  /** Aborts the batch (e.g. shortly before the Lambda's deadline): cleaned up like any failure. */
  signal?: AbortSignal
  log?: (line: string) => void
}

export const DEFAULT_PART_SIZE = 8 * 1024 * 1024
const MIN_PART_SIZE = 5 * 1024 * 1024

function isError(v: unknown): v is Error {
  return typeof (v as { message?: unknown })?.message === 'string'
}

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

/** Hashes and counts what passes; fails in flush (before the stream ends) when it differs from the manifest. */
function verifier(o: ManifestObject): Transform {
  const hash = createHash('sha256')
  let size = 0
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk)
      size += chunk.length
      if (size > o.plaintextSize) {
        done(
          new Error(
            `plaintext is longer than the manifest's ${o.plaintextSize} bytes: the object does not match its manifest entry`
          )
        )
        return
      }
      done(null, chunk)
    },
    flush(done) {
      const sha = hash.digest('hex')
      if (size !== o.plaintextSize || sha !== o.plaintextSha256) {
        done(
          new Error(
            `plaintext differs from the manifest (sha256 ${sha}, ${size} bytes; manifest ${o.plaintextSha256}, ${o.plaintextSize} bytes): the object does not match its manifest entry`
          )
        )
        return
      }
      done()
    }
  })
}

function isNoKeyError(err: unknown): boolean {
  return /no given private key can decrypt/i.test(oneLine(err))
}

/** The cause of a failed object, phrased for the pipeline (not the CLI). */
function describeCause(err: unknown, keys: PrivateKey[]): string {
  const text = oneLine(err)
  if (isNoKeyError(err)) {
    const ids = /encrypted to key IDs? ([0-9A-F, ]+)\)/.exec(text)?.[1]
    const live = keys.map(fingerprintOf).join(', ')
    return `no live key of the stack can decrypt it (${ids ? `it is encrypted to key ID ${ids}; ` : ''}live keys: ${live}): encrypt to the stack's current PgpPublicKey output, or re-run after \`keys rotate\` if the key was just replaced`
  }
  if (/^ciphertext failed the OpenPGP integrity check/.test(text)) {
    return 'the ciphertext failed the OpenPGP integrity check (tampered or truncated): upload the batch again'
  }
  const code = (err as { code?: unknown })?.code
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || /^unexpected end of file$/.test(text)) {
    return `the decrypted data is not valid gzip (${text}): the object was altered or damaged (the OpenPGP integrity check only comes at the end of the message), or it was not gzipped although the manifest says so; upload the batch again`
  }
  return text.replace(/: pass the matching --key$/, '')
}

interface Opened {
  body: Readable
  decrypted: DecryptedStream
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

/** The live keys, loaded once per call chain and reloaded once when a message names a key none of them has. */
class KeyRing {
  private keys: PrivateKey[] | undefined
  private refreshed = false
  constructor(private readonly load: DecryptBatchDeps['keys']) {}

  async get(): Promise<PrivateKey[]> {
    if (this.keys) return this.keys
    try {
      this.keys = await this.load()
    } catch (err) {
      throw new PipelineError(
        'KeysUnavailable',
        `the pipeline's private keys cannot be loaded: ${oneLine(err)}`,
        {
          cause: err
        }
      )
    }
    return this.keys
  }

  /** True when a reload brought other keys (a key rotated in since they were cached). Once per ring. */
  async reload(log: (line: string) => void): Promise<boolean> {
    if (this.refreshed) return false
    this.refreshed = true
    const before = (await this.get()).map(fingerprintOf).join()
    this.keys = await this.load({ refresh: true })
    if (this.keys.map(fingerprintOf).join() === before) return false
    log(`reloaded the live keys (now ${this.keys.map(fingerprintOf).join(', ')})`)
    return true
  }

  current(): PrivateKey[] {
    return this.keys ?? []
  }
}

/** Streams one object to raw/, verified against its manifest entry; throws without committing anything. */
async function streamObject(
  event: BatchEvent,
  o: ManifestObject,
  deps: DecryptBatchDeps,
  ring: KeyRing
): Promise<DecryptObjectResult> {
  const log = deps.log ?? (() => {})
  const bucket = event.bucket
  const partSize = Math.max(deps.partSizeBytes ?? DEFAULT_PART_SIZE, MIN_PART_SIZE)
  const target = batchPrefix(deps.rawPrefix, event.dataset, event.batchId) + o.originalName
  const started = Date.now()

  const open = async (): Promise<Opened> => {
    let got: GetObjectCommandOutput
    try {
      got = await deps.s3.send(new GetObjectCommand({ Bucket: bucket, Key: o.key }), {
        abortSignal: deps.signal
      })
    } catch (err) {
      if (statusOf(err) === 404 || errorName(err) === 'NoSuchKey') {
        throw new PipelineError(
          'BatchIncomplete',
          `${o.key}: the object the manifest lists is missing (incomplete or already archived batch): upload the batch again`,
          { cause: err }
        )
      }
      throw err
    }
    const body = got.Body as Readable
    if (got.ContentLength !== undefined && got.ContentLength !== o.storedSize) {
      body.destroy()
      throw new Error(
        `the object has ${got.ContentLength} bytes but the manifest says ${o.storedSize}: it was replaced or truncated; upload the batch again`
      )
    }
    try {
      return { body, decrypted: await decryptStream(body, await ring.get()) }
    } catch (err) {
      body.destroy()
      throw err
    }
  }

  let opened: Opened
  try {
    opened = await open()
  } catch (err) {
    if (!isNoKeyError(err) || !(await ring.reload(log))) throw err
    opened = await open()
  }
  const { body, decrypted } = opened
  const verify = verifier(o)
  // 256 KiB output chunks instead of zlib's 16 KiB: ~35% less CPU for gunzip + sha256 (2.1 vs 3.3 s on 512 MiB).
  const stages: NodeJS.ReadWriteStream[] =
    o.compression === 'gzip' ? [createGunzip({ chunkSize: 256 * 1024 }), verify] : [verify]
  const feeding = pipeline([decrypted.stream, ...stages] as unknown as [
    Readable,
    ...NodeJS.ReadWriteStream[]
  ])
  await putStream({
    s3: deps.s3,
    params: {
      Bucket: bucket,
      Key: target,
      ...(deps.kmsKeyId ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: deps.kmsKeyId } : {}),
      Metadata: { 'plaintext-sha256': o.plaintextSha256, 'batch-id': event.batchId }
    },
    body: verify,
    partSize,
    queueSize: 2,
    feeding,
    upstream: [decrypted.stream, body],
    signal: deps.signal,
    stopError: reason => (isError(reason) ? reason : new Error('aborted'))
  })
  const seconds = (Date.now() - started) / 1000
  const mib = o.plaintextSize / 1048576
  log(
    `decrypted ${o.key} → ${target} (${o.plaintextSize} bytes, sha256 verified, ${seconds.toFixed(1)} s, ${(mib / Math.max(seconds, 0.001)).toFixed(0)} MiB/s)`
  )
  return { object: o.key, rawKey: target, plaintextBytes: o.plaintextSize }
}

/** A failed object's error, named for the state machine, with what its cleanup left. */
async function failObject(
  err: unknown,
  o: ManifestObject,
  ring: KeyRing,
  cleanup: () => Promise<PurgeResult>,
  what: string
): Promise<never> {
  let outcome: string
  try {
    const purged = await cleanup()
    outcome =
      purged.failed.length === 0
        ? `nothing was left under ${what}`
        : `could not remove ${purged.failed.join(', ')}: delete them by hand`
  } catch (purgeError) {
    outcome = `could not clean ${what} (${errorName(purgeError)}): CleanupBatch or the raw/ lifecycle rule removes it`
  }
  if (err instanceof PipelineError) {
    throw new PipelineError(err.name as PipelineErrorName, `${oneLine(err)}; ${outcome}`, { cause: err })
  }
  throw new PipelineError('DecryptFailed', `${o.key}: ${describeCause(err, ring.current())}; ${outcome}`, {
    cause: err
  })
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
