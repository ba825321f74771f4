/**
 * The IAM contract of the Clean Rooms resources (a deployment with CleanRoomsConfiguredTable and a membership): what
 * Clean Rooms does with the association's role on a partner's query is allowed by the template, in both output
 * modes, and nothing else is: not the landing or raw data, not another dataset's folder or table, not the data key for
 * another bucket. The evaluation machinery is the main contract test's (iam/*).
 */
import { describe, expect, it } from '@jest/globals'
import { cleanRoomsQueryRequests } from './iam/cleanrooms-calls.js'
import { PolicyEvaluator, verdictTable } from './iam/evaluate.js'
import { RequestMapper, type IamRequest } from './iam/requests.js'
import { loadStack, SAMPLE_DEPLOYMENT } from './iam/resolve-template.js'

const MEMBERSHIP = '5b0c2a3e-1d4f-4c6b-9a8e-7f6d5c4b3a21'
const withCleanRooms = (extra: Record<string, string> = {}) =>
  loadStack({
    ...SAMPLE_DEPLOYMENT,
    parameters: {
      ...SAMPLE_DEPLOYMENT.parameters,
      CleanRoomsConfiguredTable: 'true',
      CleanRoomsMembershipId: MEMBERSHIP,
      ...extra
    }
  })

describe('Clean Rooms reads the table through the association role', () => {
  it.each(['replace', 'append'] as const)('%s: every call of a query is allowed', async mode => {
    const stack = withCleanRooms({ OutputMode: mode })
    const evaluator = new PolicyEvaluator(stack)
    const requests = cleanRoomsQueryRequests(stack, new RequestMapper(stack), {
      mode,
      folder: 'customers/batch=b-1/',
      objectKey: 'customers/batch=b-1/part-00000.snappy.parquet'
    })
    expect(new Set(requests.map(r => r.principal))).toEqual(new Set(['CleanRoomsTableRole']))
    expect(requests.map(r => r.action)).toEqual(
      expect.arrayContaining(['glue:GetTable', 's3:ListBucket', 's3:GetObject', 'kms:Decrypt'])
    )
    const denied = (await evaluator.evaluateAll(requests)).filter(v => !v.allowed)
    if (denied.length) throw new Error(`Clean Rooms calls denied:\n${verdictTable(denied)}`)
  })

  it('a stack without the parameters has no Clean Rooms resources or role', () => {
    const stack = loadStack(SAMPLE_DEPLOYMENT)
    expect(stack.has('ConfiguredTable')).toBe(false)
    expect(stack.has('ConfiguredTableAssociation')).toBe(false)
    expect(stack.has('CleanRoomsTableRole')).toBe(false)
    const tableOnly = loadStack({
      ...SAMPLE_DEPLOYMENT,
      parameters: { ...SAMPLE_DEPLOYMENT.parameters, CleanRoomsConfiguredTable: 'true' }
    })
    expect(tableOnly.has('ConfiguredTable')).toBe(true)
    expect(tableOnly.has('CleanRoomsTableRole')).toBe(false)
  })
})

describe('the association role reaches nothing else', () => {
  const stack = withCleanRooms()
  const mapper = new RequestMapper(stack)
  const evaluator = new PolicyEvaluator(stack)
  const { partition, region, accountId } = stack.deployment
  const s3 = (bucket: string, command: string, input: Record<string, unknown>): IamRequest =>
    mapper.requestsFor({
      principal: 'CleanRoomsTableRole',
      client: 'S3Client',
      command: `${command}Command`,
      input: { Bucket: bucket, ...input }
    })[0]!
  const data = stack.ref('DataBucket')
  const target = stack.ref('TargetBucket')
  const glue = (action: string, table: string): IamRequest => ({
    principal: 'CleanRoomsTableRole',
    action,
    resource: `arn:${partition}:glue:${region}:${accountId}:table/${stack.ref('GlueDatabase')}/${table}`,
    origin: 'deny list',
    context: { 'aws:SecureTransport': 'true' }
  })
  const mustBeDenied: [string, () => IamRequest][] = [
    [
      'reads decrypted plaintext in raw/',
      () => s3(data, 'GetObject', { Key: 'raw/customers/b-1/customers.csv' })
    ],
    [
      'reads ciphertext in landing/',
      () => s3(data, 'GetObject', { Key: 'landing/customers/b-1/x.csv.gz.pgp' })
    ],
    [
      'reads the archive',
      () => s3(data, 'GetObject', { Key: 'archive/customers/b-1/landing/_manifest.json' })
    ],
    [
      "reads another dataset's output",
      () => s3(target, 'GetObject', { Key: 'orders/batch=b-1/part.parquet' })
    ],
    ["lists another dataset's output", () => s3(target, 'ListObjectsV2', { Prefix: 'orders/' })],
    ['writes to the output', () => s3(target, 'PutObject', { Key: 'customers/batch=b-1/x.parquet' })],
    ['deletes output', () => s3(target, 'DeleteObject', { Key: 'customers/batch=b-1/x.parquet' })],
    ["reads another table's metadata", () => glue('glue:GetTable', 'orders')],
    ['changes the table', () => glue('glue:UpdateTable', stack.getAtt('OutputTable', 'TableName'))],
    [
      'decrypts with the data key for the data bucket',
      () => ({
        principal: 'CleanRoomsTableRole',
        action: 'kms:Decrypt',
        resource: stack.getAtt('DataKey', 'Arn'),
        origin: 'deny list',
        context: {
          'aws:SecureTransport': 'true',
          'kms:ViaService': `s3.${region}.amazonaws.com`,
          'kms:EncryptionContext:aws:s3:arn': stack.getAtt('DataBucket', 'Arn')
        }
      })
    ],
    [
      'decrypts with the data key directly (not through S3)',
      () => ({
        principal: 'CleanRoomsTableRole',
        action: 'kms:Decrypt',
        resource: stack.getAtt('DataKey', 'Arn'),
        origin: 'deny list',
        context: {
          'aws:SecureTransport': 'true',
          'kms:EncryptionContext:aws:s3:arn': stack.getAtt('TargetBucket', 'Arn')
        }
      })
    ]
  ]
  it.each(mustBeDenied)('%s', async (label, make) => {
    const verdict = await evaluator.evaluate(make())
    if (verdict.allowed) {
      throw new Error(
        `${label}: ${verdict.request.action} on ${verdict.request.resource} is allowed by ${verdict.grantedBy}`
      )
    }
    expect(verdict.result).toMatch(/^(Implicitly|Explicitly)Denied$/)
  })
})

describe('who may assume the association role', () => {
  const trust = (extra: Record<string, string> = {}) =>
    JSON.stringify(
      withCleanRooms(extra).resolve(
        withCleanRooms(extra).property('CleanRoomsTableRole', 'AssumeRolePolicyDocument')
      )
    )

  it("Clean Rooms, on behalf of this account's membership only, unless other members are named", () => {
    const own = `arn:aws:cleanrooms:us-east-1:123456789012:membership/${MEMBERSHIP}`
    expect(JSON.parse(trust())).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'cleanrooms.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: { 'ForAnyValue:ArnEquals': { 'aws:SourceArn': [own] } }
        }
      ]
    })
    const partner =
      'arn:aws:cleanrooms:us-east-1:210987654321:membership/0a1b2c3d-0000-4000-8000-000000000001'
    const withPartner = JSON.parse(trust({ CleanRoomsMemberMembershipArns: partner })) as {
      Statement: { Condition: Record<string, Record<string, string[]>> }[]
    }
    expect(withPartner.Statement[0]!.Condition['ForAnyValue:ArnEquals']!['aws:SourceArn']).toEqual([
      own,
      partner
    ])
  })
})
