/**
 * uploadBatch against real S3-protocol servers (s3rver, fauxqs) behind a fault-injecting proxy, with the production
 * S3 client (createS3Client): a batch either ends complete and verifiable, or fails leaving no object and no open
 * multipart upload, also once late requests have landed; plaintext never crosses the wire.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { createHash, randomBytes } from 'node:crypto'
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as openpgp from 'openpgp'
import { createS3Client } from '../../src/aws/clients.js'
import { UserError } from '../../src/errors.js'
import type { MatchedFile } from '../../src/jobs/expand-files.js'
import { parseManifest } from '../../src/transfer/manifest.js'
import { cleanupIncompleteBatch, readManifest, removeBatchObjects } from '../../src/transfer/batch-store.js'
import { uploadBatch, type UploadBatchOptions } from '../../src/transfer/upload.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { LOCAL_CREDENTIALS, startS3, type LocalS3 } from '../helpers/s3-server.js'
import { testKeyPair } from '../helpers/keys.js'

const BUCKET = 'landing-test'
const CANARY = 'PLAINTEXT-CANARY-7f3a'
const MiB = 1024 * 1024
const PART = 5 * MiB

let dir: string
let big: MatchedFile
let small: MatchedFile
let empty: MatchedFile
let publicKey: openpgp.PublicKey
let privateKey: openpgp.PrivateKey

function file(name: string, content: Buffer | string): MatchedFile {
  const p = path.join(dir, name)
  mkdirSync(path.dirname(p), { recursive: true })
  writeFileSync(p, content)
  return { path: p, name, size: Buffer.byteLength(content) }
}

/** A copy under another directory with the same name, for tests that change files. */
function copy(f: MatchedFile, into: string): MatchedFile {
  const p = path.join(dir, into, f.name)
  mkdirSync(path.dirname(p), { recursive: true })
  writeFileSync(p, readFileSync(f.path))
  return { ...f, path: p }
}

/** CSV rows, each with the canary; noisy rows carry random base64 and compress only to ~75%. */
function csv(bytes: number, noisy = false): Buffer {
  const rows: string[] = ['id,email,note']
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const note = randomBytes(noisy ? 300 : 12).toString(noisy ? 'base64' : 'hex')
    const line = `${i},user${i}@example.com,${CANARY} ${note}`
    rows.push(line)
    size += line.length + 1
  }
  return Buffer.from(rows.join('\n') + '\n')
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

beforeAll(async () => {
  const k = await testKeyPair('pipeline')
  publicKey = k.publicKey
  privateKey = k.privateKey
  dir = mkdtempSync(path.join(tmpdir(), 'upload-'))
  // 16 MiB of noisy rows: ~12 MB stored after gzip and encryption, three 5 MiB parts.
  big = file('big.csv', csv(16 * MiB, true))
  small = file('sub/small.csv', csv(4000))
  empty = file('empty.csv', '')
}, 60_000)

afterAll(() => {
  rmSync(dir, { recursive: true, force: true })
})

describe.each(['s3rver', 'fauxqs'] as const)('uploadBatch against %s', backend => {
  let s3: LocalS3
  let proxy: FaultProxy
  let client: S3Client
  let batch = 0
  let prefix: string

  beforeAll(async () => {
    s3 = await startS3([BUCKET], { backend })
  })

  afterAll(async () => {
    await s3.stop()
  })

  beforeEach(async () => {
    proxy = await startFaultProxy(s3.endpoint, {
      emulateAbort: backend === 's3rver',
      emulateConditionalWrites: true
    })
    // The production client, as the action builds it for a custom endpoint; 4 attempts keep failures quick.
    client = createS3Client({
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      endpointUrl: proxy.endpoint,
      maxAttempts: 4,
      env: {}
    })
    batch++
    prefix = `landing/ds/b${batch}/`
  })

  afterEach(async () => {
    // Whatever the test did, no request that reached S3 carried plaintext.
    for (const r of proxy.requests) expect(r.bodyBytes.includes(CANARY)).toBe(false)
    client.destroy()
    await proxy.stop()
  })

  const options = (over: Partial<UploadBatchOptions> = {}): UploadBatchOptions => ({
    s3: client,
    bucket: BUCKET,
    landingPrefix: 'landing',
    dataset: 'ds',
    batchId: `b${batch}`,
    files: [big, small, empty],
    recipients: [publicKey],
    recipientFingerprints: [publicKey.getFingerprint().toUpperCase()],
    aead: false,
    compression: 'gzip',
    compressionLevel: 6,
    partSizeBytes: PART,
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

  /** Complete: a manifest listing exactly these files, nothing else stored, every object decrypts to its file. */
  async function expectVerified(files: MatchedFile[], at = prefix): Promise<void> {
    await proxy.settled()
    const manifest = parseManifest((await download(`${at}_manifest.json`)).toString(), 'test')
    expect(manifest.objects.map(o => o.originalName).sort()).toEqual(files.map(f => f.name).sort())
    expect((await s3.listKeys(BUCKET, at)).sort()).toEqual(
      [`${at}_manifest.json`, ...manifest.objects.map(o => o.key)].sort()
    )
    for (const o of manifest.objects) {
      const f = files.find(x => x.name === o.originalName)!
      const stored = await download(o.key)
      expect(stored.length).toBe(o.storedSize)
      const plain = await decrypt(stored)
      const original = o.compression === 'gzip' ? gunzipSync(plain) : plain
      expect(sha256(original)).toBe(sha256(readFileSync(f.path)))
      expect(o.plaintextSha256).toBe(sha256(original))
      expect(o.plaintextSize).toBe(original.length)
    }
    expect(proxy.openMultipartUploads()).toEqual([])
  }

  /** Nothing stored under the prefix and no multipart upload left open, once every late request has landed. */
  async function expectNothingLeft(at = prefix): Promise<void> {
    await proxy.settled()
    expect(await s3.listKeys(BUCKET, at)).toEqual([])
    expect(proxy.openMultipartUploads()).toEqual([])
  }

  const failure = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('expected the upload to fail')
      },
      (e: unknown) => e as Error
    )

  const writes = (from = 0) =>
    proxy.requests.slice(from).filter(r => r.method === 'PUT' || r.method === 'POST' || r.method === 'DELETE')
  const partNumber = (url: string) => new URLSearchParams(url.split('?')[1] ?? '').get('partNumber')
  const partsOf = (key: string) =>
    proxy.requests.filter(
      r => r.method === 'PUT' && r.url.startsWith(`/${BUCKET}/${key}?`) && partNumber(r.url) !== null
    )

  it('uploads every file encrypted, with metadata, and the manifest last', async () => {
    const result = await uploadBatch(options())
    expect(result).toMatchObject({ prefix, manifestKey: `${prefix}_manifest.json`, reused: false })
    expect(await s3.listKeys(BUCKET, prefix)).toEqual([
      `${prefix}_manifest.json`,
      `${prefix}big.csv.gz.pgp`,
      `${prefix}empty.csv.gz.pgp`,
      `${prefix}sub/small.csv.gz.pgp`
    ])
    await expectVerified([big, small, empty])

    for (const f of [big, small, empty]) {
      const head = await s3.client.send(
        new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}${f.name}.gz.pgp` })
      )
      expect(head.Metadata).toEqual({
        'plaintext-sha256': sha256(readFileSync(f.path)),
        'plaintext-size': String(f.size),
        'original-name': encodeURIComponent(f.name),
        compression: 'gzip',
        'batch-id': `b${batch}`
      })
      expect(head.ContentType).toBe('application/pgp-encrypted')
    }

    const manifest = await readManifest(s3.client, BUCKET, `${prefix}_manifest.json`)
    expect(manifest).toEqual(result.manifest)
    expect(manifest).toMatchObject({
      version: 1,
      dataset: 'ds',
      batchId: `b${batch}`,
      compression: 'gzip',
      encryption: { format: 'openpgp', aead: false, recipients: [publicKey.getFingerprint().toUpperCase()] },
      totals: { objects: 3, plaintextBytes: big.size + small.size }
    })
    expect(manifest!.objects.map(o => o.originalName)).toEqual(['big.csv', 'empty.csv', 'sub/small.csv'])

    // The big file went as one multipart upload of 3 parts; the manifest is the last write.
    const parts = partsOf(`${prefix}big.csv.gz.pgp`)
    expect(parts.map(r => partNumber(r.url)).sort()).toEqual(['1', '2', '3'])
    expect(parts.every(r => r.status === 200)).toBe(true)
    const last = writes().at(-1)!
    expect(last.method).toBe('PUT')
    expect(last.url).toBe(`/${BUCKET}/${prefix}_manifest.json?x-id=PutObject`)
    expect(last.status).toBe(200)
  })

  it('stores .pgp objects without compression', async () => {
    const result = await uploadBatch(options({ files: [small, empty], compression: 'none' }))
    expect(await s3.listKeys(BUCKET, prefix)).toEqual([
      `${prefix}_manifest.json`,
      `${prefix}empty.csv.pgp`,
      `${prefix}sub/small.csv.pgp`
    ])
    expect(result.manifest.compression).toBe('none')
    const head = await s3.client.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: `${prefix}sub/small.csv.pgp` })
    )
    expect(head.Metadata?.compression).toBe('none')
    await expectVerified([small, empty])
  })

  it('reuses a complete batch with the same files and writes nothing', async () => {
    const first = await uploadBatch(options({ files: [small, empty] }))
    const from = proxy.requests.length
    const lines: string[] = []
    const again = await uploadBatch(options({ files: [small, empty], log: l => lines.push(l) }))
    expect(again.reused).toBe(true)
    expect(again.manifest).toEqual(first.manifest)
    expect(writes(from)).toEqual([])
    // The reuse is logged once, by the job that reports it (report/upload-summary.ts renderUploadLog).
    expect(lines.join('\n')).not.toMatch(/already complete/)
  })

  it('refuses to change a complete batch: a changed file or another file set changes nothing', async () => {
    const mine = copy(small, 'changed')
    await uploadBatch(options({ files: [mine, empty] }))
    const manifestBefore = await download(`${prefix}_manifest.json`)
    const keysBefore = await s3.listKeys(BUCKET, prefix)
    const from = proxy.requests.length

    appendFileSync(mine.path, `9999,late@example.com,${CANARY} late\n`)
    const changed = await failure(uploadBatch(options({ files: [mine, empty] })))
    expect(changed).toBeInstanceOf(UserError)
    expect(changed.message).toMatch(/already exists with different files; batches are immutable/)
    const other = await failure(uploadBatch(options({ files: [empty] })))
    expect(other.message).toMatch(/different files/)

    expect(writes(from)).toEqual([])
    expect(await s3.listKeys(BUCKET, prefix)).toEqual(keysBefore)
    expect(await download(`${prefix}_manifest.json`)).toEqual(manifestBefore)
  })

  it('replaces the leftovers of an attempt that died before its manifest', async () => {
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}stale.csv.gz.pgp`, Body: 'x' })
    )
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}sub/small.csv.gz.pgp`, Body: 'y' })
    )
    const lines: string[] = []
    await uploadBatch(options({ files: [small, empty], log: l => lines.push(l) }))
    expect(lines.some(l => /removed 2 object\(s\).*left by an earlier incomplete attempt/.test(l))).toBe(true)
    expect(await s3.listKeys(BUCKET, prefix)).not.toContain(`${prefix}stale.csv.gz.pgp`)
    // Old objects go before the first new write.
    const deletes = proxy.requests.findIndex(r => r.method === 'DELETE')
    const firstPut = proxy.requests.findIndex(r => r.method === 'PUT')
    expect(deletes).toBeGreaterThanOrEqual(0)
    expect(deletes).toBeLessThan(firstPut)
    await expectVerified([small, empty])
  })

  describe('faults', () => {
    it('retries through a 500 on the second part upload', async () => {
      proxy.rules.push({
        method: 'PUT',
        path: /big\.csv\.gz\.pgp$/,
        query: /partNumber=/,
        nth: 2,
        fault: 'status500'
      })
      await uploadBatch(options({ files: [big, small] }))
      const parts = partsOf(`${prefix}big.csv.gz.pgp`)
      const failed = parts.filter(r => r.status === 500)
      expect(failed).toHaveLength(1)
      const retried = parts.filter(r => r.url === failed[0]!.url)
      expect(retried.map(r => r.status)).toEqual([500, 200])
      expect(retried[1]!.bodyBytes.equals(retried[0]!.bodyBytes)).toBe(true) // the same bytes again
      await expectVerified([big, small])
    })

    it('retries through a 503 SlowDown on a PutObject', async () => {
      proxy.rules.push({
        method: 'PUT',
        path: /small\.csv\.gz\.pgp$/,
        query: /x-id=PutObject/,
        fault: 'slowdown503'
      })
      await uploadBatch(options({ files: [small, empty] }))
      const puts = proxy.requests.filter(r => r.url.startsWith(`/${BUCKET}/${prefix}sub/small.csv.gz.pgp?`))
      expect(puts.map(r => r.status)).toEqual([503, 200])
      await expectVerified([small, empty])
    })

    it('retries through a 500 on CompleteMultipartUpload and a SlowDown on the manifest', async () => {
      proxy.rules.push({ method: 'POST', path: /big\.csv\.gz\.pgp$/, query: /uploadId=/, fault: 'status500' })
      proxy.rules.push({ method: 'PUT', path: /_manifest\.json$/, fault: 'slowdown503' })
      await uploadBatch(options({ files: [big] }))
      expect(proxy.requests.filter(r => r.fault).map(r => r.status)).toEqual([500, 503])
      await expectVerified([big])
    })

    it('ends a connection reset mid-part either complete or clean', async () => {
      proxy.rules.push({ method: 'PUT', path: /big\.csv\.gz\.pgp$/, query: /partNumber=2/, fault: 'reset' })
      const outcome = await uploadBatch(options({ files: [big] })).then(
        () => 'complete',
        (e: unknown) => e as Error
      )
      expect(proxy.requests.some(r => r.fault === 'reset' && r.status === 0)).toBe(true)
      if (outcome === 'complete') await expectVerified([big])
      else {
        expect(outcome).toBeInstanceOf(UserError)
        await expectNothingLeft()
      }
      // The SDK retries a reset socket: the part went again and the batch completed.
      expect(outcome).toBe('complete')
    })

    it('ends a connection reset mid-PutObject either complete or clean', async () => {
      proxy.rules.push({ method: 'PUT', path: /small\.csv\.gz\.pgp$/, fault: 'reset' })
      const outcome = await uploadBatch(options({ files: [small] })).then(
        () => 'complete',
        (e: unknown) => e as Error
      )
      if (outcome === 'complete') await expectVerified([small])
      else {
        expect(outcome).toBeInstanceOf(UserError)
        await expectNothingLeft()
      }
      expect(outcome).toBe('complete')
    })

    it('fails cleanly when every part upload fails: no object, no open multipart upload', async () => {
      proxy.rules.push({
        method: 'PUT',
        path: /./,
        query: /partNumber=/,
        fault: 'status500',
        times: Infinity
      })
      const err = await failure(uploadBatch(options()))
      expect(err).toBeInstanceOf(UserError)
      expect(err.message).toMatch(
        new RegExp(
          `^upload of big\\.csv to s3://${BUCKET}/${prefix}big\\.csv\\.gz\\.pgp failed: InternalError`
        )
      )
      // Each failing part was tried maxAttempts (4) times, then the multipart upload was aborted.
      const first = partsOf(`${prefix}big.csv.gz.pgp`).filter(r => partNumber(r.url) === '1')
      expect(first).toHaveLength(4)
      expect(proxy.requests.some(r => r.method === 'DELETE' && /uploadId=/.test(r.url))).toBe(true)
      await expectNothingLeft()
    })

    it('fails cleanly when the manifest cannot be written: the uploaded objects are removed', async () => {
      proxy.rules.push({ method: 'PUT', path: /_manifest\.json$/, fault: 'status500', times: Infinity })
      const err = await failure(uploadBatch(options({ files: [small, empty] })))
      expect(err).toBeInstanceOf(UserError)
      expect(err.message).toMatch(/^writing the manifest s3:\/\/.*_manifest\.json: InternalError/)
      await expectNothingLeft()
    })

    it('fails cleanly when one file fails while another is mid-upload', async () => {
      // big's parts are slow; small's PutObject fails for good meanwhile.
      proxy.rules.push({
        method: 'PUT',
        path: /big\.csv\.gz\.pgp$/,
        query: /partNumber=/,
        fault: 'delay',
        delayMs: 300,
        times: Infinity
      })
      proxy.rules.push({ method: 'PUT', path: /small\.csv\.gz\.pgp$/, fault: 'status500', times: Infinity })
      const err = await failure(uploadBatch(options({ files: [big, small] })))
      expect(err.message).toMatch(/^upload of sub\/small\.csv .* failed: InternalError/)
      await expectNothingLeft()
    })
  })

  it('asks for SSE-KMS with the configured key on every object it creates; parts inherit it', async () => {
    const kmsKeyId = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const before = proxy.requests.length
    await uploadBatch(options({ kmsKeyId }))
    const writes = proxy.requests.slice(before).filter(r => r.method === 'PUT' || r.method === 'POST')
    const creates = writes.filter(
      r =>
        (r.method === 'PUT' && !/[?&](partNumber|uploadId)=/.test(r.url)) || /[?&]uploads(=|&|$)/.test(r.url)
    )
    // Every data object (PutObject or CreateMultipartUpload) and the manifest.
    expect(creates.length).toBeGreaterThanOrEqual(4)
    for (const r of creates) {
      expect({ url: r.url, sse: r.headers['x-amz-server-side-encryption'] }).toEqual({
        url: r.url,
        sse: 'aws:kms'
      })
      expect(r.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe(kmsKeyId)
    }
    // UploadPart and CompleteMultipartUpload carry no SSE headers (S3 refuses them there; the upload's setting holds).
    for (const r of writes.filter(w => /[?&]uploadId=/.test(w.url)))
      expect(r.headers['x-amz-server-side-encryption']).toBeUndefined()
  })

  describe('two runs of one batch id (a re-run racing the first attempt)', () => {
    /**
     * A client for run B that, on its first request matching `when`, lets run A (same batch id) complete first, and
     * then either fails that request (`fail`) or sends it on as it is.
     */
    function racing(
      when: (command: { input: { Key?: string } } & object) => boolean,
      fail: boolean
    ): S3Client {
      let fired = false
      return new Proxy(client, {
        get(target, prop, receiver) {
          if (prop !== 'send') return Reflect.get(target, prop, receiver)
          return async (command: { input: { Key?: string } }, ...rest: unknown[]) => {
            if (!fired && when(command)) {
              fired = true
              await uploadBatch(options({ files: [small, empty] }))
              if (fail)
                throw Object.assign(new Error('InternalError'), { $metadata: { httpStatusCode: 500 } })
            }
            return (target.send as (...a: unknown[]) => Promise<unknown>)(command, ...rest)
          }
        }
      })
    }

    it('a run that fails after the other committed the batch removes nothing of it', async () => {
      const isDataPut = (c: { input: { Key?: string } }) =>
        c.constructor.name === 'PutObjectCommand' && !String(c.input.Key).endsWith('_manifest.json')
      const err = await failure(uploadBatch(options({ files: [small, empty], s3: racing(isDataPut, true) })))
      expect(err).toBeInstanceOf(UserError)
      await expectVerified([small, empty])
    })

    it("the run whose manifest comes second fails with one line and leaves the winner's batch whole", async () => {
      const isManifestPut = (c: { input: { Key?: string } }) =>
        c.constructor.name === 'PutObjectCommand' && String(c.input.Key).endsWith('_manifest.json')
      const before = proxy.requests.length
      const err = await failure(
        uploadBatch(options({ files: [small, empty], s3: racing(isManifestPut, false) }))
      )
      expect(err.message).toMatch(
        /^another run completed batch s3:\/\/landing-test\/landing\/ds\/b\d+\/ at the same time: use a new batch-id$/
      )
      // The second manifest write was refused by the server (If-None-Match: *), not overwritten.
      const manifestPuts = proxy.requests
        .slice(before)
        .filter(r => r.method === 'PUT' && r.url.startsWith(`/${BUCKET}/${prefix}_manifest.json`))
      expect(manifestPuts.map(r => r.status)).toEqual([200, 412])
      await expectVerified([small, empty])
    })
  })

  describe('abort and changing files', () => {
    it('stops on abort shortly after the start and leaves nothing', async () => {
      const controller = new AbortController()
      const err = await failure(
        uploadBatch(
          options({
            signal: controller.signal,
            log: line => {
              if (line.includes('big.csv: uploading'))
                setTimeout(() => controller.abort(new Error('cancelled by test')), 20)
            }
          })
        )
      )
      expect(err).toBeInstanceOf(UserError)
      expect(err.message).toMatch(/cancelled by test/)
      await expectNothingLeft()
    })

    it('leaves nothing when aborted while a PutObject is in flight', async () => {
      proxy.rules.push({ method: 'PUT', path: /small\.csv\.gz\.pgp$/, fault: 'delay', delayMs: 400 })
      const controller = new AbortController()
      proxy.onRequest = r => {
        if (r.method === 'PUT' && r.url.includes('small.csv.gz.pgp'))
          setTimeout(() => controller.abort(new Error('cancelled by test')), 50)
      }
      const err = await failure(uploadBatch(options({ files: [small], signal: controller.signal })))
      expect(err).toBeInstanceOf(UserError)
      expect(err.message).toMatch(/cancelled by test/)
      await expectNothingLeft()
      expect(proxy.requests.some(r => r.fault === 'delay' && r.status === 200)).toBe(true) // it did land
    })

    it('leaves nothing when aborted while CompleteMultipartUpload is in flight', async () => {
      proxy.rules.push({
        method: 'POST',
        path: /big\.csv\.gz\.pgp$/,
        query: /uploadId=/,
        fault: 'delay',
        delayMs: 400
      })
      const controller = new AbortController()
      proxy.onRequest = r => {
        if (r.method === 'POST' && r.url.includes('uploadId='))
          setTimeout(() => controller.abort(new Error('cancelled by test')), 50)
      }
      const err = await failure(uploadBatch(options({ files: [big], signal: controller.signal })))
      expect(err).toBeInstanceOf(UserError)
      await expectNothingLeft()
      expect(proxy.requests.some(r => r.fault === 'delay' && r.status === 200)).toBe(true)
    })

    it('fails cleanly when a file changes between the first read and the upload', async () => {
      // 8 MiB without gzip (whose parallel blocks read ahead): still being read when the line is logged, and a
      // multipart upload that completes before the hash check fails, so the cleanup has a real object to remove.
      const victim = { ...file('victim/sub/small.csv', csv(8 * MiB)), name: 'sub/small.csv' }
      const err = await failure(
        uploadBatch(
          options({
            files: [victim, empty],
            compression: 'none',
            log: line => {
              if (line.includes('small.csv: uploading'))
                appendFileSync(victim.path, `9999,x@example.com,late\n`)
            }
          })
        )
      )
      expect(err).toBeInstanceOf(UserError)
      expect(err.message).toMatch(/^sub\/small\.csv changed while it was uploaded/)
      await expectNothingLeft()
    })

    it('refuses bad names before touching S3', async () => {
      const err = await failure(uploadBatch(options({ files: [{ ...small, name: '../escape.csv' }] })))
      expect(err.message).toMatch(/file name '\.\.\/escape\.csv'/)
      expect(proxy.requests).toEqual([])
    })
  })

  describe('cleanupIncompleteBatch and removeBatchObjects', () => {
    it('leaves a complete batch alone', async () => {
      await uploadBatch(options({ files: [small, empty] }))
      const from = proxy.requests.length
      const lines: string[] = []
      expect(await cleanupIncompleteBatch(client, BUCKET, prefix, l => lines.push(l))).toEqual({
        complete: true,
        objects: 0,
        multipartUploads: 0
      })
      expect(writes(from)).toEqual([])
      expect(lines).toEqual([`batch s3://${BUCKET}/${prefix} is complete; nothing to clean up`])
      await expectVerified([small, empty])
    })

    it('removes a batch without a manifest, and nothing outside its prefix', async () => {
      const neighbour = `landing/ds/b${batch}-other/a.csv.gz.pgp`
      for (const key of [`${prefix}a.csv.gz.pgp`, `${prefix}sub/b.csv.gz.pgp`, neighbour])
        await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: 'x' }))
      const removed = await cleanupIncompleteBatch(client, BUCKET, prefix)
      expect(removed).toEqual({ complete: false, objects: 2, multipartUploads: 0 })
      expect(await s3.listKeys(BUCKET, prefix)).toEqual([])
      expect(await s3.listKeys(BUCKET, neighbour)).toEqual([neighbour])
      expect(await removeBatchObjects(client, BUCKET, prefix)).toEqual({ objects: 0, multipartUploads: 0 })
    })
  })
})
