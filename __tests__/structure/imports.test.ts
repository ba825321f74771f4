/**
 * The shape of src/'s imports: no cycles (type-only imports included: a type cycle is still two modules that must
 * change together), and the Lambdas do not reach into the action's side (a bundle takes what it imports).
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const SRC = path.resolve('src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e =>
    e.isDirectory()
      ? sourceFiles(path.join(dir, e.name))
      : e.name.endsWith('.ts')
        ? [path.join(dir, e.name)]
        : []
  )
}

/** Relative imports of a module (static, re-exports and dynamic), as paths of .ts files under src/. */
export function importsOf(file: string, text = readFileSync(file, 'utf8')): string[] {
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g)
  ].map(m => m[1]!)
  return specifiers.map(s => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')))
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, 'open')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return found
}

const graph = new Map(sourceFiles(SRC).map(f => [f, importsOf(f)]))
const rel = (f: string) => path.relative(SRC, f)

describe('imports in src/', () => {
  it('form no cycle', () => {
    expect(cycles(graph).map(c => c.map(rel).join(' → '))).toEqual([])
  })

  it('resolve to files that exist', () => {
    const missing = [...graph].flatMap(([f, deps]) =>
      deps.filter(d => !graph.has(d)).map(d => `${rel(f)} → ${rel(d)}`)
    )
    expect(missing).toEqual([])
  })

  it('keep the Lambdas off the action, the CLI and the jobs', () => {
    const lambdaClosure = new Set<string>()
    const walk = (f: string) => {
      if (lambdaClosure.has(f)) return
      lambdaClosure.add(f)
      for (const d of graph.get(f) ?? []) walk(d)
    }
    for (const f of graph.keys()) if (rel(f).startsWith('lambdas/')) walk(f)
    const wrong = [...lambdaClosure]
      .map(rel)
      .filter(f => /^(action|commands|jobs|settings)\/|^(main|post|cli)\.ts$/.test(f))
    expect(wrong).toEqual([])
  })

  it('the cycle check finds a cycle (it cannot pass vacuously)', () => {
    const a = path.join(SRC, 'a.ts')
    const b = path.join(SRC, 'b.ts')
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, importsOf(b, "import type { A } from './a.js'")]
        ])
      )
    ).toHaveLength(1)
  })
})
