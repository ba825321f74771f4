/**
 * JSON Lines: one object per line. Columns are the keys of the first object (later unknown keys are an error, so a
 * typo cannot silently drop data); values are carried as text, null stays null, nested values as JSON text.
 */
import { createReadStream } from 'node:fs'
import {
  BATCH_ROWS,
  cell,
  newRow,
  type Column,
  type Row,
  type TableReader,
  type TableWriter
} from './table.js'
import { openOutputFile } from './output-file.js'
import { StrictUtf8Decoder } from './utf8.js'

/** Deeper values are refused: JSON.parse takes any depth, but writing one back as text recurses once per level. */
export const MAX_JSON_DEPTH = 64

/** Depth of a parsed value (1 for a flat object or array), counted without recursion; stops past `limit`. */
function depthOf(value: unknown, limit: number): number {
  let max = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [v, d] = stack.pop()!
    if (typeof v !== 'object' || v === null) continue
    if (d > max) max = d
    if (max > limit) return max
    for (const child of Object.values(v))
      if (typeof child === 'object' && child !== null) stack.push([child, d + 1])
  }
  return max
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value)
  return JSON.stringify(value)
}

/** The file's lines (LF or CRLF), strictly UTF-8, each with its 1-based number. */
async function* linesOf(path: string, stream: AsyncIterable<Buffer>): AsyncGenerator<[string, number]> {
  const decoder = new StrictUtf8Decoder(path)
  let carry = ''
  let lineNo = 0
  const split = function* (text: string, last: boolean): Generator<[string, number]> {
    let from = 0
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
      const line = text.slice(from, at)
      from = at + 1
      yield [line.endsWith('\r') ? line.slice(0, -1) : line, ++lineNo]
    }
    carry = text.slice(from)
    if (last && carry !== '') yield [carry.endsWith('\r') ? carry.slice(0, -1) : carry, ++lineNo]
  }
  let first = true
  for await (const chunk of stream) {
    let decoded = decoder.write(chunk)
    if (first && decoded.charCodeAt(0) === 0xfeff) decoded = decoded.slice(1) // BOM
    first = false
    yield* split(carry + decoded, false)
  }
  yield* split(carry + decoder.end(), true)
}

export async function openJsonlReader(path: string): Promise<TableReader> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  const lines = linesOf(path, stream)
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
    if (depthOf(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
      throw new Error(
        `${path}:${lineNo}: values nested deeper than ${MAX_JSON_DEPTH} levels: flatten the record (a table column holds text, numbers or shallow JSON)`
      )
    }
    return value as Record<string, unknown>
  }
  const nextLine = async (): Promise<string | undefined> => {
    for (;;) {
      const next = await lines.next()
      if (next.done) return undefined
      lineNo = next.value[1]
      if (next.value[0].trim() !== '') return next.value[0]
    }
  }
  const firstLine = await nextLine()
  if (firstLine !== undefined) first = parse(firstLine)
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
      for (let line = await nextLine(); line !== undefined; line = await nextLine()) {
        batch.push(toRow(parse(line)))
        if (batch.length >= BATCH_ROWS) {
          yield batch
          batch = []
        }
      }
      if (batch.length > 0) yield batch
    },
    async close() {
      await lines.return(undefined)
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
  const out = openOutputFile(path)
  return {
    async write(rows) {
      let chunk = ''
      for (const row of rows) {
        // No prototype, so a `__proto__` column is an own key JSON.stringify writes, not a prototype change.
        const o = Object.create(null) as Record<string, unknown>
        for (const c of columns) o[c.name] = typed(cell(row, c.name), c.type)
        chunk += JSON.stringify(o) + '\n'
      }
      await out.write(chunk)
    },
    close: () => out.close(),
    abort: () => out.abort()
  }
}
