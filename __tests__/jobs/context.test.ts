/** The CLI's job context: plain stderr lines, no OIDC, and waits that a cancel (Ctrl-C) ends at once. */
import { describe, expect, it } from '@jest/globals'
import { cliContext } from '../../src/jobs/context.js'

function context(signal?: AbortSignal) {
  let stderr = ''
  const ctx = cliContext({
    env: { AWS_REGION: 'eu-west-1' },
    cwd: '/work/repo',
    stderr: t => void (stderr += t),
    signal
  })
  return { ctx, stderr: () => stderr }
}

describe('cliContext', () => {
  it('writes log and warning lines to stderr, one per line, warnings marked', () => {
    const { ctx, stderr } = context()
    ctx.log('uploaded 2 file(s)')
    ctx.warn('no timeline in the summary')
    expect(stderr()).toBe('uploaded 2 file(s)\nwarning: no timeline in the summary\n')
  })

  it('passes env, cwd and the signal through, and has no annotations or progress hooks', () => {
    const controller = new AbortController()
    const { ctx } = context(controller.signal)
    expect(ctx.env).toEqual({ AWS_REGION: 'eu-west-1' })
    expect(ctx.cwd).toBe('/work/repo')
    expect(ctx.signal).toBe(controller.signal)
    // The CLI prints problems itself; no batch or execution is saved for a post step.
    expect(ctx.annotate).toBeUndefined()
    expect(ctx.onBatch).toBeUndefined()
    expect(ctx.onExecution).toBeUndefined()
  })

  it('has no OIDC token: asking for one rejects with a message that says why', async () => {
    await expect(context().ctx.getIDToken('sts.amazonaws.com')).rejects.toThrow(
      'no GitHub OIDC token outside GitHub Actions'
    )
  })

  it('never prints what it is asked to mask (there is no log to hide it from)', () => {
    const { ctx, stderr } = context()
    ctx.mask('AKIA-SECRET')
    expect(stderr()).toBe('')
  })

  it('uses the real clock', () => {
    const before = Date.now()
    const t = context().ctx.now()
    expect(t).toBeGreaterThanOrEqual(before)
    expect(t).toBeLessThanOrEqual(Date.now())
  })

  it('sleeps for real, and a cancel ends a long wait at once', async () => {
    const { ctx } = context()
    let t = Date.now()
    await ctx.sleep(50)
    expect(Date.now() - t).toBeGreaterThanOrEqual(45)

    const controller = new AbortController()
    t = Date.now()
    setTimeout(() => controller.abort(), 20)
    await ctx.sleep(60_000, controller.signal)
    expect(Date.now() - t).toBeLessThan(5_000)

    // Already cancelled: no wait at all.
    t = Date.now()
    await ctx.sleep(60_000, controller.signal)
    expect(Date.now() - t).toBeLessThan(1_000)
  }, 10_000)
})
