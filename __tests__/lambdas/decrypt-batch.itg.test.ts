/**
 * DecryptBatch against a real local S3 server (s3rver, on disk), on batches written by our uploader and by gpg.
 * Whatever goes wrong, raw/ must hold nothing of the batch afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import * as openpgp from 'openpgp'
import { decryptBatch, type BatchEvent, type DecryptBatchDeps } from '../../src/lambdas/decrypt-batch.js'
import { PipelineError } from '../../src/lambdas/errors.js'
import { buildManifest, serializeManifest, type ManifestObject } from '../../src/transfer/manifest.js'
import { uploadBatch } from '../../src/transfer/upload.js'
import { GpgHome, hasGpg } from '../helpers/gpg.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'
import { testKeyPair } from '../helpers/keys.js'

const BUCKET = 'data'
const MiB = 1024 * 1024
type KeyPair = { publicKey: openpgp.PublicKey; privateKey: openpgp.PrivateKey }
let s3: LocalS3
let dir: string
let key1: KeyPair
let key2: KeyPair
/** Larger than two 5 MiB parts: the upload to raw/ is a real multipart upload. */
let big: Buffer
let small: Buffer

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

beforeAll(async () => {
  s3 = await startS3([BUCKET], { backend: 's3rver' })
  dir = mkdtempSync(path.join(tmpdir(), 'decrypt-batch-'))
  ;[key1, key2] = await Promise.all([testKeyPair('k1'), testKeyPair('k2')])
  big = Buffer.concat([Buffer.from('id,email\n1,a@example.com\n'.repeat(200_000)), randomBytes(7 * MiB)])
  small = Buffer.from('id,email\n2,b@example.com\n')
  writeFileSync(path.join(dir, 'customers.csv'), big)
  writeFileSync(path.join(dir, 'a-small.csv'), small)
}, 30_000)
afterAll(async () => {
  await s3.stop()
  rmSync(dir, { recursive: true, force: true })
})

const logs: string[] = []
const deps = (keys = [key1.privateKey, key2.privateKey]): DecryptBatchDeps => ({
  s3: s3.client,
  keys: async () => keys,
  landingPrefix: 'landing/',
  rawPrefix: 'raw/',
  bucket: BUCKET,
  partSizeBytes: 5 * MiB,
  log: line => logs.push(line)
})

const eventFor = (batchId: string): BatchEvent => ({
  bucket: BUCKET,
  manifestKey: `landing/ds/${batchId}/_manifest.json`,
  dataset: 'ds',
  batchId
})

/** A batch written by our own uploader (gzip, then OpenPGP), two files. */
async function uploaded(batchId: string, recipient = key1.publicKey): Promise<BatchEvent> {
  await uploadBatch({
    s3: s3.client,
    bucket: BUCKET,
    landingPrefix: 'landing/',
    dataset: 'ds',
    batchId,
    files: [
      { path: path.join(dir, 'a-small.csv'), name: 'a-small.csv', size: small.length },
      { path: path.join(dir, 'customers.csv'), name: 'customers.csv', size: big.length }
    ],
    recipients: [recipient],
    recipientFingerprints: [recipient.getFingerprint()],
    aead: false,
    compression: 'gzip',
    compressionLevel: 1,
    partSizeBytes: 5 * MiB,
    concurrency: 2
  })
  return eventFor(batchId)
}

async function get(key: string): Promise<Buffer> {
  const r = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
  return Buffer.from(await r.Body!.transformToByteArray())
}

async function put(key: string, body: Buffer | string): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }))
}

/** A batch placed into landing/ by hand, as a system without our uploader would, with the manifest we write. */
async function handMade(
  batchId: string,
  objects: { name: string; body: Buffer; plain: Buffer; gzip: boolean }[]
) {
  const entries: ManifestObject[] = []
  for (const o of objects) {
    const key = `landing/ds/${batchId}/${o.name}${o.gzip ? '.gz' : ''}.pgp`
    await put(key, o.body)
    entries.push({
      key,
      originalName: o.name,
      plaintextSize: o.plain.length,
      plaintextSha256: sha256(o.plain),
      storedSize: o.body.length,
      compression: o.gzip ? 'gzip' : 'none'
    })
  }
  const manifest = buildManifest({
    dataset: 'ds',
    batchId,
    createdAt: new Date(),
    compression: 'none',
    aead: false,
    recipients: [key1.publicKey.getFingerprint().toUpperCase()],
    objects: entries
  })
  await put(`landing/ds/${batchId}/_manifest.json`, serializeManifest(manifest))
  return eventFor(batchId)
}

describe('decryptBatch', () => {
  it('writes the byte-exact plaintext of an uploaded batch to raw/, and again on a retry', async () => {
    const event = await uploaded('b1')
    expect(await decryptBatch(event, deps())).toEqual({ rawPrefix: 'raw/ds/b1/', objectCount: 2 })
    expect((await get('raw/ds/b1/customers.csv')).equals(big)).toBe(true)
    expect((await get('raw/ds/b1/a-small.csv')).equals(small)).toBe(true)
    const head = await s3.client.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: 'raw/ds/b1/customers.csv' })
    )
    expect(head.Metadata).toMatchObject({ 'plaintext-sha256': sha256(big), 'batch-id': 'b1' })
    // Idempotent: a retry overwrites the same keys.
    expect(await decryptBatch(event, deps())).toEqual({ rawPrefix: 'raw/ds/b1/', objectCount: 2 })
    expect(await s3.listKeys(BUCKET, 'raw/ds/b1/')).toEqual([
      'raw/ds/b1/a-small.csv',
      'raw/ds/b1/customers.csv'
    ])
    expect((await get('raw/ds/b1/customers.csv')).equals(big)).toBe(true)
  })

  it('decrypts with whichever live key the message names (rotation), reloading keys rotated in since', async () => {
    const event = await uploaded('b2', key2.publicKey)
    await decryptBatch(event, deps([key1.privateKey, key2.privateKey]))
    expect((await get('raw/ds/b2/customers.csv')).equals(big)).toBe(true)
    // The cached keys predate key2: one refresh finds it.
    const event3 = await uploaded('b3', key2.publicKey)
    const asked: (boolean | undefined)[] = []
    await decryptBatch(event3, {
      ...deps(),
      keys: async o => {
        asked.push(o?.refresh)
        return o?.refresh ? [key1.privateKey, key2.privateKey] : [key1.privateKey]
      }
    })
    expect(asked).toEqual([undefined, true])
    expect((await get('raw/ds/b3/customers.csv')).equals(big)).toBe(true)
  })

  ;(hasGpg ? it : it.skip)(
    'decrypts gpg-encrypted objects: gpg-compressed, uncompressed, gzipped before, armored',
    async () => {
      const gpg = new GpgHome()
      try {
        gpg.run(['--import'], key1.publicKey.armor())
        const fpr = key1.publicKey.getFingerprint()
        const plain = big.subarray(0, 3 * MiB)
        const gz = gzipSync(plain)
        const enc = (input: Buffer, flags: string[]) =>
          gpg.run(['--trust-model', 'always', '-r', fpr, ...flags, '--encrypt'], input)
        const event = await handMade('g1', [
          { name: 'zlib.csv', body: enc(plain, ['--compress-algo', 'zlib']), plain, gzip: false },
          { name: 'none.csv', body: enc(plain, ['--compress-algo', 'none']), plain, gzip: false },
          { name: 'gz.csv', body: enc(gz, ['-z', '0']), plain, gzip: true },
          { name: 'armored.csv', body: enc(plain, ['--armor']), plain, gzip: false }
        ])
        expect(await decryptBatch(event, deps())).toEqual({ rawPrefix: 'raw/ds/g1/', objectCount: 4 })
        for (const name of ['zlib.csv', 'none.csv', 'gz.csv', 'armored.csv'])
          expect((await get(`raw/ds/g1/${name}`)).equals(plain)).toBe(true)
      } finally {
        gpg.dispose()
      }
    },
    60_000
  )

  it('fails on a tampered object naming it, and leaves nothing in raw/ (objects decrypted before included)', async () => {
    const event = await uploaded('t1')
    const key = 'landing/ds/t1/customers.csv.gz.pgp'
    const bytes = await get(key)
    // In the last bytes (the MDC packet): the plaintext is intact, only the integrity check can tell.
    bytes[bytes.length - 5]! ^= 0x10
    await put(key, bytes)
    await put('raw/ds/t1/left-by-an-earlier-attempt.csv', 'x')
    const err = (await decryptBatch(event, deps()).catch(e => e)) as PipelineError
    expect(err).toBeInstanceOf(PipelineError)
    expect(err.name).toBe('DecryptFailed')
    expect(err.message).toMatch(
      /^landing\/ds\/t1\/customers\.csv\.gz\.pgp: the ciphertext failed the OpenPGP integrity check \(tampered or truncated\).*nothing was left under raw\/ds\/t1\/$/
    )
    expect(await s3.listKeys(BUCKET, 'raw/ds/t1/')).toEqual([])

    // In the middle: the decrypted bytes are garbage before the integrity check is reached; gunzip notices first.
    const event2 = await uploaded('t2')
    const key2 = 'landing/ds/t2/customers.csv.gz.pgp'
    const bytes2 = await get(key2)
    bytes2[Math.floor(bytes2.length / 2)]! ^= 0x10
    await put(key2, bytes2)
    await expect(decryptBatch(event2, deps())).rejects.toMatchObject({
      name: 'DecryptFailed',
      message: expect.stringMatching(/^landing\/ds\/t2\/customers\.csv\.gz\.pgp: .*altered or damaged/)
    })
    expect(await s3.listKeys(BUCKET, 'raw/ds/t2/')).toEqual([])
  })

  it('fails without a matching key, naming the key IDs, and leaves nothing', async () => {
    const event = await uploaded('w1')
    const err = (await decryptBatch(event, deps([key2.privateKey])).catch(e => e)) as PipelineError
    expect(err.name).toBe('DecryptFailed')
    expect(err.message).toContain('landing/ds/w1/a-small.csv.gz.pgp: no live key of the stack can decrypt it')
    expect(err.message).toContain(key2.privateKey.getFingerprint().toUpperCase())
    expect(await s3.listKeys(BUCKET, 'raw/ds/w1/')).toEqual([])
  })

  it('fails when the plaintext does not match the manifest, and leaves nothing', async () => {
    const event = await uploaded('m1')
    const text = (await get(event.manifestKey))
      .toString()
      .replace(new RegExp(`"plaintextSha256": "${sha256(big)}"`), `"plaintextSha256": "${'0'.repeat(64)}"`)
    await put(event.manifestKey, text)
    await expect(decryptBatch(event, deps())).rejects.toThrow(
      /^landing\/ds\/m1\/customers\.csv\.gz\.pgp: plaintext differs from the manifest/
    )
    expect(await s3.listKeys(BUCKET, 'raw/ds/m1/')).toEqual([])
  })

  it('stops a compression bomb as soon as the plaintext outgrows the manifest, and leaves nothing', async () => {
    // 64 MiB of zeros gzip to ~64 KiB; the manifest claims 1 KiB of plaintext.
    const plain = Buffer.alloc(64 * MiB)
    const claimed = plain.subarray(0, 1024)
    const message = await openpgp.encrypt({
      message: await openpgp.createMessage({ binary: gzipSync(plain) }),
      encryptionKeys: key1.publicKey,
      format: 'binary'
    })
    const event = await handMade('bomb1', [
      { name: 'bomb.csv', body: Buffer.from(message as Uint8Array), plain: claimed, gzip: true }
    ])
    let partsUploaded = 0
    const client = {
      send: (cmd: { constructor: { name: string } }, options?: unknown) => {
        if (cmd.constructor.name === 'UploadPartCommand') partsUploaded++
        return s3.client.send(cmd as never, options as never)
      },
      config: s3.client.config
    } as unknown as S3Client
    await expect(decryptBatch(event, { ...deps(), s3: client })).rejects.toMatchObject({
      name: 'DecryptFailed',
      message: expect.stringMatching(/bomb\.csv\.gz\.pgp: plaintext is longer than the manifest's 1024 bytes/)
    })
    // Stopped at the first part at most, not after inflating and uploading 64 MiB.
    expect(partsUploaded).toBeLessThanOrEqual(1)
    expect(await s3.listKeys(BUCKET, 'raw/ds/bomb1/')).toEqual([])
  })

  it('refuses an incomplete batch, a manifest of another batch, objects outside the batch and other buckets', async () => {
    await expect(decryptBatch(eventFor('none'), deps())).rejects.toMatchObject({
      name: 'BatchIncomplete',
      message: expect.stringMatching(/has no _manifest\.json: it is incomplete/)
    })
    const event = await uploaded('r1')
    const manifest = JSON.parse((await get(event.manifestKey)).toString())
    await put('landing/ds/r2/_manifest.json', JSON.stringify(manifest))
    await expect(decryptBatch(eventFor('r2'), deps())).rejects.toMatchObject({
      name: 'InvalidInput',
      message: expect.stringMatching(/describes batch ds\/r1, not ds\/r2/)
    })
    manifest.objects[0].key = 'landing/ds/other/x.pgp'
    await put(event.manifestKey, JSON.stringify(manifest))
    await expect(decryptBatch(event, deps())).rejects.toMatchObject({
      name: 'InvalidInput',
      message: expect.stringMatching(
        /lists object landing\/ds\/other\/x\.pgp, which is not inside the batch prefix/
      )
    })
    await expect(
      decryptBatch({ ...event, manifestKey: 'landing/other/r1/_manifest.json' }, deps())
    ).rejects.toMatchObject({ name: 'InvalidInput' })
    await expect(
      decryptBatch({ ...eventFor('..'), manifestKey: 'landing/ds/../_manifest.json' }, deps())
    ).rejects.toMatchObject({ name: 'InvalidInput' })
    await expect(decryptBatch({ ...event, bucket: 'elsewhere' }, deps())).rejects.toMatchObject({
      name: 'InvalidInput',
      message: expect.stringMatching(/not this stack's data bucket data/)
    })
    expect(await s3.listKeys(BUCKET, 'raw/ds/r1/')).toEqual([])
  })

  it('aborts on its signal (the Lambda deadline) mid-upload and leaves nothing', async () => {
    const event = await uploaded('x1')
    const controller = new AbortController()
    // Abort as the first part of the large object goes out: the small object before it is already complete.
    const client = {
      send: (cmd: { constructor: { name: string } }, options?: unknown) => {
        if (cmd.constructor.name === 'UploadPartCommand' && !controller.signal.aborted)
          controller.abort(new Error('the function is about to time out'))
        return s3.client.send(cmd as never, options as never)
      },
      config: s3.client.config
    } as unknown as S3Client
    await expect(
      decryptBatch(event, { ...deps(), s3: client, signal: controller.signal })
    ).rejects.toMatchObject({
      name: 'DecryptFailed',
      message: expect.stringMatching(
        /^landing\/ds\/x1\/customers\.csv\.gz\.pgp: the function is about to time out; nothing was left under raw\/ds\/x1\/$/
      )
    })
    expect(await s3.listKeys(BUCKET, 'raw/ds/x1/')).toEqual([])
  })

  it('reports keys that cannot be loaded', async () => {
    const event = await uploaded('k1')
    await expect(
      decryptBatch(event, {
        ...deps(),
        keys: async () => {
          throw new Error('no PGP private key is stored yet')
        }
      })
    ).rejects.toMatchObject({
      name: 'KeysUnavailable',
      message: expect.stringContaining('no PGP private key')
    })
  })
})
