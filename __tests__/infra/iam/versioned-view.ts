/**
 * A local S3 server seen as the versioned bucket AWS has (the template enables versioning on both buckets): neither
 * local server implements ListObjectVersions, so purges there never reach their delete-by-VersionId path, and the
 * contract would never see s3:DeleteObjectVersion, which AWS authorizes for every purge of raw/ and of output.
 *
 * A middleware on one client answers ListObjectVersions from the server's current objects, each with a current version
 * and one noncurrent version, and forwards a DeleteObject naming a VersionId as a plain delete of the key. The command
 * as the code sent it (VersionId included) is what the recorder sees: the middleware runs below `send`.
 */
import {
  ListObjectsV2Command,
  type ListObjectVersionsCommandOutput,
  type ObjectVersion,
  type S3Client
} from '@aws-sdk/client-s3'
import { withoutRecording } from '../../helpers/record-aws-calls.js'

type Input = Record<string, unknown>

/** The versions S3 would list for a current object: the current one and the one it replaced. */
function versionsOf(key: string, size: number): ObjectVersion[] {
  return [
    { Key: key, VersionId: `${key.length}-current`, IsLatest: true, Size: size },
    { Key: key, VersionId: `${key.length}-replaced`, IsLatest: false, Size: size }
  ]
}

/** Makes `client` treat its local server as versioned (see the header). `lister` lists without being recorded. */
export function asVersionedBucket(client: S3Client, lister: S3Client): S3Client {
  client.middlewareStack.add(
    (next, context) => async args => {
      const input = args.input as Input
      if (context.commandName === 'ListObjectVersionsCommand') {
        const listed = await withoutRecording(() =>
          lister.send(
            new ListObjectsV2Command({
              Bucket: input.Bucket as string,
              Prefix: input.Prefix as string | undefined
            })
          )
        )
        const output: ListObjectVersionsCommandOutput = {
          $metadata: { httpStatusCode: 200 },
          Versions: (listed.Contents ?? []).flatMap(o => versionsOf(o.Key!, o.Size ?? 0)),
          DeleteMarkers: [],
          IsTruncated: false
        }
        return { output, response: {} } as Awaited<ReturnType<typeof next>>
      }
      if (context.commandName === 'DeleteObjectCommand' && input.VersionId !== undefined) {
        // A new input object: the recorded one (the same object the code passed) keeps its VersionId.
        return next({ ...args, input: { ...input, VersionId: undefined } as typeof args.input })
      }
      return next(args)
    },
    { step: 'initialize', name: 'localServerAsVersionedBucket' }
  )
  return client
}
