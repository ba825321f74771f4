/**
 * deploy-infra.yml redeploys the stack when something the Lambda bundles are built from changes. Its `paths` filter
 * is checked against the real import closure of the bundle entries that scripts/package-infra.mjs builds, so a new
 * import (a Lambda starting to use src/recipe, say) fails here instead of silently skipping a deployment.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'

/** A GitHub filter-pattern glob as a regex: `**` crosses directories, `*` and `?` do not (the subset used here). */
function globRegExp(glob: string): RegExp {
  let re = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*'
      i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

/** The `functions` map of scripts/package-infra.mjs: name → entry file. */
function bundleEntries(): string[] {
  const script = readFileSync('scripts/package-infra.mjs', 'utf8')
  const map = /const functions = \{([^}]*)\}/.exec(script)?.[1]
  if (!map) throw new Error('scripts/package-infra.mjs: no `const functions = { … }` map found')
  return [...map.matchAll(/'([^']+\.ts)'/g)].map(m => m[1]!)
}

/** Every repository file reachable through relative imports (static and dynamic) from the entries. */
function importClosure(entries: string[]): string[] {
  const seen = new Set<string>()
  const todo = [...entries]
  while (todo.length > 0) {
    const file = todo.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    if (!/\.[cm]?[jt]s$/.test(file)) continue
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)'(\.{1,2}\/[^']+)'/g)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!))
      const candidates = [target, target.replace(/\.js$/, '.ts'), target.replace(/\.mjs$/, '.mts')]
      const found = candidates.find(c => existsSync(c))
      if (!found) throw new Error(`${file}: import ${m[1]} resolves to no file`)
      todo.push(found)
    }
  }
  return [...seen].sort()
}

describe('deploy-infra.yml paths filter', () => {
  const workflow = parse(readFileSync('workflows-examples/deploy-infra.yml', 'utf8')) as {
    on: { push: { paths: string[] } }
  }
  const paths = workflow.on.push.paths
  const patterns = paths.map(globRegExp)
  const matches = (file: string) => patterns.some(p => p.test(file))

  it('covers every source file the Lambda bundles import', () => {
    const closure = importClosure(bundleEntries())
    expect(closure.length).toBeGreaterThan(5)
    expect(closure.filter(f => !matches(f))).toEqual([])
  })

  it('covers the build script, the dependency lock and the stack', () => {
    for (const f of ['scripts/package-infra.mjs', 'package.json', 'package-lock.json', 'infra/template.yaml'])
      expect([f, matches(f)]).toEqual([f, true])
  })
})
