/**
 * existingBatchInput (command: start) against a real local S3 server: a batch is started only when its manifest is
 * there and is one; anything else is a one-line error that says which batch and what to do.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import type { AwsSession } from '../../src/jobs/connect.js'
import { existingBatchInput } from '../../src/jobs/pipeline-job.js'
import { requireForAws, type StartSettings } from '../../src/settings/requirements.js'
import { parseSettings } from '../../src/settings/settings.js'
import { buildManifest, serializeManifest } from '../../src/transfer/manifest.js'
import { LOCAL_CREDENTIALS, startS3, type LocalS3 } from '../helpers/s3-server.js'

const BUCKET = 'landing'
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
let s3: LocalS3

beforeAll(async () => {
  s3 = await startS3([BUCKET])
}, 30_000)

afterAll(async () => {
  await s3.stop()
})

function session(batchId: string, bucket = BUCKET): AwsSession<StartSettings> {
  const settings = requireForAws(
    parseSettings(
      {
        command: 'start',
        'aws-region': 'us-east-1',
        'endpoint-url': s3.endpoint,
        bucket,
        dataset: 'customers',
        'batch-id': batchId,
        'state-machine-arn': SM
      },
      {}
    ) as Parameters<typeof requireForAws>[0]
  ) as StartSettings
  return {
    settings,
    clientOptions: {
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      s3EndpointUrl: s3.endpoint,
      env: {}
    },
    credentialSource: 'default-chain'
  }
}

async function put(key: string, body: string): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }))
}

describe('existingBatchInput', () => {
  it('returns the pipeline input of a complete batch', async () => {
    const manifest = buildManifest({
      dataset: 'customers',
      batchId: 'b-ok',
      createdAt: new Date('2026-11-29T00:00:00.000Z'),
      compression: 'gzip',
      aead: false,
      recipients: ['A'.repeat(40)],
      objects: [
        {
          key: 'landing/customers/b-ok/customers.csv.gz.pgp',
          originalName: 'customers.csv',
          plaintextSha256: 'a'.repeat(64),
          plaintextSize: 10,
          storedSize: 100,
          compression: 'gzip'
        }
      ]
    })
    await put('landing/customers/b-ok/_manifest.json', serializeManifest(manifest))
    expect(await existingBatchInput(session('b-ok'))).toEqual({
      bucket: BUCKET,
      manifestKey: 'landing/customers/b-ok/_manifest.json',
      dataset: 'customers',
      batchId: 'b-ok'
    })
  })

  it('refuses a batch that was never uploaded, naming the manifest and both fixes', async () => {
    await expect(existingBatchInput(session('b-none'))).rejects.toThrow(
      new Error(
        `batch b-none has no manifest at s3://${BUCKET}/landing/customers/b-none/_manifest.json: it is incomplete or does not exist; upload it again (command: upload) or fix batch-id`
      )
    )
  })

  it('refuses an incomplete batch (objects, no manifest) the same way', async () => {
    await put('landing/customers/b-half/customers.csv.gz.pgp', 'ciphertext')
    await expect(existingBatchInput(session('b-half'))).rejects.toThrow(
      /^batch b-half has no manifest at s3:\/\/landing\/landing\/customers\/b-half\/_manifest\.json: it is incomplete/
    )
  })

  it('refuses a damaged manifest: names it and the field, and does not blame the network or the region', async () => {
    await put('landing/customers/b-bad/_manifest.json', '{"version": 1, "dataset": "customers"')
    const err = await existingBatchInput(session('b-bad')).then(
      () => new Error('resolved'),
      (e: unknown) => e as Error
    )
    expect(err.message).toMatch(
      /^manifest s3:\/\/landing\/landing\/customers\/b-bad\/_manifest\.json: content is not JSON \(.*\): upload the batch again under a new batch-id \(command: upload\)$/
    )
    expect(err.message).not.toMatch(/aws-region|retry/)
  })

  it('a bucket that does not exist names the bucket input and aws-region', async () => {
    await expect(existingBatchInput(session('b-1', 'no-such-bucket'))).rejects.toThrow(
      /^S3 GetObject on s3:\/\/no-such-bucket\/landing\/customers\/b-1\/_manifest\.json failed: not found .*: check bucket \/ stack-name and aws-region$/
    )
  })
})
