/** A file's text on the pull request's base branch, when the checkout has it (actions/checkout with fetch-depth: 0). */
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

export async function baseVersion(
  env: NodeJS.ProcessEnv,
  cwd: string,
  relative: string
): Promise<string | undefined> {
  const base = env.GITHUB_BASE_REF?.trim()
  // A branch name never starts with '-' (git check-ref-format); as the bare ref below, one would be read as an option.
  if (!base || base.startsWith('-')) return undefined
  for (const ref of [`origin/${base}`, base]) {
    try {
      // `./`: relative to cwd, which may sit below the repository root (a bare `ref:path` is read from the root).
      const { stdout } = await run('git', ['show', `${ref}:./${relative.split(path.sep).join('/')}`], {
        cwd,
        maxBuffer: 8 << 20
      })
      return stdout
    } catch {
      // not fetched, or the file is new on this branch
    }
  }
  return undefined
}
