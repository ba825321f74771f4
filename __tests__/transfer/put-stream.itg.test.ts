/**
 * putStream, our multipart upload, against a real S3-protocol server (fauxqs) behind the recording fault proxy: the
 * part boundaries, the pooled part buffers, and that a failure or a stop leaves no object and no multipart upload.
 */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createHash, randomBytes } from 'node:crypto'
import { PassThrough, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { LOCAL_CREDENTIALS, localClient, startS3, type LocalS3 } from '../helpers/s3-server.js'
import { putStream } from '../../src/transfer/put-stream.js'

const MiB = 1024 * 1024
const PART = 5 * MiB
const BUCKET = 'bucket'

let s3: LocalS3
let proxy: FaultProxy
let client: S3Client
/** Every command the client sent, with its input. */
let sent: { command: string; input: Record<string, unknown> }[]

beforeAll(async () => {
  s3 = await startS3([BUCKET])
  proxy = await startFaultProxy(s3.endpoint)
})
afterAll(async () => {
  await proxy.stop()
  await s3.stop()
})
beforeEach(() => {
  proxy.rules.length = 0
  proxy.requests.length = 0
  sent = []
  client = recording(localClient(proxy.endpoint, 1))
})

function recording(c: S3Client): S3Client {
  c.middlewareStack.add(
    (next, context) => async args => {
      sent.push({ command: context.commandName!, input: args.input as Record<string, unknown> })
      return next(args)
    },
    { step: 'initialize' }
  )
  return c
}

/** `bytes` fed in `chunk`-byte writes through a PassThrough, as the uploader and DecryptBatch feed their bodies. */
function feed(bytes: Buffer, chunk = 256 * 1024) {
  const source = Readable.from(
    (function* () {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk)
    })()
  )
  const body = new PassThrough()
  const feeding = pipeline(source, body)
  return { source, body, feeding }
}

/** Uploads `bytes` to `key`; `fed` is the feeding chain's first stream, to check it was stopped. */
async function put(
  key: string,
  bytes: Buffer,
  extra: { signal?: AbortSignal; partSize?: number; fed?: (source: Readable) => void } = {}
) {
  const { source, body, feeding } = feed(bytes)
  extra.fed?.(source)
  await putStream({
    s3: client,
    params: { Bucket: BUCKET, Key: key },
    body,
    partSize: extra.partSize ?? PART,
    queueSize: 2,
    feeding,
    upstream: [source],
    signal: extra.signal,
    stopError: reason => new Error(`stopped: ${String(reason)}`)
  })
}

async function stored(key: string): Promise<Buffer> {
  const got = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await got.Body!.transformToByteArray())
}

const commands = () => sent.map(s => s.command)
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('putStream', () => {
  it('sends a body smaller than a part as one PutObject', async () => {
    const bytes = randomBytes(3 * MiB)
    await put('small', bytes)
    expect(commands()).toEqual(['PutObjectCommand'])
    expect(sha(await stored('small'))).toBe(sha(bytes))
  })

  it('stores an empty body as an empty object', async () => {
    await put('empty', Buffer.alloc(0))
    expect(commands()).toEqual(['PutObjectCommand'])
    expect((await stored('empty')).length).toBe(0)
  })

  it('sends a body of exactly one part as one PutObject, and of exactly two parts as two parts (no empty third)', async () => {
    await put('one', randomBytes(PART))
    expect(commands()).toEqual(['PutObjectCommand'])
    sent = []
    const bytes = randomBytes(2 * PART)
    await put('two', bytes)
    expect(commands()).toEqual([
      'CreateMultipartUploadCommand',
      'UploadPartCommand',
      'UploadPartCommand',
      'CompleteMultipartUploadCommand'
    ])
    expect(sha(await stored('two'))).toBe(sha(bytes))
  })

  it('uploads a large body in order from queueSize + 1 reused buffers', async () => {
    const bytes = randomBytes(23 * MiB + 17)
    await put('large', bytes)
    const parts = sent.filter(s => s.command === 'UploadPartCommand').map(s => s.input)
    expect(parts.map(p => p.PartNumber)).toEqual([1, 2, 3, 4, 5])
    expect(parts.map(p => (p.Body as Buffer).length)).toEqual([PART, PART, PART, PART, 3 * MiB + 17])
    // The pool: three buffers for two parts in flight and the one being filled, however many parts.
    expect(new Set(parts.map(p => (p.Body as Buffer).buffer)).size).toBeLessThanOrEqual(3)
    const complete = sent.find(s => s.command === 'CompleteMultipartUploadCommand')!.input
    expect(
      (complete.MultipartUpload as { Parts: { PartNumber: number }[] }).Parts.map(p => p.PartNumber)
    ).toEqual([1, 2, 3, 4, 5])
    expect(sha(await stored('large'))).toBe(sha(bytes))
    expect(proxy.openMultipartUploads()).toEqual([])
  })

  it('creates the upload for CRC32 checksums when the client sends them (as against AWS), and completes with them', async () => {
    client = recording(
      new S3Client({
        endpoint: proxy.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: LOCAL_CREDENTIALS,
        maxAttempts: 1
      })
    )
    // S3 answers an UploadPart with the checksum it verified (x-amz-checksum-crc32); fauxqs checks none and echoes
    // none, so this client echoes the one it sent, as S3 would.
    const crcSent = new WeakMap<object, string>()
    client.middlewareStack.add(
      (next, ctx) => async args => {
        const crc = (args.request as { headers: Record<string, string> }).headers['x-amz-checksum-crc32']
        if (crc) crcSent.set(ctx, crc)
        return next(args)
      },
      { step: 'finalizeRequest' }
    )
    client.middlewareStack.add(
      (next, ctx) => async args => {
        const out = await next(args)
        const output = out.output as { ChecksumCRC32?: string }
        if (ctx.commandName === 'UploadPartCommand') output.ChecksumCRC32 ??= crcSent.get(ctx)
        return out
      },
      { step: 'initialize' }
    )
    await put('checksummed', randomBytes(2 * PART + 1))
    expect(sent[0]).toMatchObject({
      command: 'CreateMultipartUploadCommand',
      input: { ChecksumAlgorithm: 'CRC32' }
    })
    const partNumber = (url: string) => Number(/partNumber=(\d+)/.exec(url)?.[1])
    const uploadParts = proxy.requests
      .filter(r => r.method === 'PUT' && /partNumber=/.test(r.url))
      .sort((a, b) => partNumber(a.url) - partNumber(b.url))
    expect(uploadParts).toHaveLength(3)
    for (const r of uploadParts) expect(r.headers['x-amz-checksum-crc32']).toMatch(/^[A-Za-z0-9+/]{6}==$/)
    const complete = sent.find(s => s.command === 'CompleteMultipartUploadCommand')!.input
    const parts = (complete.MultipartUpload as { Parts: { ChecksumCRC32?: string }[] }).Parts
    expect(parts.map(p => p.ChecksumCRC32)).toEqual(uploadParts.map(r => r.headers['x-amz-checksum-crc32']))
  })

  it('aborts the multipart upload when a part fails, after the parts in flight, and leaves no object', async () => {
    proxy.rules.push({ method: 'PUT', path: /\/failed$/, query: /partNumber=3/, fault: 'status500' })
    let source: Readable | undefined
    await expect(put('failed', randomBytes(30 * MiB), { fed: s => (source = s) })).rejects.toThrow()
    await proxy.settled()
    // The body stopped at the failure: part 3 failed, at most the parts already in flight or filling followed.
    expect(commands().filter(c => c === 'UploadPartCommand').length).toBeLessThanOrEqual(5)
    expect(commands().at(-1)).toBe('AbortMultipartUploadCommand')
    expect(commands()).not.toContain('CompleteMultipartUploadCommand')
    expect(proxy.openMultipartUploads()).toEqual([])
    expect(source?.destroyed).toBe(true)
    await expect(stored('failed')).rejects.toThrow()
  })

  it('stops on the signal with the stop error, aborting the multipart upload', async () => {
    const controller = new AbortController()
    proxy.onRequest = r => {
      if (/partNumber=2/.test(r.url)) controller.abort('cancelled by the test')
    }
    try {
      await expect(put('stopped', randomBytes(30 * MiB), { signal: controller.signal })).rejects.toThrow(
        'stopped: cancelled by the test'
      )
    } finally {
      proxy.onRequest = undefined
    }
    await proxy.settled()
    expect(commands().at(-1)).toBe('AbortMultipartUploadCommand')
    expect(proxy.openMultipartUploads()).toEqual([])
    await expect(stored('stopped')).rejects.toThrow()
  })

  it('refuses a part size below S3 minimum before sending anything', async () => {
    await expect(put('tiny-parts', randomBytes(1024), { partSize: MiB })).rejects.toThrow(
      "part size 1048576 is below S3's minimum of 5 MiB"
    )
    expect(sent).toEqual([])
  })
})
