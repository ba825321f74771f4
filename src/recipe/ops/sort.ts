/**
 * SORT (recipe-actions.SORT.html): rows ordered by one or more expressions `{sourceColumn, ordering ASCENDING |
 * DESCENDING, nullsOrdering NULLS_TOP | NULLS_BOTTOM, customOrder?, isCustomOrderCaseSensitive?}`, the first expression
 * first. Numbers (integer and double columns) compare as numbers, other values as text by code point; values listed
 * in customOrder come first, in that order, before the rest. Stable: equal rows keep their input order. The step
 * needs every row at once (the engine holds them in memory for it).
 */
import type { Column, Row } from '../../formats/table.js'
import type { RecipeStep } from '../model.js'
import { byCodePoint, param, requireColumn, StepError, type Compile } from './common.js'

interface SortKey {
  column: string
  descending: boolean
  nullsFirst: boolean
  numeric: boolean
  /** customOrder rank of a value (lower first), undefined when not listed. */
  rank?: (value: string) => number | undefined
}

function parseKeys(step: RecipeStep, columns: Column[]): SortKey[] {
  let raw: unknown
  try {
    raw = JSON.parse(param(step, 'expressions'))
  } catch {
    throw new StepError(
      step,
      'SORT expressions must be a JSON list of {sourceColumn, ordering, nullsOrdering}'
    )
  }
  if (!Array.isArray(raw) || raw.length === 0)
    throw new StepError(
      step,
      'SORT expressions must be a non-empty JSON list of {sourceColumn, ordering, nullsOrdering}'
    )
  return raw.map((e: Record<string, unknown>, i) => {
    const column = e?.sourceColumn
    if (typeof column !== 'string') throw new StepError(step, `SORT expression ${i + 1} needs sourceColumn`)
    requireColumn(step, columns, column)
    const ordering = String(e.ordering ?? 'ASCENDING').toUpperCase()
    const nulls = String(e.nullsOrdering ?? 'NULLS_TOP').toUpperCase()
    if (ordering !== 'ASCENDING' && ordering !== 'DESCENDING')
      throw new StepError(
        step,
        `SORT expression ${i + 1}: ordering must be ASCENDING or DESCENDING, not ${ordering}`
      )
    if (nulls !== 'NULLS_TOP' && nulls !== 'NULLS_BOTTOM')
      throw new StepError(
        step,
        `SORT expression ${i + 1}: nullsOrdering must be NULLS_TOP or NULLS_BOTTOM, not ${nulls}`
      )
    const type = columns.find(c => c.name === column)!.type
    const key: SortKey = {
      column,
      descending: ordering === 'DESCENDING',
      nullsFirst: nulls === 'NULLS_TOP',
      numeric: type === 'integer' || type === 'double'
    }
    if (Array.isArray(e.customOrder)) {
      const sensitive = e.isCustomOrderCaseSensitive === true || e.isCustomOrderCaseSensitive === 'true'
      const fold = (v: string) => (sensitive ? v : v.toLowerCase())
      const ranks = new Map(e.customOrder.map((v, k) => [fold(String(v)), k]))
      key.rank = v => ranks.get(fold(v))
    }
    return key
  })
}

function compareValues(key: SortKey, a: string, b: string): number {
  if (key.rank) {
    const ra = key.rank(a)
    const rb = key.rank(b)
    if (ra !== undefined || rb !== undefined) return (ra ?? Infinity) - (rb ?? Infinity)
  }
  if (key.numeric) {
    const x = Number(a)
    const y = Number(b)
    if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y
  }
  return byCodePoint(a, b)
}

const sort: Compile = (step, columns) => {
  const keys = parseKeys(step, columns)
  const compare = (r: Row, s: Row): number => {
    for (const key of keys) {
      const a = r[key.column] ?? null
      const b = s[key.column] ?? null
      if (a === null || b === null) {
        if (a === b) continue
        // Nulls go where nullsOrdering says, whatever the direction.
        return (a === null ? -1 : 1) * (key.nullsFirst ? 1 : -1)
      }
      const c = compareValues(key, a, b)
      if (c !== 0) return key.descending ? -c : c
    }
    return 0
  }
  return { columns, apply: row => row, table: rows => rows.sort(compare) }
}

export const SORT_OPERATIONS: Record<string, Compile> = { SORT: sort }
