/**
 * Parquet in and out. Reading goes row group by row group (hyparquet), writing one row group per call with snappy
 * compression (hyparquet-writer's incremental ParquetWriter) flushed straight to the file, so memory holds one row
 * group, not the file. Values are text in the engine; the writer converts columns typed by CHANGE_DATA_TYPE.
 */
import { closeSync, openSync, writeSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { parquetMetadataAsync, parquetRead } from 'hyparquet'
import { asyncBufferFromFile } from 'hyparquet/src/node.js'
import { ByteWriter, ParquetWriter } from 'hyparquet-writer'
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

type Converted = string | number | bigint | boolean | null

function converter(type: ColumnType): (v: string | null) => Converted {
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

function schemaElement(c: Column) {
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

/** Rows per row group: large groups read fast in Athena/Clean Rooms; memory holds one group of text values. */
export const ROW_GROUP_ROWS = 65_536

/** A ByteWriter whose buffer is written to the file whenever it passes 1 MiB, and at each row group. */
function fileSink(fd: number): ByteWriter {
  const writer = new ByteWriter()
  const flushToFile = () => {
    if (writer.index > 0) {
      writeSync(fd, new Uint8Array(writer.buffer, 0, writer.index))
      // offset keeps counting absolute file positions; index restarts at the buffer's start.
      writer.index = 0
    }
  }
  const ensure = writer.ensure.bind(writer)
  writer.ensure = (size: number) => {
    if (writer.index > 1 << 20) flushToFile()
    ensure(size)
  }
  ;(writer as unknown as { flush: () => void }).flush = flushToFile
  ;(writer as unknown as { finishToFile: () => void }).finishToFile = flushToFile
  return writer
}

export async function openParquetWriter(path: string, columns: Column[]): Promise<TableWriter> {
  // 0600: the output of a recipe run can hold plaintext PII.
  const fd = openSync(path, 'w', 0o600)
  const sink = fileSink(fd)
  const writer = new ParquetWriter({
    writer: sink,
    schema: [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)],
    codec: 'SNAPPY',
    createdBy: 'cleanrooms-connect'
  })
  const convert = columns.map(c => converter(c.type))
  let closed = false
  // Values go into per-column arrays as rows arrive, so row objects die young (in V8's cheap young generation)
  // instead of living until the row group is written: the live set is one row group of values, not of rows.
  let columnsData: Converted[][] = columns.map(() => [])
  let buffered = 0
  const flushGroup = async () => {
    if (buffered === 0) return
    const columnData = columns.map((c, i) => ({ name: c.name, data: columnsData[i]! }))
    columnsData = columns.map(() => [])
    const count = buffered
    buffered = 0
    await writer.write({ columnData, rowGroupSize: count })
  }
  return {
    async write(rows) {
      for (const row of rows) {
        for (let i = 0; i < columns.length; i++)
          columnsData[i]!.push(convert[i]!(cell(row, columns[i]!.name)))
      }
      buffered += rows.length
      if (buffered >= ROW_GROUP_ROWS) await flushGroup()
    },
    async close() {
      await flushGroup()
      writer.finish()
      ;(sink as unknown as { finishToFile: () => void }).finishToFile()
      closeSync(fd)
      closed = true
    },
    async abort() {
      if (!closed) closeSync(fd)
      closed = true
      await rm(path, { force: true })
    }
  }
}
