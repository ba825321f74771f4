/**
 * runPipelineJob on its own, Step Functions mocked (aws-sdk-client-mock) and the clock injected: how each way an
 * execution ends comes back, what the post step is told (onExecution), and that a failure names the call and the fix.
 * The action door (main-pipeline.itg.test.ts) covers the outputs, the summary and the cancel paths end to end.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeExecutionCommand,
  DescribeStateMachineForExecutionCommand,
  ExecutionAlreadyExists,
  GetExecutionHistoryCommand,
  InvalidArn,
  SFNClient,
  SFNServiceException,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  StopExecutionCommand,
  type DescribeExecutionCommandOutput
} from '@aws-sdk/client-sfn'
import type { AwsSession } from '../../src/jobs/connect.js'
import type { ExecutionEvent, JobContext } from '../../src/jobs/context.js'
import { runPipelineJob } from '../../src/jobs/pipeline-job.js'
import type { RunSettings } from '../../src/settings/requirements.js'
import { requireForAws } from '../../src/settings/requirements.js'
import { parseSettings } from '../../src/settings/settings.js'
import { testJobContext } from '../helpers/job-context.js'

const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
const EXEC = 'arn:aws:states:us-east-1:123456789012:execution:cleanrooms-pipeline:customers-b-1'
const INPUT = {
  bucket: 'landing-bucket',
  manifestKey: 'landing/customers/b-1/_manifest.json',
  dataset: 'customers',
  batchId: 'b-1'
}
const sfnMock = mockClient(SFNClient)

/** What the SDK throws for AWS's AccessDeniedException (not modelled in client-sfn). */
const accessDenied = (message: string) =>
  new SFNServiceException({
    name: 'AccessDeniedException',
    $fault: 'client',
    message,
    $metadata: { httpStatusCode: 400 }
  })

function session(inputs: Record<string, string> = {}): AwsSession<RunSettings> {
  const settings = requireForAws(
    parseSettings(
      {
        command: 'run',
        'aws-region': 'us-east-1',
        bucket: INPUT.bucket,
        dataset: INPUT.dataset,
        files: '*.csv',
        recipient: 'k.asc',
        'state-machine-arn': SM,
        ...inputs
      },
      {}
    ) as Parameters<typeof requireForAws>[0]
  ) as RunSettings
  return {
    settings,
    clientOptions: { region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' } },
    credentialSource: 'default-chain'
  }
}

/** A context whose clock moves only when the job sleeps, recording what the post step would be told. */
function context(signal?: AbortSignal) {
  let t = 0
  const executions: ExecutionEvent[] = []
  const recorded = testJobContext({
    cwd: '/',
    now: () => t,
    sleep: ms => {
      t += ms
      return Promise.resolve()
    },
    onExecution: e => void executions.push(e),
    signal
  })
  return { ...recorded, executions, elapsed: () => t }
}

function describes(...statuses: Partial<DescribeExecutionCommandOutput>[]): void {
  let chain = sfnMock.on(DescribeExecutionCommand)
  for (const s of statuses)
    chain = chain.resolvesOnce({ executionArn: EXEC, stateMachineArn: SM, startDate: new Date(0), ...s })
}

const HISTORY = [
  { id: 1, type: 'ExecutionStarted', timestamp: new Date(0) },
  {
    id: 2,
    previousEventId: 1,
    type: 'TaskStateEntered',
    timestamp: new Date(1_000),
    stateEnteredEventDetails: { name: 'DecryptBatch' }
  },
  {
    id: 3,
    previousEventId: 2,
    type: 'ExecutionFailed',
    timestamp: new Date(2_000),
    executionFailedEventDetails: { error: 'Lambda.Unknown', cause: 'the key is not the pipeline key' }
  }
] as const

let destroy: ReturnType<typeof jest.spyOn>
let runs = 0

/** runPipelineJob, counted: each run must close the one client it opened. */
function runPipeline(s: AwsSession<RunSettings>, ctx: JobContext) {
  runs++
  return runPipelineJob(s, INPUT, ctx)
}

beforeEach(() => {
  sfnMock.reset()
  sfnMock.on(StartExecutionCommand).resolves({ executionArn: EXEC, startDate: new Date(0) })
  destroy = jest.spyOn(SFNClient.prototype, 'destroy')
  runs = 0
})

afterEach(() => {
  // Every path closes its client: a job that failed leaves no sockets open behind it.
  expect(destroy).toHaveBeenCalledTimes(runs)
  destroy.mockRestore()
})

describe('runPipelineJob: how the execution ended', () => {
  it('FAILED: the failed state, the history and definition for the report, and the post step told it ended', async () => {
    describes({ status: 'RUNNING' }, { status: 'FAILED', error: 'Lambda.Unknown', stopDate: new Date(2_000) })
    sfnMock.on(GetExecutionHistoryCommand).resolves({ events: [...HISTORY] })
    sfnMock.on(DescribeStateMachineForExecutionCommand).resolves({ definition: '{"StartAt":"DecryptBatch"}' })
    const c = context()
    const out = await runPipeline(session(), c.ctx)
    expect(out.result).toMatchObject({
      status: 'FAILED',
      error: 'Lambda.Unknown',
      failedState: 'DecryptBatch'
    })
    expect(out.result.timedOut).toBeUndefined()
    expect(out.waited).toBe(true)
    expect(out.reattached).toBe(false)
    expect(out.details?.events).toHaveLength(3)
    expect(out.details?.definition).toBe('{"StartAt":"DecryptBatch"}')
    expect(c.executions).toEqual([
      { executionArn: EXEC, finished: false, stopOnCancel: true },
      { executionArn: EXEC, finished: true, stopOnCancel: true }
    ])
    expect(c.logs[0]).toBe(`started execution ${EXEC} for batch b-1`)
    expect(sfnMock.commandCalls(StopExecutionCommand)).toHaveLength(0)
  })

  it("TIMED_OUT and ABORTED by someone else are the execution's own ends, reported with their history", async () => {
    for (const status of ['TIMED_OUT', 'ABORTED'] as const) {
      sfnMock.on(DescribeExecutionCommand).resolves({ executionArn: EXEC, status, startDate: new Date(0) })
      sfnMock.on(GetExecutionHistoryCommand).resolves({ events: [...HISTORY] })
      const out = await runPipeline(session(), context().ctx)
      expect(out.result.status).toBe(status)
      // Not the wait's timeout, and not a stop of ours.
      expect(out.result.timedOut).toBeUndefined()
      expect(out.result.stopped).toBeUndefined()
      expect(out.details).toBeDefined()
    }
  })

  it('timeout-minutes: leaves the execution running (documented), fetches no history, tells the post step it ended', async () => {
    sfnMock
      .on(DescribeExecutionCommand)
      .resolves({ executionArn: EXEC, status: 'RUNNING', startDate: new Date(0) })
    const c = context()
    const out = await runPipeline(session({ 'timeout-minutes': '20' }), c.ctx)
    expect(out.result).toMatchObject({ status: 'RUNNING', timedOut: true })
    expect(c.elapsed()).toBe(20 * 60_000)
    expect(out.details).toBeUndefined()
    expect(sfnMock.commandCalls(GetExecutionHistoryCommand)).toHaveLength(0)
    expect(sfnMock.commandCalls(StopExecutionCommand)).toHaveLength(0)
    expect(c.executions.at(-1)).toEqual({ executionArn: EXEC, finished: true, stopOnCancel: true })
    // Polls back off to 30 s; the log says when the status changes and about every 5 minutes, not at every poll.
    const polls = sfnMock.commandCalls(DescribeExecutionCommand).length
    const running = c.logs.filter(l => l.startsWith('execution RUNNING after '))
    expect(polls).toBeGreaterThan(35)
    expect(running.length).toBeGreaterThan(1)
    expect(running.length).toBeLessThan(polls / 4)
  })

  it('wait: false returns RUNNING at once and leaves nothing for the post step to stop', async () => {
    const c = context()
    const out = await runPipeline(session({ wait: 'false' }), c.ctx)
    expect(out).toMatchObject({ waited: false, result: { executionArn: EXEC, status: 'RUNNING' } })
    expect(sfnMock.commandCalls(DescribeExecutionCommand)).toHaveLength(0)
    expect(c.executions.map(e => e.finished)).toEqual([false, true])
  })

  it('re-attaches to the execution a previous attempt started for the same batch, and says so', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }))
    sfnMock.on(DescribeExecutionCommand).resolves({
      executionArn: EXEC,
      status: 'SUCCEEDED',
      input: JSON.stringify(INPUT),
      startDate: new Date(0)
    })
    sfnMock.on(GetExecutionHistoryCommand).resolves({ events: [] })
    const c = context()
    const out = await runPipeline(session(), c.ctx)
    expect(out.reattached).toBe(true)
    expect(out.result.status).toBe('SUCCEEDED')
    expect(c.logs[0]).toBe(`re-attached to execution ${EXEC} for batch b-1`)
  })

  it('a history the role may not read costs the timeline only, with a warning naming the permission', async () => {
    describes({ status: 'SUCCEEDED', output: '{}' })
    sfnMock.on(GetExecutionHistoryCommand).rejects(accessDenied('not authorized'))
    const c = context()
    const out = await runPipeline(session(), c.ctx)
    expect(out.result.status).toBe('SUCCEEDED')
    expect(out.details).toBeUndefined()
    expect(c.warnings).toEqual([
      expect.stringMatching(
        /^no timeline in the summary: Step Functions GetExecutionHistory on .*: access denied .*states:GetExecutionHistory/
      )
    ])
  })
})

describe('runPipelineJob: failures name the call and the fix', () => {
  it('a state machine that does not exist (a wrong ARN or region): one line with what to check, no execution told', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .rejects(
        new StateMachineDoesNotExist({ message: `State Machine Does Not Exist: '${SM}'`, $metadata: {} })
      )
    const c = context()
    await expect(runPipeline(session(), c.ctx)).rejects.toThrow(
      new Error(`state machine ${SM} does not exist: check state-machine-arn / stack-name and aws-region`)
    )
    expect(c.executions).toEqual([])
    expect(sfnMock.commandCalls(DescribeExecutionCommand)).toHaveLength(0)
  })

  it('an ARN Step Functions rejects names the call, the ARN and aws-region, on one line', async () => {
    const other = SM.replace('us-east-1', 'eu-west-1')
    sfnMock.on(StartExecutionCommand).rejects(
      new InvalidArn({
        message: `Invalid Arn: '${other}'\nmore detail`,
        $metadata: { httpStatusCode: 400 }
      })
    )
    const c = context()
    const err = await runPipeline(session({ 'state-machine-arn': other }), c.ctx).then(
      () => new Error('resolved'),
      (e: unknown) => e as Error
    )
    expect(err.message).toMatch(
      new RegExp(`^Step Functions StartExecution on ${other} failed: HTTP 400 InvalidArn .*aws-region`)
    )
    expect(err.message).not.toContain('\n')
    expect(c.executions).toEqual([])
  })

  it('a refused DescribeExecution leaves the execution unfinished for the post step, and names the permission', async () => {
    sfnMock.on(DescribeExecutionCommand).rejects(accessDenied('not authorized'))
    const c = context()
    await expect(runPipeline(session(), c.ctx)).rejects.toThrow(
      new RegExp(
        `^Step Functions DescribeExecution on ${EXEC} failed: access denied .*states:DescribeExecution`
      )
    )
    // The post step may still stop it on a cancel: the last word about it is "not finished".
    expect(c.executions).toEqual([{ executionArn: EXEC, finished: false, stopOnCancel: true }])
  })
})
