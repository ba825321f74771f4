/**
 * GROUP_BY (recipe-actions.GROUP_BY.html): groups rows by `sourceColumns` and aggregates each group as
 * `groupByAggFunctionOptions` lists (`{sourceColumnName, targetColumnName, targetColumnDataType, functionName}`).
 *
 * - `useNewDataFrame: true`: the table becomes one row per group, the group columns then the aggregates, groups in
 *   the order they first appear;
 * - otherwise (assumption: the page only says "true" replaces the session's contents): every row stays and gains the
 *   aggregates of its group, after the last column.
 * Functions: COUNT (present values), COUNT_DISTINCT, SUM, MIN, MAX, AVERAGE (also MEAN), MEDIAN; missing values are
 * skipped as SQL aggregates skip NULL; MIN/MAX compare numbers when every value is a number, else text. Any other
 * function (UNAGGREGATED included) stops the run naming it. The step holds every row in memory.
 */
import { newRow, type Column, type ColumnType, type Row } from '../../formats/table.js'
import { javaDouble } from './math.js'
import {
  flag,
  list,
  param,
  requireColumn,
  requireNew,
  StepError,
  UnsupportedOperation,
  type Compile
} from './common.js'

interface Aggregate {
  source: string
  target: string
  fn: string
}

type Reducer = (values: string[]) => string | null

const numbers = (values: string[]) => values.map(Number).filter(Number.isFinite)

const REDUCERS: Record<string, { reduce: Reducer; type: ColumnType }> = {
  COUNT: { reduce: v => String(v.length), type: 'integer' },
  COUNT_DISTINCT: { reduce: v => String(new Set(v).size), type: 'integer' },
  SUM: {
    reduce: v => {
      const n = numbers(v)
      return n.length === 0 ? null : javaDouble(n.reduce((a, b) => a + b, 0))
    },
    type: 'double'
  },
  AVERAGE: {
    reduce: v => {
      const n = numbers(v)
      return n.length === 0 ? null : javaDouble(n.reduce((a, b) => a + b, 0) / n.length)
    },
    type: 'double'
  },
  MEDIAN: {
    reduce: v => {
      const n = Float64Array.from(numbers(v)).sort()
      if (n.length === 0) return null
      const m = n.length >> 1
      return javaDouble(n.length % 2 ? n[m]! : (n[m - 1]! + n[m]!) / 2)
    },
    type: 'double'
  },
  MIN: { reduce: v => extreme(v, -1), type: 'string' },
  MAX: { reduce: v => extreme(v, 1), type: 'string' }
}
REDUCERS.MEAN = REDUCERS.AVERAGE!

function extreme(values: string[], sign: 1 | -1): string | null {
  if (values.length === 0) return null
  const numeric = values.every(v => v.trim() !== '' && Number.isFinite(Number(v)))
  return values.reduce((best, v) => {
    const cmp = numeric ? Number(v) - Number(best) : v < best ? -1 : v > best ? 1 : 0
    return cmp * sign > 0 ? v : best
  })
}

function aggregates(raw: string, step: Parameters<Compile>[0]): Aggregate[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    parsed = undefined
  }
  if (!Array.isArray(parsed) || parsed.length === 0)
    throw new StepError(
      step,
      'GROUP_BY groupByAggFunctionOptions must be a JSON list of {sourceColumnName, targetColumnName, functionName}'
    )
  return parsed.map((o: unknown, i) => {
    const r = (o ?? {}) as Record<string, unknown>
    const [source, target, fn] = [r.sourceColumnName, r.targetColumnName, r.functionName]
    if (typeof source !== 'string' || typeof target !== 'string' || typeof fn !== 'string')
      throw new StepError(
        step,
        `GROUP_BY groupByAggFunctionOptions[${i}] needs sourceColumnName, targetColumnName and functionName`
      )
    return { source, target, fn: fn.toUpperCase() }
  })
}

const groupBy: Compile = (step, columns) => {
  const keys = list(step, 'sourceColumns')
  for (const k of keys) requireColumn(step, columns, k)
  const aggs = aggregates(param(step, 'groupByAggFunctionOptions'), step)
  for (const a of aggs) {
    requireColumn(step, columns, a.source)
    if (!REDUCERS[a.fn])
      throw new UnsupportedOperation(
        step,
        `GROUP_BY function ${a.fn} cannot run locally (supported: ${Object.keys(REDUCERS).join(', ')})`
      )
  }
  const newFrame = flag(step, 'useNewDataFrame')
  const added: Column[] = aggs.map(a => ({ name: a.target, type: REDUCERS[a.fn]!.type }))
  const kept = newFrame
    ? columns.filter(c => keys.includes(c.name)).sort((a, b) => keys.indexOf(a.name) - keys.indexOf(b.name))
    : columns
  for (const c of added) requireNew(step, kept, c.name)
  return {
    columns: [...kept, ...added],
    apply: row => row,
    table: rows => {
      const groups = new Map<string, Row[]>()
      for (const row of rows) {
        const key = JSON.stringify(keys.map(k => row[k] ?? null))
        const members = groups.get(key)
        if (members) members.push(row)
        else groups.set(key, [row])
      }
      const out: Row[] = []
      for (const members of groups.values()) {
        const results = aggs.map(a =>
          REDUCERS[a.fn]!.reduce(
            members
              .map(m => m[a.source])
              .filter((v): v is string => v !== null && v !== undefined && v !== '')
          )
        )
        if (newFrame) {
          const row: Row = newRow()
          for (const k of keys) row[k] = members[0]![k] ?? null
          aggs.forEach((a, i) => (row[a.target] = results[i]!))
          out.push(row)
        } else {
          for (const m of members) {
            aggs.forEach((a, i) => (m[a.target] = results[i]!))
            out.push(m)
          }
        }
      }
      return newFrame ? out : rows
    }
  }
}

export const GROUP_OPERATIONS: Record<string, Compile> = {
  GROUP_BY: groupBy
}
