/**
 * Parquet in and out. Reading goes row group by row group (hyparquet); writing encodes each value into its column's
 * page as rows arrive and writes each row group (snappy) as soon as it fills (src/formats/parquet-columns.ts), so
 * memory holds one row group of compressed bytes, not the file. Values are text in the engine; the writer converts columns typed by CHANGE_DATA_TYPE.
 */
import { closeSync, openSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { parquetMetadataAsync, parquetRead } from 'hyparquet'
import { asyncBufferFromFile } from 'hyparquet/src/node.js'
import { ColumnarParquetWriter } from './parquet-columns.js'
import { cell, newRow, type Column, type ColumnType, type TableReader, type TableWriter } from './table.js'

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v))
}

export async function openParquetReader(path: string): Promise<TableReader> {
  const file = await asyncBufferFromFile(path)
  const metadata = await parquetMetadataAsync(file)
  const names = metadata.schema
    .slice(1)
    .filter(e => !e.num_children)
    .map(e => e.name)
  const columns: Column[] = names.map(name => ({ name, type: 'string' }))
  return {
    columns,
    async *batches() {
      let rowStart = 0
      for (const group of metadata.row_groups) {
        const count = Number(group.num_rows)
        // Arrays in `names` order, not hyparquet's objects: those are plain objects, where a `__proto__` column would
        // be lost.
        const arrays = await new Promise<unknown[][]>((resolve, reject) => {
          parquetRead({
            file,
            metadata,
            columns: names,
            rowStart,
            rowEnd: rowStart + count,
            rowFormat: 'array',
            onComplete: rows => resolve(rows as unknown[][])
          }).catch(reject)
        })
        rowStart += count
        yield arrays.map(values => {
          const row = newRow()
          for (let c = 0; c < names.length; c++) row[names[c]!] = text(values[c])
          return row
        })
      }
    },
    async close() {}
  }
}

export type Converted = string | number | bigint | boolean | null

export function converter(type: ColumnType): (v: string | null) => Converted {
  switch (type) {
    case 'integer':
      return v => {
        if (v === null || !/^[+-]?\d+$/.test(v)) return null
        return BigInt(v)
      }
    case 'double':
      return v => {
        if (v === null) return null
        const n = Number(v)
        return Number.isFinite(n) ? n : null
      }
    case 'boolean':
      return v => (v === null ? null : v === 'true')
    default:
      return v => v
  }
}

export function schemaElement(c: Column) {
  switch (c.type) {
    case 'integer':
      return { name: c.name, type: 'INT64' as const, repetition_type: 'OPTIONAL' as const }
    case 'double':
      return { name: c.name, type: 'DOUBLE' as const, repetition_type: 'OPTIONAL' as const }
    case 'boolean':
      return { name: c.name, type: 'BOOLEAN' as const, repetition_type: 'OPTIONAL' as const }
    default:
      return {
        name: c.name,
        type: 'BYTE_ARRAY' as const,
        converted_type: 'UTF8' as const,
        repetition_type: 'OPTIONAL' as const
      }
  }
}

/** Rows per row group: large groups read fast in Athena/Clean Rooms; memory holds one group of compressed bytes. */
export const ROW_GROUP_ROWS = 65_536

export async function openParquetWriter(path: string, columns: Column[]): Promise<TableWriter> {
  // 0600: the output of a recipe run can hold plaintext PII.
  const fd = openSync(path, 'w', 0o600)
  let closed = false
  try {
    const writer = new ColumnarParquetWriter(
      fd,
      [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)],
      'cleanrooms-connect'
    )
    const convert = columns.map(c => converter(c.type))
    const names = columns.map(c => c.name)
    let buffered = 0
    return {
      async write(rows) {
        // Each value is encoded into its column's page as it arrives: rows die young, nothing holds a row group of
        // values (src/formats/parquet-columns.ts).
        for (const row of rows) {
          for (let i = 0; i < names.length; i++) writer.addValue(i, convert[i]!(cell(row, names[i]!)))
          if (++buffered === ROW_GROUP_ROWS) {
            writer.endRowGroup()
            buffered = 0
          }
        }
      },
      async close() {
        writer.finish()
        closeSync(fd)
        closed = true
      },
      async abort() {
        if (!closed) closeSync(fd)
        closed = true
        await rm(path, { force: true })
      }
    }
  } catch (err) {
    closeSync(fd)
    throw err
  }
}
