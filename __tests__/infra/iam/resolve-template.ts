/**
 * Resolves infra/template.yaml for one sample deployment (account 123456789012, us-east-1, stack cleanrooms-prod):
 * parameters (defaults plus the required ones filled), conditions, !Ref/!GetAtt/!Sub/!If/!Join/!Select/… and
 * AWS::NoValue, with physical names shaped like the ones CloudFormation generates. From that it collects what IAM
 * evaluates: each role's identity policies and every bucket, key, topic and secret policy.
 *
 * Test code only. Physical names of unnamed resources follow CloudFormation's pattern
 * (`<stack>-<LogicalId>-<SUFFIX>`, buckets lowercase); the suffix is fixed so names are deterministic. A resource type
 * or attribute without a row below fails with a message naming it, so a new resource needs one new row.
 */
import { readFileSync } from 'node:fs'
import { parseTemplate, type Template } from '../cfn-yaml.js'

export interface Deployment {
  accountId: string
  region: string
  partition: string
  stackName: string
  /** Values for parameters without a default, and overrides. */
  parameters: Record<string, string>
}

export const SAMPLE_DEPLOYMENT: Deployment = {
  accountId: '123456789012',
  region: 'us-east-1',
  partition: 'aws',
  stackName: 'cleanrooms-prod',
  parameters: { GitHubOwner: 'example-org', GitHubRepo: 'exports' }
}

export type PolicyDocument = {
  Version?: string
  Statement: Record<string, unknown>[] | Record<string, unknown>
}

export interface NamedPolicy {
  name: string
  policy: PolicyDocument
}

type Resource = Template['Resources'][string]

const SUFFIX = 'A1B2C3D4E5F6'
const NO_VALUE = Symbol('AWS::NoValue')

function fail(what: string): never {
  throw new Error(`resolve-template: ${what}`)
}

/** A deterministic 32-hex id (KMS key ids look like UUIDs). */
function keyIdFor(logicalId: string): string {
  let h = 0x811c9dc5
  const hex: string[] = []
  for (let round = 0; round < 4; round++) {
    for (const c of `${round}:${logicalId}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193) >>> 0
    hex.push(h.toString(16).padStart(8, '0'))
  }
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`
}

export class ResolvedStack {
  readonly template: Template
  readonly deployment: Deployment
  private readonly parameterValues: Record<string, string>
  private readonly conditionCache = new Map<string, boolean>()

  constructor(template: Template, deployment: Deployment = SAMPLE_DEPLOYMENT) {
    this.template = template
    this.deployment = deployment
    this.parameterValues = {}
    for (const [name, spec] of Object.entries(template.Parameters ?? {})) {
      const given = deployment.parameters[name]
      const value =
        given ?? (spec.Default === undefined ? undefined : String(spec.Default as string | number))
      if (value === undefined) fail(`parameter ${name} has no default: add it to the deployment's parameters`)
      this.parameterValues[name] = value
    }
  }

  get stackId(): string {
    const d = this.deployment
    return `arn:${d.partition}:cloudformation:${d.region}:${d.accountId}:stack/${d.stackName}/11111111-2222-3333-4444-555555555555`
  }

  /** Logical ids of the resources this deployment creates (conditions applied), optionally of one type. */
  resourceIds(type?: string): string[] {
    return Object.entries(this.template.Resources)
      .filter(([, r]) => (type === undefined || r.Type === type) && this.exists(r))
      .map(([id]) => id)
  }

  resource(logicalId: string): Resource {
    const r = this.template.Resources[logicalId]
    if (!r) fail(`no resource ${logicalId} in the template`)
    return r
  }

  has(logicalId: string): boolean {
    const r = this.template.Resources[logicalId]
    return r !== undefined && this.exists(r)
  }

  private exists(r: Resource): boolean {
    return r.Condition === undefined || this.condition(r.Condition)
  }

  condition(name: string): boolean {
    const cached = this.conditionCache.get(name)
    if (cached !== undefined) return cached
    const expr = this.template.Conditions?.[name]
    if (expr === undefined) fail(`no condition ${name}`)
    const value = this.truth(expr)
    this.conditionCache.set(name, value)
    return value
  }

  private truth(expr: unknown): boolean {
    const e = expr as Record<string, unknown>
    if (e && typeof e === 'object' && !Array.isArray(e)) {
      if ('Condition' in e) return this.condition(e.Condition as string)
      if ('Fn::Equals' in e) {
        const [a, b] = e['Fn::Equals'] as unknown[]
        return JSON.stringify(this.resolve(a)) === JSON.stringify(this.resolve(b))
      }
      if ('Fn::Not' in e) return !this.truth((e['Fn::Not'] as unknown[])[0])
      if ('Fn::And' in e) return (e['Fn::And'] as unknown[]).every(c => this.truth(c))
      if ('Fn::Or' in e) return (e['Fn::Or'] as unknown[]).some(c => this.truth(c))
    }
    fail(`cannot evaluate condition ${JSON.stringify(expr)}`)
  }

  /** A property of a resource, resolved. */
  property(logicalId: string, name: string): unknown {
    const value = this.resource(logicalId).Properties?.[name]
    return value === undefined ? undefined : this.resolve(value)
  }

  private named(logicalId: string, property: string, fallback: () => string): string {
    const v = this.property(logicalId, property)
    return typeof v === 'string' ? v : fallback()
  }

  private generatedName(logicalId: string, max = 64): string {
    return `${this.deployment.stackName}-${logicalId}-${SUFFIX}`.slice(0, max)
  }

  /** What !Ref returns for a resource. */
  ref(logicalId: string): string {
    const r = this.resource(logicalId)
    if (!this.exists(r))
      fail(`!Ref ${logicalId}: the resource is not created in this deployment (condition ${r.Condition})`)
    const { partition: p, region, accountId: a } = this.deployment
    switch (r.Type) {
      case 'AWS::S3::Bucket':
        return this.named(logicalId, 'BucketName', () =>
          `${this.deployment.stackName}-${logicalId.toLowerCase()}-${SUFFIX.toLowerCase()}`.slice(0, 63)
        )
      case 'AWS::KMS::Key':
        return keyIdFor(logicalId)
      case 'AWS::KMS::Alias':
        return this.property(logicalId, 'AliasName') as string
      case 'AWS::IAM::Role':
        return this.named(logicalId, 'RoleName', () => this.generatedName(logicalId))
      case 'AWS::IAM::ManagedPolicy':
        return `arn:${p}:iam::${a}:policy${(this.property(logicalId, 'Path') as string | undefined) ?? '/'}${this.named(logicalId, 'ManagedPolicyName', () => this.generatedName(logicalId, 128))}`
      case 'AWS::IAM::OIDCProvider':
        return `arn:${p}:iam::${a}:oidc-provider/${String(this.property(logicalId, 'Url')).replace(/^https:\/\//, '')}`
      case 'AWS::Lambda::Function':
        return this.named(logicalId, 'FunctionName', () => this.generatedName(logicalId))
      case 'AWS::SecretsManager::Secret':
        return `arn:${p}:secretsmanager:${region}:${a}:secret:${this.named(logicalId, 'Name', () => `${logicalId}-${SUFFIX}`)}-AbCdEf`
      case 'AWS::StepFunctions::StateMachine':
        return `arn:${p}:states:${region}:${a}:stateMachine:${this.named(logicalId, 'StateMachineName', () => `${logicalId}-${SUFFIX}`)}`
      case 'AWS::SNS::Topic':
        return `arn:${p}:sns:${region}:${a}:${this.named(logicalId, 'TopicName', () => this.generatedName(logicalId, 256))}`
      case 'AWS::SQS::Queue':
        return `https://sqs.${region}.amazonaws.com/${a}/${this.named(logicalId, 'QueueName', () => this.generatedName(logicalId, 80))}`
      case 'AWS::DynamoDB::Table':
        return this.named(logicalId, 'TableName', () => this.generatedName(logicalId, 255))
      case 'AWS::Logs::LogGroup':
        return this.named(logicalId, 'LogGroupName', () => this.generatedName(logicalId, 512))
      case 'AWS::DataBrew::Job':
      case 'AWS::DataBrew::Dataset':
      case 'AWS::DataBrew::Recipe':
      case 'AWS::DataBrew::Project':
      case 'AWS::DataBrew::Ruleset':
      case 'AWS::Glue::Crawler':
      case 'AWS::Glue::SecurityConfiguration':
      case 'AWS::Glue::Job':
      case 'AWS::Glue::Table':
        return this.named(logicalId, 'Name', () => fail(`${logicalId} (${r.Type}) has no Name to !Ref`))
      case 'AWS::Glue::Database':
        return ((this.property(logicalId, 'DatabaseInput') as { Name?: string } | undefined)?.Name ??
          fail(`${logicalId} has no DatabaseInput.Name`)) as string
      case 'AWS::Events::Rule':
      case 'AWS::Scheduler::Schedule':
      case 'AWS::CloudWatch::Alarm':
      case 'AWS::SNS::Subscription':
      case 'AWS::S3::BucketPolicy':
      case 'AWS::SNS::TopicPolicy':
      case 'AWS::IAM::RolePolicy':
      case 'AWS::IAM::Policy':
      case 'AWS::Lambda::Permission':
      case 'AWS::Lambda::Version':
      case 'AWS::CloudFormation::CustomResource':
        return this.generatedName(logicalId)
      default:
        if (r.Type.startsWith('Custom::')) return this.generatedName(logicalId)
        return fail(`!Ref ${logicalId}: no physical-name rule for ${r.Type}; add one to resolve-template.ts`)
    }
  }

  /** What !GetAtt returns. */
  getAtt(logicalId: string, attribute: string): string {
    const r = this.resource(logicalId)
    const { partition: p, region, accountId: a } = this.deployment
    const key = `${r.Type}.${attribute}`
    switch (key) {
      case 'AWS::S3::Bucket.Arn':
        return `arn:${p}:s3:::${this.ref(logicalId)}`
      case 'AWS::S3::Bucket.DomainName':
        return `${this.ref(logicalId)}.s3.amazonaws.com`
      case 'AWS::S3::Bucket.RegionalDomainName':
        return `${this.ref(logicalId)}.s3.${region}.amazonaws.com`
      case 'AWS::KMS::Key.Arn':
        return `arn:${p}:kms:${region}:${a}:key/${this.ref(logicalId)}`
      case 'AWS::KMS::Key.KeyId':
        return this.ref(logicalId)
      case 'AWS::IAM::Role.Arn':
        return `arn:${p}:iam::${a}:role${(this.property(logicalId, 'Path') as string | undefined) ?? '/'}${this.ref(logicalId)}`
      case 'AWS::IAM::Role.RoleId':
        return `AROA${keyIdFor(logicalId).replace(/-/g, '').slice(0, 17).toUpperCase()}`
      case 'AWS::Lambda::Function.Arn':
        return `arn:${p}:lambda:${region}:${a}:function:${this.ref(logicalId)}`
      case 'AWS::StepFunctions::StateMachine.Name':
        return this.ref(logicalId).split(':').pop()!
      case 'AWS::StepFunctions::StateMachine.Arn':
        return this.ref(logicalId)
      case 'AWS::SNS::Topic.TopicArn':
        return this.ref(logicalId)
      case 'AWS::SNS::Topic.TopicName':
        return this.ref(logicalId).split(':').pop()!
      case 'AWS::SQS::Queue.Arn':
        return `arn:${p}:sqs:${region}:${a}:${this.ref(logicalId).split('/').pop()!}`
      case 'AWS::DynamoDB::Table.Arn':
        return `arn:${p}:dynamodb:${region}:${a}:table/${this.ref(logicalId)}`
      case 'AWS::Logs::LogGroup.Arn':
        return `arn:${p}:logs:${region}:${a}:log-group:${this.ref(logicalId)}:*`
      case 'AWS::SecretsManager::Secret.Id':
        return this.ref(logicalId)
      case 'AWS::IAM::ManagedPolicy.PolicyArn':
        return this.ref(logicalId)
      // Custom::OutputTable answers with the Glue names PublishOutput's environment holds (src/lambdas/publish.ts).
      case 'Custom::OutputTable.TableName': {
        const env = (
          this.resolve(this.property('PublishFunction', 'Environment')) as {
            Variables: Record<string, string>
          }
        ).Variables
        return env.GLUE_TABLE!
      }
      case 'Custom::OutputTable.DatabaseName':
        return this.ref('GlueDatabase')
      case 'AWS::CleanRooms::ConfiguredTable.ConfiguredTableIdentifier':
        return keyIdFor(logicalId)
      case 'AWS::CleanRooms::ConfiguredTable.Arn':
        return `arn:${p}:cleanrooms:${region}:${a}:configuredtable/${keyIdFor(logicalId)}`
      case 'AWS::CleanRooms::ConfiguredTableAssociation.Arn': {
        const membership = this.resolve(this.property(logicalId, 'MembershipIdentifier')) as string
        return `arn:${p}:cleanrooms:${region}:${a}:membership/${membership}/configuredtableassociation/${keyIdFor(logicalId)}`
      }
      case 'AWS::Events::Rule.Arn':
        return `arn:${p}:events:${region}:${a}:rule/${this.ref(logicalId)}`
      default:
        return fail(`!GetAtt ${logicalId}.${attribute}: no rule for ${key}; add one to resolve-template.ts`)
    }
  }

  private pseudo(name: string): string | typeof NO_VALUE {
    const d = this.deployment
    switch (name) {
      case 'AWS::AccountId':
        return d.accountId
      case 'AWS::Region':
        return d.region
      case 'AWS::Partition':
        return d.partition
      case 'AWS::StackName':
        return d.stackName
      case 'AWS::StackId':
        return this.stackId
      case 'AWS::URLSuffix':
        return 'amazonaws.com'
      case 'AWS::NoValue':
        return NO_VALUE
      default:
        return fail(`unknown pseudo parameter ${name}`)
    }
  }

  private refName(name: string): string | typeof NO_VALUE {
    if (name.startsWith('AWS::')) return this.pseudo(name)
    if (name in this.parameterValues) return this.parameterValues[name]!
    return this.ref(name)
  }

  private sub(text: string, vars: Record<string, unknown>): string {
    return text.replace(/\$\{([^}]+)\}/g, (whole, inner: string) => {
      if (inner.startsWith('!')) return '${' + inner.slice(1) + '}'
      if (inner in vars) return String(this.resolve(vars[inner]))
      const dot = inner.indexOf('.')
      if (dot > 0 && !inner.startsWith('AWS::')) return this.getAtt(inner.slice(0, dot), inner.slice(dot + 1))
      const v = this.refName(inner)
      if (v === NO_VALUE) fail(`\${AWS::NoValue} inside !Sub ${text}`)
      return v
    })
  }

  /** Resolves every intrinsic function in a value; AWS::NoValue removes the key or list item. */
  resolve(value: unknown): unknown {
    const v = this.resolveOrNoValue(value)
    return v === NO_VALUE ? undefined : v
  }

  private resolveOrNoValue(value: unknown): unknown {
    if (Array.isArray(value)) {
      return value.map(v => this.resolveOrNoValue(v)).filter(v => v !== NO_VALUE)
    }
    if (!value || typeof value !== 'object') return value
    const o = value as Record<string, unknown>
    const keys = Object.keys(o)
    if (keys.length === 1) {
      const k = keys[0]!
      const arg = o[k]
      switch (k) {
        case 'Ref': {
          // A CommaDelimitedList parameter is a list where it is referenced as a whole.
          const spec = this.template.Parameters?.[arg as string] as { Type?: string } | undefined
          const v = this.refName(arg as string)
          return spec?.Type === 'CommaDelimitedList' && typeof v === 'string' ? v.split(',') : v
        }
        case 'Fn::GetAtt': {
          const [id, att] = arg as [string, string]
          return this.getAtt(id, att)
        }
        case 'Fn::Sub':
          return typeof arg === 'string'
            ? this.sub(arg, {})
            : this.sub(
                (arg as [string, Record<string, unknown>])[0],
                (arg as [string, Record<string, unknown>])[1]
              )
        case 'Fn::If': {
          const [cond, yes, no] = arg as [string, unknown, unknown]
          return this.resolveOrNoValue(this.condition(cond) ? yes : no)
        }
        case 'Fn::Join': {
          const [sep, parts] = arg as [string, unknown]
          return (this.resolve(parts) as unknown[]).map(String).join(sep)
        }
        case 'Fn::Select': {
          const [index, list] = arg as [unknown, unknown]
          return (this.resolve(list) as unknown[])[Number(this.resolve(index))]
        }
        case 'Fn::Split': {
          const [sep, text] = arg as [string, unknown]
          return String(this.resolve(text)).split(sep)
        }
        case 'Fn::FindInMap': {
          const [map, top, second] = (this.resolve(arg) as string[]).map(String)
          const mappings = (
            this.template as { Mappings?: Record<string, Record<string, Record<string, unknown>>> }
          ).Mappings
          return mappings?.[map!]?.[top!]?.[second!] ?? fail(`!FindInMap ${map}.${top}.${second} not found`)
        }
        case 'Fn::Base64':
          return Buffer.from(String(this.resolve(arg))).toString('base64')
        case 'Fn::ToJsonString':
          return JSON.stringify(this.resolve(arg))
        case 'Fn::Length':
          return (this.resolve(arg) as unknown[]).length
        case 'Fn::ImportValue':
        case 'Fn::GetAZs':
        case 'Fn::Cidr':
        case 'Fn::Transform':
          return fail(`${k} is not supported by the sample deployment; add it to resolve-template.ts`)
      }
    }
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(o)) {
      const r = this.resolveOrNoValue(v)
      if (r !== NO_VALUE) out[k] = r
    }
    return out
  }

  // ------------------------------------------------------------------ policies

  /**
   * The identity policies of a principal: for a role, its inline Policies, AWS::IAM::RolePolicy / AWS::IAM::Policy /
   * AWS::IAM::ManagedPolicy resources attached to it and template-managed ManagedPolicyArns; for an
   * AWS::IAM::ManagedPolicy (a policy people attach to their own user or role, like KeyAdminPolicy), that policy.
   */
  identityPolicies(principal: string): NamedPolicy[] {
    const r = this.resource(principal)
    if (r.Type === 'AWS::IAM::ManagedPolicy') {
      return [{ name: principal, policy: this.property(principal, 'PolicyDocument') as PolicyDocument }]
    }
    if (r.Type !== 'AWS::IAM::Role') fail(`${principal} is a ${r.Type}, not a role or a managed policy`)
    const roleName = this.ref(principal)
    const policies: NamedPolicy[] = []
    for (const p of (this.property(principal, 'Policies') as {
      PolicyName: string
      PolicyDocument: PolicyDocument
    }[]) ?? []) {
      policies.push({ name: `${principal}/${p.PolicyName}`, policy: p.PolicyDocument })
    }
    const managedArns = (this.property(principal, 'ManagedPolicyArns') as string[] | undefined) ?? []
    for (const id of this.resourceIds()) {
      const type = this.resource(id).Type
      if (type === 'AWS::IAM::RolePolicy' && this.property(id, 'RoleName') === roleName) {
        policies.push({ name: id, policy: this.property(id, 'PolicyDocument') as PolicyDocument })
      }
      if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy') {
        const roles = (this.property(id, 'Roles') as string[] | undefined) ?? []
        const attached =
          roles.includes(roleName) ||
          (type === 'AWS::IAM::ManagedPolicy' && managedArns.includes(this.ref(id)))
        if (attached)
          policies.push({ name: id, policy: this.property(id, 'PolicyDocument') as PolicyDocument })
      }
    }
    const templateArns = new Set(this.resourceIds('AWS::IAM::ManagedPolicy').map(id => this.ref(id)))
    for (const arn of managedArns) {
      if (!templateArns.has(arn))
        fail(`${principal} attaches ${arn}, a policy outside the template: its document is unknown here`)
    }
    return policies
  }

  /** The principal ARN IAM sees for a role (the role ARN; key policies name roles by it) or a managed policy. */
  principalArn(principal: string): string {
    const r = this.resource(principal)
    if (r.Type === 'AWS::IAM::Role') return this.getAtt(principal, 'Arn')
    // A managed policy is attached to someone's own role: a role outside the stack.
    return `arn:${this.deployment.partition}:iam::${this.deployment.accountId}:role/key-admin-using-${principal}`
  }

  /** Bucket policy by bucket name. */
  bucketPolicies(): Map<string, PolicyDocument> {
    const out = new Map<string, PolicyDocument>()
    for (const id of this.resourceIds('AWS::S3::BucketPolicy')) {
      out.set(this.property(id, 'Bucket') as string, this.property(id, 'PolicyDocument') as PolicyDocument)
    }
    return out
  }

  /** Key policy by key ARN. */
  keyPolicies(): Map<string, PolicyDocument> {
    const out = new Map<string, PolicyDocument>()
    for (const id of this.resourceIds('AWS::KMS::Key')) {
      out.set(this.getAtt(id, 'Arn'), this.property(id, 'KeyPolicy') as PolicyDocument)
    }
    return out
  }

  /** Topic policy by topic ARN. */
  topicPolicies(): Map<string, PolicyDocument> {
    const out = new Map<string, PolicyDocument>()
    for (const id of this.resourceIds('AWS::SNS::TopicPolicy')) {
      for (const topic of this.property(id, 'Topics') as string[]) {
        out.set(topic, this.property(id, 'PolicyDocument') as PolicyDocument)
      }
    }
    return out
  }

  /** Secret resource policy by secret ARN. */
  secretPolicies(): Map<string, PolicyDocument> {
    const out = new Map<string, PolicyDocument>()
    for (const id of this.resourceIds('AWS::SecretsManager::ResourcePolicy')) {
      out.set(this.property(id, 'SecretId') as string, this.property(id, 'ResourcePolicy') as PolicyDocument)
    }
    return out
  }

  /** Every resource policy, by the ARN of the resource it protects (buckets under their bucket ARN). */
  resourcePolicies(): Map<string, PolicyDocument> {
    const out = new Map<string, PolicyDocument>()
    for (const [bucket, doc] of this.bucketPolicies())
      out.set(`arn:${this.deployment.partition}:s3:::${bucket}`, doc)
    for (const m of [this.keyPolicies(), this.topicPolicies(), this.secretPolicies()]) {
      for (const [arn, doc] of m) out.set(arn, doc)
    }
    return out
  }

  /** The KMS key ARN a bucket encrypts new objects with by default, if it has SSE-KMS default encryption. */
  bucketDefaultKmsKey(bucketName: string): { keyArn: string; bucketKey: boolean } | undefined {
    for (const id of this.resourceIds('AWS::S3::Bucket')) {
      if (this.ref(id) !== bucketName) continue
      const rules =
        (
          this.property(id, 'BucketEncryption') as {
            ServerSideEncryptionConfiguration?: {
              ServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string }
              BucketKeyEnabled?: boolean
            }[]
          }
        )?.ServerSideEncryptionConfiguration ?? []
      const rule = rules[0]
      const byDefault = rule?.ServerSideEncryptionByDefault
      if (byDefault?.SSEAlgorithm?.startsWith('aws:kms') && byDefault.KMSMasterKeyID) {
        return {
          keyArn: this.kmsKeyArn(byDefault.KMSMasterKeyID),
          bucketKey: rule?.BucketKeyEnabled === true
        }
      }
    }
    return undefined
  }

  /** A key id, key ARN, alias name or alias ARN of a template key, as the key ARN. */
  kmsKeyArn(idOrAlias: string): string {
    const { partition: p, region, accountId: a } = this.deployment
    const aliasName = idOrAlias.startsWith('alias/')
      ? idOrAlias
      : /:alias\/(.*)$/.exec(idOrAlias)?.[0].slice(1)
    if (aliasName) {
      for (const id of this.resourceIds('AWS::KMS::Alias')) {
        if (this.property(id, 'AliasName') === aliasName) {
          return this.kmsKeyArn(this.property(id, 'TargetKeyId') as string)
        }
      }
      return `arn:${p}:kms:${region}:${a}:${aliasName}`
    }
    return idOrAlias.startsWith('arn:') ? idOrAlias : `arn:${p}:kms:${region}:${a}:key/${idOrAlias}`
  }
}

export const TEMPLATE_PATH = new URL('../../../infra/template.yaml', import.meta.url)

export function loadStack(deployment: Deployment = SAMPLE_DEPLOYMENT): ResolvedStack {
  return new ResolvedStack(parseTemplate(readFileSync(TEMPLATE_PATH, 'utf8')), deployment)
}
