/**
 * The action's `run` and `start` as the runner drives them, against a local S3 server and a small real Step Functions
 * endpoint (helpers/fake-sfn.ts, reached through AWS_ENDPOINT_URL_SFN as on a runner): which endpoint each service
 * uses, the outputs and summary in every outcome, cancel during the wait, and errors that name the call.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import { run } from '../src/main.js'
import { fakeRunner } from './helpers/action-runner.js'
import { epoch, startFakeSfn, type FakeSfn } from './helpers/fake-sfn.js'
import { startS3, type LocalS3 } from './helpers/s3-server.js'

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
  const k = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'p@example.com' }],
    format: 'armored'
  })
  writeFileSync(path.join(workspace, 'pipeline.asc'), k.publicKey)
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
    expect(sfn.calls.map(c => c.action)).toEqual(['StartExecution', 'DescribeExecution'])
    expect(sfn.calls[0]!.input).toMatchObject({ stateMachineArn: SM, name: 'customers-endpoints-1' })
    expect(await s3.listKeys(BUCKET, 'landing/customers/endpoints-1/')).toContain(
      'landing/customers/endpoints-1/_manifest.json'
    )
  })
})
