/**
 * The DecryptBatch Lambda (bundled to infra/build/lambdas/decrypt/index.mjs): environment → clients → core. The
 * environment is what infra/template.yaml sets on DecryptFunction. The batch is aborted and cleaned up 30 seconds
 * before the function's deadline, so a timeout never leaves plaintext behind.
 */
import { KMSClient } from '@aws-sdk/client-kms'
import { S3Client } from '@aws-sdk/client-s3'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { Context } from 'aws-lambda'
import { loadLiveKeys } from '../keys/load.js'
import {
  checkEvent,
  decryptBatch,
  PipelineError,
  type BatchEvent,
  type DecryptBatchResult
} from './decrypt-batch.js'

export interface DecryptHandlerDeps {
  s3: S3Client
  kms: KMSClient
  secrets: SecretsManagerClient
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

/** Time kept back from the Lambda deadline to abort uploads and remove partial output. */
export const CLEANUP_MARGIN_MS = 30_000

function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name]
  if (!v)
    throw new PipelineError(
      'Misconfigured',
      `environment variable ${name} is not set: deploy the function with infra/template.yaml`
    )
  return v
}

export function createDecryptHandler(deps: DecryptHandlerDeps) {
  const env = deps.env ?? process.env
  const log = deps.log ?? ((line: string) => console.log(line))
  return async (
    event: BatchEvent,
    context?: Pick<Context, 'getRemainingTimeInMillis'>
  ): Promise<DecryptBatchResult> => {
    const landingPrefix = env.LANDING_PREFIX || 'landing/'
    const bucket = env.DATA_BUCKET || undefined
    checkEvent(event, landingPrefix, bucket)
    const stackName = required(env, 'STACK_NAME')
    const secretArn = required(env, 'PGP_PRIVATE_KEY_SECRET_ARN')
    const controller = new AbortController()
    const remaining = context?.getRemainingTimeInMillis?.()
    const timer =
      remaining !== undefined
        ? setTimeout(
            () =>
              controller.abort(
                new Error(
                  'the function is about to time out: raise DecryptMemoryMB (more CPU) or split the batch into smaller files'
                )
              ),
            Math.max(remaining - CLEANUP_MARGIN_MS, 0)
          )
        : undefined
    try {
      return await decryptBatch(event, {
        s3: deps.s3,
        keys: options =>
          loadLiveKeys({
            secrets: deps.secrets,
            kms: deps.kms,
            secretArn,
            stackName,
            keyArn: env.KEY_WRAPPING_KEY_ARN || undefined,
            refresh: options?.refresh
          }),
        landingPrefix,
        rawPrefix: env.RAW_PREFIX || 'raw/',
        bucket,
        kmsKeyId: env.DATA_KMS_KEY_ARN || undefined,
        signal: controller.signal,
        log
      })
    } finally {
      if (timer) clearTimeout(timer)
    }
  }
}

let live: ReturnType<typeof createDecryptHandler> | undefined

/** The function's entry point (template: Handler index.handler). Clients are made once per container. */
export async function handler(event: BatchEvent, context?: Context): Promise<DecryptBatchResult> {
  live ??= createDecryptHandler({
    s3: new S3Client({ maxAttempts: 5 }),
    kms: new KMSClient({ maxAttempts: 5 }),
    secrets: new SecretsManagerClient({ maxAttempts: 5 })
  })
  return live(event, context)
}
