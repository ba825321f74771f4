import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { CsvParser, csvField } from '../../src/formats/csv.js'
import { formatOf, openReader, openWriter, type Format } from '../../src/formats/index.js'
import type { Column, Row } from '../../src/formats/table.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'formats-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

function parseAll(text: string, chunk: number): (string | null)[][] {
  const p = new CsvParser()
  const out: (string | null)[][] = []
  for (let i = 0; i < text.length; i += chunk) out.push(...p.push(text.slice(i, i + chunk)))
  out.push(...p.end())
  return out
}

describe('CsvParser', () => {
  const text = 'a,b,c\r\n1,"x, ""y""",\r\n"multi\nline",,""\n\nlast,row,"q"'
  const expected = [
    ['a', 'b', 'c'],
    ['1', 'x, "y"', null],
    ['multi\nline', null, ''],
    ['last', 'row', 'q']
  ]
  it.each([1, 2, 3, 5, 7, 1000])(
    'parses quotes, doubled quotes, CRLF and blank lines in chunks of %i',
    chunk => {
      expect(parseAll(text, chunk)).toEqual(expected)
    }
  )

  it('fails on an unterminated quote', () => {
    const p = new CsvParser()
    p.push('a,"b')
    expect(() => p.end()).toThrow(/unterminated quoted field/)
  })

  it('quotes on write only where needed and round-trips', () => {
    expect(['plain', 'a,b', 'say "hi"', '', null, ' lead'].map(csvField)).toEqual([
      'plain',
      '"a,b"',
      '"say ""hi"""',
      '""',
      '',
      '" lead"'
    ])
  })
})

const rows: Row[] = [
  { id: '1', email: 'ada@example.com', n: '42', note: 'comma, "quote"' },
  { id: '2', email: null, n: null, note: 'line\nbreak' },
  { id: '3', email: 'ümlaut@example.de', n: '-7', note: '' }
]
const columns: Column[] = [
  { name: 'id', type: 'string' },
  { name: 'email', type: 'string' },
  { name: 'n', type: 'integer' },
  { name: 'note', type: 'string' }
]

describe.each<Format>(['csv', 'jsonl', 'parquet'])('%s round trip', format => {
  it('writes and reads back the same rows and columns', async () => {
    const file = path.join(dir, `t.${format}`)
    expect(formatOf(file)).toBe(format)
    const w = await openWriter(file, format, columns)
    await w.write(rows.map(r => ({ ...r })))
    await w.close()
    const r = await openReader(file, format)
    expect(r.columns.map(c => c.name)).toEqual(['id', 'email', 'n', 'note'])
    const back: Row[] = []
    for await (const b of r.batches()) back.push(...b)
    await r.close()
    expect(back).toEqual(rows)
  })

  it('abort leaves no file', async () => {
    const file = path.join(dir, `aborted.${format}`)
    const w = await openWriter(file, format, columns)
    await w.write(rows.map(r => ({ ...r })))
    await w.abort()
    await expect(readFile(file)).rejects.toThrow()
  })
})

describe('readers', () => {
  it('reads a CSV with a BOM and reports a row with too many fields by line', async () => {
    const file = path.join(dir, 'bad.csv')
    await writeFile(file, '\ufeffa,b\n1,2\n3,4,5\n')
    const r = await openReader(file, 'csv')
    expect(r.columns.map(c => c.name)).toEqual(['a', 'b'])
    await expect(
      (async () => {
        for await (const _ of r.batches()) void _
      })()
    ).rejects.toThrow(/3 fields, the header has 2/)
  })

  it('reads many batches from a large CSV', async () => {
    const file = path.join(dir, 'big.csv')
    const lines = ['k,v', ...Array.from({ length: 10_000 }, (_, i) => `${i},"v ${i}"`)]
    await writeFile(file, lines.join('\n'))
    const r = await openReader(file, 'csv')
    let count = 0
    let batches = 0
    for await (const b of r.batches()) {
      count += b.length
      batches++
    }
    expect(count).toBe(10_000)
    expect(batches).toBeGreaterThan(1)
  })
})
