/**
 * runJob between Settings and the jobs: which command goes where, what `progress` holds when a job throws, and which
 * failures reach the stack's notification topic. S3 is a local server (fauxqs), CloudFormation and SNS one small
 * query-protocol server (AWS_ENDPOINT_URL_*), Step Functions mocked. The action door (main-pipeline.itg) covers the
 * outputs and summaries a user sees; this covers the decisions runJob itself makes.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeExecutionCommand,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StateMachineDoesNotExist
} from '@aws-sdk/client-sfn'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JobProgress, runJob } from '../../src/jobs/run-job.js'
import { parseSettings } from '../../src/settings/settings.js'
import { testJobContext } from '../helpers/job-context.js'
import { testKeyPair } from '../helpers/keys.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const BUCKET = 'run-job-landing'
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:cleanrooms-notifications'
const sfnMock = mockClient(SFNClient)
let s3: LocalS3
let query: { endpoint: string; calls: URLSearchParams[]; publishStatus: number; stop: () => Promise<void> }
let workspace: string

const STACK = `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member>
  <StackName>cleanrooms</StackName><StackStatus>UPDATE_COMPLETE</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime>
  <Outputs>
    <member><OutputKey>DataBucketName</OutputKey><OutputValue>${BUCKET}</OutputValue></member>
    <member><OutputKey>StateMachineArn</OutputKey><OutputValue>${SM}</OutputValue></member>
    <member><OutputKey>NotificationTopicArn</OutputKey><OutputValue>${TOPIC}</OutputValue></member>
  </Outputs></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStacksResponse>`
const PUBLISHED =
  '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>'
const PUBLISH_DENIED =
  '<ErrorResponse><Error><Type>Sender</Type><Code>AuthorizationError</Code><Message>not authorized to publish</Message></Error><RequestId>r</RequestId></ErrorResponse>'

/** CloudFormation DescribeStacks and SNS Publish (both form-encoded POST, XML answers), recorded. */
async function startQueryServer(): Promise<typeof query> {
  const q = { endpoint: '', calls: [] as URLSearchParams[], publishStatus: 200, stop: async () => {} }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
      q.calls.push(params)
      const publish = params.get('Action') === 'Publish'
      const status = publish ? q.publishStatus : 200
      const body = !publish ? STACK : status === 200 ? PUBLISHED : PUBLISH_DENIED
      res.writeHead(status, { 'content-type': 'text/xml' }).end(body)
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  q.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  q.stop = () => new Promise<void>(resolve => server.close(() => resolve()))
  return q
}

const published = () => query.calls.filter(p => p.get('Action') === 'Publish')
/** The `error` message attribute of each published failure (CleanroomsConnect.UploadFailed / StartFailed). */
const publishedErrors = () =>
  published().map(p => {
    for (let i = 1; p.get(`MessageAttributes.entry.${i}.Name`); i++)
      if (p.get(`MessageAttributes.entry.${i}.Name`) === 'error')
        return p.get(`MessageAttributes.entry.${i}.Value.StringValue`)
    return undefined
  })

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'test'
  process.env.AWS_SECRET_ACCESS_KEY ??= 'test'
  s3 = await startS3([BUCKET])
  query = await startQueryServer()
  process.env.AWS_ENDPOINT_URL_CLOUDFORMATION = query.endpoint
  process.env.AWS_ENDPOINT_URL_SNS = query.endpoint
  workspace = mkdtempSync(path.join(tmpdir(), 'run-job-'))
  mkdirSync(path.join(workspace, 'exports'))
  writeFileSync(path.join(workspace, 'exports', 'customers.csv'), 'id,email\n1,a@example.com\n')
  writeFileSync(path.join(workspace, 'pipeline.asc'), (await testKeyPair('pipeline')).publicArmored)
}, 30_000)

afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_CLOUDFORMATION
  delete process.env.AWS_ENDPOINT_URL_SNS
  await query.stop()
  await s3.stop()
  rmSync(workspace, { recursive: true, force: true })
})

beforeEach(() => {
  sfnMock.reset()
  query.calls.length = 0
  query.publishStatus = 200
})

function settings(inputs: Record<string, string>) {
  return parseSettings(
    {
      command: 'run',
      'aws-region': 'us-east-1',
      'stack-name': 'cleanrooms',
      'endpoint-url': s3.endpoint,
      dataset: 'customers',
      files: 'exports/*.csv',
      recipient: 'pipeline.asc',
      ...inputs
    },
    {}
  )
}

async function job(inputs: Record<string, string>, signal?: AbortSignal) {
  const recorded = testJobContext({ cwd: workspace, signal })
  const progress = new JobProgress()
  const run = runJob(settings(inputs), recorded.ctx, progress)
  const outcome = await run.then(
    result => ({ result, error: undefined }),
    (error: unknown) => ({ result: undefined, error: error as Error })
  )
  return { ...outcome, progress, ...recorded }
}

describe('JobProgress', () => {
  it('merges outputs and joins summary sections, skipping empty ones', () => {
    const p = new JobProgress()
    p.set({ 'batch-id': 'b-1' })
    p.set({ manifest: 's3://b/m', 'batch-id': 'b-2' })
    p.addSummary('')
    p.addSummary('## Upload')
    p.addSummary('')
    p.addSummary('## Pipeline')
    expect(p.outputs).toEqual({ 'batch-id': 'b-2', manifest: 's3://b/m' })
    expect(p.summary).toBe('## Upload\n## Pipeline')
  })
})

describe('runJob: dispatch', () => {
  it('validate needs no AWS at all: no region, no stack call, progress untouched', async () => {
    writeFileSync(
      path.join(workspace, 'lower.json'),
      JSON.stringify([{ Action: { Operation: 'LOWER_CASE', Parameters: { sourceColumn: 'email' } } }])
    )
    const recorded = testJobContext({ cwd: workspace, env: {} })
    const progress = new JobProgress()
    const s = parseSettings({ command: 'validate', recipes: 'lower.json', 'stack-name': 'cleanrooms' }, {})
    const result = await runJob(s, recorded.ctx, progress)
    expect(result.outputs).toEqual({ status: 'valid' })
    expect(query.calls).toEqual([])
    expect(progress.outputs).toEqual({})
  })

  it('start --dry-run checks the batch and starts nothing', async () => {
    const up = await job({ command: 'upload', 'batch-id': 'dry-1' })
    expect(up.error).toBeUndefined()
    const { result, logs } = await job({ command: 'start', 'batch-id': 'dry-1', 'dry-run': 'true' })
    const manifest = `s3://${BUCKET}/landing/customers/dry-1/_manifest.json`
    expect(result?.outputs).toEqual({
      'batch-id': 'dry-1',
      'batch-uri': `s3://${BUCKET}/landing/customers/dry-1/`,
      manifest,
      status: 'dry-run'
    })
    expect(logs).toContain(`dry run: would start ${SM} for ${manifest}`)
    expect(sfnMock.commandCalls(StartExecutionCommand)).toHaveLength(0)
  })
})

describe('runJob: a failure before the pipeline is published, once, with its stage', () => {
  it('run: the upload completed and the start failed → StartFailed, and progress keeps the batch', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .rejects(new StateMachineDoesNotExist({ message: 'gone', $metadata: {} }))
    const { error, progress } = await job({ 'batch-id': 'start-fails-1' })
    expect(error?.message).toMatch(/^state machine .* does not exist/)
    expect(publishedErrors()).toEqual(['CleanroomsConnect.StartFailed'])
    expect(progress.outputs).toMatchObject({
      'batch-id': 'start-fails-1',
      manifest: `s3://${BUCKET}/landing/customers/start-fails-1/_manifest.json`,
      status: 'uploaded'
    })
  })

  it('start: a batch that is not there → StartFailed with the batch id, and no batch outputs', async () => {
    const { error, progress } = await job({ command: 'start', 'batch-id': 'never-1' })
    expect(error?.message).toMatch(/^batch never-1 has no manifest at /)
    expect(publishedErrors()).toEqual(['CleanroomsConnect.StartFailed'])
    expect(progress.outputs).toEqual({ 'batch-id': 'never-1' })
  })

  it('a topic that refuses the publish costs a warning; the job fails with its own error', async () => {
    query.publishStatus = 403
    const { error, warnings } = await job({ command: 'start', 'batch-id': 'never-2' })
    expect(error?.message).toMatch(/^batch never-2 has no manifest at /)
    expect(warnings).toEqual([
      expect.stringMatching(/^could not publish the failure: SNS Publish on .*: access denied .*sns:Publish/)
    ])
  })

  it('not after the execution started: the pipeline reports its own failures', async () => {
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: `${SM}:exec`, startDate: new Date(0) })
    sfnMock.on(DescribeExecutionCommand).rejects(
      new SFNServiceException({
        name: 'AccessDeniedException',
        $fault: 'client',
        message: 'not authorized',
        $metadata: { httpStatusCode: 400 }
      })
    )
    const { error, progress } = await job({ 'batch-id': 'describe-fails-1' })
    expect(error?.message).toMatch(/DescribeExecution/)
    expect(progress.outputs['execution-arn']).toBe(`${SM}:exec`)
    expect(published()).toEqual([])
  })

  it('not when the job was cancelled: a cancel is nobody’s failure', async () => {
    const controller = new AbortController()
    controller.abort(new Error('cancelled (SIGINT)'))
    const { error } = await job({ 'batch-id': 'cancelled-1' }, controller.signal)
    expect(error).toBeDefined()
    expect(published()).toEqual([])
    expect(await s3.listKeys(BUCKET, 'landing/customers/cancelled-1/')).toEqual([])
  })
})
