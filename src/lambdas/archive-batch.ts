/**
 * ArchiveBatch: moves this batch's landing/<dataset>/<batch>/ objects (ciphertext and manifest, and only those) to
 * archive/<dataset>/<batch>/landing/…: copy (server-side, SSE-KMS, metadata and tags kept), verify the copy, then
 * delete the source. The decrypted plaintext under raw/<dataset>/<batch>/ is then removed for good, every version; it
 * is archived to …/raw/… first only when the stack asks for it (ArchivePlaintext), since the archive keeps data for
 * ArchiveRetentionDays and the ciphertext with its manifest is enough to reproduce the batch. The manifest moves
 * first, so a landing prefix that is being archived is incomplete by definition and a second pipeline run refuses it
 * instead of decrypting half a batch.
 *
 * Retrying after a partial run finishes the move: sources already moved are no longer listed, and a source that
 * vanished between listing and copying counts as moved when its archive copy is there. Objects above CopyObject's
 * 5 GiB limit are copied in parts (UploadPartCopy).
 */
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  UploadPartCopyCommand,
  type HeadObjectCommandOutput,
  type S3Client
} from '@aws-sdk/client-s3'
import { batchPrefix, MANIFEST_NAME } from '../transfer/batch.js'
import { checkEvent, type BatchEvent } from './decrypt-batch.js'
import { purgePrefix } from './purge.js'
import { PipelineError, errorName, oneLine } from './errors.js'

export interface ArchiveBatchDeps {
  s3: S3Client
  landingPrefix: string
  rawPrefix: string
  archivePrefix: string
  /** The only bucket this function serves (DATA_BUCKET); undefined accepts any. */
  bucket?: string
  /** SSE-KMS key for the archive copies (DATA_KMS_KEY_ARN). */
  kmsKeyId?: string
  /** Archive the decrypted plaintext too (ARCHIVE_PLAINTEXT=true); by default it is only removed. */
  archivePlaintext?: boolean
  /** Objects larger than this are copied in parts. Default 5 GiB, CopyObject's limit. */
  copyLimitBytes?: number
  /** Part size of a multipart copy (at least what 10,000 parts need). Default 512 MiB. */
  copyPartBytes?: number
  log?: (line: string) => void
}

export interface ArchiveBatchResult {
  archivePrefix: string
  objectCount: number
  /** Versions and objects removed from raw/ for good. */
  rawObjectsRemoved: number
}

export const COPY_OBJECT_LIMIT = 5 * 1024 ** 3
const DEFAULT_COPY_PART = 512 * 1024 ** 2
const MAX_PARTS = 10_000
const PARTS_IN_FLIGHT = 4

function isNotFound(err: unknown): boolean {
  const status = (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
  return status === 404 || errorName(err) === 'NotFound' || errorName(err) === 'NoSuchKey'
}

async function list(s3: S3Client, bucket: string, prefix: string): Promise<{ key: string; size: number }[]> {
  const out: { key: string; size: number }[] = []
  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
    )
    for (const o of page.Contents ?? []) if (o.Key) out.push({ key: o.Key, size: o.Size ?? 0 })
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return out
}

async function head(s3: S3Client, bucket: string, key: string): Promise<HeadObjectCommandOutput | undefined> {
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw err
  }
}

/** CopySource: bucket/key with each key segment URL-encoded. */
export function copySource(bucket: string, key: string): string {
  return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`
}

/** An ETag is the content's MD5 only for single-part objects stored unencrypted or with SSE-S3. */
function md5ETag(h: HeadObjectCommandOutput): string | undefined {
  const etag = h.ETag
  if (!etag || etag.includes('-')) return undefined
  if (h.ServerSideEncryption && h.ServerSideEncryption !== 'AES256') return undefined
  if (h.SSECustomerAlgorithm) return undefined
  return etag
}

/** Why the copy does not match its source, or undefined when it does. */
function copyMismatch(source: HeadObjectCommandOutput, copy: HeadObjectCommandOutput): string | undefined {
  if ((copy.ContentLength ?? -1) !== (source.ContentLength ?? -2))
    return `it has ${copy.ContentLength} bytes, the source ${source.ContentLength}`
  const a = md5ETag(source)
  const b = md5ETag(copy)
  if (a && b && a !== b) return `its ETag ${b} differs from the source's ${a}`
  const sm = JSON.stringify(Object.entries(source.Metadata ?? {}).sort())
  const cm = JSON.stringify(Object.entries(copy.Metadata ?? {}).sort())
  if (sm !== cm) return 'its metadata differs from the source'
  return undefined
}

function sse(kmsKeyId: string | undefined) {
  return kmsKeyId ? { ServerSideEncryption: 'aws:kms' as const, SSEKMSKeyId: kmsKeyId } : {}
}

/** UploadPartCopy in ranges, PARTS_IN_FLIGHT at once; aborted on any failure. */
async function multipartCopy(
  deps: ArchiveBatchDeps,
  bucket: string,
  key: string,
  target: string,
  source: HeadObjectCommandOutput
): Promise<void> {
  const size = source.ContentLength ?? 0
  const partSize = Math.max(deps.copyPartBytes ?? DEFAULT_COPY_PART, Math.ceil(size / MAX_PARTS))
  const created = await deps.s3.send(
    new CreateMultipartUploadCommand({
      Bucket: bucket,
      Key: target,
      ContentType: source.ContentType,
      ContentEncoding: source.ContentEncoding,
      ContentDisposition: source.ContentDisposition,
      ContentLanguage: source.ContentLanguage,
      CacheControl: source.CacheControl,
      Metadata: source.Metadata,
      ...sse(deps.kmsKeyId)
    })
  )
  const uploadId = created.UploadId!
  try {
    const count = Math.max(1, Math.ceil(size / partSize))
    const etags: string[] = new Array(count)
    let next = 0
    let failure: { error: unknown } | undefined
    const worker = async () => {
      while (failure === undefined && next < count) {
        const i = next++
        const start = i * partSize
        const end = Math.min(size, start + partSize) - 1
        const part = await deps.s3.send(
          new UploadPartCopyCommand({
            Bucket: bucket,
            Key: target,
            UploadId: uploadId,
            PartNumber: i + 1,
            CopySource: copySource(bucket, key),
            CopySourceRange: `bytes=${start}-${end}`,
            CopySourceIfMatch: source.ETag
          })
        )
        etags[i] = part.CopyPartResult?.ETag ?? ''
        if (!etags[i]) throw new Error(`UploadPartCopy of part ${i + 1} returned no ETag`)
      }
    }
    // On a failure no new part starts, and the abort waits for the parts in flight.
    const guarded = async () => {
      try {
        await worker()
      } catch (error) {
        failure ??= { error }
      }
    }
    await Promise.all(Array.from({ length: Math.min(PARTS_IN_FLIGHT, count) }, guarded))
    if (failure) throw failure.error
    await deps.s3.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: target,
        UploadId: uploadId,
        MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) }
      })
    )
  } catch (err) {
    try {
      await deps.s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: target, UploadId: uploadId }))
    } catch {
      // The bucket's lifecycle rule removes incomplete multipart uploads after a day.
    }
    throw err
  }
}

/** Copies one object to `target`, verifies the copy, deletes the source. A source already gone counts if copied. */
async function moveObject(
  deps: ArchiveBatchDeps,
  bucket: string,
  key: string,
  target: string
): Promise<'moved' | 'done'> {
  const source = await head(deps.s3, bucket, key)
  if (!source) {
    if (await head(deps.s3, bucket, target)) return 'done'
    throw new Error(
      `it disappeared and ${target} does not exist: the object is lost from this batch; check the bucket's versions`
    )
  }
  if ((source.ContentLength ?? 0) > (deps.copyLimitBytes ?? COPY_OBJECT_LIMIT)) {
    await multipartCopy(deps, bucket, key, target, source)
  } else {
    await deps.s3.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: target,
        CopySource: copySource(bucket, key),
        CopySourceIfMatch: source.ETag,
        MetadataDirective: 'COPY',
        ...sse(deps.kmsKeyId)
      })
    )
  }
  const copy = await head(deps.s3, bucket, target)
  if (!copy) throw new Error(`its copy ${target} is not there after copying: source kept; retry`)
  const mismatch = copyMismatch(source, copy)
  if (mismatch) throw new Error(`its copy ${target} does not match (${mismatch}): source kept; retry`)
  await deps.s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }))
  return 'moved'
}

export async function archiveBatch(
  event: BatchEvent & { rawPrefix?: string },
  deps: ArchiveBatchDeps
): Promise<ArchiveBatchResult> {
  const log = deps.log ?? (() => {})
  const { prefix: landing } = checkEvent(event, deps.landingPrefix, deps.bucket)
  const bucket = event.bucket
  const raw = batchPrefix(deps.rawPrefix, event.dataset, event.batchId)
  if (event.rawPrefix !== undefined && event.rawPrefix !== raw) {
    throw new PipelineError(
      'InvalidInput',
      `rawPrefix ${event.rawPrefix} is not this batch's raw prefix ${raw}`
    )
  }
  const archive = batchPrefix(deps.archivePrefix, event.dataset, event.batchId)
  let moved = 0
  const areas: [string, string][] = [[landing, 'landing/']]
  if (deps.archivePlaintext) areas.push([raw, 'raw/'])
  for (const [from, area] of areas) {
    const objects = await list(deps.s3, bucket, from)
    // The manifest first: from then on the landing prefix is an incomplete batch that no run will decrypt.
    objects.sort((a, b) => Number(b.key === from + MANIFEST_NAME) - Number(a.key === from + MANIFEST_NAME))
    for (const o of objects) {
      const target = archive + area + o.key.slice(from.length)
      try {
        if ((await moveObject(deps, bucket, o.key, target)) === 'moved') moved++
      } catch (err) {
        const name = errorName(err)
        const cause = name === 'Error' ? oneLine(err) : `${name}: ${oneLine(err)}`
        throw new PipelineError('ArchiveFailed', `${o.key}: ${cause}`, { cause: err })
      }
      log(`archived ${o.key} → ${target}`)
    }
  }
  // Plaintext goes for good: a moved raw object leaves its earlier versions behind in the versioned bucket.
  const purged = await purgePrefix(deps.s3, bucket, raw)
  if (purged.failed.length > 0) {
    throw new PipelineError(
      'ArchiveFailed',
      `could not remove the batch's plaintext ${purged.failed.join(', ')}: check ArchiveFunctionRole (s3:DeleteObjectVersion on raw/); the raw/ lifecycle rule removes it after RawRetentionDays`
    )
  }
  const archived = await list(deps.s3, bucket, archive)
  if (archived.length === 0) {
    throw new PipelineError(
      'ArchiveFailed',
      `batch ${event.dataset}/${event.batchId} has nothing under ${landing}, ${raw} or ${archive}: nothing to archive (check the batch id)`
    )
  }
  log(
    `archive ${archive}: ${moved} object(s) moved now, ${archived.length} in the archive; ${purged.removed} plaintext object version(s) removed from ${raw}`
  )
  return { archivePrefix: archive, objectCount: archived.length, rawObjectsRemoved: purged.removed }
}
