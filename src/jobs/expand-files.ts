/**
 * Turns the `files` globs into the list of local files of one batch, relative to the working directory.
 * Names keep their directories (exports/eu/customers.csv) so two files with the same base name stay apart.
 */
import { realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { glob } from 'tinyglobby'
import { UsageError } from '../errors.js'

export interface MatchedFile {
  /** Absolute path on disk. */
  path: string
  /** Relative to the working directory, forward slashes. */
  name: string
  size: number
}

export async function expandFiles(
  patterns: string[],
  cwd: string,
  opts: { failOnEmpty: boolean; input?: 'files' | 'recipes' }
): Promise<MatchedFile[]> {
  // The input the patterns came from, for the errors: validate globs its recipes here too.
  const input = opts.input ?? 'files'
  const base = path.resolve(cwd)
  for (const p of patterns) {
    if (path.isAbsolute(p) || p.split(/[\\/]/).includes('..')) {
      // Names become S3 keys; a file outside the working directory has no stable name.
      throw new UsageError(
        `input '${input}': '${p}' points outside working-directory '${base}': set working-directory instead`
      )
    }
  }
  const names = await glob(patterns, {
    cwd: base,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: true,
    expandDirectories: false
  })
  names.sort()
  if (names.length === 0 && opts.failOnEmpty) {
    throw new UsageError(
      `input '${input}': no files matched ${patterns.map(p => `'${p}'`).join(', ')} in '${base}': check the globs${input === 'files' ? ', or set fail-on-empty: false' : ''}`
    )
  }
  // A symbolic link (to a file, or a directory on the way) may not lead out of the working directory: a workflow
  // that globs `*.csv` must not upload /etc/shadow because a checked-out `link.csv` points there.
  const realBase = await realpath(base)
  const files: MatchedFile[] = []
  for (const name of names) {
    const full = path.join(base, name)
    const real = await realpath(full)
    const inside = path.relative(realBase, real)
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
      throw new UsageError(
        `input '${input}': '${name}' is a symbolic link to '${real}', outside working-directory '${base}': copy the file into the working directory instead of linking it`
      )
    }
    const s = await stat(real)
    files.push({ path: real, name: name.split(path.sep).join('/'), size: s.size })
  }
  return files
}
