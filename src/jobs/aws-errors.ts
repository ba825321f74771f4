/**
 * Turns an AWS SDK failure into a one-line UserError that names the call, the resource and what to check, for the
 * person reading the log. Raw SDK errors say `UnknownError` (a 403 on a HEAD has no body to name it) or
 * `connect ECONNREFUSED 127.0.0.1:9` without the service; these say which call it was and where it went.
 * Errors that already explain themselves (UserError) pass through unchanged.
 */
import { UserError } from '../errors.js'

export interface AwsCall {
  /** 'S3', 'Step Functions', 'CloudFormation', 'SNS'. */
  service: string
  /** The API action: 'HeadObject', 'StartExecution'. */
  call: string
  /** What it was about: an s3:// URI, an ARN, a stack name. */
  resource: string
  /** The IAM action the role needs for it (named when access is denied). */
  permission: string
  /** The input that selects the resource, named when it does not exist ('bucket / stack-name'). */
  input?: string
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE'
])

interface SdkErrorShape {
  name?: string
  message?: string
  code?: string
  address?: string
  port?: number
  hostname?: string
  $metadata?: { httpStatusCode?: number }
}

/** The network error code, when the call never got an HTTP answer. */
function networkCode(e: SdkErrorShape): string | undefined {
  if (e.code && NETWORK_CODES.has(e.code)) return e.code
  if (e.name === 'TimeoutError') return 'timeout'
  const code = /\b(E[A-Z]{4,})\b/.exec(e.message ?? '')?.[1]
  return code && NETWORK_CODES.has(code) ? code : undefined
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim()
}

/** The explanation for one failed call; the original error is kept as the cause. */
export function explainAwsError(err: unknown, c: AwsCall): Error {
  if (err instanceof UserError) return err
  if ((err as { name?: string })?.name === 'AbortError') return err as Error
  const e = (err ?? {}) as SdkErrorShape
  const head = `${c.service} ${c.call} on ${c.resource} failed`
  const net = networkCode(e)
  if (net) {
    // Node's message carries the address ('connect ECONNREFUSED 127.0.0.1:9') when the fields did not survive the
    // SDK's wrapping of the error.
    const fromMessage = /\b(?:connect|getaddrinfo) E[A-Z_]+ (\S+)/.exec(e.message ?? '')?.[1]
    const address = e.address ? `${e.address}${e.port ? `:${e.port}` : ''}` : (e.hostname ?? fromMessage)
    const where = address ? ` (${address})` : ''
    return new UserError(
      `${head}: could not reach the ${c.service} endpoint${where}: ${net}: check the network, aws-region and any AWS_ENDPOINT_URL_* or endpoint-url setting`,
      { cause: err }
    )
  }
  const status = e.$metadata?.httpStatusCode
  const name = e.name && e.name !== 'Error' && e.name !== 'UnknownError' ? e.name : undefined
  const detail = [
    status ? `HTTP ${status}` : undefined,
    name,
    e.message && e.message !== name ? firstLine(e.message) : undefined
  ]
    .filter(Boolean)
    .filter(part => part !== 'UnknownError' && part !== 'Unknown')
    .join(' ')
  if (status === 403 || /AccessDenied|UnauthorizedOperation|NotAuthorized/.test(e.name ?? '')) {
    return new UserError(
      `${head}: access denied (${detail}): the role needs ${c.permission} on ${c.resource}; check the role's policy, any resource or key policy, and aws-region`,
      { cause: err }
    )
  }
  if (status === 404 || /NotFound|NoSuch|DoesNotExist/.test(e.name ?? '')) {
    return new UserError(`${head}: not found (${detail}): check ${c.input ?? 'the name'} and aws-region`, {
      cause: err
    })
  }
  if (/ExpiredToken|InvalidClientTokenId|SignatureDoesNotMatch|InvalidAccessKeyId/.test(e.name ?? '')) {
    return new UserError(
      `${head}: the credentials were refused (${detail}): check role-to-assume or the AWS credentials in the environment`,
      { cause: err }
    )
  }
  return new UserError(
    `${head}: ${detail || 'unknown error'}: check that the service is available in aws-region and retry`,
    { cause: err }
  )
}

/** Runs one AWS call and explains its failure. */
export async function awsCall<T>(c: AwsCall, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    throw explainAwsError(err, c)
  }
}
