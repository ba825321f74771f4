/**
 * The one retry loop of the project: full-jitter exponential backoff with injected sleep and randomness, so tests
 * run instantly and deterministically. The AWS SDK clients keep their own (configurable) per-request retries; this loop
 * is for the calls we sequence ourselves (OIDC token, STS, polling steps).
 */
import { UserError } from '../errors.js'

export interface RetryOptions {
  /** Total number of calls, the first included (1 = no retry). */
  attempts: number
  /** Backoff cap of the first retry; doubles per attempt. */
  baseMs: number
  /** Upper bound of any single backoff. */
  maxMs: number
  sleep?: (ms: number) => Promise<void>
  /** Uniform in [0, 1). */
  random?: () => number
  /** Default: isTransientAwsError. */
  isRetryable?: (err: unknown) => boolean
  /** Called before each sleep; `attempt` is the attempt that just failed (1-based). */
  onRetry?: (err: unknown, attempt: number, delayMs: number) => void
}

export const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

/** Full jitter (delay drawn uniformly below the exponential cap) spreads retrying runners apart. */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  const cap = Math.min(maxMs, baseMs * 2 ** (attempt - 1))
  return Math.floor(random() * cap)
}

export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  const { attempts, baseMs, maxMs } = opts
  if (!Number.isInteger(attempts) || attempts < 1)
    throw new RangeError(`retry: attempts must be an integer ≥ 1, got ${attempts}`)
  if (!(baseMs >= 0) || !(maxMs >= 0)) throw new RangeError('retry: baseMs and maxMs must be ≥ 0')
  const sleep = opts.sleep ?? defaultSleep
  const random = opts.random ?? Math.random
  const isRetryable = opts.isRetryable ?? isTransientAwsError
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn(attempt)
    } catch (err) {
      if (attempt >= attempts || !isRetryable(err)) throw err
      const delay = backoffDelay(attempt, baseMs, maxMs, random)
      opts.onRetry?.(err, attempt, delay)
      await sleep(delay)
    }
  }
}

// Error names the SDK (and S3/STS query protocols) use for throttling and transient faults; the SDK's own classifier
// (@smithy/core retry/service-error-classification) has the same lists, checked 2026-11-22.
const TRANSIENT_NAMES = new Set([
  'BandwidthLimitExceeded',
  'EC2ThrottledException',
  'LimitExceededException',
  'PriorRequestNotComplete',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'ThrottledException',
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'TransactionInProgressException',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'InternalFailure',
  'ServiceUnavailable',
  'ServiceUnavailableException',
  // STS: the identity provider (token.actions.githubusercontent.com) did not answer STS in time.
  'IDPCommunicationError',
  'IDPCommunicationErrorException'
])

// ENOTFOUND is left out on purpose (unlike the SDK): a mistyped endpoint host does not heal by waiting.
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN'
])

// STS answers InvalidIdentityToken both for a bad token (permanent) and when it could not fetch the provider's
// signing keys ("Couldn't retrieve verification key from your identity provider"), which is a passing outage.
const TOKEN_FETCH_FAILURE =
  /couldn'?t retrieve verification key|could not (?:be )?(?:fetch|retriev)|unable to (?:fetch|retrieve)/i

interface ErrorShape {
  name?: unknown
  code?: unknown
  message?: unknown
  $retryable?: unknown
  $metadata?: { httpStatusCode?: unknown }
  cause?: unknown
}

/** True for throttling, 5xx, timeouts and dropped connections; false for anything a retry cannot fix. */
export function isTransientAwsError(err: unknown, depth = 0): boolean {
  if (err === null || typeof err !== 'object') return false
  if (err instanceof UserError) return false
  const e = err as ErrorShape
  const name = typeof e.name === 'string' ? e.name : ''
  if (name === 'AbortError') return false
  if (e.$retryable !== undefined) return true
  const status = e.$metadata?.httpStatusCode
  if (typeof status === 'number' && (status === 429 || (status >= 500 && status <= 599))) return true
  if (TRANSIENT_NAMES.has(name)) return true
  if (typeof e.code === 'string' && TRANSIENT_CODES.has(e.code)) return true
  if (
    (name === 'InvalidIdentityToken' || name === 'InvalidIdentityTokenException') &&
    typeof e.message === 'string'
  ) {
    return TOKEN_FETCH_FAILURE.test(e.message)
  }
  return e.cause !== undefined && depth < 5 && isTransientAwsError(e.cause, depth + 1)
}
