import { closeSync, openSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parquetMetadataAsync, parquetReadObjects } from 'hyparquet'
import { asyncBufferFromFile } from 'hyparquet/src/node.js'
import {
  ColumnarParquetWriter,
  compareUtf8,
  packGroup,
  RowGroupEncoder,
  transferables,
  type Value
} from '../../src/formats/parquet-columns.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'parquet-columns-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const schema = [
  { name: 'root', num_children: 4 },
  {
    name: 's',
    type: 'BYTE_ARRAY' as const,
    converted_type: 'UTF8' as const,
    repetition_type: 'OPTIONAL' as const
  },
  { name: 'i', type: 'INT64' as const, repetition_type: 'OPTIONAL' as const },
  { name: 'd', type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const },
  { name: 'b', type: 'BOOLEAN' as const, repetition_type: 'OPTIONAL' as const }
]

function write(file: string, rows: Value[][], groupRows: number): void {
  const fd = openSync(file, 'w')
  const w = new ColumnarParquetWriter(fd, schema, 'test')
  rows.forEach((row, n) => {
    row.forEach((v, i) => w.addValue(i, v))
    if ((n + 1) % groupRows === 0) w.endRowGroup()
  })
  w.finish()
  closeSync(fd)
}

describe('ColumnarParquetWriter', () => {
  it('writes values hyparquet reads back: nulls, non-ASCII text, several pages and row groups', async () => {
    // ~60 KiB strings: a 1 MiB page fills every ~17 rows, so each row group spans several pages.
    const long = 'x'.repeat(60_000)
    const rows: Value[][] = Array.from({ length: 250 }, (_, n) => [
      n % 7 === 0 ? null : n % 5 === 0 ? `${long}${n}` : `Zoë ${n} 😀 ${'\ud800'}`,
      n % 3 === 0 ? null : BigInt(n) * 1_000_000_000_000n,
      n % 4 === 0 ? null : n / 8,
      n % 6 === 0 ? null : n % 2 === 0
    ])
    const file = path.join(dir, 'mixed.parquet')
    write(file, rows, 100)
    const buffer = await asyncBufferFromFile(file)
    const metadata = await parquetMetadataAsync(buffer)
    expect(metadata.row_groups.map(g => Number(g.num_rows))).toEqual([100, 100, 50])
    const back = await parquetReadObjects({ file: buffer })
    // A lone surrogate is written as U+FFFD, as TextEncoder writes it.
    const expected = rows.map(([s, i, d, b]) => ({
      s: typeof s === 'string' ? s.replace('\ud800', '\ufffd') : s,
      i,
      d,
      b
    }))
    expect(back).toEqual(expected)
  })

  it('keeps bounds in UTF-8 byte order and signed zeros as the spec asks', async () => {
    const rows: Value[][] = [
      ['\ue000', 5n, 0, true],
      ['😀', -3n, -1.5, false],
      ['a', null, NaN, null]
    ]
    const file = path.join(dir, 'bounds.parquet')
    write(file, rows, 10)
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(file))
    const [s, i, d, b] = metadata.row_groups[0]!.columns.map(c => c.meta_data!.statistics!)
    // UTF-16 order would put 😀 (a surrogate pair) below U+E000; UTF-8 order puts it above.
    expect([s!.min_value, s!.max_value]).toEqual(['a', '😀'])
    expect([i!.min_value, i!.max_value, i!.null_count]).toEqual([-3n, 5n, 1n])
    expect([d!.min_value, d!.max_value]).toEqual([-1.5, 0])
    expect([b!.min_value, b!.max_value]).toEqual([false, true])
  })

  it('compares strings by code point', () => {
    expect(compareUtf8('😀', '\uffff')).toBeGreaterThan(0)
    expect(compareUtf8('\uffff', '😀')).toBeLessThan(0)
    expect(compareUtf8('ab', 'abc')).toBeLessThan(0)
    expect(compareUtf8('b', 'a')).toBeGreaterThan(0)
    expect(compareUtf8('é', 'é')).toBe(0)
  })
})

describe('packGroup', () => {
  it('puts a row group in one buffer, the one given when it fits, and the file reads as before', async () => {
    const encoder = new RowGroupEncoder(schema)
    const text = Array.from({ length: 100 }, (_, n) => `${n} ${'Zoë '.repeat(n * 300)}`)
    text.forEach((s, n) => [s, BigInt(n), n / 2, n % 2 === 0].forEach((v, i) => encoder.addValue(i, v)))
    const group = encoder.take()
    const bytes = group.flatMap(c => c.pages).reduce((sum, p) => sum + p.length, 0)
    expect(group.flatMap(c => c.pages).length).toBeGreaterThan(4)
    const given = new ArrayBuffer(bytes)
    const packed = packGroup(group, given)
    expect(transferables(packed)).toEqual([given])
    expect(transferables(packGroup(group, new ArrayBuffer(bytes - 1)))).toHaveLength(1) // too small: a new one
    expect(packed.map(c => c.pages.map(p => Buffer.from(p)))).toEqual(
      group.map(c => c.pages.map(p => Buffer.from(p)))
    )
    const file = path.join(dir, 'packed.parquet')
    const fd = openSync(file, 'w')
    const w = new ColumnarParquetWriter(fd, schema, 'test')
    w.writeGroup(packed)
    w.finish()
    closeSync(fd)
    const back = await parquetReadObjects({ file: await asyncBufferFromFile(file) })
    expect(back.map(r => r.s)).toEqual(text)
  })
})
