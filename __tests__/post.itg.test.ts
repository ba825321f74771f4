/**
 * The action's post step against a local S3 server behind a recording proxy (Step Functions mocked): it removes a
 * batch the main step left without a manifest, leaves a complete one alone, stops an execution a cancelled main step
 * was waiting for, and makes no AWS call at all when there is nothing to do.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import { SFNClient, StopExecutionCommand } from '@aws-sdk/client-sfn'
import { mockClient } from 'aws-sdk-client-mock'
import { post } from '../src/post.js'
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js'
import { startS3, type LocalS3 } from './helpers/s3-server.js'
import { fakeRunner, type FakeRunner } from './helpers/action-runner.js'

const BUCKET = 'cleanrooms-landing'
const EXECUTION = 'arn:aws:states:us-east-1:123456789012:execution:cleanrooms-pipeline:x'
let s3: LocalS3
let proxy: FaultProxy
const sfnMock = mockClient(SFNClient)

/** The post step's runner: no inputs, only what the main step saved. */
function runner(state: Record<string, unknown>): FakeRunner {
  const saved = new Map(
    Object.entries(state).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])
  )
  return fakeRunner({
    inputs: {},
    workspace: '/nonexistent',
    env: { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' },
    state: saved
  })
}

const aws = () => ({
  region: 'us-east-1',
  audience: 'sts.amazonaws.com',
  roleDurationSeconds: 3600,
  endpointUrl: proxy.endpoint
})

async function put(key: string, body = 'x'): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }))
}

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'test'
  process.env.AWS_SECRET_ACCESS_KEY ??= 'test'
  s3 = await startS3([BUCKET])
  proxy = await startFaultProxy(s3.endpoint)
})

afterAll(async () => {
  await proxy.stop()
  await s3.stop()
})

beforeEach(() => {
  sfnMock.reset()
  proxy.requests.length = 0
  proxy.rules.length = 0
})

describe('action post step', () => {
  it('removes a batch the main step left without a manifest, and only that batch', async () => {
    const prefix = 'landing/customers/killed-1/'
    await put(`${prefix}exports/customers.csv.gz.pgp`)
    await put(`${prefix}exports/orders.csv.gz.pgp`)
    await put('landing/customers/killed-10/exports/customers.csv.gz.pgp')
    const io = runner({ aws: aws(), batch: { bucket: BUCKET, prefix, complete: false } })
    await post(io)
    expect(await s3.listKeys(BUCKET, prefix)).toEqual([])
    expect(await s3.listKeys(BUCKET, 'landing/customers/killed-10/')).toHaveLength(1)
    expect(io.logs[0]).toBe(`main step ended before batch s3://${BUCKET}/${prefix} was complete: removing it`)
    expect(io.logs.join('\n')).toMatch(
      /removed 2 object\(s\) and 0 multipart upload\(s\) of incomplete batch/
    )
    expect(io.warnings).toEqual([])
    expect(io.failed).toBeUndefined()
  })

  it('leaves a batch alone that got its manifest before the main step died', async () => {
    const prefix = 'landing/customers/late-1/'
    await put(`${prefix}exports/customers.csv.gz.pgp`)
    const manifest = JSON.stringify({
      version: 1,
      dataset: 'customers',
      batchId: 'late-1',
      createdAt: new Date(0).toISOString(),
      compression: 'gzip',
      encryption: { format: 'openpgp', aead: false, recipients: ['FP'] },
      objects: [
        {
          key: `${prefix}exports/customers.csv.gz.pgp`,
          originalName: 'exports/customers.csv',
          plaintextSize: 1,
          plaintextSha256: 'a'.repeat(64),
          storedSize: 1,
          compression: 'gzip'
        }
      ],
      totals: { objects: 1, plaintextBytes: 1, storedBytes: 1 }
    })
    await put(`${prefix}_manifest.json`, manifest)
    const io = runner({ aws: aws(), batch: { bucket: BUCKET, prefix, complete: false } })
    await post(io)
    expect(await s3.listKeys(BUCKET, prefix)).toEqual([
      `${prefix}_manifest.json`,
      `${prefix}exports/customers.csv.gz.pgp`
    ])
    expect(proxy.requests.filter(r => r.method !== 'GET')).toEqual([])
    expect(io.logs.join('\n')).toContain('is complete; nothing to clean up')
  })

  it('makes no AWS call when there is no state, or after a normal run', async () => {
    for (const state of [
      {},
      { finished: 'true' },
      {
        aws: aws(),
        batch: { bucket: BUCKET, prefix: 'landing/customers/ok-1/', complete: true },
        finished: 'true'
      },
      { batch: { bucket: BUCKET, prefix: 'landing/customers/no-aws/', complete: false } }
    ]) {
      const io = runner(state)
      await post(io)
      expect(io.logs).toEqual([])
      expect(io.warnings).toEqual([])
    }
    expect(proxy.requests).toEqual([])
    expect(sfnMock.calls()).toHaveLength(0)
  })

  it('stops the execution a cancelled main step was waiting for', async () => {
    sfnMock.on(StopExecutionCommand).resolves({ stopDate: new Date() })
    const io = runner({ aws: aws(), execution: { executionArn: EXECUTION, finished: false } })
    await post(io)
    const calls = sfnMock.commandCalls(StopExecutionCommand)
    expect(calls).toHaveLength(1)
    expect(calls[0]!.args[0].input).toMatchObject({
      executionArn: EXECUTION,
      error: 'CleanroomsConnect.Cancelled'
    })
    expect(proxy.requests).toEqual([])
  })

  it('warns instead of failing when S3 refuses the cleanup', async () => {
    proxy.rules.push({ method: 'GET', path: /./, fault: 'status500', times: Infinity })
    const prefix = 'landing/customers/broken-1/'
    const io = runner({ aws: aws(), batch: { bucket: BUCKET, prefix, complete: false } })
    await post(io)
    expect(io.warnings).toHaveLength(1)
    expect(io.warnings[0]).toMatch(/^post step could not clean up: /)
    expect(io.failed).toBeUndefined()
  })
})
