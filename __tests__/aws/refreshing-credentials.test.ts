/**
 * The refresh rules of refreshingCredentials on their own, with an injected clock and a counting refresh; the STS
 * round trips are in credentials.itg.test.ts.
 */
import { describe, expect, it } from '@jest/globals'
import type { AwsCredentialIdentity } from '@smithy/types'
import {
  DEFAULT_REFRESH_BEFORE_MS,
  RETRY_FAILED_REFRESH_MS,
  refreshingCredentials
} from '../../src/aws/refreshing-credentials.js'

const T0 = Date.parse('2026-11-28T12:00:00Z')
const creds = (n: number, expiresAt?: number): AwsCredentialIdentity => ({
  accessKeyId: `AKID${n}`,
  secretAccessKey: `secret${n}`,
  ...(expiresAt === undefined ? {} : { expiration: new Date(expiresAt) })
})

describe('refreshingCredentials', () => {
  it('never refreshes credentials without an expiration', async () => {
    let calls = 0
    const provider = refreshingCredentials(creds(1), () => Promise.resolve(creds(++calls + 1)), {
      now: () => T0 + 10 * 86_400_000
    })
    expect((await provider()).accessKeyId).toBe('AKID1')
    expect(calls).toBe(0)
  })

  it('refreshes exactly at the margin before expiry, and honours a custom margin', async () => {
    let clock = T0
    let calls = 0
    const exp = T0 + 3_600_000
    const provider = refreshingCredentials(
      creds(1, exp),
      () => Promise.resolve(creds(++calls + 1, exp + 3_600_000)),
      {
        now: () => clock
      }
    )
    clock = exp - DEFAULT_REFRESH_BEFORE_MS - 1
    expect((await provider()).accessKeyId).toBe('AKID1')
    clock = exp - DEFAULT_REFRESH_BEFORE_MS
    expect((await provider()).accessKeyId).toBe('AKID2')
    expect(calls).toBe(1)

    let customCalls = 0
    const custom = refreshingCredentials(
      creds(1, exp),
      () => Promise.resolve(creds(++customCalls + 1, exp * 2)),
      {
        now: () => exp - 60_000,
        refreshBeforeMs: 30_000
      }
    )
    expect((await custom()).accessKeyId).toBe('AKID1')
    expect(customCalls).toBe(0)
  })

  it('after a failed refresh waits RETRY_FAILED_REFRESH_MS, and a later success replaces the credentials', async () => {
    const exp = T0 + 3_600_000
    let clock = exp - 5 * 60_000
    const outcomes: (AwsCredentialIdentity | Error)[] = [new Error('STS down'), creds(2, exp + 3_600_000)]
    let calls = 0
    const logs: string[] = []
    const provider = refreshingCredentials(
      creds(1, exp),
      () => {
        calls++
        const next = outcomes.shift()!
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next)
      },
      { now: () => clock, log: line => logs.push(line) }
    )
    expect((await provider()).accessKeyId).toBe('AKID1')
    clock += RETRY_FAILED_REFRESH_MS - 1
    expect((await provider()).accessKeyId).toBe('AKID1')
    expect(calls).toBe(1)
    clock += 1
    expect((await provider()).accessKeyId).toBe('AKID2')
    expect(calls).toBe(2)
    expect(logs[0]).toMatch(/^could not refresh AWS credentials \(STS down\)/)
    expect(logs[1]).toMatch(/^refreshed AWS credentials \(valid until /)
    expect(logs.join('\n')).not.toContain('secret')
  })
})
