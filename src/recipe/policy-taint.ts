/**
 * The PII columns alive at a point of the recipe: for each column name, which policy column its values come from and
 * what has been done to them (normalized, hashed, masked, made by which step). policy-check.ts moves it step by step.
 */
import type { RecipeStep } from './model.js'
import type { PolicyColumn } from './policy.js'

export interface Taint {
  origin: PolicyColumn
  /** The step that hashed this column. */
  hashedAt?: RecipeStep
  /** A normalizing step ran on it (or on what it was copied from) before the hash. */
  normalized: boolean
  /** The step that made this column out of PII (DUPLICATE, MERGE, SPLIT, a function …), if not an input column. */
  via?: RecipeStep
  /** A masking or encrypting step that ran on it (not a hash). */
  protectedBy?: RecipeStep
}

export class TaintMap {
  private readonly live = new Map<string, Taint>()

  has(name: string): boolean {
    return this.live.has(name)
  }

  /** The taint of a live column (callers ask only for names `has` or `tainted` gave). */
  get(name: string): Taint {
    return this.live.get(name)!
  }

  set(name: string, taint: Taint): void {
    this.live.set(name, taint)
  }

  delete(name: string): void {
    this.live.delete(name)
  }

  names(): string[] {
    return [...this.live.keys()]
  }

  entries(): [string, Taint][] {
    return [...this.live]
  }

  /** The live columns among `names`, once each, in order. */
  tainted(names: readonly string[]): string[] {
    return [...new Set(names.filter(c => this.live.has(c)))]
  }

  /** The taint of a column made from `sources` (all live) by `step`: hashed only when every source was. */
  derived(sources: string[], step: RecipeStep, normalizes: boolean): Taint {
    const ts = sources.map(s => this.get(s))
    return {
      origin: ts[0]!.origin,
      normalized: normalizes || ts.every(t => t.normalized),
      via: step,
      ...(ts.every(t => t.hashedAt) && { hashedAt: ts[0]!.hashedAt })
    }
  }

  /** How a message names a column: the policy column itself, or what it was made from. */
  label(name: string): string {
    const t = this.get(name)
    return name === t.origin.name && !t.via
      ? `PII column '${name}'`
      : `'${name}' (from PII column '${t.origin.name}'${t.via ? `, step ${t.via.number} ${t.via.operation}` : ''})`
  }
}
