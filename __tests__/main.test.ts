/**
 * The action door end to end: inputs → settings → upload to a local S3 server → outputs, job summary and saved
 * state; `run` against a mocked Step Functions API (no local server speaks it); and the post step's cleanup.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { PutObjectCommand } from '@aws-sdk/client-s3'
import {
  DescribeExecutionCommand,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand
} from '@aws-sdk/client-sfn'
import { mockClient } from 'aws-sdk-client-mock'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import type { ActionIO } from '../src/action/io.js'
import { run } from '../src/main.js'
import { post } from '../src/post.js'
import { startS3, type LocalS3 } from './helpers/s3-server.js'

const BUCKET = 'cleanrooms-landing'
const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
let s3: LocalS3
let workspace: string

interface FakeRunner extends ActionIO {
  outputs: Record<string, string>
  summary: string
  failed?: string
  state: Map<string, string>
  logs: string[]
  annotations: string[]
}

function runner(inputs: Record<string, string>, state = new Map<string, string>()): FakeRunner {
  const io: FakeRunner = {
    outputs: {},
    summary: '',
    state,
    logs: [],
    annotations: [],
    annotate: p => void io.annotations.push(`${p.severity} ${p.file}:${p.line}:${p.column} ${p.message}`),
    getInput: name => inputs[name] ?? '',
    setOutput: (name, value) => void (io.outputs[name] = value),
    setFailed: message => void (io.failed = message),
    info: line => void io.logs.push(line),
    warning: line => void io.logs.push(`warning: ${line}`),
    setSecret: () => {},
    getIDToken: () => Promise.reject(new Error('no OIDC in tests')),
    appendSummary: async markdown => void (io.summary += markdown),
    saveState: (name, value) => void state.set(name, value),
    getState: name => state.get(name) ?? '',
    env: {
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1'
    },
    workspace
  }
  return io
}

let baseInputs: Record<string, string>
const sfnMock = mockClient(SFNClient)

beforeAll(async () => {
  // The SDK's default credential chain reads the real environment (as it does on a runner).
  process.env.AWS_ACCESS_KEY_ID = 'test'
  process.env.AWS_SECRET_ACCESS_KEY = 'test'
  s3 = await startS3([BUCKET])
  workspace = mkdtempSync(path.join(tmpdir(), 'workspace-'))
  mkdirSync(path.join(workspace, 'exports'))
  writeFileSync(path.join(workspace, 'exports', 'customers.csv'), 'id,email\n1,a@example.com\n')
  writeFileSync(path.join(workspace, 'exports', 'orders.csv'), 'id,total\n1,9.99\n')
  const k = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'p@example.com' }],
    format: 'armored'
  })
  writeFileSync(path.join(workspace, 'pipeline.asc'), k.publicKey)
  baseInputs = {
    command: 'upload',
    'endpoint-url': s3.endpoint,
    bucket: BUCKET,
    dataset: 'customers',
    files: 'exports/*.csv',
    recipient: 'pipeline.asc'
  }
}, 30_000)

afterAll(async () => {
  await s3.stop()
  rmSync(workspace, { recursive: true, force: true })
})

beforeEach(() => {
  sfnMock.reset()
})

describe('action main step', () => {
  it('uploads the batch and sets outputs, summary and state', async () => {
    const io = runner(baseInputs)
    await run(io)
    expect(io.failed).toBeUndefined()
    expect(io.outputs).toMatchObject({
      'batch-id': 'gh-4242-1',
      'batch-uri': `s3://${BUCKET}/landing/customers/gh-4242-1/`,
      manifest: `s3://${BUCKET}/landing/customers/gh-4242-1/_manifest.json`,
      files: '2',
      status: 'uploaded'
    })
    expect(io.summary).toContain('exports/customers.csv')
    expect(JSON.parse(io.state.get('batch')!)).toMatchObject({ complete: true })
    expect(io.state.get('finished')).toBe('true')
    expect(await s3.listKeys(BUCKET, 'landing/customers/gh-4242-1/')).toHaveLength(3)

    const again = runner(baseInputs)
    await run(again)
    expect(again.outputs.status).toBe('reused')
  })

  it('fails with one line naming the input, and writes nothing', async () => {
    const io = runner({ ...baseInputs, compression: 'brotli', 'batch-id': 'bad-1' })
    await run(io)
    expect(io.failed).toBe("input 'compression': 'brotli' is not supported (use gzip or none)")
    expect(await s3.listKeys(BUCKET, 'landing/customers/bad-1/')).toEqual([])
  })

  it('names every missing input of the command', async () => {
    const io = runner({ command: 'upload', 'endpoint-url': s3.endpoint })
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
    expect(io.summary).toContain('Failed in state: `RunDataBrewJob`')
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
    expect(io.outputs).toMatchObject({ status: 'valid', files: '1' })
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

  it('annotates at most 10 errors and keeps the rest for the summary', async () => {
    const io = validate({
      recipes: '__tests__/fixtures/recipes/typos.json\n__tests__/fixtures/recipes/hash-before-normalize.json'
    })
    await run(io)
    expect(io.annotations.filter(a => a.startsWith('error')).length).toBe(10)
    expect(io.failed).toMatch(/first 10 annotated; all in the job summary/)
  })

  it('needs recipes or files', async () => {
    const io = runner({ command: 'validate' })
    await run(io)
    expect(io.failed).toMatch(/input 'recipes': required for command 'validate'/)
  })
})

describe('action post step', () => {
  it('removes a batch the main step left incomplete, and only that', async () => {
    const prefix = 'landing/customers/killed-1/'
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: `${prefix}exports/customers.csv.gz.pgp`, Body: 'x' })
    )
    const state = new Map<string, string>([
      [
        'aws',
        JSON.stringify({
          region: 'us-east-1',
          audience: 'sts.amazonaws.com',
          roleDurationSeconds: 3600,
          endpointUrl: s3.endpoint
        })
      ],
      ['batch', JSON.stringify({ bucket: BUCKET, prefix, complete: false })]
    ])
    const io = runner({}, state)
    await post(io)
    expect(await s3.listKeys(BUCKET, prefix)).toEqual([])
    expect(io.logs.join('\n')).toMatch(/removing it/)
  })

  it('does nothing after a normal run', async () => {
    const io = runner({}, new Map([['finished', 'true']]))
    await post(io)
    expect(io.logs).toEqual([])
  })
})
