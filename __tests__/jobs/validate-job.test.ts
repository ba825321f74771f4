/**
 * runValidateJob on its own (no AWS, no git: ctx.env has no GITHUB_BASE_REF): what a pull request's author reads
 * when a recipe, the policy or the sample is wrong. The action door (main.itg.test.ts) covers the example recipe, a
 * PII leak, the annotation cap and the upload-input check; the base-branch comparison is in validate-contract.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Annotation } from '../../src/jobs/context.js'
import { runValidateJob } from '../../src/jobs/validate-job.js'
import { parseSettings, type Settings } from '../../src/settings/settings.js'
import { testJobContext } from '../helpers/job-context.js'
import { renderSummary, visibleText } from '../helpers/markdown.js'

let dir: string

const LOWER_EMAIL = JSON.stringify([
  { Action: { Operation: 'LOWER_CASE', Parameters: { sourceColumn: 'email' } } }
])

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'validate-job-'))
  mkdirSync(path.join(dir, 'recipes'))
  writeFileSync(path.join(dir, 'recipes', 'lower.json'), LOWER_EMAIL)
  writeFileSync(path.join(dir, 'recipes', 'broken.json'), '[{"Action": {"Operation": "LOWER_CASE",')
  writeFileSync(
    path.join(dir, 'recipes', 'typo.json'),
    JSON.stringify([{ Action: { Operation: 'LOWER_CASE', Parameters: { sourceColumn: 'emial' } } }])
  )
  writeFileSync(path.join(dir, 'sample.csv'), 'id,email\n1,A@Example.com\n2,B@Example.com\n')
  writeFileSync(path.join(dir, 'sample.txt'), 'id,email\n1,a@example.com\n')
  writeFileSync(path.join(dir, 'broken-policy.yml'), 'version: 1\ncolumns: [unclosed\n')
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

function settings(inputs: Record<string, string>): Settings & { command: 'validate' } {
  return { ...parseSettings({ command: 'validate', ...inputs }, {}), command: 'validate' }
}

async function validate(inputs: Record<string, string>) {
  const annotations: Annotation[] = []
  const recorded = testJobContext({ cwd: dir, env: {}, annotate: a => void annotations.push(a) })
  const result = await runValidateJob(settings(inputs), recorded.ctx)
  return { result, annotations, ...recorded }
}

describe('runValidateJob: recipes', () => {
  it('runs a valid recipe on the sample and says what was checked', async () => {
    const { result, logs } = await validate({ recipes: 'recipes/lower.json', 'sample-data': 'sample.csv' })
    expect(result.failure).toBeUndefined()
    expect(result.outputs).toEqual({ status: 'valid' })
    expect(logs).toContain('recipes/lower.json: running on 2 sample row(s) (at most 2000 ms)')
    expect(logs).toContain('recipes/lower.json: valid, 2 output column(s) (no PII policy checked)')
    // The preview shows the recipe's effect.
    expect(result.summary).toContain('a@example.com')
    expect(result.summary).not.toContain('Sample not run')
  })

  it('a recipe that is not valid JSON: one failure line with file, line and column, annotated, not run', async () => {
    const { result, annotations } = await validate({
      recipes: 'recipes/broken.json',
      'sample-data': 'sample.csv'
    })
    expect(result.outputs.status).toBe('invalid')
    expect(result.failure).toMatch(/^1 problem\(s\) in 1 recipe\(s\): first: recipes\/broken\.json:1:\d+: /)
    expect(result.failure).not.toContain('\n')
    expect(annotations).toEqual([
      expect.objectContaining({ file: 'recipes/broken.json', line: 1, severity: 'error' })
    ])
    expect(visibleText(renderSummary(result.summary))).toContain('Sample not run: the recipe has errors')
  })

  it('a column the sample does not have is an error on the step, with the likely name', async () => {
    const { result } = await validate({ recipes: 'recipes/typo.json', 'sample-data': 'sample.csv' })
    expect(result.outputs.status).toBe('invalid')
    expect(result.failure).toMatch(
      /recipes\/typo\.json:\d+:\d+: step 1 \(LOWER_CASE\): column 'emial'.*'email'/
    )
  })

  it('counts the recipes with errors, not the recipes checked', async () => {
    const { result, logs } = await validate({
      recipes: 'recipes/*.json',
      'sample-data': 'sample.csv'
    })
    expect(result.failure).toMatch(/^2 problem\(s\) in 2 recipe\(s\): first: recipes\/broken\.json:/)
    // The valid one still gets its line.
    expect(logs).toContain('recipes/lower.json: valid, 2 output column(s) (no PII policy checked)')
  })

  it('without sample-data: checked but not run, and the summary says which input to set', async () => {
    const { result } = await validate({ recipes: 'recipes/lower.json' })
    expect(result.failure).toBeUndefined()
    expect(visibleText(renderSummary(result.summary))).toContain(
      "Sample not run: no sample-data input: set it to preview the recipe's output"
    )
  })

  it("recipes that match nothing: one line naming the 'recipes' input and the folder", async () => {
    await expect(validate({ recipes: 'recipe/*.json' })).rejects.toThrow(
      new Error(`input 'recipes': no files matched 'recipe/*.json' in '${dir}': check the globs`)
    )
  })
})

describe('runValidateJob: policy and sample inputs', () => {
  it('a policy file with errors fails the check on the policy file, and the failure says so', async () => {
    const { result, annotations } = await validate({
      recipes: 'recipes/lower.json',
      policy: 'broken-policy.yml'
    })
    expect(result.outputs.status).toBe('invalid')
    expect(annotations[0]).toMatchObject({ file: 'broken-policy.yml', severity: 'error' })
    expect(result.failure).toMatch(
      /^1 problem\(s\) in 0 recipe\(s\) and the policy: first: broken-policy\.yml:\d+:\d+: not valid YAML/
    )
  })

  it('a missing policy file names the policy input and the folder looked in', async () => {
    await expect(validate({ recipes: 'recipes/lower.json', policy: 'nope.yml' })).rejects.toThrow(
      /^policy .*nope\.yml cannot be read \(ENOENT\): fix the policy path/
    )
  })

  it('a missing sample file names the sample-data input and the fix', async () => {
    await expect(validate({ recipes: 'recipes/lower.json', 'sample-data': 'nope.csv' })).rejects.toThrow(
      new Error(`sample-data nope.csv: not found in '${dir}': fix sample-data`)
    )
  })

  it('a sample in a format it cannot read names the formats it can', async () => {
    await expect(validate({ recipes: 'recipes/lower.json', 'sample-data': 'sample.txt' })).rejects.toThrow(
      /^sample-data .*sample\.txt: unknown format \(use \.csv, \.jsonl or \.parquet\)$/
    )
  })
})
