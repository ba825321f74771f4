/** A directory where a file belongs is named as such, before any work (issue 8: no raw EISDIR). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'

let dir: string
let sub: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dir-args-'))
  writeFileSync(path.join(dir, 'r.json'), '[]')
  writeFileSync(path.join(dir, 'in.csv'), 'a\n1\n')
  // Named like a table, so only the directory check can catch it.
  sub = path.join(dir, 'folder.csv')
  mkdirSync(sub)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const recipeRun = (recipe: string, input: string, output: string) =>
  cli(['recipe', 'run', '--recipe', recipe, '--in', input, '--out', output, '--force'])

describe('recipe run', () => {
  it('input', async () => {
    const r = await recipeRun(path.join(dir, 'r.json'), sub, path.join(dir, 'out.csv'))
    expect(r).toMatchObject({
      code: 2,
      stderr: `error: recipe run: input ${sub} is a directory: give a file\n`
    })
  })

  it('output', async () => {
    const r = await recipeRun(path.join(dir, 'r.json'), path.join(dir, 'in.csv'), sub)
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      `error: recipe run: output ${sub} is a directory: give a file path (the output is written as one file)\n`
    )
    expect(readdirSync(sub)).toEqual([])
    expect(readdirSync(dir).filter(f => f.includes('.partial'))).toEqual([])
  })

  it('recipe', async () => {
    const r = await recipeRun(sub, path.join(dir, 'in.csv'), path.join(dir, 'out.csv'))
    expect(r).toMatchObject({
      code: 2,
      stderr: `error: recipe run: --recipe ${sub} is a directory: give a file\n`
    })
  })
})

describe('decrypt', () => {
  it.each([
    ['input', ['--key', 'r.json', '--in', 'folder.csv', '--out', 'x'], 'decrypt: input'],
    ['output', ['--key', 'r.json', '--in', 'in.csv', '--out', 'folder.csv'], 'decrypt: output'],
    ['key', ['--key', 'folder.csv', '--in', 'in.csv', '--out', 'x'], 'decrypt: --key']
  ])('%s', async (_, args, what) => {
    const r = await cli(['decrypt', ...args], { cwd: dir })
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(
      new RegExp(`^error: ${what} ${sub.replace(/[.]/g, '\\.')} is a directory: give a file`)
    )
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})
