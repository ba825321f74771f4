/**
 * Custom::OutputTable through the PublishOutput function's handler, as CloudFormation calls it: the answer goes to a
 * real local HTTP endpoint standing in for the pre-signed ResponseURL, Glue is the local catalog, S3 is fauxqs. Then
 * PublishOutput over the declared table: the declaration names the columns, every batch must have them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import type { Table } from '@aws-sdk/client-glue'
import { openParquetWriter } from '../../src/formats/parquet.js'
import type { Column } from '../../src/formats/table.js'
import { checkResponseUrl, responseBody, type CustomResourceEvent } from '../../src/lambdas/cfn-response.js'
import { createPublishHandler } from '../../src/lambdas/publish.js'
import { LocalGlueCatalog } from '../../src/local/glue-catalog.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

interface Answer {
  method?: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}

let server: Server
let url: string
const answers: Answer[] = []
let s3: LocalS3
let dir: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      answers.push({
        method: req.method,
        headers: req.headers,
        body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>
      })
      res.end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address() as { port: number }
  url = `http://127.0.0.1:${address.port}/presigned?X-Amz-Signature=abc`
  s3 = await startS3(['target'])
  dir = mkdtempSync(path.join(tmpdir(), 'declare-'))
})
afterAll(async () => {
  await new Promise(resolve => server.close(resolve))
  await s3.stop()
  rmSync(dir, { recursive: true, force: true })
})

let glue: LocalGlueCatalog
beforeEach(() => {
  answers.length = 0
  glue = new LocalGlueCatalog(['cleanrooms'])
})

const env = (mode: 'replace' | 'append' = 'replace'): NodeJS.ProcessEnv => ({
  TARGET_BUCKET: 'target',
  GLUE_DATABASE: 'cleanrooms',
  GLUE_TABLE: 'customers',
  DATASET: 'customers',
  OUTPUT_MODE: mode,
  LANDING_PREFIX: 'landing/',
  DATA_BUCKET: 'data'
})

const handler = (mode: 'replace' | 'append' = 'replace') =>
  createPublishHandler({ s3: s3.client, glue, env: env(mode), log: () => {} })

const COLUMNS = [
  { Name: 'customer_id', Type: 'string' },
  { Name: 'email', Type: 'string' },
  { Name: 'visits' }
]

function request(
  type: 'Create' | 'Update' | 'Delete',
  columns: unknown = COLUMNS,
  physicalId?: string
): CustomResourceEvent {
  return {
    RequestType: type,
    ResponseURL: url,
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/cr/1',
    RequestId: `req-${type}`,
    LogicalResourceId: 'OutputTable',
    ResourceType: 'Custom::OutputTable',
    PhysicalResourceId: physicalId,
    ResourceProperties: {
      ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:publish',
      Columns: columns
    }
  }
}

const table = (): Table | undefined => glue.tables.get('cleanrooms.customers')

async function writeBatch(batch: string, columns: Column[], rows: Record<string, string>[]): Promise<void> {
  const file = path.join(dir, `${batch}.parquet`)
  const writer = await openParquetWriter(file, columns)
  await writer.write(rows)
  await writer.close()
  await s3.client.send(
    new PutObjectCommand({
      Bucket: 'target',
      Key: `customers/batch=${batch}/part-0.parquet`,
      Body: readFileSync(file)
    })
  )
}

const publishEvent = (batch: string) => ({
  bucket: 'data',
  dataset: 'customers',
  batchId: batch,
  manifestKey: `landing/customers/${batch}/_manifest.json`,
  outputPrefix: `customers/batch=${batch}/`
})

describe('Custom::OutputTable', () => {
  it('Create declares the table at an empty folder and answers SUCCESS with its names, by PUT without a content type', async () => {
    const result = await handler()(request('Create'))
    expect(result).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'cleanrooms/customers' })
    expect(answers).toHaveLength(1)
    const [answer] = answers
    expect(answer!.method).toBe('PUT')
    expect(answer!.headers['content-type']).toBe('')
    expect(answer!.body).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: 'cleanrooms/customers',
      StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/cr/1',
      RequestId: 'req-Create',
      LogicalResourceId: 'OutputTable',
      Data: {
        DatabaseName: 'cleanrooms',
        TableName: 'customers',
        Location: 's3://target/customers/batch=_declared/'
      }
    })
    expect(table()!.StorageDescriptor!.Columns).toEqual([
      { Name: 'customer_id', Type: 'string' },
      { Name: 'email', Type: 'string' },
      { Name: 'visits', Type: 'string' }
    ])
    expect(table()!.PartitionKeys).toEqual([])
    expect(table()!.Parameters!['cleanrooms-connect:declared-columns']).toBe('customer_id,email,visits')
  })

  it('append mode declares a table partitioned by batch at the dataset folder', async () => {
    await handler('append')(request('Create'))
    expect(table()!.StorageDescriptor!.Location).toBe('s3://target/customers/')
    expect(table()!.PartitionKeys).toEqual([{ Name: 'batch', Type: 'string' }])
  })

  it('Update keeps the published location and columns, adding a newly declared column', async () => {
    await handler()(request('Create'))
    await writeBatch(
      'b1',
      [
        { name: 'customer_id', type: 'string' },
        { name: 'email', type: 'string' },
        { name: 'visits', type: 'integer' }
      ],
      [{ customer_id: 'C1', email: 'h1', visits: '3' }]
    )
    await handler()(publishEvent('b1'))
    expect(table()!.StorageDescriptor!.Location).toBe('s3://target/customers/batch=b1/')

    const result = await handler()(
      request('Update', [...COLUMNS, { Name: 'segment', Type: 'string' }], 'cleanrooms/customers')
    )
    expect(result).toMatchObject({ Status: 'SUCCESS' })
    expect(table()!.StorageDescriptor!.Location).toBe('s3://target/customers/batch=b1/')
    expect(table()!.StorageDescriptor!.Columns).toEqual([
      { Name: 'customer_id', Type: 'string' },
      { Name: 'email', Type: 'string' },
      { Name: 'visits', Type: 'bigint' },
      { Name: 'segment', Type: 'string' }
    ])
    expect(table()!.Parameters!['cleanrooms-connect:last-batch']).toBe('b1')
  })

  it('Delete keeps the table (the data it describes is retained) and answers SUCCESS with the same id', async () => {
    await handler()(request('Create'))
    const result = await handler()(request('Delete', COLUMNS, 'cleanrooms/customers'))
    expect(result).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'cleanrooms/customers' })
    expect(table()).toBeDefined()
  })

  it.each([
    [
      'a column name Clean Rooms refuses',
      [{ Name: 'Email' }],
      /"Email" is not a Clean Rooms column name.*RENAME/
    ],
    ['an unknown type', [{ Name: 'email', Type: 'varchar' }], /"varchar" of email is not a Glue type/],
    ['a repeated column', [{ Name: 'email' }, { Name: 'email' }], /names email twice/],
    ['no columns', [], /needs Columns/]
  ])('answers FAILED with one line for %s, and creates nothing', async (_label, columns, reason) => {
    const result = await handler()(request('Create', columns))
    expect(result).toMatchObject({ Status: 'FAILED', PhysicalResourceId: 'failed-req-Create' })
    expect(answers[0]!.body.Reason).toMatch(reason)
    expect(String(answers[0]!.body.Reason)).not.toContain('\n')
    expect(table()).toBeUndefined()
  })

  it('answers FAILED when an existing table has the other output mode', async () => {
    await handler('append')(request('Create'))
    const result = await handler('replace')(request('Update', COLUMNS, 'cleanrooms/customers'))
    expect(result).toMatchObject({ Status: 'FAILED' })
    expect(answers[1]!.body.Reason).toMatch(/partitioned \(append\).*OutputMode is replace/)
  })

  it('refuses to send its answer anywhere but HTTPS (or this machine)', () => {
    expect(
      checkResponseUrl('https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/x').protocol
    ).toBe('https:')
    expect(() => checkResponseUrl('http://example.com/x')).toThrow(/must be https/)
    expect(() => checkResponseUrl('not a url')).toThrow(/no valid ResponseURL/)
  })

  it('cuts an overlong reason so the answer stays within 4096 bytes', () => {
    const body = responseBody({
      Status: 'FAILED',
      Reason: 'x'.repeat(10_000),
      PhysicalResourceId: 'p',
      StackId: 's',
      RequestId: 'r',
      LogicalResourceId: 'l'
    })
    expect(body.length).toBeLessThanOrEqual(4096)
    expect(JSON.parse(body).Reason).toMatch(/x\.\.\.$/)
  })
})

describe('PublishOutput over the declared table', () => {
  it('replace: the first batch switches the table and keeps the declaration', async () => {
    await handler()(request('Create'))
    await writeBatch(
      'r1',
      [
        { name: 'customer_id', type: 'string' },
        { name: 'email', type: 'string' },
        { name: 'visits', type: 'integer' }
      ],
      [{ customer_id: 'C1', email: 'h1', visits: '3' }]
    )
    await handler()(publishEvent('r1'))
    expect(table()!.StorageDescriptor!.Location).toBe('s3://target/customers/batch=r1/')
    expect(table()!.Parameters!['cleanrooms-connect:declared-columns']).toBe('customer_id,email,visits')
  })

  it('append: the first batch gives the declared table its types instead of failing as a type change', async () => {
    await handler('append')(request('Create'))
    await writeBatch(
      'a1',
      [
        { name: 'customer_id', type: 'string' },
        { name: 'email', type: 'string' },
        { name: 'visits', type: 'integer' }
      ],
      [{ customer_id: 'C1', email: 'h1', visits: '3' }]
    )
    await handler('append')(publishEvent('a1'))
    expect(table()!.StorageDescriptor!.Columns).toContainEqual({ Name: 'visits', Type: 'bigint' })
    expect(glue.partitions.size).toBe(1)
  })

  it('a batch that lacks a declared column fails with SchemaChanged and leaves the table as it was', async () => {
    await handler()(request('Create'))
    await writeBatch(
      'r2',
      [
        { name: 'customer_id', type: 'string' },
        { name: 'email', type: 'string' }
      ],
      [{ customer_id: 'C1', email: 'h1' }]
    )
    const before = structuredClone(table())
    await expect(handler()(publishEvent('r2'))).rejects.toMatchObject({
      name: 'SchemaChanged',
      message: expect.stringMatching(/lacks column\(s\) visits that the stack declares/)
    })
    expect(table()).toEqual(before)
  })
})
