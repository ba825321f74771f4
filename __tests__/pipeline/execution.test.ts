import { describe, expect, it, beforeEach } from '@jest/globals'
import { mockClient } from 'aws-sdk-client-mock'
import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  GetExecutionHistoryCommand,
  SFNClient,
  StartExecutionCommand
} from '@aws-sdk/client-sfn'
import {
  executionArnFor,
  executionName,
  lastEnteredState,
  startExecution,
  waitForExecution
} from '../../src/pipeline/execution.js'

const SM = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
const input = {
  bucket: 'b',
  manifestKey: 'landing/customers/gh-1-1/_manifest.json',
  dataset: 'customers',
  batchId: 'gh-1-1'
}
const sfnMock = mockClient(SFNClient)
const sfn = new SFNClient({ region: 'us-east-1' })

beforeEach(() => {
  sfnMock.reset()
})

describe('executionName', () => {
  it('joins dataset and batch and keeps to the allowed alphabet and length', () => {
    expect(executionName('customers', 'gh-42-1')).toBe('customers-gh-42-1')
    expect(executionName('a.b', 'x/y')).toBe('a-b-x-y')
    expect(executionName('d'.repeat(70), 'b'.repeat(30))).toHaveLength(80)
  })
  it('derives the execution ARN from the state machine ARN', () => {
    expect(executionArnFor(SM, 'n')).toBe(
      'arn:aws:states:us-east-1:123456789012:execution:cleanrooms-pipeline:n'
    )
    expect(() => executionArnFor('arn:aws:s3:::bucket', 'n')).toThrow(/not a state machine ARN/)
  })
})

describe('startExecution', () => {
  it('starts with the batch reference as input and a name derived from the batch', async () => {
    sfnMock.on(StartExecutionCommand).resolves({ executionArn: 'arn:exec', startDate: new Date() })
    const r = await startExecution(sfn, SM, input)
    expect(r).toEqual({ executionArn: 'arn:exec', name: 'customers-gh-1-1', reattached: false })
    const call = sfnMock.commandCalls(StartExecutionCommand)[0]!.args[0].input
    expect(call.stateMachineArn).toBe(SM)
    expect(JSON.parse(call.input!)).toEqual(input)
  })
  it('re-attaches to a closed execution of the same batch', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }))
    sfnMock.on(DescribeExecutionCommand).resolves({ input: JSON.stringify(input), status: 'SUCCEEDED' })
    const r = await startExecution(sfn, SM, input)
    expect(r.reattached).toBe(true)
    expect(r.executionArn).toBe(executionArnFor(SM, 'customers-gh-1-1'))
  })
  it('refuses when the same name ran with another input', async () => {
    sfnMock
      .on(StartExecutionCommand)
      .rejects(new ExecutionAlreadyExists({ message: 'exists', $metadata: {} }))
    sfnMock
      .on(DescribeExecutionCommand)
      .resolves({ input: JSON.stringify({ ...input, manifestKey: 'other' }) })
    await expect(startExecution(sfn, SM, input)).rejects.toThrow(/already exists .* different input/)
  })
})

describe('waitForExecution', () => {
  it('polls with a growing interval until the execution ends, without real sleeping', async () => {
    let t = 0
    const sleeps: number[] = []
    sfnMock
      .on(DescribeExecutionCommand)
      .resolvesOnce({ status: 'RUNNING' })
      .resolvesOnce({ status: 'RUNNING' })
      .resolvesOnce({ status: 'RUNNING' })
      .resolves({ status: 'SUCCEEDED', output: '{"ok":true}' })
    const r = await waitForExecution(sfn, 'arn:exec', {
      timeoutMs: 600_000,
      pollMs: 1000,
      maxPollMs: 3000,
      now: () => t,
      sleep: async ms => {
        sleeps.push(ms)
        t += ms
      }
    })
    expect(r.status).toBe('SUCCEEDED')
    expect(r.output).toBe('{"ok":true}')
    expect(sleeps).toEqual([1000, 2000, 3000])
  })
  it('reports the failed state, error and cause', async () => {
    sfnMock
      .on(DescribeExecutionCommand)
      .resolves({ status: 'FAILED', error: 'DataBrew.Failed', cause: 'job failed' })
    sfnMock.on(GetExecutionHistoryCommand).resolves({
      events: [
        { id: 9, type: 'ExecutionFailed', timestamp: new Date() },
        {
          id: 8,
          type: 'TaskStateEntered',
          timestamp: new Date(),
          stateEnteredEventDetails: { name: 'NotifyFailure' }
        }
      ]
    })
    const r = await waitForExecution(sfn, 'arn:exec', { timeoutMs: 1, now: () => 0, sleep: async () => {} })
    expect(r).toMatchObject({
      status: 'FAILED',
      error: 'DataBrew.Failed',
      cause: 'job failed',
      failedState: 'NotifyFailure'
    })
  })
  it('stops waiting at the timeout and says so', async () => {
    let t = 0
    sfnMock.on(DescribeExecutionCommand).resolves({ status: 'RUNNING' })
    const r = await waitForExecution(sfn, 'arn:exec', {
      timeoutMs: 10_000,
      pollMs: 4000,
      now: () => t,
      sleep: async ms => {
        t += ms
      }
    })
    expect(r).toMatchObject({ status: 'RUNNING', timedOut: true })
    expect(t).toBe(10_000)
  })
})

describe('lastEnteredState', () => {
  it('finds the newest StateEntered event', () => {
    expect(lastEnteredState([{ id: 2, type: 'TaskScheduled', timestamp: new Date() }])).toBeUndefined()
    expect(
      lastEnteredState([
        { id: 3, type: 'TaskFailed', timestamp: new Date() },
        {
          id: 2,
          type: 'TaskStateEntered',
          timestamp: new Date(),
          stateEnteredEventDetails: { name: 'DecryptBatch' }
        },
        {
          id: 1,
          type: 'TaskStateEntered',
          timestamp: new Date(),
          stateEnteredEventDetails: { name: 'Start' }
        }
      ])
    ).toBe('DecryptBatch')
  })
})
