/** explainAwsError: every AWS failure names the service, call and resource, and says what to check. */
import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { explainAwsError } from '../../src/jobs/aws-errors.js'

const call = {
  service: 'CloudFormation',
  call: 'DescribeStacks',
  resource: 'stack cleanrooms-prod',
  permission: 'cloudformation:DescribeStacks',
  input: 'stack-name'
}
const sdkError = (name: string, status: number, message = name) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } })

describe('explainAwsError', () => {
  it('access denied names the permission and the resource', () => {
    expect(explainAwsError(sdkError('AccessDenied', 403, 'User is not authorized'), call).message).toBe(
      'CloudFormation DescribeStacks on stack cleanrooms-prod failed: access denied (HTTP 403 AccessDenied User is not authorized): ' +
        "the role needs cloudformation:DescribeStacks on stack cleanrooms-prod; check the role's policy, any resource or key policy, and aws-region"
    )
  })

  it('not found names the input to check', () => {
    expect(explainAwsError(sdkError('NoSuchKey', 404), call).message).toMatch(
      /^CloudFormation DescribeStacks on stack cleanrooms-prod failed: not found \(HTTP 404 NoSuchKey\): check stack-name and aws-region$/
    )
  })

  it('refused credentials point at the role or the environment', () => {
    expect(explainAwsError(sdkError('ExpiredToken', 400), call).message).toMatch(
      /the credentials were refused \(HTTP 400 ExpiredToken\): check role-to-assume or the AWS credentials/
    )
  })

  it('a timeout or a refused connection says the endpoint was not reached', () => {
    const timeout = Object.assign(new Error('Connection timed out after 5000 ms'), { name: 'TimeoutError' })
    expect(explainAwsError(timeout, call).message).toMatch(
      /could not reach the CloudFormation endpoint: timeout/
    )
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' })
    expect(explainAwsError(refused, call).message).toMatch(/endpoint \(10\.0\.0\.1:443\): ECONNREFUSED/)
  })

  it('keeps an error that already explains itself, and the original as the cause', () => {
    const own = new UserError(
      'stack cleanrooms-prod not found in region us-east-1: check stack-name and aws-region'
    )
    expect(explainAwsError(own, call)).toBe(own)
    const raw = sdkError('ServiceUnavailable', 503)
    const explained = explainAwsError(raw, call)
    expect(explained).toBeInstanceOf(UserError)
    expect(explained.cause).toBe(raw)
    expect(explained.message).not.toContain('\n')
  })
})
