/**
 * Failures before the pipeline (the upload, or starting the execution) published to the stack's notification topic,
 * so operators see every failure of a dataset in one place. Same subject and message attributes as the state
 * machine's NotifyFailure (infra/statemachine.asl.json): dataset, batch, status=FAILED, error, cause; the message is
 * the same JSON summary with the GitHub run instead of the execution. A failed publish never hides the failure.
 */
import { PublishCommand, type MessageAttributeValue } from '@aws-sdk/client-sns'
import { createSnsClient } from '../aws/clients.js'
import { errorMessage } from '../errors.js'
import type { AwsSession } from './connect.js'
import type { JobContext } from './context.js'
import { explainAwsError } from './aws-errors.js'

export interface PreFailure {
  /** 'upload' when no complete batch exists yet, 'start' when the batch is complete but the execution did not start. */
  stage: 'upload' | 'start'
  batchId?: string
  message: string
}

/** SNS rejects empty String attributes, and caps a message attribute value at the message size: keep causes short. */
const MAX_ATTRIBUTE = 1024

function attribute(value: string): MessageAttributeValue {
  const v = value.trim() || 'unknown'
  return {
    DataType: 'String',
    StringValue: v.length <= MAX_ATTRIBUTE ? v : `${v.slice(0, MAX_ATTRIBUTE - 1)}…`
  }
}

/** The Publish request: pure, so its shape is tested against the state machine's NotifyFailure. */
export function failurePublish(o: {
  topicArn: string
  dataset: string
  failure: PreFailure
  runUrl?: string
}): ConstructorParameters<typeof PublishCommand>[0] {
  const error =
    o.failure.stage === 'upload' ? 'CleanroomsConnect.UploadFailed' : 'CleanroomsConnect.StartFailed'
  const batch = o.failure.batchId ?? 'unknown'
  return {
    TopicArn: o.topicArn,
    // SNS subjects: at most 100 printable ASCII characters.
    Subject: `cleanrooms-connect ${o.dataset}: batch FAILED`.replace(/[^\x20-\x7e]/g, '?').slice(0, 100),
    Message: JSON.stringify({
      status: 'FAILED',
      dataset: o.dataset,
      batchId: batch,
      error,
      cause: o.failure.message,
      ...(o.runUrl ? { run: o.runUrl } : {})
    }),
    MessageAttributes: {
      dataset: attribute(o.dataset),
      batch: attribute(batch),
      status: attribute('FAILED'),
      error: attribute(error),
      cause: attribute(o.failure.message)
    }
  }
}

function runUrl(env: NodeJS.ProcessEnv): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env
  return server && repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined
}

export async function publishPreFailure(
  session: AwsSession,
  failure: PreFailure,
  ctx: JobContext
): Promise<void> {
  const s = session.settings
  if (!s.notify || !s.notificationTopicArn) return
  const sns = createSnsClient({ ...session.clientOptions, maxAttempts: 3 })
  try {
    await sns.send(
      new PublishCommand(
        failurePublish({
          topicArn: s.notificationTopicArn,
          dataset: s.dataset,
          failure,
          runUrl: runUrl(ctx.env)
        })
      )
    )
    ctx.log(`failure published to ${s.notificationTopicArn}`)
  } catch (err) {
    const explained = explainAwsError(err, {
      service: 'SNS',
      call: 'Publish',
      resource: s.notificationTopicArn,
      permission: 'sns:Publish (and kms:GenerateDataKey/kms:Decrypt on the topic key)'
    })
    ctx.warn(`could not publish the failure: ${errorMessage(explained)}`)
  } finally {
    sns.destroy()
  }
}
