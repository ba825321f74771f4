/**
 * ArchiveBatch against a real local S3 server: only this batch moves (copy, verify, delete), retries finish or repeat
 * the move harmlessly, large objects go through a multipart copy.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCopyCommand
} from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { randomBytes } from 'node:crypto'
import { archiveBatch, type ArchiveBatchDeps } from '../../src/lambdas/archive-batch.js'
import { PipelineError } from '../../src/lambdas/errors.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const BUCKET = 'data'
const MiB = 1024 * 1024
let s3: LocalS3

beforeAll(async () => {
  s3 = await startS3([BUCKET], { backend: 's3rver' })
})
afterAll(async () => s3.stop())

const deps = (extra: Partial<ArchiveBatchDeps> = {}): ArchiveBatchDeps => ({
  s3: s3.client,
  landingPrefix: 'landing/',
  rawPrefix: 'raw/',
  archivePrefix: 'archive/',
  bucket: BUCKET,
  ...extra
})

const event = (batchId: string) => ({
  bucket: BUCKET,
  manifestKey: `landing/ds/${batchId}/_manifest.json`,
  dataset: 'ds',
  batchId,
  rawPrefix: `raw/ds/${batchId}/`
})

async function put(key: string, body: Buffer | string, metadata?: Record<string, string>) {
  await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, Metadata: metadata }))
}

async function get(key: string): Promise<Buffer> {
  const r = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await r.Body!.transformToByteArray())
}

/** A decrypted batch as DecryptBatch leaves it: landing objects + manifest, raw objects. */
async function batch(batchId: string, rawBody: Buffer | string = `id\n${batchId}\n`) {
  await put(`landing/ds/${batchId}/customers.csv.gz.pgp`, `ciphertext of ${batchId}`)
  await put(`landing/ds/${batchId}/_manifest.json`, `{"batchId":"${batchId}"}`)
  await put(`raw/ds/${batchId}/customers.csv`, rawBody, {
    'plaintext-sha256': 'ab'.repeat(32),
    'batch-id': batchId
  })
}

describe('archiveBatch', () => {
  it('by default archives the ciphertext and manifest only, and removes the plaintext', async () => {
    await batch('d1')
    await batch('d10')
    const result = await archiveBatch(event('d1'), deps())
    expect(result).toEqual({ archivePrefix: 'archive/ds/d1/', objectCount: 2, rawObjectsRemoved: 1 })
    expect(await s3.listKeys(BUCKET, 'archive/ds/d1/')).toEqual([
      'archive/ds/d1/landing/_manifest.json',
      'archive/ds/d1/landing/customers.csv.gz.pgp'
    ])
    expect(await s3.listKeys(BUCKET, 'raw/ds/d1/')).toEqual([])
    expect(await s3.listKeys(BUCKET, 'raw/ds/d10/')).toHaveLength(1)
    expect(await archiveBatch(event('d1'), deps())).toEqual({ ...result, rawObjectsRemoved: 0 })
  })

  it("with ArchivePlaintext moves only this batch's landing and raw objects, keeps metadata, and is idempotent", async () => {
    await batch('a1')
    await batch('a10') // shares the prefix "a1" without the slash
    await batch('a2')
    const result = await archiveBatch(event('a1'), deps({ archivePlaintext: true }))
    expect(result).toEqual({ archivePrefix: 'archive/ds/a1/', objectCount: 3, rawObjectsRemoved: 0 })
    expect(await s3.listKeys(BUCKET, 'archive/ds/a')).toEqual([
      'archive/ds/a1/landing/_manifest.json',
      'archive/ds/a1/landing/customers.csv.gz.pgp',
      'archive/ds/a1/raw/customers.csv'
    ])
    expect(await s3.listKeys(BUCKET, 'landing/ds/a1/')).toEqual([])
    expect(await s3.listKeys(BUCKET, 'raw/ds/a1/')).toEqual([])
    for (const other of ['a10', 'a2']) {
      expect(await s3.listKeys(BUCKET, `landing/ds/${other}/`)).toHaveLength(2)
      expect(await s3.listKeys(BUCKET, `raw/ds/${other}/`)).toHaveLength(1)
    }
    expect((await get('archive/ds/a1/raw/customers.csv')).toString()).toBe('id\na1\n')
    const head = await s3.client.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: 'archive/ds/a1/raw/customers.csv' })
    )
    expect(head.Metadata).toMatchObject({ 'batch-id': 'a1' })
    // A retry of a finished move: nothing left to move, the same answer.
    expect(await archiveBatch(event('a1'), deps({ archivePlaintext: true }))).toEqual(result)
  })

  it('finishes a move a failed attempt left half done', async () => {
    await batch('h1')
    // The earlier attempt copied the raw object but did not delete its source.
    await s3.client.send(
      new CopyObjectCommand({
        Bucket: BUCKET,
        Key: 'archive/ds/h1/raw/customers.csv',
        CopySource: `${BUCKET}/raw/ds/h1/customers.csv`
      })
    )
    expect(await archiveBatch(event('h1'), deps({ archivePlaintext: true }))).toEqual({
      archivePrefix: 'archive/ds/h1/',
      objectCount: 3,
      rawObjectsRemoved: 0
    })
    expect(await s3.listKeys(BUCKET, 'raw/ds/h1/')).toEqual([])
  })

  it('counts a source that vanished after listing as moved when its archive copy exists', async () => {
    await batch('v1')
    await archiveBatch(event('v1'), deps({ archivePlaintext: true }))
    // A client whose listing still shows the moved objects (another attempt moved them meanwhile).
    const stale = (cmd: { input: { Prefix?: string } }) =>
      cmd instanceof ListObjectsV2Command && cmd.input.Prefix === 'landing/ds/v1/'
    const client = {
      send: (cmd: never) =>
        stale(cmd)
          ? Promise.resolve({ Contents: [{ Key: 'landing/ds/v1/customers.csv.gz.pgp', Size: 20 }] })
          : s3.client.send(cmd)
    } as unknown as S3Client
    expect(await archiveBatch(event('v1'), deps({ s3: client, archivePlaintext: true }))).toEqual({
      archivePrefix: 'archive/ds/v1/',
      objectCount: 3,
      rawObjectsRemoved: 0
    })
  })

  it('refuses another raw prefix and a batch that is nowhere', async () => {
    await expect(archiveBatch({ ...event('x1'), rawPrefix: 'raw/ds/other/' }, deps())).rejects.toMatchObject({
      name: 'InvalidInput'
    })
    const err = await archiveBatch(event('nowhere'), deps()).catch(e => e)
    expect(err).toBeInstanceOf(PipelineError)
    expect(err).toMatchObject({ name: 'ArchiveFailed', message: expect.stringMatching(/nothing to archive/) })
  })
})

describe('archiveBatch multipart copy', () => {
  // Neither s3rver nor fauxqs implements UploadPartCopy: an in-memory S3 behind aws-sdk-client-mock stands in.
  function memoryS3(failPart?: number) {
    const objects = new Map<string, { body: Buffer; metadata?: Record<string, string>; etag: string }>()
    const uploads = new Map<
      string,
      { key: string; parts: Map<number, Buffer>; metadata?: Record<string, string> }
    >()
    const client = new S3Client({
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
    })
    const mock = mockClient(client)
    const notFound = () =>
      Object.assign(new Error('NotFound'), { name: 'NotFound', $metadata: { httpStatusCode: 404 } })
    mock.on(ListObjectsV2Command).callsFake(i => ({
      Contents: [...objects.keys()]
        .filter(k => k.startsWith(i.Prefix ?? ''))
        .sort()
        .map(Key => ({ Key, Size: objects.get(Key)!.body.length }))
    }))
    // An unversioned memory bucket: no versions to purge beyond the current objects.
    mock.on(ListObjectVersionsCommand).resolves({})
    mock.on(HeadObjectCommand).callsFake(i => {
      const o = objects.get(i.Key!)
      if (!o) throw notFound()
      return {
        ContentLength: o.body.length,
        ETag: o.etag,
        Metadata: o.metadata,
        ServerSideEncryption: 'aws:kms'
      }
    })
    mock.on(CreateMultipartUploadCommand).callsFake(i => {
      const id = `u${uploads.size + 1}`
      uploads.set(id, { key: i.Key!, parts: new Map(), metadata: i.Metadata })
      return { UploadId: id }
    })
    mock.on(UploadPartCopyCommand).callsFake(i => {
      if (i.PartNumber === failPart) throw Object.assign(new Error('slow down'), { name: 'SlowDown' })
      const source = objects.get(decodeURIComponent(i.CopySource!.slice(BUCKET.length + 1)))!
      if (i.CopySourceIfMatch !== source.etag) throw new Error('PreconditionFailed')
      const [, a, b] = /^bytes=(\d+)-(\d+)$/.exec(i.CopySourceRange!)!
      uploads.get(i.UploadId!)!.parts.set(i.PartNumber!, source.body.subarray(Number(a), Number(b) + 1))
      return { CopyPartResult: { ETag: `"p${i.PartNumber}"` } }
    })
    mock.on(CompleteMultipartUploadCommand).callsFake(i => {
      const u = uploads.get(i.UploadId!)!
      const parts = i.MultipartUpload!.Parts!.map((p: { PartNumber?: number }) => u.parts.get(p.PartNumber!)!)
      objects.set(u.key, { body: Buffer.concat(parts), metadata: u.metadata, etag: `"x-${parts.length}"` })
      uploads.delete(i.UploadId!)
      return {}
    })
    mock.on(AbortMultipartUploadCommand).callsFake(i => {
      uploads.delete(i.UploadId!)
      return {}
    })
    mock.on(DeleteObjectCommand).callsFake(i => {
      objects.delete(i.Key!)
      return {}
    })
    mock.on(CopyObjectCommand).callsFake(i => {
      const source = objects.get(decodeURIComponent(i.CopySource!.slice(BUCKET.length + 1)))!
      objects.set(i.Key!, { ...source })
      return {}
    })
    return { client, mock, objects, uploads }
  }

  it('copies objects above the CopyObject limit in ranged parts with SSE-KMS and the metadata', async () => {
    const m = memoryS3()
    const body = randomBytes(11 * MiB)
    m.objects.set('landing/ds/m1/_manifest.json', { body: Buffer.from('{}'), etag: '"e0"' })
    m.objects.set('raw/ds/m1/big.csv', { body, metadata: { 'batch-id': 'm1' }, etag: '"e1"' })
    const result = await archiveBatch(
      event('m1'),
      deps({
        s3: m.client,
        kmsKeyId: 'arn:kms',
        copyLimitBytes: 5 * MiB,
        copyPartBytes: 5 * MiB,
        archivePlaintext: true
      })
    )
    expect(result).toEqual({ archivePrefix: 'archive/ds/m1/', objectCount: 2, rawObjectsRemoved: 0 })
    expect(m.objects.get('archive/ds/m1/raw/big.csv')!.body.equals(body)).toBe(true)
    expect(m.objects.get('archive/ds/m1/raw/big.csv')!.metadata).toEqual({ 'batch-id': 'm1' })
    expect(m.objects.has('raw/ds/m1/big.csv')).toBe(false)
    expect(m.mock.commandCalls(UploadPartCopyCommand).map(c => c.args[0].input.CopySourceRange)).toEqual([
      `bytes=0-${5 * MiB - 1}`,
      `bytes=${5 * MiB}-${10 * MiB - 1}`,
      `bytes=${10 * MiB}-${11 * MiB - 1}`
    ])
    expect(m.mock.commandCalls(CreateMultipartUploadCommand)[0]!.args[0].input).toMatchObject({
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:kms'
    })
    expect(m.mock.commandCalls(CopyObjectCommand)[0]!.args[0].input).toMatchObject({
      MetadataDirective: 'COPY',
      ServerSideEncryption: 'aws:kms',
      SSEKMSKeyId: 'arn:kms'
    })
  })

  it('aborts the multipart copy and keeps the source when a part fails', async () => {
    const m = memoryS3(2)
    m.objects.set('raw/ds/m2/big.csv', { body: randomBytes(11 * MiB), etag: '"e1"' })
    await expect(
      archiveBatch(
        event('m2'),
        deps({ s3: m.client, copyLimitBytes: 5 * MiB, copyPartBytes: 5 * MiB, archivePlaintext: true })
      )
    ).rejects.toMatchObject({
      name: 'ArchiveFailed',
      message: 'raw/ds/m2/big.csv: SlowDown: slow down'
    })
    expect(m.mock.commandCalls(AbortMultipartUploadCommand)).toHaveLength(1)
    expect(m.uploads.size).toBe(0)
    expect(m.objects.has('raw/ds/m2/big.csv')).toBe(true)
    expect([...m.objects.keys()].filter(k => k.startsWith('archive/'))).toEqual([])
  })
})
