import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { definitionVariables } from '../../src/local/asl-runner.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { columnFlow } from '../../src/recipe/column-flow.js'
import { STACK_OUTPUTS } from '../../src/settings/stack-outputs.js'
import { parseTemplate, type Template } from './cfn-yaml.js'

const infraDir = fileURLToPath(new URL('../../infra/', import.meta.url))
const templatePath = resolve(infraDir, 'template.yaml')
const t: Template = parseTemplate(readFileSync(templatePath, 'utf8'))
const resources = t.Resources
const parameters = t.Parameters ?? {}
const conditions = t.Conditions ?? {}

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix'
])

type Json = unknown
type Ref = { kind: 'Ref' | 'GetAtt' | 'Sub' | 'Condition'; name: string; where: string }

/** Variables of a Fn::Sub string: ${X} and ${X.Attr}, not ${!Literal}. */
function subVariables(s: string): string[] {
  return [...s.matchAll(/\$\{([^}!][^}]*)\}/g)].map(m => m[1] as string)
}

/** Every Ref, GetAtt, Sub variable and condition name used below `node`. */
function references(node: Json, where: string, out: Ref[] = []): Ref[] {
  if (Array.isArray(node)) {
    node.forEach((n, i) => references(n, `${where}[${i}]`, out))
    return out
  }
  if (!node || typeof node !== 'object') return out
  const o = node as Record<string, Json>
  for (const [k, v] of Object.entries(o)) {
    if (k === 'Ref' && typeof v === 'string') out.push({ kind: 'Ref', name: v, where })
    else if (k === 'Fn::GetAtt') out.push({ kind: 'GetAtt', name: String((v as string[])[0]), where })
    else if (k === 'Fn::Sub') {
      const [text, vars] = typeof v === 'string' ? [v, {}] : (v as [string, Record<string, Json>])
      const local = new Set(Object.keys(vars))
      for (const name of subVariables(text)) {
        if (!local.has(name)) out.push({ kind: 'Sub', name, where })
      }
      references(vars, `${where}.Fn::Sub`, out)
    } else if (k === 'Condition' && typeof v === 'string') out.push({ kind: 'Condition', name: v, where })
    else if (k === 'Fn::If') {
      out.push({ kind: 'Condition', name: String((v as Json[])[0]), where })
      references((v as Json[]).slice(1), `${where}.Fn::If`, out)
    } else references(v, `${where}.${k}`, out)
  }
  return out
}

/** Evaluates the intrinsic functions the template's conditions and trust policy use, for given parameter values. */
function evaluate(node: Json, params: Record<string, string>): Json {
  if (Array.isArray(node)) {
    return node.map(n => evaluate(n, params)).filter(n => n !== NO_VALUE)
  }
  if (!node || typeof node !== 'object') return node
  const o = node as Record<string, Json>
  const keys = Object.keys(o)
  if (keys.length === 1) {
    const [k] = keys as [string]
    const v = o[k]
    if (k === 'Ref') {
      if (v === 'AWS::NoValue') return NO_VALUE
      if (v === 'AWS::StackName') return 'cleanrooms-prod'
      if (v === 'AWS::AccountId') return '123456789012'
      if (v === 'AWS::Region') return 'us-east-1'
      if (v === 'AWS::Partition') return 'aws'
      const p = params[v as string] ?? (parameters[v as string]?.Default as string | undefined)
      if (p === undefined && (v as string) in resources) return node // a resource: left as the reference
      if (p === undefined) throw new Error(`no value for ${String(v)}`)
      return p
    }
    if (k === 'Condition') return evaluate(conditions[v as string], params)
    if (k === 'Fn::Equals') {
      const [a, b] = (v as Json[]).map(x => evaluate(x, params))
      return String(a) === String(b)
    }
    if (k === 'Fn::Not') return !evaluate((v as Json[])[0], params)
    if (k === 'Fn::And') return (v as Json[]).every(x => evaluate(x, params) === true)
    if (k === 'Fn::Or') return (v as Json[]).some(x => evaluate(x, params) === true)
    if (k === 'Fn::If') {
      const [c, a, b] = v as [string, Json, Json]
      return evaluate(evaluate({ Condition: c }, params) ? a : b, params)
    }
    if (k === 'Fn::Sub' && typeof v === 'string') {
      return v.replace(/\$\{([^}!][^}]*)\}/g, (_, name: string) => String(evaluate({ Ref: name }, params)))
    }
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, evaluate(v, params)]))
}
const NO_VALUE = Symbol('AWS::NoValue')

function resourcesOfType(type: string): [string, Record<string, Json>][] {
  return Object.entries(resources)
    .filter(([, r]) => r.Type === type)
    .map(([name, r]) => [name, r.Properties ?? {}])
}

type Statement = {
  Sid?: string
  Effect: 'Allow' | 'Deny'
  Action?: string | string[]
  NotAction?: unknown
  Resource?: Json
  NotResource?: unknown
  Principal?: Json
  Condition?: Record<string, Record<string, Json>>
}
type PolicyKind = 'identity' | 'trust' | 'key' | 'bucket' | 'topic'
type Policy = { owner: string; name: string; kind: PolicyKind; statements: Statement[] }

function policies(): Policy[] {
  const out: Policy[] = []
  // A conditional statement (!If [Cond, statement, AWS::NoValue]) counts with both of its branches.
  const doc = (d: Json) =>
    (((d as { Statement: Json[] }).Statement ?? []) as Json[]).flatMap(s => {
      const branches = (s as { 'Fn::If'?: [string, Json, Json] })['Fn::If']
      const candidates = branches ? [branches[1], branches[2]] : [s]
      return candidates.filter(c => !(c as { Ref?: string }).Ref) as Statement[]
    })
  for (const [name, r] of Object.entries(resources)) {
    const p = r.Properties ?? {}
    if (r.Type === 'AWS::IAM::Role') {
      out.push({ owner: name, name: 'trust', kind: 'trust', statements: doc(p.AssumeRolePolicyDocument) })
      for (const pol of (p.Policies ?? []) as { PolicyName: string; PolicyDocument: Json }[]) {
        out.push({ owner: name, name: pol.PolicyName, kind: 'identity', statements: doc(pol.PolicyDocument) })
      }
    }
    if (r.Type === 'AWS::IAM::RolePolicy' || r.Type === 'AWS::IAM::Policy') {
      const role = (p.RoleName as { Ref: string })?.Ref ?? name
      out.push({
        owner: role,
        name: String(p.PolicyName),
        kind: 'identity',
        statements: doc(p.PolicyDocument)
      })
    }
    if (r.Type === 'AWS::KMS::Key')
      out.push({ owner: name, name: 'key policy', kind: 'key', statements: doc(p.KeyPolicy) })
    if (r.Type === 'AWS::S3::BucketPolicy') {
      const bucket = (p.Bucket as { Ref: string }).Ref
      out.push({ owner: bucket, name: name, kind: 'bucket', statements: doc(p.PolicyDocument) })
    }
    if (r.Type === 'AWS::SNS::TopicPolicy') {
      out.push({ owner: name, name: name, kind: 'topic', statements: doc(p.PolicyDocument) })
    }
  }
  return out
}
const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v])

describe('infra/template.yaml parses and every reference resolves', () => {
  test('has the sections a deployable template needs', () => {
    expect(t).toMatchObject({ AWSTemplateFormatVersion: '2010-09-09' })
    expect(Object.keys(resources).length).toBeGreaterThan(30)
    expect(Object.keys(resources).length).toBeLessThanOrEqual(200) // CloudFormation quota
    expect(Object.keys(parameters).length).toBeLessThanOrEqual(60)
  })

  test('every Ref, GetAtt, Sub variable and condition name points at something that exists', () => {
    const refs = references(t.Resources, 'Resources')
      .concat(references(t.Outputs, 'Outputs'))
      .concat(references(t.Conditions, 'Conditions'))
      .concat(references(t.Rules, 'Rules'))
    const problems: string[] = []
    for (const r of refs) {
      if (r.kind === 'Condition') {
        if (!(r.name in conditions)) problems.push(`${r.where}: condition ${r.name} is not defined`)
        continue
      }
      const base = r.kind === 'Sub' ? (r.name.includes('::') ? r.name : r.name.split('.')[0]!) : r.name
      if (r.kind === 'GetAtt') {
        if (!(base in resources)) problems.push(`${r.where}: GetAtt ${base} is not a resource`)
        continue
      }
      if (r.kind === 'Sub' && r.name.includes('.') && !(base in resources)) {
        problems.push(`${r.where}: \${${r.name}} is not a resource attribute`)
        continue
      }
      if (!(PSEUDO.has(base) || base in parameters || base in resources)) {
        problems.push(`${r.where}: ${r.kind} ${r.name} resolves to nothing`)
      }
    }
    expect(problems).toEqual([])
    expect(refs.length).toBeGreaterThan(100)
  })

  test('resource conditions and DependsOn name existing things; conditional resources are used only under their condition', () => {
    const problems: string[] = []
    for (const [name, r] of Object.entries(resources)) {
      if (r.Condition && !(r.Condition in conditions)) problems.push(`${name}: condition ${r.Condition}`)
      for (const d of list(r.DependsOn as string | string[]))
        if (!(d in resources)) problems.push(`${name}: DependsOn ${d}`)
    }
    for (const [name, o] of Object.entries(t.Outputs ?? {})) {
      if (o.Condition && !(o.Condition in conditions))
        problems.push(`output ${name}: condition ${o.Condition}`)
    }
    // A reference to a conditional resource must sit in a resource with the same condition (or one that implies it:
    // an Fn::And that includes it) or in the true branch of an Fn::If on that condition; otherwise the stack fails
    // when the condition is false.
    const implies = (cond: string | undefined, target: string): boolean => {
      if (cond === undefined) return false
      if (cond === target) return true
      const and = (conditions[cond] as { 'Fn::And'?: Json[] } | undefined)?.['Fn::And'] ?? []
      return and.some(c => {
        const name = (c as { Condition?: string } | null)?.Condition
        return name !== undefined && implies(name, target)
      })
    }
    const guarded = (node: Json, cond: string | undefined, where: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => guarded(n, cond, `${where}[${i}]`))
      if (!node || typeof node !== 'object') return
      for (const [k, v] of Object.entries(node as Record<string, Json>)) {
        if (k === 'Fn::If') {
          const [c, a, b] = v as [string, Json, Json]
          guarded(a, c, where)
          guarded(b, cond, where)
          continue
        }
        for (const r of k === 'Ref' || k === 'Fn::GetAtt' || k === 'Fn::Sub'
          ? references({ [k]: v }, where)
          : []) {
          const target = resources[r.name.split('.')[0]!]
          if (target?.Condition && !implies(cond, target.Condition)) {
            problems.push(`${where}: uses ${r.name} (condition ${target.Condition}) outside that condition`)
          }
        }
        if (k !== 'Ref' && k !== 'Fn::GetAtt' && k !== 'Fn::Sub') guarded(v, cond, `${where}.${k}`)
      }
    }
    for (const [name, r] of Object.entries(resources)) guarded(r.Properties, r.Condition, name)
    for (const [name, o] of Object.entries(t.Outputs ?? {})) guarded(o.Value, o.Condition, `output ${name}`)
    expect(problems).toEqual([])
  })

  test('every parameter is documented and constrained, and its default satisfies its own constraint', () => {
    for (const [name, p] of Object.entries(parameters)) {
      expect({ name, description: typeof p.Description === 'string' && p.Description.length > 20 }).toEqual({
        name,
        description: true
      })
      if (p.Type === 'String') {
        expect({ name, constrained: 'AllowedPattern' in p || 'AllowedValues' in p }).toEqual({
          name,
          constrained: true
        })
      }
      if (p.Type === 'Number') {
        expect({ name, bounded: 'AllowedValues' in p || ('MinValue' in p && 'MaxValue' in p) }).toEqual({
          name,
          bounded: true
        })
      }
      if ('Default' in p && typeof p.AllowedPattern === 'string') {
        expect({ name, ok: new RegExp(p.AllowedPattern).test(String(p.Default)) }).toEqual({ name, ok: true })
      }
    }
  })

  test('parameter patterns accept real values and refuse bad ones', () => {
    const ok = (name: string, v: string) => new RegExp(String(parameters[name]?.AllowedPattern)).test(v)
    const armored =
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ...\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n'
    expect(ok('PgpPublicKey', armored)).toBe(true)
    expect(
      ok('PgpPublicKey', '-----BEGIN PGP PRIVATE KEY BLOCK-----\nx\n-----END PGP PRIVATE KEY BLOCK-----')
    ).toBe(false)
    expect(ok('DatasetName', 'customers_2024')).toBe(true)
    expect(ok('DatasetName', 'Customers')).toBe(false)
    expect(ok('HashingSecretName', 'AwsGlueDataBrew-x')).toBe(true)
    expect(ok('HashingSecretName', 'hashing-key')).toBe(false)
    expect(ok('GitHubBranch', 'release/*')).toBe(false)
    expect(ok('ScheduleExpression', 'cron(17 5 * * ? *)')).toBe(true)
    expect(ok('ScheduleExpression', 'daily')).toBe(false)
    expect(ok('GitHubOwnerId', '12345')).toBe(true)
    expect(ok('GitHubOwnerId', 'abc')).toBe(false)
  })

  test('the stack has the outputs the action reads, and more', () => {
    const outputs = t.Outputs ?? {}
    for (const name of Object.keys(STACK_OUTPUTS)) expect(Object.keys(outputs)).toContain(name)
    for (const name of ['CiRoleArn', 'NotificationTopicArn', 'PgpPrivateKeySecretArn', 'KeyWrappingKeyArn']) {
      expect(Object.keys(outputs)).toContain(name)
    }
    expect(outputs.LandingPrefix?.Value).toBe('landing/')
    expect(outputs.PgpPublicKey).toMatchObject({
      Condition: 'HasPgpPublicKey',
      Value: { Ref: 'PgpPublicKey' }
    })
    expect(parameters.PgpPublicKey?.MaxLength).toBe(4096) // the CloudFormation parameter value quota
    for (const [name, o] of Object.entries(outputs))
      expect({ name, d: Boolean(o.Description) }).toEqual({ name, d: true })
  })
})

describe('state machine wiring', () => {
  const sm = resourcesOfType('AWS::StepFunctions::StateMachine')
  const [, props] = sm[0]!
  const aslText = readFileSync(resolve(infraDir, 'statemachine.asl.json'), 'utf8')

  test('one Standard state machine loaded from the one definition file via package', () => {
    expect(sm).toHaveLength(1)
    expect(props.StateMachineType).toBe('STANDARD')
    expect(props.DefinitionS3Location).toBe('./statemachine.asl.json')
    expect(existsSync(resolve(infraDir, props.DefinitionS3Location as string))).toBe(true)
    expect(props).not.toHaveProperty('DefinitionString')
    expect(props).not.toHaveProperty('Definition')
  })

  test('DefinitionSubstitutions cover every ${…} in the definition, and the definition uses every substitution', () => {
    const keys = Object.keys(props.DefinitionSubstitutions as object).sort()
    expect(keys).toEqual(definitionVariables(aslText))
  })

  test('execution logs go to a log group of the stack', () => {
    expect(props.LoggingConfiguration).toMatchObject({
      Level: 'ERROR',
      IncludeExecutionData: false,
      Destinations: [
        { CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': ['StateMachineLogGroup', 'Arn'] } } }
      ]
    })
  })

  test('the Lambda code comes from local build directories that package uploads', () => {
    for (const [name, p] of resourcesOfType('AWS::Lambda::Function')) {
      expect({ name, runtime: p.Runtime }).toEqual({ name, runtime: 'nodejs22.x' })
      expect(p.Code).toMatch(/^\.\/build\/lambdas\/(decrypt|archive|publish|cleanup|schedule)$/)
      expect(p.Handler).toBe('index.handler')
      expect(p.LoggingConfig).toMatchObject({ LogGroup: { Ref: expect.stringMatching(/LogGroup$/) } })
    }
  })
})

describe('policies: least privilege', () => {
  const all = policies()

  test('no Allow statement uses a wildcard action, NotAction or NotResource', () => {
    const problems: string[] = []
    for (const p of all) {
      for (const s of p.statements) {
        if (s.NotAction || s.NotResource) problems.push(`${p.owner}/${p.name}: NotAction/NotResource`)
        for (const a of list(s.Action)) {
          if (typeof a !== 'string') problems.push(`${p.owner}/${p.name}: non-string action`)
          else if (a.includes('*') && s.Effect === 'Allow')
            problems.push(`${p.owner}/${p.name} ${s.Sid}: ${a}`)
          // Deny may be broad; the only broad Deny is "no S3 API over plain HTTP".
          else if (a.includes('*') && !(a === 's3:*' && s.Sid === 'DenyInsecureTransport')) {
            problems.push(`${p.owner}/${p.name} ${s.Sid}: ${a}`)
          }
        }
      }
    }
    expect(problems).toEqual([])
    expect(all.length).toBeGreaterThan(15)
  })

  test("no Allow statement has Resource '*' except the documented exceptions", () => {
    // Documented exceptions:
    // - key policies: in a KMS key policy Resource '*' means "this key"; it is the only value KMS accepts.
    // - StateMachineRole ExecutionLogDelivery: the CloudWatch Logs log-delivery APIs Step Functions uses for
    //   execution logging do not support resource-level permissions.
    const exceptions = new Set(['StateMachineRole/pipeline/ExecutionLogDelivery'])
    const problems: string[] = []
    for (const p of all) {
      if (p.kind === 'key' || p.kind === 'trust') continue
      for (const s of p.statements) {
        if (s.Effect !== 'Allow') continue
        const wild = list(s.Resource as Json).some(r => r === '*')
        if (wild && !exceptions.has(`${p.owner}/${p.name}/${s.Sid}`))
          problems.push(`${p.owner}/${p.name}/${s.Sid}`)
        if (s.Resource === undefined) problems.push(`${p.owner}/${p.name}/${s.Sid}: no Resource`)
      }
    }
    expect(problems).toEqual([])
    // the exception is used exactly where documented
    const sm = all.find(p => p.owner === 'StateMachineRole' && p.name === 'pipeline')
    expect(sm?.statements.find(s => s.Sid === 'ExecutionLogDelivery')?.Resource).toBe('*')
  })

  test('identity policies: one role per function or service, each trusting only its service in this account', () => {
    const roles = resourcesOfType('AWS::IAM::Role')
    const services = new Map<string, string>()
    for (const [name, p] of roles) {
      const st = (p.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement
      expect(st).toHaveLength(1)
      const principal = st[0]!.Principal as { Service?: string; Federated?: Json }
      if (name === 'CiRole') {
        expect(principal.Federated).toBeDefined()
        continue
      }
      if (name === 'CleanRoomsTableRole') {
        // Clean Rooms assumes it on behalf of the querying member's membership, in this or a partner's account: the
        // trust names memberships (aws:SourceArn), this account's own always among them.
        expect(principal.Service).toBe('cleanrooms.amazonaws.com')
        const sourceArns = JSON.stringify(st[0]!.Condition)
        expect(sourceArns).toContain('ForAnyValue:ArnEquals')
        expect(sourceArns).toContain(
          'arn:${AWS::Partition}:cleanrooms:${AWS::Region}:${AWS::AccountId}:membership/${CleanRoomsMembershipId}'
        )
        services.set(name, principal.Service!)
        continue
      }
      expect(typeof principal.Service).toBe('string')
      expect(st[0]!.Condition).toEqual({ StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } })
      services.set(name, principal.Service!)
    }
    expect(Object.fromEntries(services)).toEqual({
      DecryptFunctionRole: 'lambda.amazonaws.com',
      ArchiveFunctionRole: 'lambda.amazonaws.com',
      PublishFunctionRole: 'lambda.amazonaws.com',
      CleanupFunctionRole: 'lambda.amazonaws.com',
      ScheduleFunctionRole: 'lambda.amazonaws.com',
      DataBrewRole: 'databrew.amazonaws.com',
      StateMachineRole: 'states.amazonaws.com',
      ScheduleRole: 'scheduler.amazonaws.com',
      CleanRoomsTableRole: 'cleanrooms.amazonaws.com'
    })
    // Each Lambda runs as its own role.
    const fnRoles = resourcesOfType('AWS::Lambda::Function').map(([, p]) => JSON.stringify(p.Role))
    expect(new Set(fnRoles).size).toBe(fnRoles.length)
  })

  test('KMS use by roles is scoped to the stack keys, through the named services', () => {
    for (const p of all.filter(x => x.kind === 'identity')) {
      for (const s of p.statements.filter(x => list(x.Action).some(a => a.startsWith('kms:')))) {
        const resource = JSON.stringify(s.Resource)
        expect({ where: `${p.owner}/${s.Sid}`, resource }).toEqual({
          where: `${p.owner}/${s.Sid}`,
          resource: expect.stringMatching(/"Fn::GetAtt":\["(DataKey|KeyWrappingKey)","Arn"\]/)
        })
        expect({ where: `${p.owner}/${s.Sid}`, conditioned: s.Condition !== undefined }).toEqual({
          where: `${p.owner}/${s.Sid}`,
          conditioned: true
        })
      }
    }
  })

  test('only DecryptBatch can unwrap the PGP private key, and only with the stack/purpose encryption context', () => {
    const keyPolicy = all.find(p => p.owner === 'KeyWrappingKey')!
    const decrypting = keyPolicy.statements.filter(s => list(s.Action).includes('kms:Decrypt'))
    expect(decrypting).toHaveLength(1)
    expect(decrypting[0]).toMatchObject({
      Principal: { AWS: { 'Fn::GetAtt': ['DecryptFunctionRole', 'Arn'] } },
      Condition: {
        StringEquals: {
          'kms:EncryptionContext:stack': { Ref: 'AWS::StackName' },
          'kms:EncryptionContext:purpose': 'pgp-private-key'
        }
      }
    })
    const secretReaders = all
      .filter(p => p.kind === 'identity')
      .filter(p =>
        p.statements.some(
          s => JSON.stringify(s.Resource).includes('PgpPrivateKeySecret') && s.Effect === 'Allow'
        )
      )
      .map(p => p.owner)
    expect(secretReaders).toEqual(['DecryptFunctionRole'])
    for (const [, k] of resourcesOfType('AWS::KMS::Key')) expect(k.EnableKeyRotation).toBe(true)
  })

  test('the DataBrew hashing secret carries the AwsGlueDataBrew- prefix and only the DataBrew role reads it', () => {
    expect(resources.HashingKeySecret?.Properties?.Name).toEqual({ Ref: 'HashingSecretName' })
    expect(String(parameters.HashingSecretName?.Default)).toMatch(/^AwsGlueDataBrew-/)
    const readers = all
      .filter(p => p.kind === 'identity')
      .filter(p => p.statements.some(s => JSON.stringify(s.Resource).includes('"HashingKeySecret"')))
      .map(p => p.owner)
    expect(readers).toEqual(['DataBrewRole'])
  })
})

describe('buckets', () => {
  const buckets = resourcesOfType('AWS::S3::Bucket')
  const all = policies()

  test('there are the data, target and access-log buckets', () => {
    expect(buckets.map(([n]) => n).sort()).toEqual(['AccessLogBucket', 'DataBucket', 'TargetBucket'])
  })

  // AccessLogBucket is SSE-S3 (log delivery needs it): template-hardening.test.ts.
  test.each(['DataBucket', 'TargetBucket'])(
    '%s: SSE-KMS with the stack key, versioned, all public access blocked',
    name => {
      const p = resources[name]!.Properties!
      expect(p.BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [
          {
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': ['DataKey', 'Arn'] }
            },
            BucketKeyEnabled: true
          }
        ]
      })
      expect(p.VersioningConfiguration).toEqual({ Status: 'Enabled' })
      expect(p.PublicAccessBlockConfiguration).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true
      })
      expect(p.OwnershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] })
    }
  )

  // The encryption denies: template-hardening.test.ts.
  test.each(buckets.map(([n]) => n))('%s: its policy denies non-TLS access', name => {
    const pol = all.filter(p => p.kind === 'bucket' && p.owner === name)
    expect(pol).toHaveLength(1)
    const st = pol[0]!.statements
    const tls = st.find(s => s.Sid === 'DenyInsecureTransport')
    expect(tls).toMatchObject({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Condition: { Bool: { 'aws:SecureTransport': 'false' } }
    })
    expect(JSON.stringify(tls!.Resource)).toContain(`"${name}","Arn"`)
    expect(JSON.stringify(tls!.Resource)).toContain(`\${${name}.Arn}/*`)
  })

  test('data and target buckets log to the access-log bucket', () => {
    for (const name of ['DataBucket', 'TargetBucket']) {
      expect(resources[name]!.Properties!.LoggingConfiguration).toMatchObject({
        DestinationBucketName: { Ref: 'AccessLogBucket' }
      })
    }
  })

  test('lifecycle: raw/ and archive/ expire, archive/ moves to Glacier IR, incomplete uploads are aborted', () => {
    const rules = (
      resources.DataBucket!.Properties!.LifecycleConfiguration as { Rules: Record<string, Json>[] }
    ).Rules
    expect(rules.find(r => r.Prefix === 'raw/')).toMatchObject({
      Status: 'Enabled',
      ExpirationInDays: { Ref: 'RawRetentionDays' }
    })
    expect(rules.find(r => r.Prefix === 'archive/')).toMatchObject({
      Status: 'Enabled',
      ExpirationInDays: { Ref: 'ArchiveRetentionDays' },
      Transitions: [{ StorageClass: 'GLACIER_IR', TransitionInDays: 30 }]
    })
    expect(rules.find(r => r.AbortIncompleteMultipartUpload)).toMatchObject({
      AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }
    })
    expect(Number(parameters.ArchiveRetentionDays?.MinValue)).toBeGreaterThanOrEqual(30) // after the transition
  })
})

describe('the CI role (GitHub OIDC)', () => {
  const ci = resources.CiRole!.Properties!
  const trust = (ci.AssumeRolePolicyDocument as { Statement: Statement[] }).Statement[0]!
  const subjects = (params: Record<string, string>) =>
    (evaluate(trust.Condition, params) as Record<string, Record<string, Json>>).StringEquals![
      'token.actions.githubusercontent.com:sub'
    ]

  test('trusts the GitHub OIDC provider for sts:AssumeRoleWithWebIdentity with aud pinned to STS', () => {
    expect(trust.Action).toBe('sts:AssumeRoleWithWebIdentity')
    expect(trust.Condition?.StringEquals?.['token.actions.githubusercontent.com:aud']).toBe(
      'sts.amazonaws.com'
    )
    expect(trust.Condition).not.toHaveProperty('StringLike')
    expect(evaluate(trust.Principal, { GitHubOwner: 'o', GitHubRepo: 'r' })).toEqual({
      Federated: { Ref: 'GitHubOidcProvider' }
    })
    expect(
      evaluate(trust.Principal, { GitHubOwner: 'o', GitHubRepo: 'r', CreateGitHubOidcProvider: 'false' })
    ).toEqual({
      Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com'
    })
  })

  test('pins sub to the branch (default main) in the name form', () => {
    expect(subjects({ GitHubOwner: 'acme', GitHubRepo: 'exports' })).toEqual([
      'repo:acme/exports:ref:refs/heads/main'
    ])
  })

  test('adds the environment and the immutable repo:OWNER@ID/REPO@ID form when the ids are given', () => {
    expect(
      subjects({
        GitHubOwner: 'acme',
        GitHubRepo: 'exports',
        GitHubEnvironment: 'production',
        GitHubOwnerId: '1001',
        GitHubRepoId: '2002'
      })
    ).toEqual([
      'repo:acme/exports:ref:refs/heads/main',
      'repo:acme/exports:environment:production',
      'repo:acme@1001/exports@2002:ref:refs/heads/main',
      'repo:acme@1001/exports@2002:environment:production'
    ])
    expect(
      subjects({
        GitHubOwner: 'acme',
        GitHubRepo: 'exports',
        GitHubBranch: '',
        GitHubEnvironment: 'prod',
        GitHubOwnerId: '1',
        GitHubRepoId: '2'
      })
    ).toEqual(['repo:acme/exports:environment:prod', 'repo:acme@1/exports@2:environment:prod'])
  })

  test('a rule refuses a stack where neither branch nor environment is set', () => {
    const rule = (t.Rules as Record<string, { Assertions: { Assert: Json }[] }>).CiRoleNeedsASubject!
    const holds = (params: Record<string, string>) => evaluate(rule.Assertions[0]!.Assert, params)
    expect(holds({ GitHubBranch: '', GitHubEnvironment: '' })).toBe(false)
    expect(holds({ GitHubBranch: 'main', GitHubEnvironment: '' })).toBe(true)
    expect(holds({ GitHubBranch: '', GitHubEnvironment: 'prod' })).toBe(true)
  })

  test('may only write landing/<dataset>/, read its manifests, start/watch/stop this state machine, read stack outputs and publish to the stack topic', () => {
    const st = all()
      .filter(p => p.owner === 'CiRole' && p.kind === 'identity')
      .flatMap(p => p.statements)
    const byAction: Record<string, string[]> = {}
    for (const s of st) for (const a of list(s.Action)) (byAction[a] ??= []).push(JSON.stringify(s.Resource))
    expect(Object.keys(byAction).sort()).toEqual(
      [
        'cloudformation:DescribeStacks',
        'kms:Decrypt',
        'kms:GenerateDataKey',
        's3:AbortMultipartUpload',
        's3:DeleteObject',
        's3:GetObject',
        's3:ListBucket',
        's3:ListBucketMultipartUploads',
        's3:PutObject',
        'sns:Publish',
        'states:DescribeExecution',
        'states:DescribeStateMachineForExecution',
        'states:GetExecutionHistory',
        'states:StartExecution',
        'states:StopExecution'
      ].sort()
    )
    expect(byAction['sns:Publish']).toEqual([JSON.stringify({ Ref: 'NotificationTopic' })])
    for (const a of ['s3:PutObject', 's3:AbortMultipartUpload', 's3:DeleteObject']) {
      expect(byAction[a]).toEqual([
        JSON.stringify({ 'Fn::Sub': '${DataBucket.Arn}/landing/${DatasetName}/*' })
      ])
    }
    expect(byAction['s3:GetObject']).toEqual([
      JSON.stringify({ 'Fn::Sub': '${DataBucket.Arn}/landing/${DatasetName}/*/_manifest.json' })
    ])
    const list_ = st.find(s => list(s.Action).includes('s3:ListBucket'))!
    expect(list_.Condition).toEqual({
      StringLike: {
        's3:prefix': [{ 'Fn::Sub': 'landing/${DatasetName}/*' }, { 'Fn::Sub': 'landing/${DatasetName}/' }]
      }
    })
    expect(byAction['states:StartExecution']).toEqual([JSON.stringify({ Ref: 'StateMachine' })])
    expect(byAction['states:DescribeExecution']?.[0]).toContain(':execution:${Name}:*')
    expect(byAction['cloudformation:DescribeStacks']).toEqual([JSON.stringify({ Ref: 'AWS::StackId' })])
  })
  const all = policies
})

describe('logs, alarms, notifications, schedule', () => {
  test('every log group has a retention and the stack key', () => {
    const groups = resourcesOfType('AWS::Logs::LogGroup')
    // Five functions, the state machine, the DataBrew job.
    expect(groups.length).toBe(7)
    for (const [name, p] of groups) {
      expect({ name, retention: p.RetentionInDays, key: p.KmsKeyId }).toEqual({
        name,
        retention: { Ref: 'LogRetentionDays' },
        key: { 'Fn::GetAtt': ['DataKey', 'Arn'] }
      })
    }
  })

  test('alarms on failed executions and on errors of both Lambdas notify the topic', () => {
    const alarms = resourcesOfType('AWS::CloudWatch::Alarm').map(([, p]) => p)
    const on = (metric: string, dim: string) =>
      alarms.find(a => a.MetricName === metric && JSON.stringify(a.Dimensions).includes(dim))
    expect(on('ExecutionsFailed', '"StateMachine"')).toMatchObject({ Namespace: 'AWS/States', Threshold: 1 })
    expect(on('Errors', '"DecryptFunction"')).toMatchObject({ Namespace: 'AWS/Lambda' })
    expect(on('Errors', '"ArchiveFunction"')).toMatchObject({ Namespace: 'AWS/Lambda' })
    for (const a of alarms) expect(a.AlarmActions).toEqual([{ Ref: 'NotificationTopic' }])
  })

  test('the topic is KMS-encrypted; the schedule exists only when ScheduleExpression is set', () => {
    expect(resources.NotificationTopic?.Properties?.KmsMasterKeyId).toEqual({
      'Fn::GetAtt': ['DataKey', 'Arn']
    })
    for (const name of [
      'Schedule',
      'ScheduleRole',
      'ScheduleFunction',
      'ScheduleFunctionRole',
      'ScheduleLogGroup'
    ])
      expect({ name, condition: resources[name]?.Condition }).toEqual({ name, condition: 'HasSchedule' })
    expect(evaluate({ Condition: 'HasSchedule' }, {})).toBe(false)
    expect(evaluate({ Condition: 'HasSchedule' }, { ScheduleExpression: 'cron(0 6 * * ? *)' })).toBe(true)
    // The schedule invokes the function that picks the oldest unprocessed batch; it starts no fixed drop location.
    const target = resources.Schedule!.Properties!.Target as { Arn: Json; Input?: Json }
    expect(target.Arn).toEqual({ 'Fn::GetAtt': ['ScheduleFunction', 'Arn'] })
    expect(target.Input).toBeUndefined()
  })

  test('aborted and timed-out executions are cleaned up by CleanupFunction through an EventBridge rule', () => {
    const rule = resources.CleanupAfterAbortRule!.Properties!
    expect(rule.EventPattern).toEqual({
      source: ['aws.states'],
      'detail-type': ['Step Functions Execution Status Change'],
      detail: { status: ['ABORTED', 'TIMED_OUT'], stateMachineArn: [{ Ref: 'StateMachine' }] }
    })
    expect((rule.Targets as { Arn: Json }[])[0]!.Arn).toEqual({ 'Fn::GetAtt': ['CleanupFunction', 'Arn'] })
    expect(resources.CleanupAfterAbortPermission!.Properties).toMatchObject({
      Principal: 'events.amazonaws.com',
      SourceArn: { 'Fn::GetAtt': ['CleanupAfterAbortRule', 'Arn'] }
    })
  })
})

describe('DataBrew and Glue', () => {
  test('the recipe steps are infra/recipes/default.json, with the hash keyed by the stack secret', () => {
    const file = JSON.parse(readFileSync(resolve(infraDir, 'recipes/default.json'), 'utf8')) as Json[]
    const steps = resources.DataBrewRecipe!.Properties!.Steps as {
      Action: { Operation: string; Parameters: Record<string, Json> }
    }[]
    const hash = steps.find(s => s.Action.Operation === 'CRYPTOGRAPHIC_HASH')!
    expect(hash.Action.Parameters.secretId).toEqual({ Ref: 'HashingKeySecret' })
    const normalized = JSON.parse(JSON.stringify(steps)) as typeof steps
    normalized.find(s => s.Action.Operation === 'CRYPTOGRAPHIC_HASH')!.Action.Parameters.secretId = parameters
      .HashingSecretName?.Default as string
    expect(normalized).toEqual(file)
    for (const s of steps) {
      expect(s.Action.Operation).toMatch(/^[A-Z_]+$/)
      for (const v of Object.values(s.Action.Parameters))
        if (typeof v !== 'object') expect(typeof v).toBe('string')
    }
  })

  test("the job runs the project's recipe (so recipe changes reach it) and writes snappy Parquet, SSE-KMS", () => {
    const job = resources.DataBrewJob!.Properties!
    expect(job).toMatchObject({
      Type: 'RECIPE',
      ProjectName: { Ref: 'DataBrewProject' },
      EncryptionMode: 'SSE-KMS',
      EncryptionKeyArn: { 'Fn::GetAtt': ['DataKey', 'Arn'] },
      Outputs: [
        {
          // Runs started by hand; the state machine sets <dataset>/batch=<batch>/ for each run.
          Location: { Bucket: { Ref: 'TargetBucket' }, Key: { 'Fn::Sub': '${DatasetName}/batch=_manual/' } },
          Format: 'PARQUET',
          CompressionFormat: 'SNAPPY'
        }
      ]
    })
    // A job that names a recipe version runs a published version, which AWS::DataBrew::Recipe never makes.
    expect(job.Recipe).toBeUndefined()
    expect(job.DatasetName).toBeUndefined()
    expect(resources.DataBrewProject!.Properties).toMatchObject({
      DatasetName: { Ref: 'DataBrewDataset' },
      RecipeName: { Ref: 'DataBrewRecipe' }
    })
    expect(resources.DataBrewDataset!.Properties!.Input).toEqual({
      S3InputDefinition: { Bucket: { Ref: 'DataBucket' }, Key: { 'Fn::Sub': 'raw/${DatasetName}/' } }
    })
    // No crawler: PublishOutput declares the table from the run's Parquet after success.
    expect(resourcesOfType('AWS::Glue::Crawler')).toEqual([])
    expect(resources.PublishFunction!.Properties!.Environment).toMatchObject({
      Variables: { GLUE_DATABASE: { Ref: 'GlueDatabase' }, OUTPUT_MODE: { Ref: 'OutputMode' } }
    })
  })
})

const cfnLint = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' })
;(cfnLint.status === 0 ? test : test.skip)(
  'cfn-lint finds no error (warnings about package-only paths allowed)',
  () => {
    const r = spawnSync('cfn-lint', ['--format', 'parseable', templatePath], {
      encoding: 'utf8',
      cwd: dirname(templatePath)
    })
    const findings = r.stdout.split('\n').filter(Boolean)
    const errors = findings.filter(f => !/:W3002:/.test(f))
    expect(errors).toEqual([])
  }
)

describe('Clean Rooms', () => {
  const outputColumns = (): string[] => {
    const recipe = parseRecipe(
      readFileSync(resolve(infraDir, 'recipes/default.json'), 'utf8'),
      'default.json'
    )
    const header = readFileSync(resolve(infraDir, '../examples/data/customers.csv'), 'utf8').split('\n')[0]!
    return columnFlow(recipe.recipe!, header.split(','))!
  }

  test('the output table is declared by the stack with the recipe output columns, before any run', () => {
    const table = resources.OutputTable!
    expect(table.Type).toBe('Custom::OutputTable')
    expect(table.Condition).toBeUndefined()
    // Served by PublishOutput, the one writer of the table (a Glue::Table would have its location reset on update).
    expect(table.Properties!.ServiceToken).toEqual({ 'Fn::GetAtt': ['PublishFunction', 'Arn'] })
    const columns = table.Properties!.Columns as { Name: string; Type: string }[]
    expect(columns.map(c => c.Name)).toEqual(outputColumns())
    expect(resourcesOfType('AWS::Glue::Table')).toEqual([])
  })

  test('the configured table, its association and its role exist only when the parameters ask for them', () => {
    expect(resources.ConfiguredTable!.Condition).toBe('CreatesConfiguredTable')
    expect(resources.ConfiguredTableAssociation!.Condition).toBe('AssociatesMembership')
    expect(resources.CleanRoomsTableRole!.Condition).toBe('AssociatesMembership')
    expect(evaluate({ Condition: 'CreatesConfiguredTable' }, {})).toBe(false)
    expect(evaluate({ Condition: 'AssociatesMembership' }, { CleanRoomsConfiguredTable: 'true' })).toBe(false)
    expect(
      evaluate(
        { Condition: 'AssociatesMembership' },
        { CleanRoomsConfiguredTable: 'true', CleanRoomsMembershipId: '00000000-0000-0000-0000-000000000000' }
      )
    ).toBe(true)
  })

  test('the configured table reads the declared output table and allows only columns the recipe writes', () => {
    const p = resources.ConfiguredTable!.Properties!
    expect(p.TableReference).toEqual({
      Glue: {
        DatabaseName: { Ref: 'GlueDatabase' },
        TableName: { 'Fn::GetAtt': ['OutputTable', 'TableName'] }
      }
    })
    expect(p.AnalysisMethod).toBe('DIRECT_QUERY')
    const allowed = p.AllowedColumns as string[]
    expect(allowed.filter(c => !outputColumns().includes(c))).toEqual([])
    // Every column of the analysis rule is an allowed column.
    const rule = JSON.stringify(p.AnalysisRules)
    for (const name of outputColumns().filter(c => !allowed.includes(c)))
      expect(rule).not.toContain(`"${name}"`)
  })

  test("the Clean Rooms role reads exactly the output table's metadata, its folder and the data key through S3", () => {
    const role = resources.CleanRoomsTableRole!.Properties!
    const statements = (role.Policies as { PolicyDocument: { Statement: Statement[] } }[]).flatMap(
      p => p.PolicyDocument.Statement
    )
    const actions = statements.flatMap(s => list(s.Action)).sort()
    expect(actions).toEqual([
      'glue:BatchGetPartition',
      'glue:GetDatabase',
      'glue:GetPartition',
      'glue:GetPartitions',
      'glue:GetTable',
      'kms:Decrypt',
      's3:GetBucketLocation',
      's3:GetObject',
      's3:ListBucket'
    ])
    const text = JSON.stringify(statements)
    expect(text).not.toMatch(/"\*"|:\*"|DataBucket|landing|raw\/|archive/)
    expect(text).toContain('${TargetBucket.Arn}/${DatasetName}/*')
    expect(text).toContain('table/${GlueDatabase}/${OutputTable.TableName}')
    const kms = statements.find(s => list(s.Action).includes('kms:Decrypt'))!
    expect(kms.Condition).toEqual({
      StringEquals: {
        'kms:ViaService': { 'Fn::Sub': 's3.${AWS::Region}.amazonaws.com' },
        'kms:EncryptionContext:aws:s3:arn': { 'Fn::GetAtt': ['TargetBucket', 'Arn'] }
      }
    })
    expect(resources.ConfiguredTableAssociation!.Properties!.RoleArn).toEqual({
      'Fn::GetAtt': ['CleanRoomsTableRole', 'Arn']
    })
  })
})
