/** Malformed CSV fails with file:line of the bad record, never joined or misplaced (issue 8, input errors). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CsvParser, CsvSyntaxError } from '../../src/formats/csv.js'
import { openReader } from '../../src/formats/index.js'
import { cli } from '../helpers/cli.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'csv-errors-'))
  writeFileSync(path.join(dir, 'identity.json'), '[]')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Quoted fields spanning lines come first, so a line counter that counts records (or chunks) is caught. */
const BEFORE = 'id,note\n1,"two\nlines"\n2,"three\nmore\nlines"\n'

async function readError(text: string): Promise<string> {
  const file = path.join(dir, 'in.csv')
  writeFileSync(file, text)
  try {
    // Small files fail while the header is read (all in one chunk), large ones while rows are.
    const reader = await openReader(file, 'csv')
    try {
      for await (const batch of reader.batches()) void batch
    } finally {
      await reader.close()
    }
  } catch (err) {
    return (err as Error).message.replace(file, 'in.csv')
  }
  return 'no error'
}

describe('CsvParser', () => {
  it.each([1, 2, 3, 1000])('refuses "a"junk (chunks of %i) with the line of the record', chunk => {
    const p = new CsvParser()
    const text = 'a,b\n"x\ny",1\n"a"junk,2\n'
    let error: unknown
    try {
      for (let i = 0; i < text.length; i += chunk) p.push(text.slice(i, i + chunk))
      p.end()
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(CsvSyntaxError)
    expect((error as CsvSyntaxError).line).toBe(4)
  })

  it('still reads doubled quotes split across chunks', () => {
    const p = new CsvParser()
    const records = [...p.push('a\n"say "'), ...p.push('"hi"""\n'), ...p.end()]
    expect(records).toEqual([['a'], ['say "hi"']])
  })

  it('gives each record its starting line', () => {
    const p = new CsvParser()
    expect(p.push(BEFORE + '\n3,x\n')).toHaveLength(4)
    expect(p.recordLines).toEqual([1, 2, 4, 8])
  })
})

describe('the CSV reader', () => {
  it('"a"junk: file:line, not ajunk', async () => {
    expect(await readError(BEFORE + '3,"a"junk\n4,ok\n')).toBe(
      'in.csv:7: text after the closing quote of field 2 (a quote inside a quoted field must be doubled: "")'
    )
  })

  it('too many fields: the line of the bad record, after multi-line fields', async () => {
    expect(await readError(BEFORE + '3,x,extra\n4,ok\n')).toBe('in.csv:7: 3 fields, the header has 2')
  })

  it('too many fields deep in a file: the line of the bad record, not of the chunk end', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i},"n\n${i}"\n`).join('')
    // header 1 line, each row 2 lines: the bad record starts at line 2 + 2 * 50000.
    expect(await readError('id,note\n' + rows + 'bad,x,y\n' + rows)).toBe(
      `in.csv:${2 + 2 * 50_000}: 3 fields, the header has 2`
    )
  })

  it('an unterminated quote: the line where the field opens', async () => {
    expect(await readError(BEFORE + '3,"never\nclosed\n')).toBe(
      'in.csv:7: unterminated quoted field (no closing quote before the end of the file)'
    )
  })
})

describe('recipe run on malformed CSV', () => {
  it.each(['csv', 'jsonl', 'parquet'])(
    'an unterminated quote with .%s output reports the parse error and leaves nothing',
    async ext => {
      const d = mkdtempSync(path.join(dir, 'run-'))
      const input = path.join(d, 'in.csv')
      writeFileSync(input, BEFORE + '3,"never\nclosed\n')
      const r = await cli([
        'recipe',
        'run',
        '--recipe',
        path.join(dir, 'identity.json'),
        '--in',
        input,
        '--out',
        path.join(d, `out.${ext}`)
      ])
      expect(r.code).toBe(1)
      expect(r.stderr).toBe(
        `error: recipe run: ${input}:7: unterminated quoted field (no closing quote before the end of the file)\n`
      )
      expect(readdirSync(d)).toEqual(['in.csv'])
    }
  )
})
