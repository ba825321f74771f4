/**
 * The action's main step: inputs → Settings → job → outputs and job summary. Cancellation (SIGINT/SIGTERM from the
 * runner) aborts the job, which cleans up what it wrote; the post step (src/post.ts) catches what a kill leaves.
 */
import { actionIO, type ActionIO } from './action/io.js'
import { awsState, saveAws, saveBatch, saveExecution, saveFinished } from './action/state.js'
import { defaultSleep } from './aws/retry.js'
import { errorMessage } from './errors.js'
import type { JobContext } from './jobs/context.js'
import { withDefaultRegion } from './jobs/connect.js'
import { runJob } from './jobs/run-job.js'
import { readActionInputs } from './settings/inputs.js'
import { parseSettings } from './settings/settings.js'

export async function run(io: ActionIO = actionIO(), signal?: AbortSignal): Promise<void> {
  try {
    const settings = withDefaultRegion(parseSettings(readActionInputs(io.getInput), io.env), io.env)
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
      sleep: defaultSleep,
      onBatch: batch => saveBatch(io.saveState, batch),
      onExecution: execution => saveExecution(io.saveState, execution)
    }
    const result = await runJob(settings, ctx)
    for (const [name, value] of Object.entries(result.outputs)) io.setOutput(name, value)
    if (result.summary) await io.appendSummary(result.summary)
    if (result.failure) io.setFailed(result.failure)
  } catch (err) {
    io.setFailed(errorMessage(err))
    if (io.env.RUNNER_DEBUG === '1' && err instanceof Error && err.stack) io.info(err.stack)
  } finally {
    saveFinished(io.saveState)
  }
}
