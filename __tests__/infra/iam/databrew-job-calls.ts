/**
 * The calls a DataBrew recipe job makes with its role during a run, derived from the template's AWS::DataBrew::Job and
 * the Dataset and Recipe it runs: named by the job itself (DatasetName, Recipe) or, for a job with ProjectName, by
 * that AWS::DataBrew::Project (DatasetName, RecipeName).
 *
 * What a run reads and writes is what the state machine last set, not the template's static values: before each run
 * it re-points the dataset (aws-sdk:databrew:updateDataset: Input.S3InputDefinition = the batch's raw/ folder) and the
 * job (aws-sdk:databrew:updateRecipeJob: Outputs = the batch's output folder, encryption settings). Those Task states'
 * parameters, evaluated for the sample execution (StateMachineCallDeriver.taskParameters), replace the template's
 * dataset Input and the job's Outputs/EncryptionMode/EncryptionKeyArn; a job or dataset no state updates keeps the
 * template's. DataBrew's internals are not documented call by call; this is what its documentation
 * implies (AwsGlueDataBrewDataResourcePolicy: list and read the input, write and delete output objects, Decrypt for
 * encrypted input, GenerateDataKey for encrypted output; AWSGlueDataBrewServiceRole: logs:CreateLogGroup,
 * CreateLogStream, PutLogEvents on /aws-glue-databrew/*; CRYPTOGRAPHIC_HASH reads its secret), assumed per run:
 * - list the dataset's S3 folder (s3:prefix = the dataset Key) and read an object under it;
 * - write an output object under each output Location, with SSE-KMS headers naming EncryptionKeyArn when the job
 *   sets EncryptionMode SSE-KMS; with Overwrite, list the output folder and delete what is there;
 * - read every secret a CRYPTOGRAPHIC_HASH step names;
 * - create the job's log group (/aws-glue-databrew/jobs/<job name>) if needed, a log stream, and put log events.
 * Object names below the folders are samples ("sample-run/…"): policies scope by folder, not by file.
 */
import type { IamRequest, RequestMapper } from './requests.js'
import type { ResolvedStack } from './resolve-template.js'

interface S3Location {
  Bucket: string
  Key?: string
}

interface JobOutput {
  Location: S3Location
  Overwrite?: boolean
}

/** The per-run updates of the state machine: Task parameters by resource (StateMachineCallDeriver.taskParameters). */
export interface RunSettings {
  taskParameters(resource: string): { state: string; parameters: Record<string, unknown> }[]
}

const UPDATE_DATASET = 'arn:aws:states:::aws-sdk:databrew:updateDataset'
const UPDATE_JOB = 'arn:aws:states:::aws-sdk:databrew:updateRecipeJob'

/** The one update a state machine makes to the named dataset or job, if any (two that differ: ambiguous). */
function updateOf(
  runs: RunSettings | undefined,
  resource: string,
  name: unknown
): { state: string; parameters: Record<string, unknown> } | undefined {
  const updates = (runs?.taskParameters(resource) ?? []).filter(u => u.parameters.Name === name)
  const distinct = new Set(updates.map(u => JSON.stringify(u.parameters)))
  if (distinct.size > 1) {
    throw new Error(
      `states ${updates.map(u => u.state).join(', ')} set ${String(name)} differently: derive one run per setting`
    )
  }
  return updates[0]
}

/** The dataset and recipe a job runs: its own, or its project's. */
function datasetAndRecipe(stack: ResolvedStack, jobId: string): { dataset: unknown; recipe: unknown } {
  const projectName = stack.property(jobId, 'ProjectName')
  if (projectName === undefined) {
    return {
      dataset: stack.property(jobId, 'DatasetName'),
      recipe: (stack.property(jobId, 'Recipe') as { Name?: string } | undefined)?.Name
    }
  }
  const projectId = stack
    .resourceIds('AWS::DataBrew::Project')
    .find(p => stack.property(p, 'Name') === projectName)
  if (!projectId)
    throw new Error(`DataBrew job ${jobId}: project ${String(projectName)} is not in this template`)
  return {
    dataset: stack.property(projectId, 'DatasetName'),
    recipe: stack.property(projectId, 'RecipeName')
  }
}

export function dataBrewJobRequests(
  stack: ResolvedStack,
  mapper: RequestMapper,
  runs?: RunSettings
): IamRequest[] {
  const { partition, region, accountId } = stack.deployment
  const out: IamRequest[] = []
  for (const jobId of stack.resourceIds('AWS::DataBrew::Job')) {
    if (stack.property(jobId, 'Type') !== 'RECIPE') continue
    const roleArn = stack.property(jobId, 'RoleArn')
    const role = stack.resourceIds('AWS::IAM::Role').find(r => stack.getAtt(r, 'Arn') === roleArn)
    if (!role)
      throw new Error(`DataBrew job ${jobId}: RoleArn ${String(roleArn)} is not a role of this template`)
    const origin = `DataBrew job ${jobId}`
    const s3 = (command: string, input: Record<string, unknown>) =>
      mapper
        .requestsFor({ principal: role, client: 'S3Client', command: `${command}Command`, input })
        .map(r => ({ ...r, origin: `${origin} (${r.origin})` }))

    const { dataset: datasetName, recipe: recipeName } = datasetAndRecipe(stack, jobId)
    const datasetId = stack
      .resourceIds('AWS::DataBrew::Dataset')
      .find(d => stack.property(d, 'Name') === datasetName)
    if (!datasetId)
      throw new Error(`DataBrew job ${jobId}: dataset ${String(datasetName)} is not in this template`)
    const datasetUpdate = updateOf(runs, UPDATE_DATASET, datasetName)
    const input = (
      (datasetUpdate?.parameters.Input ?? stack.property(datasetId, 'Input')) as {
        S3InputDefinition?: S3Location
      }
    ).S3InputDefinition
    if (!input) throw new Error(`DataBrew dataset ${datasetId}: only S3 input is derived here`)
    const inputOrigin = datasetUpdate ? `${origin}, input set by state ${datasetUpdate.state}` : origin
    const inputFolder = input.Key ?? ''
    const read = [
      ...s3('ListObjectsV2', { Bucket: input.Bucket, Prefix: inputFolder }),
      ...s3('GetObject', { Bucket: input.Bucket, Key: `${inputFolder}sample.csv` })
    ]
    out.push(...read.map(r => ({ ...r, origin: r.origin.replace(origin, inputOrigin) })))

    const jobUpdate = updateOf(runs, UPDATE_JOB, stack.property(jobId, 'Name'))
    const job = (name: string): unknown =>
      jobUpdate && name in jobUpdate.parameters ? jobUpdate.parameters[name] : stack.property(jobId, name)
    const outputOrigin = jobUpdate ? `${origin}, outputs set by state ${jobUpdate.state}` : origin
    const kms =
      job('EncryptionMode') === 'SSE-KMS'
        ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: job('EncryptionKeyArn') }
        : {}
    const written: IamRequest[] = []
    for (const o of (job('Outputs') as JobOutput[] | undefined) ?? []) {
      const folder = o.Location.Key ?? ''
      written.push(
        ...s3('PutObject', {
          Bucket: o.Location.Bucket,
          Key: `${folder}sample-run/part-00000.parquet`,
          ...kms
        })
      )
      if (o.Overwrite) {
        written.push(
          ...s3('ListObjectsV2', { Bucket: o.Location.Bucket, Prefix: folder }),
          ...s3('DeleteObject', { Bucket: o.Location.Bucket, Key: `${folder}earlier-run/part-00000.parquet` })
        )
      }
    }
    out.push(...written.map(r => ({ ...r, origin: r.origin.replace(origin, outputOrigin) })))

    const recipeId = stack
      .resourceIds('AWS::DataBrew::Recipe')
      .find(r => stack.property(r, 'Name') === recipeName)
    const steps =
      (recipeId
        ? (stack.property(recipeId, 'Steps') as {
            Action: { Operation: string; Parameters?: Record<string, string> }
          }[])
        : []) ?? []
    for (const step of steps) {
      const secretId = step.Action.Parameters?.secretId
      if (step.Action.Operation === 'CRYPTOGRAPHIC_HASH' && secretId) {
        out.push(
          ...mapper
            .requestsFor({
              principal: role,
              client: 'SecretsManagerClient',
              command: 'GetSecretValueCommand',
              input: { SecretId: secretId }
            })
            .map(r => ({ ...r, origin: `${origin} (${r.origin})` }))
        )
      }
    }

    if (stack.property(jobId, 'LogSubscription') !== 'DISABLE') {
      const group = `arn:${partition}:logs:${region}:${accountId}:log-group:/aws-glue-databrew/jobs/${String(stack.property(jobId, 'Name'))}`
      const req = (action: string, resource: string): IamRequest => ({
        principal: role,
        action,
        resource,
        origin,
        context: { 'aws:SecureTransport': 'true' }
      })
      out.push(
        req('logs:CreateLogGroup', group),
        req('logs:CreateLogStream', `${group}:log-stream:sample-run`),
        req('logs:PutLogEvents', `${group}:log-stream:sample-run`)
      )
    }
  }
  return out
}
