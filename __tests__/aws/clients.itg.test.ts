/**
 * Client factory: the config it builds for AWS vs a custom endpoint, and that it really works against a local S3
 * server (s3rver) both with an explicit endpoint and with AWS_ENDPOINT_URL_S3 left for the SDK to resolve.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3'
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { UsageError } from '../../src/errors.js'
import { LOCAL_CREDENTIALS, startS3, type LocalS3 } from '../helpers/s3-server.js'
import {
  cloudFormationClientConfig,
  createCloudFormationClient,
  createS3Client,
  customS3Endpoint,
  s3ClientConfig,
  kmsClientConfig,
  secretsManagerClientConfig,
  sfnClientConfig
} from '../../src/aws/clients.js'

const creds = LOCAL_CREDENTIALS

describe('client config', () => {
  it('keeps the SDK defaults (virtual-host style, default checksums) against AWS', () => {
    const c = s3ClientConfig({ region: 'eu-west-1', env: {} })
    expect(c.region).toBe('eu-west-1')
    expect(c.endpoint).toBeUndefined()
    expect(c.forcePathStyle).toBeUndefined()
    expect(c.requestChecksumCalculation).toBeUndefined()
    expect(c.responseChecksumValidation).toBeUndefined()
    expect(c.maxAttempts).toBe(5)
    expect(c.credentials).toBeUndefined()
  })

  it('uses path style and WHEN_REQUIRED checksums with a custom endpoint', () => {
    const c = s3ClientConfig({
      region: 'us-east-1',
      endpointUrl: 'http://127.0.0.1:9000',
      credentials: creds,
      maxAttempts: 2,
      env: {}
    })
    expect(c.endpoint).toBe('http://127.0.0.1:9000')
    expect(c.forcePathStyle).toBe(true)
    expect(c.requestChecksumCalculation).toBe('WHEN_REQUIRED')
    expect(c.responseChecksumValidation).toBe('WHEN_REQUIRED')
    expect(c.credentials).toBe(creds)
    expect(c.maxAttempts).toBe(2)
  })

  it('detects AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL but leaves resolving them to the SDK', () => {
    for (const env of [
      { AWS_ENDPOINT_URL_S3: 'http://minio:9000' },
      { AWS_ENDPOINT_URL: 'http://localstack:4566' }
    ]) {
      const c = s3ClientConfig({ region: 'us-east-1', env })
      expect(c.endpoint).toBeUndefined()
      expect(c.forcePathStyle).toBe(true)
      expect(c.requestChecksumCalculation).toBe('WHEN_REQUIRED')
    }
    expect(customS3Endpoint({ env: { AWS_ENDPOINT_URL_S3: 'http://a', AWS_ENDPOINT_URL: 'http://b' } })).toBe(
      'http://a'
    )
    expect(customS3Endpoint({ endpointUrl: 'http://c', env: { AWS_ENDPOINT_URL_S3: 'http://a' } })).toBe(
      'http://c'
    )
    expect(
      customS3Endpoint({
        env: { AWS_ENDPOINT_URL_S3: 'http://a', AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: 'true' }
      })
    ).toBeUndefined()
  })

  it('passes an explicit endpoint to control-plane clients without S3 settings', () => {
    const cfn = cloudFormationClientConfig({ region: 'eu-central-1', endpointUrl: 'http://127.0.0.1:4566' })
    expect(cfn.endpoint).toBe('http://127.0.0.1:4566')
    expect('forcePathStyle' in cfn).toBe(false)
    expect(sfnClientConfig({ region: 'eu-central-1' }).endpoint).toBeUndefined()
  })

  it("gives the keys command's KMS and Secrets Manager clients the same retries, timeouts and endpoint", () => {
    for (const config of [kmsClientConfig, secretsManagerClientConfig]) {
      const c = config({ region: 'eu-central-1', endpointUrl: 'http://127.0.0.1:4566' })
      expect(c.endpoint).toBe('http://127.0.0.1:4566')
      expect(c.maxAttempts).toBe(5)
      expect(c.requestHandler).toBeDefined()
      expect(() => config({ region: 'EU West 1' })).toThrow(/is not a region name/)
    }
  })

  it("applies the action's endpoint-url (s3EndpointUrl) to S3 only", () => {
    const o = { region: 'us-east-1', s3EndpointUrl: 'http://127.0.0.1:9000', env: {} }
    const s3 = s3ClientConfig(o)
    expect(s3.endpoint).toBe('http://127.0.0.1:9000')
    expect(s3.forcePathStyle).toBe(true)
    expect(cloudFormationClientConfig(o).endpoint).toBeUndefined()
    expect(sfnClientConfig(o).endpoint).toBeUndefined()
    expect(() => s3ClientConfig({ ...o, s3EndpointUrl: 'not a url' })).toThrow(/is not a URL/)
  })

  it('requires a region and a well-formed endpoint', () => {
    expect(() => s3ClientConfig({ region: '' })).toThrow(UsageError)
    expect(() => s3ClientConfig({ region: '  ' })).toThrow(/aws-region is not set/)
    expect(() => sfnClientConfig({ region: 'EU West 1' })).toThrow(
      /aws-region: 'EU West 1' is not a region name/
    )
    expect(() => s3ClientConfig({ region: 'eu-west-1', endpointUrl: 'localhost:9000' })).toThrow(
      /is not an http or https URL/
    )
    expect(() => s3ClientConfig({ region: 'eu-west-1', endpointUrl: 'not a url' })).toThrow(/is not a URL/)
  })
})

describe('clients against local servers', () => {
  let s3: LocalS3
  let endpoint = ''
  let hang: Server
  let hangUrl = ''
  const saved = { AWS_ENDPOINT_URL_S3: process.env.AWS_ENDPOINT_URL_S3 }

  beforeAll(async () => {
    s3 = await startS3([], { backend: 's3rver' })
    endpoint = s3.endpoint
    hang = createServer(() => {
      /* never answers */
    })
    await new Promise<void>(resolve => hang.listen(0, '127.0.0.1', resolve))
    hangUrl = `http://127.0.0.1:${(hang.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await s3.stop()
    hang.closeAllConnections()
    await new Promise<void>(resolve => hang.close(() => resolve()))
    if (saved.AWS_ENDPOINT_URL_S3 === undefined) delete process.env.AWS_ENDPOINT_URL_S3
    else process.env.AWS_ENDPOINT_URL_S3 = saved.AWS_ENDPOINT_URL_S3
  })

  it('round-trips an object through s3rver with an explicit endpoint', async () => {
    const client = createS3Client({ region: 'us-east-1', endpointUrl: endpoint, credentials: creds, env: {} })
    try {
      await client.send(new CreateBucketCommand({ Bucket: 'explicit' }))
      await client.send(new PutObjectCommand({ Bucket: 'explicit', Key: 'a/b.txt', Body: 'hello' }))
      const got = await client.send(new GetObjectCommand({ Bucket: 'explicit', Key: 'a/b.txt' }))
      expect(await got.Body?.transformToString()).toBe('hello')
    } finally {
      client.destroy()
    }
  })

  it('reaches s3rver through AWS_ENDPOINT_URL_S3 resolved by the SDK itself', async () => {
    process.env.AWS_ENDPOINT_URL_S3 = endpoint
    const client = createS3Client({ region: 'us-east-1', credentials: creds })
    try {
      await client.send(new CreateBucketCommand({ Bucket: 'fromenv' }))
      await client.send(new PutObjectCommand({ Bucket: 'fromenv', Key: 'k', Body: 'via env' }))
      const got = await client.send(new GetObjectCommand({ Bucket: 'fromenv', Key: 'k' }))
      expect(await got.Body?.transformToString()).toBe('via env')
    } finally {
      client.destroy()
      delete process.env.AWS_ENDPOINT_URL_S3
    }
  })

  it('turns a hung control-plane call into a TimeoutError after requestTimeoutMs', async () => {
    const cfn = createCloudFormationClient({
      region: 'eu-west-1',
      endpointUrl: hangUrl,
      credentials: creds,
      requestTimeoutMs: 150,
      maxAttempts: 1
    })
    try {
      const err = (await cfn
        .send(new DescribeStacksCommand({ StackName: 's' }))
        .catch((e: unknown) => e)) as Error
      expect(err).toBeInstanceOf(Error)
      expect(err.name).toBe('TimeoutError')
      expect(err.message).toContain('150 ms')
    } finally {
      cfn.destroy()
    }
  })
})
