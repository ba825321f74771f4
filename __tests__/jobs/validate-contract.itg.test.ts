/**
 * The pull-request check of the collaboration contract through the action door, in a real git repository whose base
 * branch holds the previous contract and recipe (issue 13: "a schema change that a partner's query would notice,
 * summarised as a diff"; "a type change of a join column").
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { run } from '../../src/main.js'
import { fakeRunner } from '../helpers/action-runner.js'

const FILES = [
  'examples/cleanrooms.yml',
  'examples/recipes/customers.json',
  'examples/pii-policy.yml',
  'examples/data/customers.csv'
]
let repo: string

const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: repo,
    stdio: 'pipe'
  })

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'contract-pr-'))
  for (const f of FILES) {
    mkdirSync(path.dirname(path.join(repo, f)), { recursive: true })
    cpSync(f, path.join(repo, f))
  }
  git('init', '-q', '-b', 'main')
  git('add', '.')
  git('commit', '-qm', 'base')
  git('checkout', '-q', '-b', 'pr')
})
afterAll(() => rmSync(repo, { recursive: true, force: true }))

/** The PR branch's working tree: the base files with `edits` applied to `file`. */
function change(file: string, ...edits: [string, string][]) {
  git('checkout', '-q', '--', '.')
  let text = readFileSync(path.join(repo, file), 'utf8')
  for (const [from, to] of edits) {
    expect(text).toContain(from)
    text = text.replace(from, to)
  }
  writeFileSync(path.join(repo, file), text)
}

async function validate(env: NodeJS.ProcessEnv = { GITHUB_BASE_REF: 'main' }) {
  const io = fakeRunner({
    inputs: {
      command: 'validate',
      contract: 'examples/cleanrooms.yml',
      policy: 'examples/pii-policy.yml',
      'sample-data': 'examples/data/customers.csv'
    },
    workspace: repo,
    env
  })
  await run(io)
  return io
}

const DROP_STATE: [string, string][] = [
  [
    'allowedColumns: [customer_id, email, phone, city, state, country]',
    'allowedColumns: [customer_id, email, phone, city, country]'
  ],
  ['dimensionColumns: [city, state, country]', 'dimensionColumns: [city, country]']
]

describe('command validate: the contract against the base branch', () => {
  it('says an unchanged contract is unchanged for partners', async () => {
    change('examples/cleanrooms.yml')
    const io = await validate()
    expect(io.failed).toBeUndefined()
    expect(io.summary).toContain('Unchanged for partners against the base branch.')
    expect(io.logs).toContain(
      'examples/cleanrooms.yml: configured table customers, AGGREGATION rule, holds for examples/recipes/customers.json; 0 change(s) against the base branch'
    )
  })

  it('fails a pull request that removes a column partners may use, with the fix, and lists the diff', async () => {
    change('examples/cleanrooms.yml', ...DROP_STATE)
    const io = await validate()
    expect(io.failed).toMatch(
      /^2 problem\(s\) in 0 recipe\(s\) and the contract: first: examples\/cleanrooms\.yml:10:3: allowed column state removed: partners' queries that use it would fail; if partners have agreed, raise revision \(now 1\) in examples\/cleanrooms\.yml$/
    )
    expect(io.annotations).toEqual([
      expect.stringMatching(/^error examples\/cleanrooms\.yml:10:3 allowed column state removed/),
      expect.stringMatching(/^error examples\/cleanrooms\.yml:14:3 dimension column state removed/)
    ])
    expect(io.summary).toContain('**Changes for partners against the base branch** (revision 1 → 1):')
    expect(io.summary).toContain(
      "- ❌ breaking: allowed column state removed: partners' queries that use it would fail"
    )
  })

  it('accepts the same change with a raised revision, as warnings', async () => {
    change('examples/cleanrooms.yml', ...DROP_STATE, ['version: 1\n', 'version: 1\nrevision: 2\n'])
    const io = await validate()
    expect(io.failed).toBeUndefined()
    expect(io.annotations).toEqual([
      expect.stringMatching(/^warning .*allowed column state removed: .* \(accepted with revision 1 → 2\)$/),
      expect.stringMatching(/^warning .*dimension column state removed: .* \(accepted with revision 1 → 2\)$/)
    ])
    expect(io.summary).toContain('(revision 1 → 2)')
    expect(io.summary).toContain('- ⚠️ breaking, accepted by the new revision: allowed column state removed')
  })

  it('fails a recipe change that changes the type of an allowed column, found by running the base recipe too', async () => {
    change('examples/recipes/customers.json', [
      '[\n',
      '[\n  { "Action": { "Operation": "CHANGE_DATA_TYPE", "Parameters": { "sourceColumn": "customer_id", "columnDataType": "integer" } } },\n'
    ])
    const io = await validate()
    expect(io.annotations).toContainEqual(
      expect.stringMatching(
        /^error examples\/cleanrooms\.yml:12:\d+ column customer_id changes type from string to integer: partners' queries may fail or change meaning; if partners have agreed, raise revision/
      )
    )
    expect(io.outputs.status).toBe('invalid')
  })

  it('fails a recipe change that retypes a join column, naming the join', async () => {
    // After the hash: a hash step itself always yields text.
    change('examples/recipes/customers.json', [
      '  }\n]\n',
      '  },\n  { "Action": { "Operation": "CHANGE_DATA_TYPE", "Parameters": { "sourceColumn": "phone", "columnDataType": "integer" } } }\n]\n'
    ])
    const io = await validate()
    expect(io.annotations).toContainEqual(
      expect.stringMatching(
        /^error examples\/cleanrooms\.yml:\d+:\d+ join column phone changes type from string to integer: partners' join on it would no longer match/
      )
    )
  })

  it('fails a recipe change that drops an allowed column or stops hashing a join column', async () => {
    change(
      'examples/recipes/customers.json',
      ['"sourceColumns": "[\\"address\\"]"', '"sourceColumns": "[\\"address\\",\\"city\\"]"'],
      ['\\"email\\",\\"phone\\",', '\\"email\\",']
    )
    const io = await validate()
    expect(io.annotations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^error examples\/cleanrooms\.yml:\d+:\d+ allowed column city is not in the recipe's output/
        ),
        expect.stringMatching(
          /^error examples\/cleanrooms\.yml:\d+:\d+ join column phone is not hashed by the recipe/
        )
      ])
    )
  })

  it('refuses a revision that goes down', async () => {
    git('checkout', '-q', '--', '.')
    change('examples/cleanrooms.yml', ['version: 1\n', 'version: 1\nrevision: 3\n'])
    git('commit', '-qam', 'revision 3')
    git('branch', '-f', 'main', 'HEAD')
    change('examples/cleanrooms.yml', ['revision: 3', 'revision: 2'])
    const io = await validate()
    expect(io.failed).toMatch(
      /first: examples\/cleanrooms\.yml:\d+:\d+: revision went down from 3 to 2: a revision only goes up$/
    )
  })

  it('says when there is no base branch to compare with', async () => {
    git('checkout', '-q', '--', '.')
    const io = await validate({ GITHUB_BASE_REF: '' })
    expect(io.failed).toBeUndefined()
    expect(io.summary).toContain('No version of this contract on the base branch to compare with.')
  })
})
