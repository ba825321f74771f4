/**
 * A recipe run across worker threads, for the common job: a CSV in, a Parquet out, every step row-local. The
 * coordinator (the calling thread) reads the file's bytes and cuts them into chunks of whole records
 * (src/recipe/byte-chunks.ts), transferred to the workers; each worker decodes and parses its chunks, runs the steps
 * and encodes each chunk as one Parquet row group (src/recipe/chunk-worker.ts); the coordinator writes the row groups
 * in input order. Decoding, hashing, normalisation, parsing and compression all scale with the cores; what stays on
 * one thread is reading, cutting and writing.
 */
import { closeSync, openSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'
import { openCsvReader } from '../formats/csv.js'
import { ColumnarParquetWriter, transferables } from '../formats/parquet-columns.js'
import { schemaElement } from '../formats/parquet.js'
import type { Column } from '../formats/table.js'
import { RECIPE_CHUNKS_TASK, type ChunkReply, type ChunkRequest, type ChunkTask } from './chunk-task.js'
import { byteChunks } from './byte-chunks.js'
import { compileRecipe, type RunResult } from './engine.js'
import type { Recipe } from './model.js'

/**
 * Operations whose result for a row depends on that row alone (no state across rows, no first pass, no whole-table
 * step): only recipes made of these run in chunks. Anything else runs on one thread as before.
 */
export const ROW_LOCAL_OPERATIONS = new Set([
  'LOWER_CASE',
  'UPPER_CASE',
  'CAPITAL_CASE',
  'SENTENCE_CASE',
  'REMOVE_COMBINED',
  'REPLACE_TEXT',
  'FORMAT_PHONE_NUMBER',
  'DELETE',
  'RENAME',
  'DUPLICATE',
  'MERGE',
  'CHANGE_DATA_TYPE',
  'REMOVE_MISSING',
  'REMOVE_VALUES',
  'FILL_WITH_CUSTOM',
  'FILL_WITH_EMPTY',
  'FILL_WITH_NULL',
  'CRYPTOGRAPHIC_HASH'
])

/**
 * Bytes of CSV per chunk (= per row group): ~17k rows of a 125-byte customer record. Smaller chunks keep less in
 * flight (RSS): at 1M rows on 2 threads, 2 MiB measured 203–213 MiB peak RSS against 232–234 MiB for 4 MiB, in the
 * same time.
 */
export const CHUNK_BYTES = 2 << 20

/** Young generation of each chunk worker, MiB. */
const CHUNK_YOUNG_MB = 4

/** Worker threads for a chunked run: CLEANROOMS_ENGINE_THREADS, else the cores (at most 4); below 2, none. */
export function engineThreads(env: NodeJS.ProcessEnv): number {
  const raw = env.CLEANROOMS_ENGINE_THREADS
  if (raw !== undefined && raw !== '') {
    const v = Number(raw)
    if (!Number.isInteger(v) || v < 1 || v > 64)
      throw new Error(`CLEANROOMS_ENGINE_THREADS=${raw}: use a whole number from 1 to 64 (1 = one thread)`)
    return v
  }
  return Math.min(availableParallelism(), 4)
}

export interface ParallelJob {
  recipe: Recipe
  input: string
  temp: string
  hashKey?: Uint8Array
  joinFiles?: Record<string, string>
}

/** The input's columns and the recipe's output columns, for a job that runs in chunks. */
export interface ChunkedColumns {
  input: Column[]
  output: Column[]
}

/**
 * The columns when the job can run in chunks (CSV in, Parquet out, no JOIN dataset, every step row-local and
 * compiling); undefined sends it down the one-thread path, which also reports any recipe problem as before.
 */
export async function chunkedColumns(job: ParallelJob, output: string): Promise<ChunkedColumns | undefined> {
  if (path.extname(job.input).toLowerCase() !== '.csv') return undefined
  if (path.extname(output).toLowerCase() !== '.parquet') return undefined
  if (Object.keys(job.joinFiles ?? {}).length > 0) return undefined
  if (!job.recipe.steps.every(s => ROW_LOCAL_OPERATIONS.has(s.operation))) return undefined
  try {
    const reader = await openCsvReader(job.input)
    const input = reader.columns
    await reader.close()
    const hashKey = job.hashKey ? Buffer.from(job.hashKey) : undefined
    return { input, output: compileRecipe(job.recipe, input, { hashKey }).output }
  } catch {
    return undefined
  }
}

/** Workers that answer chunk requests; replies are matched by id. */
class ChunkPool {
  private readonly workers: Worker[] = []
  /**
   * The settle functions of the requests in flight. A failure rejects them here rather than through a Promise.race
   * against one long-lived promise: each race left a reaction on it that kept its reply (a whole encoded row group)
   * reachable to the end of the run, ~120 MiB of RSS at 1M rows, growing with the file.
   */
  private readonly waiting = new Map<
    number,
    { resolve: (r: ChunkReply) => void; reject: (e: Error) => void }
  >()
  private failure: Error | undefined
  /** Chunk buffers the workers gave back, for the reader to fill again (src/recipe/byte-chunks.ts). */
  readonly spares: ArrayBuffer[] = []

  constructor(entryFile: string, task: ChunkTask, threads: number, heapMb: number) {
    for (let i = 0; i < threads; i++) {
      const worker = new Worker(entryFile, {
        workerData: task,
        // A small young generation: chunk garbage dies young either way, and V8's default semi-spaces cost ~55 MiB
        // of peak RSS across 2 workers (80k rows: 302 → 237–248 MiB) for no measurable speed.
        resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: CHUNK_YOUNG_MB }
      })
      worker.on('message', (reply: ChunkReply) => {
        if (reply.spare) this.spares.push(reply.spare)
        delete reply.spare
        const waiter = this.waiting.get(reply.id)
        this.waiting.delete(reply.id)
        waiter?.resolve(reply)
      })
      worker.once('error', err => this.fail(err, heapMb))
      worker.once('exit', code => {
        if (code !== 0) this.fail(new Error(`a recipe engine worker exited with code ${code}`), heapMb)
      })
      this.workers.push(worker)
    }
  }

  private fail(err: Error, heapMb: number): void {
    if (this.failure) return
    this.failure =
      (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new Error(
            `a recipe engine worker ran out of its ${heapMb} MiB heap: set CLEANROOMS_ENGINE_HEAP_MB higher`
          )
        : err
    for (const waiter of this.waiting.values()) waiter.reject(this.failure)
    this.waiting.clear()
  }

  /** Sends a request to worker `id % threads`; the promise settles with its reply, or rejects when a worker fails. */
  ask(request: ChunkRequest, transfer: ArrayBuffer[] = []): Promise<ChunkReply> {
    if (this.failure) return Promise.reject(this.failure)
    const reply = new Promise<ChunkReply>((resolve, reject) =>
      this.waiting.set(request.id, { resolve, reject })
    )
    void reply.catch(() => undefined) // handled when its turn to be written comes; others may fail first
    this.workers[request.id % this.workers.length]!.postMessage(request, transfer)
    return reply
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(w => w.terminate()))
  }
}

/**
 * Runs the job in chunks: reads `job.input`, writes `job.temp` (the caller renames or removes it). `columns` come
 * from chunkedColumns, which compiled the recipe on them.
 */
export async function runChunked(
  entryFile: string,
  job: ParallelJob,
  columns: ChunkedColumns,
  threads: number,
  heapMb: number
): Promise<RunResult & { columns: string[] }> {
  const hashKey = job.hashKey ? Buffer.from(job.hashKey) : undefined
  const { output } = columns
  const task: ChunkTask = {
    task: RECIPE_CHUNKS_TASK,
    recipe: job.recipe,
    input: job.input,
    columns: columns.input,
    hashKey
  }
  const pool = new ChunkPool(entryFile, task, threads, heapMb)
  const fd = openSync(job.temp, 'w', 0o600) // 0600: the output of a recipe run can hold plaintext PII
  try {
    const writer = new ColumnarParquetWriter(
      fd,
      [{ name: 'root', num_children: output.length }, ...output.map(schemaElement)],
      'cleanrooms-connect'
    )
    let rowsIn = 0
    let rowsOut = 0
    // Replies are written in request order; one request per worker in flight, plus one queued.
    const inFlight: Promise<ChunkReply>[] = []
    const settleOldest = async () => {
      const reply = await inFlight.shift()!
      if (!reply.ok) throw new Error(reply.error)
      rowsIn += reply.rowsIn
      rowsOut += reply.rowsOut
      writer.writeGroup(reply.group)
      // Its buffer goes back to a worker with the next request: left to the coordinator's GC, which runs seldom (it
      // allocates little), written row groups piled up as external memory (up to ~70 MiB seen at 5M rows).
      groupBuffers.push(...transferables(reply.group))
    }
    let id = 0
    const groupBuffers: ArrayBuffer[] = []
    for await (const chunk of byteChunks(job.input, CHUNK_BYTES, pool.spares)) {
      // The chunk's buffer is transferred, not copied: the coordinator keeps no input once it is sent.
      const groupBuffer = groupBuffers.pop()
      const transfer = [chunk.bytes.buffer as ArrayBuffer, ...(groupBuffer ? [groupBuffer] : [])]
      inFlight.push(pool.ask({ id: id++, ...chunk, groupBuffer }, transfer))
      if (inFlight.length > threads) await settleOldest()
    }
    while (inFlight.length > 0) await settleOldest()
    writer.finish()
    return { rowsIn, rowsOut, columns: output.map(c => c.name) }
  } finally {
    closeSync(fd)
    await pool.close()
  }
}
