import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { closeSync, openSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parquetReadObjects } from 'hyparquet'
import { asyncBufferFromFile } from 'hyparquet/src/node.js'
import { ColumnarParquetWriter } from '../../src/formats/parquet-columns.js'
import { schemaElement } from '../../src/formats/parquet.js'
import type { Column, Row } from '../../src/formats/table.js'
import { chunkEncoder, runChunk } from '../../src/recipe/chunk-worker.js'
import { lastRecordEnd } from '../../src/recipe/csv-chunks.js'
import { compileRecipe, runRows } from '../../src/recipe/engine.js'
import type { Recipe } from '../../src/recipe/model.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'chunk-worker-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const step = (number: number, operation: string, parameters: Record<string, string>) => ({
  number,
  operation,
  parameters,
  conditions: [],
  location: { line: number, column: 1 }
})
const recipe: Recipe = {
  file: 'r.json',
  steps: [
    step(1, 'REMOVE_COMBINED', { sourceColumn: 'email', removeLeadingAndTrailingWhitespace: 'true' }),
    step(2, 'LOWER_CASE', { sourceColumn: 'email' }),
    step(3, 'REPLACE_TEXT', { sourceColumn: 'phone', pattern: '[^0-9+]', value: '' }),
    step(4, 'CRYPTOGRAPHIC_HASH', { sourceColumns: '["email","phone"]', algorithm: 'HMAC_SHA256' }),
    step(5, 'REMOVE_MISSING', { sourceColumn: 'note' })
  ]
}
const columns: Column[] = ['id', 'email', 'phone', 'note'].map(name => ({ name, type: 'string' }))
const hashKey = Buffer.alloc(32, 7)

describe('a chunk of CSV records through the recipe into a row group', () => {
  it('gives the rows the one-thread engine gives, chunk by chunk', async () => {
    const records = Array.from(
      { length: 500 },
      (_, i) => `${i}, Ann.${i}@Example.COM ,(555) 010-${i},${i % 9 === 0 ? '' : `"n ${i}\nmore"`}`
    )
    const text = records.join('\n') + '\n'
    const compiled = compileRecipe(recipe, columns, { hashKey })
    const expected = runRows(
      compiled,
      records.map((_, i) => ({
        id: String(i),
        email: ` Ann.${i}@Example.COM `,
        phone: `(555) 010-${i}`,
        note: i % 9 === 0 ? null : `n ${i}\nmore`
      })) as Row[]
    )
    // Three chunks cut where records end, as the coordinator cuts them, each with the line it starts at.
    const chunks: { text: string; line: number }[] = []
    let rest = text
    let line = 2
    while (rest.length > 0) {
      const cut = rest.length > 4000 ? lastRecordEnd(rest.slice(0, 4000)) : rest.length
      chunks.push({ text: rest.slice(0, cut), line })
      line += rest.slice(0, cut).split('\n').length - 1
      rest = rest.slice(cut)
    }
    expect(chunks.length).toBeGreaterThan(2)
    const file = path.join(dir, 'out.parquet')
    const fd = openSync(file, 'w')
    const output = compiled.output
    const writer = new ColumnarParquetWriter(
      fd,
      [{ name: 'root', num_children: output.length }, ...output.map(schemaElement)],
      'test'
    )
    const encoder = chunkEncoder(compiled)
    let rowsIn = 0
    chunks.forEach((c, i) => {
      const r = runChunk(compiled, encoder, 'in.csv', { ...c, last: i === chunks.length - 1 })
      rowsIn += r.rowsIn
      writer.writeGroup(r.group)
    })
    writer.finish()
    closeSync(fd)
    expect(rowsIn).toBe(500)
    const back = await parquetReadObjects({ file: await asyncBufferFromFile(file) })
    expect(back).toEqual(expected.map(r => ({ ...r })))
  })

  it('names the file and the line of a bad record in a later chunk', () => {
    const compiled = compileRecipe(recipe, columns, { hashKey })
    const chunk = { text: '1,a,b,"x\ny"\n2,a,b,c,d\n', line: 40, last: false }
    expect(() => runChunk(compiled, chunkEncoder(compiled), 'in.csv', chunk)).toThrow(
      'in.csv:42: 5 fields, the header has 4'
    )
  })
})

describe('a chunk of CSV bytes, decoded in the worker', () => {
  const compiled = compileRecipe(recipe, columns, { hashKey })
  const run = (bytes: Buffer, last = false) =>
    runChunk(compiled, chunkEncoder(compiled), 'in.csv', { bytes, line: 40, utf8Line: 40, last })

  it('gives the rows its text gives, with characters split across the pieces it is decoded in', async () => {
    // A 2-byte and a 4-byte character straddle the 1 MiB pieces the worker decodes one at a time.
    const head = (i: number) => `${i}, Ann.${i}@Example.COM ,(555) 010-${i},"`
    let text = ''
    let size = 0 // bytes so far
    let i = 0
    /** Records up to near `boundary`, then one whose `char` starts `before` bytes before it. */
    const straddle = (boundary: number, char: string, before: number) => {
      for (; size + 2100 < boundary; i++) {
        const r = `${head(i)}${'n'.repeat(1000)}"\n` // few rows: the test is about bytes
        text += r
        size += r.length // ASCII
      }
      const r = `${head(i)}${'x'.repeat(boundary - before - size - head(i).length)}${char}"\n`
      text += r
      size += Buffer.byteLength(r)
      i++
    }
    straddle(1 << 20, 'é', 1)
    straddle(2 << 20, '😀', 2)
    const bytes = Buffer.from(text)
    expect(bytes.subarray((1 << 20) - 1, (1 << 20) + 1).toString()).toBe('é')
    expect(bytes.subarray((2 << 20) - 2, (2 << 20) + 2).toString()).toBe('😀')
    const file = path.join(dir, 'bytes.parquet')
    const write = (group: ReturnType<typeof runChunk>['group']) => {
      const fd = openSync(file, 'w')
      const output = compiled.output
      const writer = new ColumnarParquetWriter(
        fd,
        [{ name: 'root', num_children: output.length }, ...output.map(schemaElement)],
        'test'
      )
      writer.writeGroup(group)
      writer.finish()
      closeSync(fd)
      return asyncBufferFromFile(file).then(f => parquetReadObjects({ file: f }))
    }
    const fromBytes = await write(run(bytes, true).group)
    const fromText = await write(
      runChunk(compiled, chunkEncoder(compiled), 'in.csv', { text, line: 40, last: true }).group
    )
    expect(fromBytes).toEqual(fromText)
    expect(fromBytes.map(r => r.note as string).filter(n => /[é😀]$/u.test(n))).toHaveLength(2)
  })

  it('names the file and the line of bytes that are not UTF-8, as the one-thread reader does', () => {
    const bytes = Buffer.concat([Buffer.from('1,a,b,"x\ny"\n2,a,'), Buffer.from([0xe9]), Buffer.from(',c\n')])
    expect(() => run(bytes)).toThrow(
      'in.csv:42: not valid UTF-8 (byte 0xE9): save or convert the file as UTF-8'
    )
  })

  it('names the line where the last chunk ends inside a character', () => {
    const bytes = Buffer.concat([Buffer.from('1,a,b,c\n2,a,b,'), Buffer.from('é').subarray(0, 1)])
    expect(() => run(bytes, true)).toThrow(
      'in.csv:41: not valid UTF-8 (the file ends inside a multi-byte character)'
    )
  })
})
