/**
 * StartScheduledBatch against a real local S3 server (fauxqs), Step Functions through aws-sdk-client-mock: the oldest
 * complete batch that no execution has run is started exactly as the action starts it; batches already run are
 * skipped; a running one ends the call; an empty landing/ is "nothing new".
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { DescribeExecutionCommand, SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn'
import { mockClient } from 'aws-sdk-client-mock'
import { startScheduledBatch } from '../../src/lambdas/start-scheduled.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:pipeline'
const sfnMock = mockClient(SFNClient)
const sfn = new SFNClient({ region: 'us-east-1' })
let s3: LocalS3

beforeAll(async () => {
  s3 = await startS3(['data', 'empty'])
})
afterAll(async () => s3.stop())
beforeEach(() => {
  sfnMock.reset()
})

const deps = (bucket = 'data') => ({
  s3: s3.client,
  sfn,
  bucket,
  dataset: 'customers',
  landingPrefix: 'landing/',
  stateMachineArn: SM
})

async function put(key: string) {
  await s3.client.send(new PutObjectCommand({ Bucket: 'data', Key: key, Body: 'x' }))
  // LastModified has a one-second resolution: keep the batches apart in time.
  await new Promise(r => setTimeout(r, 1100))
}

function alreadyExists(): Error {
  return Object.assign(new Error('Execution Already Exists'), { name: 'ExecutionAlreadyExists' })
}

describe('startScheduledBatch', () => {
  it('ends with nothing new when landing/ holds no complete batch', async () => {
    expect(await startScheduledBatch(deps('empty'))).toEqual({ status: 'nothing-new', skipped: [] })
    expect(sfnMock.commandCalls(StartExecutionCommand)).toHaveLength(0)
  })

  it("starts the oldest complete batch with the action's name and input, skipping ones already run", async () => {
    await put('landing/customers/b-old/_manifest.json')
    await put('landing/customers/b-mid/_manifest.json')
    await put('landing/customers/b-new/_manifest.json')
    await put('landing/customers/b-partial/data.csv.gz.pgp') // no manifest: an upload in progress
    await put('landing/orders/b-other/_manifest.json') // another dataset
    sfnMock
      .on(StartExecutionCommand, { name: 'customers-b-old' })
      .rejects(alreadyExists())
      .on(StartExecutionCommand, { name: 'customers-b-mid' })
      .resolves({ executionArn: `${SM.replace(':stateMachine:', ':execution:')}:customers-b-mid` })
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'FAILED' })
    const r = await startScheduledBatch(deps())
    expect(r).toEqual({
      status: 'started',
      batchId: 'b-mid',
      executionArn: 'arn:aws:states:us-east-1:123456789012:execution:pipeline:customers-b-mid',
      skipped: ['b-old']
    })
    const started = sfnMock.commandCalls(StartExecutionCommand).map(c => c.args[0].input)
    expect(started.map(i => i.name)).toEqual(['customers-b-old', 'customers-b-mid'])
    // The same text the action sends, field order included, so Step Functions' idempotency matches.
    expect(started[1]!.input).toBe(
      JSON.stringify({
        bucket: 'data',
        manifestKey: 'landing/customers/b-mid/_manifest.json',
        dataset: 'customers',
        batchId: 'b-mid'
      })
    )
    expect(sfnMock.commandCalls(DescribeExecutionCommand)[0]!.args[0].input.executionArn).toBe(
      'arn:aws:states:us-east-1:123456789012:execution:pipeline:customers-b-old'
    )
  })

  it('starts nothing while the oldest unprocessed batch is still running', async () => {
    sfnMock.on(StartExecutionCommand).rejects(alreadyExists())
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' })
    const r = await startScheduledBatch(deps())
    expect(r).toMatchObject({ status: 'running', batchId: 'b-old', skipped: [] })
    expect(sfnMock.commandCalls(StartExecutionCommand)).toHaveLength(1)
  })

  it('says nothing new when every complete batch already ran', async () => {
    sfnMock.on(StartExecutionCommand).rejects(alreadyExists())
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'SUCCEEDED' })
    expect(await startScheduledBatch(deps())).toEqual({
      status: 'nothing-new',
      skipped: ['b-old', 'b-mid', 'b-new']
    })
  })

  it('passes other Step Functions errors on', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }))
    await expect(startScheduledBatch(deps())).rejects.toMatchObject({ name: 'AccessDeniedException' })
  })
})
