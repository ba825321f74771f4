/**
 * A text output file of a recipe run (CSV, JSON Lines): created 0600, since it can hold plaintext PII, and removed
 * whole when the run aborts, so no partial output is left behind.
 */
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'

export interface OutputFile {
  /** Writes, waiting for the stream to drain when its buffer is full. */
  write(text: string): Promise<void>
  close(): Promise<void>
  abort(): Promise<void>
}

export function openOutputFile(path: string): OutputFile {
  const out = createWriteStream(path, { flags: 'w', mode: 0o600 })
  return {
    async write(text) {
      if (!out.write(text)) await once(out, 'drain')
    },
    async close() {
      out.end()
      await once(out, 'finish')
    },
    async abort() {
      // The file opens asynchronously: wait for the stream to close, or the open could recreate it after rm. Writes
      // still queued fail with ERR_STREAM_DESTROYED on the way: that is expected here and must not replace the error
      // that made the run abort (events.once would reject with it).
      if (!out.closed) {
        const closed = new Promise<void>(resolve => out.once('close', () => resolve()))
        out.on('error', () => undefined)
        out.destroy()
        await closed
      }
      await rm(path, { force: true })
    }
  }
}
