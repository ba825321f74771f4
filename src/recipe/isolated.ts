/**
 * Runs a recipe file job in a worker thread whose heap is capped. V8 lets a busy heap grow to gigabytes before it
 * collects (a 1M-row run peaked at ~550 MiB RSS in-process, ~280 MiB with the heap capped), and a worker's
 * resourceLimits is the one way to cap it from inside a running program. The worker is the CLI's own entry file,
 * which hands the job to `runRecipeFile` when it starts as a worker (see src/cli.ts).
 */
import { Worker } from 'node:worker_threads'
import type { RunResult } from './engine.js'
import type { Recipe } from './model.js'

export const RECIPE_TASK = 'cleanrooms-connect:recipe-run'

export interface RecipeTask {
  task: typeof RECIPE_TASK
  recipe: Recipe
  input: string
  output: string
  hashKey?: Uint8Array
  /** JOIN's secondary datasets: name → file (`recipe run --join-dataset`). */
  joinFiles?: Record<string, string>
}

/** Heap of the engine's worker: enough for one Parquet row group and REMOVE_DUPLICATES of a few million keys. */
export function engineHeapMb(env: NodeJS.ProcessEnv): number {
  const v = Number(env.CLEANROOMS_ENGINE_HEAP_MB)
  return Number.isInteger(v) && v >= 64 ? v : 192
}

export function runRecipeInWorker(
  entryFile: string,
  job: Omit<RecipeTask, 'task'>,
  heapMb: number
): Promise<RunResult & { columns: string[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entryFile, {
      workerData: { task: RECIPE_TASK, ...job } satisfies RecipeTask,
      resourceLimits: { maxOldGenerationSizeMb: heapMb }
    })
    let settled = false
    worker.once(
      'message',
      (m: { ok: boolean; result?: RunResult & { columns: string[] }; error?: string }) => {
        settled = true
        if (m.ok) resolve(m.result!)
        else reject(new Error(m.error))
      }
    )
    worker.once('error', err => {
      settled = true
      reject(
        (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new Error(
              `the recipe engine ran out of its ${heapMb} MiB heap: set CLEANROOMS_ENGINE_HEAP_MB higher`
            )
          : err
      )
    })
    worker.once('exit', code => {
      if (!settled) reject(new Error(`the recipe engine's worker exited with code ${code}`))
    })
  })
}
