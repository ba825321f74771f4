/**
 * uploadBatch against a real S3-protocol server (s3rver) behind a fault-injecting proxy: a batch either ends complete
 * and verifiable, or fails leaving no object and no open multipart upload; plaintext never crosses the wire.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { createHash, randomBytes } from 'node:crypto'
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as openpgp from 'openpgp'
import type { MatchedFile } from '../../src/jobs/expand-files.js'
import { parseManifest } from '../../src/transfer/manifest.js'
import { cleanupIncompleteBatch, uploadBatch, type UploadBatchOptions } from '../../src/transfer/upload.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { localClient, startS3, type LocalS3 } from '../helpers/s3-server.js'

const BUCKET = 'landing-test'
const CANARY = 'PLAINTEXT-CANARY-7f3a'
const MiB = 1024 * 1024

let s3: LocalS3
let proxy: FaultProxy
let client: S3Client
let dir: string
let files: MatchedFile[]
let publicKey: openpgp.PublicKey
let privateKey: openpgp.PrivateKey
let batch = 0

function file(name: string, content: Buffer): MatchedFile {
  const p = path.join(dir, name)
  mkdirSync(path.dirname(p), { recursive: true })
  writeFileSync(p, content)
  return { path: p, name, size: content.length }
}

/** Rows with random base64 notes: compress to ~75%, so a 16 MiB file still takes three 5 MiB parts. */
function csv(bytes: number, noisy = false): Buffer {
  const rows: string[] = ['id,email,note']
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const line = `${i},user${i}@example.com,${CANARY} ${randomBytes(noisy ? 300 : 12).toString(noisy ? 'base64' : 'hex')}`
    rows.push(line)
    size += line.length + 1
  }
  return Buffer.from(rows.join('\n'))
}

beforeAll(async () => {
  s3 = await startS3([BUCKET])
  const k = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'p@example.com' }],
    format: 'object'
  })
  publicKey = k.publicKey
  privateKey = k.privateKey
  dir = mkdtempSync(path.join(tmpdir(), 'upload-'))
  files = [
    file('big.csv', csv(16 * MiB, true)),
    file('sub/small.csv', csv(2000)),
    file('empty.csv', Buffer.alloc(0))
  ]
}, 60_000)

afterAll(async () => {
  await s3.stop()
  rmSync(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  proxy = await startFaultProxy(s3.endpoint)
  client = localClient(proxy.endpoint, 4)
  batch++
})

afterEach(async () => {
  client.destroy()
  await proxy.stop()
})

const options = (over: Partial<UploadBatchOptions> = {}): UploadBatchOptions => ({
  s3: client,
  bucket: BUCKET,
  landingPrefix: 'landing/',
  dataset: 'ds',
  batchId: `b${batch}`,
  files,
  recipients: [publicKey],
  recipientFingerprints: [publicKey.getFingerprint().toUpperCase()],
  aead: false,
  compression: 'gzip',
  compressionLevel: 6,
  partSizeBytes: 5 * MiB,
  concurrency: 2,
  ...over
})

async function download(key: string): Promise<Buffer> {
  const got = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await got.Body!.transformToByteArray())
}

async function decrypt(bytes: Buffer): Promise<Buffer> {
  const message = await openpgp.readMessage({ binaryMessage: bytes })
  const { data } = await openpgp.decrypt({ message, decryptionKeys: privateKey, format: 'binary' })
  return Buffer.from(data as Uint8Array)
}

/** The batch is complete: manifest present and every object decrypts to the plaintext it lists. */
async function expectVerified(prefix: string): Promise<void> {
  const manifest = parseManifest((await download(`${prefix}_manifest.json`)).toString(), 'test')
  expect(manifest.objects).toHaveLength(files.length)
  for (const o of manifest.objects) {
    const plain = await decrypt(await download(o.key))
    const original = o.compression === 'gzip' ? gunzipSync(plain) : plain
    expect(createHash('sha256').update(original).digest('hex')).toBe(o.plaintextSha256)
    expect(original.length).toBe(o.plaintextSize)
  }
}

async function expectNothingLeft(prefix: string): Promise<void> {
  expect(await s3.listKeys(BUCKET, prefix)).toEqual([])
  expect(proxy.openMultipartUploads()).toEqual([])
}

const writes = () => proxy.requests.filter(r => r.method === 'PUT' || r.method === 'POST')

describe('uploadBatch', () => {
  it('uploads every file encrypted, with metadata, and the manifest last', async () => {
    const result = await uploadBatch(options())
    expect(result.reused).toBe(false)
    const keys = await s3.listKeys(BUCKET, result.prefix)
    expect(keys).toEqual([
      `landing/ds/b${batch}/_manifest.json`,
      `landing/ds/b${batch}/big.csv.gz.pgp`,
      `landing/ds/b${batch}/empty.csv.gz.pgp`,
      `landing/ds/b${batch}/sub/small.csv.gz.pgp`
    ])
    await expectVerified(result.prefix)
    const head = await s3.client.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: `${result.prefix}sub/small.csv.gz.pgp` })
    )
    expect(head.Metadata).toMatchObject({
      'plaintext-sha256': createHash('sha256').update(readFileSync(files[1]!.path)).digest('hex'),
      'plaintext-size': String(files[1]!.size),
      'original-name': 'sub%2Fsmall.csv',
      compression: 'gzip'
    })
    const lastWrite = writes().at(-1)!
    expect(lastWrite.url).toContain('_manifest.json')
    expect(proxy.requests.some(r => r.url.includes('partNumber=3'))).toBe(true) // a multipart upload of 3 parts
    expect(proxy.openMultipartUploads()).toEqual([])
  }, 60_000)

  it('never sends plaintext to S3', async () => {
    await uploadBatch(options({ compression: 'none' }))
    expect(proxy.requests.length).toBeGreaterThan(0)
    for (const r of proxy.requests) expect(r.body.includes(CANARY)).toBe(false)
  }, 60_000)

  it('stores .pgp objects without compression', async () => {
    const result = await uploadBatch(options({ compression: 'none' }))
    expect((await s3.listKeys(BUCKET, result.prefix)).filter(k => k.endsWith('.csv.pgp'))).toHaveLength(3)
    await expectVerified(result.prefix)
  }, 60_000)

  it('reuses a complete batch with the same files and writes nothing', async () => {
    await uploadBatch(options())
    const before = writes().length
    const again = await uploadBatch(options())
    expect(again.reused).toBe(true)
    expect(writes().length).toBe(before)
  }, 60_000)

  it('refuses to change a complete batch', async () => {
    await uploadBatch(options())
    const changed = [...files.slice(1), file('other.csv', csv(100))]
    await expect(uploadBatch(options({ files: changed }))).rejects.toThrow(
      /already exists with different files; batches are immutable/
    )
    await expectVerified(`landing/ds/b${batch}/`)
  }, 60_000)

  it('replaces the leftovers of an attempt that died before its manifest', async () => {
    const prefix = `landing/ds/b${batch}/`
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}stale.csv.gz.pgp`, Body: 'x' })
    )
    const lines: string[] = []
    await uploadBatch(options({ log: l => lines.push(l) }))
    expect(lines.some(l => /left by an earlier incomplete attempt/.test(l))).toBe(true)
    expect(await s3.listKeys(BUCKET, prefix)).not.toContain(`${prefix}stale.csv.gz.pgp`)
    await expectVerified(prefix)
  }, 60_000)

  it('retries through a 500 on a part and a SlowDown on a put', async () => {
    proxy.rules.push({ method: 'PUT', path: /partNumber=2/, fault: 'status500' })
    proxy.rules.push({ method: 'PUT', path: /small\.csv\.gz\.pgp\?x-id=PutObject/, fault: 'slowdown503' })
    const result = await uploadBatch(options())
    expect(proxy.requests.filter(r => r.status === 500 || r.status === 503).length).toBe(2)
    await expectVerified(result.prefix)
  }, 60_000)

  it('ends a connection reset mid-part either complete or clean', async () => {
    proxy.rules.push({ method: 'PUT', path: /partNumber=1/, fault: 'reset' })
    const prefix = `landing/ds/b${batch}/`
    try {
      await uploadBatch(options())
      await expectVerified(prefix)
    } catch (err) {
      expect((err as Error).name).toBe('UserError')
      await expectNothingLeft(prefix)
    }
  }, 60_000)

  it('fails cleanly when every part upload fails: no object, no open multipart upload', async () => {
    proxy.rules.push({ method: 'PUT', path: /partNumber=/, fault: 'status500', times: Infinity })
    const prefix = `landing/ds/b${batch}/`
    const err = await uploadBatch(options()).catch((e: unknown) => e)
    expect((err as Error).name).toBe('UserError')
    expect((err as Error).message).toMatch(
      /^upload of big\.csv to s3:\/\/landing-test\/landing\/ds\/b\d+\/big\.csv\.gz\.pgp failed/
    )
    await expectNothingLeft(prefix)
  }, 60_000)

  it('fails cleanly when a file changes during the upload', async () => {
    const victim = file('changing.csv', csv(3 * MiB))
    const prefix = `landing/ds/b${batch}/`
    const err = await uploadBatch(
      options({
        files: [victim],
        log: line => {
          if (line.includes('changing.csv: uploading')) appendFileSync(victim.path, 'late row\n')
        }
      })
    ).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/changing\.csv changed while it was uploaded/)
    await expectNothingLeft(prefix)
    expect(statSync(victim.path).size).toBeGreaterThan(victim.size)
  }, 60_000)

  it('stops on abort and leaves nothing', async () => {
    const controller = new AbortController()
    const prefix = `landing/ds/b${batch}/`
    const err = await uploadBatch(
      options({
        signal: controller.signal,
        log: line => {
          if (line.includes('big.csv: uploading'))
            setTimeout(() => controller.abort(new Error('cancelled by test')), 5)
        }
      })
    ).catch((e: unknown) => e)
    expect((err as Error).name).toBe('UserError')
    await expectNothingLeft(prefix)
  }, 60_000)
})

describe('cleanupIncompleteBatch', () => {
  it('removes a batch without a manifest and leaves a complete one alone', async () => {
    const complete = await uploadBatch(options())
    expect((await cleanupIncompleteBatch(client, BUCKET, complete.prefix)).complete).toBe(true)
    await expectVerified(complete.prefix)
    const prefix = 'landing/ds/incomplete/'
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}a.csv.gz.pgp`, Body: 'x' }))
    const removed = await cleanupIncompleteBatch(client, BUCKET, prefix)
    expect(removed).toMatchObject({ complete: false, objects: 1 })
    expect(await s3.listKeys(BUCKET, prefix)).toEqual([])
  }, 60_000)
})
