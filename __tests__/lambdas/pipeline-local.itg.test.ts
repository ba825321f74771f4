/**
 * infra/statemachine.asl.json executed by the local ASL runner with DecryptBatch (plan and per object), ArchiveBatch
 * and CleanupBatch bound to the real Lambda handlers (environment as the template sets it, keys from a KMS-wrapped
 * secret) against a local S3 server (s3rver, on disk); DataBrew and PublishOutput are small fakes, the lock table the
 * local stand-in, SNS a recorder.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { KMSClient } from '@aws-sdk/client-kms'
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import { serializeKeySecret, wrapPrivateKey } from '../../src/keys/envelope.js'
import { clearLiveKeyCache } from '../../src/keys/load.js'
import { createArchiveHandler } from '../../src/lambdas/archive.js'
import { createCleanupHandler } from '../../src/lambdas/cleanup.js'
import { createDecryptHandler } from '../../src/lambdas/decrypt.js'
import { runStateMachine } from '../../src/local/asl-runner.js'
import { LocalGlueCatalog } from '../../src/local/glue-catalog.js'
import { LocalLockTable } from '../../src/local/lock-table.js'
import { uploadBatch } from '../../src/transfer/upload.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'
import { installKmsStandIn } from '../keys/kms-stand-in.js'
import { testKeyPair } from '../helpers/keys.js'

const BUCKET = 'data'
const STACK = 'cleanrooms-test'
const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/wrap'
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:pgp'
const SUBSTITUTIONS = {
  DataBucketName: BUCKET,
  DatasetName: 'customers',
  LandingPrefix: 'landing/',
  LockTableName: 'locks',
  DecryptFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:DecryptBatch',
  PublishFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:PublishOutput',
  ArchiveFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:ArchiveBatch',
  CleanupFunctionArn: 'arn:aws:lambda:us-east-1:111122223333:function:CleanupBatch',
  DataBrewDatasetName: 'cleanrooms-test-customers',
  DataBrewJobName: 'cleanrooms-test-customers',
  DataBrewRoleArn: 'arn:aws:iam::111122223333:role/databrew',
  DataKeyArn: 'arn:aws:kms:us-east-1:111122223333:key/data',
  DataBrewMaxCapacity: '5',
  DataBrewTimeoutMinutes: '180',
  NotificationTopicArn: 'arn:aws:sns:us-east-1:111122223333:cleanrooms-test',
  TargetBucketName: 'target'
}
const ENV = {
  STACK_NAME: STACK,
  DATA_KMS_KEY_ARN: 'arn:aws:kms:us-east-1:111122223333:key/data',
  DATA_BUCKET: BUCKET,
  PGP_PRIVATE_KEY_SECRET_ARN: SECRET_ARN,
  KEY_WRAPPING_KEY_ARN: KEY_ARN,
  LANDING_PREFIX: 'landing/',
  RAW_PREFIX: 'raw/',
  ARCHIVE_PREFIX: 'archive/',
  ARCHIVE_PLAINTEXT: 'false',
  DATASET: 'customers',
  TARGET_BUCKET: 'target',
  GLUE_DATABASE: 'cleanrooms',
  GLUE_TABLE: 'customers',
  OUTPUT_MODE: 'replace'
}

const kmsMock = mockClient(KMSClient)
const smMock = mockClient(SecretsManagerClient)
const kms = new KMSClient({ region: 'us-east-1' })
const secrets = new SecretsManagerClient({ region: 'us-east-1' })
let s3: LocalS3
let dir: string
let key: { publicKey: openpgp.PublicKey; privateKey: openpgp.PrivateKey }
const csv = Buffer.from('customer_id,email\n1,a@example.com\n2,b@example.com\n')

beforeAll(async () => {
  s3 = await startS3([BUCKET, 'target'], { backend: 's3rver' })
  dir = mkdtempSync(path.join(tmpdir(), 'pipeline-local-'))
  writeFileSync(path.join(dir, 'customers.csv'), csv)
  key = await testKeyPair('pipeline')
})
afterAll(async () => {
  await s3.stop()
  rmSync(dir, { recursive: true, force: true })
})

beforeEach(async () => {
  kmsMock.reset()
  smMock.reset()
  clearLiveKeyCache()
  installKmsStandIn(kmsMock, KEY_ARN)
  const secret = serializeKeySecret({
    version: 1,
    keys: [
      {
        fingerprint: key.privateKey.getFingerprint().toUpperCase(),
        keyIds: key.privateKey.getKeyIDs().map(id => id.toHex().toUpperCase()),
        createdAt: new Date().toISOString(),
        wrapped: await wrapPrivateKey(kms, KEY_ARN, STACK, key.privateKey.armor())
      }
    ]
  })
  smMock
    .on(GetSecretValueCommand, { SecretId: SECRET_ARN })
    .resolves({ SecretString: secret, VersionId: 'v1' })
})

async function upload(batchId: string) {
  await uploadBatch({
    s3: s3.client,
    bucket: BUCKET,
    landingPrefix: 'landing/',
    dataset: 'customers',
    batchId,
    files: [{ path: path.join(dir, 'customers.csv'), name: 'customers.csv', size: csv.length }],
    recipients: [key.publicKey],
    recipientFingerprints: [key.publicKey.getFingerprint()],
    aead: false,
    compression: 'gzip',
    compressionLevel: 6,
    partSizeBytes: 5 * 1024 * 1024,
    concurrency: 2
  })
}

async function get(k: string): Promise<Buffer> {
  const r = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: k }))
  return Buffer.from(await r.Body!.transformToByteArray())
}

type Published = {
  Subject: string
  Message: Record<string, unknown>
  MessageAttributes: Record<string, { DataType: string; StringValue: string }>
}

async function run(batchId: string) {
  const published: Published[] = []
  const rawSeenByDataBrew: string[][] = []
  const logs: string[] = []
  const record = (p: Published) => {
    published.push(p)
    return { MessageId: `m-${published.length}` }
  }
  const lock = new LocalLockTable(SUBSTITUTIONS.LockTableName)
  const decrypt = createDecryptHandler({ s3: s3.client, kms, secrets, env: ENV, log: l => logs.push(l) })
  let datasetKey = ''
  const result = await runStateMachine({
    substitutions: SUBSTITUTIONS,
    input: {
      bucket: BUCKET,
      manifestKey: `landing/customers/${batchId}/_manifest.json`,
      dataset: 'customers',
      batchId
    },
    noWaits: true,
    executionName: `customers-${batchId}`,
    handlers: {
      AcquireLock: lock.putItem,
      ReadLock: lock.getItem,
      BreakStaleLock: lock.deleteItem,
      ReleaseLock: lock.deleteItem,
      ReleaseLockAfterFailure: lock.deleteItem,
      DescribeLockHolder: () => ({ Status: 'RUNNING' }),
      PlanDecrypt: decrypt,
      DecryptObject: decrypt,
      PointDatasetAtBatch: (p: { Input: { S3InputDefinition: { Key: string } } }) => {
        datasetKey = p.Input.S3InputDefinition.Key
        return {}
      },
      PointJobAtBatchOutput: () => ({}),
      RunDataBrewJob: async (p: { Name: string }) => {
        rawSeenByDataBrew.push(await s3.listKeys(BUCKET, datasetKey))
        return { Name: p.Name, RunId: 'db-run-1', State: 'SUCCEEDED' }
      },
      PublishOutput: (e: { outputPrefix: string }) => ({
        database: 'cleanrooms',
        table: 'customers',
        location: `s3://target/${e.outputPrefix}`,
        mode: 'replace',
        objectCount: 1,
        columns: 2
      }),
      ArchiveBatch: createArchiveHandler({ s3: s3.client, env: ENV, log: l => logs.push(l) }),
      CleanupBatch: createCleanupHandler({
        s3: s3.client,
        glue: new LocalGlueCatalog(['cleanrooms']),
        env: ENV,
        log: l => logs.push(l)
      }),
      NotifySuccess: record,
      NotifyFailure: record
    }
  })
  return { result, published, rawSeenByDataBrew, logs }
}

describe('the state machine with the real handlers', () => {
  it('decrypts to raw/, runs DataBrew on exactly that folder, archives the ciphertext, removes the plaintext, notifies', async () => {
    await upload('p1')
    const { result, published, rawSeenByDataBrew } = await run('p1')
    expect(result.status).toBe('SUCCEEDED')
    expect(rawSeenByDataBrew).toEqual([['raw/customers/p1/customers.csv']])
    expect(await s3.listKeys(BUCKET, 'landing/customers/p1/')).toEqual([])
    expect(await s3.listKeys(BUCKET, 'raw/customers/p1/')).toEqual([])
    expect(await s3.listKeys(BUCKET, 'archive/customers/p1/')).toEqual([
      'archive/customers/p1/landing/_manifest.json',
      'archive/customers/p1/landing/customers.csv.gz.pgp'
    ])
    expect(published).toHaveLength(1)
    const [message] = published
    expect(message!.Subject).toBe('cleanrooms-connect customers: batch SUCCEEDED')
    expect(message!.MessageAttributes).toEqual({
      dataset: { DataType: 'String', StringValue: 'customers' },
      batch: { DataType: 'String', StringValue: 'p1' },
      status: { DataType: 'String', StringValue: 'SUCCEEDED' }
    })
    expect(message!.Message).toMatchObject({
      status: 'SUCCEEDED',
      decryptedObjects: 1,
      output: 's3://target/customers/batch=p1/',
      archivePrefix: 'archive/customers/p1/',
      archivedObjects: 2,
      dataBrewRunId: 'db-run-1'
    })
    expect(result.output).toMatchObject({ status: 'SUCCEEDED', archivePrefix: 'archive/customers/p1/' })
  })

  it('fails a tampered batch in DecryptBatch: FAILED, NotifyFailure names the object, raw/ empty', async () => {
    await upload('t1')
    const objectKey = 'landing/customers/t1/customers.csv.gz.pgp'
    const bytes = await get(objectKey)
    bytes[bytes.length - 3]! ^= 0x01
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: objectKey, Body: bytes }))
    const { result, published, rawSeenByDataBrew } = await run('t1')
    expect(result.status).toBe('FAILED')
    expect(result.error).toBe('DecryptFailed')
    expect(result.cause).toContain(objectKey)
    expect(rawSeenByDataBrew).toEqual([])
    expect(published).toHaveLength(1)
    const attributes = published[0]!.MessageAttributes
    expect(published[0]!.Subject).toBe('cleanrooms-connect customers: batch FAILED')
    expect(attributes.status!.StringValue).toBe('FAILED')
    expect(attributes.error!.StringValue).toBe('DecryptFailed')
    expect(attributes.batch!.StringValue).toBe('t1')
    expect(attributes.cause!.StringValue).toContain(
      `${objectKey}: the ciphertext failed the OpenPGP integrity check`
    )
    expect(await s3.listKeys(BUCKET, 'raw/customers/t1/')).toEqual([])
    // Nothing was archived: the batch stays in landing/ for inspection.
    expect(await s3.listKeys(BUCKET, 'landing/customers/t1/')).toHaveLength(2)
    expect(await s3.listKeys(BUCKET, 'archive/customers/t1/')).toEqual([])
  })
})
