/** The CLI door (`cleanrooms-connect`, package.json bin): wiring only. */
import { fileURLToPath } from 'node:url'
import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { main } from './commands/dispatch.js'
import { removeTempFilesOnExit } from './commands/exit-cleanup.js'
import { exitNonZeroIfUnsettled } from './commands/settle-guard.js'
import { errorMessage } from './errors.js'
import { RECIPE_CHUNKS_TASK, type ChunkTask } from './recipe/chunk-task.js'
import { RECIPE_TASK, type RecipeTask } from './recipe/isolated.js'

if (!isMainThread && (workerData as RecipeTask | undefined)?.task === RECIPE_TASK) {
  // Started by runRecipeInWorker: run the job with the capped heap and report back.
  const job = workerData as RecipeTask
  const { runRecipeFile } = await import('./recipe/run-file.js')
  try {
    const result = await runRecipeFile(
      job.recipe,
      job.input,
      job.output,
      { hashKey: job.hashKey ? Buffer.from(job.hashKey) : undefined },
      job.joinFiles,
      job.temp
    )
    parentPort!.postMessage({ ok: true, result })
  } catch (err) {
    parentPort!.postMessage({ ok: false, error: errorMessage(err) })
  }
} else if (!isMainThread && (workerData as ChunkTask | undefined)?.task === RECIPE_CHUNKS_TASK) {
  // Started by runChunked (src/recipe/parallel.ts): serve chunks until terminated.
  const { serveChunks } = await import('./recipe/chunk-worker.js')
  serveChunks(workerData as ChunkTask)
} else {
  // The entry file, for commands that run work in a worker thread of their own.
  process.env.CLEANROOMS_CLI_ENTRY ??= fileURLToPath(import.meta.url)
  removeTempFilesOnExit(process, line => void process.stderr.write(line))
  const command = main(process.argv.slice(2), {
    stdout: text => void process.stdout.write(text),
    stderr: text => void process.stderr.write(text),
    env: process.env,
    cwd: process.cwd()
  })
  exitNonZeroIfUnsettled(command, process, line => void process.stderr.write(line))
  command.then(
    code => {
      process.exitCode = code
    },
    err => {
      process.stderr.write(`error: ${errorMessage(err)}\n`)
      process.exitCode = 1
    }
  )
}
