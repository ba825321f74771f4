/**
 * ConditionExpressions: every condition of a step must hold (AND) for the row, evaluated before the action.
 * Values compare as numbers when both sides are numeric, else as text. Unknown condition names are reported by the
 * engine as "cannot run", never ignored.
 */
import { compilePattern } from './pattern.js'
import type { Condition } from './model.js'
import type { Column, ColumnType, Row } from '../formats/table.js'
import { parseDate } from './ops/date-format.js'

export type Predicate = (row: Row) => boolean

const missing = (v: string | null | undefined) => v === null || v === undefined || v === ''

function num(v: string | null | undefined): number | undefined {
  if (missing(v)) return undefined
  const n = Number(v)
  return Number.isFinite(n) ? n : undefined
}

function compare(a: string | null | undefined, b: string): number | undefined {
  const x = num(a)
  const y = num(b)
  if (x !== undefined && y !== undefined) return x - y
  if (missing(a)) return undefined
  return a! < b ? -1 : a! > b ? 1 : 0
}

/** Values given as a JSON list ("[\"a\",\"b\"]") or a single value. */
function values(value: string | undefined): string[] {
  if (value === undefined) return []
  try {
    const parsed: unknown = JSON.parse(value)
    if (Array.isArray(parsed)) return parsed.map(String)
  } catch {
    // a plain value
  }
  return [value]
}

type Factory = (column: string, value: string | undefined, type: ColumnType) => Predicate

/**
 * IS_INVALID: a present value that is not of its column's type at this step (DataBrew's "invalid" values). Text is
 * never invalid; numbers, booleans and dates as CHANGE_DATA_TYPE writes them. Assumption: locally a CSV column is
 * text until a CHANGE_DATA_TYPE step types it, where DataBrew infers types from the data, so on untyped columns
 * IS_INVALID selects nothing here.
 */
const VALID: Record<ColumnType, (v: string) => boolean> = {
  string: () => true,
  integer: v => /^\s*[+-]?\d+\s*$/.test(v),
  double: v => v.trim() !== '' && Number.isFinite(Number(v)),
  boolean: v => /^(true|false)$/i.test(v.trim()),
  date: v => parseDate(v) !== undefined,
  timestamp: v => parseDate(v) !== undefined
}

const CONDITIONS: Record<string, Factory> = {
  IS_MISSING: c => r => missing(r[c]),
  IS_NOT_MISSING: c => r => !missing(r[c]),
  IS: (c, v) => {
    const set = new Set(values(v))
    return r => !missing(r[c]) && set.has(r[c]!)
  },
  IS_NOT: (c, v) => {
    const set = new Set(values(v))
    return r => missing(r[c]) || !set.has(r[c]!)
  },
  EQUALS: (c, v) => r => compare(r[c], v ?? '') === 0,
  NOT_EQUALS: (c, v) => r => compare(r[c], v ?? '') !== 0,
  LESS_THAN: (c, v) => r => (compare(r[c], v ?? '') ?? 0) < 0 && !missing(r[c]),
  LESS_THAN_EQUAL: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? 1) <= 0,
  GREATER_THAN: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? 0) > 0,
  GREATER_THAN_EQUAL: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? -1) >= 0,
  CONTAINS: (c, v) => r => !missing(r[c]) && r[c]!.includes(v ?? ''),
  NOT_CONTAINS: (c, v) => r => missing(r[c]) || !r[c]!.includes(v ?? ''),
  STARTS_WITH: (c, v) => r => !missing(r[c]) && r[c]!.startsWith(v ?? ''),
  NOT_STARTS_WITH: (c, v) => r => missing(r[c]) || !r[c]!.startsWith(v ?? ''),
  ENDS_WITH: (c, v) => r => !missing(r[c]) && r[c]!.endsWith(v ?? ''),
  NOT_ENDS_WITH: (c, v) => r => missing(r[c]) || !r[c]!.endsWith(v ?? ''),
  IS_BETWEEN: (c, v) => {
    const [lo, hi] = values(v)
    return r => {
      const a = lo === undefined ? undefined : compare(r[c], lo)
      const b = hi === undefined ? undefined : compare(r[c], hi)
      return a !== undefined && b !== undefined && a >= 0 && b <= 0
    }
  },
  IS_INVALID: (c, _v, type) => {
    const valid = VALID[type]
    return r => !missing(r[c]) && !valid(r[c]!)
  },
  // The value is a Java regular expression (DataBrew); found anywhere in the cell, as before (assumed: the condition
  // reference does not say whether it must match the whole value).
  MATCHES: (c, v) => {
    const re = compilePattern(v ?? '', 'MATCHES condition pattern')
    return r => !missing(r[c]) && re.test(r[c]!)
  },
  NOT_MATCHES: (c, v) => {
    const re = compilePattern(v ?? '', 'NOT_MATCHES condition pattern')
    return r => missing(r[c]) || !re.test(r[c]!)
  }
}

export const SUPPORTED_CONDITIONS = Object.keys(CONDITIONS)

/** The AND of the step's conditions; throws naming the first condition that cannot be evaluated here. */
export function compileConditions(conditions: Condition[], columns: Column[] = []): Predicate | undefined {
  if (conditions.length === 0) return undefined
  const predicates = conditions.map(c => {
    const factory = CONDITIONS[c.condition]
    if (!factory) throw new Error(`condition ${c.condition} cannot be evaluated locally`)
    return factory(
      c.targetColumn,
      c.value,
      columns.find(col => col.name === c.targetColumn)?.type ?? 'string'
    )
  })
  return predicates.length === 1 ? predicates[0] : row => predicates.every(p => p(row))
}
