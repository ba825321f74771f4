/**
 * The whole pipeline on one machine, as the stack defines it: infra/statemachine.asl.json executed by the local ASL
 * runner with the DefinitionSubstitutions of infra/template.yaml, every Task bound by what it calls:
 *
 * - lambda:invoke → the handler of the function whose ARN the state names, with that function's environment from
 *   the template (DecryptBatch plan/object, PublishOutput, ArchiveBatch, CleanupBatch);
 * - dynamodb:* → an in-memory lock table with DynamoDB's conditional semantics;
 * - databrew:* → the DataBrew stand-in built from the template's dataset, job and recipe (it reads everything under
 *   the dataset's current key, as DataBrew does); the recipe engine stands in for DataBrew's transforms;
 * - sfn:describeExecution → the status of executions this process knows; sns:publish → collected messages.
 *
 * Nothing here repeats a template setting: a divergence between the state machine, the template and the handlers
 * shows up locally. What cannot be local: KMS (objects are written without SSE headers), IAM (see the IAM contract
 * test), and DataBrew's own transforms (the engine implements them; see the README's list).
 */
import { readFileSync } from 'node:fs'
import type { S3Client } from '@aws-sdk/client-s3'
import type { PrivateKey } from 'openpgp'
import { UsageError } from '../errors.js'
import { createArchiveHandler } from '../lambdas/archive.js'
import { createCleanupHandler } from '../lambdas/cleanup.js'
import { decryptObject, planBatch, type BatchEvent, type ObjectEvent } from '../lambdas/decrypt-batch.js'
import { createPublishHandler } from '../lambdas/publish.js'
import { declareOutputTable, declaredColumns } from '../lambdas/declare-table.js'
import { outputMode } from '../lambdas/env.js'
import type { OutputMode } from '../lambdas/publish-output.js'
import type { Recipe } from '../recipe/model.js'
import { formatProblem } from '../recipe/model.js'
import { parseRecipe } from '../recipe/parse.js'
import { MANIFEST_NAME, batchPrefix } from '../transfer/batch.js'
import {
  defaultDefinitionPath,
  runStateMachine,
  substituteDefinition,
  type LocalExecutionResult,
  type TaskHandler
} from './asl-runner.js'
import {
  parameterDefault,
  readTemplate,
  resolveValue,
  resourceOfType,
  type ResolveContext,
  type Template
} from './cfn-template.js'
import { LocalDataBrew, type DataBrewOutput } from './databrew.js'
import { LocalGlueCatalog } from './glue-catalog.js'
import { LocalLockTable } from './lock-table.js'

export const LOCAL_ACCOUNT = '000000000000'
export const LOCAL_REGION = 'local'
const STATE_MACHINE_NAME = 'cleanrooms-connect'

export interface LocalPipelineOptions {
  s3: S3Client
  bucket: string
  targetBucket: string
  dataset: string
  batchId: string
  keys: PrivateKey[]
  /** Replaces the template's recipe (e.g. the recipe file of a pull request). */
  recipe?: Recipe
  hashKey?: Buffer
  /** The stack parameters OutputMode and ArchivePlaintext; default: the template's defaults. */
  outputMode?: OutputMode
  archivePlaintext?: boolean
  /** Shared across runs to model what persists in AWS between executions (the lock, the catalog). */
  lockTable?: LocalLockTable
  catalog?: LocalGlueCatalog
  /** Status of other executions (DescribeExecution on a lock holder); unknown ones do not exist. */
  executionStatus?: (executionArn: string) => string | undefined
  templatePath?: string
  definitionPath?: string
  log?: (line: string) => void
}

export interface LocalPipelineResult extends LocalExecutionResult {
  notifications: { subject?: string; message: unknown; attributes: Record<string, string> }[]
  /** Parquet objects the DataBrew stand-in wrote in this execution. */
  outputs: string[]
  /** Objects the DataBrew stand-in read (everything under the dataset's key). */
  inputs: string[]
  columns?: string[]
  executionArn: string
  lockTable: LocalLockTable
  catalog: LocalGlueCatalog
  /** The Glue table's name and what it reads after the execution. */
  table: { database: string; name: string; location?: string; partitions: string[] }
}

/** `<dataset>-<batch>`, the execution name the action and the schedule use. */
export function localExecutionArn(dataset: string, batchId: string): string {
  const name = `${dataset}-${batchId}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80)
  return `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:execution:${STATE_MACHINE_NAME}:${name}`
}

/** Local physical names for the template's resources. */
function localContext(template: Template, o: LocalPipelineOptions): ResolveContext {
  const parameters: Record<string, string> = {
    'AWS::StackName': 'local',
    'AWS::Region': LOCAL_REGION,
    'AWS::AccountId': LOCAL_ACCOUNT,
    'AWS::Partition': 'aws',
    'AWS::URLSuffix': 'amazonaws.com'
  }
  for (const name of Object.keys(template.Parameters ?? {}))
    parameters[name] = parameterDefault(template, name)
  parameters.DatasetName = o.dataset
  if (o.outputMode) parameters.OutputMode = o.outputMode
  if (o.archivePlaintext !== undefined) parameters.ArchivePlaintext = String(o.archivePlaintext)
  const ctx: ResolveContext = {
    parameters,
    ref: id => {
      const r = template.Resources[id]
      if (!r) throw new UsageError(`infra/template.yaml has no resource ${id}`)
      if (id === 'DataBucket') return o.bucket
      if (id === 'TargetBucket') return o.targetBucket
      if (r.Type === 'AWS::SNS::Topic') return `arn:aws:sns:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${id}`
      if (r.Type === 'AWS::StepFunctions::StateMachine')
        return `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:${STATE_MACHINE_NAME}`
      if (r.Type === 'AWS::Glue::Database') return parameters.GlueDatabaseName ?? id
      const name = (r.Properties?.Name ??
        (r.Properties as { DatabaseInput?: { Name?: unknown } })?.DatabaseInput?.Name) as unknown
      return name !== undefined ? String(resolveValue(name, ctx)) : `local-${id}`
    },
    getAtt: (id, attribute) => {
      const r = template.Resources[id]
      if (!r) throw new UsageError(`infra/template.yaml has no resource ${id}`)
      if (attribute === 'Arn') {
        if (r.Type === 'AWS::Lambda::Function')
          return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${id}`
        if (r.Type === 'AWS::IAM::Role') return `arn:aws:iam::${LOCAL_ACCOUNT}:role/${id}`
        if (r.Type === 'AWS::KMS::Key') return `arn:aws:kms:${LOCAL_REGION}:${LOCAL_ACCOUNT}:key/${id}`
        if (r.Type === 'AWS::S3::Bucket') return `arn:aws:s3:::${ctx.ref(id)}`
        return `arn:aws:local:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${id}`
      }
      return ctx.ref(id)
    }
  }
  return ctx
}

interface TaskState {
  Type?: string
  Resource?: string
  Parameters?: { FunctionName?: string }
  ItemProcessor?: { States?: Record<string, TaskState> }
  Iterator?: { States?: Record<string, TaskState> }
  Branches?: { States?: Record<string, TaskState> }[]
}

function taskStates(states: Record<string, TaskState> | undefined): [string, TaskState][] {
  const out: [string, TaskState][] = []
  for (const [name, s] of Object.entries(states ?? {})) {
    if (s.Type === 'Task') out.push([name, s])
    out.push(...taskStates(s.ItemProcessor?.States), ...taskStates(s.Iterator?.States))
    for (const b of s.Branches ?? []) out.push(...taskStates(b.States))
  }
  return out
}

/** The recipe the job runs: the DataBrew project's (or the job's) recipe resource, steps as the template has them. */
/** Two recipes with the same steps (positions aside): the stack's recipe given as a file. */
function sameSteps(a: Recipe, b: Recipe): boolean {
  const plainSteps = (r: Recipe) =>
    JSON.stringify(r.steps.map(s => [s.operation, s.parameters, s.conditions]))
  return plainSteps(a) === plainSteps(b)
}

function templateRecipe(template: Template, job: Record<string, unknown>, ctx: ResolveContext): Recipe {
  let recipeRef = (job.Recipe as { Name?: unknown } | undefined)?.Name
  if (job.ProjectName !== undefined) {
    const projectId = (job.ProjectName as { Ref?: string }).Ref
    const project = projectId ? template.Resources[projectId] : undefined
    recipeRef = project?.Properties?.RecipeName
  }
  const recipeId = (recipeRef as { Ref?: string } | undefined)?.Ref
  const steps = recipeId ? template.Resources[recipeId]?.Properties?.Steps : undefined
  if (!Array.isArray(steps))
    throw new UsageError('infra/template.yaml: the DataBrew job names no recipe resource with Steps')
  const { recipe, problems } = parseRecipe(
    JSON.stringify(resolveValue(steps, ctx), null, 2),
    'infra/template.yaml DataBrewRecipe'
  )
  const errors = problems.filter(p => p.severity === 'error')
  if (!recipe || errors.length > 0)
    throw new UsageError(errors.map(formatProblem).join('\n') || 'the template recipe is empty')
  return recipe
}

function environmentOf(template: Template, functionId: string, ctx: ResolveContext): NodeJS.ProcessEnv {
  const vars = (
    template.Resources[functionId]?.Properties?.Environment as { Variables?: unknown } | undefined
  )?.Variables
  const env = (resolveValue(vars ?? {}, ctx) as Record<string, string>) ?? {}
  // Local S3 servers do not do KMS: objects are written with the server's default encryption.
  const { DATA_KMS_KEY_ARN: _kms, ...rest } = env
  return rest
}

export async function runLocalPipeline(o: LocalPipelineOptions): Promise<LocalPipelineResult> {
  const log = o.log ?? (() => {})
  const template = readTemplate(o.templatePath)
  const ctx = localContext(template, o)
  const [, machine] = resourceOfType(template, 'AWS::StepFunctions::StateMachine')
  const substitutions = resolveValue(machine.Properties!.DefinitionSubstitutions, ctx) as Record<
    string,
    string
  >
  const definitionFile = o.definitionPath ?? defaultDefinitionPath()
  const definition = JSON.parse(
    substituteDefinition(readFileSync(definitionFile, 'utf8'), substitutions)
  ) as {
    States: Record<string, TaskState>
  }

  const [, datasetResource] = resourceOfType(template, 'AWS::DataBrew::Dataset')
  const [, jobResource] = resourceOfType(template, 'AWS::DataBrew::Job')
  const stackRecipe = templateRecipe(template, jobResource.Properties!, ctx)
  const dataset = resolveValue(datasetResource.Properties, ctx) as {
    Name: string
    Format: string
    FormatOptions?: unknown
    Input: { S3InputDefinition: { Bucket: string; Key: string } }
  }
  const job = resolveValue(jobResource.Properties, ctx) as { Name: string; Outputs: DataBrewOutput[] }
  const databrew = new LocalDataBrew({
    s3: o.s3,
    datasetName: dataset.Name,
    jobName: job.Name,
    dataset: {
      ...dataset.Input.S3InputDefinition,
      Format: dataset.Format,
      FormatOptions: dataset.FormatOptions
    },
    outputs: job.Outputs,
    recipe: o.recipe ?? stackRecipe,
    hashKey: o.hashKey,
    log
  })

  const [lockId] = resourceOfType(template, 'AWS::DynamoDB::Table')
  const lockTable = o.lockTable ?? new LocalLockTable(ctx.ref(lockId))
  const glueDatabase = ctx.ref(resourceOfType(template, 'AWS::Glue::Database')[0])
  const catalog = o.catalog ?? new LocalGlueCatalog([glueDatabase])
  const executionArn = localExecutionArn(o.dataset, o.batchId)

  // The functions by the ARN the state machine invokes, each with its template environment.
  const functions = new Map<string, TaskHandler>()
  let tableName = ''
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Type !== 'AWS::Lambda::Function' || r.Condition) continue
    const code = String(r.Properties?.Code ?? '')
    const env = environmentOf(template, id, ctx)
    const arn = ctx.getAtt(id, 'Arn')
    if (code.endsWith('/decrypt')) {
      const deps = {
        s3: o.s3,
        keys: async () => o.keys,
        landingPrefix: env.LANDING_PREFIX || 'landing/',
        rawPrefix: env.RAW_PREFIX || 'raw/',
        bucket: env.DATA_BUCKET,
        log
      }
      functions.set(arn, (e: BatchEvent | ObjectEvent) =>
        'object' in e ? decryptObject(e, deps) : planBatch(e, deps)
      )
    } else if (code.endsWith('/archive')) functions.set(arn, createArchiveHandler({ s3: o.s3, env, log }))
    else if (code.endsWith('/publish')) {
      functions.set(arn, createPublishHandler({ s3: o.s3, glue: catalog, env, log }))
      tableName = env.GLUE_TABLE ?? ''
    } else if (code.endsWith('/cleanup'))
      functions.set(arn, createCleanupHandler({ s3: o.s3, glue: catalog, env, log }))
  }

  // A deployment declares the output table (Custom::OutputTable) before any run; local mode does the same, with the
  // template's columns, when it runs the template's recipe (another recipe has other output columns).
  const publishFunction = Object.keys(template.Resources).find(id =>
    String(template.Resources[id]!.Properties?.Code ?? '').endsWith('/publish')
  )
  const [, outputTable] = resourceOfType(template, 'Custom::OutputTable')
  if (publishFunction && (!o.recipe || sameSteps(o.recipe, stackRecipe))) {
    const env = environmentOf(template, publishFunction, ctx)
    await declareOutputTable(declaredColumns(resolveValue(outputTable.Properties?.Columns, ctx)), {
      glue: catalog,
      targetBucket: env.TARGET_BUCKET ?? '',
      database: env.GLUE_DATABASE ?? '',
      table: env.GLUE_TABLE ?? '',
      dataset: env.DATASET ?? o.dataset,
      mode: outputMode(env),
      log
    })
  }

  const notifications: LocalPipelineResult['notifications'] = []
  const publish = (params: {
    Subject?: string
    Message?: unknown
    MessageAttributes?: Record<string, { StringValue?: string }>
  }) => {
    const attributes = Object.fromEntries(
      Object.entries(params.MessageAttributes ?? {}).map(([k, v]) => [k, v.StringValue ?? ''])
    )
    notifications.push({ subject: params.Subject, message: params.Message, attributes })
    log(`notification: ${params.Subject ?? ''} ${JSON.stringify(attributes)}`)
    return { MessageId: `local-${notifications.length}` }
  }
  const describeExecution = ({ ExecutionArn }: { ExecutionArn: string }) => {
    const status = ExecutionArn === executionArn ? 'RUNNING' : o.executionStatus?.(ExecutionArn)
    if (!status) {
      const e = new Error(`Execution Does Not Exist: '${ExecutionArn}'`)
      e.name = 'Sfn.ExecutionDoesNotExistException'
      throw e
    }
    return { ExecutionArn, Status: status }
  }

  const handlers: Record<string, TaskHandler> = {}
  for (const [name, state] of taskStates(definition.States)) {
    const resource = state.Resource ?? ''
    const bound = /:lambda:invoke$/.test(resource)
      ? functions.get(state.Parameters?.FunctionName ?? '')
      : (
          {
            'arn:aws:states:::dynamodb:putItem': lockTable.putItem,
            'arn:aws:states:::dynamodb:getItem': lockTable.getItem,
            'arn:aws:states:::dynamodb:deleteItem': lockTable.deleteItem,
            'arn:aws:states:::aws-sdk:sfn:describeExecution': describeExecution,
            'arn:aws:states:::aws-sdk:databrew:updateDataset': databrew.updateDataset,
            'arn:aws:states:::aws-sdk:databrew:updateRecipeJob': databrew.updateRecipeJob,
            'arn:aws:states:::databrew:startJobRun.sync': databrew.startJobRun,
            'arn:aws:states:::sns:publish': publish
          } as Record<string, TaskHandler>
        )[resource]
    if (!bound) {
      throw new UsageError(
        `state ${name} calls ${resource}${state.Parameters?.FunctionName ? ` (${state.Parameters.FunctionName})` : ''}, which local mode cannot stand in for: add a stand-in in src/local/pipeline.ts`
      )
    }
    handlers[name] = bound
  }

  const input: BatchEvent = {
    bucket: o.bucket,
    manifestKey: batchPrefix('landing/', o.dataset, o.batchId) + MANIFEST_NAME,
    dataset: o.dataset,
    batchId: o.batchId
  }
  const runsBefore = databrew.runs.length
  const result = await runStateMachine({
    definition,
    substitutions: {},
    input,
    noWaits: true,
    executionName: executionArn.slice(executionArn.lastIndexOf(':') + 1),
    handlers
  })
  const runs = databrew.runs.slice(runsBefore)
  const table = catalog.tables.get(`${glueDatabase}.${tableName}`)
  return {
    ...result,
    notifications,
    outputs: runs.flatMap(r => r.outputs),
    inputs: runs.flatMap(r => r.inputs),
    columns: runs.at(-1)?.columns,
    executionArn,
    lockTable,
    catalog,
    table: {
      database: glueDatabase,
      name: tableName,
      location: table?.StorageDescriptor?.Location,
      partitions: [...catalog.partitions.keys()]
        .filter(k => k.startsWith(`${glueDatabase}.${tableName}/`))
        .map(k => (JSON.parse(k.slice(k.indexOf('/') + 1)) as string[]).join('/'))
    }
  }
}
