/**
 * DecryptBatch: landing/<dataset>/<batch>/*.pgp → raw/<dataset>/<batch>/<original name>, streamed. Each object goes
 * S3 → OpenPGP decrypt → gunzip (when the manifest says so) → sha256/size check → S3 multipart upload; the check sits
 * in the stream's flush, so a failed integrity check or a hash mismatch errors the body before it ends and the
 * multipart upload is aborted, never completed. Any failure removes what this invocation wrote under the raw prefix
 * and throws an error whose name the state machine's Catch reports. Re-running is safe: keys are overwritten.
 */
import { createHash } from 'node:crypto'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { DeleteObjectCommand, GetObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import type { PrivateKey } from 'openpgp'
import { decryptStream } from '../crypto/decrypt.js'
import { batchPrefix, MANIFEST_NAME } from '../transfer/batch.js'
import type { Manifest, ManifestObject } from '../transfer/manifest.js'
import { readManifest } from '../transfer/upload.js'

export interface BatchEvent {
  bucket: string
  manifestKey: string
  dataset: string
  batchId: string
}

export interface DecryptBatchDeps {
  s3: S3Client
  /** The live private keys (Secrets Manager + KMS in AWS, a key file locally). */
  keys: () => Promise<PrivateKey[]>
  landingPrefix: string
  rawPrefix: string
  kmsKeyId?: string
  log?: (line: string) => void
}

/** Errors the state machine reports by name: `InvalidInput`, `BatchIncomplete`, `DecryptFailed`. */
export class PipelineError extends Error {
  constructor(name: 'InvalidInput' | 'BatchIncomplete' | 'DecryptFailed', message: string) {
    super(message)
    this.name = name
  }
}

export function checkEvent(event: Partial<BatchEvent>, landingPrefix: string): { prefix: string } {
  for (const field of ['bucket', 'manifestKey', 'dataset', 'batchId'] as const) {
    if (typeof event[field] !== 'string' || event[field] === '') {
      throw new PipelineError(
        'InvalidInput',
        `input field ${field} is missing: the state machine input is {bucket, manifestKey, dataset, batchId}`
      )
    }
  }
  if (/[/\\]|\.\./.test(event.dataset!) || /[/\\]|\.\./.test(event.batchId!)) {
    throw new PipelineError('InvalidInput', 'dataset and batchId may not contain slashes or ..')
  }
  const prefix = batchPrefix(landingPrefix, event.dataset!, event.batchId!)
  if (event.manifestKey !== prefix + MANIFEST_NAME) {
    throw new PipelineError(
      'InvalidInput',
      `manifestKey ${event.manifestKey} is not ${prefix}${MANIFEST_NAME}`
    )
  }
  return { prefix }
}

/** Hashes and counts what passes; fails in flush (before the stream ends) when it differs from the manifest. */
function verifier(o: ManifestObject): Transform {
  const hash = createHash('sha256')
  let size = 0
  return new Transform({
    transform(chunk: Buffer, _e, done) {
      hash.update(chunk)
      size += chunk.length
      done(null, chunk)
    },
    flush(done) {
      const sha = hash.digest('hex')
      if (sha !== o.plaintextSha256 || size !== o.plaintextSize) {
        done(
          new Error(
            `plaintext differs from the manifest (sha256 ${sha}, ${size} bytes; manifest ${o.plaintextSha256}, ${o.plaintextSize} bytes)`
          )
        )
      } else done()
    }
  })
}

export async function loadManifest(s3: S3Client, event: BatchEvent, prefix: string): Promise<Manifest> {
  let manifest: Manifest | undefined
  try {
    manifest = await readManifest(s3, event.bucket, event.manifestKey)
  } catch (err) {
    throw new PipelineError(
      'BatchIncomplete',
      `cannot read the manifest s3://${event.bucket}/${event.manifestKey}: ${(err as Error).message}`
    )
  }
  if (!manifest) {
    throw new PipelineError(
      'BatchIncomplete',
      `batch s3://${event.bucket}/${prefix} has no ${MANIFEST_NAME}: it is incomplete; upload it again`
    )
  }
  if (manifest.dataset !== event.dataset || manifest.batchId !== event.batchId) {
    throw new PipelineError(
      'InvalidInput',
      `the manifest is for ${manifest.dataset}/${manifest.batchId}, not ${event.dataset}/${event.batchId}`
    )
  }
  for (const o of manifest.objects) {
    if (!o.key.startsWith(prefix) || o.key.includes('..')) {
      throw new PipelineError(
        'InvalidInput',
        `manifest object ${o.key} is outside the batch prefix ${prefix}`
      )
    }
  }
  return manifest
}

export async function decryptBatch(
  event: BatchEvent,
  deps: DecryptBatchDeps
): Promise<{ rawPrefix: string; objectCount: number }> {
  const log = deps.log ?? (() => {})
  const { prefix } = checkEvent(event, deps.landingPrefix)
  const manifest = await loadManifest(deps.s3, event, prefix)
  const rawPrefix = batchPrefix(deps.rawPrefix, event.dataset, event.batchId)
  const keys = await deps.keys()
  const written: string[] = []
  for (const o of manifest.objects) {
    const target = rawPrefix + o.originalName
    try {
      const got = await deps.s3.send(new GetObjectCommand({ Bucket: event.bucket, Key: o.key }))
      const { stream } = await decryptStream(got.Body as Readable, keys)
      const body = new Transform({ transform: (c, _e, done) => done(null, c) })
      const stages: NodeJS.ReadWriteStream[] =
        o.compression === 'gzip' ? [createGunzip(), verifier(o)] : [verifier(o)]
      const feeding = pipeline([stream, ...stages, body] as unknown as [
        Readable,
        ...NodeJS.ReadWriteStream[]
      ])
      const upload = new Upload({
        client: deps.s3,
        queueSize: 2,
        partSize: 8 * 1024 * 1024,
        leavePartsOnError: false,
        params: {
          Bucket: event.bucket,
          Key: target,
          Body: body,
          ...(deps.kmsKeyId ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: deps.kmsKeyId } : {}),
          Metadata: { 'plaintext-sha256': o.plaintextSha256, 'batch-id': event.batchId }
        }
      })
      written.push(target)
      const uploading = upload.done().catch((err: unknown) => {
        stream.destroy(err as Error)
        ;(got.Body as Readable).destroy?.(err as Error)
        throw err
      })
      const settled = await Promise.allSettled([uploading, feeding])
      const failed = settled.find(r => r.status === 'rejected')
      if (failed) throw (failed as PromiseRejectedResult).reason
      log(`decrypted ${o.key} → ${target} (${o.plaintextSize} bytes, sha256 verified)`)
    } catch (err) {
      await Promise.all(
        written.map(key =>
          deps.s3.send(new DeleteObjectCommand({ Bucket: event.bucket, Key: key })).catch(() => undefined)
        )
      )
      const cause = (err as Error).message?.split('\n')[0] ?? String(err)
      throw new PipelineError('DecryptFailed', `${o.key}: ${cause}; nothing was written to ${rawPrefix}`)
    }
  }
  return { rawPrefix, objectCount: manifest.objects.length }
}
