/**
 * runValidateJob's comparison with the base branch, in a real git repository (baseVersion runs `git show`): the
 * output schema diff of a changed recipe, an unchanged one, a new one, and all of it from a working directory below
 * the repository root, as `cd infra && cleanrooms-connect validate …` runs it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runValidateJob } from '../../src/jobs/validate-job.js'
import { parseSettings } from '../../src/settings/settings.js'
import { testJobContext } from '../helpers/job-context.js'
import { renderSummary, visibleText } from '../helpers/markdown.js'

const LOWER = { Action: { Operation: 'LOWER_CASE', Parameters: { sourceColumn: 'email' } } }
const RENAME = {
  Action: { Operation: 'RENAME', Parameters: { sourceColumn: 'email', targetColumn: 'email_address' } }
}
let repo: string

function git(...args: string[]): void {
  execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: repo,
      stdio: 'pipe'
    }
  )
}

function write(name: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, name)), { recursive: true })
  writeFileSync(path.join(repo, name), text)
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'validate-pr-'))
  git('init', '-q', '-b', 'main')
  write('infra/sample.csv', 'id,email\n1,A@Example.com\n')
  write('infra/recipes/changed.json', JSON.stringify([LOWER]))
  write('infra/recipes/same.json', JSON.stringify([LOWER]))
  // A recipe of the same relative name at the root, already renaming: comparing against it would say "unchanged".
  write('recipes/changed.json', JSON.stringify([LOWER, RENAME]))
  git('add', '.')
  git('commit', '-qm', 'base')
  git('checkout', '-q', '-b', 'pr')
  write('infra/recipes/changed.json', JSON.stringify([LOWER, RENAME]))
  write('infra/recipes/new.json', JSON.stringify([LOWER]))
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

async function validate(recipes: string) {
  const { ctx } = testJobContext({ cwd: path.join(repo, 'infra'), env: { GITHUB_BASE_REF: 'main' } })
  const settings = parseSettings({ command: 'validate', recipes, 'sample-data': 'sample.csv' }, {})
  const result = await runValidateJob({ ...settings, command: 'validate' }, ctx)
  return visibleText(renderSummary(result.summary))
}

describe('runValidateJob against the base branch', () => {
  it("shows a changed recipe's output schema change, from a working directory below the root", async () => {
    const text = await validate('recipes/changed.json')
    expect(text).toContain('Schema change against the base branch: added email_address removed email')
  })

  it('says an unchanged recipe left the schema unchanged', async () => {
    expect(await validate('recipes/same.json')).toContain('Schema unchanged from the base branch.')
  })

  it('says a new recipe has nothing to compare with', async () => {
    expect(await validate('recipes/new.json')).toContain(
      'No version of this recipe on the base branch to compare with.'
    )
  })
})
