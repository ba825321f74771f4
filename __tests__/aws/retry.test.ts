import { describe, expect, it } from '@jest/globals'
import { UserError } from '../../src/errors.js'
import { backoffDelay, isTransientAwsError, retry } from '../../src/aws/retry.js'

function recorder() {
  const slept: number[] = []
  return { slept, sleep: async (ms: number) => void slept.push(ms) }
}

const transient = () =>
  Object.assign(new Error('slow down'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } })

describe('retry', () => {
  it('returns the first success and passes the attempt number', async () => {
    const { slept, sleep } = recorder()
    const seen: number[] = []
    const out = await retry(
      async attempt => {
        seen.push(attempt)
        if (attempt < 3) throw transient()
        return 'ok'
      },
      { attempts: 5, baseMs: 100, maxMs: 10_000, sleep, random: () => 0.5 }
    )
    expect(out).toBe('ok')
    expect(seen).toEqual([1, 2, 3])
    // full jitter: random × min(max, base × 2^(attempt-1)) → 0.5×100, 0.5×200
    expect(slept).toEqual([50, 100])
  })

  it('keeps every delay within [0, min(maxMs, baseMs·2^(n-1))) and caps at maxMs', async () => {
    const { slept, sleep } = recorder()
    const onRetry: Array<[number, number]> = []
    await expect(
      retry(
        async () => {
          throw transient()
        },
        {
          attempts: 8,
          baseMs: 100,
          maxMs: 1_000,
          sleep,
          random: () => 0.999999,
          onRetry: (_e, a, d) => onRetry.push([a, d])
        }
      )
    ).rejects.toThrow('slow down')
    expect(slept).toEqual([99, 199, 399, 799, 999, 999, 999])
    expect(onRetry.map(([a]) => a)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(onRetry.map(([, d]) => d)).toEqual(slept)
    expect(backoffDelay(1, 100, 1_000, () => 0)).toBe(0)
    expect(backoffDelay(30, 100, 1_000, () => 0.5)).toBe(500)
  })

  it('stops at once on a non-retryable error', async () => {
    const { slept, sleep } = recorder()
    let calls = 0
    const denied = Object.assign(new Error('no'), {
      name: 'AccessDenied',
      $metadata: { httpStatusCode: 403 }
    })
    await expect(
      retry(
        async () => {
          calls++
          throw denied
        },
        { attempts: 5, baseMs: 10, maxMs: 100, sleep }
      )
    ).rejects.toBe(denied)
    expect(calls).toBe(1)
    expect(slept).toEqual([])
  })

  it('throws the last error when attempts are exhausted', async () => {
    const { slept, sleep } = recorder()
    let calls = 0
    await expect(
      retry(
        async attempt => {
          calls++
          throw Object.assign(new Error(`fail ${attempt}`), { code: 'ECONNRESET' })
        },
        { attempts: 3, baseMs: 10, maxMs: 100, sleep, random: () => 0 }
      )
    ).rejects.toThrow('fail 3')
    expect(calls).toBe(3)
    expect(slept).toEqual([0, 0])
  })

  it('honours a custom isRetryable and rejects bad attempts', async () => {
    const { sleep } = recorder()
    let calls = 0
    await expect(
      retry(
        async () => {
          calls++
          throw new Error('plain')
        },
        { attempts: 2, baseMs: 1, maxMs: 1, sleep, isRetryable: () => true }
      )
    ).rejects.toThrow('plain')
    expect(calls).toBe(2)
    await expect(retry(async () => 1, { attempts: 0, baseMs: 1, maxMs: 1 })).rejects.toThrow(RangeError)
  })
})

describe('isTransientAwsError', () => {
  const err = (props: Record<string, unknown>, message = 'x') => Object.assign(new Error(message), props)
  it.each([
    ['throttling by name', err({ name: 'Throttling' })],
    ['SlowDown', err({ name: 'SlowDown' })],
    ['429', err({ name: 'Whatever', $metadata: { httpStatusCode: 429 } })],
    ['503', err({ name: 'ServiceUnavailable', $metadata: { httpStatusCode: 503 } })],
    ['500 unnamed', err({ name: 'Unknown', $metadata: { httpStatusCode: 500 } })],
    ['TimeoutError', err({ name: 'TimeoutError' })],
    ['RequestTimeout', err({ name: 'RequestTimeout' })],
    ['ECONNRESET', err({ code: 'ECONNRESET' })],
    ['ETIMEDOUT', err({ code: 'ETIMEDOUT' })],
    ['EPIPE', err({ code: 'EPIPE' })],
    ['$retryable', err({ name: 'Custom', $retryable: {} })],
    ['IDPCommunicationError', err({ name: 'IDPCommunicationErrorException' })],
    [
      'InvalidIdentityToken, verification key not fetched',
      err(
        { name: 'InvalidIdentityTokenException' },
        "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements"
      )
    ],
    ['transient cause', err({ name: 'Wrapper', cause: err({ code: 'ECONNRESET' }) })]
  ])('%s is transient', (_label, e) => {
    expect(isTransientAwsError(e)).toBe(true)
  })

  it.each([
    ['AccessDenied', err({ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } })],
    [
      'InvalidIdentityToken (bad token)',
      err({ name: 'InvalidIdentityTokenException' }, 'Incorrect token audience')
    ],
    ['ExpiredToken', err({ name: 'ExpiredTokenException', $metadata: { httpStatusCode: 400 } })],
    ['AbortError even with $retryable', err({ name: 'AbortError', $retryable: {} })],
    ['UserError', new UserError('fix your input')],
    ['ENOTFOUND', err({ code: 'ENOTFOUND' })],
    ['a string', 'boom'],
    ['undefined', undefined]
  ])('%s is not transient', (_label, e) => {
    expect(isTransientAwsError(e)).toBe(false)
  })
})
