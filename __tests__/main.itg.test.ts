/**
 * The action door end to end: inputs → settings → upload to a local S3 server (behind a recording proxy) → outputs,
 * job summary and saved state; `run` against a mocked Step Functions API (no local server speaks it); validate.
 * The post step is in post.itg.test.ts.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GetObjectCommand } from '@aws-sdk/client-s3'
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand
} from '@aws-sdk/client-sfn'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../src/main.js'
import { codeSpans, renderSummary, visibleText } from './helpers/markdown.js'
import { startFaultProxy, type FaultProxy } from './helpers/fault-proxy.js'
import { startS3, type LocalS3 } from './helpers/s3-server.js'
import { testKeyPair } from './helpers/keys.js'
import { fakeRunner, type FakeRunner } from './helpers/action-runner.js'

const BUCKET = 'cleanrooms-landing'
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
let s3: LocalS3
let proxy: FaultProxy
let workspace: string
const CUSTOMERS = 'id,email\n1,a@example.com\n'
const ORDERS = 'id,total\n1,9.99\n'

/** The action's runner, with this file's workspace (created in beforeAll). */
const runner = (inputs: Record<string, string>, state = new Map<string, string>()): FakeRunner =>
  fakeRunner({ inputs, workspace, state })

let baseInputs: Record<string, string>
const sfnMock = mockClient(SFNClient)

beforeAll(async () => {
  // The SDK's default credential chain reads the real environment (as it does on a runner).
  process.env.AWS_ACCESS_KEY_ID = 'test'
  process.env.AWS_SECRET_ACCESS_KEY = 'test'
  s3 = await startS3([BUCKET])
  proxy = await startFaultProxy(s3.endpoint)
  workspace = mkdtempSync(path.join(tmpdir(), 'workspace-'))
  mkdirSync(path.join(workspace, 'exports'))
  writeFileSync(path.join(workspace, 'exports', 'customers.csv'), CUSTOMERS)
  writeFileSync(path.join(workspace, 'exports', 'orders.csv'), ORDERS)
  const k = await testKeyPair('p')
  writeFileSync(path.join(workspace, 'pipeline.asc'), k.publicArmored)
  baseInputs = {
    command: 'upload',
    'endpoint-url': proxy.endpoint,
    bucket: BUCKET,
    dataset: 'customers',
    files: 'exports/*.csv',
    recipient: 'pipeline.asc'
  }
}, 30_000)

afterAll(async () => {
  await proxy.stop()
  await s3.stop()
  rmSync(workspace, { recursive: true, force: true })
})

beforeEach(() => {
  sfnMock.reset()
  proxy.requests.length = 0
  proxy.rules.length = 0
})

const writes = () => proxy.requests.filter(r => r.method !== 'GET' && r.method !== 'HEAD')

describe('action main step', () => {
  it('uploads the batch and sets outputs, summary and state', async () => {
    const io = runner(baseInputs)
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toEqual({
      'batch-id': 'gh-4242-1',
      'batch-uri': `s3://${BUCKET}/landing/customers/gh-4242-1/`,
      manifest: `s3://${BUCKET}/landing/customers/gh-4242-1/_manifest.json`,
      files: '2',
      bytes: String(CUSTOMERS.length + ORDERS.length),
      status: 'uploaded'
    })
    // The summary's file table: one row per file, names escaped for markdown, the plaintext sha256 in code.
    expect(io.summary).toContain('## Batch gh\\-4242\\-1 of dataset customers uploaded')
    expect(io.summary).toContain('| file | size | stored | ratio | plaintext sha256 |')
    const rows = io.summary.split('\n').filter(l => l.startsWith('| exports/'))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(
      new RegExp(`^\\| exports/customers\\.csv \\| ${CUSTOMERS.length} B \\| .* \\| \`[0-9a-f]{64}\` \\|$`)
    )
    expect(rows[1]).toMatch(new RegExp(`^\\| exports/orders\\.csv \\| ${ORDERS.length} B \\|`))
    expect(JSON.parse(io.state.get('batch')!)).toEqual({
      bucket: BUCKET,
      prefix: 'landing/customers/gh-4242-1/',
      complete: true
    })
    expect(JSON.parse(io.state.get('aws')!)).toMatchObject({
      region: 'us-east-1',
      endpointUrl: proxy.endpoint
    })
    expect(io.state.get('finished')).toBe('true')
    expect(await s3.listKeys(BUCKET, 'landing/customers/gh-4242-1/')).toEqual([
      'landing/customers/gh-4242-1/_manifest.json',
      'landing/customers/gh-4242-1/exports/customers.csv.gz.pgp',
      'landing/customers/gh-4242-1/exports/orders.csv.gz.pgp'
    ])
    // Encrypted on the wire: no request body carries a plaintext row.
    expect(proxy.requests.some(r => r.bodyBytes.includes('a@example.com'))).toBe(false)
    const manifest = await s3.client.send(
      new GetObjectCommand({ Bucket: BUCKET, Key: 'landing/customers/gh-4242-1/_manifest.json' })
    )
    expect(JSON.parse(await manifest.Body!.transformToString())).toMatchObject({
      dataset: 'customers',
      batchId: 'gh-4242-1',
      totals: { objects: 2, plaintextBytes: CUSTOMERS.length + ORDERS.length }
    })

    proxy.requests.length = 0
    const again = runner(baseInputs)
    await run(again)
    expect(again.failed).toBeUndefined()
    expect(again.outputs.status).toBe('reused')
    expect(again.summary).toContain('already complete (reused, nothing uploaded)')
    expect(writes()).toEqual([])
  })

  it('fails with one line naming the input, and touches no AWS API', async () => {
    const io = runner({ ...baseInputs, compression: 'brotli', 'batch-id': 'bad-1' })
    await run(io)
    expect(io.failed).toBe("input 'compression': 'brotli' is not supported (use gzip or none)")
    expect(io.failed).not.toContain('\n')
    expect(io.outputs).toEqual({})
    expect(io.state.has('batch')).toBe(false)
    expect(proxy.requests).toEqual([])
  })

  it('fails cleanly when S3 keeps failing: one-line error, nothing left, batch state incomplete', async () => {
    proxy.rules.push({ method: 'PUT', path: /orders\.csv\.gz\.pgp$/, fault: 'status500', times: Infinity })
    const io = runner({ ...baseInputs, 'batch-id': 'flaky-1' })
    await run(io)
    expect(io.failed).toMatch(
      /^upload of exports\/orders\.csv to s3:\/\/.*orders\.csv\.gz\.pgp failed: InternalError/
    )
    expect(io.failed).not.toContain('\n')
    // The client from createS3Client tries each request 5 times.
    expect(proxy.requests.filter(r => r.status === 500)).toHaveLength(5)
    // The batch id is known (a re-run can reuse it); no batch-uri or manifest: nothing is left in S3.
    expect(io.outputs).toEqual({ 'batch-id': 'flaky-1' })
    expect(JSON.parse(io.state.get('batch')!)).toMatchObject({ complete: false })
    await proxy.settled()
    expect(await s3.listKeys(BUCKET, 'landing/customers/flaky-1/')).toEqual([])
  })

  it('stops when cancelled and removes what it wrote', async () => {
    const controller = new AbortController()
    proxy.onRequest = r => {
      if (r.method === 'PUT') controller.abort(new Error('the runner cancelled the job'))
    }
    const io = runner({ ...baseInputs, 'batch-id': 'cancelled-1' })
    try {
      await run(io, controller.signal)
    } finally {
      proxy.onRequest = undefined
    }
    expect(io.failed).toMatch(/stopped: .*the runner cancelled the job/)
    expect(JSON.parse(io.state.get('batch')!)).toMatchObject({ complete: false })
    await proxy.settled()
    expect(await s3.listKeys(BUCKET, 'landing/customers/cancelled-1/')).toEqual([])
  })

  it('names every missing input of the command', async () => {
    const io = runner({ command: 'upload', 'endpoint-url': proxy.endpoint })
    await run(io)
    expect(io.failed).toMatch(/input 'files': required for command 'upload'/)
    expect(io.failed).toMatch(/input 'bucket': required/)
  })

  it('run: uploads, starts the pipeline and fails the step with the failed state when the pipeline fails', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .resolves({ executionArn: `${SM.replace('stateMachine', 'execution')}:x`, startDate: new Date() })
    sfnMock.on(DescribeExecutionCommand).resolves({
      status: 'FAILED',
      error: 'DataBrewJobFailed',
      cause: 'DataBrew job run abc ended in state FAILED',
      startDate: new Date(0),
      stopDate: new Date(60_000)
    })
    sfnMock.on(GetExecutionHistoryCommand).resolves({
      events: [
        {
          id: 9,
          type: 'TaskStateEntered',
          timestamp: new Date(),
          stateEnteredEventDetails: { name: 'RunDataBrewJob' }
        }
      ]
    })
    const io = runner({ ...baseInputs, command: 'run', 'state-machine-arn': SM, 'batch-id': 'run-1' })
    await run(io)
    expect(io.failed).toMatch(/^pipeline execution FAILED in state RunDataBrewJob \(DataBrewJobFailed\)/)
    expect(io.outputs).toMatchObject({ status: 'FAILED', 'batch-id': 'run-1' })
    expect(io.outputs['execution-arn']).toContain(':execution:')
    expect(renderSummary(io.summary)).toContain(
      '<strong>Failed in state <code>RunDataBrewJob</code></strong>'
    )
    const start = sfnMock.commandCalls(StartExecutionCommand)[0]!.args[0].input
    expect(JSON.parse(start.input!)).toEqual({
      bucket: BUCKET,
      manifestKey: 'landing/customers/run-1/_manifest.json',
      dataset: 'customers',
      batchId: 'run-1'
    })
    expect(JSON.parse(io.state.get('execution')!)).toMatchObject({ finished: true })
  })

  it('run: succeeds when the pipeline succeeds', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .resolves({ executionArn: `${SM.replace('stateMachine', 'execution')}:y`, startDate: new Date() })
    sfnMock
      .on(DescribeExecutionCommand)
      .resolves({ status: 'SUCCEEDED', startDate: new Date(0), stopDate: new Date(1000) })
    const io = runner({ ...baseInputs, command: 'run', 'state-machine-arn': SM, 'batch-id': 'run-2' })
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.outputs.status).toBe('SUCCEEDED')
  })
})

describe('action validate command (no AWS)', () => {
  const repo = path.resolve('.')
  const validate = (inputs: Record<string, string>) => {
    const io = runner({
      command: 'validate',
      policy: 'examples/pii-policy.yml',
      'sample-data': 'examples/data/customers.csv',
      ...inputs
    })
    io.workspace = repo
    io.env = { GITHUB_BASE_REF: '' }
    return io
  }

  it('passes the example recipe and previews it with PII masked or hashed', async () => {
    const io = validate({ recipes: 'examples/recipes/*.json' })
    await run(io)
    expect(io.failed).toBeUndefined()
    // files counts data files (none given here), not recipes.
    expect(io.outputs).toEqual({ status: 'valid' })
    expect(io.logs).toContainEqual(
      expect.stringMatching(/^examples\/recipes\/customers\.json: valid, \d+ output column\(s\)$/)
    )
    expect(io.summary).toContain('## ✅ Recipes valid')
    expect(io.summary).toContain('**Sample**')
    expect(io.summary).not.toContain('Noah.Mller1@mail.example.net')
    expect(io.summary).not.toMatch(/\(555\) 001/)
  })

  it('fails a pull request whose recipe lets a PII column out unhashed, with an annotation on the recipe', async () => {
    const io = validate({ recipes: '__tests__/fixtures/recipes/unhashed-phone.json' })
    await run(io)
    expect(io.failed).toMatch(
      /^1 problem\(s\) in 1 recipe\(s\): first: __tests__\/fixtures\/recipes\/unhashed-phone\.json:95:3: PII column 'phone'/
    )
    expect(io.outputs.status).toBe('invalid')
    expect(io.annotations).toEqual([
      expect.stringMatching(
        /^error __tests__\/fixtures\/recipes\/unhashed-phone\.json:95:3 PII column 'phone'/
      )
    ])
  })

  it("checks the collaboration contract: a table of each column's role and protection", async () => {
    const io = validate({ recipes: 'examples/recipes/*.json', contract: 'examples/cleanrooms.yml' })
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.logs).toContainEqual(
      'examples/cleanrooms.yml: configured table customers, AGGREGATION rule, holds for examples/recipes/customers.json'
    )
    expect(io.summary).toContain('### Collaboration contract `customers` (`examples/cleanrooms.yml`)')
    const text = visibleText(renderSummary(io.summary))
    expect(text).toContain('email join hashed (HMAC_SHA256, key AwsGlueDataBrew-cleanrooms-hashing-key)')
    expect(text).toContain('city dimension output as is')
  })

  it('fails a pull request whose contract exposes a PII column, with an annotation on the contract', async () => {
    const dir = mkdtempSync(path.join(repo, '.contract-'))
    try {
      const broken = readFileSync('examples/cleanrooms.yml', 'utf8')
        .replace(
          'allowedColumns: [customer_id, email, phone, city, state, country]',
          'allowedColumns: [customer_id, email, phone, city, state, country, postal_code]'
        )
        .replace(
          'dimensionColumns: [city, state, country]',
          'dimensionColumns: [city, state, country, postal_code]'
        )
      writeFileSync(path.join(dir, 'cleanrooms.yml'), broken)
      const file = `${path.basename(dir)}/cleanrooms.yml`
      const io = validate({ contract: file })
      await run(io)
      expect(io.failed).toMatch(
        /^1 problem\(s\) in 0 recipe\(s\) and the contract: first: .*cleanrooms\.yml:\d+:\d+: postal_code is PII \(postal_code in the policy\)/
      )
      expect(io.outputs.status).toBe('invalid')
      expect(io.annotations).toEqual([
        expect.stringMatching(/^error .*cleanrooms\.yml:\d+:\d+ postal_code is PII/)
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('annotates at most 10 errors and keeps the rest for the summary', async () => {
    const io = validate({
      recipes: '__tests__/fixtures/recipes/typos.json\n__tests__/fixtures/recipes/hash-before-normalize.json'
    })
    await run(io)
    expect(io.annotations.filter(a => a.startsWith('error')).length).toBe(10)
    expect(io.failed).toMatch(/first 10 annotated; all in the job summary/)
  })

  it('with files: counts the data files, checks the keys into the summary, and says when the sample is capped', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'validate-'))
    try {
      const header = 'customer_id,email\n'
      writeFileSync(
        path.join(dir, 'big.csv'),
        header + Array.from({ length: 2000 }, (_, i) => `${i},u${i}@example.com`).join('\n') + '\n'
      )
      writeFileSync(
        path.join(dir, 'recipe.json'),
        '[{"Action":{"Operation":"LOWER_CASE","Parameters":{"sourceColumn":"email"}}}]'
      )
      mkdirSync(path.join(dir, 'exports'))
      writeFileSync(path.join(dir, 'exports', 'a.csv'), CUSTOMERS)
      writeFileSync(path.join(dir, 'exports', 'b.csv'), ORDERS)
      writeFileSync(path.join(dir, 'pipeline.asc'), readFileSync(path.join(workspace, 'pipeline.asc')))
      const io = runner({
        command: 'validate',
        recipes: 'recipe.json',
        'sample-data': 'big.csv',
        files: 'exports/*.csv',
        dataset: 'customers',
        recipient: 'pipeline.asc'
      })
      io.workspace = dir
      io.env = { GITHUB_BASE_REF: '' }
      await run(io)
      expect(io.failed).toBeUndefined()
      expect(io.outputs).toEqual({
        status: 'valid',
        files: '2',
        bytes: String(CUSTOMERS.length + ORDERS.length)
      })
      expect(io.logs).toContain('recipe.json: valid, 2 output column(s) (no PII policy checked)')
      const html = renderSummary(io.summary)
      const text = visibleText(html)
      expect(text).toContain('first 1000 of 2000 rows in')
      expect(text).toMatch(
        /Upload inputs 2 file\(s\) match exports\/\*\.csv ; recipient key\(s\) load: [0-9A-F]{40} \./
      )
      expect(text).toContain('no PII policy was checked')
      expect(text).not.toContain('the PII policy holds')
      expect(codeSpans(html)).toContain('exports/*.csv')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('renders code spans without literal backslash escapes', async () => {
    const io = validate({ recipes: 'examples/recipes/*.json' })
    await run(io)
    const spans = codeSpans(renderSummary(io.summary))
    expect(spans).toContain('examples/pii-policy.yml')
    expect(spans).toContain('customer_id')
    expect(spans.filter(s => s.includes('\\'))).toEqual([])
  })

  it('needs recipes or files', async () => {
    const io = runner({ command: 'validate' })
    await run(io)
    expect(io.failed).toMatch(/input 'recipes': required for command 'validate'/)
  })
})
