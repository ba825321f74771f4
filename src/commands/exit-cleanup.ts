/**
 * The CLI's cleanup on exits its commands cannot see: SIGINT/SIGTERM (Ctrl-C, the runner cancelling a step, `kill`)
 * and `process.exit`/an uncaught error. While a temp file or worker is tracked (src/temp-files.ts), a signal stops the
 * tracked work, removes the tracked temp files and exits with 128 + the signal number after one line on stderr. The
 * handlers exist only while something is tracked, so other commands keep Node's default signal behaviour (or their
 * own handlers, such as `run` stopping its execution). The 'exit' listener removes whatever is still tracked.
 */
import { onTrackingChange, removeTrackedTempFilesSync, stopAndRemoveTempFiles } from '../temp-files.js'

type Signal = 'SIGINT' | 'SIGTERM'

export interface ExitingProcess {
  on(event: Signal | 'exit', listener: () => void): unknown
  off(event: Signal, listener: () => void): unknown
  exit(code: number): never
}

const SIGNAL_EXIT: Record<Signal, number> = { SIGINT: 130, SIGTERM: 143 }

/** Time given to tracked work (a worker thread) to stop before its files are removed anyway. */
const STOP_BUDGET_MS = 2000

export function removeTempFilesOnExit(proc: ExitingProcess, report: (line: string) => void): void {
  proc.on('exit', () => void removeTrackedTempFilesSync())
  let stopping = false
  const handlers = (['SIGINT', 'SIGTERM'] as const).map(signal => {
    const handler = () => {
      if (stopping) return
      stopping = true
      const exit = () => proc.exit(SIGNAL_EXIT[signal])
      void stopAndRemoveTempFiles(STOP_BUDGET_MS).then(removed => {
        const what = removed > 0 ? ': its partial output was removed' : ''
        report(`error: stopped by ${signal} before the command finished${what}\n`)
        exit()
      }, exit)
    }
    return { signal, handler }
  })
  onTrackingChange(tracking => {
    for (const { signal, handler } of handlers) {
      if (tracking) proc.on(signal, handler)
      else if (!stopping) proc.off(signal, handler)
    }
  })
}
