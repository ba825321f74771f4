/**
 * The ArchiveBatch Lambda (bundled to infra/build/lambdas/archive/index.mjs): environment → client → core. The
 * environment is what infra/template.yaml sets on ArchiveFunction.
 */
import { S3Client } from '@aws-sdk/client-s3'
import { archiveBatch, type ArchiveBatchResult } from './archive-batch.js'
import type { BatchEvent } from './decrypt-batch.js'
import { lambdaClientConfig } from '../aws/http.js'

export interface ArchiveHandlerDeps {
  s3: S3Client
  env?: NodeJS.ProcessEnv
  log?: (line: string) => void
}

export type ArchiveEvent = BatchEvent & { rawPrefix?: string }

export function createArchiveHandler(deps: ArchiveHandlerDeps) {
  const env = deps.env ?? process.env
  const log = deps.log ?? ((line: string) => console.log(line))
  return (event: ArchiveEvent): Promise<ArchiveBatchResult> =>
    archiveBatch(event, {
      s3: deps.s3,
      landingPrefix: env.LANDING_PREFIX || 'landing/',
      rawPrefix: env.RAW_PREFIX || 'raw/',
      archivePrefix: env.ARCHIVE_PREFIX || 'archive/',
      bucket: env.DATA_BUCKET || undefined,
      kmsKeyId: env.DATA_KMS_KEY_ARN || undefined,
      archivePlaintext: env.ARCHIVE_PLAINTEXT === 'true',
      log
    })
}

let live: ReturnType<typeof createArchiveHandler> | undefined

/** The function's entry point (template: Handler index.handler). The client is made once per container. */
export async function handler(event: ArchiveEvent): Promise<ArchiveBatchResult> {
  live ??= createArchiveHandler({ s3: new S3Client(lambdaClientConfig('s3')) })
  return live(event)
}
