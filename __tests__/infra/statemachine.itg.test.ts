/**
 * Executes infra/statemachine.asl.json (the file CloudFormation deploys) with aws-local-stepfunctions, every Task
 * bound to a local stand-in for the AWS service or Lambda (the lock table with DynamoDB's conditional semantics), and
 * checks each path's final status, SNS message, cleanup and lock release. The graph tests prove properties for every
 * path at once: each path that took the lock releases it, each failure after the lock runs the cleanup.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { runStateMachine, substituteDefinition, type TaskHandler } from '../../src/local/asl-runner.js'
import { LocalLockTable, type LockTableRequest } from '../../src/local/lock-table.js'
import { parseTemplate } from './cfn-yaml.js'

const definitionPath = fileURLToPath(new URL('../../infra/statemachine.asl.json', import.meta.url))
const template = parseTemplate(readFileSync(new URL('../../infra/template.yaml', import.meta.url), 'utf8'))

const SAMPLE: Record<string, string> = {
  DataBucketName: 'cleanrooms-prod-databucket-1a2b3c',
  DatasetName: 'customers',
  LandingPrefix: 'landing/',
  LockTableName: 'cleanrooms-prod-LockTable-XYZ',
  DecryptFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:cleanrooms-prod-DecryptFunction',
  PublishFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:cleanrooms-prod-PublishFunction',
  ArchiveFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:cleanrooms-prod-ArchiveFunction',
  CleanupFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:cleanrooms-prod-CleanupFunction',
  DataBrewDatasetName: 'cleanrooms-cleanrooms-prod-customers',
  DataBrewJobName: 'cleanrooms-cleanrooms-prod-customers',
  DataBrewRoleArn: 'arn:aws:iam::123456789012:role/cleanrooms-prod-DataBrewRole',
  DataKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  DataBrewMaxCapacity: '5',
  DataBrewTimeoutMinutes: '180',
  NotificationTopicArn: 'arn:aws:sns:us-east-1:123456789012:cleanrooms-prod-NotificationTopic',
  TargetBucketName: 'cleanrooms-prod-targetbucket-4d5e6f'
}
// The substitutions the stack passes, with sample values: the keys come from the template itself.
const stateMachine = Object.values(template.Resources).find(
  r => r.Type === 'AWS::StepFunctions::StateMachine'
)!
const substitutions = Object.fromEntries(
  Object.keys(stateMachine.Properties!.DefinitionSubstitutions as object).map(k => [
    k,
    SAMPLE[k] ?? `missing-${k}`
  ])
)

const INPUT = {
  bucket: SAMPLE.DataBucketName,
  manifestKey: 'landing/customers/gh-42-1/_manifest.json',
  dataset: 'customers',
  batchId: 'gh-42-1'
}
const OBJECTS = ['landing/customers/gh-42-1/a.csv.gz.pgp', 'landing/customers/gh-42-1/b.csv.gz.pgp']
const EXECUTION = 'arn:aws:states:local:000000000000:execution:cleanrooms-connect:local'

function named(name: string, message: string): Error {
  const e = new Error(message)
  e.name = name
  return e
}

type Publish = {
  TopicArn: string
  Subject: string
  Message: string // an object Message is serialized by the SNS integration, as the stand-in below does
  MessageAttributes: Record<string, { DataType: string; StringValue: string }>
}

/** What SNS receives: Step Functions' sns:publish integration serializes a JSON object Message to a string. */
function asPublished(p: Publish): Publish {
  return { ...p, Message: typeof p.Message === 'string' ? p.Message : JSON.stringify(p.Message) }
}

interface World {
  handlers: Record<string, TaskHandler>
  calls: Record<string, unknown[]>
  published: Publish[]
  lock: LocalLockTable
}

/** Stand-ins for the Lambdas and services; `overrides` replace single handlers for a scenario. */
function world(
  overrides: Partial<Record<string, TaskHandler>> = {},
  holderStatus: () => string = () => 'RUNNING'
): World {
  const calls: Record<string, unknown[]> = {}
  const published: Publish[] = []
  const lock = new LocalLockTable(SAMPLE.LockTableName!)
  const base: Record<string, TaskHandler> = {
    AcquireLock: lock.putItem,
    ReadLock: lock.getItem,
    BreakStaleLock: lock.deleteItem,
    ReleaseLock: lock.deleteItem,
    ReleaseLockAfterFailure: lock.deleteItem,
    DescribeLockHolder: (p: { ExecutionArn: string }) => ({
      ExecutionArn: p.ExecutionArn,
      Status: holderStatus()
    }),
    PlanDecrypt: (e: { dataset: string; batchId: string }) => ({
      rawPrefix: `raw/${e.dataset}/${e.batchId}/`,
      objectCount: OBJECTS.length,
      objects: OBJECTS
    }),
    DecryptObject: (e: { object: string }) => ({ object: e.object, rawKey: 'raw/…', plaintextBytes: 10 }),
    PointDatasetAtBatch: () => ({ Name: SAMPLE.DataBrewDatasetName }),
    PointJobAtBatchOutput: () => ({ Name: SAMPLE.DataBrewJobName }),
    RunDataBrewJob: (p: { Name: string }) => ({ Name: p.Name, RunId: 'db_run_1', State: 'SUCCEEDED' }),
    PublishOutput: (e: { dataset: string; batchId: string }) => ({
      database: 'cleanrooms',
      table: 'customers',
      location: `s3://${SAMPLE.TargetBucketName}/${e.dataset}/batch=${e.batchId}/`,
      mode: 'replace',
      objectCount: 3,
      columns: 6
    }),
    ArchiveBatch: (e: { dataset: string; batchId: string }) => ({
      archivePrefix: `archive/${e.dataset}/${e.batchId}/`,
      objectCount: 3,
      rawObjectsRemoved: 2
    }),
    CleanupBatch: () => ({ rawObjectsRemoved: 1, outputObjectsRemoved: 0, outputKept: false }),
    NotifySuccess: (p: Publish) => {
      published.push(asPublished(p))
      return { MessageId: 'm-1' }
    },
    NotifyFailure: (p: Publish) => {
      published.push(asPublished(p))
      return { MessageId: 'm-2' }
    }
  }
  const handlers: Record<string, TaskHandler> = {}
  for (const name of Object.keys(base)) {
    const h = (overrides[name] ?? base[name])!
    handlers[name] = async (input: unknown) => {
      ;(calls[name] ??= []).push(structuredClone(input))
      return h(input)
    }
  }
  return { handlers, calls, published, lock }
}

async function run(w: World, input: unknown = INPUT) {
  return runStateMachine({
    definition: definitionPath,
    substitutions,
    input,
    handlers: w.handlers,
    noWaits: true
  })
}

function attrs(p: Publish): Record<string, string> {
  return Object.fromEntries(Object.entries(p.MessageAttributes).map(([k, v]) => [k, v.StringValue]))
}

interface StateDef {
  Type: string
  Resource?: string
  Next?: string
  Default?: string
  End?: boolean
  Choices?: { Next: string }[]
  Catch?: { ErrorEquals: string[]; Next: string }[]
  Retry?: { ErrorEquals: string[]; BackoffRate?: number; MaxAttempts?: number }[]
  TimeoutSeconds?: number
  ItemProcessor?: { States: Record<string, StateDef> }
}
const definition = JSON.parse(readFileSync(definitionPath, 'utf8')) as { States: Record<string, StateDef> }

/** Every state a state can go to next (Next, Default, Choices, Catch). */
function successors(s: StateDef): string[] {
  return [
    s.Next,
    s.Default,
    ...(s.Choices ?? []).map(c => c.Next),
    ...(s.Catch ?? []).map(c => c.Next)
  ].filter((n): n is string => !!n)
}

/** All paths from `from` to a terminal state (Succeed/Fail), loops cut at their second visit. */
function paths(from: string): string[][] {
  const out: string[][] = []
  const walk = (name: string, path: string[]) => {
    const s = definition.States[name]!
    const next = successors(s)
    if (next.length === 0) {
      out.push([...path, name])
      return
    }
    for (const n of next) if (!path.includes(n)) walk(n, [...path, name])
  }
  walk(from, [])
  return out
}

describe('the definition', () => {
  test('passes asl-validator after substitution', () => {
    const aslValidator = createRequire(import.meta.url)('asl-validator') as (
      d: unknown,
      o?: object
    ) => { isValid: boolean; errorsText: (sep?: string) => string }
    const text = substituteDefinition(readFileSync(definitionPath, 'utf8'), substitutions)
    const { isValid, errorsText } = aslValidator(JSON.parse(text), { checkArn: true, checkPaths: true })
    expect({ isValid, errors: errorsText('\n') }).toEqual({ isValid: true, errors: '' })
  })

  test('asl-validator does reject a broken definition (the check can fail)', () => {
    const aslValidator = createRequire(import.meta.url)('asl-validator') as (d: unknown) => {
      isValid: boolean
    }
    const def = JSON.parse(substituteDefinition(readFileSync(definitionPath, 'utf8'), substitutions)) as {
      States: Record<string, { Next?: string }>
    }
    def.States.PlanDecrypt!.Next = 'NoSuchState'
    expect(aslValidator(def).isValid).toBe(false)
  })

  test('every Task retries transient errors with backoff, has a timeout, and catches everything', () => {
    const tasks = Object.entries(definition.States).filter(([, s]) => s.Type === 'Task')
    expect(tasks.map(([n]) => n).sort()).toEqual(
      [
        'AcquireLock',
        'ReadLock',
        'DescribeLockHolder',
        'BreakStaleLock',
        'PlanDecrypt',
        'PointDatasetAtBatch',
        'PointJobAtBatchOutput',
        'RunDataBrewJob',
        'PublishOutput',
        'ArchiveBatch',
        'ReleaseLock',
        'NotifySuccess',
        'CleanupBatch',
        'ReleaseLockAfterFailure',
        'NotifyFailure'
      ].sort()
    )
    const inner = Object.entries(definition.States.DecryptObjects!.ItemProcessor!.States).filter(
      ([, s]) => s.Type === 'Task'
    )
    for (const [name, s] of [...tasks, ...inner]) {
      expect({ name, retry: (s.Retry ?? []).length > 0 }).toEqual({ name, retry: true })
      for (const r of s.Retry!) {
        expect({ name, backoff: (r.BackoffRate ?? 0) > 1, max: (r.MaxAttempts ?? 0) > 1 }).toEqual({
          name,
          backoff: true,
          max: true
        })
        expect(r.ErrorEquals).not.toContain('States.ALL') // only transient errors are retried
      }
      expect({ name, catchAll: s.Catch?.at(-1)?.ErrorEquals }).toEqual({ name, catchAll: ['States.ALL'] })
      expect({ name, timeout: typeof s.TimeoutSeconds }).toEqual({ name, timeout: 'number' })
    }
    expect(definition.States.RunDataBrewJob!.Resource).toBe('arn:aws:states:::databrew:startJobRun.sync')
    // A run started outside the pipeline is waited for (ConflictException: one run per job), not failed on.
    expect(definition.States.RunDataBrewJob!.Retry![0]!.ErrorEquals).toEqual(['DataBrew.ConflictException'])
  })

  test('every path that took the lock releases it, and every failure after it runs CleanupBatch first', () => {
    const all = paths('AcquireLock')
    expect(all.length).toBeGreaterThan(10)
    for (const p of all) {
      const afterLock = p.slice(p.indexOf('AcquireLock'))
      const tookLock = afterLock.some(s => ['PlanDecrypt'].includes(s))
      if (!tookLock) continue
      expect({ path: p.join(' > '), released: p.some(s => s.startsWith('ReleaseLock')) }).toEqual({
        path: p.join(' > '),
        released: true
      })
      if (p.at(-1) === 'Failed') {
        const release = p.findIndex(s => s.startsWith('ReleaseLock'))
        const cleanup = p.indexOf('CleanupBatch')
        // A failure of the success notification comes after the release: it still runs the cleanup (a no-op then).
        expect({ path: p.join(' > '), cleaned: cleanup >= 0 }).toEqual({ path: p.join(' > '), cleaned: true })
        if (!p.includes('NotifySuccess')) expect(cleanup).toBeLessThan(release)
      }
    }
    // Before the lock is held, failures go straight to the notification: nothing to clean or release.
    for (const p of paths('CheckInput').filter(p => !p.includes('AcquireLock'))) {
      expect(p).not.toContain('CleanupBatch')
    }
  })

  test("the DataBrew dataset and job are pointed at the batch right before the run, with the template's settings", () => {
    const p = paths('AcquireLock').find(p => p.includes('RunDataBrewJob'))!
    const at = (s: string) => p.indexOf(s)
    expect(at('PointDatasetAtBatch')).toBeLessThan(at('RunDataBrewJob'))
    expect(at('PointJobAtBatchOutput')).toBeLessThan(at('RunDataBrewJob'))
    const raw = readFileSync(definitionPath, 'utf8')
    const asl = JSON.parse(raw) as { States: Record<string, { Parameters: Record<string, unknown> }> }
    const dataset = Object.values(template.Resources).find(
      r => r.Type === 'AWS::DataBrew::Dataset'
    )!.Properties!
    const update = asl.States.PointDatasetAtBatch!.Parameters
    expect(update.Format).toBe(dataset.Format)
    expect(update.FormatOptions).toEqual(dataset.FormatOptions)
    const job = Object.values(template.Resources).find(r => r.Type === 'AWS::DataBrew::Job')!.Properties!
    const jobUpdate = asl.States.PointJobAtBatchOutput!.Parameters
    for (const k of ['EncryptionMode', 'LogSubscription', 'MaxRetries'] as const)
      expect(jobUpdate[k]).toEqual(job[k])
    const spec = (asl.States.PrepareOutput!.Parameters as { spec: Record<string, unknown> }).spec
    const templateOutput = (job.Outputs as Record<string, unknown>[])[0]!
    for (const k of ['Format', 'CompressionFormat', 'Overwrite']) expect(spec[k]).toEqual(templateOutput[k])
  })
})

describe('executions (tasks bound to local handlers)', () => {
  test('success: lock → plan → one decrypt per object → DataBrew on this batch → publish → archive → release → SNS', async () => {
    const w = world()
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.PlanDecrypt).toEqual([INPUT]) // the Lambda event is exactly the manifest reference
    expect(w.calls.DecryptObject).toEqual(OBJECTS.map(object => ({ ...INPUT, object })))
    expect(w.calls.PointDatasetAtBatch).toEqual([
      {
        Name: SAMPLE.DataBrewDatasetName,
        Format: 'CSV',
        FormatOptions: { Csv: { Delimiter: ',', HeaderRow: true } },
        Input: { S3InputDefinition: { Bucket: SAMPLE.DataBucketName, Key: 'raw/customers/gh-42-1/' } }
      }
    ])
    expect(w.calls.PointJobAtBatchOutput).toEqual([
      {
        Name: SAMPLE.DataBrewJobName,
        RoleArn: SAMPLE.DataBrewRoleArn,
        EncryptionMode: 'SSE-KMS',
        EncryptionKeyArn: SAMPLE.DataKeyArn,
        LogSubscription: 'ENABLE',
        MaxCapacity: 5,
        MaxRetries: 0,
        Timeout: 180,
        Outputs: [
          {
            Location: { Bucket: SAMPLE.TargetBucketName, Key: 'customers/batch=gh-42-1/' },
            Format: 'PARQUET',
            CompressionFormat: 'SNAPPY',
            Overwrite: true
          }
        ]
      }
    ])
    expect(w.calls.RunDataBrewJob).toEqual([{ Name: SAMPLE.DataBrewJobName }])
    expect(w.calls.PublishOutput).toEqual([{ ...INPUT, outputPrefix: 'customers/batch=gh-42-1/' }])
    expect(w.calls.ArchiveBatch).toEqual([INPUT])
    expect(w.calls.CleanupBatch).toBeUndefined()
    expect(w.calls.AcquireLock).toEqual([
      expect.objectContaining({
        TableName: SAMPLE.LockTableName,
        Item: expect.objectContaining({ dataset: { S: 'customers' }, execution: { S: EXECUTION } })
      })
    ])
    expect(w.lock.peek('customers')).toBeUndefined()
    expect(w.published).toHaveLength(1)
    const [p] = w.published as [Publish]
    expect(p.TopicArn).toBe(SAMPLE.NotificationTopicArn)
    expect(p.Subject).toBe('cleanrooms-connect customers: batch SUCCEEDED')
    expect(attrs(p)).toEqual({ dataset: 'customers', batch: 'gh-42-1', status: 'SUCCEEDED' })
    const summary = {
      status: 'SUCCEEDED',
      dataset: 'customers',
      batchId: 'gh-42-1',
      decryptedObjects: 2,
      dataBrewRunId: 'db_run_1',
      output: `s3://${SAMPLE.TargetBucketName}/customers/batch=gh-42-1/`,
      glueDatabase: 'cleanrooms',
      glueTable: 'customers',
      outputMode: 'replace',
      outputObjects: 3,
      archivePrefix: 'archive/customers/gh-42-1/',
      archivedObjects: 3,
      execution: EXECUTION
    }
    expect(JSON.parse(p.Message)).toEqual(summary)
    expect(r.output).toEqual(summary) // the execution output the action reports
  })

  test('one object fails: every other object still finishes, then cleanup, release, failure SNS naming the object', async () => {
    const message = `${OBJECTS[0]}: the ciphertext failed the OpenPGP integrity check (tampered or truncated); nothing was left under raw/customers/gh-42-1/a.csv`
    const finished: string[] = []
    const w = world({
      DecryptObject: async (e: { object: string }) => {
        if (e.object === OBJECTS[0]) throw named('DecryptFailed', message)
        await new Promise(r => setTimeout(r, 20))
        finished.push(e.object)
        return { object: e.object, rawKey: 'raw/…', plaintextBytes: 1 }
      }
    })
    const r = await run(w)
    expect(r.status).toBe('FAILED')
    expect(r.error).toBe('DecryptFailed')
    expect(JSON.parse(r.cause ?? '')).toEqual({ errorType: 'DecryptFailed', errorMessage: message })
    expect(finished).toEqual([OBJECTS[1]]) // the other invocation ended before the cleanup
    expect(w.calls.RunDataBrewJob).toBeUndefined()
    expect(w.calls.CleanupBatch).toEqual([{ ...INPUT, executionArn: EXECUTION }])
    expect(w.lock.peek('customers')).toBeUndefined()
    expect(attrs(w.published[0]!)).toEqual({
      dataset: 'customers',
      batch: 'gh-42-1',
      status: 'FAILED',
      error: 'DecryptFailed',
      cause: r.cause
    })
  })

  test('DataBrew job run FAILED (.sync fails the task): cleanup, release, failure SNS with the cause; nothing published', async () => {
    const cause = JSON.stringify({
      RunId: 'db_run_9',
      State: 'FAILED',
      ErrorMessage: 'column email not found'
    })
    const w = world({ RunDataBrewJob: () => Promise.reject(named('States.TaskFailed', cause)) })
    const r = await run(w)
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause })
    expect(w.calls.RunDataBrewJob).toHaveLength(1) // a failed job is not retried
    expect(w.calls.PublishOutput).toBeUndefined()
    expect(w.calls.ArchiveBatch).toBeUndefined()
    expect(w.calls.CleanupBatch).toHaveLength(1)
    expect(w.lock.peek('customers')).toBeUndefined()
    const [p] = w.published as [Publish]
    expect(p.Subject).toBe('cleanrooms-connect customers: batch FAILED')
    expect(attrs(p)).toEqual({
      dataset: 'customers',
      batch: 'gh-42-1',
      status: 'FAILED',
      error: 'States.TaskFailed',
      cause
    })
  })

  test('DataBrew run reported with a State other than SUCCEEDED is a failure, not a success', async () => {
    const w = world({ RunDataBrewJob: () => ({ RunId: 'db_run_3', State: 'STOPPED' }) })
    const r = await run(w)
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'DataBrewJobFailed',
      cause: `DataBrew job ${SAMPLE.DataBrewJobName} run db_run_3 ended in state STOPPED`
    })
    expect(w.calls.PublishOutput).toBeUndefined()
    expect(w.calls.CleanupBatch).toHaveLength(1)
  })

  test('a job run started outside the pipeline (ConflictException) is waited for, then ours runs', async () => {
    let n = 0
    const w = world({
      RunDataBrewJob: (p: { Name: string }) =>
        n++ < 2
          ? Promise.reject(named('DataBrew.ConflictException', 'job is already running'))
          : { Name: p.Name, RunId: 'r', State: 'SUCCEEDED' }
    })
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.RunDataBrewJob).toHaveLength(3)
  })

  test('another running execution holds the lock: waits, and gives up after 2 hours with DatasetBusy, touching nothing', async () => {
    const w = world()
    const holder = 'arn:aws:states:us-east-1:123456789012:execution:pipeline:customers-other'
    w.lock.seed({ dataset: { S: 'customers' }, execution: { S: holder } })
    const r = await run(w)
    expect(r.status).toBe('FAILED')
    expect(r.error).toBe('DatasetBusy')
    expect(r.cause).toContain(holder)
    expect(w.calls.DescribeLockHolder).toHaveLength(121)
    expect(w.calls.PlanDecrypt).toBeUndefined()
    expect(w.calls.CleanupBatch).toBeUndefined()
    expect(w.calls.ReleaseLockAfterFailure).toBeUndefined()
    expect(w.lock.peek('customers')?.execution?.S).toBe(holder) // not ours to release
  })

  test('a lock whose execution ended (aborted, timed out, or gone) is broken and taken', async () => {
    for (const status of ['ABORTED', 'TIMED_OUT', 'FAILED', 'SUCCEEDED']) {
      const w = world({}, () => status)
      w.lock.seed({
        dataset: { S: 'customers' },
        execution: { S: 'arn:aws:states:us-east-1:123456789012:execution:pipeline:old' }
      })
      const r = await run(w)
      expect({ status, result: r.status }).toEqual({ status, result: 'SUCCEEDED' })
      expect(w.calls.BreakStaleLock).toHaveLength(1)
    }
    const gone = world({
      DescribeLockHolder: () => Promise.reject(named('Sfn.ExecutionDoesNotExistException', 'gone'))
    })
    gone.lock.seed({
      dataset: { S: 'customers' },
      execution: { S: 'arn:aws:states:us-east-1:123456789012:execution:x:y' }
    })
    expect((await run(gone)).status).toBe('SUCCEEDED')
  })

  test('a failure after publishing (archive) still cleans up (the cleanup keeps published output) and releases', async () => {
    const w = world({ ArchiveBatch: () => Promise.reject(named('ArchiveFailed', 'landing/…: AccessDenied')) })
    const r = await run(w)
    expect(r).toMatchObject({ status: 'FAILED', error: 'ArchiveFailed' })
    expect(w.calls.PublishOutput).toHaveLength(1)
    expect(w.calls.CleanupBatch).toHaveLength(1)
    expect(w.lock.peek('customers')).toBeUndefined()
  })

  test('a failing cleanup does not keep the lock or hide the original error', async () => {
    const w = world({
      RunDataBrewJob: () => Promise.reject(named('States.TaskFailed', 'boom')),
      CleanupBatch: () => Promise.reject(named('CleanupFailed', 'could not remove raw/…'))
    })
    const r = await run(w)
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause: 'boom' })
    expect(w.lock.peek('customers')).toBeUndefined()
    expect(w.published).toHaveLength(1)
  })

  test('a transient Lambda error is retried and the execution then succeeds', async () => {
    let attempts = 0
    const w = world({
      PlanDecrypt: (e: { dataset: string; batchId: string }) => {
        if (attempts++ === 0)
          return Promise.reject(named('Lambda.ServiceException', 'Lambda is temporarily unavailable'))
        return { rawPrefix: `raw/${e.dataset}/${e.batchId}/`, objectCount: 2, objects: OBJECTS }
      }
    })
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.PlanDecrypt).toHaveLength(2)
    expect(r.events.filter(e => e.type === 'StateRetried').map(e => e.state)).toEqual(['PlanDecrypt'])
  })

  test('transient Lambda errors that persist exhaust the retries and fail with that error', async () => {
    const w = world({
      ArchiveBatch: () => Promise.reject(named('Lambda.TooManyRequestsException', 'Rate exceeded'))
    })
    const r = await run(w)
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'Lambda.TooManyRequestsException',
      cause: 'Rate exceeded'
    })
    expect(w.calls.ArchiveBatch).toHaveLength(7) // 1 + MaxAttempts 6
  })

  test('throttled DynamoDB and DataBrew calls are retried', async () => {
    let n = 0
    let m = 0
    const base = world()
    const w = world({
      AcquireLock: (p: LockTableRequest) =>
        n++ < 2 ? Promise.reject(named('DynamoDB.ThrottlingException', 'slow down')) : base.lock.putItem(p),
      PointDatasetAtBatch: () =>
        m++ < 2 ? Promise.reject(named('DataBrew.ThrottlingException', 'Rate exceeded')) : {}
    })
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.AcquireLock).toHaveLength(3)
    expect(w.calls.PointDatasetAtBatch).toHaveLength(3)
  })

  test('an input that is not a manifest reference is refused before anything runs', async () => {
    const w = world()
    const r = await run(w, { bucket: INPUT.bucket, dataset: 'customers' })
    expect(r).toMatchObject({ status: 'FAILED', error: 'InvalidInput' })
    expect(w.calls.AcquireLock).toBeUndefined()
    expect(w.calls.CleanupBatch).toBeUndefined()
    expect(attrs(w.published[0]!)).toMatchObject({
      dataset: 'unknown',
      batch: 'unknown',
      status: 'FAILED',
      error: 'InvalidInput'
    })
  })

  test('a batch of another dataset or bucket is refused, naming what this pipeline serves', async () => {
    const w = world()
    const r = await run(w, { ...INPUT, dataset: 'orders', manifestKey: 'landing/orders/b1/_manifest.json' })
    expect(r.status).toBe('FAILED')
    expect(r.error).toBe('InvalidInput')
    expect(r.cause).toBe(
      `this pipeline serves dataset customers with manifests under s3://${SAMPLE.DataBucketName}/landing/customers/; got dataset orders and s3://${SAMPLE.DataBucketName}/landing/orders/b1/_manifest.json`
    )
    expect(w.calls.AcquireLock).toBeUndefined()
    for (const manifestKey of [
      'raw/customers/gh-42-1/_manifest.json',
      'landing/orders/gh-42-1/_manifest.json'
    ]) {
      const r2 = await run(world(), { ...INPUT, manifestKey })
      expect(r2).toMatchObject({ status: 'FAILED', error: 'InvalidInput' })
    }
  })

  test('a failing failure notification does not hide the original error', async () => {
    const w = world({
      PlanDecrypt: () => Promise.reject(named('BatchIncomplete', 'no manifest')),
      NotifyFailure: () => Promise.reject(named('SNS.AuthorizationErrorException', 'not allowed'))
    })
    const r = await run(w)
    expect(r).toMatchObject({ status: 'FAILED', error: 'BatchIncomplete' })
    expect(w.calls.NotifyFailure).toHaveLength(1)
  })

  test('a failing success notification turns the execution into a failure with its own notification', async () => {
    const w = world({
      NotifySuccess: () => Promise.reject(named('SNS.InvalidParameterException', 'bad subject'))
    })
    const r = await run(w)
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'SNS.InvalidParameterException',
      cause: 'bad subject'
    })
    expect(w.calls.ArchiveBatch).toHaveLength(1)
    expect(w.published.map(attrs).map(a => a.status)).toEqual(['FAILED'])
  })
})
