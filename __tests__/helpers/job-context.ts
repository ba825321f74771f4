/**
 * A JobContext for driving the jobs directly (no action, no CLI): static test credentials, no OIDC, instant sleeps,
 * and the log and warning lines recorded. Overrides replace any field (a recorder for onBatch, a shared log).
 */
import type { JobContext } from '../../src/jobs/context.js'

export interface RecordedJobContext {
  ctx: JobContext
  logs: string[]
  warnings: string[]
}

export function testJobContext(o: Partial<JobContext> & { cwd: string }): RecordedJobContext {
  const logs: string[] = []
  const warnings: string[] = []
  const ctx: JobContext = {
    env: { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' },
    log: line => void logs.push(line),
    warn: line => void warnings.push(line),
    mask: () => {},
    getIDToken: () => Promise.reject(new Error('no OIDC in tests')),
    now: Date.now,
    sleep: () => Promise.resolve(),
    ...o
  }
  return { ctx, logs, warnings }
}
