/**
 * JSON Lines: one object per line. Columns are the keys of the first object (later unknown keys are an error, so a
 * typo cannot silently drop data); values are carried as text, null stays null, nested values as JSON text.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import {
  BATCH_ROWS,
  cell,
  newRow,
  type Column,
  type Row,
  type TableReader,
  type TableWriter
} from './table.js'

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  return JSON.stringify(value)
}

export async function openJsonlReader(path: string): Promise<TableReader> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })
  const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]()
  let lineNo = 0
  let first: Record<string, unknown> | undefined
  const parse = (line: string): Record<string, unknown> => {
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (err) {
      throw new Error(`${path}:${lineNo}: not JSON (${(err as Error).message})`)
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new Error(`${path}:${lineNo}: each line must be a JSON object`)
    }
    return value as Record<string, unknown>
  }
  for (;;) {
    const next = await lines.next()
    if (next.done) break
    lineNo++
    if (next.value.trim() === '') continue
    first = parse(next.value)
    break
  }
  if (!first) throw new Error(`${path} is empty: JSON Lines needs at least one object`)
  const names = Object.keys(first)
  const known = new Set(names)
  const columns: Column[] = names.map(name => ({ name, type: 'string' }))
  const toRow = (o: Record<string, unknown>): Row => {
    const row = newRow()
    for (const key of Object.keys(o)) {
      if (!known.has(key)) throw new Error(`${path}:${lineNo}: key '${key}' is not in the first line's keys`)
    }
    for (const n of names) row[n] = Object.hasOwn(o, n) ? text(o[n]) : null
    return row
  }
  return {
    columns,
    async *batches() {
      let batch: Row[] = [toRow(first!)]
      for (;;) {
        const next = await lines.next()
        if (next.done) break
        lineNo++
        if (next.value.trim() === '') continue
        batch.push(toRow(parse(next.value)))
        if (batch.length >= BATCH_ROWS) {
          yield batch
          batch = []
        }
      }
      if (batch.length > 0) yield batch
    },
    async close() {
      stream.destroy()
    }
  }
}

function typed(value: string | null, type: Column['type']): unknown {
  if (value === null) return null
  if (type === 'integer' || type === 'double') {
    const n = Number(value)
    return Number.isFinite(n) ? n : value
  }
  if (type === 'boolean') return value === 'true'
  return value
}

export async function openJsonlWriter(path: string, columns: Column[]): Promise<TableWriter> {
  // 0600: the output of a recipe run can hold plaintext PII.
  const out = createWriteStream(path, { flags: 'w', mode: 0o600 })
  return {
    async write(rows) {
      let chunk = ''
      for (const row of rows) {
        // No prototype, so a `__proto__` column is an own key JSON.stringify writes, not a prototype change.
        const o = Object.create(null) as Record<string, unknown>
        for (const c of columns) o[c.name] = typed(cell(row, c.name), c.type)
        chunk += JSON.stringify(o) + '\n'
      }
      if (!out.write(chunk)) await once(out, 'drain')
    },
    async close() {
      out.end()
      await once(out, 'finish')
    },
    async abort() {
      // The file opens asynchronously: wait for the stream to close, or the open could recreate it after rm. Writes
      // still queued fail with ERR_STREAM_DESTROYED on the way: that is expected here and must not replace the error
      // that made the run abort (events.once would reject with it).
      if (!out.closed) {
        const closed = new Promise<void>(resolve => out.once('close', () => resolve()))
        out.on('error', () => undefined)
        out.destroy()
        await closed
      }
      await rm(path, { force: true })
    }
  }
}
