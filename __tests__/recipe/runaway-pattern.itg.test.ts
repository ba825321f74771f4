/**
 * A recipe pattern from a pull request must not hold the runner (issue 8 item 2): the validator refuses nested
 * quantifiers before anything runs, validate's sample run stops at its budget, and SIGTERM ends a recipe run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cliProcess } from '../helpers/cli-process.js'

let dir: string
const recipe = (pattern: string) =>
  JSON.stringify(
    [{ Action: { Operation: 'REPLACE_TEXT', Parameters: { sourceColumn: 'name', pattern, value: 'x' } } }],
    null,
    2
  )

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'runaway-'))
  writeFileSync(path.join(dir, 'nested.json'), recipe('(a+)+$'))
  // Polynomial backtracking (O(n^6)) that no static check of ours catches: only a bound stops it.
  writeFileSync(path.join(dir, 'poly.json'), recipe('a*a*a*a*a*a*b'))
  writeFileSync(path.join(dir, 'sample.csv'), `name\n${'a'.repeat(3000)}\n`)
  writeFileSync(path.join(dir, 'big.csv'), `name\n${`${'a'.repeat(3000)}\n`.repeat(50)}`)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('runaway recipe patterns', () => {
  it('recipe validate refuses a nested quantifier on its step, before running anything', async () => {
    const r = await cliProcess(['recipe', 'validate', 'nested.json'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /^nested\.json:2:3: step 1 \(REPLACE_TEXT\): pattern `\(a\+\)\+\$` nested quantifiers .* exponential time/m
    )
  })

  it('recipe run refuses it too, before writing anything', async () => {
    const r = await cliProcess(
      ['recipe', 'run', '--recipe', 'nested.json', '--in', 'sample.csv', '--out', 'o.csv'],
      {
        cwd: dir
      }
    )
    expect(r.code).not.toBe(0)
    // recipe run validates first (issue 10), so the validator's wording names the step.
    expect(r.stderr).toMatch(/step 1 \(REPLACE_TEXT\): pattern `\(a\+\)\+\$` nested quantifiers/)
    expect(readdirSync(dir).filter(f => f.startsWith('o.csv'))).toEqual([])
  })

  it("validate's sample run stops at its budget and names the step and pattern; SIGTERM meanwhile ends it non-zero", async () => {
    let signalledAt = 0
    const r = await cliProcess(
      ['check', '--recipes', 'poly.json', '--sample-data', 'sample.csv', '--dataset', 'd'],
      {
        cwd: dir,
        onStderr: (text, child) => {
          if (signalledAt === 0 && text.includes('poly.json: running on 1 sample row(s)')) {
            signalledAt = -1
            setTimeout(() => {
              signalledAt = Date.now()
              child.kill('SIGTERM')
            }, 1000)
          }
        }
      }
    )
    const afterSignal = Date.now() - signalledAt
    expect(signalledAt).toBeGreaterThan(0)
    expect(afterSignal).toBeLessThan(2000)
    expect(r.code === 0).toBe(false)
    expect(r.stderr).toContain(
      'poly.json:2:3: step 1 (REPLACE_TEXT): the sample run of poly.json stopped after 2000 ms in REPLACE_TEXT pattern `a*a*a*a*a*a*b`'
    )
  }, 60_000)

  it('SIGTERM ends a recipe run stuck in a pattern within 2 s, non-zero', async () => {
    let child: ChildProcess | undefined
    const run = cliProcess(['recipe', 'run', '--recipe', 'poly.json', '--in', 'big.csv', '--out', 'p.csv'], {
      cwd: dir,
      onSpawn: c => void (child = c)
    })
    // The engine's worker opens its temp output before the first row: then the run is under way.
    const started = (async () => {
      while (!readdirSync(dir).some(f => f.startsWith('p.csv.partial-')))
        await new Promise(resolve => setTimeout(resolve, 50))
      await new Promise(resolve => setTimeout(resolve, 1000))
      return 'running'
    })()
    expect(await Promise.race([started, run.then(() => 'ended')])).toBe('running')
    const signalledAt = Date.now()
    child!.kill('SIGTERM')
    const r = await run
    expect(Date.now() - signalledAt).toBeLessThan(2000)
    expect(r.code === 0).toBe(false)
  }, 60_000)
})
