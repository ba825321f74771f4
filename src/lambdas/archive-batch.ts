/**
 * ArchiveBatch: moves this batch's landing/ and raw/ objects (and only those) to archive/<dataset>/<batch>/landing/…
 * and …/raw/…: copy, verify the copy's size, then delete the source. Retrying after a partial run finishes the move:
 * sources already moved are simply no longer listed.
 */
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  type S3Client
} from '@aws-sdk/client-s3'
import { batchPrefix } from '../transfer/batch.js'
import { checkEvent, PipelineError, type BatchEvent } from './decrypt-batch.js'

export interface ArchiveBatchDeps {
  s3: S3Client
  landingPrefix: string
  rawPrefix: string
  archivePrefix: string
  kmsKeyId?: string
  log?: (line: string) => void
}

/** CopyObject's limit; larger objects would need UploadPartCopy. */
const MAX_COPY_BYTES = 5 * 1024 ** 3

async function list(s3: S3Client, bucket: string, prefix: string): Promise<{ key: string; size: number }[]> {
  const out: { key: string; size: number }[] = []
  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
    )
    for (const o of page.Contents ?? []) out.push({ key: o.Key!, size: o.Size ?? 0 })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return out
}

function copySource(bucket: string, key: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`
}

export async function archiveBatch(
  event: BatchEvent & { rawPrefix?: string },
  deps: ArchiveBatchDeps
): Promise<{ archivePrefix: string; objectCount: number }> {
  const log = deps.log ?? (() => {})
  const { prefix: landing } = checkEvent(event, deps.landingPrefix)
  const raw = batchPrefix(deps.rawPrefix, event.dataset, event.batchId)
  if (event.rawPrefix !== undefined && event.rawPrefix !== raw) {
    throw new PipelineError('InvalidInput', `rawPrefix ${event.rawPrefix} is not this batch's ${raw}`)
  }
  const archive = batchPrefix(deps.archivePrefix, event.dataset, event.batchId)
  for (const [from, area] of [
    [landing, 'landing/'],
    [raw, 'raw/']
  ] as const) {
    for (const o of await list(deps.s3, event.bucket, from)) {
      const target = archive + area + o.key.slice(from.length)
      if (o.size > MAX_COPY_BYTES) {
        throw new Error(
          `${o.key} is larger than 5 GiB, which CopyObject cannot move: move it with a multipart copy`
        )
      }
      await deps.s3.send(
        new CopyObjectCommand({
          Bucket: event.bucket,
          Key: target,
          CopySource: copySource(event.bucket, o.key),
          MetadataDirective: 'COPY',
          ...(deps.kmsKeyId ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: deps.kmsKeyId } : {})
        })
      )
      const head = await deps.s3.send(new HeadObjectCommand({ Bucket: event.bucket, Key: target }))
      if ((head.ContentLength ?? -1) !== o.size) {
        throw new Error(
          `copy of ${o.key} to ${target} has ${head.ContentLength} bytes, not ${o.size}: source kept`
        )
      }
      await deps.s3.send(new DeleteObjectCommand({ Bucket: event.bucket, Key: o.key }))
      log(`archived ${o.key} → ${target}`)
    }
  }
  const archived = await list(deps.s3, event.bucket, archive)
  return { archivePrefix: archive, objectCount: archived.length }
}
