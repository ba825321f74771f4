/**
 * The action's `run` and `start` as the runner drives them, against a local S3 server and a small real Step Functions
 * endpoint (helpers/fake-sfn.ts, reached through AWS_ENDPOINT_URL_SFN as on a runner): which endpoint each service
 * uses, the outputs and summary in every outcome, cancel during the wait, and errors that name the call.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../src/main.js'
import { post } from '../src/post.js'
import { fakeRunner } from './helpers/action-runner.js'
import { codeSpans, renderSummary, visibleText } from './helpers/markdown.js'
import { epoch, startFakeSfn, type FakeSfn } from './helpers/fake-sfn.js'
import { startS3, type LocalS3 } from './helpers/s3-server.js'
import { testKeyPair } from './helpers/keys.js'

const BUCKET = 'cleanrooms-landing'
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
const EXEC_PREFIX = SM.replace(':stateMachine:', ':execution:')
let s3: LocalS3
let sfn: FakeSfn
let workspace: string

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID = 'test'
  process.env.AWS_SECRET_ACCESS_KEY = 'test'
  s3 = await startS3([BUCKET])
  sfn = await startFakeSfn()
  process.env.AWS_ENDPOINT_URL_SFN = sfn.endpoint
  workspace = mkdtempSync(path.join(tmpdir(), 'workspace-'))
  mkdirSync(path.join(workspace, 'exports'))
  writeFileSync(path.join(workspace, 'exports', 'customers.csv'), 'id,email\n1,a@example.com\n')
  const k = await testKeyPair('p')
  writeFileSync(path.join(workspace, 'pipeline.asc'), k.publicArmored)
}, 30_000)

afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_SFN
  await sfn.stop()
  await s3.stop()
  rmSync(workspace, { recursive: true, force: true })
})

beforeEach(() => {
  sfn.calls.length = 0
  for (const k of Object.keys(sfn.handlers)) delete sfn.handlers[k]
})

afterEach(() => {
  sfn.calls.length = 0
})

const inputs = (extra: Record<string, string>) => ({
  command: 'run',
  'endpoint-url': s3.endpoint,
  bucket: BUCKET,
  dataset: 'customers',
  files: 'exports/*.csv',
  recipient: 'pipeline.asc',
  'state-machine-arn': SM,
  ...extra
})

function succeedingPipeline(): void {
  sfn.handlers.StartExecution = input => ({
    executionArn: `${EXEC_PREFIX}:${String(input.name)}`,
    startDate: epoch(0)
  })
  sfn.handlers.DescribeExecution = input => ({
    executionArn: input.executionArn,
    stateMachineArn: SM,
    status: 'SUCCEEDED',
    startDate: epoch(0),
    stopDate: epoch(90_000)
  })
}

describe('endpoint-url applies to S3 only', () => {
  it('sends Step Functions calls to the SDK-resolved endpoint, not to the S3 server', async () => {
    succeedingPipeline()
    const io = fakeRunner({ inputs: inputs({ 'batch-id': 'endpoints-1' }), workspace })
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.outputs.status).toBe('SUCCEEDED')
    // (then the history for the summary, which this fake does not serve: the step still succeeds)
    expect(sfn.calls.slice(0, 2).map(c => c.action)).toEqual(['StartExecution', 'DescribeExecution'])
    expect(io.warnings.join('\n')).toMatch(
      /no timeline in the summary: Step Functions GetExecutionHistory on /
    )
    expect(sfn.calls[0]!.input).toMatchObject({ stateMachineArn: SM, name: 'customers-endpoints-1' })
    expect(await s3.listKeys(BUCKET, 'landing/customers/endpoints-1/')).toContain(
      'landing/customers/endpoints-1/_manifest.json'
    )
  })
})

describe('outputs and summary in every outcome', () => {
  it('keeps the complete batch in the outputs and the summary when the pipeline cannot start', async () => {
    sfn.handlers.StartExecution = () => ({
      error: { status: 400, type: 'AccessDeniedException', message: 'not authorized to StartExecution' }
    })
    const io = fakeRunner({ inputs: inputs({ 'batch-id': 'nostart-1' }), workspace })
    await run(io)
    expect(io.failed).toMatch(/states:StartExecution/)
    expect(io.outputs).toMatchObject({
      'batch-id': 'nostart-1',
      'batch-uri': `s3://${BUCKET}/landing/customers/nostart-1/`,
      manifest: `s3://${BUCKET}/landing/customers/nostart-1/_manifest.json`,
      files: '1',
      status: 'uploaded'
    })
    expect(io.outputs['execution-arn']).toBeUndefined()
    const html = renderSummary(io.summary)
    expect(visibleText(html)).toContain('Batch nostart-1 of dataset customers uploaded')
    expect(visibleText(html)).toContain('run failed')
    expect(codeSpans(html)).toContain('batch-id: nostart-1')
    expect(codeSpans(html)).toContain(`s3://${BUCKET}/landing/customers/nostart-1/_manifest.json`)
  })

  it('reports the execution-arn when waiting fails after the start', async () => {
    sfn.handlers.StartExecution = input => ({ executionArn: `${EXEC_PREFIX}:${String(input.name)}` })
    sfn.handlers.DescribeExecution = () => ({
      error: { status: 400, type: 'AccessDeniedException', message: 'not authorized to DescribeExecution' }
    })
    const io = fakeRunner({ inputs: inputs({ 'batch-id': 'nodescribe-1' }), workspace })
    await run(io)
    expect(io.failed).toBeDefined()
    expect(io.outputs['execution-arn']).toBe(`${EXEC_PREFIX}:customers-nodescribe-1`)
    expect(io.outputs.manifest).toBe(`s3://${BUCKET}/landing/customers/nodescribe-1/_manifest.json`)
    expect(codeSpans(renderSummary(io.summary))).toContain(`${EXEC_PREFIX}:customers-nodescribe-1`)
  })

  it('dry-run: a summary of what would be uploaded, and no batch-uri or manifest output', async () => {
    const io = fakeRunner({ inputs: inputs({ 'batch-id': 'dry-1', 'dry-run': 'true' }), workspace })
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toEqual({ 'batch-id': 'dry-1', files: '1', bytes: '25', status: 'dry-run' })
    const text = visibleText(renderSummary(io.summary))
    expect(text).toContain('Dry run: batch dry-1 of dataset customers not uploaded')
    expect(text).toContain('exports/customers.csv')
    expect(await s3.listKeys(BUCKET, 'landing/customers/dry-1/')).toEqual([])
    expect(sfn.calls).toEqual([])
  })

  it('an empty match: status empty, a summary that says what was looked for, no batch outputs', async () => {
    const io = fakeRunner({
      inputs: inputs({ files: 'exports/*.parquet', 'fail-on-empty': 'false' }),
      workspace
    })
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toEqual({ files: '0', bytes: '0', status: 'empty' })
    const html = renderSummary(io.summary)
    expect(visibleText(html)).toContain('No files for dataset customers: nothing uploaded')
    expect(codeSpans(html)).toContain('exports/*.parquet')
    expect(sfn.calls).toEqual([])
  })
})

describe('AWS failures name the call, the resource and what to check', () => {
  async function forbiddenServer(): Promise<{ endpoint: string; stop: () => Promise<void> }> {
    // S3 answers a HEAD it refuses with 403 and no body, which the SDK can only call UnknownError.
    const server = createServer((_req, res) => res.writeHead(403).end())
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    return {
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      stop: () => new Promise<void>(resolve => server.close(() => resolve()))
    }
  }

  it('start: a 403 on the manifest names it, says missing or not allowed, and the permissions to check', async () => {
    const forbidden = await forbiddenServer()
    try {
      const io = fakeRunner({
        inputs: inputs({ command: 'start', 'batch-id': 'b-1', 'endpoint-url': forbidden.endpoint }),
        workspace
      })
      await run(io)
      // The role's ListBucket is prefix-scoped, so AWS answers a missing manifest with 403 too: readManifest lists the
      // key to tell them apart, and here the listing is refused as well.
      expect(io.failed).toBe(
        `s3://${BUCKET}/landing/customers/b-1/_manifest.json is missing or not allowed (403; S3 answers 403 for a missing object when the role may not list the bucket): ` +
          `check that the batch exists, and that the role has s3:GetObject on it and s3:ListBucket for prefix landing/customers/b-1/`
      )
      expect(io.outputs).toEqual({ 'batch-id': 'b-1' })
    } finally {
      await forbidden.stop()
    }
  })

  it('an unreachable Step Functions endpoint names the service, the call and the address', async () => {
    process.env.AWS_ENDPOINT_URL_SFN = 'http://127.0.0.1:9'
    try {
      const io = fakeRunner({ inputs: inputs({ 'batch-id': 'unreachable-1' }), workspace })
      await run(io)
      expect(io.failed).toMatch(
        new RegExp(
          `^Step Functions StartExecution on ${SM} failed: could not reach the Step Functions endpoint \\(127\\.0\\.0\\.1:9\\): ECONNREFUSED: check the network`
        )
      )
      expect(io.outputs.manifest).toBe(`s3://${BUCKET}/landing/customers/unreachable-1/_manifest.json`)
    } finally {
      process.env.AWS_ENDPOINT_URL_SFN = sfn.endpoint
    }
  }, 30_000)
})

describe('reusing a complete batch', () => {
  const upload = (extra: Record<string, string>) =>
    fakeRunner({ inputs: inputs({ command: 'upload', 'batch-id': 'reuse-1', ...extra }), workspace })

  it('reuses only with the same recipients, compression and AEAD, and reports what S3 holds', async () => {
    const first = upload({})
    await run(first)
    expect(first.outputs.status).toBe('uploaded')
    const fingerprint = codeSpans(renderSummary(first.summary)).find(c => /^[0-9A-F]{40}$/i.test(c))!
    expect(fingerprint).toBeDefined()

    const other = await testKeyPair('other')
    writeFileSync(path.join(workspace, 'other.asc'), other.publicArmored)
    for (const [extra, differs] of [
      [{ compression: 'none' }, /a different compression \(in S3: gzip; now: none\)/],
      [{ aead: 'true' }, /a different aead \(in S3: false; now: true\)/],
      [
        { recipient: 'other.asc' },
        new RegExp(`a different recipients \\(in S3: ${fingerprint.toUpperCase()}; now: [0-9A-F]{40}\\)`)
      ]
    ] as const) {
      const io = upload(extra)
      await run(io)
      expect(io.failed).toMatch(differs)
      expect(io.failed).toMatch(
        /use a new batch-id \(or a new run attempt\), or re-run with the batch's settings/
      )
      expect(io.outputs.status).toBeUndefined()
    }

    const again = upload({})
    await run(again)
    expect(again.failed).toBeUndefined()
    expect(again.outputs.status).toBe('reused')
    const html = renderSummary(again.summary)
    expect(visibleText(html)).toContain('compression gzip')
    expect(codeSpans(html)).toContain(fingerprint)
    expect(again.logs.filter(l => /already complete/.test(l))).toHaveLength(1)
  })
})

describe('cancel while waiting for the pipeline', () => {
  function runningPipeline(): void {
    sfn.handlers.StartExecution = input => ({ executionArn: `${EXEC_PREFIX}:${String(input.name)}` })
    sfn.handlers.DescribeExecution = input => ({
      executionArn: input.executionArn,
      stateMachineArn: SM,
      status: 'RUNNING',
      startDate: epoch(0)
    })
  }

  /** Runs main and aborts it (as the runner's SIGINT does) shortly after the first poll. */
  async function runAndCancel(extra: Record<string, string>) {
    const controller = new AbortController()
    const io = fakeRunner({ inputs: inputs(extra), workspace })
    let abortedAt = 0
    const poll = sfn.handlers.DescribeExecution!
    sfn.handlers.DescribeExecution = (input, n) => {
      if (n === 0)
        setTimeout(() => {
          abortedAt = Date.now()
          controller.abort(new Error('cancelled (SIGINT)'))
        }, 300)
      return poll(input, n)
    }
    await run(io, controller.signal)
    return { io, endedAfterAbortMs: Date.now() - abortedAt }
  }

  it('stops the execution within 5 s and reports a cancel, not a timeout', async () => {
    runningPipeline()
    sfn.handlers.StopExecution = () => ({ stopDate: epoch(1) })
    const { io, endedAfterAbortMs } = await runAndCancel({ 'batch-id': 'cancel-1' })
    expect(endedAfterAbortMs).toBeLessThan(2_000)
    const arn = `${EXEC_PREFIX}:customers-cancel-1`
    expect(io.failed).toBe(
      `cancelled while waiting for pipeline execution ${arn}: stopped it (stop-on-cancel)`
    )
    expect(sfn.calls.filter(c => c.action === 'StopExecution').map(c => c.input)).toEqual([
      { executionArn: arn, error: 'CleanroomsConnect.Cancelled', cause: expect.stringContaining('cancelled') }
    ])
    expect(io.outputs).toMatchObject({ 'execution-arn': arn, status: 'ABORTED' })
    expect(visibleText(renderSummary(io.summary))).toContain('Pipeline stopped: the job was cancelled')
    expect(JSON.parse(io.state.get('execution')!)).toMatchObject({ finished: true })

    // The post step has nothing left to do.
    sfn.calls.length = 0
    const postIo = fakeRunner({ inputs: {}, workspace, state: io.state })
    await post(postIo)
    expect(sfn.calls).toEqual([])
  })

  it('stop-on-cancel: false leaves the execution running, and so does the post step', async () => {
    runningPipeline()
    const { io, endedAfterAbortMs } = await runAndCancel({
      'batch-id': 'cancel-2',
      'stop-on-cancel': 'false'
    })
    expect(endedAfterAbortMs).toBeLessThan(2_000)
    expect(io.failed).toMatch(
      /^cancelled while waiting for pipeline execution .*: it is still RUNNING in AWS/
    )
    expect(io.outputs.status).toBe('RUNNING')
    const postIo = fakeRunner({ inputs: {}, workspace, state: io.state })
    await post(postIo)
    expect(sfn.calls.filter(c => c.action === 'StopExecution')).toEqual([])
  })

  it('wait: false is never stopped by the post step, even when a cancel lands after the start', async () => {
    runningPipeline()
    sfn.handlers.StopExecution = () => ({ stopDate: epoch(1) })
    const io = fakeRunner({ inputs: inputs({ 'batch-id': 'nowait-1', wait: 'false' }), workspace })
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.outputs.status).toBe('RUNNING')
    io.state.delete('finished') // as if the runner cancelled the job right after the start
    await post(fakeRunner({ inputs: {}, workspace, state: io.state }))
    expect(sfn.calls.filter(c => c.action === 'StopExecution')).toEqual([])
  })

  it('leaves the post step able to stop the execution when main could not', async () => {
    runningPipeline()
    sfn.handlers.StopExecution = (_input, n) =>
      n === 0
        ? { error: { status: 400, type: 'AccessDeniedException', message: 'throttled by a test' } }
        : { stopDate: epoch(1) }
    const { io } = await runAndCancel({ 'batch-id': 'cancel-3' })
    expect(io.warnings.join('\n')).toMatch(/StopExecution .* failed .*: the post step tries again/)
    expect(io.state.get('finished')).toBeUndefined()
    expect(JSON.parse(io.state.get('execution')!)).toMatchObject({ finished: false, stopOnCancel: true })
    const postIo = fakeRunner({ inputs: {}, workspace, state: io.state })
    await post(postIo)
    expect(sfn.calls.filter(c => c.action === 'StopExecution')).toHaveLength(2)
    expect(postIo.logs).toContain(`stopped ${EXEC_PREFIX}:customers-cancel-3`)
    expect(postIo.logs.join('\n')).not.toMatch(/[{}]/)
  })
})

describe('OIDC trust-policy errors', () => {
  it("print the token's real sub and aud, not a guess from GITHUB_REF", async () => {
    const sts = createServer((req, res) => {
      req.resume()
      req.on('end', () =>
        res
          .writeHead(403, { 'content-type': 'text/xml' })
          .end(
            '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type>' +
              '<Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message>' +
              '</Error><RequestId>r-1</RequestId></ErrorResponse>'
          )
      )
    })
    await new Promise<void>(resolve => sts.listen(0, '127.0.0.1', resolve))
    process.env.AWS_ENDPOINT_URL_STS = `http://127.0.0.1:${(sts.address() as AddressInfo).port}`
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const token = [
      part({ alg: 'RS256', typ: 'JWT' }),
      part({ sub: 'repo:acme/data:environment:production', aud: 'sts.amazonaws.com', iss: 'x' }),
      'c2lnbmF0dXJl'
    ].join('.')
    try {
      const io = fakeRunner({
        inputs: inputs({
          command: 'upload',
          'batch-id': 'oidc-1',
          'role-to-assume': 'arn:aws:iam::123456789012:role/cleanrooms-ci'
        }),
        workspace,
        env: {
          GITHUB_ACTIONS: 'true',
          ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/token',
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token',
          GITHUB_REPOSITORY: 'acme/data',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_RUN_ID: '1',
          GITHUB_RUN_ATTEMPT: '1'
        }
      })
      io.getIDToken = () => Promise.resolve(token)
      await run(io)
      expect(io.failed).toMatch(
        /^STS refused AssumeRoleWithWebIdentity for arn:aws:iam::123456789012:role\/cleanrooms-ci/
      )
      expect(io.failed).toContain("this job's token presents sub 'repo:acme/data:environment:production'")
      expect(io.failed).toContain("aud is 'sts.amazonaws.com'")
      expect(io.failed).not.toContain('ref:refs/heads/main')
      expect(io.failed).not.toContain(token)
    } finally {
      delete process.env.AWS_ENDPOINT_URL_STS
      await new Promise<void>(resolve => sts.close(() => resolve()))
    }
  })
})

interface QueryCall {
  action: string
  params: URLSearchParams
}

/** CloudFormation and SNS speak the query protocol: form-encoded POST, XML answers. */
async function queryServer(answer: (c: QueryCall) => string) {
  const calls: QueryCall[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const params = new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
      const call = { action: params.get('Action') ?? '', params }
      calls.push(call)
      res.writeHead(200, { 'content-type': 'text/xml' }).end(answer(call))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    calls,
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>(resolve => server.close(() => resolve()))
  }
}

describe('failures before the pipeline reach the stack notification topic', () => {
  const TOPIC = 'arn:aws:sns:us-east-1:123456789012:cleanrooms-notifications'
  const describeStacks = () =>
    `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member>
      <StackName>cleanrooms</StackName><StackStatus>UPDATE_COMPLETE</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime>
      <Outputs>
        <member><OutputKey>DataBucketName</OutputKey><OutputValue>${BUCKET}</OutputValue></member>
        <member><OutputKey>StateMachineArn</OutputKey><OutputValue>${SM}</OutputValue></member>
        <member><OutputKey>NotificationTopicArn</OutputKey><OutputValue>${TOPIC}</OutputValue></member>
      </Outputs></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStacksResponse>`
  const published = () =>
    '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></PublishResponse>'

  function attributes(p: URLSearchParams): Record<string, string> {
    const out: Record<string, string> = {}
    for (let i = 1; p.get(`MessageAttributes.entry.${i}.Name`); i++) {
      out[p.get(`MessageAttributes.entry.${i}.Name`)!] = p.get(
        `MessageAttributes.entry.${i}.Value.StringValue`
      )!
    }
    return out
  }

  it('publishes a start failure with the attributes of NotifyFailure, and not with notify: false', async () => {
    const cfn = await queryServer(describeStacks)
    const sns = await queryServer(published)
    process.env.AWS_ENDPOINT_URL_CLOUDFORMATION = cfn.endpoint
    process.env.AWS_ENDPOINT_URL_SNS = sns.endpoint
    sfn.handlers.StartExecution = () => ({
      error: { status: 400, type: 'StateMachineDoesNotExist', message: 'gone' }
    })
    try {
      const stackInputs = (extra: Record<string, string>) => {
        const i: Record<string, string> = inputs({ 'stack-name': 'cleanrooms', ...extra })
        delete i.bucket
        delete i['state-machine-arn']
        return i
      }
      const io = fakeRunner({ inputs: stackInputs({ 'batch-id': 'notify-1' }), workspace })
      await run(io)
      expect(io.failed).toMatch(/^state machine .* does not exist/)
      expect(sns.calls.map(c => c.action)).toEqual(['Publish'])
      const p = sns.calls[0]!.params
      expect(p.get('TopicArn')).toBe(TOPIC)
      expect(p.get('Subject')).toBe('cleanrooms-connect customers: batch FAILED')
      expect(attributes(p)).toEqual({
        dataset: 'customers',
        batch: 'notify-1',
        status: 'FAILED',
        error: 'CleanroomsConnect.StartFailed',
        cause: io.failed
      })
      expect(JSON.parse(p.get('Message')!)).toMatchObject({ status: 'FAILED', batchId: 'notify-1' })

      const quiet = fakeRunner({
        inputs: stackInputs({ 'batch-id': 'notify-2', notify: 'false' }),
        workspace
      })
      await run(quiet)
      expect(quiet.failed).toBeDefined()
      expect(sns.calls).toHaveLength(1)

      // An upload that fails (here: the recipient key file is missing) is published as UploadFailed.
      const upload = fakeRunner({
        inputs: stackInputs({ command: 'upload', 'batch-id': 'notify-3', recipient: 'missing.asc' }),
        workspace
      })
      await run(upload)
      expect(upload.failed).toMatch(/missing\.asc/)
      expect(sns.calls).toHaveLength(2)
      expect(attributes(sns.calls[1]!.params)).toMatchObject({
        error: 'CleanroomsConnect.UploadFailed',
        cause: upload.failed
      })
    } finally {
      delete process.env.AWS_ENDPOINT_URL_CLOUDFORMATION
      delete process.env.AWS_ENDPOINT_URL_SNS
      await cfn.stop()
      await sns.stop()
    }
  })
})

describe('the run summary: failed state on top, timeline and flowchart', () => {
  const definition = readFileSync('infra/statemachine.asl.json', 'utf8')
  const at = (s: number) => epoch(Date.parse('2026-11-28T10:00:00Z') + s * 1000)
  const ev = (id: number, type: string, s: number, extra: object = {}) => ({
    id,
    previousEventId: id - 1,
    type,
    timestamp: at(s),
    ...extra
  })
  const entered = (name: string) => ({ stateEnteredEventDetails: { name } })
  const exited = (name: string) => ({ stateExitedEventDetails: { name } })
  const failingEvents = [
    ev(1, 'ExecutionStarted', 0),
    ev(2, 'TaskStateEntered', 0, entered('PlanDecrypt')),
    ev(3, 'TaskScheduled', 0),
    ev(4, 'TaskSucceeded', 42),
    ev(5, 'TaskStateExited', 42, exited('PlanDecrypt')),
    ev(6, 'TaskStateEntered', 42, entered('RunDataBrewJob')),
    ev(7, 'TaskScheduled', 42),
    ev(8, 'TaskFailed', 301, {
      taskFailedEventDetails: {
        error: 'DataBrew.JobFailed',
        cause: 'Job run failed: column `customer_id` not found'
      }
    }),
    ev(9, 'TaskStateExited', 301, exited('RunDataBrewJob')),
    ev(10, 'PassStateEntered', 301, entered('PrepareFailure')),
    ev(11, 'PassStateExited', 301, exited('PrepareFailure')),
    ev(12, 'TaskStateEntered', 301, entered('NotifyFailure')),
    ev(13, 'TaskScheduled', 301),
    ev(14, 'TaskSucceeded', 302),
    ev(15, 'TaskStateExited', 302, exited('NotifyFailure')),
    ev(16, 'FailStateEntered', 302, entered('Failed')),
    ev(17, 'ExecutionFailed', 302, {
      executionFailedEventDetails: { error: 'DataBrew.JobFailed', cause: 'see RunDataBrewJob' }
    })
  ]

  function pipeline(status: string, events: object[], output?: object): void {
    sfn.handlers.StartExecution = input => ({ executionArn: `${EXEC_PREFIX}:${String(input.name)}` })
    sfn.handlers.DescribeExecution = input => ({
      executionArn: input.executionArn,
      stateMachineArn: SM,
      status,
      startDate: at(0),
      stopDate: at(302),
      ...(status === 'FAILED' ? { error: 'DataBrew.JobFailed', cause: 'see RunDataBrewJob' } : {}),
      ...(output ? { output: JSON.stringify(output) } : {})
    })
    // Two pages: the timeline needs all of them.
    sfn.handlers.GetExecutionHistory = input =>
      input.reverseOrder
        ? { events: [...events].reverse() }
        : input.nextToken
          ? { events: events.slice(8) }
          : { events: events.slice(0, 8), nextToken: 'page-2' }
    sfn.handlers.DescribeStateMachineForExecution = () => ({
      stateMachineArn: SM,
      name: 'cleanrooms-pipeline',
      definition,
      roleArn: 'arn:aws:iam::123456789012:role/sfn',
      updateDate: at(0)
    })
  }

  it('a failure: the failed state and cause first, a per-state timeline, and a coloured mermaid flowchart', async () => {
    pipeline('FAILED', failingEvents)
    const io = fakeRunner({ inputs: inputs({ 'batch-id': 'timeline-1' }), workspace })
    await run(io)
    expect(io.failed).toMatch(/^pipeline execution FAILED in state RunDataBrewJob \(DataBrew\.JobFailed\)/)
    const history = sfn.calls.filter(c => c.action === 'GetExecutionHistory' && !c.input.reverseOrder)
    expect(history.map(c => c.input.nextToken ?? null)).toEqual([null, 'page-2'])
    const html = renderSummary(io.summary)
    writeFileSync(path.join(tmpdir(), 'cleanrooms-failure-summary.md'), io.summary)
    const pipelineSection = html.slice(html.indexOf('Pipeline FAILED'))
    expect(pipelineSection.indexOf('Failed in state')).toBeLessThan(pipelineSection.indexOf('Timeline'))
    expect(html).toContain(
      '<strong>Failed in state <code>RunDataBrewJob</code></strong>: <code>DataBrew.JobFailed</code>'
    )
    expect(visibleText(html)).toContain('Job run failed: column `customer_id` not found')
    // Timeline rows: state, start, duration, entries, retries, outcome.
    expect(html).toMatch(
      /<td[^>]*><strong>RunDataBrewJob<\/strong><\/td>\s*<td[^>]*>10:00:42<\/td>\s*<td[^>]*>4 min 19 s<\/td>/
    )
    expect(html).toMatch(
      /<td[^>]*>PlanDecrypt<\/td>\s*<td[^>]*>10:00:00<\/td>\s*<td[^>]*>42\.0 s<\/td>\s*<td[^>]*>1<\/td>\s*<td[^>]*>0<\/td>\s*<td[^>]*>✅ succeeded<\/td>/
    )
    const mermaid = (
      /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? ''
    ).replace(/&quot;/g, '"')
    expect(mermaid).toMatch(/^flowchart TD/)
    expect(mermaid).toMatch(/\["RunDataBrewJob"\]:::failed/)
    expect(mermaid).toMatch(/\["PlanDecrypt"\]:::succeeded/)
    expect(mermaid).toMatch(/\["ArchiveBatch"\]:::notrun/)
    expect(Buffer.byteLength(io.summary)).toBeLessThan(1024 * 1024)
  })

  it('a success: the timeline and the flowchart, all green where it ran', async () => {
    const ok = [
      ev(1, 'ExecutionStarted', 0),
      ev(2, 'TaskStateEntered', 0, entered('PlanDecrypt')),
      ev(3, 'TaskScheduled', 0),
      ev(4, 'TaskSucceeded', 42),
      ev(5, 'TaskStateExited', 42, exited('PlanDecrypt')),
      ev(6, 'TaskStateEntered', 42, entered('ArchiveBatch')),
      ev(7, 'TaskScheduled', 42),
      ev(8, 'TaskSucceeded', 50),
      ev(9, 'TaskStateExited', 50, exited('ArchiveBatch')),
      ev(10, 'SucceedStateEntered', 50, entered('Succeeded')),
      ev(11, 'SucceedStateExited', 50, exited('Succeeded')),
      ev(12, 'ExecutionSucceeded', 50)
    ]
    // The state machine's PrepareSuccess summary (infra/statemachine.asl.json), as DescribeExecution returns it.
    pipeline('SUCCEEDED', ok, {
      status: 'SUCCEEDED',
      dataset: 'customers',
      batchId: 'timeline-2',
      decryptedObjects: 2,
      dataBrewRunId: 'db_run_7',
      output: 's3://cleanrooms-output/customers/batch=timeline-2/',
      glueDatabase: 'cleanrooms',
      glueTable: 'customers',
      outputMode: 'append',
      outputObjects: 3,
      archivePrefix: 'archive/customers/timeline-2/',
      archivedObjects: 3,
      execution: `${EXEC_PREFIX}:customers-timeline-2`
    })
    const io = fakeRunner({ inputs: inputs({ 'batch-id': 'timeline-2' }), workspace })
    await run(io)
    expect(io.failed).toBeUndefined()
    // Where the data went: outputs a later step can use, and a section of the summary.
    expect(io.outputs).toMatchObject({
      'output-uri': 's3://cleanrooms-output/customers/batch=timeline-2/',
      'glue-table': 'cleanrooms.customers',
      'archive-uri': `s3://${BUCKET}/archive/customers/timeline-2/`
    })
    const delivered = renderSummary(io.summary)
    expect(delivered).toContain('Where the data went')
    expect(delivered).toMatch(
      />cleanrooms\.customers<\/a> \(append: partition <code>batch=timeline-2<\/code> added\)/
    )
    expect(delivered).toContain(
      '<code>s3://cleanrooms-output/customers/batch=timeline-2/</code> (3 Parquet object(s))'
    )
    writeFileSync(path.join(tmpdir(), 'cleanrooms-success-summary.md'), io.summary)
    const html = renderSummary(io.summary)
    expect(html).not.toContain('Failed in state')
    expect(html).toMatch(/<td[^>]*>ArchiveBatch<\/td>\s*<td[^>]*>10:00:42<\/td>\s*<td[^>]*>8\.0 s<\/td>/)
    expect(html.replace(/&quot;/g, '"')).toMatch(/\["ArchiveBatch"\]:::succeeded/)
  })
})

describe('the run summary: the Clean Rooms configured table the data is behind', () => {
  it('names the configured table and the membership from the stack outputs, with console links and an output', async () => {
    const TABLE_ID = '1c9e3a2b-0000-4000-8000-00000000beef'
    const MEMBERSHIP = '7d1f0e2a-0000-4000-8000-00000000cafe'
    const cfn = await queryServer(
      () => `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/"><DescribeStacksResult><Stacks><member>
      <StackName>cleanrooms</StackName><StackStatus>UPDATE_COMPLETE</StackStatus><CreationTime>2026-01-01T00:00:00Z</CreationTime>
      <Outputs>
        <member><OutputKey>DataBucketName</OutputKey><OutputValue>${BUCKET}</OutputValue></member>
        <member><OutputKey>StateMachineArn</OutputKey><OutputValue>${SM}</OutputValue></member>
        <member><OutputKey>ConfiguredTableId</OutputKey><OutputValue>${TABLE_ID}</OutputValue></member>
        <member><OutputKey>ConfiguredTableAssociationArn</OutputKey><OutputValue>arn:aws:cleanrooms:us-east-1:123456789012:membership/${MEMBERSHIP}/configuredtableassociation/a1</OutputValue></member>
        <member><OutputKey>CleanRoomsMembershipId</OutputKey><OutputValue>${MEMBERSHIP}</OutputValue></member>
      </Outputs></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DescribeStacksResponse>`
    )
    process.env.AWS_ENDPOINT_URL_CLOUDFORMATION = cfn.endpoint
    sfn.handlers.StartExecution = input => ({ executionArn: `${EXEC_PREFIX}:${String(input.name)}` })
    sfn.handlers.DescribeExecution = input => ({
      executionArn: input.executionArn,
      stateMachineArn: SM,
      status: 'SUCCEEDED',
      startDate: epoch(Date.parse('2026-11-28T10:00:00Z')),
      stopDate: epoch(Date.parse('2026-11-28T10:05:00Z')),
      output: JSON.stringify({
        status: 'SUCCEEDED',
        dataset: 'customers',
        batchId: 'cr-1',
        output: 's3://cleanrooms-output/customers/batch=cr-1/',
        glueDatabase: 'cleanrooms',
        glueTable: 'customers',
        outputMode: 'replace'
      })
    })
    try {
      const i: Record<string, string> = inputs({ 'stack-name': 'cleanrooms', 'batch-id': 'cr-1' })
      delete i.bucket
      delete i['state-machine-arn']
      const io = fakeRunner({ inputs: i, workspace })
      await run(io)
      expect(io.failed).toBeUndefined()
      expect(io.outputs['configured-table-id']).toBe(TABLE_ID)
      const html = renderSummary(io.summary)
      expect(html).toContain(
        `<a href="https://us-east-1.console.aws.amazon.com/cleanrooms/home?region=us-east-1#/configured-tables/${TABLE_ID}"><code>${TABLE_ID}</code></a>`
      )
      expect(visibleText(html)).toContain(
        `Associated to membership ${MEMBERSHIP} : partners query this batch from now on`
      )
    } finally {
      delete process.env.AWS_ENDPOINT_URL_CLOUDFORMATION
      await cfn.stop()
    }
  })
})
