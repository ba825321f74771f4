/**
 * How the Lambdas fail and read failures. A PipelineError's name is what the state machine sees as the task's
 * `Error` (the Lambda's errorType), so Catch and Retry can match it; its message is one line for the summary.
 * The readers do not use `instanceof Error`: errors from another realm (Node internals under a VM, the SDK's own
 * classes) are not instances of ours.
 */

export type PipelineErrorName =
  | 'InvalidInput'
  | 'BatchIncomplete'
  | 'KeysUnavailable'
  | 'DecryptFailed'
  | 'ArchiveFailed'
  | 'PublishFailed'
  | 'SchemaChanged'
  | 'CleanupFailed'
  | 'Misconfigured'

/** Errors the state machine reports by name (the Lambda's errorType) with a one-line message. */
export class PipelineError extends Error {
  constructor(name: PipelineErrorName, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = name
  }
}

/** The first line of an error's message (or of what it is, when it is not an error). */
export function oneLine(err: unknown): string {
  const message = (err as { message?: unknown })?.message
  const m = typeof message === 'string' ? message : String(err)
  return (m.split('\n')[0] ?? m).trim()
}

/** The error's name: the AWS SDK's exception name (NoSuchKey, EntityNotFoundException …) or 'Error'. */
export function errorName(err: unknown): string {
  const n = (err as { name?: unknown })?.name
  return typeof n === 'string' ? n : 'Error'
}

/** The HTTP status of an AWS SDK error, when it has one. */
export function statusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode
}
