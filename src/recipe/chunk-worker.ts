/**
 * The worker side of a parallel recipe run (src/recipe/parallel.ts): compiles the recipe once, then turns each chunk
 * of CSV bytes (whole records) into one encoded Parquet row group: decode, parse, run the steps, encode and compress. Only
 * bytes go back to the coordinator (transferred, not copied).
 */
import { parentPort } from 'node:worker_threads'
import { CsvParser, CsvSyntaxError, csvRecordRow } from '../formats/csv.js'
import { packGroup, RowGroupEncoder, transferables, type EncodedColumn } from '../formats/parquet-columns.js'
import { converter, schemaElement } from '../formats/parquet.js'
import { cell, type Row } from '../formats/table.js'
import { StrictUtf8Decoder } from '../formats/utf8.js'
import { compileRecipe, throughAll, type CompiledRecipe } from './engine.js'
import type { ChunkReply, ChunkRequest, ChunkTask } from './chunk-task.js'

export function chunkEncoder(compiled: CompiledRecipe): RowGroupEncoder {
  return new RowGroupEncoder([
    { name: 'root', num_children: compiled.output.length },
    ...compiled.output.map(schemaElement)
  ])
}

/** Characters (or bytes) parsed at a time: the records of one piece are live at once, not the chunk's. */
const PIECE = 1 << 20

/** A chunk of whole records: text, or the file's UTF-8 bytes (decoded here, strictly, piece by piece). */
export type ChunkInput = { line: number; last: boolean } & (
  { text: string } | { bytes: Uint8Array; utf8Line: number }
)

/** The chunk's text in pieces; bytes that are not UTF-8 throw `input:line: not valid UTF-8 …`. */
function* pieces(input: string, chunk: ChunkInput): Generator<string> {
  if ('text' in chunk) {
    for (let at = 0; at < chunk.text.length; at += PIECE) yield chunk.text.slice(at, at + PIECE)
    return
  }
  const decoder = new StrictUtf8Decoder(input, chunk.utf8Line)
  const bytes = chunk.bytes
  for (let at = 0; at < bytes.length; at += PIECE) yield decoder.write(bytes.subarray(at, at + PIECE))
  // Chunks end after a line break: only the file's last can end inside a multi-byte character.
  yield decoder.end()
}

/** Parses, transforms and encodes one chunk (`encoder` is reused: its page buffers are allocated once). */
export function runChunk(
  compiled: CompiledRecipe,
  encoder: RowGroupEncoder,
  input: string,
  chunk: ChunkInput
): { rowsIn: number; rowsOut: number; group: EncodedColumn[] } {
  const names = compiled.input.map(c => c.name)
  const output = compiled.output
  const convert = output.map(c => converter(c.type))
  const parser = new CsvParser(',', chunk.line)
  let rowsIn = 0
  let rowsOut = 0
  const take = (records: (string | null)[][]) => {
    const lines = parser.recordLines
    rowsIn += records.length
    for (let r = 0; r < records.length; r++) {
      const row: Row | null = throughAll(compiled, csvRecordRow(input, names, records[r]!, lines[r]!))
      if (!row) continue
      rowsOut++
      for (let i = 0; i < output.length; i++) encoder.addValue(i, convert[i]!(cell(row, output[i]!.name)))
    }
  }
  try {
    for (const piece of pieces(input, chunk)) take(parser.push(piece))
    const tail = parser.end()
    // Chunks end at record ends (src/recipe/byte-chunks.ts): only the file's last may end without a line break.
    if (tail.length > 0 && !chunk.last)
      throw new Error(`${input}:${parser.line}: a chunk ended inside a record`)
    take(tail)
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new Error(`${input}:${err.line}: ${err.message}`)
    throw err
  }
  return { rowsIn, rowsOut, group: encoder.take() }
}

/** The worker's loop: one reply per request, in the order asked. */
export function serveChunks(task: ChunkTask): void {
  const compiled = compileRecipe(task.recipe, task.columns, {
    hashKey: task.hashKey ? Buffer.from(task.hashKey) : undefined
  })
  const encoder = chunkEncoder(compiled)
  parentPort!.on('message', (request: ChunkRequest) => {
    let reply: ChunkReply
    // The chunk is decoded into strings by now: its buffer goes back to be read into again (no new allocation).
    const spare = request.bytes.buffer as ArrayBuffer
    try {
      const done = runChunk(compiled, encoder, task.input, request)
      reply = { id: request.id, spare, ok: true, ...done, group: packGroup(done.group, request.groupBuffer) }
    } catch (err) {
      reply = { id: request.id, spare, ok: false, error: err instanceof Error ? err.message : String(err) }
    }
    parentPort!.postMessage(reply, [spare, ...(reply.ok ? transferables(reply.group) : [])])
  })
}
