/** The DecryptBatch Lambda (infra/build/lambdas/decrypt/index.mjs): environment → clients → core. */
import { KMSClient } from '@aws-sdk/client-kms'
import { S3Client } from '@aws-sdk/client-s3'
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { loadLiveKeys } from '../keys/live-keys.js'
import { decryptBatch, type BatchEvent } from './decrypt-batch.js'

const s3 = new S3Client({})
const kms = new KMSClient({})
const secrets = new SecretsManagerClient({})

function env(name: string): string {
  const v = process.env[name]
  if (!v) throw new Error(`environment variable ${name} is not set (the stack sets it)`)
  return v
}

export async function handler(event: BatchEvent): Promise<{ rawPrefix: string; objectCount: number }> {
  return decryptBatch(event, {
    s3,
    keys: () =>
      loadLiveKeys({
        secrets,
        kms,
        secretArn: env('PGP_PRIVATE_KEY_SECRET_ARN'),
        stackName: env('STACK_NAME')
      }),
    landingPrefix: process.env.LANDING_PREFIX ?? 'landing/',
    rawPrefix: process.env.RAW_PREFIX ?? 'raw/',
    kmsKeyId: process.env.DATA_KMS_KEY_ARN,
    log: line => console.log(line)
  })
}
