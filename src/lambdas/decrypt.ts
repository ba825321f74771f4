/**
 * The DecryptBatch Lambda (bundled to infra/build/lambdas/decrypt/index.mjs): environment → clients → core. The
 * environment is what infra/template.yaml sets on DecryptFunction. An event without `object` is the plan (PlanDecrypt:
 * check the manifest, list the objects); with `object` it decrypts that one object (the DecryptObjects Map state).
 * An object is aborted and cleaned up 30 seconds before the function's deadline, so a timeout never leaves plaintext
 * behind.
 */
import { KMSClient } from '@aws-sdk/client-kms'
import { S3Client } from '@aws-sdk/client-s3'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { Context } from 'aws-lambda'
import { loadLiveKeys } from '../keys/load.js'
import { required } from './env.js'
import {
  checkEvent,
  decryptObject,
  planBatch,
  type BatchEvent,
  type BatchPlan,
  type DecryptObjectResult,
  type ObjectEvent
} from './decrypt-batch.js'
import { lambdaClientConfig } from '../aws/http.js'

export interface DecryptHandlerDeps {
  s3: S3Client
  kms: KMSClient
  secrets: SecretsManagerClient
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

/** Time kept back from the Lambda deadline to abort uploads and remove partial output. */
export const CLEANUP_MARGIN_MS = 30_000

export function createDecryptHandler(deps: DecryptHandlerDeps) {
  const env = deps.env ?? process.env
  const log = deps.log ?? ((line: string) => console.log(line))
  return async (
    event: BatchEvent | ObjectEvent,
    context?: Pick<Context, 'getRemainingTimeInMillis'>
  ): Promise<BatchPlan | DecryptObjectResult> => {
    const landingPrefix = env.LANDING_PREFIX || 'landing/'
    const rawPrefix = env.RAW_PREFIX || 'raw/'
    const bucket = env.DATA_BUCKET || undefined
    checkEvent(event, landingPrefix, bucket)
    if (!('object' in event)) return planBatch(event, { s3: deps.s3, landingPrefix, rawPrefix, bucket })
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
                  'the function is about to time out: raise DecryptMemoryMB (more CPU) or split this file into smaller ones'
                )
              ),
            Math.max(remaining - CLEANUP_MARGIN_MS, 0)
          )
        : undefined
    try {
      return await decryptObject(event, {
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
        rawPrefix,
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
export async function handler(
  event: BatchEvent | ObjectEvent,
  context?: Context
): Promise<BatchPlan | DecryptObjectResult> {
  live ??= createDecryptHandler({
    s3: new S3Client(lambdaClientConfig('s3')),
    kms: new KMSClient(lambdaClientConfig('control-plane')),
    secrets: new SecretsManagerClient(lambdaClientConfig('control-plane'))
  })
  return live(event, context)
}
