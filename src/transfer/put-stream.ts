/**
 * One body streamed to S3 by lib-storage's multipart Upload, for the uploader (ciphertext to landing/) and DecryptBatch
 * (plaintext to raw/). Either the object is complete when this returns, or nothing of it stays behind: no object and
 * no multipart upload.
 */
import type { Readable } from 'node:stream'
import type { PutObjectCommandInput, S3Client } from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'

/** Anything in the chain that feeds the body. */
interface Destroyable {
  destroy(error?: Error): unknown
}

export interface PutStreamOptions {
  s3: S3Client
  /** Bucket, key, SSE and metadata of the object; the body is `body`. */
  params: Omit<PutObjectCommandInput, 'Body'> & { Bucket: string; Key: string }
  body: Readable
  partSize: number
  /** Parts in flight. */
  queueSize: number
  /** The pipeline that writes `body`; it settles when the body ends or the chain fails. */
  feeding: Promise<unknown>
  /** Streams upstream of the body, destroyed when the upload fails or stops so the feeding pipeline ends. */
  upstream: Destroyable[]
  /** Stops the upload; `stopError` turns its reason into the error the body fails with. */
  signal?: AbortSignal
  stopError: (reason: unknown) => Error
}

function isPrematureClose(err: unknown): boolean {
  return (err as { code?: string })?.code === 'ERR_STREAM_PREMATURE_CLOSE'
}

function asError(err: unknown): Error {
  return typeof (err as { message?: unknown })?.message === 'string' ? (err as Error) : new Error(String(err))
}

/**
 * Uploads `body` and waits for both the upload and the pipeline feeding it. Throws the chain's own error when it
 * failed (the cause), else the upload's; both promises settle before it returns or throws, so neither rejection is
 * left unhandled.
 */
export async function putStream(o: PutStreamOptions): Promise<void> {
  const upload = new Upload({
    client: o.s3,
    queueSize: o.queueSize,
    partSize: o.partSize,
    leavePartsOnError: false,
    params: { ...o.params, Body: o.body }
  })
  const fail = (err: Error) => {
    for (const s of o.upstream) s.destroy(err)
    o.body.destroy(err)
  }
  // Stop by failing the body, not with upload.abort(): abort() settles done() at once while the requests already sent
  // go on, so a PutObject or CompleteMultipartUpload could land after the caller's cleanup and leave an object behind.
  // A failed body makes done() wait for the requests in flight and abort the multipart upload first.
  const onAbort = () => fail(o.stopError(o.signal?.reason))
  o.signal?.addEventListener('abort', onAbort, { once: true })
  if (o.signal?.aborted) onAbort()
  try {
    // A failed upload stops reading its body: destroy the chain too, or the feeding pipeline would wait on
    // backpressure forever.
    const uploading = upload.done().catch((err: unknown) => {
      fail(asError(err))
      throw err
    })
    const [up, feed] = await Promise.allSettled([uploading, o.feeding])
    // The chain's own error is the cause; the upload's failure (or a premature close) is its consequence.
    if (feed.status === 'rejected' && !isPrematureClose(feed.reason)) throw feed.reason
    if (up.status === 'rejected') throw up.reason
    if (feed.status === 'rejected') throw feed.reason
  } finally {
    o.signal?.removeEventListener('abort', onAbort)
  }
}
