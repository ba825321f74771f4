/**
 * Reads a CSV file as chunks of whole records in bytes, for a chunked recipe run (src/recipe/parallel.ts). Each chunk
 * is a view on an ArrayBuffer of its own, so the coordinator can transfer it to a worker (no copy) and holds no text:
 * it neither decodes nor keeps strings; the worker decodes strictly (src/recipe/chunk-worker.ts).
 */
import { open } from 'node:fs/promises'
import { CsvParser } from '../formats/csv.js'
import { StrictUtf8Decoder } from '../formats/utf8.js'
import { countLineBreaks, countLineFeeds, firstRecordEnd, lastRecordEnd } from './csv-chunks.js'

/** Whole records after the header: `bytes` is the only view on its buffer that is ever sent. */
export interface ByteChunk {
  bytes: Uint8Array
  /** The physical line the chunk starts at, as CsvParser counts lines (a lone CR ends one). */
  line: number
  /** The same line as the strict UTF-8 decoder counts lines (line feeds only), for its errors. */
  utf8Line: number
  /** The file's last chunk (only it may end without a line break). */
  last: boolean
}

/** Room in a chunk buffer beyond `chunkBytes`, for the part record carried over from the last chunk. */
const CARRY_BYTES = 64 << 10

/**
 * The input's records after the header, as chunks of about `chunkBytes` bytes of whole records. Buffers given back
 * into `spares` (by the workers, once they have decoded a chunk) are read into again: a fixed set of buffers circulates
 * instead of a fresh one per chunk, whose churn through malloc kept ~40 MiB more RSS (a fixed mmap threshold,
 * which stops that reuse, measured 213-217 MiB against 253-272 MiB).
 */
export async function* byteChunks(
  file: string,
  chunkBytes: number,
  spares: ArrayBuffer[] = []
): AsyncGenerator<ByteChunk> {
  const handle = await open(file, 'r')
  let buf = new Uint8Array(0)
  let start = 0 // buf[start, filled) is read and not yet sent
  let filled = 0
  let eof = false
  /** A buffer of `size` bytes (a spare, or a new one): what is left of the last one, then the file. */
  const refill = async (size: number) => {
    const spare = spares.pop()
    const next =
      spare && spare.byteLength >= size
        ? new Uint8Array(spare, 0, size)
        : new Uint8Array(Math.max(size, chunkBytes + CARRY_BYTES)).subarray(0, size)
    next.set(buf.subarray(start, filled))
    filled -= start
    start = 0
    buf = next
    while (!eof && filled < size) {
      const { bytesRead } = await handle.read(buf, filled, size - filled, null)
      if (bytesRead === 0) eof = true
      filled += bytesRead
    }
  }
  try {
    await refill(chunkBytes)
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) start = 3 // BOM
    let line = 1
    let utf8Line = 1
    // The header (and any blank lines before it, which CsvParser skips) is the reader's: skip it here.
    for (let header = false; !header;) {
      const end = firstRecordEnd(buf.subarray(start, filled))
      if (end === -1) {
        if (eof) return // a header and no records
        await refill(Math.max(chunkBytes, 2 * (filled - start)))
        continue
      }
      const head = buf.subarray(start, start + end)
      const decoder = new StrictUtf8Decoder(file, line)
      const parser = new CsvParser()
      header = parser.push(decoder.write(head) + decoder.end()).length + parser.end().length > 0
      line += countLineBreaks(head)
      utf8Line += countLineFeeds(head)
      start += end
    }
    for (;;) {
      const view = buf.subarray(start, filled)
      if (eof) {
        if (view.length > 0) yield { bytes: view, line, utf8Line, last: true }
        return
      }
      const cut = lastRecordEnd(view)
      if (cut <= 0) {
        // One record longer than the buffer: read on into a larger one.
        await refill(Math.max(chunkBytes, 2 * view.length))
        continue
      }
      const chunk: ByteChunk = { bytes: view.subarray(0, cut), line, utf8Line, last: false }
      line += countLineBreaks(chunk.bytes)
      utf8Line += countLineFeeds(chunk.bytes)
      start += cut
      // The rest moves to the next buffer before this one is handed over (a transfer detaches it).
      await refill(chunkBytes + (filled - start))
      yield chunk
    }
  } finally {
    await handle.close()
  }
}
