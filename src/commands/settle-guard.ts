/**
 * The CLI's last line of defence against a silent success: a command whose promise never settles (a stream that
 * errored without rejecting anything, a deadlock in a dependency) lets the event loop empty, and Node then exits with
 * code 0 and no message. `beforeExit` runs exactly then: if the command is still pending, the exit code becomes 1 and
 * one line says so.
 */
export interface GuardedProcess {
  exitCode?: number | string | null | undefined
  once(event: 'beforeExit', listener: () => void): unknown
}

export const UNSETTLED_MESSAGE =
  'error: the command stopped before it finished (nothing was left to wait for, most likely damaged input or a bug): treat its output as failed and run it again with CLEANROOMS_DEBUG=1\n'

/** Watches `command`; when the process is about to exit with it still pending, sets exit code 1 and reports. */
export function exitNonZeroIfUnsettled(
  command: Promise<unknown>,
  proc: GuardedProcess,
  report: (line: string) => void
): void {
  let settled = false
  const done = () => void (settled = true)
  command.then(done, done)
  proc.once('beforeExit', () => {
    if (settled) return
    proc.exitCode = 1
    report(UNSETTLED_MESSAGE)
  })
}
