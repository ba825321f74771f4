/**
 * A batch as S3 holds it: reading its manifest (telling a missing one from an unreadable one), removing what an
 * incomplete attempt left, and explaining S3's refusals. The uploader, the post step, `start` and the DecryptBatch
 * Lambda read and remove batches through here.
 */
import type { Readable } from 'node:stream'
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  type S3Client
} from '@aws-sdk/client-s3'
import { UserError } from '../errors.js'
import { MANIFEST_NAME } from './batch.js'
import { ManifestError, parseManifest, type Manifest } from './manifest.js'

/** `Name: first line of the message`; the name is left out when it is only 'Error'. */
export function errorText(err: unknown): string {
  const e = err as { name?: string; message?: string; Code?: string }
  const name = e?.name && e.name !== 'Error' ? `${e.name}: ` : ''
  return `${name}${(e?.message ?? String(err)).split('\n')[0]}`
}

/** The HTTP status of an AWS SDK error, when it has one. */
export function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
}

/** Where a batch is written: what an access-denied message names. */
export interface BatchTarget {
  bucket: string
  landingPrefix: string
  kmsKeyId?: string
}

/** One line for a failed S3 call on the batch: what was done, and what to check for the usual refusals. */
export function explainS3(err: unknown, what: string, t: BatchTarget): string {
  const name = (err as { name?: string })?.name ?? ''
  if (/AccessDenied/.test(name)) {
    return `${what}: access denied: the role needs s3:PutObject on arn:aws:s3:::${t.bucket}/${t.landingPrefix}*${t.kmsKeyId ? ` and kms:GenerateDataKey on ${t.kmsKeyId}` : ''}`
  }
  if (name === 'NoSuchBucket')
    return `${what}: bucket ${t.bucket} does not exist: check bucket / stack-name and aws-region`
  if (/KMS/.test(name))
    return `${what}: KMS refused the key ${t.kmsKeyId ?? ''} (${errorText(err)}): check kms-key-id and the key policy`
  return `${what}: ${errorText(err)}`
}

/**
 * The manifest at `key`, parsed; undefined when S3 says it does not exist (404). With maxBytes, a larger object is
 * refused (ManifestError) before or while it is read, so a huge object never fills the memory. Other errors,
 * including 403, are thrown as the SDK raised them.
 */
export async function getManifest(
  s3: S3Client,
  bucket: string,
  key: string,
  options: { maxBytes?: number } = {}
): Promise<Manifest | undefined> {
  let got
  try {
    got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  } catch (err) {
    const name = (err as { name?: string }).name
    // A missing bucket is a 404 too, but it says nothing about the batch: the caller names the bucket.
    if (name !== 'NoSuchBucket' && (statusOf(err) === 404 || name === 'NoSuchKey')) return undefined
    throw err
  }
  const where = `s3://${bucket}/${key}`
  const max = options.maxBytes
  if (max === undefined) return parseManifest(await got.Body!.transformToString(), where)
  const body = got.Body as Readable
  if ((got.ContentLength ?? 0) > max) {
    body.destroy()
    throw new ManifestError(
      `${where} has ${got.ContentLength} bytes, more than a manifest's ${max}: it is not one the uploader wrote`
    )
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body) {
    size += (chunk as Buffer).length
    if (size > max) {
      body.destroy()
      throw new ManifestError(
        `${where} is larger than a manifest's ${max} bytes: it is not one the uploader wrote`
      )
    }
    chunks.push(chunk as Buffer)
  }
  return parseManifest(Buffer.concat(chunks).toString('utf8'), where)
}

/**
 * The batch's manifest, or undefined when there is none.
 *
 * AWS answers a read of a missing object with 403 instead of 404 unless the caller may list the bucket without a
 * prefix condition, which the stack's CI role may not (its ListBucket is scoped to landing/<dataset>/). So a 403 is
 * followed by a listing of the key itself, which the role may do: not listed means absent; listed means present but
 * unreadable; a refused listing leaves "missing or not allowed", reported with what to check.
 */
export async function readManifest(s3: S3Client, bucket: string, key: string): Promise<Manifest | undefined> {
  try {
    return await getManifest(s3, bucket, key)
  } catch (err) {
    if (statusOf(err) !== 403) throw err
    const listed = await isListed(s3, bucket, key)
    if (listed === false) return undefined
    throw new UserError(forbiddenObjectMessage(bucket, key, listed), { cause: err })
  }
}

/** Whether `key` exists according to a listing of exactly that prefix; undefined when the listing is refused too. */
async function isListed(s3: S3Client, bucket: string, key: string): Promise<boolean | undefined> {
  try {
    // The key itself sorts before every longer key it prefixes, so one result is enough.
    const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key, MaxKeys: 1 }))
    return (page.Contents ?? []).some(o => o.Key === key)
  } catch (err) {
    if (statusOf(err) === 403) return undefined
    throw err
  }
}

/** The one-line explanation of a 403 on an object, after isListed said `listed`. */
function forbiddenObjectMessage(bucket: string, key: string, listed: boolean | undefined): string {
  const uri = `s3://${bucket}/${key}`
  const prefix = key.slice(0, key.lastIndexOf('/') + 1)
  return listed
    ? `${uri} exists but this role may not read it (403): it needs s3:GetObject on it and kms:Decrypt on the bucket's KMS key`
    : `${uri} is missing or not allowed (403; S3 answers 403 for a missing object when the role may not list the bucket): check that the batch exists, and that the role has s3:GetObject on it and s3:ListBucket for prefix ${prefix}`
}

/** Aborts every multipart upload under the prefix; returns how many. */
async function abortMultipartUploads(s3: S3Client, bucket: string, prefix: string): Promise<number> {
  let aborted = 0
  let keyMarker: string | undefined
  let uploadIdMarker: string | undefined
  for (;;) {
    let page
    try {
      page = await s3.send(
        new ListMultipartUploadsCommand({
          Bucket: bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          UploadIdMarker: uploadIdMarker
        })
      )
    } catch (err) {
      // Some S3-compatible servers (s3rver, fauxqs) do not list multipart uploads. Our own uploads abort themselves
      // on failure (leavePartsOnError: false); AWS S3 always lists, so nothing escapes there.
      if (statusOf(err) === 501 || (err as { name?: string }).name === 'NotImplemented') return aborted
      throw err
    }
    for (const u of page.Uploads ?? []) {
      await s3.send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: u.Key!, UploadId: u.UploadId! }))
      aborted++
    }
    if (!page.IsTruncated) return aborted
    keyMarker = page.NextKeyMarker
    uploadIdMarker = page.NextUploadIdMarker
  }
}

/** Deletes every object and aborts every multipart upload under the prefix. Returns the counts. */
export async function removeBatchObjects(
  s3: S3Client,
  bucket: string,
  prefix: string
): Promise<{ objects: number; multipartUploads: number }> {
  const multipartUploads = await abortMultipartUploads(s3, bucket, prefix)
  let objects = 0
  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
    )
    for (const o of page.Contents ?? []) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: o.Key! }))
      objects++
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return { objects, multipartUploads }
}

/**
 * For the post step after a cancelled or killed run: removes the batch when it has no manifest (incomplete by
 * definition); leaves a complete batch alone.
 */
export async function cleanupIncompleteBatch(
  s3: S3Client,
  bucket: string,
  prefix: string,
  log: (line: string) => void = () => {}
): Promise<{ complete: boolean; objects: number; multipartUploads: number }> {
  if (await readManifest(s3, bucket, prefix + MANIFEST_NAME)) {
    log(`batch s3://${bucket}/${prefix} is complete; nothing to clean up`)
    return { complete: true, objects: 0, multipartUploads: 0 }
  }
  const removed = await removeBatchObjects(s3, bucket, prefix)
  log(
    `removed ${removed.objects} object(s) and ${removed.multipartUploads} multipart upload(s) of incomplete batch s3://${bucket}/${prefix}`
  )
  return { complete: false, ...removed }
}

/**
 * After a failed upload: removes what it wrote under the prefix, unless another run of the same batch id committed
 * the batch meanwhile (a re-run racing the first attempt: its objects share our keys, and removing them would break
 * the batch it just completed). Never throws: a failed cleanup is logged and left to the post step or a re-run.
 */
export async function removeFailedBatch(
  s3: S3Client,
  bucket: string,
  prefix: string,
  why: string,
  log: (line: string) => void
): Promise<void> {
  try {
    const committed = await readManifest(s3, bucket, prefix + MANIFEST_NAME).catch(() => undefined)
    if (committed) {
      log(`${why}: another run completed s3://${bucket}/${prefix} meanwhile; nothing of it was removed`)
      return
    }
    const removed = await removeBatchObjects(s3, bucket, prefix)
    log(
      `${why}: removed ${removed.objects} object(s) and aborted ${removed.multipartUploads} multipart upload(s) under s3://${bucket}/${prefix}`
    )
  } catch (err) {
    log(
      `${why}: could not clean up s3://${bucket}/${prefix} (${errorText(err)}); the post step or a re-run removes it`
    )
  }
}
