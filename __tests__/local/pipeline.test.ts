/**
 * The stack's state machine, executed locally with the real DecryptBatch/ArchiveBatch handlers and the local recipe
 * engine, on a batch our uploader wrote to a local S3 server: success end to end, and a tampered batch ending in the
 * failure notification with nothing left in raw/.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parquetReadObjects } from 'hyparquet'
import * as openpgp from 'openpgp'
import { runLocalPipeline } from '../../src/local/pipeline.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { uploadBatch } from '../../src/transfer/upload.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

let s3: LocalS3
let key: { publicKey: openpgp.PublicKey; privateKey: openpgp.PrivateKey }
const recipe = parseRecipe(
  readFileSync('infra/recipes/default.json', 'utf8'),
  'infra/recipes/default.json'
).recipe!
const hashKey = Buffer.from('local-pipeline-test-key')
const csv = path.resolve('examples/data/customers.csv')

beforeAll(async () => {
  s3 = await startS3(['data', 'out'])
  key = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'p@example.com' }],
    format: 'object'
  })
})
afterAll(async () => s3.stop())

async function upload(batchId: string) {
  await uploadBatch({
    s3: s3.client,
    bucket: 'data',
    landingPrefix: 'landing/',
    dataset: 'customers',
    batchId,
    files: [{ path: csv, name: 'customers.csv', size: readFileSync(csv).length }],
    recipients: [key.publicKey],
    recipientFingerprints: [key.publicKey.getFingerprint()],
    aead: false,
    compression: 'gzip',
    compressionLevel: 6,
    partSizeBytes: 5 * 1024 * 1024,
    concurrency: 2
  })
}

const run = (batchId: string) =>
  runLocalPipeline({
    s3: s3.client,
    bucket: 'data',
    targetBucket: 'out',
    dataset: 'customers',
    batchId,
    keys: [key.privateKey],
    recipe,
    hashKey
  })

describe('local pipeline', () => {
  it('decrypts, runs the recipe to Parquet, archives and notifies success', async () => {
    await upload('p1')
    const r = await run('p1')
    expect(r.status).toBe('SUCCEEDED')
    expect(r.events.filter(e => e.type === 'StateEntered').map(e => e.state)).toEqual(
      expect.arrayContaining([
        'DecryptBatch',
        'RunDataBrewJob',
        'StartCrawler',
        'GetCrawler',
        'ArchiveBatch',
        'NotifySuccess'
      ])
    )
    expect(r.notifications).toHaveLength(1)
    expect(r.notifications[0]!.attributes).toMatchObject({
      dataset: 'customers',
      batch: 'p1',
      status: 'SUCCEEDED'
    })
    expect(r.outputs).toEqual(['s3://out/customers/batch=p1/customers.parquet'])
    const got = await s3.client.send(
      new GetObjectCommand({ Bucket: 'out', Key: 'customers/batch=p1/customers.parquet' })
    )
    const bytes = await got.Body!.transformToByteArray()
    const rows = (await parquetReadObjects({
      file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    })) as Record<string, string>[]
    expect(rows[0]!.email).toBe(
      createHmac('sha256', hashKey).update('noah.mller1@mail.example.net').digest('base64')
    )
    expect(await s3.listKeys('data', 'landing/customers/p1/')).toEqual([])
    expect(await s3.listKeys('data', 'raw/customers/p1/')).toEqual([])
    expect(await s3.listKeys('data', 'archive/customers/p1/')).toHaveLength(3)
  })

  it('fails on a tampered batch with the failure notification and nothing in raw/', async () => {
    await upload('p2')
    const k = 'landing/customers/p2/customers.csv.gz.pgp'
    const got = await s3.client.send(new GetObjectCommand({ Bucket: 'data', Key: k }))
    const bytes = Buffer.from(await got.Body!.transformToByteArray())
    bytes[bytes.length - 40]! ^= 1
    await s3.client.send(new PutObjectCommand({ Bucket: 'data', Key: k, Body: bytes }))
    const r = await run('p2')
    expect(r.status).toBe('FAILED')
    expect(r.notifications[0]!.attributes).toMatchObject({ status: 'FAILED', batch: 'p2' })
    expect(JSON.stringify(r.notifications[0]!.message)).toContain('DecryptFailed')
    expect(await s3.listKeys('data', 'raw/customers/p2/')).toEqual([])
    expect(await s3.listKeys('data', 'landing/customers/p2/')).toHaveLength(2)
  })
})
