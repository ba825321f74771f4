/**
 * The CleanupBatch Lambda (bundled to infra/build/lambdas/cleanup/index.mjs): environment → clients → core. Invoked
 * by the state machine's failure path and by the EventBridge rule for aborted or timed-out executions.
 */
import { GlueClient } from '@aws-sdk/client-glue'
import { S3Client } from '@aws-sdk/client-s3'
import { cleanupBatch, type CleanupDeps, type CleanupEvent, type CleanupResult } from './cleanup-batch.js'
import { consoleLog, outputTableEnv } from './env.js'
import { lambdaClientConfig } from '../aws/http.js'

export interface CleanupHandlerDeps {
  s3: S3Client
  glue: CleanupDeps['glue']
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export function createCleanupHandler(deps: CleanupHandlerDeps) {
  const env = deps.env ?? process.env
  return (event: CleanupEvent): Promise<CleanupResult> =>
    cleanupBatch(event, {
      s3: deps.s3,
      glue: deps.glue,
      ...outputTableEnv(env),
      landingPrefix: env.LANDING_PREFIX || 'landing/',
      rawPrefix: env.RAW_PREFIX || 'raw/',
      bucket: env.DATA_BUCKET || undefined,
      dataset: env.DATASET || undefined,
      stateMachineArn: env.STATE_MACHINE_ARN || undefined,
      log: deps.log ?? consoleLog
    })
}

let live: ReturnType<typeof createCleanupHandler> | undefined

/** The function's entry point (template: Handler index.handler). Clients are made once per container. */
export async function handler(event: CleanupEvent): Promise<CleanupResult> {
  live ??= createCleanupHandler({
    s3: new S3Client(lambdaClientConfig('s3')),
    glue: new GlueClient(lambdaClientConfig('control-plane'))
  })
  return live(event)
}
