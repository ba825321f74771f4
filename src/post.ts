/**
 * The action's post step (runs always): finishes what a cancelled or killed main step left. A batch that never got
 * its manifest is removed (objects and multipart uploads), and an execution the main step was still waiting for
 * when the job was cancelled is stopped. Nothing to do after a normal run.
 */
import { actionIO, type ActionIO } from './action/io.js'
import { readState } from './action/state.js'
import { createS3Client, createSfnClient } from './aws/clients.js'
import { errorMessage } from './errors.js'
import { openAwsSession } from './jobs/connect.js'
import { stopExecution } from './pipeline/execution.js'
import { cleanupIncompleteBatch } from './transfer/batch-store.js'

export async function post(io: ActionIO = actionIO()): Promise<void> {
  const state = readState(io.getState)
  const batch = state.batch && !state.batch.complete ? state.batch : undefined
  // An execution the main step started and did not see end, stop or deliberately leave: main was cancelled or killed
  // while waiting (a main step that reached its end saves `finished`, e.g. after timeout-minutes or wait: false).
  const execution =
    state.execution && !state.execution.finished && state.execution.stopOnCancel !== false && !state.finished
      ? state.execution
      : undefined
  if (!state.aws || (!batch && !execution)) return

  try {
    // The same way the main step opened its session: fresh credentials, the same client options.
    const { clientOptions: options } = await openAwsSession(state.aws, {
      env: io.env,
      getIDToken: io.getIDToken,
      mask: io.setSecret
    })
    if (batch) {
      const s3 = createS3Client(options)
      try {
        io.info(`main step ended before batch s3://${batch.bucket}/${batch.prefix} was complete: removing it`)
        // It logs what it removed, in words.
        await cleanupIncompleteBatch(s3, batch.bucket, batch.prefix, io.info)
      } finally {
        s3.destroy()
      }
    }
    if (execution) {
      const sfn = createSfnClient(options)
      try {
        io.info(`job cancelled while waiting for ${execution.executionArn}: stopping it`)
        await stopExecution(
          sfn,
          execution.executionArn,
          'the GitHub Actions job that started it was cancelled'
        )
        io.info(`stopped ${execution.executionArn}`)
      } finally {
        sfn.destroy()
      }
    }
  } catch (err) {
    io.warning(`post step could not clean up: ${errorMessage(err)}`)
  }
}
