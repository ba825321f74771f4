/**
 * Executes infra/statemachine.asl.json (the file CloudFormation deploys) with aws-local-stepfunctions, every Task
 * bound to a local stand-in for the AWS service or Lambda, and checks each path's final status and SNS message.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { runStateMachine, substituteDefinition, type TaskHandler } from '../../src/local/asl-runner.js'
import { parseTemplate } from './cfn-yaml.js'

const definitionPath = fileURLToPath(new URL('../../infra/statemachine.asl.json', import.meta.url))
const template = parseTemplate(readFileSync(new URL('../../infra/template.yaml', import.meta.url), 'utf8'))

const SAMPLE: Record<string, string> = {
  DataBucketName: 'cleanrooms-prod-databucket-1a2b3c',
  DatasetName: 'customers',
  LandingPrefix: 'landing/',
  DecryptFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:cleanrooms-prod-DecryptFunction',
  ArchiveFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:cleanrooms-prod-ArchiveFunction',
  DataBrewJobName: 'cleanrooms-cleanrooms-prod-customers',
  CrawlerName: 'cleanrooms-cleanrooms-prod-customers',
  NotificationTopicArn: 'arn:aws:sns:us-east-1:123456789012:cleanrooms-prod-NotificationTopic',
  TargetBucketName: 'cleanrooms-prod-targetbucket-4d5e6f',
  GlueDatabaseName: 'cleanrooms'
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
}

/** Stand-ins for the Lambdas and services; `overrides` replace single handlers for a scenario. */
function world(overrides: Partial<Record<string, TaskHandler>> = {}, crawlerStates?: unknown[]): World {
  const calls: Record<string, unknown[]> = {}
  const published: Publish[] = []
  const states = crawlerStates ?? [
    { State: 'RUNNING', LastCrawl: { Status: 'SUCCEEDED' } }, // the previous crawl's result while ours runs
    { State: 'READY', LastCrawl: { Status: 'SUCCEEDED' } }
  ]
  let poll = 0
  const base: Record<string, TaskHandler> = {
    DecryptBatch: (e: { dataset: string; batchId: string }) => ({
      rawPrefix: `raw/${e.dataset}/${e.batchId}/`,
      objectCount: 2,
      bytes: 2048
    }),
    RunDataBrewJob: (p: { Name: string }) => ({ Name: p.Name, RunId: 'db_run_1', State: 'SUCCEEDED' }),
    StartCrawler: () => ({}),
    GetCrawler: () => {
      const s = states[Math.min(poll++, states.length - 1)]
      return { Crawler: { Name: SAMPLE.CrawlerName, ...(s as object) } }
    },
    ArchiveBatch: (e: { dataset: string; batchId: string }) => ({
      archivePrefix: `archive/${e.dataset}/${e.batchId}/`,
      objectCount: 4
    }),
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
      ;(calls[name] ??= []).push(input)
      return h(input)
    }
  }
  return { handlers, calls, published }
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
    def.States.DecryptBatch!.Next = 'NoSuchState'
    expect(aslValidator(def).isValid).toBe(false)
  })

  test('every Task retries transient errors with backoff and catches everything into the failure path', () => {
    const def = JSON.parse(readFileSync(definitionPath, 'utf8')) as {
      States: Record<
        string,
        {
          Type: string
          Resource?: string
          Retry?: { ErrorEquals: string[]; BackoffRate?: number; MaxAttempts?: number }[]
          Catch?: { ErrorEquals: string[]; Next: string }[]
          TimeoutSeconds?: number
        }
      >
    }
    const tasks = Object.entries(def.States).filter(([, s]) => s.Type === 'Task')
    expect(tasks.map(([n]) => n).sort()).toEqual(
      [
        'ArchiveBatch',
        'DecryptBatch',
        'GetCrawler',
        'NotifyFailure',
        'NotifySuccess',
        'RunDataBrewJob',
        'StartCrawler'
      ].sort()
    )
    for (const [name, s] of tasks) {
      expect({ name, retry: (s.Retry ?? []).length > 0 }).toEqual({ name, retry: true })
      for (const r of s.Retry!) {
        expect({ name, backoff: (r.BackoffRate ?? 0) > 1, max: (r.MaxAttempts ?? 0) > 1 }).toEqual({
          name,
          backoff: true,
          max: true
        })
        expect(r.ErrorEquals).not.toContain('States.ALL') // only transient errors are retried
      }
      const last = s.Catch?.at(-1)
      expect({ name, catchAll: last?.ErrorEquals }).toEqual({ name, catchAll: ['States.ALL'] })
      expect(last?.Next).toBe(name === 'NotifyFailure' ? 'Failed' : 'PrepareFailure')
      expect({ name, timeout: typeof s.TimeoutSeconds }).toEqual({ name, timeout: 'number' })
    }
    const lambdaRetry = def.States.DecryptBatch!.Retry![0]!.ErrorEquals
    expect(lambdaRetry).toEqual(
      expect.arrayContaining([
        'Lambda.ServiceException',
        'Lambda.AWSLambdaException',
        'Lambda.SdkClientException',
        'Lambda.TooManyRequestsException'
      ])
    )
    expect(def.States.RunDataBrewJob!.Resource).toBe('arn:aws:states:::databrew:startJobRun.sync')
    expect(def.States.StartCrawler!.Catch![0]).toEqual({
      ErrorEquals: ['Glue.CrawlerRunningException'],
      ResultPath: '$.crawlerBusy',
      Next: 'CrawlerBusy'
    })
  })
})

describe('executions (tasks bound to local handlers)', () => {
  test('success: decrypt → DataBrew (Name) → crawl polled until READY+SUCCEEDED → archive → SNS success', async () => {
    const w = world()
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.DecryptBatch).toEqual([INPUT]) // the Lambda event is exactly the manifest reference
    expect(w.calls.RunDataBrewJob).toEqual([{ Name: SAMPLE.DataBrewJobName }])
    expect(w.calls.StartCrawler).toEqual([{ Name: SAMPLE.CrawlerName }])
    expect(w.calls.GetCrawler).toHaveLength(2)
    expect(w.calls.ArchiveBatch).toEqual([{ ...INPUT, rawPrefix: 'raw/customers/gh-42-1/' }])
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
      rawPrefix: 'raw/customers/gh-42-1/',
      dataBrewRunId: 'db_run_1',
      output: `s3://${SAMPLE.TargetBucketName}/customers/`,
      glueDatabase: 'cleanrooms',
      archivePrefix: 'archive/customers/gh-42-1/',
      archivedObjects: 4,
      execution: 'arn:aws:states:local:000000000000:execution:cleanrooms-connect:local'
    }
    expect(JSON.parse(p.Message)).toEqual(summary)
    expect(r.output).toEqual(summary) // the execution output the action reports
  })

  test('DataBrew job run FAILED (.sync fails the task): failure SNS with the cause, nothing crawled or archived', async () => {
    const cause = JSON.stringify({
      RunId: 'db_run_9',
      State: 'FAILED',
      ErrorMessage: 'column email not found'
    })
    const w = world({ RunDataBrewJob: () => Promise.reject(named('States.TaskFailed', cause)) })
    const r = await run(w)
    expect(r).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause })
    expect(w.calls.RunDataBrewJob).toHaveLength(1) // a failed job is not retried
    expect(w.calls.StartCrawler).toBeUndefined()
    expect(w.calls.ArchiveBatch).toBeUndefined()
    expect(w.published).toHaveLength(1)
    const [p] = w.published as [Publish]
    expect(p.TopicArn).toBe(SAMPLE.NotificationTopicArn)
    expect(p.Subject).toBe('cleanrooms-connect customers: batch FAILED')
    expect(attrs(p)).toEqual({
      dataset: 'customers',
      batch: 'gh-42-1',
      status: 'FAILED',
      error: 'States.TaskFailed',
      cause
    })
    expect(JSON.parse(p.Message)).toMatchObject({ status: 'FAILED', error: 'States.TaskFailed', cause })
  })

  test('DataBrew run reported with a State other than SUCCEEDED is a failure, not a success', async () => {
    const w = world({ RunDataBrewJob: () => ({ RunId: 'db_run_3', State: 'STOPPED' }) })
    const r = await run(w)
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'DataBrewJobFailed',
      cause: `DataBrew job ${SAMPLE.DataBrewJobName} run db_run_3 ended in state STOPPED`
    })
    expect(w.calls.StartCrawler).toBeUndefined()
    expect(attrs(w.published[0]!)).toMatchObject({ status: 'FAILED', error: 'DataBrewJobFailed' })
  })

  test('crawl FAILED while the crawler is READY: failure, not success; nothing archived', async () => {
    const w = world({}, [
      { State: 'RUNNING', LastCrawl: { Status: 'SUCCEEDED' } },
      { State: 'READY', LastCrawl: { Status: 'FAILED', ErrorMessage: 'Access denied' } }
    ])
    const r = await run(w)
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'CrawlFailed',
      cause: `Glue crawler ${SAMPLE.CrawlerName} ended its crawl with status FAILED (see its CloudWatch log stream)`
    })
    expect(w.calls.ArchiveBatch).toBeUndefined()
    expect(w.published).toHaveLength(1)
    expect(attrs(w.published[0]!)).toEqual({
      dataset: 'customers',
      batch: 'gh-42-1',
      status: 'FAILED',
      error: 'CrawlFailed',
      cause: r.cause
    })
  })

  test('crawler already running: waits for that crawl, starts ours, polls it, then succeeds', async () => {
    let starts = 0
    const w = world(
      {
        StartCrawler: () => {
          if (starts++ === 0)
            return Promise.reject(
              named('Glue.CrawlerRunningException', 'Crawler with name … has already started')
            )
          return {}
        }
      },
      [
        { State: 'RUNNING', LastCrawl: { Status: 'SUCCEEDED' } }, // someone else's crawl
        { State: 'READY', LastCrawl: { Status: 'SUCCEEDED' } }, // theirs ended: start ours
        { State: 'RUNNING', LastCrawl: { Status: 'SUCCEEDED' } }, // ours
        { State: 'READY', LastCrawl: { Status: 'SUCCEEDED' } }
      ]
    )
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.StartCrawler).toHaveLength(2)
    expect(w.calls.GetCrawler).toHaveLength(4)
    expect(w.calls.ArchiveBatch).toHaveLength(1)
    expect(attrs(w.published[0]!)).toMatchObject({ status: 'SUCCEEDED' })
  })

  test('a crawl that never ends is reported after the bounded number of polls', async () => {
    const w = world({}, [{ State: 'RUNNING', LastCrawl: { Status: 'SUCCEEDED' } }])
    const r = await run(w)
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'CrawlTimedOut',
      cause: `Glue crawler ${SAMPLE.CrawlerName} was still RUNNING after 60 polls of 30 seconds`
    })
    expect(w.calls.GetCrawler).toHaveLength(60)
    expect(w.calls.ArchiveBatch).toBeUndefined()
    expect(attrs(w.published[0]!)).toMatchObject({ status: 'FAILED', error: 'CrawlTimedOut' })
  })

  test('decrypt failure: the function error and its message reach the SNS cause; nothing downstream runs', async () => {
    const message =
      'landing/customers/gh-42-1/exports/customers.csv.gz.pgp: OpenPGP integrity check failed; nothing written to raw/'
    const w = world({ DecryptBatch: () => Promise.reject(named('DecryptError', message)) })
    const r = await run(w)
    expect(r.status).toBe('FAILED')
    expect(r.error).toBe('DecryptError')
    expect(JSON.parse(r.cause ?? '')).toEqual({ errorType: 'DecryptError', errorMessage: message })
    expect(w.calls.DecryptBatch).toHaveLength(1) // function errors are not retried
    expect(w.calls.RunDataBrewJob).toBeUndefined()
    const [p] = w.published as [Publish]
    expect(p.Subject).toBe('cleanrooms-connect customers: batch FAILED')
    expect(attrs(p)).toEqual({
      dataset: 'customers',
      batch: 'gh-42-1',
      status: 'FAILED',
      error: 'DecryptError',
      cause: r.cause
    })
  })

  test('a transient Lambda error is retried and the execution then succeeds', async () => {
    let attempts = 0
    const w = world({
      DecryptBatch: (e: { dataset: string; batchId: string }) => {
        if (attempts++ === 0)
          return Promise.reject(named('Lambda.ServiceException', 'Lambda is temporarily unavailable'))
        return { rawPrefix: `raw/${e.dataset}/${e.batchId}/`, objectCount: 2 }
      }
    })
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.DecryptBatch).toHaveLength(2)
    expect(r.events.filter(e => e.type === 'StateRetried').map(e => e.state)).toEqual(['DecryptBatch'])
    expect(w.published).toHaveLength(1)
    expect(attrs(w.published[0]!)).toMatchObject({ status: 'SUCCEEDED' })
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
    expect(attrs(w.published[0]!)).toMatchObject({
      status: 'FAILED',
      error: 'Lambda.TooManyRequestsException'
    })
  })

  test('throttled Glue calls are retried', async () => {
    let n = 0
    const w = world({
      StartCrawler: () => (n++ < 2 ? Promise.reject(named('Glue.ThrottlingException', 'Rate exceeded')) : {})
    })
    const r = await run(w)
    expect(r.status).toBe('SUCCEEDED')
    expect(w.calls.StartCrawler).toHaveLength(3)
  })

  test('an input that is not a manifest reference is refused before anything runs', async () => {
    const w = world()
    const r = await run(w, { bucket: INPUT.bucket, dataset: 'customers' })
    expect(r).toMatchObject({ status: 'FAILED', error: 'InvalidInput' })
    expect(w.calls.DecryptBatch).toBeUndefined()
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
      `this pipeline serves dataset customers with manifests under s3://${SAMPLE.DataBucketName}/landing/; got dataset orders and s3://${SAMPLE.DataBucketName}/landing/orders/b1/_manifest.json`
    )
    expect(w.calls.DecryptBatch).toBeUndefined()
    const r2 = await run(world(), { ...INPUT, manifestKey: 'raw/customers/gh-42-1/_manifest.json' })
    expect(r2).toMatchObject({ status: 'FAILED', error: 'InvalidInput' })
  })

  test('a failing failure notification does not hide the original error', async () => {
    const w = world({
      DecryptBatch: () => Promise.reject(named('DecryptError', 'bad key')),
      NotifyFailure: () => Promise.reject(named('SNS.AuthorizationErrorException', 'not allowed'))
    })
    const r = await run(w)
    expect(r).toMatchObject({ status: 'FAILED', error: 'DecryptError' })
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
