/** The ArchiveBatch Lambda (infra/build/lambdas/archive/index.mjs): environment → client → core. */
import { S3Client } from '@aws-sdk/client-s3'
import { archiveBatch } from './archive-batch.js'
import type { BatchEvent } from './decrypt-batch.js'

const s3 = new S3Client({})

export async function handler(
  event: BatchEvent & { rawPrefix?: string }
): Promise<{ archivePrefix: string; objectCount: number }> {
  return archiveBatch(event, {
    s3,
    landingPrefix: process.env.LANDING_PREFIX ?? 'landing/',
    rawPrefix: process.env.RAW_PREFIX ?? 'raw/',
    archivePrefix: process.env.ARCHIVE_PREFIX ?? 'archive/',
    kmsKeyId: process.env.DATA_KMS_KEY_ARN,
    log: line => console.log(line)
  })
}
