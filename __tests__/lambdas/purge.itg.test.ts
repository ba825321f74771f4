/**
 * purgePrefix / purgeKey: every version and delete marker under a folder is deleted by VersionId (a versioned bucket,
 * simulated with aws-sdk-client-mock since neither local server versions objects), nothing outside it is touched, and
 * the plain ListObjectsV2 pass empties the folder on a real local server without versioning.
 *
 * ListObjectVersions pagination as the S3 API reference documents it: a truncated page (IsTruncated: true) carries
 * NextKeyMarker and NextVersionIdMarker, which the next request sends as KeyMarker and VersionIdMarker; versions and
 * delete markers come in separate lists (Versions, DeleteMarkers), each entry with Key and VersionId (S3 API reference,
 * ListObjectVersions output: "make a follow-up paginated request using the NextKeyMarker and NextVersionIdMarker").
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import {
  DeleteObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException
} from '@aws-sdk/client-s3'
import { mockClient } from 'aws-sdk-client-mock'
import { purgeKey, purgePrefix } from '../../src/lambdas/purge.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const BUCKET = 'data'

function s3Error(name: string, status: number): S3ServiceException {
  return new S3ServiceException({
    name,
    $fault: 'client',
    $metadata: { httpStatusCode: status },
    message: name
  })
}

describe('purge in a versioned bucket (mocked S3)', () => {
  const client = new S3Client({ region: 'us-east-1' })
  const s3 = mockClient(client)
  afterEach(() => {
    s3.reset()
  })

  const deleted = () =>
    s3
      .commandCalls(DeleteObjectCommand)
      .map(c => `${c.args[0].input.Key}@${c.args[0].input.VersionId ?? '-'}`)

  it('deletes every version and delete marker under the folder by VersionId, across truncated pages', async () => {
    s3.on(ListObjectVersionsCommand, { KeyMarker: undefined, VersionIdMarker: undefined })
      .resolves({
        IsTruncated: true,
        NextKeyMarker: 'raw/ds/b1/b.csv',
        NextVersionIdMarker: 'dm-b',
        Versions: [
          { Key: 'raw/ds/b1/a.csv', VersionId: 'va2', IsLatest: true },
          { Key: 'raw/ds/b1/a.csv', VersionId: 'va1', IsLatest: false }
        ],
        DeleteMarkers: [{ Key: 'raw/ds/b1/b.csv', VersionId: 'dm-b', IsLatest: true }]
      })
      .on(ListObjectVersionsCommand, { KeyMarker: 'raw/ds/b1/b.csv', VersionIdMarker: 'dm-b' })
      .resolves({
        IsTruncated: false,
        Versions: [
          { Key: 'raw/ds/b1/b.csv', VersionId: 'vb1', IsLatest: false },
          { Key: 'raw/ds/b2/c.csv', VersionId: 'vc1', IsLatest: true }
        ]
      })
    s3.on(ListObjectsV2Command).resolves({ IsTruncated: false, Contents: [] })
    s3.on(DeleteObjectCommand).resolves({})

    const result = await purgePrefix(client, BUCKET, 'raw/ds/')

    expect(result).toEqual({ removed: 5, failed: [] })
    expect(deleted()).toEqual([
      'raw/ds/b1/a.csv@va2',
      'raw/ds/b1/a.csv@va1',
      'raw/ds/b1/b.csv@dm-b',
      'raw/ds/b1/b.csv@vb1',
      'raw/ds/b2/c.csv@vc1'
    ])
    const listings = s3.commandCalls(ListObjectVersionsCommand).map(c => c.args[0].input)
    expect(listings).toEqual([
      { Bucket: BUCKET, Prefix: 'raw/ds/', KeyMarker: undefined, VersionIdMarker: undefined },
      { Bucket: BUCKET, Prefix: 'raw/ds/', KeyMarker: 'raw/ds/b1/b.csv', VersionIdMarker: 'dm-b' }
    ])
    // The plain pass lists the same folder, with its trailing slash: S3 never returns raw/ds2/ for it.
    expect(s3.commandCalls(ListObjectsV2Command)[0]!.args[0].input.Prefix).toBe('raw/ds/')
  })

  it('never deletes a key outside the folder, even when a listing returns one', async () => {
    s3.on(ListObjectVersionsCommand).resolves({
      Versions: [
        { Key: 'raw/ds/b1/a.csv', VersionId: 'v1' },
        { Key: 'raw/ds2/b1/a.csv', VersionId: 'v2' }
      ],
      DeleteMarkers: [{ Key: 'raw/other.csv', VersionId: 'dm' }]
    })
    s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: 'raw/ds2/x.csv' }] })
    s3.on(DeleteObjectCommand).resolves({})

    expect(await purgePrefix(client, BUCKET, 'raw/ds/')).toEqual({ removed: 1, failed: [] })
    expect(deleted()).toEqual(['raw/ds/b1/a.csv@v1'])
  })

  it('reports a delete that failed with its key, version and error, and goes on with the others', async () => {
    s3.on(ListObjectVersionsCommand).resolves({
      Versions: [
        { Key: 'raw/ds/b1/a.csv', VersionId: 'v1' },
        { Key: 'raw/ds/b1/b.csv', VersionId: 'v2' },
        { Key: 'raw/ds/b1/c.csv', VersionId: 'v3' }
      ]
    })
    s3.on(ListObjectsV2Command).resolves({})
    s3.on(DeleteObjectCommand)
      .resolves({})
      .on(DeleteObjectCommand, { Key: 'raw/ds/b1/a.csv' })
      .rejects(s3Error('AccessDenied', 403))
      .on(DeleteObjectCommand, { Key: 'raw/ds/b1/b.csv' })
      .rejects(s3Error('NoSuchVersion', 404))

    const result = await purgePrefix(client, BUCKET, 'raw/ds/')

    // A version already gone (404) is what a purge wants; a denied one is reported.
    expect(result).toEqual({ removed: 1, failed: ['raw/ds/b1/a.csv?versionId=v1 (AccessDenied)'] })
    expect(deleted()).toHaveLength(3)
  })

  it('a listing error other than "versions not implemented" fails the purge', async () => {
    s3.on(ListObjectVersionsCommand).rejects(s3Error('AccessDenied', 403))
    await expect(purgePrefix(client, BUCKET, 'raw/ds/')).rejects.toThrow('AccessDenied')
    expect(s3.commandCalls(DeleteObjectCommand)).toHaveLength(0)
  })

  it('purgeKey deletes every version of exactly that key, not the keys it is a prefix of', async () => {
    s3.on(ListObjectVersionsCommand).resolves({
      Versions: [
        { Key: 'landing/ds/b1/_manifest.json', VersionId: 'v1' },
        { Key: 'landing/ds/b1/_manifest.json.bak', VersionId: 'v2' }
      ],
      DeleteMarkers: [{ Key: 'landing/ds/b1/_manifest.json', VersionId: 'dm' }]
    })
    s3.on(ListObjectsV2Command).resolves({})
    s3.on(DeleteObjectCommand).resolves({})
    expect(await purgeKey(client, BUCKET, 'landing/ds/b1/_manifest.json')).toEqual({ removed: 2, failed: [] })
    expect(deleted()).toEqual(['landing/ds/b1/_manifest.json@v1', 'landing/ds/b1/_manifest.json@dm'])
  })

  it.each(['', '/', 'raw/ds', 'raw'])('refuses the prefix %j before any call', async prefix => {
    await expect(purgePrefix(client, BUCKET, prefix)).rejects.toThrow(
      `refusing to purge '${prefix}': the prefix must be a folder ending in /`
    )
    expect(s3.calls()).toHaveLength(0)
  })
})

describe.each(['fauxqs', 's3rver'] as const)('purge on a server without versioning (%s)', backend => {
  let s3: LocalS3
  beforeAll(async () => {
    s3 = await startS3([BUCKET], { backend })
  })
  afterAll(async () => s3.stop())

  it('removes everything under the folder by key and leaves raw/ds2/ and raw/ds.csv alone', async () => {
    const keys = [
      'raw/ds/b1/a.csv',
      'raw/ds/b1/nested/b.csv',
      'raw/ds/b2/c.csv',
      'raw/ds2/b1/a.csv',
      'raw/ds.csv'
    ]
    for (const Key of keys)
      await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: `data of ${Key}` }))

    const result = await purgePrefix(s3.client, BUCKET, 'raw/ds/')

    expect(result).toEqual({ removed: 3, failed: [] })
    expect(await s3.listKeys(BUCKET, 'raw/')).toEqual(['raw/ds.csv', 'raw/ds2/b1/a.csv'])
    // Purging an empty folder again is harmless.
    expect(await purgePrefix(s3.client, BUCKET, 'raw/ds/')).toEqual({ removed: 0, failed: [] })
  })

  // s3rver answers InternalError to the second page of any listing above 1,000 keys (deleting or not): fauxqs only.
  const onPagingServer = backend === 'fauxqs' ? it : it.skip
  onPagingServer(
    'empties a folder of more than one listing page (1,000 keys) while deleting as it lists',
    async () => {
      const keys = Array.from({ length: 1105 }, (_, i) => `raw/big/b1/part-${String(i).padStart(5, '0')}.csv`)
      for (let i = 0; i < keys.length; i += 50)
        await Promise.all(
          keys
            .slice(i, i + 50)
            .map(Key => s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key, Body: 'x' })))
        )
      expect(await purgePrefix(s3.client, BUCKET, 'raw/big/')).toEqual({ removed: 1105, failed: [] })
      expect(await s3.listKeys(BUCKET, 'raw/big/')).toEqual([])
    }
  )
})
