/**
 * DecryptBatch and ArchiveBatch against a real local S3 server, on batches written by our uploader and by gpg.
 * Whatever goes wrong, raw/ must hold nothing of the batch.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import * as openpgp from 'openpgp'
import { archiveBatch } from '../../src/lambdas/archive-batch.js'
import { decryptBatch, type BatchEvent, type DecryptBatchDeps } from '../../src/lambdas/decrypt-batch.js'
import { buildManifest, serializeManifest } from '../../src/transfer/manifest.js'
import { uploadBatch } from '../../src/transfer/upload.js'
import { GpgHome, hasGpg } from '../helpers/gpg.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const BUCKET = 'data'
let s3: LocalS3
let dir: string
let key1: { publicKey: openpgp.PublicKey; privateKey: openpgp.PrivateKey }
let key2: { publicKey: openpgp.PublicKey; privateKey: openpgp.PrivateKey }
let plain: Buffer

const genKey = async (email: string) =>
  openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email }], format: 'object' })

beforeAll(async () => {
  s3 = await startS3([BUCKET])
  dir = mkdtempSync(path.join(tmpdir(), 'lambda-'))
  key1 = await genKey('k1@example.com')
  key2 = await genKey('k2@example.com')
  plain = Buffer.concat([Buffer.from('id,email\n1,a@example.com\n'.repeat(20000)), randomBytes(200_000)])
  writeFileSync(path.join(dir, 'customers.csv'), plain)
}, 30_000)
afterAll(async () => {
  await s3.stop()
  rmSync(dir, { recursive: true, force: true })
})

const deps = (keys = [key1.privateKey, key2.privateKey]): DecryptBatchDeps => ({
  s3: s3.client,
  keys: async () => keys,
  landingPrefix: 'landing/',
  rawPrefix: 'raw/'
})

async function uploaded(batchId: string, recipient = key1.publicKey): Promise<BatchEvent> {
  await uploadBatch({
    s3: s3.client,
    bucket: BUCKET,
    landingPrefix: 'landing/',
    dataset: 'ds',
    batchId,
    files: [{ path: path.join(dir, 'customers.csv'), name: 'customers.csv', size: plain.length }],
    recipients: [recipient],
    recipientFingerprints: [recipient.getFingerprint()],
    aead: false,
    compression: 'gzip',
    compressionLevel: 6,
    partSizeBytes: 5 * 1024 * 1024,
    concurrency: 2
  })
  return { bucket: BUCKET, manifestKey: `landing/ds/${batchId}/_manifest.json`, dataset: 'ds', batchId }
}

async function get(key: string): Promise<Buffer> {
  const r = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await r.Body!.transformToByteArray())
}

describe('decryptBatch', () => {
  it('writes the byte-exact plaintext of an uploaded batch to raw/', async () => {
    const event = await uploaded('b1')
    expect(await decryptBatch(event, deps())).toEqual({ rawPrefix: 'raw/ds/b1/', objectCount: 1 })
    expect((await get('raw/ds/b1/customers.csv')).equals(plain)).toBe(true)
  })

  it('decrypts with whichever live key the message names (rotation)', async () => {
    const event = await uploaded('b2', key2.publicKey)
    await decryptBatch(event, deps([key1.privateKey, key2.privateKey]))
    expect((await get('raw/ds/b2/customers.csv')).equals(plain)).toBe(true)
  })

  ;(hasGpg ? it : it.skip)(
    'decrypts gpg-encrypted objects, compressed by gpg or gzipped before',
    async () => {
      const gpg = new GpgHome()
      try {
        const armoredPriv = key1.privateKey.armor()
        const keyFile = path.join(dir, 'k1.asc')
        writeFileSync(keyFile, armoredPriv)
        gpg.run(['--import', keyFile])
        const fpr = key1.publicKey.getFingerprint()
        const gz = path.join(dir, 'customers.csv.gz')
        writeFileSync(gz, gzipSync(plain))
        const objects = []
        for (const [name, input, flags, compression] of [
          ['plain.csv', path.join(dir, 'customers.csv'), ['--compress-algo', 'zlib'], 'none'],
          ['gz.csv', gz, ['-z', '0'], 'gzip']
        ] as const) {
          const out = path.join(dir, `${name}.pgp`)
          gpg.run(['--trust-model', 'always', '-r', fpr, ...flags, '--output', out, '--encrypt', input])
          const key = `landing/ds/g1/${name}${compression === 'gzip' ? '.gz' : ''}.pgp`
          const body = readFileSync(out)
          await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }))
          objects.push({
            key,
            originalName: name,
            plaintextSize: plain.length,
            plaintextSha256: createHash('sha256').update(plain).digest('hex'),
            storedSize: body.length,
            compression
          })
        }
        const manifest = buildManifest({
          dataset: 'ds',
          batchId: 'g1',
          createdAt: new Date(),
          compression: 'none',
          aead: false,
          recipients: [fpr],
          objects
        })
        await s3.client.send(
          new PutObjectCommand({
            Bucket: BUCKET,
            Key: 'landing/ds/g1/_manifest.json',
            Body: serializeManifest(manifest)
          })
        )
        await decryptBatch(
          { bucket: BUCKET, manifestKey: 'landing/ds/g1/_manifest.json', dataset: 'ds', batchId: 'g1' },
          deps()
        )
        expect((await get('raw/ds/g1/plain.csv')).equals(plain)).toBe(true)
        expect((await get('raw/ds/g1/gz.csv')).equals(plain)).toBe(true)
      } finally {
        gpg.dispose()
      }
    },
    60_000
  )

  it('fails on a tampered object and leaves nothing in raw/', async () => {
    const event = await uploaded('t1')
    const key = 'landing/ds/t1/customers.csv.gz.pgp'
    const bytes = await get(key)
    bytes[Math.floor(bytes.length / 2)]! ^= 0x10
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: bytes }))
    await expect(decryptBatch(event, deps())).rejects.toMatchObject({
      name: 'DecryptFailed',
      message: expect.stringContaining(key)
    })
    expect(await s3.listKeys(BUCKET, 'raw/ds/t1/')).toEqual([])
  })

  it('fails without a matching key and leaves nothing', async () => {
    const event = await uploaded('w1')
    await expect(decryptBatch(event, deps([key2.privateKey]))).rejects.toMatchObject({
      name: 'DecryptFailed'
    })
    expect(await s3.listKeys(BUCKET, 'raw/ds/w1/')).toEqual([])
  })

  it('fails when the plaintext does not match the manifest, and leaves nothing', async () => {
    const event = await uploaded('m1')
    const text = (await get(event.manifestKey))
      .toString()
      .replace(/"plaintextSha256": "[0-9a-f]{64}"/, `"plaintextSha256": "${'0'.repeat(64)}"`)
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: event.manifestKey, Body: text }))
    await expect(decryptBatch(event, deps())).rejects.toThrow(/plaintext differs from the manifest/)
    expect(await s3.listKeys(BUCKET, 'raw/ds/m1/')).toEqual([])
  })

  it('refuses an incomplete batch and inputs that point elsewhere', async () => {
    await expect(
      decryptBatch(
        { bucket: BUCKET, manifestKey: 'landing/ds/none/_manifest.json', dataset: 'ds', batchId: 'none' },
        deps()
      )
    ).rejects.toMatchObject({ name: 'BatchIncomplete' })
    await expect(
      decryptBatch(
        { bucket: BUCKET, manifestKey: 'landing/other/b1/_manifest.json', dataset: 'ds', batchId: 'b1' },
        deps()
      )
    ).rejects.toMatchObject({ name: 'InvalidInput' })
    await expect(
      decryptBatch(
        { bucket: BUCKET, manifestKey: 'landing/ds/../x/_manifest.json', dataset: 'ds', batchId: '../x' },
        deps()
      )
    ).rejects.toMatchObject({ name: 'InvalidInput' })
  })
})

describe('archiveBatch', () => {
  it("moves only this batch's landing and raw objects, and is idempotent", async () => {
    const event = await uploaded('a1')
    await decryptBatch(event, deps())
    const other = await uploaded('a2')
    const archiveDeps = {
      s3: s3.client,
      landingPrefix: 'landing/',
      rawPrefix: 'raw/',
      archivePrefix: 'archive/'
    }
    const result = await archiveBatch({ ...event, rawPrefix: 'raw/ds/a1/' }, archiveDeps)
    expect(result).toEqual({ archivePrefix: 'archive/ds/a1/', objectCount: 3 })
    expect(await s3.listKeys(BUCKET, 'archive/ds/a1/')).toEqual([
      'archive/ds/a1/landing/_manifest.json',
      'archive/ds/a1/landing/customers.csv.gz.pgp',
      'archive/ds/a1/raw/customers.csv'
    ])
    expect(await s3.listKeys(BUCKET, 'landing/ds/a1/')).toEqual([])
    expect(await s3.listKeys(BUCKET, 'raw/ds/a1/')).toEqual([])
    expect(await s3.listKeys(BUCKET, 'landing/ds/a2/')).toHaveLength(2)
    expect((await get('archive/ds/a1/raw/customers.csv')).equals(plain)).toBe(true)
    expect(await archiveBatch(event, archiveDeps)).toEqual({
      archivePrefix: 'archive/ds/a1/',
      objectCount: 3
    })
    void other
  })
})
