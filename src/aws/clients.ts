/**
 * One place that builds AWS SDK clients: region check, endpoint override, SDK retries, HTTP timeouts, keep-alive,
 * and the S3 settings a non-AWS endpoint (s3rver, MinIO, local mode) needs.
 *
 * Endpoint environment variables: the SDK itself already resolves AWS_ENDPOINT_URL_<SERVICE> and AWS_ENDPOINT_URL
 * (and the profile's endpoint_url, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) when no `endpoint` is configured
 * (@smithy/core middleware-endpoint getEndpointFromConfig, checked 2026-11-22). So we never copy them into `endpoint`;
 * we only read them to know that S3 will talk to a non-AWS server and needs path-style + WHEN_REQUIRED checksums.
 */
import { CloudFormationClient, type CloudFormationClientConfig } from '@aws-sdk/client-cloudformation'
import { KMSClient, type KMSClientConfig } from '@aws-sdk/client-kms'
import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3'
import { SecretsManagerClient, type SecretsManagerClientConfig } from '@aws-sdk/client-secrets-manager'
import { SFNClient, type SFNClientConfig } from '@aws-sdk/client-sfn'
import { SNSClient, type SNSClientConfig } from '@aws-sdk/client-sns'
import { STSClient, type STSClientConfig } from '@aws-sdk/client-sts'
import type { NodeHttpHandler } from '@smithy/node-http-handler'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { UsageError } from '../errors.js'
import { checkEndpointUrl, checkRegion } from '../settings/validate.js'
import { createRequestHandler, DEFAULT_CONTROL_PLANE_TIMEOUT_MS, DEFAULT_MAX_ATTEMPTS } from './http.js'

export { createRequestHandler } from './http.js'

export interface AwsClientOptions {
  region: string
  /** Undefined → the SDK's default chain (env, profile, SSO, container, instance). */
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  /** http(s) URL of a non-AWS or private endpoint for the client being built, whatever its service. */
  endpointUrl?: string
  /**
   * The action's `endpoint-url`: an S3 endpoint, applied to S3 clients only. Step Functions, CloudFormation, STS and
   * SNS keep the SDK's own AWS_ENDPOINT_URL_<SERVICE> resolution, so a local S3 server never receives their calls.
   */
  s3EndpointUrl?: string
  /** SDK attempts per request (first call included). Default 5. */
  maxAttempts?: number
  /**
   * Time from sending the request until response headers arrive; exceeding it throws TimeoutError.
   * Default 30 s for control-plane clients; off for S3, where a large part upload on a slow runner legitimately takes
   * longer (the idle-socket timeout catches hangs there).
   */
  requestTimeoutMs?: number
  /** TCP/TLS connect timeout. Default 5 s. */
  connectionTimeoutMs?: number
  /** A socket idle this long is dropped (TimeoutError, retried by the SDK). Default 60 s. */
  socketTimeoutMs?: number
  /** Where AWS_ENDPOINT_URL_* are looked up; default process.env. */
  env?: NodeJS.ProcessEnv
}

/**
 * Most callers pass values settings already validated; the CLI doors that build clients from their own flags (keys,
 * pipeline-local) do not. So the one rule for each lives in settings/validate.ts and is applied here as is, never a
 * looser copy of it.
 */
function requireRegion(region: string): string {
  const r = region?.trim()
  if (!r)
    throw new UsageError('aws-region is not set: pass the aws-region input (CLI: --region) or set AWS_REGION')
  const problem = checkRegion(r)
  if (problem) throw new UsageError(`aws-region: ${problem}`)
  return r
}

function checkEndpoint(url: string): string {
  const problem = checkEndpointUrl(url)
  if (problem) throw new UsageError(`endpoint-url: ${problem}`)
  return url
}

interface CommonConfig {
  region: string
  credentials?: AwsCredentialIdentity | AwsCredentialIdentityProvider
  endpoint?: string
  maxAttempts: number
  requestHandler: NodeHttpHandler
}

function commonConfig(o: AwsClientOptions, defaultRequestTimeoutMs: number | undefined): CommonConfig {
  const config: CommonConfig = {
    region: requireRegion(o.region),
    maxAttempts: o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    requestHandler: createRequestHandler({
      requestTimeoutMs: o.requestTimeoutMs ?? defaultRequestTimeoutMs,
      connectionTimeoutMs: o.connectionTimeoutMs,
      socketTimeoutMs: o.socketTimeoutMs
    })
  }
  if (o.credentials) config.credentials = o.credentials
  if (o.endpointUrl) config.endpoint = checkEndpoint(o.endpointUrl)
  return config
}

/** The endpoint S3 requests will go to when it is not AWS's own: explicit option first, then what the SDK will read. */
export function customS3Endpoint(
  o: Pick<AwsClientOptions, 'endpointUrl' | 's3EndpointUrl' | 'env'>
): string | undefined {
  if (o.endpointUrl) return o.endpointUrl
  if (o.s3EndpointUrl) return o.s3EndpointUrl
  const env = o.env ?? process.env
  if ((env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '').toLowerCase() === 'true') return undefined
  return env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined
}

export function s3ClientConfig(o: AwsClientOptions): S3ClientConfig {
  const config: S3ClientConfig = commonConfig(o, undefined)
  if (!o.endpointUrl && o.s3EndpointUrl) config.endpoint = checkEndpoint(o.s3EndpointUrl)
  if (customS3Endpoint(o)) {
    // Local S3 servers serve buckets by path, not by virtual host, and do not implement the CRC checksums the SDK
    // adds by default since 3.729; against AWS the SDK's defaults stay.
    config.forcePathStyle = true
    config.requestChecksumCalculation = 'WHEN_REQUIRED'
    config.responseChecksumValidation = 'WHEN_REQUIRED'
  }
  return config
}

export function createS3Client(o: AwsClientOptions): S3Client {
  return new S3Client(s3ClientConfig(o))
}

export function cloudFormationClientConfig(o: AwsClientOptions): CloudFormationClientConfig {
  return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS)
}

export function createCloudFormationClient(o: AwsClientOptions): CloudFormationClient {
  return new CloudFormationClient(cloudFormationClientConfig(o))
}

export function sfnClientConfig(o: AwsClientOptions): SFNClientConfig {
  return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS)
}

export function createSfnClient(o: AwsClientOptions): SFNClient {
  return new SFNClient(sfnClientConfig(o))
}

export function snsClientConfig(o: AwsClientOptions): SNSClientConfig {
  return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS)
}

export function createSnsClient(o: AwsClientOptions): SNSClient {
  return new SNSClient(snsClientConfig(o))
}

/** KMS and Secrets Manager for the keys command (key wrapping and the key secret). */
export function kmsClientConfig(o: AwsClientOptions): KMSClientConfig {
  return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS)
}

export function createKmsClient(o: AwsClientOptions): KMSClient {
  return new KMSClient(kmsClientConfig(o))
}

export function secretsManagerClientConfig(o: AwsClientOptions): SecretsManagerClientConfig {
  return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS)
}

export function createSecretsManagerClient(o: AwsClientOptions): SecretsManagerClient {
  return new SecretsManagerClient(secretsManagerClientConfig(o))
}

/** STS for the credentials module: one attempt per call, because resolveCredentials runs its own retry loop. */
export function stsClientConfig(o: AwsClientOptions): STSClientConfig {
  return { ...commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS), maxAttempts: o.maxAttempts ?? 1 }
}

export function createStsClient(o: AwsClientOptions): STSClient {
  return new STSClient(stsClientConfig(o))
}
