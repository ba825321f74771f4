/**
 * A real S3-protocol server started by the test itself: fauxqs (in memory; implements AbortMultipartUpload, which
 * s3rver answers with 405) by default, or s3rver (on disk in a temp dir). Neither lists multipart uploads.
 */
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>
  close(): Promise<void>
}
type S3rverCtor = new (o: {
  address: string
  port: number
  silent: boolean
  directory: string
  configureBuckets: { name: string }[]
}) => S3rverInstance
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverCtor

export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

export function localClient(endpoint: string, maxAttempts = 3): S3Client {
  return new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED'
  })
}

export interface LocalS3 {
  endpoint: string
  client: S3Client
  listKeys(bucket: string, prefix?: string): Promise<string[]>
  stop(): Promise<void>
}

export async function startS3(
  buckets: string[],
  options: { backend?: 'fauxqs' | 's3rver' } = {}
): Promise<LocalS3> {
  if ((options.backend ?? 'fauxqs') === 'fauxqs') {
    const { startFauxqs } = await import('fauxqs')
    const server = await startFauxqs({ port: 0, logger: false })
    for (const b of buckets) server.createBucket(b)
    return withClient(server.address, async () => {
      await server.stop()
    })
  }
  const directory = mkdtempSync(path.join(tmpdir(), 's3rver-'))
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map(name => ({ name }))
  })
  const { port } = await server.run()
  return withClient(`http://127.0.0.1:${port}`, async () => {
    await server.close()
    rmSync(directory, { recursive: true, force: true })
  })
}

function withClient(endpoint: string, stop: () => Promise<void>): LocalS3 {
  const client = localClient(endpoint)
  return {
    endpoint,
    client,
    async listKeys(bucket, prefix) {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
        )
        for (const o of page.Contents ?? []) keys.push(o.Key!)
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return keys.sort()
    },
    async stop() {
      client.destroy()
      await stop()
    }
  }
}
