/**
 * The chunked run (src/recipe/parallel.ts) through the bundled CLI, where its worker threads exist: same rows as the
 * one-thread engine in-process, and errors that name the line in a later chunk. Needs `npm run bundle` first.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { asyncBufferFromFile } from 'hyparquet/src/node.js'
import { runRecipeFile } from '../../src/recipe/run-file.js'
import type { Recipe } from '../../src/recipe/model.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'parallel-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const key = Buffer.alloc(32, 3)
const actions: { Operation: string; Parameters: Record<string, string> }[] = [
  {
    Operation: 'REMOVE_COMBINED',
    Parameters: { sourceColumn: 'email', removeLeadingAndTrailingWhitespace: 'true' }
  },
  { Operation: 'LOWER_CASE', Parameters: { sourceColumn: 'email' } },
  {
    Operation: 'CRYPTOGRAPHIC_HASH',
    Parameters: { sourceColumns: '["email"]', algorithm: 'HMAC_SHA256', secretId: 'AwsGlueDataBrew-test' }
  }
]
const recipe: Recipe = {
  file: 'r.json',
  steps: actions.map((a, i) => ({
    number: i + 1,
    operation: a.Operation,
    parameters: a.Parameters,
    conditions: [],
    location: { line: i + 1, column: 1 }
  }))
}

function cli(input: string, out: string): string {
  const recipeFile = path.join(dir, 'r.json')
  writeFileSync(recipeFile, JSON.stringify(actions.map(Action => ({ Action }))))
  const keyFile = path.join(dir, 'key.txt')
  writeFileSync(keyFile, key.toString('base64'))
  return execFileSync(
    process.execPath,
    [
      'dist/cli/index.js',
      'recipe',
      'run',
      '--recipe',
      recipeFile,
      '--in',
      input,
      '--out',
      out,
      '--hash-key-file',
      keyFile
    ],
    {
      encoding: 'utf8',
      stdio: 'pipe',
      env: { ...process.env, NODE_OPTIONS: '', CLEANROOMS_ENGINE_THREADS: '2' }
    }
  )
}

// ~14 MB: four chunks of 4 Mi characters; every record has a quoted line break.
const pad = 'p'.repeat(100)
const lines = ['id,email,note']
for (let i = 0; i < 100_000; i++)
  lines.push(`${i}, Ann.${i}@Example.com ,"a, ""b""\nc ${i % 13 === 0 ? '' : pad}"`)

describe('a recipe run in chunks across worker threads (bundled CLI)', () => {
  it('writes the rows the one-thread engine writes, in order, in several row groups', async () => {
    const input = path.join(dir, 'in.csv')
    writeFileSync(input, lines.join('\r\n') + '\r\n')
    const ours = path.join(dir, 'chunked.parquet')
    expect(cli(input, ours)).toMatch(/^rows in: 100000\nrows out: 100000\n/)
    const single = path.join(dir, 'single.parquet')
    await runRecipeFile(recipe, input, single, { hashKey: key })
    const file = await asyncBufferFromFile(ours)
    expect((await parquetMetadataAsync(file)).row_groups.length).toBeGreaterThan(2)
    const a = await parquetReadObjects({ file })
    const b = await parquetReadObjects({ file: await asyncBufferFromFile(single) })
    expect(a).toEqual(b)
  }, 120_000)

  it('names the line of a bad record in a later chunk, as the one-thread engine does', async () => {
    const input = path.join(dir, 'bad.csv')
    const bad = [...lines]
    bad[90_000] = '1,2,3,4'
    writeFileSync(input, bad.join('\n') + '\n')
    // Every record before it spans two lines (a quoted line break): it starts on line 1 + 2 × 89,999 + 1.
    const single = runRecipeFile(recipe, input, path.join(dir, 'bad-single.parquet'), { hashKey: key })
    await expect(single).rejects.toThrow(`bad.csv:180000: 4 fields, the header has 3`)
    expect(() => cli(input, path.join(dir, 'bad.parquet'))).toThrow(
      `bad.csv:180000: 4 fields, the header has 3`
    )
    expect(existsSync(path.join(dir, 'bad.parquet'))).toBe(false)
  }, 120_000)

  it('names the same line as the one-thread engine in a later chunk of a file whose records end in a lone CR', async () => {
    const input = path.join(dir, 'cr.csv')
    const bad = [...lines]
    bad[90_000] = '1,2,3,4'
    writeFileSync(input, '\uFEFF' + bad.join('\r') + '\r')
    // CsvParser counts a lone CR as a line break (the quoted \n in each record is one too): line 1 + 2 × 89,999 + 1.
    const single = runRecipeFile(recipe, input, path.join(dir, 'cr-single.parquet'), { hashKey: key })
    await expect(single).rejects.toThrow('cr.csv:180000: 4 fields, the header has 3')
    expect(() => cli(input, path.join(dir, 'cr.parquet'))).toThrow(
      'cr.csv:180000: 4 fields, the header has 3'
    )
  }, 120_000)

  it('names the line of bytes that are not UTF-8 in a later chunk, as the one-thread engine does', async () => {
    const input = path.join(dir, 'latin1.csv')
    const bad = [...lines]
    bad[90_000] = '90000,Zo\u00eb@example.com,x'
    writeFileSync(input, Buffer.from(bad.join('\n') + '\n', 'latin1'))
    const message = 'latin1.csv:180000: not valid UTF-8 (byte 0xEB): save or convert the file as UTF-8'
    const single = runRecipeFile(recipe, input, path.join(dir, 'latin1-single.parquet'), { hashKey: key })
    await expect(single).rejects.toThrow(message)
    expect(() => cli(input, path.join(dir, 'latin1.parquet'))).toThrow(message)
  }, 120_000)
})
