/**
 * The calls a deployed state machine's service integrations make with its role, derived from the definition
 * (infra/statemachine.asl.json with the template's DefinitionSubstitutions applied): one row per Task state, found by
 * walking every state, Parallel branch and Map processor, so a new Task is covered without a new test.
 *
 * What each integration needs (Step Functions "IAM policies for integrated services", checked 2026-11-28):
 * - lambda:invoke (any pattern) and a plain function ARN: lambda:InvokeFunction on the function;
 * - databrew:startJobRun: databrew:StartJobRun; `.sync` adds databrew:ListJobRuns and databrew:StopJobRun (the
 *   generated policy template lists exactly these three on the job);
 * - glue:startJobRun: glue:StartJobRun; `.sync` adds glue:GetJobRun, glue:GetJobRuns, glue:BatchStopJobRun;
 * - sns:publish: sns:Publish, and for a topic with a KMS key kms:GenerateDataKey and kms:Decrypt via SNS with the
 *   encryption context aws:sns:topicArn (SNS "Encryption at rest");
 * - dynamodb:getItem|putItem|updateItem|deleteItem: the matching dynamodb action on the table;
 * - aws-sdk:SERVICE:apiAction: SERVICE:ApiAction (IAM prefix where it differs: sfn → states), on the resource the
 *   parameters name (table below), plus iam:PassRole on a RoleArn parameter (databrew:updateRecipeJob);
 * - sfn:describeExecution names an execution ARN (states:DescribeExecution on execution:<machine>:<name>).
 * - a Map's S3 ItemReader/ResultWriter and, in distributed mode, its child executions (mapRequests).
 * A value only known at run time (`Param.$`, JSONata `{% … %}`) is taken from a sample execution context the test
 * supplies; if it has none, the state is reported by name.
 */
import { readFileSync } from 'node:fs'
import { AslValues, lookup, type State } from './asl-values.js'
import type { IamRequest, RequestMapper } from './requests.js'
import type { ResolvedStack } from './resolve-template.js'

export interface StateMachineCalls {
  /** Logical id of the state machine resource. */
  stateMachine: string
  /** Logical id of its role. */
  role: string
  requests: IamRequest[]
  /** Every Task state found, by name, with its Resource. */
  tasks: { name: string; resource: string }[]
}

const SDK_PREFIX: Record<string, string> = { sfn: 'states', cloudwatchlogs: 'logs', eventbridge: 'events' }

function* walkStates(states: Record<string, State>): Generator<[string, State]> {
  for (const [name, state] of Object.entries(states)) {
    yield [name, state]
    if (state.Type === 'Parallel') {
      for (const b of state.Branches as { States: Record<string, State> }[]) yield* walkStates(b.States)
    }
    if (state.Type === 'Map') {
      const processor = (state.ItemProcessor ?? state.Iterator) as { States: Record<string, State> }
      yield* walkStates(processor.States)
    }
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

export class StateMachineCallDeriver {
  constructor(
    private readonly stack: ResolvedStack,
    private readonly mapper: RequestMapper,
    /** Run-time values for dynamic parameters: JSONPath (`$.rawPrefix`) or JSONata text → value. */
    private readonly samples: Record<string, unknown> = {}
  ) {}

  private get d() {
    return this.stack.deployment
  }

  private arn(service: string, resource: string): string {
    return `arn:${this.d.partition}:${service}:${this.d.region}:${this.d.accountId}:${resource}`
  }

  /** A parameter's value: static, or from the samples for `Name.$` / JSONata. */
  private param(stateName: string, params: Record<string, unknown>, name: string): string {
    return String(this.value(stateName, params, name))
  }

  /** A parameter's value as given or sampled (an object or list stays one: DeleteObjects' Delete). */
  private value(stateName: string, params: Record<string, unknown>, name: string): unknown {
    const given = params[name]
    if (typeof given === 'string') {
      const jsonata = /^\{%\s*(.*?)\s*%\}$/.exec(given)
      if (!jsonata) return given
      if (jsonata[1]! in this.samples) return this.samples[jsonata[1]!]
      throw new Error(`state ${stateName}: ${name} is the JSONata ${given}; add a sample value for it`)
    }
    if (given !== undefined) return given
    const path = params[`${name}.$`]
    if (typeof path === 'string') {
      const v = path in this.samples ? this.samples[path] : lookup(this.samples, path)
      if (v === undefined)
        throw new Error(`state ${stateName}: ${name}.$ is ${path}; add a sample value for it`)
      return v
    }
    throw new Error(`state ${stateName}: no ${name} parameter`)
  }

  /** S3 through a service integration (aws-sdk:s3:*, a Map's ItemReader/ResultWriter) authorizes like the SDK call. */
  private s3Requests(
    role: string,
    origin: string,
    stateName: string,
    action: string,
    p: Record<string, unknown>
  ) {
    const input: Record<string, unknown> = {}
    for (const k of Object.keys(p)) {
      const name = k.replace(/\.\$$/, '')
      input[name] = this.value(stateName, p, name)
    }
    return this.mapper
      .requestsFor({ principal: role, client: 'S3Client', command: `${capitalize(action)}Command`, input })
      .map(r => ({ ...r, origin: `${origin} (${r.origin})` }))
  }

  /**
   * A Map state's own calls: an ItemReader or ResultWriter on S3 (arn:aws:states:::s3:getObject|listObjectsV2|
   * putObject), and for a distributed Map the child executions it starts, describes and stops (Step Functions
   * "IAM policies for using Distributed Map states": states:StartExecution on the state machine,
   * states:DescribeExecution and states:StopExecution on its executions).
   */
  private mapRequests(stateMachineArn: string, role: string, stateName: string, state: State): IamRequest[] {
    const out: IamRequest[] = []
    const origin = `state ${stateName}`
    for (const part of ['ItemReader', 'ResultWriter'] as const) {
      const io = state[part] as
        | { Resource?: string; Parameters?: Record<string, unknown>; Arguments?: Record<string, unknown> }
        | undefined
      if (!io?.Resource) continue
      const m = /^arn:[^:]+:states:::s3:(\w+)$/.exec(io.Resource)
      if (!m)
        throw new Error(`state ${stateName}: ${part} ${io.Resource} is not an S3 integration this test knows`)
      out.push(
        ...this.s3Requests(role, `${origin} ${part}`, stateName, m[1]!, io.Parameters ?? io.Arguments ?? {})
      )
    }
    const processor = (state.ItemProcessor ?? {}) as { ProcessorConfig?: { Mode?: string } }
    if (processor.ProcessorConfig?.Mode === 'DISTRIBUTED') {
      // A child execution of a map run (execution:<machine>/<map run label>:<id>).
      const executions =
        stateMachineArn.replace(':stateMachine:', ':execution:') +
        '/sample-map-run:11111111-2222-3333-4444-555555555555'
      const req = (action: string, resource: string): IamRequest => ({
        principal: role,
        action,
        resource,
        origin: `${origin} (distributed)`,
        context: { 'aws:SecureTransport': 'true' }
      })
      out.push(
        req('states:StartExecution', stateMachineArn),
        req('states:DescribeExecution', executions),
        req('states:StopExecution', executions)
      )
    }
    return out
  }

  private functionArn(nameOrArn: string): string {
    return nameOrArn.startsWith('arn:') ? nameOrArn : this.arn('lambda', `function:${nameOrArn}`)
  }

  private topicKmsKey(topicArn: string): string | undefined {
    for (const id of this.stack.resourceIds('AWS::SNS::Topic')) {
      if (this.stack.ref(id) === topicArn) {
        const k = this.stack.property(id, 'KmsMasterKeyId') as string | undefined
        return k ? this.stack.kmsKeyArn(k) : undefined
      }
    }
    return undefined
  }

  private glueTableResources(db: string, table: string): string[] {
    return [
      this.arn('glue', 'catalog'),
      this.arn('glue', `database/${db}`),
      this.arn('glue', `table/${db}/${table}`)
    ]
  }

  /** The resources an aws-sdk integration acts on. */
  private sdkResources(
    stateName: string,
    service: string,
    action: string,
    p: Record<string, unknown>
  ): string[] {
    const get = (name: string) => this.param(stateName, p, name)
    switch (service) {
      case 'glue':
        if (/Crawler$/.test(action)) return [this.arn('glue', `crawler/${get('Name')}`)]
        if (/Table|Partition/.test(action))
          return this.glueTableResources(get('DatabaseName'), get('TableName'))
        if (/Database$/.test(action))
          return [this.arn('glue', 'catalog'), this.arn('glue', `database/${get('Name')}`)]
        break
      case 'databrew': {
        const kind = /Dataset/.test(action)
          ? 'dataset'
          : /Job/.test(action)
            ? 'job'
            : /Recipe/.test(action)
              ? 'recipe'
              : /Project/.test(action)
                ? 'project'
                : undefined
        if (kind) return [this.arn('databrew', `${kind}/${get('Name')}`)]
        break
      }
      case 'dynamodb':
        return [this.arn('dynamodb', `table/${get('TableName')}`)]
      case 'lambda':
        return [this.functionArn(get('FunctionName'))]
      case 'sns':
        return [get('TopicArn')]
      case 'sfn':
        return [
          p.ExecutionArn !== undefined || p['ExecutionArn.$'] !== undefined
            ? get('ExecutionArn')
            : get('StateMachineArn')
        ]
    }
    throw new Error(
      `state ${stateName}: no resource rule for aws-sdk:${service}:${action}; add one to __tests__/infra/iam/state-machine-calls.ts`
    )
  }

  /** The IAM requests one Task state makes. */
  private taskRequests(role: string, stateName: string, state: State): IamRequest[] {
    const resource = state.Resource as string
    const p = (state.Parameters ?? state.Arguments ?? {}) as Record<string, unknown>
    const origin = `state ${stateName}`
    const req = (
      action: string,
      res: string,
      context: Record<string, string | string[]> = {}
    ): IamRequest => ({
      principal: role,
      action,
      resource: res,
      origin,
      context: { 'aws:SecureTransport': 'true', ...context }
    })
    if (/^arn:[^:]+:lambda:/.test(resource)) return [req('lambda:InvokeFunction', resource)]
    const m = /^arn:[^:]+:states:::([^:]+):(.+?)(\.sync(?::2)?|\.waitForTaskToken)?$/.exec(resource)
    if (!m)
      throw new Error(`state ${stateName}: Resource ${resource} is not a service integration this test knows`)
    const [, service, api, pattern] = m as unknown as [string, string, string, string | undefined]
    const sync = pattern?.startsWith('.sync') ?? false
    if (service === 'lambda' && api === 'invoke') {
      return [req('lambda:InvokeFunction', this.functionArn(this.param(stateName, p, 'FunctionName')))]
    }
    if (service === 'databrew' && api === 'startJobRun') {
      const job = this.arn('databrew', `job/${this.param(stateName, p, 'Name')}`)
      const actions = [
        'databrew:StartJobRun',
        ...(sync ? ['databrew:ListJobRuns', 'databrew:StopJobRun'] : [])
      ]
      return actions.map(a => req(a, job))
    }
    if (service === 'glue' && api === 'startJobRun') {
      const job = this.arn('glue', `job/${this.param(stateName, p, 'JobName')}`)
      const actions = [
        'glue:StartJobRun',
        ...(sync ? ['glue:GetJobRun', 'glue:GetJobRuns', 'glue:BatchStopJobRun'] : [])
      ]
      return actions.map(a => req(a, job))
    }
    if (service === 'sns' && api === 'publish') {
      const topic = this.param(stateName, p, 'TopicArn')
      const key = this.topicKmsKey(topic)
      const viaSns = {
        'kms:ViaService': `sns.${this.d.region}.amazonaws.com`,
        'kms:CallerAccount': this.d.accountId,
        'kms:EncryptionContext:aws:sns:topicArn': topic,
        'kms:EncryptionContextKeys': ['aws:sns:topicArn']
      }
      return [
        req('sns:Publish', topic),
        ...(key ? [req('kms:GenerateDataKey', key, viaSns), req('kms:Decrypt', key, viaSns)] : [])
      ]
    }
    if (service === 'dynamodb' && /^(getItem|putItem|updateItem|deleteItem)$/.test(api)) {
      return [
        req(
          `dynamodb:${capitalize(api)}`,
          this.arn('dynamodb', `table/${this.param(stateName, p, 'TableName')}`)
        )
      ]
    }
    if (service === 'aws-sdk') {
      const [sdkService, sdkAction] = api.split(':') as [string, string]
      const action = capitalize(sdkAction)
      if (sdkService === 's3') return this.s3Requests(role, origin, stateName, sdkAction, p)
      const prefix = SDK_PREFIX[sdkService] ?? sdkService
      const calls = this.sdkResources(stateName, sdkService, action, p).map(r =>
        req(`${prefix}:${action}`, r)
      )
      // A call that names a role for the service to assume (DataBrew Create/UpdateRecipeJob's RoleArn) is also
      // iam:PassRole on that role, with iam:PassedToService = the service principal (IAM User Guide, "Grant a user
      // permissions to pass a role to an AWS service").
      if (p.RoleArn !== undefined || p['RoleArn.$'] !== undefined) {
        calls.push(
          req('iam:PassRole', this.param(stateName, p, 'RoleArn'), {
            'iam:PassedToService': `${sdkService}.amazonaws.com`
          })
        )
      }
      return calls
    }
    throw new Error(
      `state ${stateName}: no IAM rule for ${resource}; add one to __tests__/infra/iam/state-machine-calls.ts`
    )
  }

  /** Every state machine of the template: its logical id, its role and its definition (substitutions applied). */
  private machines(): { id: string; role: string; definition: { States: Record<string, State> } }[] {
    return this.stack.resourceIds('AWS::StepFunctions::StateMachine').map(id => {
      const location = this.stack.property(id, 'DefinitionS3Location')
      const inline = this.stack.property(id, 'DefinitionString') ?? this.stack.property(id, 'Definition')
      let text: string
      if (typeof location === 'string') {
        text = readFileSync(new URL(location, new URL('../../../infra/', import.meta.url)), 'utf8')
      } else if (typeof inline === 'string') text = inline
      else if (inline) text = JSON.stringify(inline)
      else throw new Error(`${id}: no DefinitionS3Location (local path) or Definition to read`)
      const substitutions = (this.stack.property(id, 'DefinitionSubstitutions') ?? {}) as Record<
        string,
        unknown
      >
      const substituted = text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
        name in substitutions ? String(substitutions[name]) : whole
      )
      const definition = JSON.parse(substituted) as { States: Record<string, State> }
      const roleArn = this.stack.property(id, 'RoleArn')
      const role = this.stack.resourceIds('AWS::IAM::Role').find(r => this.stack.getAtt(r, 'Arn') === roleArn)
      if (!role) throw new Error(`${id}: RoleArn ${String(roleArn)} is not a role of this template`)
      return { id, role, definition }
    })
  }

  /**
   * What the Task states calling `resource` (e.g. arn:aws:states:::aws-sdk:databrew:updateDataset) send, evaluated for
   * the sample execution (see asl-values.ts): the per-run settings a derivation must use instead of the template's.
   */
  taskParameters(resource: string): { state: string; parameters: Record<string, unknown> }[] {
    const out: { state: string; parameters: Record<string, unknown> }[] = []
    for (const { definition } of this.machines()) {
      const states = [...walkStates(definition.States)]
      const values = new AslValues(states, this.samples)
      for (const [name, state] of states) {
        if (state.Type !== 'Task' || state.Resource !== resource) continue
        const params = state.Parameters ?? state.Arguments ?? {}
        out.push({ state: name, parameters: values.parameters(name, params) as Record<string, unknown> })
      }
    }
    return out
  }

  /** Every state machine in the template, with the requests its Task states make. */
  derive(): StateMachineCalls[] {
    const out: StateMachineCalls[] = []
    for (const { id, role, definition } of this.machines()) {
      const requests: IamRequest[] = []
      const tasks: { name: string; resource: string }[] = []
      for (const [name, state] of walkStates(definition.States)) {
        if (state.Type === 'Map') requests.push(...this.mapRequests(this.stack.ref(id), role, name, state))
        if (state.Type !== 'Task') continue
        tasks.push({ name, resource: state.Resource as string })
        requests.push(...this.taskRequests(role, name, state))
      }
      out.push({ stateMachine: id, role, requests, tasks })
    }
    return out
  }
}
