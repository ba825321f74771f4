/**
 * The PublishOutput Lambda (bundled to infra/build/lambdas/publish/index.mjs): environment → clients → core. The
 * environment is what infra/template.yaml sets on PublishFunction. It answers two callers: the state machine
 * (a batch to publish) and CloudFormation (Custom::OutputTable, the table declared before the first run).
 */
import { GlueClient } from '@aws-sdk/client-glue'
import { S3Client } from '@aws-sdk/client-s3'
import {
  isCustomResourceEvent,
  sendResponse,
  type CustomResourceEvent,
  type CustomResourceResponse
} from './cfn-response.js'
import { declareOutputTable, declaredColumns } from './declare-table.js'
import { consoleLog, outputTableEnv, required } from './env.js'
import { publishOutput, type PublishDeps, type PublishEvent, type PublishResult } from './publish-output.js'
import { oneLine } from './errors.js'
import { lambdaClientConfig } from '../aws/http.js'

export interface PublishHandlerDeps {
  s3: S3Client
  glue: PublishDeps['glue']
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
  /** How the custom resource answer is sent (tests pass a fetch that records it). */
  fetch?: typeof fetch
}

/**
 * Custom::OutputTable: declares the table on Create/Update, keeps it on Delete, and always answers CloudFormation
 * (a failure as FAILED with its one-line reason), so a stack never waits an hour for a silent function.
 */
async function answerCustomResource(
  event: CustomResourceEvent,
  deps: PublishHandlerDeps,
  env: NodeJS.ProcessEnv
): Promise<CustomResourceResponse> {
  const log = deps.log ?? consoleLog
  const base = {
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId
  }
  let response: CustomResourceResponse
  try {
    const output = outputTableEnv(env)
    const { database, table } = output
    const physicalId = `${database}/${table}`
    if (event.RequestType === 'Delete') {
      log(`${event.LogicalResourceId}: table ${database}.${table} kept with the retained data (stack delete)`)
      response = { ...base, Status: 'SUCCESS', PhysicalResourceId: event.PhysicalResourceId ?? physicalId }
    } else {
      const declared = await declareOutputTable(declaredColumns(event.ResourceProperties.Columns), {
        ...output,
        glue: deps.glue,
        dataset: required(env, 'DATASET'),
        log
      })
      response = {
        ...base,
        Status: 'SUCCESS',
        PhysicalResourceId: physicalId,
        Data: { DatabaseName: database, TableName: table, Location: declared.location }
      }
    }
  } catch (err) {
    log(`${event.LogicalResourceId}: ${event.RequestType} failed: ${oneLine(err)}`)
    response = {
      ...base,
      Status: 'FAILED',
      Reason: oneLine(err),
      // A failed Create keeps no resource: an id CloudFormation can later "delete" without touching anything.
      PhysicalResourceId: event.PhysicalResourceId ?? `failed-${event.RequestId}`
    }
  }
  await sendResponse(event.ResponseURL, response, deps.fetch)
  return response
}

export function createPublishHandler(deps: PublishHandlerDeps) {
  const env = deps.env ?? process.env
  return (event: PublishEvent | CustomResourceEvent): Promise<PublishResult | CustomResourceResponse> =>
    isCustomResourceEvent(event) ? answerCustomResource(event, deps, env) : publishBatch(event, deps, env)
}

function publishBatch(
  event: PublishEvent,
  deps: PublishHandlerDeps,
  env: NodeJS.ProcessEnv
): Promise<PublishResult> {
  return publishOutput(event, {
    s3: deps.s3,
    glue: deps.glue,
    ...outputTableEnv(env),
    landingPrefix: env.LANDING_PREFIX || 'landing/',
    bucket: env.DATA_BUCKET || undefined,
    log: deps.log ?? consoleLog
  })
}

let live: ReturnType<typeof createPublishHandler> | undefined

/** The function's entry point (template: Handler index.handler). Clients are made once per container. */
export async function handler(
  event: PublishEvent | CustomResourceEvent
): Promise<PublishResult | CustomResourceResponse> {
  live ??= createPublishHandler({
    s3: new S3Client(lambdaClientConfig('s3')),
    glue: new GlueClient(lambdaClientConfig('control-plane'))
  })
  return live(event)
}
