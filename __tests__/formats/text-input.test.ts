/**
 * Text inputs are read exactly (issue 8: invalid UTF-8 and deep JSON; issue 10: header names): invalid UTF-8 fails at
 * file:line instead of becoming U+FFFD that is then hashed, a CSV header keeps its spaces, deep JSON fails with the
 * depth limit instead of "Maximum call stack size exceeded".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openReader } from '../../src/formats/index.js'
import { MAX_JSON_DEPTH } from '../../src/formats/jsonl.js'
import { firstInvalidUtf8, StrictUtf8Decoder } from '../../src/formats/utf8.js'
import { cli } from '../helpers/cli.js'

let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'text-input-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function readAll(
  name: string,
  bytes: Buffer | string
): Promise<{ columns: string[]; rows: unknown[] }> {
  const file = path.join(dir, name)
  writeFileSync(file, bytes)
  const reader = await openReader(file, name.endsWith('.csv') ? 'csv' : 'jsonl')
  try {
    const rows: unknown[] = []
    for await (const batch of reader.batches()) rows.push(...batch.map(r => ({ ...r })))
    return { columns: reader.columns.map(c => c.name), rows }
  } finally {
    await reader.close()
  }
}

async function readError(name: string, bytes: Buffer | string): Promise<string> {
  try {
    await readAll(name, bytes)
  } catch (err) {
    return (err as Error).message.replace(path.join(dir, name), name)
  }
  return 'no error'
}

describe('firstInvalidUtf8', () => {
  it.each([
    ['ascii', [0x61, 0x62], -1],
    ['é', [0xc3, 0xa9], -1],
    ['€ and 𝄞', [0xe2, 0x82, 0xac, 0xf0, 0x9d, 0x84, 0x9e], -1],
    ['Latin-1 é', [0x61, 0xe9, 0x62], 1],
    ['lone continuation', [0x80], 0],
    ['overlong /', [0xc0, 0xaf], 0],
    ['overlong 3-byte', [0xe0, 0x80, 0xaf], 0],
    ['UTF-16 surrogate', [0xed, 0xa0, 0x80], 0],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['cut at the end (carried to the next chunk)', [0x61, 0xe2, 0x82], -1]
  ])('%s', (_name, bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected)
  })

  it('agrees with a fatal TextDecoder on every 2-byte sequence', () => {
    for (let a = 0x80; a < 0x100; a++)
      for (let b = 0; b < 0x100; b++) {
        const bytes = Uint8Array.from([a, b, 0x20])
        let valid = true
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes)
        } catch {
          valid = false
        }
        // Three-byte and four-byte leads are cut off here: they are valid only as a prefix.
        const cut = a >= 0xe0 && a <= 0xf4 && firstInvalidUtf8(bytes) === -1
        if (!cut) expect([a, b, firstInvalidUtf8(bytes) === -1]).toEqual([a, b, valid])
      }
  })
})

describe('StrictUtf8Decoder', () => {
  it('decodes a character split across chunks', () => {
    const d = new StrictUtf8Decoder('f.csv')
    expect(
      d.write(Buffer.from([0x4a, 0x6f, 0x73, 0xc3])) + d.write(Buffer.from([0xa9, 0x0a])) + d.end()
    ).toBe('José\n')
  })

  it('names the line of the bad byte across chunks', () => {
    const d = new StrictUtf8Decoder('f.csv')
    d.write(Buffer.from('a\nb\n'))
    expect(() => d.write(Buffer.from('c\nJos\xe9\n', 'latin1'))).toThrow(
      /^f\.csv:4: not valid UTF-8 \(byte 0xE9\): save or convert the file as UTF-8/
    )
  })

  it('refuses a file that ends inside a character', () => {
    const d = new StrictUtf8Decoder('f.csv')
    d.write(Buffer.from([0x61, 0x0a, 0xe2, 0x82]))
    expect(() => d.end()).toThrow(
      /^f\.csv:2: not valid UTF-8 \(the file ends inside a multi-byte character\)/
    )
  })
})

describe('CSV input', () => {
  it('fails on Latin-1 bytes with file:line instead of hashing U+FFFD', async () => {
    const body = Buffer.concat([
      Buffer.from('name,email\nAnn,a@x.com\n'),
      Buffer.from('José,j@x.com\n', 'latin1')
    ])
    expect(await readError('latin1.csv', body)).toMatch(/^latin1\.csv:3: not valid UTF-8 \(byte 0xE9\)/)
  })

  it('fails on invalid bytes far into a large file, at the right line', async () => {
    const lines = ['id,v']
    for (let i = 0; i < 60_000; i++) lines.push(`${i},${'x'.repeat(30)}`)
    const body = Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0x31, 0x2c, 0xff, 0x0a])])
    expect(await readError('big.csv', body)).toMatch(/^big\.csv:60002: not valid UTF-8 \(byte 0xFF\)/)
  })

  it('keeps valid multi-byte text and a leading BOM out of the first name', async () => {
    const { columns, rows } = await readAll('ok.csv', '\ufeffname,city\nZoë,Zürich\n정,서울\n')
    expect(columns).toEqual(['name', 'city'])
    expect(rows).toEqual([
      { name: 'Zoë', city: 'Zürich' },
      { name: '정', city: '서울' }
    ])
  })

  it('keeps header names exactly as written (spaces included)', async () => {
    const { columns } = await readAll('spaces.csv', 'Lastname , First Name,email\nA,B,c\n')
    expect(columns).toEqual(['Lastname ', ' First Name', 'email'])
  })

  it('names an empty header cell by its position', async () => {
    const { columns } = await readAll('empty-header.csv', 'a,,c\n1,2,3\n')
    expect(columns).toEqual(['a', 'column_2', 'c'])
  })
})

describe('JSON Lines input', () => {
  it('fails on invalid UTF-8 with file:line', async () => {
    const body = Buffer.concat([Buffer.from('{"n":"a"}\n{"n":"'), Buffer.from([0xe9]), Buffer.from('"}\n')])
    expect(await readError('bad.jsonl', body)).toMatch(/^bad\.jsonl:2: not valid UTF-8 \(byte 0xE9\)/)
  })

  it(`fails on values nested deeper than ${MAX_JSON_DEPTH} levels, naming the line`, async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    const message = await readError('deep.jsonl', `{"a":"x"}\n{"a":${deep}}\n`)
    expect(message).toBe(
      `deep.jsonl:2: values nested deeper than ${MAX_JSON_DEPTH} levels: flatten the record (a table column holds text, numbers or shallow JSON)`
    )
  })

  it(`reads values nested exactly ${MAX_JSON_DEPTH} levels as JSON text`, async () => {
    const nested = '['.repeat(MAX_JSON_DEPTH - 1) + ']'.repeat(MAX_JSON_DEPTH - 1)
    const { rows } = await readAll('ok.jsonl', `{"a":${nested}}\n`)
    expect(rows).toEqual([{ a: nested }])
  })

  it('reads CRLF lines, a BOM, blank lines and a last line without a newline', async () => {
    const { columns, rows } = await readAll('crlf.jsonl', '\ufeff{"a":"1"}\r\n\r\n{"a":"Zoë"}')
    expect(columns).toEqual(['a'])
    expect(rows).toEqual([{ a: '1' }, { a: 'Zoë' }])
  })

  it('counts lines across blank lines in error messages', async () => {
    expect(await readError('gap.jsonl', '{"a":1}\n\n\n{"b":2}\n')).toBe(
      "gap.jsonl:4: key 'b' is not in the first line's keys"
    )
  })
})

describe('recipe run through the CLI', () => {
  it('exits non-zero on Latin-1 input and writes no output', async () => {
    const recipe = path.join(dir, 'r.json')
    writeFileSync(
      recipe,
      JSON.stringify([{ Action: { Operation: 'UPPER_CASE', Parameters: { sourceColumn: 'name' } } }])
    )
    const input = path.join(dir, 'cli-latin1.csv')
    writeFileSync(input, Buffer.from('name\nJosé\n', 'latin1'))
    const out = path.join(dir, 'cli-out.csv')
    const r = await cli(['recipe', 'run', '--recipe', recipe, '--in', input, '--out', out])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('cli-latin1.csv:2: not valid UTF-8 (byte 0xE9)')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(readdirSync(dir).filter(f => f.startsWith('cli-out'))).toEqual([])
  })
})
