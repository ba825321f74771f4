/** `cleanrooms-connect check` through the CLI door: its outputs count the data files it matched, not recipes. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { testKeyPair } from '../helpers/keys.js'

let dir: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'check-'))
  mkdirSync(path.join(dir, 'exports'))
  writeFileSync(path.join(dir, 'exports', 'a.csv'), 'id\n1\n')
  writeFileSync(path.join(dir, 'exports', 'b.csv'), 'id\n2\n')
  const k = await testKeyPair('p')
  writeFileSync(path.join(dir, 'key.asc'), k.publicArmored)
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('cleanrooms-connect check', () => {
  it('prints files= the number of data files it matched', async () => {
    const r = await cli(
      ['check', '--files', 'exports/*.csv', '--dataset', 'customers', '--recipient', 'key.asc'],
      {
        cwd: dir
      }
    )
    expect(r.stderr).toContain('files: 2 matched')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('files=2\n')
    expect(r.stdout).toContain('bytes=10\n')
    expect(r.stdout).toContain('status=valid\n')
  })
})
