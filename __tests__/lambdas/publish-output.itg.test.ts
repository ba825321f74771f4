/**
 * PublishOutput against a local S3 server (the job's Parquet, written with the project's own writer) and the local
 * Glue catalog. Glue semantics relied on (Glue API reference): CreateTable/CreatePartition of an existing entity answer
 * AlreadyExistsException, GetTable of a missing one EntityNotFoundException, UpdatePartition addresses the partition by
 * PartitionValueList; a partition's StorageDescriptor.Location is the folder read for it. Clean Rooms needs the
 * table's location to be the data folder itself, so replace mode points the table at <dataset>/batch=<id>/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openParquetWriter } from '../../src/formats/parquet.js'
import type { Column, Row } from '../../src/formats/table.js'
import { PipelineError } from '../../src/lambdas/errors.js'
import { createPublishHandler } from '../../src/lambdas/publish.js'
import { publishOutput, type OutputMode, type PublishDeps } from '../../src/lambdas/publish-output.js'
import { purgePrefix } from '../../src/lambdas/purge.js'
import { readTemplate, resolveValue } from '../../src/local/cfn-template.js'
import { LocalGlueCatalog } from '../../src/local/glue-catalog.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const DATA = 'data'
const TARGET = 'target'
const DB = 'cleanrooms'
const TABLE = 'ds'
let s3: LocalS3
let work: string

beforeAll(async () => {
  s3 = await startS3([DATA, TARGET])
  work = await mkdtemp(path.join(tmpdir(), 'publish-output-'))
})
afterAll(async () => {
  await s3.stop()
  await rm(work, { recursive: true, force: true })
})
afterEach(async () => {
  // Each test starts with an empty target bucket.
  await purgePrefix(s3.client, TARGET, 'ds/')
})

const EMAIL: Column = { name: 'email_hash', type: 'string' }
const AGE: Column = { name: 'age', type: 'integer' }

async function writeParquet(key: string, columns: Column[], rows: Row[]): Promise<void> {
  const file = path.join(work, `${randomBytes(4).toString('hex')}.parquet`)
  const writer = await openParquetWriter(file, columns)
  await writer.write(rows)
  await writer.close()
  await s3.client.send(new PutObjectCommand({ Bucket: TARGET, Key: key, Body: await readFile(file) }))
}

/** What the DataBrew job leaves in the batch's output folder. */
async function jobOutput(batchId: string, columns: Column[] = [EMAIL, AGE], files = 1): Promise<void> {
  for (let i = 0; i < files; i++) {
    const row: Row = Object.fromEntries(columns.map(c => [c.name, c.type === 'integer' ? '7' : `v${i}`]))
    await writeParquet(`ds/batch=${batchId}/ds-job_part0000${i}.snappy.parquet`, columns, [row])
  }
}

const event = (batchId: string) => ({
  bucket: DATA,
  manifestKey: `landing/ds/${batchId}/_manifest.json`,
  dataset: 'ds',
  batchId,
  outputPrefix: `ds/batch=${batchId}/`
})

function deps(glue: LocalGlueCatalog, mode: OutputMode, log: string[] = []): PublishDeps {
  return {
    s3: s3.client,
    glue,
    targetBucket: TARGET,
    database: DB,
    table: TABLE,
    mode,
    landingPrefix: 'landing/',
    bucket: DATA,
    log: line => log.push(line)
  }
}

async function failure(p: Promise<unknown>): Promise<PipelineError> {
  try {
    await p
  } catch (err) {
    return err as PipelineError
  }
  throw new Error('expected a rejection')
}

const mutations = (glue: LocalGlueCatalog) =>
  glue.calls.filter(c => !c.command.startsWith('Get')).map(c => c.command)

describe('replace mode', () => {
  it('creates the table at exactly the first batch folder', async () => {
    const glue = new LocalGlueCatalog([DB])
    await jobOutput('b1', [EMAIL, AGE], 2)
    const result = await publishOutput(event('b1'), deps(glue, 'replace'))
    expect(result).toEqual({
      database: DB,
      table: TABLE,
      location: 's3://target/ds/batch=b1/',
      mode: 'replace',
      objectCount: 2,
      columns: 2
    })
    const table = glue.tables.get(`${DB}.${TABLE}`)!
    expect(table.StorageDescriptor?.Location).toBe('s3://target/ds/batch=b1/')
    expect(table.PartitionKeys).toEqual([])
    expect(table.StorageDescriptor?.Columns).toEqual([
      { Name: 'email_hash', Type: 'string' },
      { Name: 'age', Type: 'bigint' }
    ])
    expect(mutations(glue)).toEqual(['CreateTable'])
  })

  it('switches to a new batch with one UpdateTable, keeps the replaced folder, removes older ones', async () => {
    const glue = new LocalGlueCatalog([DB])
    const log: string[] = []
    for (const id of ['b1', 'b2']) {
      await jobOutput(id)
      await publishOutput(event(id), deps(glue, 'replace', log))
    }
    await jobOutput('b3')
    glue.calls.length = 0
    await publishOutput(event('b3'), deps(glue, 'replace', log))

    expect(mutations(glue)).toEqual(['UpdateTable'])
    expect(glue.tables.get(`${DB}.${TABLE}`)?.StorageDescriptor?.Location).toBe('s3://target/ds/batch=b3/')
    const keys = await s3.listKeys(TARGET, 'ds/')
    expect(keys.filter(k => k.startsWith('ds/batch=b1/'))).toEqual([])
    expect(keys.some(k => k.startsWith('ds/batch=b2/'))).toBe(true)
    expect(keys.some(k => k.startsWith('ds/batch=b3/'))).toBe(true)
    expect(log).toContain('removed the superseded output s3://target/ds/batch=b1/ (1 object version(s))')
  })

  it('publishing the same batch again leaves the same table and removes nothing', async () => {
    const glue = new LocalGlueCatalog([DB])
    await jobOutput('b1')
    await publishOutput(event('b1'), deps(glue, 'replace'))
    const before = structuredClone(glue.tables.get(`${DB}.${TABLE}`))
    await publishOutput(event('b1'), deps(glue, 'replace'))
    expect(glue.tables.get(`${DB}.${TABLE}`)).toEqual(before)
    expect(await s3.listKeys(TARGET, 'ds/')).toHaveLength(1)
  })
})

describe('append mode', () => {
  it('adds a partition per batch under a table at the dataset folder; a re-run replaces its partition', async () => {
    const glue = new LocalGlueCatalog([DB])
    await jobOutput('b1')
    const first = await publishOutput(event('b1'), deps(glue, 'append'))
    expect(first).toMatchObject({ mode: 'append', location: 's3://target/ds/batch=b1/', partition: 'b1' })
    await jobOutput('b2')
    await publishOutput(event('b2'), deps(glue, 'append'))
    glue.calls.length = 0
    await publishOutput(event('b2'), deps(glue, 'append'))

    const table = glue.tables.get(`${DB}.${TABLE}`)!
    expect(table.StorageDescriptor?.Location).toBe('s3://target/ds/')
    expect(table.PartitionKeys).toEqual([{ Name: 'batch', Type: 'string' }])
    expect([...glue.partitions.keys()]).toEqual([`${DB}.${TABLE}/["b1"]`, `${DB}.${TABLE}/["b2"]`])
    expect(glue.partitions.get(`${DB}.${TABLE}/["b2"]`)?.StorageDescriptor?.Location).toBe(
      's3://target/ds/batch=b2/'
    )
    // Re-run: the partition exists, so CreatePartition answers AlreadyExists and UpdatePartition replaces it.
    expect(mutations(glue)).toEqual(['UpdateTable', 'CreatePartition', 'UpdatePartition'])
    // Append keeps every batch's data.
    expect((await s3.listKeys(TARGET, 'ds/')).map(k => k.split('/')[1])).toEqual(['batch=b1', 'batch=b2'])
  })

  it('adds a new column at the end of the table', async () => {
    const glue = new LocalGlueCatalog([DB])
    await jobOutput('b1', [EMAIL])
    await publishOutput(event('b1'), deps(glue, 'append'))
    await jobOutput('b2', [EMAIL, AGE])
    const result = await publishOutput(event('b2'), deps(glue, 'append'))
    expect(result.columns).toBe(2)
    expect(glue.tables.get(`${DB}.${TABLE}`)?.StorageDescriptor?.Columns).toEqual([
      { Name: 'email_hash', Type: 'string' },
      { Name: 'age', Type: 'bigint' }
    ])
  })

  it('refuses a column whose type changed with SchemaChanged and leaves the table as it was', async () => {
    const glue = new LocalGlueCatalog([DB])
    await jobOutput('b1', [EMAIL, AGE])
    await publishOutput(event('b1'), deps(glue, 'append'))
    const before = structuredClone(glue.tables.get(`${DB}.${TABLE}`))
    await jobOutput('b2', [EMAIL, { name: 'age', type: 'string' }])
    glue.calls.length = 0

    const err = await failure(publishOutput(event('b2'), deps(glue, 'append')))

    expect(err).toBeInstanceOf(PipelineError)
    expect(err.name).toBe('SchemaChanged')
    expect(err.message).toMatch(/^column age of table ds is bigint but this batch has string: /)
    expect(mutations(glue)).toEqual([])
    expect(glue.tables.get(`${DB}.${TABLE}`)).toEqual(before)
    expect(glue.partitions.has(`${DB}.${TABLE}/["b2"]`)).toBe(false)
  })
})

describe('refusals', () => {
  it('fails when the run wrote no Parquet, and touches no table', async () => {
    const glue = new LocalGlueCatalog([DB])
    await s3.client.send(new PutObjectCommand({ Bucket: TARGET, Key: 'ds/batch=b1/_SUCCESS', Body: '' }))
    await s3.client.send(new PutObjectCommand({ Bucket: TARGET, Key: 'ds/batch=b1/x.csv', Body: 'a\n1\n' }))
    const err = await failure(publishOutput(event('b1'), deps(glue, 'replace')))
    expect([err.name, err.message]).toEqual([
      'PublishFailed',
      "the DataBrew run wrote no Parquet to s3://target/ds/batch=b1/: check the job's output settings and its run log"
    ])
    expect(glue.calls).toEqual([])
  })

  it('fails when the Parquet files disagree on their columns', async () => {
    const glue = new LocalGlueCatalog([DB])
    await writeParquet('ds/batch=b1/part-0.parquet', [EMAIL, AGE], [{ email_hash: 'a', age: '1' }])
    await writeParquet('ds/batch=b1/part-1.parquet', [EMAIL], [{ email_hash: 'b' }])
    const err = await failure(publishOutput(event('b1'), deps(glue, 'append')))
    expect([err.name, err.message]).toEqual([
      'PublishFailed',
      "s3://target/ds/batch=b1/part-1.parquet has other columns than s3://target/ds/batch=b1/part-0.parquet: the run's output is inconsistent; run the batch again"
    ])
    expect(glue.calls).toEqual([])
  })

  it('fails on a file that is not Parquet, naming it', async () => {
    const glue = new LocalGlueCatalog([DB])
    await s3.client.send(
      new PutObjectCommand({ Bucket: TARGET, Key: 'ds/batch=b1/part-0.parquet', Body: 'email\na@b.c\n' })
    )
    const err = await failure(publishOutput(event('b1'), deps(glue, 'replace')))
    expect(err.name).toBe('PublishFailed')
    expect(err.message).toMatch(
      /^cannot read the run's output s3:\/\/target\/ds\/batch=b1\/: s3:\/\/target\/ds\/batch=b1\/part-0\.parquet is not a readable Parquet file/
    )
    expect(glue.calls).toEqual([])
  })

  it.each([
    ['replace', 'append', 'partitioned (append)'],
    ['append', 'replace', 'not partitioned (replace)']
  ] as const)('refuses %s mode on a table made in %s mode, naming the fix', async (mode, other, shape) => {
    const glue = new LocalGlueCatalog([DB])
    await jobOutput('b1')
    await publishOutput(event('b1'), deps(glue, other))
    const before = structuredClone(glue.tables.get(`${DB}.${TABLE}`))
    await jobOutput('b2')
    const err = await failure(publishOutput(event('b2'), deps(glue, mode)))
    expect([err.name, err.message]).toEqual([
      'Misconfigured',
      `Glue table cleanrooms.ds is ${shape} but the stack's OutputMode is ${mode}: drop the table (the data stays in S3) or set OutputMode back`
    ])
    expect(glue.tables.get(`${DB}.${TABLE}`)).toEqual(before)
  })

  it('refuses an output folder that is not the batch folder', async () => {
    const glue = new LocalGlueCatalog([DB])
    const err = await failure(publishOutput({ ...event('b1'), outputPrefix: 'ds/' }, deps(glue, 'replace')))
    expect([err.name, err.message]).toEqual([
      'InvalidInput',
      "outputPrefix ds/ is not this batch's output folder ds/batch=b1/"
    ])
  })
})

describe('the PublishOutput Lambda handler', () => {
  /** PublishFunction's environment as infra/template.yaml sets it, for a stack of dataset my-ds. */
  function templateEnvironment(): NodeJS.ProcessEnv {
    const template = readTemplate()
    const names: Record<string, string> = { DataBucket: DATA, TargetBucket: TARGET, GlueDatabase: DB }
    const env = resolveValue(
      (template.Resources.PublishFunction!.Properties!.Environment as { Variables: unknown }).Variables,
      {
        parameters: { DatasetName: 'my-ds', OutputMode: 'replace', 'AWS::StackName': 'local' },
        ref: id => names[id] ?? `local-${id}`,
        getAtt: (id, attribute) => `${id}.${attribute}`
      }
    )
    return env as NodeJS.ProcessEnv
  }

  it("runs with the template's environment: the table is named after the dataset, in its database", async () => {
    const glue = new LocalGlueCatalog([DB])
    await writeParquet('my-ds/batch=b1/part-0.parquet', [EMAIL], [{ email_hash: 'a' }])
    const handler = createPublishHandler({ s3: s3.client, glue, env: templateEnvironment(), log: () => {} })
    const result = await handler({
      bucket: DATA,
      manifestKey: 'landing/my-ds/b1/_manifest.json',
      dataset: 'my-ds',
      batchId: 'b1',
      outputPrefix: 'my-ds/batch=b1/'
    })
    expect(result).toMatchObject({ database: DB, table: 'my_ds', location: 's3://target/my-ds/batch=b1/' })
    expect([...glue.tables.keys()]).toEqual([`${DB}.my_ds`])
    await purgePrefix(s3.client, TARGET, 'my-ds/')
  })

  it.each(['TARGET_BUCKET', 'GLUE_DATABASE', 'GLUE_TABLE', 'OUTPUT_MODE'])(
    'without %s fails naming the variable and the fix',
    async name => {
      const env = { ...templateEnvironment(), [name]: '' }
      const handler = createPublishHandler({ s3: s3.client, glue: new LocalGlueCatalog([DB]), env })
      const err = await failure(Promise.resolve().then(() => handler(event('b1'))))
      expect([err.name, err.message]).toEqual([
        'Misconfigured',
        `environment variable ${name} is not set: deploy the function with infra/template.yaml`
      ])
    }
  )
})
