/**
 * The upload job between settings and uploadBatch, against a local S3 server behind a recording proxy: when it tells
 * the caller where the batch goes (before the first write) and that it is complete (after the manifest), dry-run and
 * empty matches without any S3 call.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { UserError } from '../../src/errors.js'
import { connectAws } from '../../src/jobs/connect.js'
import type { BatchProgress } from '../../src/jobs/context.js'
import { runUploadJob } from '../../src/jobs/upload-job.js'
import { parseSettings } from '../../src/settings/settings.js'
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'
import { testKeyPair } from '../helpers/keys.js'
import { testJobContext, type RecordedJobContext } from '../helpers/job-context.js'

const BUCKET = 'jobs-landing'
let s3: LocalS3
let proxy: FaultProxy
let workspace: string

interface Recorder extends RecordedJobContext {
  events: { event: BatchProgress; writesBefore: number }[]
}

function context(): Recorder {
  const events: Recorder['events'] = []
  const recorded = testJobContext({
    cwd: workspace,
    onBatch: event => void events.push({ event, writesBefore: writes().length })
  })
  return { ...recorded, events }
}

const writes = () =>
  proxy.requests.filter(r => r.method === 'PUT' || r.method === 'POST' || r.method === 'DELETE')

async function job(inputs: Record<string, string>, r: Recorder) {
  const settings = parseSettings(
    {
      command: 'upload',
      'endpoint-url': proxy.endpoint,
      bucket: BUCKET,
      dataset: 'customers',
      files: 'exports/*.csv',
      recipient: 'pipeline.asc',
      ...inputs
    },
    r.ctx.env
  )
  return runUploadJob(await connectAws({ ...settings, command: 'upload' }, r.ctx), r.ctx)
}

beforeAll(async () => {
  process.env.AWS_ACCESS_KEY_ID ??= 'test'
  process.env.AWS_SECRET_ACCESS_KEY ??= 'test'
  s3 = await startS3([BUCKET])
  proxy = await startFaultProxy(s3.endpoint)
  workspace = mkdtempSync(path.join(tmpdir(), 'upload-job-'))
  mkdirSync(path.join(workspace, 'exports'))
  writeFileSync(path.join(workspace, 'exports', 'a.csv'), 'id\n1\n')
  writeFileSync(path.join(workspace, 'exports', 'b.csv'), 'id\n2\n3\n')
  const k = await testKeyPair('p')
  writeFileSync(path.join(workspace, 'pipeline.asc'), k.publicArmored)
}, 30_000)

afterAll(async () => {
  await proxy.stop()
  await s3.stop()
  rmSync(workspace, { recursive: true, force: true })
})

beforeEach(() => {
  proxy.requests.length = 0
  proxy.rules.length = 0
})

describe('runUploadJob', () => {
  it('announces the batch before the first write and marks it complete after the manifest', async () => {
    const r = context()
    const outcome = await job({ 'batch-id': 'job-1' }, r)
    expect(outcome.status).toBe('uploaded')
    expect(outcome.report).toMatchObject({
      batchId: 'job-1',
      prefix: 'landing/customers/job-1/',
      manifestUri: `s3://${BUCKET}/landing/customers/job-1/_manifest.json`,
      reused: false,
      compression: 'gzip'
    })
    expect(outcome.report.objects.map(o => [o.originalName, o.plaintextSize])).toEqual([
      ['exports/a.csv', 5],
      ['exports/b.csv', 7]
    ])
    const prefix = 'landing/customers/job-1/'
    expect(r.events).toEqual([
      { event: { bucket: BUCKET, prefix, complete: false }, writesBefore: 0 },
      { event: { bucket: BUCKET, prefix, complete: true }, writesBefore: writes().length }
    ])
    expect(writes().at(-1)!.url).toContain('_manifest.json')

    const again = context()
    expect((await job({ 'batch-id': 'job-1' }, again)).status).toBe('reused')
    expect(again.events.map(e => e.event.complete)).toEqual([false, true])
  })

  it('leaves the batch marked incomplete when the upload fails', async () => {
    proxy.rules.push({ method: 'PUT', path: /b\.csv\.gz\.pgp$/, fault: 'status500', times: Infinity })
    const r = context()
    const err = await job({ 'batch-id': 'job-2' }, r).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error
    )
    expect(err).toBeInstanceOf(UserError)
    expect(r.events.map(e => e.event.complete)).toEqual([false])
    await proxy.settled()
    expect(await s3.listKeys(BUCKET, 'landing/customers/job-2/')).toEqual([])
  })

  it('dry-run lists the files and calls no S3 API', async () => {
    const r = context()
    const outcome = await job({ 'batch-id': 'job-3', 'dry-run': 'true' }, r)
    expect(outcome.status).toBe('dry-run')
    expect(outcome.report.objects.map(o => o.originalName)).toEqual(['exports/a.csv', 'exports/b.csv'])
    expect(r.logs).toContain('  would upload exports/a.csv (5 bytes)')
    expect(r.events).toEqual([])
    expect(proxy.requests).toEqual([])
  })

  it('reports empty without an S3 call when nothing matches and fail-on-empty is false', async () => {
    const r = context()
    const outcome = await job({ files: 'nothing/*.csv', 'fail-on-empty': 'false' }, r)
    expect(outcome.status).toBe('empty')
    expect(r.warnings).toEqual([expect.stringMatching(/^no file matches nothing\/\*\.csv/)])
    expect(r.events).toEqual([])
    expect(proxy.requests).toEqual([])
  })

  it('fails naming the input when nothing matches', async () => {
    const err = await job({ files: 'nothing/*.csv' }, context()).then(
      () => new Error('expected a failure'),
      (e: unknown) => e as Error
    )
    expect(err.message).toMatch(/^input 'files': no files matched 'nothing\/\*\.csv'/)
    expect(proxy.requests).toEqual([])
  })
})
