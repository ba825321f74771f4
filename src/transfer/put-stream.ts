/**
 * One body streamed to S3, for the uploader (ciphertext to landing/) and DecryptBatch (plaintext to raw/). Either the
 * object is complete when this returns, or nothing of it stays behind: no object and no multipart upload.
 *
 * Our own multipart upload instead of lib-storage's Upload: lib-storage keeps the body's chunks, concatenates them into
 * a new buffer for each part and keeps the remainder as a view of it, so every part allocated 8 MiB afresh (plus the
 * chunks it was made of) and the GC ran after external memory. Here the body is copied once into a pool of
 * `queueSize + 1` part buffers that are reused, so memory is fixed at that pool however large the object.
 */
import type { Readable } from 'node:stream'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type PutObjectCommandInput,
  type S3Client
} from '@aws-sdk/client-s3'

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

/** S3's limits on a multipart upload. */
const MAX_PARTS = 10_000
const MIN_PART_SIZE = 5 * 1024 * 1024

function isPrematureClose(err: unknown): boolean {
  return (err as { code?: string })?.code === 'ERR_STREAM_PREMATURE_CLOSE'
}

function asError(err: unknown): Error {
  return typeof (err as { message?: unknown })?.message === 'string' ? (err as Error) : new Error(String(err))
}

/**
 * The parts of one multipart upload: started on the first full part, each part sent from a pooled buffer that is
 * given back when S3 has it. A failed part calls `onFailure` and makes take, send and complete throw its error; the
 * caller then calls `abort`.
 */
class MultipartParts {
  private uploadId: Promise<string> | undefined
  private readonly done: CompletedPart[] = []
  private readonly inFlight = new Set<Promise<void>>()
  private readonly free: Buffer[] = []
  private readonly waiters: (() => void)[] = []
  private allocated = 0
  private partNumber = 0
  private error: unknown

  constructor(
    private readonly s3: S3Client,
    private readonly params: PutStreamOptions['params'],
    private readonly partSize: number,
    private readonly queueSize: number,
    /** Called once with the first failed part, to stop the body at once rather than at the next full part. */
    private readonly onFailure: (err: unknown) => void
  ) {}

  /** A buffer to fill: a free one, a new one while the pool is below queueSize + 1, else the next one given back. */
  async take(): Promise<Buffer> {
    for (;;) {
      this.throwIfFailed()
      const buf = this.free.pop()
      if (buf) return buf
      if (this.allocated <= this.queueSize) {
        this.allocated++
        return Buffer.allocUnsafeSlow(this.partSize)
      }
      await new Promise<void>(resolve => this.waiters.push(resolve))
    }
  }

  get started(): boolean {
    return this.uploadId !== undefined
  }

  /** Sends `buf[0, length)` as the next part; `buf` returns to the pool when S3 has it. */
  send(buf: Buffer, length: number): void {
    this.throwIfFailed()
    const partNumber = ++this.partNumber
    if (partNumber > MAX_PARTS) {
      throw new Error(
        `${this.params.Key}: more than ${MAX_PARTS} parts of ${this.partSize / 1048576} MiB (S3's limit): raise the part size`
      )
    }
    this.uploadId ??= this.create()
    const sending = this.uploadPart(partNumber, buf.subarray(0, length)).then(
      part => {
        this.done.push(part)
        this.free.push(buf)
      },
      (err: unknown) => {
        if (this.error !== undefined) return
        this.error = err
        this.onFailure(err)
      }
    )
    const tracked = sending.finally(() => {
      this.inFlight.delete(tracked)
      this.waiters.shift()?.()
    })
    this.inFlight.add(tracked)
  }

  /** Waits for every part in flight, then completes the upload. */
  async complete(): Promise<void> {
    await this.settle()
    this.throwIfFailed()
    const parts = this.done.sort((a, b) => a.PartNumber! - b.PartNumber!)
    await this.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: this.params.Bucket,
        Key: this.params.Key,
        UploadId: await this.uploadId!,
        MultipartUpload: { Parts: parts }
      })
    )
  }

  /** Waits for every part in flight (a part sent after the abort would start the upload's storage again), then aborts. */
  async abort(): Promise<void> {
    await this.settle()
    const id = await this.uploadId?.catch(() => undefined)
    if (id === undefined) return
    await this.s3.send(
      new AbortMultipartUploadCommand({ Bucket: this.params.Bucket, Key: this.params.Key, UploadId: id })
    )
  }

  private async settle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.all(this.inFlight)
  }

  private throwIfFailed(): void {
    if (this.error !== undefined) throw this.error
  }

  private async create(): Promise<string> {
    // What lib-storage asks for: with the SDK's default checksums (WHEN_SUPPORTED, against AWS) every part carries a
    // CRC32 and the upload must be created for it; local servers (WHEN_REQUIRED) get none.
    const checksummed = (await this.s3.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED'
    const out = await this.s3.send(
      new CreateMultipartUploadCommand({
        ...this.params,
        ...(checksummed ? { ChecksumAlgorithm: this.params.ChecksumAlgorithm ?? 'CRC32' } : {})
      })
    )
    if (!out.UploadId)
      throw new Error(`${this.params.Key}: S3 started a multipart upload without an UploadId`)
    return out.UploadId
  }

  private async uploadPart(partNumber: number, body: Buffer): Promise<CompletedPart> {
    const uploadId = await this.uploadId!
    const out = await this.s3.send(
      new UploadPartCommand({
        Bucket: this.params.Bucket,
        Key: this.params.Key,
        UploadId: uploadId,
        PartNumber: partNumber,
        Body: body,
        ContentLength: body.length
      })
    )
    if (!out.ETag) throw new Error(`${this.params.Key}: S3 returned part ${partNumber} without an ETag`)
    return {
      PartNumber: partNumber,
      ETag: out.ETag,
      ...(out.ChecksumCRC32 && { ChecksumCRC32: out.ChecksumCRC32 }),
      ...(out.ChecksumCRC32C && { ChecksumCRC32C: out.ChecksumCRC32C }),
      ...(out.ChecksumSHA1 && { ChecksumSHA1: out.ChecksumSHA1 }),
      ...(out.ChecksumSHA256 && { ChecksumSHA256: out.ChecksumSHA256 })
    }
  }
}

/**
 * Reads the body into part buffers: a full buffer is sent once more data follows it, so a body that fits in one part
 * is one PutObject and an exact multiple of the part size sends no empty last part.
 */
async function upload(o: PutStreamOptions, fail: (err: Error) => void): Promise<void> {
  if (!Number.isInteger(o.partSize) || o.partSize < MIN_PART_SIZE)
    throw new Error(`part size ${o.partSize} is below S3's minimum of 5 MiB`)
  if (!Number.isInteger(o.queueSize) || o.queueSize < 1)
    throw new Error(`parts in flight ${o.queueSize}: use at least 1`)
  const parts = new MultipartParts(o.s3, o.params, o.partSize, o.queueSize, err => fail(asError(err)))
  try {
    let buf = await parts.take()
    let filled = 0
    for await (const chunk of o.body as AsyncIterable<Buffer>) {
      let offset = 0
      while (offset < chunk.length) {
        if (filled === o.partSize) {
          parts.send(buf, filled)
          buf = await parts.take()
          filled = 0
        }
        const n = chunk.copy(buf, filled, offset)
        filled += n
        offset += n
      }
    }
    if (!parts.started) {
      await o.s3.send(
        new PutObjectCommand({ ...o.params, Body: buf.subarray(0, filled), ContentLength: filled })
      )
      return
    }
    parts.send(buf, filled)
    await parts.complete()
  } catch (err) {
    if (parts.started) {
      await parts.abort().catch((abortError: unknown) => {
        if (err instanceof Error && err.cause === undefined) err.cause = abortError
      })
    }
    throw err
  }
}

/**
 * Uploads `body` and waits for both the upload and the pipeline feeding it. Throws the chain's own error when it
 * failed (the cause), else the upload's; both promises settle before it returns or throws, so neither rejection is
 * left unhandled.
 */
export async function putStream(o: PutStreamOptions): Promise<void> {
  const fail = (err: Error) => {
    for (const s of o.upstream) s.destroy(err)
    o.body.destroy(err)
  }
  // Stop by failing the body: the upload then waits for the parts in flight and aborts the multipart upload, so no
  // request lands after the caller's cleanup.
  const onAbort = () => fail(o.stopError(o.signal?.reason))
  o.signal?.addEventListener('abort', onAbort, { once: true })
  if (o.signal?.aborted) onAbort()
  try {
    // A failed upload stops reading its body: destroy the chain too, or the feeding pipeline would wait on
    // backpressure forever.
    const uploading = upload(o, fail).catch((err: unknown) => {
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
