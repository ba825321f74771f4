/**
 * The messages of a chunked recipe run (src/recipe/parallel.ts ↔ src/recipe/chunk-worker.ts). Types and one constant
 * only, so that the CLI's entry can route a worker to its task without loading the engine.
 */
import type { EncodedColumn } from '../formats/parquet-columns.js'
import type { Column } from '../formats/table.js'
import type { Recipe } from './model.js'

export const RECIPE_CHUNKS_TASK = 'cleanrooms-connect:recipe-chunks'

/** A chunk worker's workerData. */
export interface ChunkTask {
  task: typeof RECIPE_CHUNKS_TASK
  recipe: Recipe
  /** The input file, for error messages. */
  input: string
  columns: Column[]
  hashKey?: Uint8Array
}

export interface ChunkRequest {
  id: number
  /** Whole records of the input (no header), UTF-8 as in the file: a view on a buffer transferred with it. */
  bytes: Uint8Array
  /** The physical line the bytes start at, as CsvParser counts lines (a lone CR ends one). */
  line: number
  /** The same line as the strict UTF-8 decoder counts lines (line feeds only), for its errors. */
  utf8Line: number
  /** The file's last chunk (only it may end without a line break). */
  last: boolean
  /** A row group buffer the coordinator has written out, given back (transferred) for the reply's row group. */
  groupBuffer?: ArrayBuffer
}

/** `spare`: the request's buffer, given back (transferred) for the coordinator to read the next chunk into. */
export type ChunkReply = { id: number; spare?: ArrayBuffer } & (
  { ok: true; rowsIn: number; rowsOut: number; group: EncodedColumn[] } | { ok: false; error: string }
)
