/**
 * The StartScheduledBatch Lambda (bundled to infra/build/lambdas/schedule/index.mjs), invoked by the stack's
 * EventBridge schedule: environment → clients → core.
 */
import { S3Client } from '@aws-sdk/client-s3'
import { SFNClient } from '@aws-sdk/client-sfn'
import { consoleLog, required } from './env.js'
import { startScheduledBatch, type StartScheduledDeps, type StartScheduledResult } from './start-scheduled.js'
import { lambdaClientConfig } from '../aws/http.js'

export interface ScheduleHandlerDeps {
  s3: S3Client
  sfn: StartScheduledDeps['sfn']
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export function createScheduleHandler(deps: ScheduleHandlerDeps) {
  const env = deps.env ?? process.env
  return (): Promise<StartScheduledResult> =>
    startScheduledBatch({
      s3: deps.s3,
      sfn: deps.sfn,
      bucket: required(env, 'DATA_BUCKET'),
      dataset: required(env, 'DATASET'),
      landingPrefix: env.LANDING_PREFIX || 'landing/',
      stateMachineArn: required(env, 'STATE_MACHINE_ARN'),
      log: deps.log ?? consoleLog
    })
}

let live: ReturnType<typeof createScheduleHandler> | undefined

/** The function's entry point (template: Handler index.handler). The schedule's input is ignored. */
export async function handler(): Promise<StartScheduledResult> {
  live ??= createScheduleHandler({
    s3: new S3Client(lambdaClientConfig('s3')),
    sfn: new SFNClient(lambdaClientConfig('control-plane'))
  })
  return live()
}
