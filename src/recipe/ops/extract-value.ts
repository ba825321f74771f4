/**
 * EXTRACT_VALUE (recipe-actions.EXTRACT_VALUE.html): a new column with the value at `path` inside a nested source
 * column. The path starts with the source column's name and names each field in back ticks, with [n] for an array
 * element (0-based: the page's `user`.`citizenship`[1] is the second): `user`.`address`.`zipcode`. Nested values
 * reach the engine as JSON text (JSON Lines, Parquet structs): a scalar comes out as text, an object or array as JSON
 * text, and a path that is not there (or a value that is not JSON) gives a missing value.
 */
import type { RecipeStep } from '../model.js'
import { newColumn, param, requireColumn, StepError, type Compile } from './common.js'

type Segment = string | number

/** `a`.`b`[1].c → ['a', 'b', 1, 'c']; throws on anything else. */
export function parsePath(step: RecipeStep, path: string): Segment[] {
  const out: Segment[] = []
  const re = /\s*(?:`((?:[^`]|``)*)`|([^.`[\]\s]+)|\[(\d+)\])\s*(\.|(?=\[)|$)/y
  let at = 0
  while (at < path.length) {
    re.lastIndex = at
    const m = re.exec(path)
    if (!m || m[0] === '')
      throw new StepError(
        step,
        `EXTRACT_VALUE path '${path}' is not fields in back ticks joined by dots, with [n] for array items`
      )
    out.push(m[3] !== undefined ? Number(m[3]) : (m[1]?.replace(/``/g, '`') ?? m[2]!))
    at = re.lastIndex
  }
  if (out.length === 0) throw new StepError(step, 'EXTRACT_VALUE path is empty')
  return out
}

function walk(value: unknown, path: Segment[]): unknown {
  let v = value
  for (const s of path) {
    if (v === null || typeof v !== 'object') return undefined
    v =
      typeof s === 'number'
        ? Array.isArray(v)
          ? v[s]
          : undefined
        : Object.hasOwn(v, s)
          ? (v as Record<string, unknown>)[s]
          : undefined
  }
  return v
}

const extractValue: Compile = (step, columns) => {
  const source = param(step, 'sourceColumn')
  requireColumn(step, columns, source)
  const full = parsePath(step, param(step, 'path'))
  // The path names the column first; a path without it is read from inside the value.
  const path = full[0] === source ? full.slice(1) : full
  const out = newColumn(step, columns, source)
  return {
    columns: out.columns,
    apply: row => {
      const text = row[source]
      let found: unknown
      if (text !== null && text !== undefined) {
        try {
          found = walk(JSON.parse(text), path)
        } catch {
          found = undefined
        }
      }
      row[out.name] =
        found === undefined || found === null
          ? null
          : typeof found === 'string'
            ? found
            : JSON.stringify(found)
      return row
    }
  }
}

export const EXTRACT_VALUE_OPERATIONS: Record<string, Compile> = { EXTRACT_VALUE: extractValue }
