/**
 * baseVersion against real git repositories (it runs `git show`): a pull request's checkout with the base branch
 * fetched, a shallow one without it, a file new on the branch, and a working directory below the repository root.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { baseVersion } from '../../src/jobs/base-version.js'

const IDENTITY = [
  '-c',
  'user.name=test',
  '-c',
  'user.email=test@example.com',
  '-c',
  'commit.gpgsign=false',
  '-c',
  'init.defaultBranch=main'
]

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...IDENTITY, ...args], { cwd, encoding: 'utf8', stdio: 'pipe' })
}

function write(root: string, name: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
  writeFileSync(path.join(root, name), text)
}

function commitAll(cwd: string, message: string): void {
  git(cwd, 'add', '-A')
  git(cwd, 'commit', '-q', '-m', message)
}

const PR = { GITHUB_BASE_REF: 'main' }
let dir: string
/** The repository the pull request targets: main, and the branch `feature` that changes the recipes. */
let origin: string
/** A full clone on the feature branch, as actions/checkout with fetch-depth: 0 leaves it. */
let full: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'base-version-'))
  origin = path.join(dir, 'origin')
  mkdirSync(origin)
  git(origin, 'init', '-q')
  write(origin, 'recipes/customers.json', 'base: root recipe')
  write(origin, 'infra/recipes/customers.json', 'base: infra recipe')
  commitAll(origin, 'base')
  git(origin, 'checkout', '-q', '-b', 'feature')
  write(origin, 'recipes/customers.json', 'branch: root recipe')
  write(origin, 'infra/recipes/customers.json', 'branch: infra recipe')
  write(origin, 'recipes/new.json', 'branch: new recipe')
  commitAll(origin, 'change the recipes')
  git(origin, 'checkout', '-q', 'main')

  full = path.join(dir, 'full')
  git(dir, 'clone', '-q', '--branch', 'feature', origin, full)
}, 30_000)

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('baseVersion', () => {
  it("reads the file on the base branch, not the pull request's copy", async () => {
    expect(await baseVersion(PR, full, 'recipes/customers.json')).toBe('base: root recipe')
  })

  it('is undefined outside a pull request (no GITHUB_BASE_REF, or a blank one)', async () => {
    expect(await baseVersion({}, full, 'recipes/customers.json')).toBeUndefined()
    expect(await baseVersion({ GITHUB_BASE_REF: '  ' }, full, 'recipes/customers.json')).toBeUndefined()
  })

  it('never passes a base ref that git would read as an option (git show --output=… writes a file)', async () => {
    // `--output=<dir>/out` followed by `:./recipes/customers.json` names a file git can create once its folder exists.
    const folder = path.join(dir, 'out:.', 'recipes')
    mkdirSync(folder, { recursive: true })
    const ref = `--output=${path.join(dir, 'out')}`
    expect(await baseVersion({ GITHUB_BASE_REF: ref }, full, 'recipes/customers.json')).toBeUndefined()
    expect(readdirSync(folder)).toEqual([])
  })

  it('trims the base ref', async () => {
    expect(await baseVersion({ GITHUB_BASE_REF: ' main\n' }, full, 'recipes/customers.json')).toBe(
      'base: root recipe'
    )
  })

  it('is undefined for a file new on the branch', async () => {
    expect(await baseVersion(PR, full, 'recipes/new.json')).toBeUndefined()
  })

  it('is undefined in a shallow checkout that never fetched the base branch (fetch-depth: 1)', async () => {
    const shallow = path.join(dir, 'shallow')
    git(dir, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, shallow)
    expect(await baseVersion(PR, shallow, 'recipes/customers.json')).toBeUndefined()
  })

  it('reads a local base branch when there is no remote one', async () => {
    const local = path.join(dir, 'local')
    git(dir, 'clone', '-q', '--branch', 'main', origin, local)
    git(local, 'checkout', '-q', 'feature')
    git(local, 'remote', 'remove', 'origin')
    expect(await baseVersion(PR, local, 'recipes/customers.json')).toBe('base: root recipe')
  })

  it('prefers origin/<base> to a stale local branch of the same name', async () => {
    const stale = path.join(dir, 'stale')
    git(dir, 'clone', '-q', '--branch', 'main', origin, stale)
    write(stale, 'recipes/customers.json', 'stale: local main')
    commitAll(stale, 'local change')
    git(stale, 'checkout', '-q', 'feature')
    expect(await baseVersion(PR, stale, 'recipes/customers.json')).toBe('base: root recipe')
  })

  it('reads the path relative to a working directory below the repository root', async () => {
    // The CLI runs in the shell's directory: `cd infra && cleanrooms-connect validate --recipes 'recipes/*.json'`.
    expect(await baseVersion(PR, path.join(full, 'infra'), 'recipes/customers.json')).toBe(
      'base: infra recipe'
    )
  })

  it('is undefined outside a git repository', async () => {
    expect(await baseVersion(PR, dir, 'recipes/customers.json')).toBeUndefined()
  })
})
