/**
 * A columnar Parquet writer with bounded buffers. Each value is encoded (PLAIN) into its column's page buffer as the
 * row arrives, a page is snappy-compressed as soon as it passes PAGE_BYTES, and a row group goes to the file as soon
 * as it fills: memory holds one row group of compressed bytes and one open page per column, never a row group of JS
 * values. hyparquet-writer's ParquetWriter, used before, slices and converts every column and encodes every string
 * into a Uint8Array of its own (a TextEncoder per value): about a quarter of a recipe run plus the GC that followed.
 * The thrift page headers, the footer and snappy still come from hyparquet-writer.
 */
import { writeSync } from 'node:fs'
import type { ColumnChunk, FileMetaData, RowGroup, SchemaElement, Statistics } from 'hyparquet'
import { ByteWriter } from 'hyparquet-writer'
import { writePageHeader } from 'hyparquet-writer/src/datapage.js'
import { writeRleBitPackedHybrid } from 'hyparquet-writer/src/encoding.js'
import { writeMetadata } from 'hyparquet-writer/src/metadata.js'
import { snappyCompress } from 'hyparquet-writer/src/snappy.js'

/** Uncompressed bytes per data page (hyparquet-writer's default page size). */
const PAGE_BYTES = 1 << 20

export type Physical = 'BYTE_ARRAY' | 'INT64' | 'DOUBLE' | 'BOOLEAN'
export type Value = string | bigint | number | boolean | null

/**
 * Strings in UTF-8 byte order (= code point order), which Parquet's BYTE_ARRAY bounds use. UTF-16 code units order
 * the same except that surrogates (U+D800–DFFF, halves of code points above U+FFFF) sort below U+E000–FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x === y) continue
    const surrogateX = x >= 0xd800 && x <= 0xdfff
    const surrogateY = y >= 0xd800 && y <= 0xdfff
    if (surrogateX !== surrogateY && (x >= 0xe000 || y >= 0xe000)) return surrogateX ? 1 : -1
    return x - y
  }
  return a.length - b.length
}

function compareValues(a: Value, b: Value): number {
  if (typeof a === 'string') return compareUtf8(a, b as string)
  if (typeof a === 'boolean') return Number(a) - Number(b)
  const y = b as number | bigint
  return a! < y ? -1 : a! > y ? 1 : 0
}

/** One column's open page and its row group's finished pages. */
class ColumnBuffer {
  private data = Buffer.allocUnsafe(PAGE_BYTES + 4096)
  private used = 0
  /** Definition level per row of the open page: 1 present, 0 missing. */
  private levels = new Uint8Array(8192)
  private rows = 0
  private nulls = 0
  private bits = 0
  pages: Uint8Array[] = []
  compressedBytes = 0
  uncompressedBytes = 0
  groupRows = 0
  groupNulls = 0
  min: Value = null
  max: Value = null

  constructor(readonly physical: Physical) {}

  add(v: Value): void {
    // A string that does not fit closes the page first (before its level is recorded: it belongs to the next page).
    if (typeof v === 'string' && this.used + 4 + v.length * 3 > this.data.length)
      this.makeRoom(4 + v.length * 3)
    if (this.rows === this.levels.length) {
      const grown = new Uint8Array(this.levels.length * 2)
      grown.set(this.levels)
      this.levels = grown
    }
    if (v === null) {
      this.levels[this.rows++] = 0
      this.nulls++
      return
    }
    this.levels[this.rows++] = 1
    if (typeof v === 'string') this.addString(v)
    else if (typeof v === 'bigint') {
      this.data.writeBigInt64LE(v, this.used)
      this.used += 8
    } else if (typeof v === 'number') {
      this.data.writeDoubleLE(v, this.used)
      this.used += 8
      if (Number.isNaN(v)) return // NaN takes no part in bounds (Parquet spec)
    } else {
      // PLAIN booleans are bit-packed, least significant bit first.
      if ((this.bits & 7) === 0) this.data[this.used++] = 0
      if (v) this.data[this.used - 1]! |= 1 << (this.bits & 7)
      this.bits++
    }
    if (this.min === null || compareValues(v, this.min) < 0) this.min = v
    if (this.max === null || compareValues(v, this.max) > 0) this.max = v
    if (this.used >= PAGE_BYTES) this.closePage()
  }

  private makeRoom(bytes: number): void {
    if (this.rows > 0) this.closePage()
    if (bytes > this.data.length) this.data = Buffer.allocUnsafe(bytes)
  }

  private addString(v: string): void {
    // ASCII by hand (most values): cheaper than a call into Buffer#write for strings of a few dozen characters.
    const data = this.data
    const start = this.used + 4
    let p = start
    const n = v.length
    let i = 0
    for (; i < n; i++) {
      const c = v.charCodeAt(i)
      if (c >= 0x80) break
      data[p++] = c
    }
    if (i < n) p = start + data.write(v, start, 'utf8') // lone surrogates become U+FFFD, as with TextEncoder
    data.writeUInt32LE(p - start, this.used)
    this.used = p
  }

  hasRows(): boolean {
    return this.rows + this.groupRows > 0
  }

  /** Compresses the open page into `pages`. */
  closePage(): void {
    if (this.rows === 0) return
    const levels = new ByteWriter(64)
    const levelBytes = writeRleBitPackedHybrid(levels, this.levels.subarray(0, this.rows), 1)
    const compressed = snappyCompress(this.data.subarray(0, this.used))
    const header = new ByteWriter(64)
    writePageHeader(header, {
      type: 'DATA_PAGE_V2',
      uncompressed_page_size: levelBytes + this.used,
      compressed_page_size: levelBytes + compressed.length,
      data_page_header_v2: {
        num_values: this.rows,
        num_nulls: this.nulls,
        num_rows: this.rows,
        encoding: 'PLAIN',
        definition_levels_byte_length: levelBytes,
        repetition_levels_byte_length: 0,
        is_compressed: true
      }
    })
    // Copies: ByteWriter buffers are larger than what they hold.
    this.pages.push(header.getBytes().slice(), levels.getBytes().slice(), compressed)
    this.compressedBytes += header.offset + levelBytes + compressed.length
    this.uncompressedBytes += header.offset + levelBytes + this.used
    this.groupRows += this.rows
    this.groupNulls += this.nulls
    this.used = 0
    this.rows = 0
    this.nulls = 0
    this.bits = 0
  }

  /** Ends the row group: returns its pages and statistics, and starts afresh. */
  take(): {
    pages: Uint8Array[]
    statistics: Statistics
    compressed: number
    uncompressed: number
    rows: number
  } {
    this.closePage()
    const statistics: Statistics = { null_count: BigInt(this.groupNulls) }
    if (this.min !== null) {
      // Signed zeros: min is -0 and max +0 (Parquet spec), as hyparquet-writer writes them.
      statistics.min_value = this.min === 0 ? -0 : (this.min as Statistics['min_value'])
      statistics.max_value = this.max === 0 ? 0 : (this.max as Statistics['max_value'])
    }
    const taken = {
      pages: this.pages,
      statistics,
      compressed: this.compressedBytes,
      uncompressed: this.uncompressedBytes,
      rows: this.groupRows
    }
    this.pages = []
    this.compressedBytes = this.uncompressedBytes = this.groupRows = this.groupNulls = 0
    this.min = this.max = null
    return taken
  }
}

/** One column chunk, encoded and compressed: what a worker thread hands to the file's writer. */
export interface EncodedColumn {
  pages: Uint8Array[]
  statistics: Statistics
  compressed: number
  uncompressed: number
  rows: number
}

/** Encodes values column by column into row groups of pages (no file): used by the writer and by worker threads. */
export class RowGroupEncoder {
  private readonly buffers: ColumnBuffer[]

  constructor(schema: SchemaElement[]) {
    this.buffers = schema.slice(1).map(e => new ColumnBuffer(e.type as Physical))
  }

  /** Adds value `v` of column `i` (a row is complete once every column has its value). */
  addValue(i: number, v: Value): void {
    this.buffers[i]!.add(v)
  }

  hasRows(): boolean {
    return this.buffers[0]?.hasRows() ?? false
  }

  /** The row group so far, per column; the encoder starts the next one. */
  take(): EncodedColumn[] {
    return this.buffers.map(b => b.take())
  }
}

/**
 * Copies a row group's pages into one buffer (`into` when it is large enough, else a new one) and points the pages at
 * it: a worker hands the coordinator one buffer per row group, which the coordinator can hand back to be filled again.
 */
export function packGroup(columns: EncodedColumn[], into?: ArrayBuffer): EncodedColumn[] {
  let total = 0
  for (const c of columns) for (const p of c.pages) total += p.length
  // A new buffer has room to spare, so that it is likely to fit the next row group too.
  const packed =
    into && into.byteLength >= total ? new Uint8Array(into) : new Uint8Array(Math.ceil(total * 1.25))
  let at = 0
  return columns.map(c => ({
    ...c,
    pages: c.pages.map(p => {
      const view = packed.subarray(at, at + p.length)
      view.set(p)
      at += p.length
      return view
    })
  }))
}

/** The buffers inside encoded columns, for a postMessage transfer list. */
export function transferables(columns: EncodedColumn[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>()
  for (const c of columns) for (const p of c.pages) buffers.add(p.buffer as ArrayBuffer)
  return [...buffers]
}

/**
 * Writes row groups to an open file descriptor: values added one by one (`addValue`, then `endRowGroup`), or row
 * groups encoded elsewhere (`writeGroup`); `finish` writes the footer.
 */
export class ColumnarParquetWriter {
  private readonly encoder: RowGroupEncoder
  private readonly rowGroups: RowGroup[] = []
  private offset = 0
  private rows = 0n

  constructor(
    private readonly fd: number,
    private readonly schema: SchemaElement[],
    private readonly createdBy: string
  ) {
    this.encoder = new RowGroupEncoder(schema)
    this.write(Buffer.from('PAR1'))
  }

  private write(bytes: Uint8Array): void {
    // writeSync may write less than asked (a disk that is nearly full): write the rest, so a full disk raises ENOSPC
    // instead of leaving a file shorter than its footer says.
    for (let done = 0; done < bytes.length;) done += writeSync(this.fd, bytes, done)
    this.offset += bytes.length
  }

  addValue(i: number, v: Value): void {
    this.encoder.addValue(i, v)
  }

  /** Writes the values added since the last row group as one (none: nothing). */
  endRowGroup(): void {
    if (this.encoder.hasRows()) this.writeGroup(this.encoder.take())
  }

  /** Writes one row group encoded by a RowGroupEncoder with this writer's schema. */
  writeGroup(encoded: EncodedColumn[]): void {
    if (encoded.length === 0 || encoded[0]!.rows === 0) return
    const groupStart = this.offset
    const columns: ColumnChunk[] = []
    let uncompressedTotal = 0n
    encoded.forEach(({ pages, statistics, compressed, uncompressed, rows }, i) => {
      const start = this.offset
      for (const page of pages) this.write(page)
      uncompressedTotal += BigInt(uncompressed)
      columns.push({
        file_offset: BigInt(start),
        meta_data: {
          type: this.schema[i + 1]!.type!,
          encodings: ['PLAIN', 'RLE'],
          path_in_schema: [this.schema[i + 1]!.name],
          codec: 'SNAPPY',
          num_values: BigInt(rows),
          total_uncompressed_size: BigInt(uncompressed),
          total_compressed_size: BigInt(compressed),
          data_page_offset: BigInt(start),
          statistics
        }
      })
    })
    const rows = BigInt(encoded[0]!.rows)
    this.rows += rows
    this.rowGroups.push({
      columns,
      total_byte_size: uncompressedTotal,
      num_rows: rows,
      file_offset: BigInt(groupStart),
      total_compressed_size: BigInt(this.offset - groupStart)
    })
  }

  finish(): void {
    this.endRowGroup()
    const footer = new ByteWriter()
    const metadata: FileMetaData = {
      version: 2,
      schema: this.schema,
      num_rows: this.rows,
      row_groups: this.rowGroups,
      created_by: this.createdBy,
      metadata_length: 0
    }
    writeMetadata(footer, metadata)
    footer.appendUint32(0x31524150) // PAR1
    this.write(footer.getBytes())
  }
}
