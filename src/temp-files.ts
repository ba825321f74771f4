/**
 * Temp files that can hold plaintext (a decryption or a recipe run not yet renamed into place), owned by the process
 * that names them. Each writer removes its own temp file when it fails; this registry covers the exits where no
 * writer code runs: a signal (SIGINT/SIGTERM), `process.exit`, an uncaught error, or a worker thread that died
 * (out of its heap) while writing. Work that writes into a tracked file from elsewhere (a worker thread) registers a
 * stopper, so the writer is stopped before its file is removed and cannot re-create it afterwards.
 */
import { rmSync } from 'node:fs'

const temps = new Set<string>()
const stoppers = new Set<() => Promise<unknown>>()
let listener: ((tracking: boolean) => void) | undefined

/** Told when tracking starts (something tracked) and ends (nothing left): the CLI arms its signal handlers then. */
export function onTrackingChange(fn: ((tracking: boolean) => void) | undefined): void {
  listener = fn
}

function changed(wasTracking: boolean): void {
  const tracking = temps.size + stoppers.size > 0
  if (tracking !== wasTracking) listener?.(tracking)
}

function track<T>(set: Set<T>, item: T): () => void {
  const was = temps.size + stoppers.size > 0
  set.add(item)
  changed(was)
  return () => {
    const before = temps.size + stoppers.size > 0
    set.delete(item)
    changed(before)
  }
}

/** Tracks `path` until the returned release is called (after the rename, or after the writer removed it). */
export function trackTempFile(path: string): () => void {
  return track(temps, path)
}

/** Registers work to stop before tracked files are removed on a signal; returns the unregister function. */
export function trackStopper(stop: () => Promise<unknown>): () => void {
  return track(stoppers, stop)
}

/** The paths tracked now (tests, messages). */
export function trackedTempFiles(): string[] {
  return [...temps]
}

/** Removes every tracked temp file, synchronously (safe in an 'exit' listener). Returns how many were tracked. */
export function removeTrackedTempFilesSync(): number {
  const was = temps.size + stoppers.size > 0
  const count = temps.size
  for (const path of temps) rmSync(path, { force: true })
  temps.clear()
  changed(was)
  return count
}

/** Stops registered work (each given at most `budgetMs`), then removes the tracked temp files. */
export async function stopAndRemoveTempFiles(budgetMs: number): Promise<number> {
  const all = Promise.allSettled([...stoppers].map(stop => stop()))
  let timer: NodeJS.Timeout | undefined
  await Promise.race([all, new Promise(resolve => (timer = setTimeout(resolve, budgetMs)))])
  clearTimeout(timer)
  return removeTrackedTempFilesSync()
}
