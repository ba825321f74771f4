import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import {
  CloudFormationClient,
  CloudFormationServiceException,
  DescribeStacksCommand,
  type Stack
} from '@aws-sdk/client-cloudformation'
import { mockClient } from 'aws-sdk-client-mock'
import { UserError } from '../../src/errors.js'
import { readStackOutputs } from '../../src/aws/stack-outputs.js'

// No local server speaks CloudFormation, so this one API is mocked at the SDK client.
const cfn = new CloudFormationClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'y' }
})
const mock = mockClient(cfn)

function stack(over: Partial<Stack>): Stack {
  return { StackName: 'cleanrooms', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date(0), ...over }
}

function serviceError(name: string, message: string, status: number) {
  return new CloudFormationServiceException({
    name,
    message,
    $fault: 'client',
    $metadata: { httpStatusCode: status }
  })
}

beforeEach(() => {
  mock.reset()
})
afterAll(() => mock.restore())

describe('readStackOutputs', () => {
  it('returns the outputs as a key → value map', async () => {
    mock.on(DescribeStacksCommand, { StackName: 'cleanrooms' }).resolves({
      Stacks: [
        stack({
          StackStatus: 'UPDATE_COMPLETE',
          Outputs: [
            { OutputKey: 'LandingBucket', OutputValue: 'cleanrooms-landing-123' },
            {
              OutputKey: 'StateMachineArn',
              OutputValue: 'arn:aws:states:eu-west-1:123456789012:stateMachine:cleanrooms'
            },
            { OutputValue: 'no key is skipped' }
          ]
        })
      ]
    })
    await expect(readStackOutputs(cfn, 'cleanrooms')).resolves.toEqual({
      LandingBucket: 'cleanrooms-landing-123',
      StateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:cleanrooms'
    })
    expect(mock.commandCalls(DescribeStacksCommand)).toHaveLength(1)
  })

  it('accepts a stack without outputs and one rolled back to its previous version', async () => {
    mock.on(DescribeStacksCommand).resolves({ Stacks: [stack({ StackStatus: 'UPDATE_ROLLBACK_COMPLETE' })] })
    await expect(readStackOutputs(cfn, 'cleanrooms')).resolves.toEqual({})
  })

  it('names the stack and region when it does not exist', async () => {
    mock
      .on(DescribeStacksCommand)
      .rejects(serviceError('ValidationError', 'Stack with id nope does not exist', 400))
    const err = (await readStackOutputs(cfn, 'nope').catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toBe('stack nope not found in region eu-west-1: check stack-name and aws-region')
  })

  it('says which permission is missing on AccessDenied', async () => {
    mock
      .on(DescribeStacksCommand)
      .rejects(
        serviceError('AccessDenied', 'User is not authorized to perform: cloudformation:DescribeStacks', 403)
      )
    const err = (await readStackOutputs(cfn, 'cleanrooms').catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toMatch(
      /needs cloudformation:DescribeStacks on arn:aws:cloudformation:eu-west-1:ACCOUNT:stack\/cleanrooms\/\*/
    )
  })

  it.each([
    'ROLLBACK_COMPLETE',
    'CREATE_FAILED',
    'DELETE_IN_PROGRESS',
    'UPDATE_ROLLBACK_FAILED',
    'CREATE_IN_PROGRESS'
  ])('refuses a stack in state %s and says so', async status => {
    mock.on(DescribeStacksCommand).resolves({
      Stacks: [
        stack({
          StackStatus: status as Stack['StackStatus'],
          StackStatusReason: 'Resource creation cancelled',
          Outputs: [{ OutputKey: 'A', OutputValue: 'b' }]
        })
      ]
    })
    const err = (await readStackOutputs(cfn, 'cleanrooms').catch((e: unknown) => e)) as Error
    expect(err).toBeInstanceOf(UserError)
    expect(err.message).toContain(
      `stack cleanrooms in eu-west-1 is in state ${status} (Resource creation cancelled)`
    )
  })

  it('passes other errors through unchanged', async () => {
    const throttled = serviceError('Throttling', 'Rate exceeded', 400)
    mock.on(DescribeStacksCommand).rejects(throttled)
    await expect(readStackOutputs(cfn, 'cleanrooms')).rejects.toBe(throttled)
  })
})
