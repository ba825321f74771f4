/**
 * Errors that reach a user. Each carries a one-line message that names the thing and the fix.
 * UsageError → exit 2 (bad flags or inputs); UserError → exit 1 (the run failed for a stated reason).
 * Anything else is a bug or an unexpected fault and also exits 1, with its message.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError'
  readonly exitCode: number = 1
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
  }
}

export class UsageError extends UserError {
  override readonly name = 'UsageError'
  override readonly exitCode = 2
}

/** The message to show for any thrown value: one line, no stack. */
export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message.split('\n')[0] ?? err.name
  return String(err)
}
