/**
 * The PublishOutput Lambda (bundled to infra/build/lambdas/publish/index.mjs): environment → clients → core. The
 * environment is what infra/template.yaml sets on PublishFunction.
 */
import { GlueClient } from '@aws-sdk/client-glue'
import { S3Client } from '@aws-sdk/client-s3'
import { consoleLog, outputMode, required } from './env.js'
import { publishOutput, type PublishDeps, type PublishEvent, type PublishResult } from './publish-output.js'

export interface PublishHandlerDeps {
  s3: S3Client
  glue: PublishDeps['glue']
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export function createPublishHandler(deps: PublishHandlerDeps) {
  const env = deps.env ?? process.env
  return (event: PublishEvent): Promise<PublishResult> =>
    publishOutput(event, {
      s3: deps.s3,
      glue: deps.glue,
      targetBucket: required(env, 'TARGET_BUCKET'),
      database: required(env, 'GLUE_DATABASE'),
      table: required(env, 'GLUE_TABLE'),
      mode: outputMode(env),
      landingPrefix: env.LANDING_PREFIX || 'landing/',
      bucket: env.DATA_BUCKET || undefined,
      log: deps.log ?? consoleLog
    })
}

let live: ReturnType<typeof createPublishHandler> | undefined

/** The function's entry point (template: Handler index.handler). Clients are made once per container. */
export async function handler(event: PublishEvent): Promise<PublishResult> {
  live ??= createPublishHandler({
    s3: new S3Client({ maxAttempts: 5 }),
    glue: new GlueClient({ maxAttempts: 5 })
  })
  return live(event)
}
