/**
 * CleanupBatch against a local S3 server and the local Glue catalog, from both callers: the state machine's failure
 * path (input = the batch reference) and the EventBridge rule for aborted / timed-out executions. The EventBridge
 * event is "Step Functions Execution Status Change" (EventBridge events reference, source aws.states), whose detail
 * carries executionArn, stateMachineArn, status and the execution's input as JSON text.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { createCleanupHandler } from '../../src/lambdas/cleanup.js'
import { cleanupBatch, type CleanupDeps, type CleanupEvent } from '../../src/lambdas/cleanup-batch.js'
import { PipelineError } from '../../src/lambdas/errors.js'
import { purgePrefix } from '../../src/lambdas/purge.js'
import { readTemplate, resolveValue } from '../../src/local/cfn-template.js'
import { LocalGlueCatalog } from '../../src/local/glue-catalog.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const DATA = 'data'
const TARGET = 'target'
const DB = 'cleanrooms'
const MACHINE = 'arn:aws:states:eu-west-1:123456789012:stateMachine:cleanrooms-ds'
let s3: LocalS3

beforeAll(async () => {
  s3 = await startS3([DATA, TARGET])
})
afterAll(async () => s3.stop())
beforeEach(async () => {
  for (const [bucket, prefix] of [
    [DATA, 'raw/'],
    [DATA, 'landing/'],
    [TARGET, 'ds/'],
    [TARGET, 'other/']
  ] as const)
    await purgePrefix(s3.client, bucket, prefix)
})

async function put(bucket: string, key: string): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: `content of ${key}` }))
}

/** A batch as a failed run leaves it: ciphertext, plaintext, job output; plus a neighbour that must stay. */
async function leftovers(batchId: string): Promise<void> {
  await put(DATA, `landing/ds/${batchId}/_manifest.json`)
  await put(DATA, `landing/ds/${batchId}/customers.csv.gz.pgp`)
  await put(DATA, `raw/ds/${batchId}/customers.csv`)
  await put(DATA, `raw/ds/${batchId}/orders.csv`)
  await put(TARGET, `ds/batch=${batchId}/part-0.parquet`)
  await put(DATA, `raw/ds/${batchId}x/other-batch.csv`)
  await put(TARGET, `ds/batch=${batchId}x/part-0.parquet`)
}

const batch = (batchId: string, dataset = 'ds') => ({
  bucket: DATA,
  manifestKey: `landing/${dataset}/${batchId}/_manifest.json`,
  dataset,
  batchId
})

const statusChange = (status: string, input: unknown, extra: Record<string, unknown> = {}): CleanupEvent => ({
  'detail-type': 'Step Functions Execution Status Change',
  detail: {
    executionArn: `${MACHINE.replace(':stateMachine:', ':execution:')}:run-1`,
    stateMachineArn: MACHINE,
    status,
    input: typeof input === 'string' ? input : JSON.stringify(input),
    ...extra
  }
})

function deps(glue: LocalGlueCatalog, log: string[], extra: Partial<CleanupDeps> = {}): CleanupDeps {
  return {
    s3: s3.client,
    glue,
    targetBucket: TARGET,
    database: DB,
    table: 'ds',
    mode: 'replace',
    landingPrefix: 'landing/',
    rawPrefix: 'raw/',
    bucket: DATA,
    dataset: 'ds',
    stateMachineArn: MACHINE,
    log: line => log.push(line),
    ...extra
  }
}

const remaining = async () => [
  ...(await s3.listKeys(DATA)),
  ...(await s3.listKeys(TARGET)).map(k => `target:${k}`)
]

describe('the state machine failure path', () => {
  it('removes the plaintext and the unpublished output, keeps the ciphertext and other batches', async () => {
    await leftovers('b1')
    const log: string[] = []
    const result = await cleanupBatch(batch('b1'), deps(new LocalGlueCatalog([DB]), log))

    expect(result).toEqual({ rawObjectsRemoved: 2, outputObjectsRemoved: 1, outputKept: false })
    expect(await remaining()).toEqual([
      'landing/ds/b1/_manifest.json',
      'landing/ds/b1/customers.csv.gz.pgp',
      'raw/ds/b1x/other-batch.csv',
      'target:ds/batch=b1x/part-0.parquet'
    ])
    expect(log).toEqual([
      'cleaned batch ds/b1: 2 plaintext object version(s) removed from raw/ds/b1/; 1 output object version(s) removed from s3://target/ds/batch=b1/'
    ])
    // Idempotent: a clean batch again removes nothing.
    expect(await cleanupBatch(batch('b1'), deps(new LocalGlueCatalog([DB]), log))).toEqual({
      rawObjectsRemoved: 0,
      outputObjectsRemoved: 0,
      outputKept: false
    })
  })

  it.each(['replace', 'append'] as const)('keeps an output the table already shows (%s mode)', async mode => {
    await leftovers('b1')
    const glue = new LocalGlueCatalog([DB])
    glue.tables.set(`${DB}.ds`, {
      Name: 'ds',
      PartitionKeys: mode === 'append' ? [{ Name: 'batch', Type: 'string' }] : [],
      StorageDescriptor: { Location: mode === 'append' ? 's3://target/ds/' : 's3://target/ds/batch=b1/' }
    })
    if (mode === 'append')
      glue.partitions.set(`${DB}.ds/["b1"]`, {
        Values: ['b1'],
        StorageDescriptor: { Location: 's3://target/ds/batch=b1/' }
      })
    const log: string[] = []
    const result = await cleanupBatch(batch('b1'), deps(glue, log, { mode }))

    expect(result).toEqual({ rawObjectsRemoved: 2, outputObjectsRemoved: 0, outputKept: true })
    expect(await s3.listKeys(TARGET, 'ds/batch=b1/')).toEqual(['ds/batch=b1/part-0.parquet'])
    expect(log[0]).toMatch(/output s3:\/\/target\/ds\/batch=b1\/ kept \(the table shows it\)$/)
  })

  it("skips another dataset's batch with a log line and touches nothing", async () => {
    await put(DATA, 'raw/other/b1/customers.csv')
    const log: string[] = []
    const result = await cleanupBatch(batch('b1', 'other'), deps(new LocalGlueCatalog([DB]), log))
    expect(result.skipped).toBe("batch other/b1 is not of this stack's dataset ds")
    expect(log).toEqual(["nothing to clean: batch other/b1 is not of this stack's dataset ds"])
    expect(await s3.listKeys(DATA, 'raw/')).toEqual(['raw/other/b1/customers.csv'])
  })

  it('an execution that failed on its own input has nothing to clean', async () => {
    const log: string[] = []
    const result = await cleanupBatch(
      { ...batch('b1'), manifestKey: 'landing/ds/b2/_manifest.json' },
      deps(new LocalGlueCatalog([DB]), log)
    )
    expect(result.skipped).toMatch(
      /^manifestKey landing\/ds\/b2\/_manifest.json is not this batch's manifest/
    )
  })
})

describe('the EventBridge path', () => {
  it.each(['ABORTED', 'TIMED_OUT'])('cleans the batch of a %s execution from its input', async status => {
    await leftovers('b1')
    const result = await cleanupBatch(statusChange(status, batch('b1')), deps(new LocalGlueCatalog([DB]), []))
    expect(result).toEqual({ rawObjectsRemoved: 2, outputObjectsRemoved: 1, outputKept: false })
    expect(await s3.listKeys(DATA, 'raw/')).toEqual(['raw/ds/b1x/other-batch.csv'])
  })

  it.each(['FAILED', 'SUCCEEDED', 'RUNNING'])(
    'leaves a %s execution alone (its own states cleaned)',
    async status => {
      await leftovers('b1')
      const log: string[] = []
      const result = await cleanupBatch(
        statusChange(status, batch('b1')),
        deps(new LocalGlueCatalog([DB]), log)
      )
      expect(result.skipped).toMatch(new RegExp(`ended ${status}$`))
      expect(await s3.listKeys(DATA, 'raw/ds/b1/')).toHaveLength(2)
    }
  )

  it('skips an execution of another dataset with a log line', async () => {
    await put(DATA, 'raw/other/b1/customers.csv')
    const log: string[] = []
    const result = await cleanupBatch(
      statusChange('ABORTED', batch('b1', 'other')),
      deps(new LocalGlueCatalog([DB]), log)
    )
    expect(result.skipped).toBe("batch other/b1 is not of this stack's dataset ds")
    expect(log).toEqual(["nothing to clean: batch other/b1 is not of this stack's dataset ds"])
    expect(await s3.listKeys(DATA, 'raw/')).toEqual(['raw/other/b1/customers.csv'])
  })

  it('skips an execution of another state machine with a log line', async () => {
    await leftovers('b1')
    const log: string[] = []
    const other = 'arn:aws:states:eu-west-1:123456789012:stateMachine:someone-else'
    const result = await cleanupBatch(
      statusChange('ABORTED', batch('b1'), { stateMachineArn: other }),
      deps(new LocalGlueCatalog([DB]), log)
    )
    expect(result.skipped).toBe(
      `execution ${MACHINE.replace(':stateMachine:', ':execution:')}:run-1 is of state machine ${other}, not this stack's ${MACHINE}`
    )
    expect(log).toEqual([`nothing to clean: ${result.skipped}`])
    expect(await s3.listKeys(DATA, 'raw/ds/b1/')).toHaveLength(2)
  })

  it.each([
    ['null', null, /^the event is null: CleanupBatch takes /],
    ['a string', 'raw/ds/b1/', /^the event is a string: CleanupBatch takes /],
    [
      'a detail without status',
      { detail: { executionArn: 'arn:x' } },
      /^the event's detail has no status or executionArn: /
    ],
    [
      'a detail that is not an object',
      { detail: 'ABORTED' },
      /^the event's detail has no status or executionArn: /
    ],
    [
      'an input that is not JSON',
      statusChange('ABORTED', '{"bucket":'),
      /^execution .*:run-1 ended ABORTED but its input is missing or not JSON: /
    ],
    [
      'no input',
      statusChange('TIMED_OUT', undefined, { input: null }),
      /^execution .*:run-1 ended TIMED_OUT but its input is missing or not JSON: /
    ]
  ])('fails clearly on a malformed event (%s)', async (_what, event, message) => {
    await leftovers('b1')
    const err = await cleanupBatch(event as CleanupEvent, deps(new LocalGlueCatalog([DB]), [])).then(
      () => undefined,
      (e: unknown) => e as PipelineError
    )
    expect(err).toBeInstanceOf(PipelineError)
    expect(err!.name).toBe('InvalidInput')
    expect(err!.message).toMatch(message)
    expect(await s3.listKeys(DATA, 'raw/ds/b1/')).toHaveLength(2)
  })
})

describe('the CleanupBatch Lambda handler', () => {
  it("cleans an aborted execution's batch with CleanupFunction's environment from infra/template.yaml", async () => {
    await leftovers('b1')
    const names: Record<string, string> = { DataBucket: DATA, TargetBucket: TARGET, GlueDatabase: DB }
    const env = resolveValue(
      (readTemplate().Resources.CleanupFunction!.Properties!.Environment as { Variables: unknown }).Variables,
      {
        parameters: { DatasetName: 'ds', OutputMode: 'replace', 'AWS::StackName': 'local' },
        ref: id => names[id] ?? `local-${id}`,
        getAtt: (id, attribute) => `${id}.${attribute}`
      }
    ) as NodeJS.ProcessEnv
    const log: string[] = []
    const handler = createCleanupHandler({
      s3: s3.client,
      glue: new LocalGlueCatalog([DB]),
      env,
      log: l => log.push(l)
    })

    expect(await handler(statusChange('ABORTED', batch('b1')))).toEqual({
      rawObjectsRemoved: 2,
      outputObjectsRemoved: 1,
      outputKept: false
    })
    expect(await handler(statusChange('ABORTED', batch('b1', 'other')))).toMatchObject({
      skipped: "batch other/b1 is not of this stack's dataset ds"
    })
    expect(log).toHaveLength(2)
  })
})
