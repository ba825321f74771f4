/**
 * The stack's state machine, executed locally as the template wires it (real DecryptBatch, PublishOutput,
 * ArchiveBatch and CleanupBatch handlers, the DataBrew stand-in reading everything under the dataset's key, the lock
 * table), on batches our uploader wrote to a local S3 server: success end to end; exactly one batch in the output
 * while other batches' plaintext sits in raw/; a tampered batch ending in the failure notification with nothing left
 * in raw/; append and replace table semantics; the lock.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { createHmac } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parquetReadObjects } from 'hyparquet'
import * as openpgp from 'openpgp'
import { LocalGlueCatalog } from '../../src/local/glue-catalog.js'
import { LocalLockTable } from '../../src/local/lock-table.js'
import { runLocalPipeline, type LocalPipelineOptions } from '../../src/local/pipeline.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { uploadBatch } from '../../src/transfer/upload.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'
import { testKeyPair } from '../helpers/keys.js'

let s3: LocalS3
let key: { publicKey: openpgp.PublicKey; privateKey: openpgp.PrivateKey }
const recipe = parseRecipe(
  readFileSync('infra/recipes/default.json', 'utf8'),
  'infra/recipes/default.json'
).recipe!
const hashKey = Buffer.from('local-pipeline-test-key-of-32-bytes')
const csv = path.resolve('examples/data/customers.csv')

beforeAll(async () => {
  s3 = await startS3(['data', 'out'])
  key = await testKeyPair('p')
})
afterAll(async () => s3.stop())

async function upload(batchId: string, file = csv) {
  await uploadBatch({
    s3: s3.client,
    bucket: 'data',
    landingPrefix: 'landing/',
    dataset: 'customers',
    batchId,
    files: [{ path: file, name: 'customers.csv', size: readFileSync(file).length }],
    recipients: [key.publicKey],
    recipientFingerprints: [key.publicKey.getFingerprint()],
    aead: false,
    compression: 'gzip',
    compressionLevel: 6,
    partSizeBytes: 5 * 1024 * 1024,
    concurrency: 2
  })
}

const run = (batchId: string, more: Partial<LocalPipelineOptions> = {}) =>
  runLocalPipeline({
    s3: s3.client,
    bucket: 'data',
    targetBucket: 'out',
    dataset: 'customers',
    batchId,
    keys: [key.privateKey],
    recipe,
    hashKey,
    ...more
  })

async function rowsOf(uri: string): Promise<Record<string, string>[]> {
  const [, bucket, ...rest] = uri.replace('s3://', '/').split('/')
  const got = await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: rest.join('/') }))
  const bytes = await got.Body!.transformToByteArray()
  return (await parquetReadObjects({
    file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  })) as Record<string, string>[]
}

const entered = (r: { events: { type: string; state?: string }[] }) =>
  r.events.filter(e => e.type === 'StateEntered').map(e => e.state)

describe('local pipeline', () => {
  it('decrypts, runs the recipe on exactly this batch, publishes the table, archives and notifies success', async () => {
    await upload('p1')
    const r = await run('p1')
    expect({ status: r.status, error: r.error, cause: r.cause }).toEqual({
      status: 'SUCCEEDED',
      error: undefined,
      cause: undefined
    })
    expect(entered(r)).toEqual(
      expect.arrayContaining([
        'AcquireLock',
        'PlanDecrypt',
        'DecryptObjects',
        'DecryptObject',
        'PointDatasetAtBatch',
        'PointJobAtBatchOutput',
        'RunDataBrewJob',
        'PublishOutput',
        'ArchiveBatch',
        'ReleaseLock',
        'NotifySuccess'
      ])
    )
    expect(r.notifications).toHaveLength(1)
    expect(r.notifications[0]!.attributes).toMatchObject({
      dataset: 'customers',
      batch: 'p1',
      status: 'SUCCEEDED'
    })
    expect(r.inputs).toEqual(['raw/customers/p1/customers.csv'])
    expect(r.outputs).toHaveLength(1)
    expect(r.outputs[0]).toMatch(/^s3:\/\/out\/customers\/batch=p1\/.+\.parquet$/)
    const rows = await rowsOf(r.outputs[0]!)
    expect(rows[0]!.email).toBe(
      createHmac('sha256', hashKey).update('noah.mller1@mail.example.net').digest('base64')
    )
    // replace (the template's default): the table reads exactly this batch's folder.
    expect(r.table).toMatchObject({
      database: 'cleanrooms',
      name: 'customers',
      location: 's3://out/customers/batch=p1/'
    })
    expect((r.output as { output: string }).output).toBe('s3://out/customers/batch=p1/')
    expect(await s3.listKeys('data', 'landing/customers/p1/')).toEqual([])
    expect(await s3.listKeys('data', 'raw/customers/p1/')).toEqual([])
    // Ciphertext and manifest only: the plaintext is not archived unless ArchivePlaintext asks.
    expect((await s3.listKeys('data', 'archive/customers/p1/')).sort()).toEqual([
      'archive/customers/p1/landing/_manifest.json',
      'archive/customers/p1/landing/customers.csv.gz.pgp'
    ])
    expect(r.lockTable.peek('customers')).toBeUndefined() // released
  })

  it("reads only its own batch while other batches' plaintext is in raw/ (a failed one, a concurrent one)", async () => {
    // Leftovers the old dataset-wide job would have published: a failed batch's and another run's plaintext.
    const csvText = readFileSync(csv, 'utf8')
    await s3.client.send(
      new PutObjectCommand({ Bucket: 'data', Key: 'raw/customers/failed-0/leak.csv', Body: csvText })
    )
    await s3.client.send(
      new PutObjectCommand({ Bucket: 'data', Key: 'raw/customers/other-1/other.csv', Body: csvText })
    )
    await upload('p3')
    const r = await run('p3')
    expect(r.status).toBe('SUCCEEDED')
    expect(r.inputs).toEqual(['raw/customers/p3/customers.csv'])
    expect(await s3.listKeys('out', 'customers/batch=p3/')).toHaveLength(1)
    expect(r.table.location).toBe('s3://out/customers/batch=p3/')
    expect(await s3.listKeys('data', 'raw/customers/failed-0/')).toEqual(['raw/customers/failed-0/leak.csv'])
  })

  it('fails on a tampered batch with the failure notification, nothing in raw/, no output, the table unchanged', async () => {
    const catalog = new LocalGlueCatalog(['cleanrooms'])
    await upload('p4')
    expect((await run('p4', { catalog })).status).toBe('SUCCEEDED')
    await upload('p2')
    const k = 'landing/customers/p2/customers.csv.gz.pgp'
    const got = await s3.client.send(new GetObjectCommand({ Bucket: 'data', Key: k }))
    const bytes = Buffer.from(await got.Body!.transformToByteArray())
    bytes[bytes.length - 40]! ^= 1
    await s3.client.send(new PutObjectCommand({ Bucket: 'data', Key: k, Body: bytes }))
    const r = await run('p2', { catalog })
    expect(r.status).toBe('FAILED')
    expect(entered(r)).toEqual(
      expect.arrayContaining(['PrepareFailure', 'CleanupBatch', 'ReleaseLockAfterFailure', 'NotifyFailure'])
    )
    expect(entered(r)).not.toContain('RunDataBrewJob')
    expect(r.notifications[0]!.attributes).toMatchObject({
      status: 'FAILED',
      batch: 'p2',
      error: 'DecryptFailed'
    })
    expect(await s3.listKeys('data', 'raw/customers/p2/')).toEqual([])
    expect(await s3.listKeys('out', 'customers/batch=p2/')).toEqual([])
    expect(await s3.listKeys('data', 'landing/customers/p2/')).toHaveLength(2) // kept to run again
    expect(r.table.location).toBe('s3://out/customers/batch=p4/')
    expect(r.lockTable.peek('customers')).toBeUndefined()
  })

  it('declares the output table as the stack does, and fails a batch without a declared column, table unchanged', async () => {
    const catalog = new LocalGlueCatalog(['cleanrooms'])
    await upload('d1')
    expect((await run('d1', { catalog })).status).toBe('SUCCEEDED')
    const table = () => catalog.tables.get('cleanrooms.customers')!
    expect(table().Parameters!['cleanrooms-connect:declared-columns']).toBe(
      'customer_id,email,phone,first_name,last_name,city,state,postal_code,country,date_of_birth'
    )
    // An export that lost a column the collaboration's configured table allows.
    const lines = readFileSync(csv, 'utf8').split('\n')
    const city = lines[0]!.split(',').indexOf('city')
    const withoutCity = path.join(tmpdir(), 'customers-without-city.csv')
    writeFileSync(
      withoutCity,
      lines
        .map(l =>
          l
            ? l
                .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
                .filter((_, i) => i !== city)
                .join(',')
            : l
        )
        .join('\n')
    )
    await upload('d2', withoutCity)
    const before = structuredClone(table())
    const r = await run('d2', { catalog })
    expect(r.status).toBe('FAILED')
    expect(r.notifications[0]!.attributes).toMatchObject({ error: 'SchemaChanged' })
    expect(table()).toEqual(before)
    expect(await s3.listKeys('out', 'customers/batch=d2/')).toEqual([])
  })

  it('append mode: one partition per successful batch, the table at the dataset folder', async () => {
    const catalog = new LocalGlueCatalog(['cleanrooms'])
    await upload('a1')
    await upload('a2')
    expect((await run('a1', { catalog, outputMode: 'append' })).status).toBe('SUCCEEDED')
    const r = await run('a2', { catalog, outputMode: 'append' })
    expect(r.status).toBe('SUCCEEDED')
    expect(r.table.location).toBe('s3://out/customers/')
    expect(r.table.partitions.sort()).toEqual(['a1', 'a2'])
    const partition = catalog.partitions.get('cleanrooms.customers/["a2"]')
    expect(partition?.StorageDescriptor?.Location).toBe('s3://out/customers/batch=a2/')
  })

  it('waits for the lock another running execution holds, and breaks a lock whose execution has ended', async () => {
    const lockTable = new LocalLockTable('local-LockTable')
    const holder = 'arn:aws:states:local:000000000000:execution:cleanrooms-connect:customers-other'
    lockTable.seed({ dataset: { S: 'customers' }, execution: { S: holder }, batchId: { S: 'other' } })
    await upload('l1')
    let asked = 0
    // RUNNING twice (two waits), then the holder ends without releasing (aborted): its lock is stale.
    const r = await run('l1', { lockTable, executionStatus: () => (++asked <= 2 ? 'RUNNING' : 'ABORTED') })
    expect(r.status).toBe('SUCCEEDED')
    expect(entered(r).filter(s => s === 'WaitForLock')).toHaveLength(2)
    expect(entered(r)).toContain('BreakStaleLock')
    expect(lockTable.peek('customers')).toBeUndefined()
  })
})
