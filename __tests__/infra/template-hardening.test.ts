/**
 * Issue 7, items 3, 4, 6, 7 and 11 as the template states them: bucket-policy denies that refuse only a wrong
 * encryption header, an access-log bucket S3 log delivery can write to, the CI role scoped to its dataset, the
 * keys-admin policy, retained keys and secrets, lifecycle rules S3 accepts, alarms that say what they count.
 *
 * Requests are evaluated with @cloud-copilot/iam-simulate against the template's own policies, with !Ref, !GetAtt and
 * !Sub resolved for a sample account (below), so a deny or grant that AWS would read differently fails here.
 */
import { describe, expect, test } from '@jest/globals'
import { runSimulation, type Simulation } from '@cloud-copilot/iam-simulate'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseTemplate, type Template } from './cfn-yaml.js'

const t: Template = parseTemplate(
  readFileSync(fileURLToPath(new URL('../../infra/template.yaml', import.meta.url)), 'utf8')
)
const resources = t.Resources
const parameters = t.Parameters ?? {}

type Json = unknown
type Statement = Record<string, Json>
type PolicyDocument = { Version: string; Statement: Statement[] }

// ---------------------------------------------------------------- a sample deployment
const ACCOUNT = '123456789012'
const REGION = 'us-east-1'
const STACK = 'cleanrooms-prod'
const STACK_ID = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${STACK}/0f1e2d3c-aaaa-bbbb-cccc-123456789abc`
const DATA_KEY_ID = '1111aaaa-22bb-33cc-44dd-555555eeeeee'
const WRAP_KEY_ID = '9999ffff-88ee-77dd-66cc-444444bbbbbb'
const OTHER_KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/00000000-0000-0000-0000-000000000000`
const keyArn = (id: string) => `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`
const SECRET_ARN = `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:cleanrooms-connect/${STACK}/pgp-private-keys-AbCdEf`

const REFS: Record<string, string> = {
  'AWS::AccountId': ACCOUNT,
  'AWS::Region': REGION,
  'AWS::Partition': 'aws',
  'AWS::StackName': STACK,
  'AWS::StackId': STACK_ID,
  DataBucket: 'cr-data',
  TargetBucket: 'cr-target',
  AccessLogBucket: 'cr-access-logs',
  DataKey: DATA_KEY_ID,
  KeyWrappingKey: WRAP_KEY_ID,
  PgpPrivateKeySecret: SECRET_ARN,
  HashingKeySecret: `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:AwsGlueDataBrew-cleanrooms-hashing-key-XyZ123`,
  StateMachine: `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:pipeline`,
  NotificationTopic: `arn:aws:sns:${REGION}:${ACCOUNT}:cleanrooms`,
  GitHubOidcProvider: `arn:aws:iam::${ACCOUNT}:oidc-provider/token.actions.githubusercontent.com`
}
const GETATTS: Record<string, string> = {
  'DataBucket.Arn': 'arn:aws:s3:::cr-data',
  'TargetBucket.Arn': 'arn:aws:s3:::cr-target',
  'AccessLogBucket.Arn': 'arn:aws:s3:::cr-access-logs',
  'DataKey.Arn': keyArn(DATA_KEY_ID),
  'KeyWrappingKey.Arn': keyArn(WRAP_KEY_ID),
  'DecryptFunctionRole.Arn': `arn:aws:iam::${ACCOUNT}:role/decrypt`,
  'StateMachine.Name': 'pipeline'
}

function refValue(name: string): string {
  const v = REFS[name] ?? (parameters[name]?.Default as string | number | undefined)
  if (v === undefined) throw new Error(`sample value missing for Ref ${name}`)
  return String(v)
}

/** Resolves !Ref, !GetAtt, !Sub (both forms) and !If (conditions at their defaults) for the sample deployment. */
function resolve(node: Json): Json {
  if (Array.isArray(node)) return node.map(resolve)
  if (!node || typeof node !== 'object') return node
  const o = node as Record<string, Json>
  if ('Ref' in o) return refValue(String(o.Ref))
  if ('Fn::GetAtt' in o) {
    const [r, a] = o['Fn::GetAtt'] as [string, string]
    const v = GETATTS[`${r}.${a}`]
    if (!v) throw new Error(`sample value missing for GetAtt ${r}.${a}`)
    return v
  }
  if ('Fn::Sub' in o) {
    const arg = o['Fn::Sub']
    const [text, vars] = typeof arg === 'string' ? [arg, {}] : (arg as [string, Record<string, Json>])
    return text.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => {
      if (name in vars) return String(resolve(vars[name]))
      return name.includes('.') ? (GETATTS[name] ?? fail(name)) : refValue(name)
    })
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolve(v)]))
}
function fail(name: string): never {
  throw new Error(`sample value missing for \${${name}}`)
}

function bucketPolicy(bucket: string): PolicyDocument {
  const [, r] = Object.entries(resources).find(
    ([, r]) =>
      r.Type === 'AWS::S3::BucketPolicy' && JSON.stringify(r.Properties?.Bucket) === `{"Ref":"${bucket}"}`
  )!
  return resolve(r.Properties!.PolicyDocument) as PolicyDocument
}
const keyPolicy = (key: string) => resolve(resources[key]!.Properties!.KeyPolicy) as PolicyDocument
const rolePolicies = (role: string) =>
  (resources[role]!.Properties!.Policies as { PolicyName: string; PolicyDocument: Json }[]).map(p => ({
    name: p.PolicyName,
    policy: resolve(p.PolicyDocument) as PolicyDocument
  }))

const ALLOW_ALL = { name: 'allow-all', policy: { Version: '2012-10-17', Statement: [allowAll()] } }
function allowAll(): Statement {
  return { Effect: 'Allow', Action: '*', Resource: '*' }
}

interface Request {
  principal?: string
  action: string
  resource: string
  context?: Record<string, string | string[]>
  identity?: { name: string; policy: PolicyDocument }[]
  resourcePolicy?: PolicyDocument
}

const CI_PRINCIPAL = `arn:aws:iam::${ACCOUNT}:role/cleanrooms-prod-CiRole-ABC`

/**
 * iam-simulate 0.1.173 drops kms:EncryptionContext:<key> from a request (its variable-key matcher knows only
 * '/'-separated keys such as aws:RequestTag/<key>), which would make every context condition fail. So policies and
 * requests alike get the key renamed to aws:RequestTag/kms-context.<key>, which it evaluates with the same operators.
 */
function renameContextKeys<T>(node: T): T {
  const rename = (k: string) =>
    k.startsWith('kms:EncryptionContext:')
      ? `aws:RequestTag/kms-context.${k.slice('kms:EncryptionContext:'.length)}`
      : k
  if (Array.isArray(node)) return node.map(renameContextKeys) as T
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node as Record<string, Json>).map(([k, v]) => [rename(k), renameContextKeys(v)])
  ) as T
}

/** 'Allowed', 'ImplicitlyDenied' or 'ExplicitlyDenied', as AWS would decide (per iam-simulate). */
async function decide(r: Request): Promise<string> {
  const simulation: Simulation = {
    request: {
      principal: r.principal ?? CI_PRINCIPAL,
      action: r.action,
      resource: { resource: r.resource, accountId: ACCOUNT },
      contextVariables: renameContextKeys(r.context ?? {})
    },
    identityPolicies: renameContextKeys(r.identity ?? [ALLOW_ALL]),
    serviceControlPolicies: [],
    resourceControlPolicies: [],
    ...(r.resourcePolicy ? { resourcePolicy: renameContextKeys(r.resourcePolicy) } : {})
  }
  const out = await runSimulation(simulation, {})
  if (out.resultType === 'error') throw new Error(`simulation error: ${JSON.stringify(out.errors)}`)
  return out.overallResult as string
}

const SSE = 's3:x-amz-server-side-encryption'
const SSE_KEY = 's3:x-amz-server-side-encryption-aws-kms-key-id'

// ---------------------------------------------------------------- item 3: bucket policies
describe('bucket policies refuse only a wrong encryption header', () => {
  const data = bucketPolicy('DataBucket')
  const target = bucketPolicy('TargetBucket')
  const logs = bucketPolicy('AccessLogBucket')

  test('no bucket policy uses a negated ...IfExists operator (it also matches an absent header)', () => {
    for (const p of [data, target, logs]) {
      for (const s of p.Statement) {
        for (const op of Object.keys((s.Condition as Record<string, Json>) ?? {})) {
          expect(op).not.toMatch(/^(StringNotEquals|StringNotLike|ArnNotEquals|ArnNotLike)IfExists$/)
        }
      }
    }
  })

  test.each([
    ['DataBucket', 'arn:aws:s3:::cr-data/landing/customers/b1/x.csv.gz.pgp'],
    ['TargetBucket', 'arn:aws:s3:::cr-target/customers/part-0.parquet']
  ])('%s: which PutObject requests get through', async (bucket, object) => {
    const policy = bucket === 'DataBucket' ? data : target
    const put = (context: Record<string, string>) =>
      decide({ action: 's3:PutObject', resource: object, context, resourcePolicy: policy })
    // UploadPart (authorized as s3:PutObject) carries no encryption header; a plain PUT may omit it too.
    expect(await put({})).toBe('Allowed')
    expect(await put({ [SSE]: 'aws:kms', [SSE_KEY]: keyArn(DATA_KEY_ID) })).toBe('Allowed')
    expect(await put({ [SSE]: 'aws:kms', [SSE_KEY]: DATA_KEY_ID })).toBe('Allowed')
    expect(await put({ [SSE]: 'aws:kms', [SSE_KEY]: OTHER_KEY_ARN })).toBe('ExplicitlyDenied')
    expect(await put({ [SSE]: 'aws:kms', [SSE_KEY]: 'alias/cleanrooms' })).toBe('ExplicitlyDenied')
    expect(await put({ [SSE]: 'aws:kms' })).toBe('ExplicitlyDenied') // would be the AWS managed key aws/s3
    expect(await put({ [SSE]: 'AES256' })).toBe('ExplicitlyDenied')
    expect(await put({ [SSE]: 'aws:kms:dsse', [SSE_KEY]: keyArn(DATA_KEY_ID) })).toBe('ExplicitlyDenied')
  })

  test('every request without TLS is refused', async () => {
    for (const [policy, object] of [
      [data, 'arn:aws:s3:::cr-data/landing/customers/b1/x'],
      [target, 'arn:aws:s3:::cr-target/customers/x'],
      [logs, 'arn:aws:s3:::cr-access-logs/data/x']
    ] as const) {
      const get = (secure: string) =>
        decide({
          action: 's3:GetObject',
          resource: object,
          context: { 'aws:SecureTransport': secure },
          resourcePolicy: policy
        })
      expect(await get('false')).toBe('ExplicitlyDenied')
      expect(await get('true')).toBe('Allowed')
    }
  })

  test('AccessLogBucket is SSE-S3 (log delivery does not write to SSE-KMS buckets) and DataKey no longer serves it', () => {
    const p = resources.AccessLogBucket!.Properties!
    expect(p.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }]
    })
    const principals = keyPolicy('DataKey').Statement.map(s => JSON.stringify(s.Principal))
    expect(principals.join()).not.toContain('logging.s3.amazonaws.com')
  })

  test('S3 log delivery can write to the access-log bucket; a PUT asking for another encryption cannot', async () => {
    const deliver = (context: Record<string, string>, sourceArn = 'arn:aws:s3:::cr-data') =>
      decide({
        principal: 'logging.s3.amazonaws.com',
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::cr-access-logs/data/2026-11-28-10-00-00-ABCDEF',
        context: {
          'aws:SecureTransport': 'true',
          'aws:SourceAccount': ACCOUNT,
          'aws:SourceArn': sourceArn,
          ...context
        },
        identity: [],
        resourcePolicy: logs
      })
    expect(await deliver({})).toBe('Allowed')
    expect(await deliver({}, 'arn:aws:s3:::cr-target')).toBe('Allowed')
    expect(await deliver({}, 'arn:aws:s3:::someone-elses-bucket')).not.toBe('Allowed')
    expect(await deliver({ [SSE]: 'AES256' })).toBe('Allowed')
    expect(await deliver({ [SSE]: 'aws:kms', [SSE_KEY]: keyArn(DATA_KEY_ID) })).toBe('ExplicitlyDenied')
  })
})

// ---------------------------------------------------------------- item 4: the CI role
describe('the CI role is scoped to its dataset', () => {
  const identity = rolePolicies('CiRole')
  const data = bucketPolicy('DataBucket')
  const s3 = (action: string, resource: string, context: Record<string, string> = {}) =>
    decide({
      action,
      resource,
      context: { 'aws:SecureTransport': 'true', ...context },
      identity,
      resourcePolicy: data
    })

  test('ListMultipartUploads is granted without an s3:prefix condition it could never satisfy', async () => {
    expect(await s3('s3:ListBucketMultipartUploads', 'arn:aws:s3:::cr-data')).toBe('Allowed')
    const grant = identity
      .flatMap(p => p.policy.Statement)
      .find(s => [s.Action].flat().includes('s3:ListBucketMultipartUploads'))!
    expect(grant.Condition).toBeUndefined()
    expect([grant.Action].flat()).toEqual(['s3:ListBucketMultipartUploads'])
  })

  test('writes, deletes, manifest reads and listings reach only landing/<dataset>/', async () => {
    const mine = 'arn:aws:s3:::cr-data/landing/customers/gh-1-1'
    const other = 'arn:aws:s3:::cr-data/landing/suppliers/gh-1-1'
    for (const action of ['s3:PutObject', 's3:AbortMultipartUpload', 's3:DeleteObject']) {
      expect(await s3(action, `${mine}/a.csv.gz.pgp`)).toBe('Allowed')
      expect(await s3(action, `${other}/a.csv.gz.pgp`)).toBe('ImplicitlyDenied')
      expect(await s3(action, 'arn:aws:s3:::cr-data/raw/customers/gh-1-1/a.csv')).toBe('ImplicitlyDenied')
    }
    expect(await s3('s3:GetObject', `${mine}/_manifest.json`)).toBe('Allowed')
    expect(await s3('s3:GetObject', `${other}/_manifest.json`)).toBe('ImplicitlyDenied')
    expect(await s3('s3:GetObject', `${mine}/a.csv.gz.pgp`)).toBe('ImplicitlyDenied')
    expect(await s3('s3:GetObject', 'arn:aws:s3:::cr-data/raw/customers/gh-1-1/a.csv')).toBe(
      'ImplicitlyDenied'
    )
    expect(await s3('s3:GetObject', 'arn:aws:s3:::cr-data/archive/customers/gh-1-1/a.csv')).toBe(
      'ImplicitlyDenied'
    )
    // Even what the role may do is refused without TLS, or when asking for another key.
    expect(await s3('s3:PutObject', `${mine}/a.csv.gz.pgp`, { 'aws:SecureTransport': 'false' })).toBe(
      'ExplicitlyDenied'
    )
    expect(
      await s3('s3:PutObject', `${mine}/a.csv.gz.pgp`, { [SSE]: 'aws:kms', [SSE_KEY]: OTHER_KEY_ARN })
    ).toBe('ExplicitlyDenied')
    const list = (prefix: string) => s3('s3:ListBucket', 'arn:aws:s3:::cr-data', { 's3:prefix': prefix })
    expect(await list('landing/customers/gh-1-1/')).toBe('Allowed')
    expect(await list('landing/suppliers/')).toBe('ImplicitlyDenied')
    expect(await list('raw/')).toBe('ImplicitlyDenied')
  })

  test('DataKey only through S3, with the bucket ARN as context (what S3 sends with Bucket Keys on)', async () => {
    expect(resources.DataBucket!.Properties!.BucketEncryption).toMatchObject({
      ServerSideEncryptionConfiguration: [{ BucketKeyEnabled: true }]
    })
    const kms = (action: string, context: Record<string, string>) =>
      decide({
        action,
        resource: keyArn(DATA_KEY_ID),
        context,
        identity,
        resourcePolicy: keyPolicy('DataKey')
      })
    const viaS3 = { 'kms:ViaService': `s3.${REGION}.amazonaws.com` }
    for (const action of ['kms:GenerateDataKey', 'kms:Decrypt']) {
      expect(
        await kms(action, { ...viaS3, 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::cr-data' })
      ).toBe('Allowed')
      expect(
        await kms(action, { ...viaS3, 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::cr-target' })
      ).not.toBe('Allowed')
      expect(await kms(action, { 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::cr-data' })).not.toBe(
        'Allowed'
      )
    }
  })

  test('its maximum session is the CiRoleMaxSessionSeconds parameter, 1-12 h, default 6 h', () => {
    expect(resources.CiRole!.Properties!.MaxSessionDuration).toEqual({ Ref: 'CiRoleMaxSessionSeconds' })
    expect(parameters.CiRoleMaxSessionSeconds).toMatchObject({
      Type: 'Number',
      Default: 21600,
      MinValue: 3600,
      MaxValue: 43200
    })
  })
})

// ---------------------------------------------------------------- item 4: keys create|rotate
describe('KeyAdminPolicy grants exactly what keys create|rotate needs', () => {
  const identity = () => [
    {
      name: 'key-admin',
      policy: resolve(resources.KeyAdminPolicy?.Properties?.PolicyDocument) as PolicyDocument
    }
  ]
  const ADMIN = `arn:aws:iam::${ACCOUNT}:role/key-admin`
  const call = (action: string, resource: string, context: Record<string, string> = {}, key?: string) =>
    decide({
      principal: ADMIN,
      action,
      resource,
      context,
      identity: identity(),
      ...(key ? { resourcePolicy: keyPolicy(key) } : {})
    })
  const context = { 'kms:EncryptionContext:stack': STACK, 'kms:EncryptionContext:purpose': 'pgp-private-key' }

  test('is a managed policy exported as KeyAdminPolicyArn', () => {
    expect(resources.KeyAdminPolicy?.Type).toBe('AWS::IAM::ManagedPolicy')
    expect(t.Outputs?.KeyAdminPolicyArn?.Value).toEqual({ Ref: 'KeyAdminPolicy' })
  })

  test('reads and publishes through this stack only', async () => {
    expect(await call('cloudformation:DescribeStacks', STACK_ID)).toBe('Allowed')
    expect(await call('cloudformation:UpdateStack', STACK_ID)).toBe('Allowed')
    const other = `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/other/0f1e2d3c-aaaa-bbbb-cccc-000000000000`
    expect(await call('cloudformation:UpdateStack', other)).toBe('ImplicitlyDenied')
    expect(await call('cloudformation:DeleteStack', STACK_ID)).toBe('ImplicitlyDenied')
    expect(await call('iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/anything`)).toBe('ImplicitlyDenied')
  })

  test('reads and writes the PGP secret, whose DataKey use goes through Secrets Manager for that secret', async () => {
    expect(await call('secretsmanager:GetSecretValue', SECRET_ARN)).toBe('Allowed')
    expect(await call('secretsmanager:PutSecretValue', SECRET_ARN)).toBe('Allowed')
    expect(await call('secretsmanager:GetSecretValue', REFS.HashingKeySecret!)).toBe('ImplicitlyDenied')
    const viaSm = {
      'kms:ViaService': `secretsmanager.${REGION}.amazonaws.com`,
      'kms:EncryptionContext:SecretARN': SECRET_ARN
    }
    expect(await call('kms:GenerateDataKey', keyArn(DATA_KEY_ID), viaSm, 'DataKey')).toBe('Allowed')
    expect(await call('kms:Decrypt', keyArn(DATA_KEY_ID), viaSm, 'DataKey')).toBe('Allowed')
    expect(
      await call(
        'kms:Decrypt',
        keyArn(DATA_KEY_ID),
        { 'kms:ViaService': `s3.${REGION}.amazonaws.com` },
        'DataKey'
      )
    ).not.toBe('Allowed')
  })

  test('wraps with KeyWrappingKey under the stack context, and can never unwrap', async () => {
    expect(await call('kms:GenerateDataKey', keyArn(WRAP_KEY_ID), context, 'KeyWrappingKey')).toBe('Allowed')
    expect(
      await call(
        'kms:GenerateDataKey',
        keyArn(WRAP_KEY_ID),
        { ...context, 'kms:EncryptionContext:stack': 'another-stack' },
        'KeyWrappingKey'
      )
    ).not.toBe('Allowed')
    expect(await call('kms:Decrypt', keyArn(WRAP_KEY_ID), context, 'KeyWrappingKey')).not.toBe('Allowed')
  })
})

// ---------------------------------------------------------------- item 6: deletion
describe('what a stack deletion keeps', () => {
  test.each(['DataKey', 'KeyWrappingKey', 'PgpPrivateKeySecret', 'HashingKeySecret'])(
    '%s is retained on deletion and on replacement, like the buckets',
    name => {
      const r = resources[name] as Record<string, Json>
      expect({ deletion: r.DeletionPolicy, replace: r.UpdateReplacePolicy }).toEqual({
        deletion: 'Retain',
        replace: 'Retain'
      })
    }
  )
})

// ---------------------------------------------------------------- item 11: lifecycle, parameters, alarms
type Rule = Record<string, Json>
const rulesOf = (bucket: string) =>
  (resources[bucket]!.Properties!.LifecycleConfiguration as { Rules: Rule[] }).Rules

describe('lifecycle rules S3 accepts', () => {
  test('archive expiration always comes after its Glacier IR transition', () => {
    const archive = rulesOf('DataBucket').find(r => r.Prefix === 'archive/')!
    const transition = (archive.Transitions as { TransitionInDays: number }[])[0]!.TransitionInDays
    expect(archive.ExpirationInDays).toEqual({ Ref: 'ArchiveRetentionDays' })
    expect(Number(parameters.ArchiveRetentionDays!.MinValue)).toBeGreaterThan(transition)
  })

  test('no rule combines ExpiredObjectDeleteMarker with ExpirationInDays (S3 refuses it)', () => {
    for (const bucket of ['DataBucket', 'TargetBucket', 'AccessLogBucket']) {
      for (const r of rulesOf(bucket)) {
        expect(r.ExpiredObjectDeleteMarker && r.ExpirationInDays).toBeFalsy()
      }
    }
  })

  test.each(['DataBucket', 'TargetBucket', 'AccessLogBucket'])(
    '%s removes expired delete markers bucket-wide',
    bucket => {
      const r = rulesOf(bucket).find(x => x.ExpiredObjectDeleteMarker === true)
      expect(r).toMatchObject({ Status: 'Enabled' })
      expect(r!.Prefix).toBeUndefined()
    }
  )

  test('ciphertext left in landing/ expires after LandingRetentionDays', () => {
    const landing = rulesOf('DataBucket').filter(r => r.Prefix === 'landing/')
    expect(landing).toHaveLength(1)
    expect(landing[0]).toMatchObject({
      Status: 'Enabled',
      ExpirationInDays: { Ref: 'LandingRetentionDays' },
      NoncurrentVersionExpiration: { NoncurrentDays: 7 }
    })
    expect(parameters.LandingRetentionDays).toMatchObject({ Type: 'Number', MinValue: 1 })
  })
})

describe('ArchivePlaintext', () => {
  test("is 'false' by default and drives the ArchivesPlaintext condition", () => {
    expect(parameters.ArchivePlaintext).toMatchObject({ Default: 'false', AllowedValues: ['true', 'false'] })
    expect(t.Conditions?.ArchivesPlaintext).toEqual({ 'Fn::Equals': [{ Ref: 'ArchivePlaintext' }, 'true'] })
  })
})

describe('alarms say exactly what their metric counts', () => {
  const alarms = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::CloudWatch::Alarm')
  const byMetric = (metric: string) =>
    alarms.filter(([, r]) => r.Properties!.MetricName === metric).map(([, r]) => r.Properties!)

  test('one alarm per terminal execution status, each naming only its own', () => {
    const text = (metric: string) => JSON.stringify(byMetric(metric)[0]?.AlarmDescription)
    expect(byMetric('ExecutionsFailed')).toHaveLength(1)
    expect(text('ExecutionsFailed')).toContain('FAILED')
    expect(text('ExecutionsFailed')).not.toMatch(/timed out or|or was aborted/)
    expect(text('ExecutionsTimedOut')).toContain('TIMED_OUT')
    expect(byMetric('ExecutionsAborted')).toHaveLength(1)
    expect(byMetric('ExecutionsAborted')[0]).toMatchObject({
      Namespace: 'AWS/States',
      Dimensions: [{ Name: 'StateMachineArn', Value: { Ref: 'StateMachine' } }],
      AlarmActions: [{ Ref: 'NotificationTopic' }]
    })
    expect(text('ExecutionsAborted')).toContain('ABORTED')
  })
})
