/**
 * Removes everything under a prefix for good, in a versioned bucket too: plaintext under raw/ must not survive as a
 * noncurrent version (a plain DeleteObject in a versioned bucket only adds a delete marker). Every version and delete
 * marker is deleted by VersionId (s3:ListBucketVersions + s3:DeleteObjectVersion), then whatever ListObjectsV2 still
 * shows is deleted by key: that second pass covers S3 servers without versioning (local mode) and objects written
 * while the first pass ran.
 */
import {
  DeleteObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  type S3Client
} from '@aws-sdk/client-s3'
import { errorName, statusOf } from './errors.js'

export interface PurgeResult {
  /** Versions, delete markers and current objects deleted. */
  removed: number
  /** Keys (with version) that could not be deleted, each with the error's name. */
  failed: string[]
}

/** A server that does not implement ?versions (local S3 servers) answers 405/501 or NotImplemented. */
function versionsUnsupported(err: unknown): boolean {
  const status = statusOf(err)
  return status === 405 || status === 501 || errorName(err) === 'NotImplemented'
}

/** Everything under a folder (a prefix ending in /). */
export async function purgePrefix(
  s3: S3Client,
  bucket: string,
  prefix: string,
  options: { signal?: AbortSignal } = {}
): Promise<PurgeResult> {
  if (!prefix.endsWith('/') || prefix.length < 2) {
    // A guard against wiping a bucket or a sibling folder through an empty or partial prefix.
    throw new Error(`refusing to purge '${prefix}': the prefix must be a folder ending in /`)
  }
  return purge(s3, bucket, prefix, key => key.startsWith(prefix), options.signal)
}

/** Every version of exactly one key (not the keys it is a prefix of). */
export function purgeKey(
  s3: S3Client,
  bucket: string,
  key: string,
  options: { signal?: AbortSignal } = {}
): Promise<PurgeResult> {
  return purge(s3, bucket, key, k => k === key, options.signal)
}

async function purge(
  s3: S3Client,
  bucket: string,
  prefix: string,
  accept: (key: string) => boolean,
  signal: AbortSignal | undefined
): Promise<PurgeResult> {
  const options = { signal }
  let removed = 0
  const failed: string[] = []
  const remove = async (key: string, versionId?: string) => {
    try {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key, VersionId: versionId }), {
        abortSignal: options.signal
      })
      removed++
    } catch (err) {
      if (statusOf(err) !== 404)
        failed.push(`${key}${versionId ? `?versionId=${versionId}` : ''} (${errorName(err)})`)
    }
  }

  let keyMarker: string | undefined
  let versionMarker: string | undefined
  try {
    do {
      const page = await s3.send(
        new ListObjectVersionsCommand({
          Bucket: bucket,
          Prefix: prefix,
          KeyMarker: keyMarker,
          VersionIdMarker: versionMarker
        }),
        { abortSignal: options.signal }
      )
      for (const v of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
        if (v.Key && accept(v.Key) && v.VersionId) await remove(v.Key, v.VersionId)
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined
      versionMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined
    } while (keyMarker)
  } catch (err) {
    if (!versionsUnsupported(err)) throw err
  }

  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
      { abortSignal: options.signal }
    )
    for (const o of page.Contents ?? []) if (o.Key && accept(o.Key)) await remove(o.Key)
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return { removed, failed }
}
