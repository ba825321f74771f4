/**
 * AWS answers 403 for a missing manifest when the role's ListBucket is scoped to a prefix (the stack's CI role). The
 * fault proxy answers 403 the way S3 would, in front of real local S3 servers: a first upload must go ahead, `start`
 * and the post step's cleanup must say "missing or not allowed" with what to check, and never delete on a guess.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { S3Client } from '@aws-sdk/client-s3'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import { createS3Client } from '../../src/aws/clients.js'
import { UserError } from '../../src/errors.js'
import type { AwsSession } from '../../src/jobs/connect.js'
import { existingBatchInput } from '../../src/jobs/pipeline-job.js'
import type { StartSettings } from '../../src/settings/requirements.js'
import { cleanupIncompleteBatch, readManifest } from '../../src/transfer/batch-store.js'
import { uploadBatch } from '../../src/transfer/upload.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { LOCAL_CREDENTIALS, startS3, type LocalS3 } from '../helpers/s3-server.js'
import { testKeyPair } from '../helpers/keys.js'

const BUCKET = 'landing-test'
let dir: string
let publicKey: openpgp.PublicKey

beforeAll(async () => {
  const k = await testKeyPair('pipeline')
  publicKey = k.publicKey
  dir = mkdtempSync(path.join(tmpdir(), 'read-manifest-'))
  writeFileSync(path.join(dir, 'a.csv'), 'id,email\n1,a@example.com\n')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.each(['s3rver', 'fauxqs'] as const)('a 403 on the manifest against %s', backend => {
  let s3: LocalS3
  let proxy: FaultProxy
  let client: S3Client
  let batch = 0
  let prefix = ''
  let manifestKey = ''

  beforeAll(async () => {
    s3 = await startS3([BUCKET], { backend })
  })
  afterAll(async () => {
    await s3.stop()
  })
  beforeEach(async () => {
    proxy = await startFaultProxy(s3.endpoint, { emulateAbort: backend === 's3rver' })
    client = createS3Client({
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      endpointUrl: proxy.endpoint,
      maxAttempts: 2,
      env: {}
    })
    batch++
    prefix = `landing/ds/b${batch}/`
    manifestKey = `${prefix}_manifest.json`
  })
  afterEach(async () => {
    client.destroy()
    await proxy.stop()
  })

  /** What the role may not do: read the manifest, and with `listing`, list its prefix. */
  function forbid(listing: boolean): void {
    for (const method of ['GET', 'HEAD'])
      proxy.rules.push({ method, path: /\/_manifest\.json$/, fault: 'forbidden403', times: Infinity })
    if (listing) {
      proxy.rules.push({
        method: 'GET',
        path: new RegExp(`^/${BUCKET}/?$`),
        query: /list-type=2/,
        fault: 'forbidden403',
        times: Infinity
      })
    }
  }

  const upload = () =>
    uploadBatch({
      s3: client,
      bucket: BUCKET,
      landingPrefix: 'landing',
      dataset: 'ds',
      batchId: `b${batch}`,
      files: [{ path: path.join(dir, 'a.csv'), name: 'a.csv', size: 25 }],
      recipients: [publicKey],
      recipientFingerprints: [publicKey.getFingerprint().toUpperCase()],
      aead: false,
      compression: 'gzip',
      compressionLevel: 6,
      partSizeBytes: 5 * 1024 * 1024,
      concurrency: 1
    })

  const session = (): AwsSession<StartSettings> =>
    ({
      settings: { prefix: 'landing/', dataset: 'ds', batchId: `b${batch}`, bucket: BUCKET } as StartSettings,
      clientOptions: {
        region: 'us-east-1',
        credentials: LOCAL_CREDENTIALS,
        endpointUrl: proxy.endpoint,
        maxAttempts: 2,
        env: {}
      },
      credentialSource: 'default-chain'
    }) as AwsSession<StartSettings>

  it('a first upload goes ahead when the listing shows no manifest (how AWS answers a new batch)', async () => {
    forbid(false)
    const result = await upload()
    expect(result.reused).toBe(false)
    expect(await s3.listKeys(BUCKET, prefix)).toContain(manifestKey)
    const statuses = proxy.requests.map(r => `${r.method} ${r.status}`)
    expect(statuses.slice(0, 2)).toEqual(['GET 403', 'GET 200']) // the manifest, then the listing
  })

  it('a manifest that is listed but unreadable is reported as such, not re-uploaded', async () => {
    await upload()
    forbid(false)
    const err = (await readManifest(client, BUCKET, manifestKey).catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toBe(
      `s3://${BUCKET}/${manifestKey} exists but this role may not read it (403): it needs s3:GetObject on it and kms:Decrypt on the bucket's KMS key`
    )
    await expect(upload()).rejects.toThrow(/exists but this role may not read it/)
  })

  it('says "missing or not allowed", with what to check, when the listing is refused too', async () => {
    forbid(true)
    const expected = `s3://${BUCKET}/${manifestKey} is missing or not allowed (403; S3 answers 403 for a missing object when the role may not list the bucket): check that the batch exists, and that the role has s3:GetObject on it and s3:ListBucket for prefix ${prefix}`
    await expect(readManifest(client, BUCKET, manifestKey)).rejects.toThrow(expected)
    await expect(existingBatchInput(session())).rejects.toThrow(expected)
    await expect(upload()).rejects.toThrow(expected)
  })

  it('start: a manifest that is not listed is missing; a readable one gives the pipeline input', async () => {
    forbid(false)
    await expect(existingBatchInput(session())).rejects.toThrow(
      `batch b${batch} has no manifest at s3://${BUCKET}/${manifestKey}: it is incomplete or does not exist`
    )
    proxy.rules.length = 0
    await upload()
    await expect(existingBatchInput(session())).resolves.toEqual({
      bucket: BUCKET,
      manifestKey,
      dataset: 'ds',
      batchId: `b${batch}`
    })
  })

  it('the post step cleanup deletes nothing when it cannot tell whether the batch is complete', async () => {
    await upload()
    const before = await s3.listKeys(BUCKET, prefix)
    forbid(true)
    await expect(cleanupIncompleteBatch(client, BUCKET, prefix)).rejects.toThrow(/is missing or not allowed/)
    expect(await s3.listKeys(BUCKET, prefix)).toEqual(before)
  })
})
