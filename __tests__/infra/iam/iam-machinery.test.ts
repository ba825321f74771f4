/**
 * The IAM contract test's own machinery on small synthetic templates: template resolution, SDK call → IAM request
 * mapping and the derivation of state machine calls. The contract itself is __tests__/infra/iam-contract.itg.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import { parseTemplate } from '../cfn-yaml.js'
import { AslValues, splitArguments, type State } from './asl-values.js'
import { PolicyEvaluator } from './evaluate.js'
import { matchesEventPattern } from './event-rules.js'
import { RequestMapper } from './requests.js'
import { loadStack, ResolvedStack, SAMPLE_DEPLOYMENT } from './resolve-template.js'
import { StateMachineCallDeriver } from './state-machine-calls.js'

const TEMPLATE = `
Parameters:
  Dataset: { Type: String, Default: customers }
  Owner: { Type: String }
  Extra: { Type: String, Default: '' }
Conditions:
  HasExtra: !Not [!Equals [!Ref Extra, '']]
  NoExtra: !Not [!Condition HasExtra]
Resources:
  Key:
    Type: AWS::KMS::Key
    Properties: { KeyPolicy: { Version: '2012-10-17', Statement: [] } }
  KeyAlias:
    Type: AWS::KMS::Alias
    Properties: { AliasName: !Sub 'alias/\${AWS::StackName}/data', TargetKeyId: !Ref Key }
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: !GetAtt Key.Arn }
            BucketKeyEnabled: true
  OnlyWithExtra:
    Type: AWS::SNS::Topic
    Condition: HasExtra
  Secret:
    Type: AWS::SecretsManager::Secret
    Properties: { Name: !Join ['/', [app, !Ref Dataset]], KmsKeyId: !Ref KeyAlias }
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action:
                  - s3:GetObject
                  - !If [HasExtra, s3:PutObject, !Ref AWS::NoValue]
                Resource: !Sub '\${Bucket.Arn}/\${Dataset}/*'
                Condition: !If [NoExtra, { StringEquals: { 'aws:PrincipalAccount': !Ref AWS::AccountId } }, !Ref AWS::NoValue]
  RolePolicy:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref Role
      PolicyName: attached
      PolicyDocument: { Statement: [{ Effect: Allow, Action: secretsmanager:GetSecretValue, Resource: !Ref Secret }] }
  Managed:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Roles: [!Ref Role]
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 'kms:Decrypt', Resource: !Select [0, [!GetAtt Key.Arn]] }] }
  Standalone:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: { Statement: [{ Effect: Allow, Action: 'cloudformation:DescribeStacks', Resource: !Ref AWS::StackId }] }
  Machine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: !GetAtt Role.Arn
      DefinitionSubstitutions: { Job: !Sub 'job-\${Dataset}', Table: locks, Data: !Ref Bucket }
      Definition:
        StartAt: P
        States:
          P:
            Type: Parallel
            End: true
            Branches:
              - StartAt: Run
                States:
                  Run: { Type: Task, Resource: 'arn:aws:states:::databrew:startJobRun.sync', Parameters: { Name: '\${Job}' }, Next: Each }
                  Each:
                    Type: Map
                    End: true
                    ItemReader:
                      Resource: 'arn:aws:states:::s3:getObject'
                      ReaderConfig: { InputType: JSON }
                      Parameters: { Bucket: '\${Data}', 'Key.$': '$.manifestKey' }
                    ItemProcessor:
                      ProcessorConfig: { Mode: DISTRIBUTED, ExecutionType: STANDARD }
                      StartAt: Lock
                      States:
                        Lock: { Type: Task, Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: '\${Table}' }, Next: Point }
                        Point: { Type: Task, Resource: 'arn:aws:states:::aws-sdk:databrew:updateDataset', Parameters: { 'Name.$': '$.dataset' }, End: true }
`

const stack = (parameters: Record<string, string> = { Owner: 'me' }) =>
  new ResolvedStack(parseTemplate(TEMPLATE), { ...SAMPLE_DEPLOYMENT, parameters })
const ARN = (service: string, rest: string) => `arn:aws:${service}:us-east-1:123456789012:${rest}`

describe('resolve-template', () => {
  it('resolves intrinsics, conditions and AWS::NoValue into concrete identity policies', () => {
    const s = stack()
    const bucket = s.ref('Bucket')
    expect(bucket).toMatch(/^cleanrooms-prod-bucket-[a-z0-9]+$/)
    const policies = s.identityPolicies('Role')
    expect(policies.map(p => p.name)).toEqual(['Role/inline', 'RolePolicy', 'Managed'])
    expect(policies[0]!.policy.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: `arn:aws:s3:::${bucket}/customers/*`,
        Condition: { StringEquals: { 'aws:PrincipalAccount': '123456789012' } }
      }
    ])
    expect(policies[1]!.policy.Statement).toEqual([
      { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: s.ref('Secret') }
    ])
    expect(s.ref('Secret')).toMatch(
      /^arn:aws:secretsmanager:us-east-1:123456789012:secret:app\/customers-\w{6}$/
    )
    expect(policies[2]!.policy.Statement).toEqual([
      { Effect: 'Allow', Action: 'kms:Decrypt', Resource: s.getAtt('Key', 'Arn') }
    ])
    expect(s.identityPolicies('Standalone')[0]!.policy.Statement).toEqual([
      { Effect: 'Allow', Action: 'cloudformation:DescribeStacks', Resource: s.stackId }
    ])
  })

  it('follows a condition that turns a resource and a statement on', () => {
    const s = stack({ Owner: 'me', Extra: 'yes' })
    expect(s.has('OnlyWithExtra')).toBe(true)
    expect(stack().has('OnlyWithExtra')).toBe(false)
    expect(s.identityPolicies('Role')[0]!.policy.Statement).toEqual([
      expect.objectContaining({ Action: ['s3:GetObject', 's3:PutObject'] })
    ])
    expect(() => stack().ref('OnlyWithExtra')).toThrow(
      /not created in this deployment \(condition HasExtra\)/
    )
  })

  it('resolves key aliases and bucket default encryption to key ARNs', () => {
    const s = stack()
    const keyArn = s.getAtt('Key', 'Arn')
    expect(keyArn).toMatch(/^arn:aws:kms:us-east-1:123456789012:key\/[0-9a-f-]{36}$/)
    expect(s.kmsKeyArn('alias/cleanrooms-prod/data')).toBe(keyArn)
    expect(s.kmsKeyArn(s.ref('Key'))).toBe(keyArn)
    expect(s.bucketDefaultKmsKey(s.ref('Bucket'))).toEqual({ keyArn, bucketKey: true })
  })

  it('names what is missing: a required parameter, a resource type without a name rule', () => {
    expect(() => stack({})).toThrow(/parameter Owner has no default: add it to the deployment's parameters/)
    const odd = new ResolvedStack(
      parseTemplate('Resources:\n  Thing: { Type: AWS::EC2::VPC }\n'),
      SAMPLE_DEPLOYMENT
    )
    expect(() => odd.ref('Thing')).toThrow(/!Ref Thing: no physical-name rule for AWS::EC2::VPC; add one/)
  })

  it('resolves every role and resource policy of infra/template.yaml', () => {
    const real = loadStack()
    for (const role of real.resourceIds('AWS::IAM::Role')) {
      expect(real.identityPolicies(role).length).toBeGreaterThan(0)
    }
    const policies = real.resourcePolicies()
    for (const bucket of real.resourceIds('AWS::S3::Bucket')) {
      expect(policies.has(real.getAtt(bucket, 'Arn'))).toBe(true)
    }
    for (const key of real.resourceIds('AWS::KMS::Key'))
      expect(policies.has(real.getAtt(key, 'Arn'))).toBe(true)
    expect(policies.has(real.ref('NotificationTopic'))).toBe(true)
    expect(JSON.stringify([...policies.values()])).not.toMatch(/"(Ref|Fn::\w+)"/)
  })
})

describe('SDK calls → IAM requests', () => {
  const s = stack()
  const mapper = new RequestMapper(s)
  const bucket = s.ref('Bucket')
  const keyArn = s.getAtt('Key', 'Arn')
  const s3 = (command: string, input: Record<string, unknown>) =>
    mapper.requestsFor({
      principal: 'Role',
      client: 'S3Client',
      command: `${command}Command`,
      input: { Bucket: bucket, ...input }
    })
  const summary = (rs: ReturnType<typeof s3>) => rs.map(r => `${r.action} ${r.resource}`)

  it('maps S3 commands to the actions IAM authorizes, with the KMS calls S3 makes for the caller', () => {
    expect(summary(s3('UploadPart', { Key: 'a/b' }))).toEqual([
      `s3:PutObject arn:aws:s3:::${bucket}/a/b`,
      `kms:Decrypt ${keyArn}`
    ])
    expect(summary(s3('HeadObject', { Key: 'a/b' }))).toEqual([`s3:GetObject arn:aws:s3:::${bucket}/a/b`])
    expect(summary(s3('DeleteObject', { Key: 'a/b', VersionId: 'v1' }))).toEqual([
      `s3:DeleteObjectVersion arn:aws:s3:::${bucket}/a/b`
    ])
    expect(summary(s3('CopyObject', { Key: 'to', CopySource: `${bucket}/from%20x?versionId=v2` }))).toEqual([
      `s3:GetObjectVersion arn:aws:s3:::${bucket}/from x`,
      `kms:Decrypt ${keyArn}`,
      `s3:PutObject arn:aws:s3:::${bucket}/to`,
      `kms:GenerateDataKey ${keyArn}`
    ])
    const [kms] = s3('PutObject', { Key: 'a/b' }).slice(1)
    expect(kms!.context).toMatchObject({
      'kms:ViaService': 's3.us-east-1.amazonaws.com',
      'kms:EncryptionContext:aws:s3:arn': `arn:aws:s3:::${bucket}`
    })
  })

  it('sends condition keys only where IAM sees them', () => {
    expect(s3('ListObjectsV2', { Prefix: 'landing/' })[0]!.context).toEqual({
      'aws:SecureTransport': 'true',
      's3:prefix': 'landing/'
    })
    expect(s3('ListMultipartUploads', { Prefix: 'landing/' })[0]!.context).toEqual({
      'aws:SecureTransport': 'true'
    })
    expect(s3('PutObject', { Key: 'k' })[0]!.context).toEqual({ 'aws:SecureTransport': 'true' })
    expect(
      s3('PutObject', { Key: 'k', ServerSideEncryption: 'aws:kms', SSEKMSKeyId: 'alias/x' })[0]!.context
    ).toEqual({
      'aws:SecureTransport': 'true',
      's3:x-amz-server-side-encryption': 'aws:kms',
      's3:x-amz-server-side-encryption-aws-kms-key-id': 'alias/x'
    })
    expect(summary(s3('PutObject', { Key: 'k', ServerSideEncryption: 'AES256' }))).toHaveLength(1)
  })

  it('maps Secrets Manager calls with the KMS call it makes for the secret', () => {
    const rs = mapper.requestsFor({
      principal: 'Role',
      client: 'SecretsManagerClient',
      command: 'GetSecretValueCommand',
      input: { SecretId: 'app/customers' }
    })
    expect(summary(rs)).toEqual([`secretsmanager:GetSecretValue ${s.ref('Secret')}`, `kms:Decrypt ${keyArn}`])
    expect(rs[1]!.context['kms:EncryptionContext:SecretARN']).toBe(s.ref('Secret'))
  })

  it('maps Glue Data Catalog calls to the catalog, the database and the table', () => {
    const glue = (command: string, input: Record<string, unknown>) =>
      summary(
        mapper.requestsFor({ principal: 'Role', client: 'GlueClient', command: `${command}Command`, input })
      )
    const on = (action: string) => [
      `${action} ${ARN('glue', 'catalog')}`,
      `${action} ${ARN('glue', 'database/db')}`,
      `${action} ${ARN('glue', 'table/db/t')}`
    ]
    expect(glue('GetTable', { DatabaseName: 'db', Name: 't' })).toEqual(on('glue:GetTable'))
    expect(glue('UpdateTable', { DatabaseName: 'db', TableInput: { Name: 't' } })).toEqual(
      on('glue:UpdateTable')
    )
    expect(glue('GetPartitions', { DatabaseName: 'db', TableName: 't' })).toEqual(on('glue:GetPartitions'))
    expect(
      glue('BatchCreatePartition', { DatabaseName: 'db', TableName: 't', PartitionInputList: [] })
    ).toEqual(on('glue:BatchCreatePartition'))
    expect(() => glue('GetTable', { DatabaseName: 'db', Name: 't', CatalogId: '999999999999' })).toThrow(
      /Glue GetTable: CatalogId 999999999999 is not this account's catalog/
    )
    expect(() => glue('StartCrawler', { Name: 'c' })).toThrow(/no IAM mapping for Glue StartCrawler/)
  })

  it('fails on a call it cannot attribute or map, naming it', () => {
    expect(() => s3('SelectObjectContent', { Key: 'k' })).toThrow(
      /no IAM mapping for S3 SelectObjectContent: add a row to __tests__\/infra\/iam\/requests.ts/
    )
    expect(() =>
      mapper.requestsFor({ principal: undefined, client: 'S3Client', command: 'GetObjectCommand', input: {} })
    ).toThrow(/S3Client GetObjectCommand was sent outside asPrincipal\(\)/)
    expect(() =>
      mapper.requestsFor({
        principal: 'Role',
        client: 'EC2Client',
        command: 'RunInstancesCommand',
        input: {}
      })
    ).toThrow(/no IAM mapping for EC2Client RunInstances/)
  })
})

describe('state machine calls', () => {
  it('derives the requests of every Task, in branches and Map processors, with substitutions and samples', () => {
    const s = stack()
    const [machine] = new StateMachineCallDeriver(s, new RequestMapper(s), {
      '$.dataset': 'ds-1',
      '$.manifestKey': 'landing/m.json'
    }).derive()
    const machineArn = s.ref('Machine')
    const child = `${machineArn.replace(':stateMachine:', ':execution:')}/sample-map-run:11111111-2222-3333-4444-555555555555`
    expect(machine!.role).toBe('Role')
    expect(machine!.tasks.map(t => t.name)).toEqual(['Run', 'Lock', 'Point'])
    expect(machine!.requests.map(r => `${r.action} ${r.resource}`)).toEqual([
      `databrew:StartJobRun ${ARN('databrew', 'job/job-customers')}`,
      `databrew:ListJobRuns ${ARN('databrew', 'job/job-customers')}`,
      `databrew:StopJobRun ${ARN('databrew', 'job/job-customers')}`,
      `s3:GetObject arn:aws:s3:::${s.ref('Bucket')}/landing/m.json`,
      `kms:Decrypt ${s.getAtt('Key', 'Arn')}`,
      `states:StartExecution ${machineArn}`,
      `states:DescribeExecution ${child}`,
      `states:StopExecution ${child}`,
      `dynamodb:PutItem ${ARN('dynamodb', 'table/locks')}`,
      `databrew:UpdateDataset ${ARN('databrew', 'dataset/ds-1')}`
    ])
  })

  it('names a state whose run-time value has no sample', () => {
    const s = stack()
    expect(() =>
      new StateMachineCallDeriver(s, new RequestMapper(s), { '$.manifestKey': 'm' }).derive()
    ).toThrow(/state Point: Name.\$ is \$.dataset; add a sample value for it/)
  })
})

describe('run-time values of a definition (asl-values.ts)', () => {
  const states: [string, State][] = [
    [
      'Prepare',
      {
        Type: 'Pass',
        Parameters: {
          spec: { Location: { Bucket: 'out', 'Key.$': "States.Format('ds/batch={}/', $.batchId)" } }
        },
        ResultPath: '$.output'
      }
    ],
    ['Again', { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, ResultPath: '$.n' }],
    ['Twice', { Type: 'Pass', Parameters: { x: 1 }, ResultPath: '$.twice' }],
    ['Twice2', { Type: 'Pass', Parameters: { x: 2 }, ResultPath: '$.twice' }]
  ]
  const values = new AslValues(states, { '$.batchId': 'b-1', '$.plan': { rawPrefix: 'raw/ds/b-1/' } })

  it('evaluates paths (sampled, nested, or written by a Pass state) and intrinsics', () => {
    expect(
      values.parameters('Point', {
        'Key.$': '$.plan.rawPrefix',
        'Outputs.$': 'States.Array($.output.spec)',
        'Max.$': "States.StringToJson('5')",
        'Note.$': "States.Format('a, {} \\'q\\' {}', $.batchId, 3)",
        Static: { Name: 'job' }
      })
    ).toEqual({
      Key: 'raw/ds/b-1/',
      Outputs: [{ Location: { Bucket: 'out', Key: 'ds/batch=b-1/' } }],
      Max: 5,
      Note: "a, b-1 'q' 3",
      Static: { Name: 'job' }
    })
    expect(splitArguments("'x, (y)', States.Array($.a, $.b), 2")).toEqual([
      "'x, (y)'",
      'States.Array($.a, $.b)',
      '2'
    ])
  })

  it('names what it cannot evaluate: a path nothing writes, two writers, a cycle, an intrinsic it does not know', () => {
    expect(() => values.path('S', '$.missing')).toThrow(
      /state S: \$.missing has no sample value and no Pass state writes it/
    )
    expect(() => values.path('S', '$.twice.x')).toThrow(/several Pass states write it \(Twice, Twice2\)/)
    expect(() => values.path('S', '$.n')).toThrow(/state Again: \$.n depends on itself through Again/)
    expect(() => values.expression('S', 'States.MathAdd(1, 2)')).toThrow(
      /state S: intrinsic States.MathAdd is not evaluated here/
    )
  })
})

describe('event patterns (event-rules.ts)', () => {
  it('matches lists of values and nested objects, and refuses content filters it does not evaluate', () => {
    const pattern = { source: ['aws.states'], detail: { status: ['ABORTED', 'TIMED_OUT'] } }
    expect(matchesEventPattern(pattern, { source: 'aws.states', detail: { status: 'ABORTED', x: 1 } })).toBe(
      true
    )
    expect(matchesEventPattern(pattern, { source: 'aws.states', detail: { status: 'FAILED' } })).toBe(false)
    expect(matchesEventPattern(pattern, { source: 'aws.states' })).toBe(false)
    expect(() => matchesEventPattern({ detail: { status: [{ prefix: 'A' }] } }, { detail: {} })).toThrow(
      /event pattern field detail.status uses a content filter/
    )
  })
})

describe('evaluation', () => {
  it('allows what a policy grants and denies the rest, with the reason', async () => {
    const s = stack()
    const evaluator = new PolicyEvaluator(s)
    const get = {
      principal: 'Role',
      action: 's3:GetObject',
      resource: `arn:aws:s3:::${s.ref('Bucket')}/customers/x`,
      origin: 'test',
      context: { 'aws:SecureTransport': 'true', 'aws:PrincipalAccount': '123456789012' }
    }
    expect(await evaluator.evaluate(get)).toMatchObject({ allowed: true, result: 'Allowed' })
    expect(
      await evaluator.evaluate({ ...get, resource: `arn:aws:s3:::${s.ref('Bucket')}/other/x` })
    ).toMatchObject({
      allowed: false,
      result: 'ImplicitlyDenied',
      why: expect.stringMatching(/no identity policy allows it/)
    })
  })
})
