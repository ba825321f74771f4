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
import type { BatchEvent } from '../lambdas/decrypt-batch.js'
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
import {
  bindHandlers,
  describeExecutionStandIn,
  environmentOf,
  lambdaStandIns,
  snsStandIn,
  type LocalNotification,
  type TaskState
} from './stand-ins.js'

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
  notifications: LocalNotification[]
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

/** Two recipes with the same steps (positions aside): the stack's recipe given as a file. */
function sameSteps(a: Recipe, b: Recipe): boolean {
  const plainSteps = (r: Recipe) =>
    JSON.stringify(r.steps.map(s => [s.operation, s.parameters, s.conditions]))
  return plainSteps(a) === plainSteps(b)
}

/** The recipe the job runs: the DataBrew project's (or the job's) recipe resource, steps as the template has them. */
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

export async function runLocalPipeline(o: LocalPipelineOptions): Promise<LocalPipelineResult> {
  const log = o.log ?? (() => {})
  const template = readTemplate(o.templatePath)
  const ctx = localContext(template, o)
  const definition = loadDefinition(template, ctx, o.definitionPath)
  const { databrew, stackRecipe } = localDataBrew(template, ctx, o, log)
  const [lockId] = resourceOfType(template, 'AWS::DynamoDB::Table')
  const lockTable = o.lockTable ?? new LocalLockTable(ctx.ref(lockId))
  const glueDatabase = ctx.ref(resourceOfType(template, 'AWS::Glue::Database')[0])
  const catalog = o.catalog ?? new LocalGlueCatalog([glueDatabase])
  const executionArn = localExecutionArn(o.dataset, o.batchId)
  const { functions, tableName } = lambdaStandIns(template, ctx, { s3: o.s3, keys: o.keys, catalog, log })
  // A deployment declares the output table (Custom::OutputTable) before any run; local mode does the same, with the
  // template's columns, when it runs the template's recipe (another recipe has other output columns).
  if (!o.recipe || sameSteps(o.recipe, stackRecipe))
    await declareTable(template, ctx, o.dataset, catalog, log)

  const notifications: LocalPipelineResult['notifications'] = []
  const services: Record<string, TaskHandler> = {
    'arn:aws:states:::dynamodb:putItem': lockTable.putItem,
    'arn:aws:states:::dynamodb:getItem': lockTable.getItem,
    'arn:aws:states:::dynamodb:deleteItem': lockTable.deleteItem,
    'arn:aws:states:::aws-sdk:sfn:describeExecution': describeExecutionStandIn(
      executionArn,
      o.executionStatus
    ),
    'arn:aws:states:::aws-sdk:databrew:updateDataset': databrew.updateDataset,
    'arn:aws:states:::aws-sdk:databrew:updateRecipeJob': databrew.updateRecipeJob,
    'arn:aws:states:::databrew:startJobRun.sync': databrew.startJobRun,
    'arn:aws:states:::sns:publish': snsStandIn(notifications, log)
  }
  const handlers = bindHandlers(definition.States, functions, services)

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

/** The state machine's definition file with the template's DefinitionSubstitutions applied. */
function loadDefinition(
  template: Template,
  ctx: ResolveContext,
  definitionPath: string | undefined
): { States: Record<string, TaskState> } {
  const [, machine] = resourceOfType(template, 'AWS::StepFunctions::StateMachine')
  const substitutions = resolveValue(machine.Properties!.DefinitionSubstitutions, ctx) as Record<
    string,
    string
  >
  const definitionFile = definitionPath ?? defaultDefinitionPath()
  return JSON.parse(substituteDefinition(readFileSync(definitionFile, 'utf8'), substitutions)) as {
    States: Record<string, TaskState>
  }
}

/** DataBrew's stand-in, with the template's dataset, job outputs and recipe (or the recipe given instead). */
function localDataBrew(
  template: Template,
  ctx: ResolveContext,
  o: LocalPipelineOptions,
  log: (line: string) => void
): { databrew: LocalDataBrew; stackRecipe: Recipe } {
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
  return { databrew, stackRecipe }
}

/** Custom::OutputTable's work: the Glue table with the template's declared columns, before any batch. */
async function declareTable(
  template: Template,
  ctx: ResolveContext,
  dataset: string,
  catalog: LocalGlueCatalog,
  log: (line: string) => void
): Promise<void> {
  const publishFunction = Object.keys(template.Resources).find(id =>
    String(template.Resources[id]!.Properties?.Code ?? '').endsWith('/publish')
  )
  if (!publishFunction) return
  const [, outputTable] = resourceOfType(template, 'Custom::OutputTable')
  const env = environmentOf(template, publishFunction, ctx)
  await declareOutputTable(declaredColumns(resolveValue(outputTable.Properties?.Columns, ctx)), {
    glue: catalog,
    targetBucket: env.TARGET_BUCKET ?? '',
    database: env.GLUE_DATABASE ?? '',
    table: env.GLUE_TABLE ?? '',
    dataset: env.DATASET ?? dataset,
    mode: outputMode(env),
    log
  })
}
