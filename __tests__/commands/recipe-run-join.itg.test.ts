/** `recipe run --join-dataset NAME=FILE`: JOIN's secondary dataset from a local file, in-process and in the worker. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { cliProcess } from '../helpers/cli-process.js'

let dir: string
const file = (name: string) => path.join(dir, name)

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'recipe-join-'))
  writeFileSync(file('customers.csv'), 'id,email\n1,a@example.com\n2,b@example.com\n3,c@example.com\n')
  writeFileSync(file('segments.csv'), 'customer,segment\n1,gold\n3,silver\n9,none\n')
  writeFileSync(
    file('recipe.json'),
    JSON.stringify([
      {
        Action: {
          Operation: 'JOIN',
          Parameters: {
            joinKeys: JSON.stringify([{ key: 'id', value: 'customer' }]),
            joinType: 'LEFT_JOIN',
            rightColumns: JSON.stringify(['segment']),
            secondaryDatasetName: 'segments'
          }
        }
      }
    ])
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const args = (out: string, ...extra: string[]) => [
  'recipe',
  'run',
  '--recipe',
  file('recipe.json'),
  '--in',
  file('customers.csv'),
  '--out',
  file(out),
  ...extra
]

describe('recipe run --join-dataset', () => {
  it('joins the named local file (in-process)', async () => {
    const r = await cli(args('a.csv', '--join-dataset', `segments=${file('segments.csv')}`))
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(readFileSync(file('a.csv'), 'utf8')).toBe(
      'id,email,segment\n1,a@example.com,gold\n2,b@example.com,\n3,c@example.com,silver\n'
    )
  })

  it('joins in the engine worker of the real CLI process', async () => {
    const r = await cliProcess(args('b.csv', '--join-dataset', `segments=${file('segments.csv')}`), {
      timeoutMs: 60_000
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('rows out: 3')
    expect(readFileSync(file('b.csv'), 'utf8')).toContain('3,c@example.com,silver')
  }, 70_000)

  it('without the flag, or with a bad one, exits with the fix named and writes nothing', async () => {
    const missing = await cli(args('c.csv'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain(
      "JOIN needs the secondary dataset 'segments' locally: pass --join-dataset segments=FILE"
    )
    const bad = await cli(args('c.csv', '--join-dataset', 'segments'))
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--join-dataset 'segments' must be NAME=FILE")
    const absent = await cli(args('c.csv', '--join-dataset', `segments=${file('nope.csv')}`))
    expect(absent.code).toBe(2)
    expect(absent.stderr).toContain('join dataset segments:')
    expect(() => readFileSync(file('c.csv'))).toThrow()
  })
})
