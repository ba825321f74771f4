/**
 * Streaming CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes). The first record is the
 * header. An empty unquoted field reads as null (missing), as DataBrew treats it; a quoted empty field ("") is ''.
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

/** A malformed record; `line` is where it starts (1-based, physical lines). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string
  ) {
    super(message)
    this.name = 'CsvSyntaxError'
  }
}

/**
 * Incremental parser: feed text, get complete records; `end()` returns the last one. After each `push`/`end`,
 * `recordLines[i]` is the physical line where the i-th returned record starts (quoted fields may span lines).
 */
export class CsvParser {
  private field = ''
  private record: (string | null)[] = []
  private inQuotes = false
  private quotedField = false
  private afterQuote = false
  private fieldStarted = false
  private pendingCR = false
  /** Where the record being parsed started, and where its open quoted field did. */
  private recordStart = 1
  private quoteStart = 1
  line = 1
  recordLines: number[] = []

  /** `firstLine`: the physical line the text starts at (a chunk of a larger file, src/recipe/parallel.ts). */
  constructor(
    private readonly delimiter = ',',
    firstLine = 1
  ) {
    this.line = firstLine
    this.recordStart = firstLine
  }

  private endField(): void {
    this.record.push(this.quotedField ? this.field : this.field === '' ? null : this.field)
    this.field = ''
    this.quotedField = false
    this.afterQuote = false
    this.fieldStarted = false
  }

  private endRecord(out: (string | null)[][]): void {
    this.endField()
    // A blank line (one empty field) is skipped, like most CSV readers and DataBrew do.
    if (!(this.record.length === 1 && this.record[0] === null)) {
      out.push(this.record)
      this.recordLines.push(this.recordStart)
    }
    this.record = []
  }

  push(text: string): (string | null)[][] {
    const out: (string | null)[][] = []
    this.recordLines = []
    const d = this.delimiter
    let i = 0
    const n = text.length
    if (this.pendingCR) {
      this.pendingCR = false
      if (text[0] === '\n') i = 1
    }
    while (i < n) {
      if (this.inQuotes) {
        const q = text.indexOf('"', i)
        if (q === -1) {
          this.field += text.slice(i)
          for (let k = i; k < n; k++) if (text.charCodeAt(k) === 10) this.line++
          return out
        }
        const chunk = text.slice(i, q)
        for (let k = 0; k < chunk.length; k++) if (chunk.charCodeAt(k) === 10) this.line++
        this.field += chunk
        if (q + 1 >= n) {
          // Can't tell "" from " + delimiter yet: remember we saw a quote.
          this.inQuotes = false
          this.afterQuote = true
          return out
        }
        if (text[q + 1] === '"') {
          this.field += '"'
          i = q + 2
        } else {
          this.inQuotes = false
          this.afterQuote = true
          i = q + 1
        }
        continue
      }
      const c = text[i]!
      if (this.afterQuote && c === '"') {
        // The quote at the end of the previous chunk was the first of a doubled pair.
        this.field += '"'
        this.inQuotes = true
        this.afterQuote = false
        i++
        continue
      }
      if (this.afterQuote && c !== d && c !== '\n' && c !== '\r') {
        // `"a"junk`: RFC 4180 allows nothing between a closing quote and the delimiter. Joining it (`ajunk`) would
        // hide a broken export, so the record is refused.
        throw new CsvSyntaxError(
          this.line,
          `text after the closing quote of field ${this.record.length + 1} (a quote inside a quoted field must be doubled: "")`
        )
      }
      if (c === '"' && !this.fieldStarted) {
        this.quoteStart = this.line
        this.inQuotes = true
        this.quotedField = true
        this.fieldStarted = true
        i++
        continue
      }
      if (c === d) {
        this.endField()
        i++
        continue
      }
      if (c === '\n' || c === '\r') {
        this.endRecord(out)
        this.line++
        this.recordStart = this.line
        if (c === '\r') {
          if (i + 1 < n) {
            if (text[i + 1] === '\n') i++
          } else this.pendingCR = true
        }
        i++
        continue
      }
      // Plain run up to the next special character.
      let j = i
      while (j < n) {
        const ch = text[j]
        if (ch === d || ch === '\n' || ch === '\r') break
        j++
      }
      this.field += text.slice(i, j)
      this.fieldStarted = true
      this.afterQuote = false
      i = j
    }
    return out
  }

  end(): (string | null)[][] {
    this.recordLines = []
    if (this.inQuotes)
      throw new CsvSyntaxError(
        this.quoteStart,
        'unterminated quoted field (no closing quote before the end of the file)'
      )
    const out: (string | null)[][] = []
    if (this.fieldStarted || this.record.length > 0 || this.field !== '') this.endRecord(out)
    return out
  }
}

/** A parsed record as a row of the header's columns (missing trailing fields are null; extra fields refused). */
export function csvRecordRow(path: string, names: string[], record: (string | null)[], line: number): Row {
  if (record.length > names.length) {
    throw new Error(`${path}:${line}: ${record.length} fields, the header has ${names.length}`)
  }
  const row = newRow()
  for (let c = 0; c < names.length; c++) row[names[c]!] = record[c] ?? null
  return row
}

export async function openCsvReader(
  path: string,
  options: { delimiter?: string } = {}
): Promise<TableReader> {
  const stream = createReadStream(path, { highWaterMark: 1 << 20 })
  const decoder = new StrictUtf8Decoder(path)
  const parser = new CsvParser(options.delimiter ?? ',')
  const iterator = stream[Symbol.asyncIterator]()
  let pending: (string | null)[][] = []
  let pendingLines: number[] = []
  let header: string[] | undefined
  /** Runs the parser; a syntax error becomes `path:line: …`. */
  const parsed = (records: () => (string | null)[][]): (string | null)[][] => {
    try {
      return records()
    } catch (err) {
      if (err instanceof CsvSyntaxError) throw new Error(`${path}:${err.line}: ${err.message}`)
      throw err
    }
  }
  let first = true
  let done = false
  while (!header && !done) {
    const next = await iterator.next()
    if (next.done) {
      pending = parsed(() => parser.push(decoder.end()))
      pendingLines = parser.recordLines
      pending.push(...parsed(() => parser.end()))
      pendingLines.push(...parser.recordLines)
      done = true
    } else {
      let text = decoder.write(next.value as Buffer)
      if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1) // BOM
      first = false
      pending = parsed(() => parser.push(text))
      pendingLines = parser.recordLines
    }
    if (pending.length > 0) {
      // Names stay exactly as written (`Lastname ` is not `Lastname`): a recipe names them as DataBrew read them.
      header = pending.shift()!.map((h, i) => (h === null || h === '' ? `column_${i + 1}` : h))
      pendingLines = pendingLines.slice(1)
    }
  }
  if (!header) throw new Error(`${path} is empty: a CSV needs a header line`)
  const names = header
  const dup = names.find((n, i) => names.indexOf(n) !== i)
  if (dup) throw new Error(`${path}: column '${dup}' appears twice in the header`)
  const columns: Column[] = names.map(name => ({ name, type: 'string' }))

  const toRow = (record: (string | null)[], line: number): Row => csvRecordRow(path, names, record, line)

  return {
    columns,
    async *batches() {
      let batch: Row[] = []
      const emit = (records: (string | null)[][], lines = parser.recordLines) => {
        for (let i = 0; i < records.length; i++) batch.push(toRow(records[i]!, lines[i]!))
      }
      emit(pending, pendingLines)
      pending = []
      while (!done) {
        const next = await iterator.next()
        if (next.done) {
          emit(parsed(() => parser.push(decoder.end())))
          emit(parsed(() => parser.end()))
          done = true
        } else emit(parsed(() => parser.push(decoder.write(next.value as Buffer))))
        while (batch.length >= BATCH_ROWS) yield batch.splice(0, BATCH_ROWS)
        if (done && batch.length > 0) {
          yield batch
          batch = []
        }
      }
    },
    async close() {
      stream.destroy()
    }
  }
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

export function csvField(value: string | null): string {
  if (value === null) return ''
  if (value === '') return '""'
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export async function openCsvWriter(path: string, columns: Column[]): Promise<TableWriter> {
  const out = openOutputFile(path)
  const names = columns.map(c => c.name)
  const write = (text: string) => out.write(text)
  await write(names.map(csvField).join(',') + '\n')
  return {
    async write(rows) {
      let text = ''
      for (const row of rows) text += names.map(n => csvField(cell(row, n))).join(',') + '\n'
      await write(text)
    },
    close: () => out.close(),
    abort: () => out.abort()
  }
}
