/**
 * Runs a recipe file job in a worker thread whose heap is capped. V8 lets a busy heap grow to gigabytes before it
 * collects (a 1M-row run peaked at ~550 MiB RSS in-process, ~280 MiB with the heap capped), and a worker's
 * resourceLimits is the one way to cap it from inside a running program. The worker is the CLI's own entry file,
 * which hands the job to `runRecipeFile` when it starts as a worker (see src/cli.ts).
 */
import { rename, rm } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { trackStopper, trackTempFile } from '../temp-files.js'
import type { RunResult } from './engine.js'
import type { Recipe } from './model.js'

export const RECIPE_TASK = 'cleanrooms-connect:recipe-run'

export interface RecipeTask {
  task: typeof RECIPE_TASK
  recipe: Recipe
  input: string
  output: string
  /** The temp file the worker writes before renaming it to `output`; the parent removes it if the worker dies. */
  temp: string
  hashKey?: Uint8Array
  /** JOIN's secondary datasets: name → file (`recipe run --join-dataset`). */
  joinFiles?: Record<string, string>
}

/** Heap of the engine's worker: enough for one Parquet row group and REMOVE_DUPLICATES of a few million keys. */
export function engineHeapMb(env: NodeJS.ProcessEnv): number {
  const v = Number(env.CLEANROOMS_ENGINE_HEAP_MB)
  return Number.isInteger(v) && v >= 64 ? v : 192
}

/** Heap of each chunk worker: a chunk's text and one encoded row group live at a time (src/recipe/parallel.ts). */
function chunkHeapMb(heapMb: number): number {
  return Math.max(64, Math.floor(heapMb / 3))
}

/**
 * Runs the job in a worker. The parent owns the worker's temp file: it is tracked (a signal stops the worker, then
 * removes it) and removed here whenever the worker fails or dies (out of its heap, killed), since a dead worker
 * cannot clean up after itself.
 */
export async function runRecipeInWorker(
  entryFile: string,
  job: Omit<RecipeTask, 'task'>,
  heapMb: number
): Promise<RunResult & { columns: string[] }> {
  const releaseTemp = trackTempFile(job.temp)
  try {
    // The common job (CSV → Parquet, row-local steps) runs in chunks across threads; the rest on one worker.
    const parallel = await import('./parallel.js')
    const threads = parallel.engineThreads(process.env)
    const columns = threads > 1 ? await parallel.chunkedColumns(job, job.output) : undefined
    if (columns) {
      const result = await parallel.runChunked(entryFile, job, columns, threads, chunkHeapMb(heapMb))
      await rename(job.temp, job.output)
      return result
    }
    return await startWorker(entryFile, job, heapMb)
  } catch (err) {
    await rm(job.temp, { force: true })
    throw err
  } finally {
    releaseTemp()
  }
}

function startWorker(
  entryFile: string,
  job: Omit<RecipeTask, 'task'>,
  heapMb: number
): Promise<RunResult & { columns: string[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entryFile, {
      workerData: { task: RECIPE_TASK, ...job } satisfies RecipeTask,
      resourceLimits: { maxOldGenerationSizeMb: heapMb }
    })
    const releaseStopper = trackStopper(() => worker.terminate())
    let settled = false
    worker.once(
      'message',
      (m: { ok: boolean; result?: RunResult & { columns: string[] }; error?: string }) => {
        settled = true
        if (m.ok) resolve(m.result!)
        else reject(new Error(m.error))
      }
    )
    // An error (out of heap, a crash) is reported once the worker has exited, so the caller removes its temp file only
    // when nothing can write to it any more.
    let failure: Error | undefined
    worker.once('error', err => {
      failure =
        (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new Error(
              `the recipe engine ran out of its ${heapMb} MiB heap: set CLEANROOMS_ENGINE_HEAP_MB higher`
            )
          : err
    })
    worker.once('exit', code => {
      releaseStopper()
      if (!settled) reject(failure ?? new Error(`the recipe engine's worker exited with code ${code}`))
    })
  })
}
