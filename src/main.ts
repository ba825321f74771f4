/**
 * The action's main step: inputs → Settings → job → outputs and job summary. Cancellation (SIGINT/SIGTERM from the
 * runner) aborts the job, which cleans up what it wrote; the post step (src/post.ts) catches what a kill leaves.
 */
import { actionIO, type ActionIO } from './action/io.js'
import { awsState, saveAws, saveBatch, saveExecution, saveFinished } from './action/state.js'
import { errorMessage } from './errors.js'
import type { JobContext } from './jobs/context.js'
import { withDefaultRegion } from './jobs/connect.js'
import { JobProgress, runJob } from './jobs/run-job.js'
import { abortableSleep } from './pipeline/execution.js'
import { renderFailureSummary } from './report/failure-summary.js'
import { capSummary } from './report/format.js'
import { readActionInputs } from './settings/inputs.js'
import { parseSettings } from './settings/settings.js'

export async function run(io: ActionIO = actionIO(), signal?: AbortSignal): Promise<void> {
  const progress = new JobProgress()
  let command = io.getInput('command') || 'run'
  try {
    const settings = withDefaultRegion(parseSettings(readActionInputs(io.getInput), io.env), io.env)
    command = settings.command
    const aws = awsState(settings)
    if (aws && settings.command !== 'validate') saveAws(io.saveState, aws)
    const ctx: JobContext = {
      env: io.env,
      cwd: io.workspace,
      log: io.info,
      warn: io.warning,
      annotate: io.annotate,
      mask: io.setSecret,
      getIDToken: io.getIDToken,
      signal,
      now: Date.now,
      sleep: abortableSleep,
      onBatch: batch => saveBatch(io.saveState, batch),
      onExecution: execution => saveExecution(io.saveState, execution)
    }
    const result = await runJob(settings, ctx, progress)
    for (const [name, value] of Object.entries(result.outputs)) io.setOutput(name, value)
    if (result.summary) await io.appendSummary(capSummary(result.summary))
    if (result.failure) io.setFailed(result.failure)
  } catch (err) {
    const message = errorMessage(err)
    io.setFailed(message)
    if (io.env.RUNNER_DEBUG === '1' && err instanceof Error && err.stack) io.info(err.stack)
    // What the job had established still reaches the outputs and the summary: a later step can start the batch.
    for (const [name, value] of Object.entries(progress.outputs)) io.setOutput(name, value)
    const failure = renderFailureSummary({ command, message, outputs: progress.outputs })
    await io
      .appendSummary(capSummary(progress.summary ? `${progress.summary}\n${failure}` : failure))
      .catch((e: unknown) => io.warning(`could not write the job summary: ${errorMessage(e)}`))
  } finally {
    // A cancelled main step is not 'finished': the post step then stops an execution it could not stop itself.
    if (!signal?.aborted) saveFinished(io.saveState)
  }
}
