/**
 * expandFiles: the `files` globs become the batch's files, named relative to the working directory, and nothing a
 * symbolic link points at outside that directory is ever matched (issue 8: `link.csv -> /etc/shadow` was accepted).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expandFiles } from '../../src/jobs/expand-files.js'
import { UsageError } from '../../src/errors.js'

let root: string
let work: string
let outside: string

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'expand-'))
  work = path.join(root, 'work')
  outside = path.join(root, 'outside')
  mkdirSync(path.join(work, 'exports/eu'), { recursive: true })
  mkdirSync(outside)
  writeFileSync(path.join(work, 'exports/customers.csv'), 'id\n1\n')
  writeFileSync(path.join(work, 'exports/eu/customers.csv'), 'id\n2\n')
  writeFileSync(path.join(outside, 'secret.csv'), 'not for upload\n')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('expandFiles', () => {
  it('names files relative to the working directory, directories kept, sorted', async () => {
    const files = await expandFiles(['exports/**/*.csv'], work, { failOnEmpty: true })
    expect(files.map(f => [f.name, f.size])).toEqual([
      ['exports/customers.csv', 5],
      ['exports/eu/customers.csv', 5]
    ])
  })

  it('accepts a symbolic link that stays inside the working directory', async () => {
    const dir = mkdtempSync(path.join(work, 'inner-'))
    symlinkSync(path.join(work, 'exports/customers.csv'), path.join(dir, 'alias.csv'))
    const [file] = await expandFiles([`${path.basename(dir)}/alias.csv`], work, { failOnEmpty: true })
    expect(file!.name).toBe(`${path.basename(dir)}/alias.csv`)
    expect(file!.path).toBe(path.join(work, 'exports/customers.csv'))
  })

  it('refuses a file that is a symbolic link to a file outside the working directory', async () => {
    const dir = mkdtempSync(path.join(work, 'link-'))
    symlinkSync(path.join(outside, 'secret.csv'), path.join(dir, 'link.csv'))
    const err = await expandFiles([`${path.basename(dir)}/*.csv`], work, { failOnEmpty: true }).catch(e => e)
    expect(err).toBeInstanceOf(UsageError)
    expect(err.message).toMatch(
      /^input 'files': 'link-\w+\/link\.csv' is a symbolic link to '.*secret\.csv', outside working-directory/
    )
    expect(err.message).not.toContain('\n')
  })

  it('refuses files reached through a symbolic link to a directory outside it', async () => {
    const dir = mkdtempSync(path.join(work, 'dirlink-'))
    symlinkSync(outside, path.join(dir, 'elsewhere'))
    await expect(
      expandFiles([`${path.basename(dir)}/elsewhere/*.csv`], work, { failOnEmpty: true })
    ).rejects.toThrow(/outside working-directory/)
  })

  it('refuses patterns that leave the working directory, and an empty match unless allowed', async () => {
    await expect(expandFiles(['../outside/*.csv'], work, { failOnEmpty: true })).rejects.toThrow(
      /points outside working-directory/
    )
    await expect(expandFiles(['nothing/*.csv'], work, { failOnEmpty: true })).rejects.toThrow(
      /no files matched/
    )
    expect(await expandFiles(['nothing/*.csv'], work, { failOnEmpty: false })).toEqual([])
  })
})
