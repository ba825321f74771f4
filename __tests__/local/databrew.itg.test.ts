/**
 * The local DataBrew stand-in behaves as DataBrew does where it matters for what gets published: a run reads every
 * object under the dataset's current S3 key (DataBrew's S3 dataset on a folder reads everything under it; StartJobRun
 * takes no input override), CSV and JSON (JSON Lines) inputs, and writes to the job's current output location in its
 * format, removing what was there first when Overwrite is set. Settings come from infra/template.yaml as local mode
 * reads them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { parquetMetadata, parquetReadObjects } from 'hyparquet'
import { purgePrefix } from '../../src/lambdas/purge.js'
import { readTemplate, resolveValue, type ResolveContext } from '../../src/local/cfn-template.js'
import { LocalDataBrew, type DataBrewOutput, type LocalDataBrewOptions } from '../../src/local/databrew.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const DATA = 'data'
const TARGET = 'target'
let s3: LocalS3

beforeAll(async () => {
  s3 = await startS3([DATA, TARGET])
})
afterAll(async () => s3.stop())
beforeEach(async () => {
  await purgePrefix(s3.client, DATA, 'raw/')
  await purgePrefix(s3.client, TARGET, 'ds/')
})

const { recipe } = parseRecipe(
  JSON.stringify([{ Action: { Operation: 'LOWER_CASE', Parameters: { sourceColumn: 'email' } } }]),
  'test-recipe.json'
)

const OUTPUT: DataBrewOutput = {
  Location: { Bucket: TARGET, Key: 'ds/batch=b1/' },
  Format: 'PARQUET',
  CompressionFormat: 'SNAPPY',
  Overwrite: true
}

function brew(extra: Partial<LocalDataBrewOptions> = {}): LocalDataBrew {
  return new LocalDataBrew({
    s3: s3.client,
    datasetName: 'cleanrooms-local-ds',
    jobName: 'cleanrooms-local-ds',
    dataset: { Bucket: DATA, Key: 'raw/ds/', Format: 'CSV' },
    outputs: [OUTPUT],
    recipe: recipe!,
    ...extra
  })
}

async function put(bucket: string, key: string, body: string): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }))
}

async function rows(uri: string): Promise<Record<string, unknown>[]> {
  const key = uri.slice(`s3://${TARGET}/`.length)
  const got = await s3.client.send(new GetObjectCommand({ Bucket: TARGET, Key: key }))
  const bytes = await got.Body!.transformToByteArray()
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  return (await parquetReadObjects({ file, metadata: parquetMetadata(file) })) as Record<string, unknown>[]
}

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a rejection')
}

describe('LocalDataBrew', () => {
  it('reads every object under the dataset key, other batches included, as DataBrew does', async () => {
    await put(DATA, 'raw/ds/b1/customers.csv', 'email\nA@Example.com\n')
    await put(DATA, 'raw/ds/b2/customers.csv', 'email\nB@Example.com\nC@Example.com\n')
    await put(DATA, 'raw/ds2/b1/customers.csv', 'email\nnot-this@example.com\n')
    const db = brew()

    const answer = await db.startJobRun({ Name: 'cleanrooms-local-ds' })

    expect(answer).toMatchObject({ Name: 'cleanrooms-local-ds', State: 'SUCCEEDED' })
    const run = db.runs[0]!
    expect(run.inputs).toEqual(['raw/ds/b1/customers.csv', 'raw/ds/b2/customers.csv'])
    expect([run.rowsIn, run.rowsOut]).toEqual([3, 3])
    expect(run.outputs).toHaveLength(2)
    for (const uri of run.outputs)
      expect(uri).toMatch(
        /^s3:\/\/target\/ds\/batch=b1\/cleanrooms-local-ds_db_local_[0-9a-f]{8}_part0000\d\.snappy\.parquet$/
      )
    expect([...(await rows(run.outputs[0]!)), ...(await rows(run.outputs[1]!))]).toEqual([
      { email: 'a@example.com' },
      { email: 'b@example.com' },
      { email: 'c@example.com' }
    ])
  })

  it('after updateDataset reads only the batch folder it was pointed at', async () => {
    await put(DATA, 'raw/ds/b1/customers.csv', 'email\nA@Example.com\n')
    await put(DATA, 'raw/ds/b2/customers.csv', 'email\nB@Example.com\n')
    const db = brew()
    db.updateDataset({
      Name: 'cleanrooms-local-ds',
      Format: 'CSV',
      Input: { S3InputDefinition: { Bucket: DATA, Key: 'raw/ds/b2/' } }
    })
    await db.startJobRun({ Name: 'cleanrooms-local-ds' })
    expect(db.runs[0]!.inputs).toEqual(['raw/ds/b2/customers.csv'])
  })

  it('reads JSON (JSON Lines) input', async () => {
    await put(DATA, 'raw/ds/b1/customers.json', '{"email":"J@Example.com"}\n{"email":"K@Example.com"}\n')
    const db = brew()
    db.updateDataset({
      Name: 'cleanrooms-local-ds',
      Format: 'JSON',
      Input: { S3InputDefinition: { Bucket: DATA, Key: 'raw/ds/b1/' } }
    })
    await db.startJobRun({ Name: 'cleanrooms-local-ds' })
    expect(await rows(db.runs[0]!.outputs[0]!)).toEqual([
      { email: 'j@example.com' },
      { email: 'k@example.com' }
    ])
  })

  it('with Overwrite removes what the output folder held; without it keeps it', async () => {
    await put(DATA, 'raw/ds/b1/customers.csv', 'email\nA@Example.com\n')
    await put(TARGET, 'ds/batch=b1/old.parquet', 'from an earlier run')
    await brew().startJobRun({ Name: 'cleanrooms-local-ds' })
    expect((await s3.listKeys(TARGET, 'ds/batch=b1/')).some(k => k.endsWith('old.parquet'))).toBe(false)

    await put(TARGET, 'ds/batch=b1/old.parquet', 'from an earlier run')
    await brew({ outputs: [{ ...OUTPUT, Overwrite: false }] }).startJobRun({ Name: 'cleanrooms-local-ds' })
    expect(await s3.listKeys(TARGET, 'ds/batch=b1/')).toHaveLength(3)
  })

  it('treats an output Key without a trailing / as the folder DataBrew writes into', async () => {
    // DataBrew's Output.MaxOutputFiles: "files to be generated by the job and written to the output folder".
    await put(DATA, 'raw/ds/b1/customers.csv', 'email\nA@Example.com\n')
    await put(TARGET, 'ds/batch=b1/old.parquet', 'from an earlier run')
    const db = brew({ outputs: [{ ...OUTPUT, Location: { Bucket: TARGET, Key: 'ds/batch=b1' } }] })
    await db.startJobRun({ Name: 'cleanrooms-local-ds' })
    expect(db.runs[0]!.outputs[0]).toMatch(/^s3:\/\/target\/ds\/batch=b1\/cleanrooms-local-ds_/)
    expect(await s3.listKeys(TARGET, 'ds/')).toEqual([db.runs[0]!.outputs[0]!.slice('s3://target/'.length)])
  })

  it('updateRecipeJob replaces the outputs; the next run writes to the new location', async () => {
    await put(DATA, 'raw/ds/b1/customers.csv', 'email\nA@Example.com\n')
    const db = brew()
    db.updateRecipeJob({
      Name: 'cleanrooms-local-ds',
      RoleArn: 'arn:aws:iam::123456789012:role/DataBrewRole',
      Outputs: [{ ...OUTPUT, Location: { Bucket: TARGET, Key: 'ds/batch=b9/' } }]
    })
    await db.startJobRun({ Name: 'cleanrooms-local-ds' })
    expect(db.runs[0]!.outputs[0]).toMatch(/^s3:\/\/target\/ds\/batch=b9\//)
    expect(() => db.updateRecipeJob({ Name: 'cleanrooms-local-ds' })).toThrow('RoleArn is required')
  })

  it.each([
    ['an unknown job', () => brew().startJobRun({ Name: 'other' }), 'DataBrew.ResourceNotFoundException'],
    [
      'an unknown dataset',
      async () =>
        brew().updateDataset({ Name: 'other', Input: { S3InputDefinition: { Bucket: DATA, Key: 'raw/' } } }),
      'DataBrew.ResourceNotFoundException'
    ]
  ])('refuses %s like DataBrew', async (_what, call, name) => {
    expect((await failure(Promise.resolve().then(call))).name).toBe(name)
  })

  it.each([
    ['no data under the dataset key', {}, 'the dataset has no data under s3://data/raw/ds/'],
    [
      'an output format the local engine does not write',
      { outputs: [{ ...OUTPUT, Format: 'CSV' }] },
      'job output format CSV is not supported locally (PARQUET is)'
    ],
    [
      'an input format it does not read',
      { dataset: { Bucket: DATA, Key: 'raw/ds/', Format: 'EXCEL' } },
      'dataset format EXCEL is not supported by the local engine'
    ]
  ])(
    'fails the run on %s as the .sync task does (States.TaskFailed, FAILED)',
    async (_what, extra, message) => {
      const err = await failure(
        brew(extra as Partial<LocalDataBrewOptions>).startJobRun({ Name: 'cleanrooms-local-ds' })
      )
      expect(err.name).toBe('States.TaskFailed')
      expect(JSON.parse(err.message)).toMatchObject({ State: 'FAILED', ErrorMessage: message })
    }
  )
})

describe("the template's DataBrew settings", () => {
  const ctx: ResolveContext = {
    parameters: { 'AWS::StackName': 'local', DatasetName: 'ds' },
    ref: id => ({ DataBucket: DATA, TargetBucket: TARGET })[id] ?? `local-${id}`,
    getAtt: (id, attribute) => `${id}.${attribute}`
  }

  it('the job writes snappy Parquet with Overwrite to a folder no table reads; the dataset is CSV under raw/<dataset>/', async () => {
    const template = readTemplate()
    const job = resolveValue(template.Resources.DataBrewJob!.Properties, ctx) as { Outputs: DataBrewOutput[] }
    const dataset = resolveValue(template.Resources.DataBrewDataset!.Properties, ctx) as {
      Input: { S3InputDefinition: { Bucket: string; Key: string } }
      Format: string
    }
    expect(job.Outputs).toEqual([
      {
        Location: { Bucket: TARGET, Key: 'ds/batch=_manual/' },
        Format: 'PARQUET',
        CompressionFormat: 'SNAPPY',
        Overwrite: true
      }
    ])
    expect(dataset).toMatchObject({
      Input: { S3InputDefinition: { Bucket: DATA, Key: 'raw/ds/' } },
      Format: 'CSV'
    })

    await put(DATA, 'raw/ds/b1/customers.csv', 'email\nA@Example.com\n')
    const db = brew({
      dataset: { ...dataset.Input.S3InputDefinition, Format: dataset.Format },
      outputs: job.Outputs
    })
    await db.startJobRun({ Name: 'cleanrooms-local-ds' })
    expect(db.runs[0]!.outputs[0]).toMatch(/^s3:\/\/target\/ds\/batch=_manual\/.*\.snappy\.parquet$/)
  })
})
