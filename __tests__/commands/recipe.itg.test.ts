import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parquetReadObjects } from 'hyparquet'
import { asyncBufferFromFile } from 'hyparquet/src/node.js'
import { cli } from '../helpers/cli.js'

/** HMAC keys are at least 32 bytes (src/recipe/hash-key.ts). */
const LOCAL_KEY = 'local-test-key-of-at-least-32-bytes'
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'recipe-cli-'))
  writeFileSync(path.join(dir, 'key.txt'), LOCAL_KEY + '\n')
  writeFileSync(path.join(dir, 'key-b64.txt'), Buffer.from(LOCAL_KEY).toString('base64'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('recipe validate', () => {
  it('exits 0 for a valid recipe and policy', async () => {
    const r = await cli([
      'recipe',
      'validate',
      'examples/recipes/customers.json',
      '--policy',
      'examples/pii-policy.yml'
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
  })

  it('exits 1 with file:line:col lines for the unhashed-PII fixture', async () => {
    const r = await cli([
      'recipe',
      'validate',
      '__tests__/fixtures/recipes/unhashed-phone.json',
      '--policy',
      'examples/pii-policy.yml'
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^__tests__\/fixtures\/recipes\/unhashed-phone\.json:95:3: PII column 'phone'/)
  })

  it('exits 2 without files or with an unreadable one', async () => {
    expect((await cli(['recipe', 'validate'])).code).toBe(2)
    expect((await cli(['recipe', 'validate', 'nope.json'])).code).toBe(2)
  })
})

describe('recipe run', () => {
  it('runs the example recipe on the sample CSV into Parquet with hashed PII', async () => {
    const out = path.join(dir, 'out.parquet')
    const r = await cli([
      'recipe',
      'run',
      '--recipe',
      'examples/recipes/customers.json',
      '--in',
      'examples/data/customers.csv',
      '--out',
      out,
      '--hash-key-file',
      path.join(dir, 'key.txt'),
      '--hash-key-encoding',
      'utf8'
    ])
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^rows in: (\d+)\nrows out: \1\ncolumns: customer_id, email, phone/)
    const rows = (await parquetReadObjects({ file: await asyncBufferFromFile(out) })) as Record<
      string,
      string
    >[]
    const first = rows[0]!
    expect(first).not.toHaveProperty('address')
    expect(first.email).toBe(
      createHmac('sha256', LOCAL_KEY).update('noah.mller1@mail.example.net').digest('base64')
    )
    expect(first.city).toBe('Boston')
  })

  it('runs in a heap-capped worker when started as the CLI (the bundled entry)', () => {
    const out = path.join(dir, 'worker.csv')
    const stdout = execFileSync(
      process.execPath,
      [
        'dist/cli/index.js',
        'recipe',
        'run',
        '--recipe',
        'examples/recipes/customers.json',
        '--in',
        'examples/data/customers.csv',
        '--out',
        out,
        '--hash-key-file',
        path.join(dir, 'key-b64.txt') // default encoding: Base64, decoded like DataBrew's secret
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', CLEANROOMS_ENGINE_HEAP_MB: '96' } }
    )
    expect(stdout).toMatch(/^rows in: 2000\nrows out: 2000\n/)
    expect(readFileSync(out, 'utf8').split('\n')[1]).toContain(
      createHmac('sha256', LOCAL_KEY).update('noah.mller1@mail.example.net').digest('base64')
    )
  })

  it('names the step the engine cannot run and leaves no output', async () => {
    const recipe = path.join(dir, 'pivot.json')
    writeFileSync(
      recipe,
      JSON.stringify([
        {
          Action: {
            Operation: 'PIVOT',
            Parameters: { sourceColumn: 'email', valueColumn: 'phone', aggregateFunction: 'COUNT' }
          }
        }
      ])
    )
    const out = path.join(dir, 'pivot.csv')
    const r = await cli([
      'recipe',
      'run',
      '--recipe',
      recipe,
      '--in',
      'examples/data/customers.csv',
      '--out',
      out
    ])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/step 1: operation PIVOT cannot run in the local engine/)
    expect(existsSync(out)).toBe(false)
  })

  it('refuses what recipe validate calls an error, at its file:line:col, before reading the input', async () => {
    // LOWER_CASE with a misspelt sourceColumn: the engine alone would see no column and fail elsewhere or do nothing.
    const recipe = path.join(dir, 'misspelt.json')
    writeFileSync(
      recipe,
      '[\n  { "Action": { "Operation": "LOWER_CASE", "Parameters": { "sourceColum": "email" } } }\n]\n'
    )
    const out = path.join(dir, 'misspelt.csv')
    const args = ['recipe', 'run', '--recipe', recipe, '--in', 'examples/data/customers.csv', '--out', out]
    const r = await cli(args)
    expect(r.code).toBe(1)
    // One line: the first error, how many more, and that nothing ran.
    expect(r.stderr).toBe(
      `error: ${recipe}:2:3: step 1 (LOWER_CASE): unknown parameter sourceColum (did you mean sourceColumn?) (and 1 more error(s): recipe validate ${recipe} lists them): nothing was run\n`
    )
    expect(existsSync(out)).toBe(false)
    const validate = await cli(['recipe', 'validate', recipe])
    expect(validate.code).toBe(1)
  })

  it('asks for the HMAC key instead of hashing with none', async () => {
    const r = await cli(
      [
        'recipe',
        'run',
        '--recipe',
        'examples/recipes/customers.json',
        '--in',
        'examples/data/customers.csv',
        '--out',
        path.join(dir, 'x.csv')
      ],
      {
        env: {}
      }
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/needs the HMAC key: pass --hash-key-file/)
  })
})
