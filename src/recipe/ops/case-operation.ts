/**
 * CASE_OPERATION (recipe-actions.CASE_OPERATION.html): a new column `targetColumn` holding, per row, the value of the
 * first WHEN whose condition holds, else the ELSE value (NULL without ELSE). The column is added last (the page does
 * not say where; the expression may read several columns). The expression language is in
 * case-operation-parser.ts. Semantics follow Spark SQL, which DataBrew runs:
 * - NULL (a missing value; an empty CSV field is read as NULL, as Spark's CSV reader does) makes a comparison unknown,
 *   and an unknown condition is not true, so the next WHEN is tried; AND/OR/NOT use three-valued logic.
 * - A comparison with a number (a numeric literal, an integer/double column, an aggregate) compares as numbers; text
 *   that is not a number is then NULL, as Spark's cast gives. Otherwise values compare as text, by code point (so
 *   on untyped CSV columns `9` > `10`, as on string columns in DataBrew; CHANGE_DATA_TYPE makes them numbers).
 * - Results are written as text: a literal as written (`1.50` stays `1.50`), a column's value as it is.
 * - withExpressions declares aggregates over the whole column, used as `:name` (the page's table):
 *   `[{"name":"sum.x","value":"sum(`x`)","type":"aggregate"}]`. Non-numeric and missing values are skipped; stddev and
 *   variance are the sample statistics (Spark's stddev/variance), NULL below two values. With aggregates the step
 *   needs every row at once (the engine holds them).
 */
import type { Column, ColumnType, Row } from '../../formats/table.js'
import type { RecipeStep } from '../model.js'
import {
  CaseSyntaxError,
  parseCaseExpression,
  references,
  type CaseExpr,
  type CompareOp,
  type Condition,
  type Operand
} from './case-operation-parser.js'
import { byCodePoint, newColumn, param, requireColumn, StepError, type Compile } from './common.js'

type Tri = boolean | null
/** An evaluated operand: text or a number (numeric side of a comparison), null = NULL. */
type Value = { text: string; num?: number } | null

const HOLDS: Record<CompareOp, (difference: number) => boolean> = {
  '=': d => d === 0,
  '!=': d => d !== 0,
  '<': d => d < 0,
  '<=': d => d <= 0,
  '>': d => d > 0,
  '>=': d => d >= 0
}

const NUMERIC: ReadonlySet<ColumnType> = new Set(['integer', 'double'])

/** The aggregate functions the page's table lists, over the numeric values of one column. */
const AGGREGATES: Record<string, (xs: number[]) => number | null> = {
  sum: xs => (xs.length ? xs.reduce((a, b) => a + b, 0) : null),
  avg: xs => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null),
  product: xs => (xs.length ? xs.reduce((a, b) => a * b, 1) : null),
  median: xs => {
    if (!xs.length) return null
    const s = [...xs].sort((a, b) => a - b)
    const m = (s.length - 1) / 2
    return (s[Math.floor(m)]! + s[Math.ceil(m)]!) / 2
  },
  mean_absolute_deviation: xs => {
    const mean = AGGREGATES.avg!(xs)
    return mean === null ? null : xs.reduce((a, x) => a + Math.abs(x - mean), 0) / xs.length
  },
  variance: xs => {
    if (xs.length < 2) return null
    const mean = AGGREGATES.avg!(xs)!
    return xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1)
  },
  stddev: xs => {
    const v = AGGREGATES.variance!(xs)
    return v === null ? null : Math.sqrt(v)
  }
}

interface Aggregate {
  fn: (xs: number[]) => number | null
  column: string
}

function parseWith(step: RecipeStep, columns: Column[]): Map<string, Aggregate> {
  const raw = step.parameters.withExpressions
  const out = new Map<string, Aggregate>()
  if (raw === undefined || raw.trim() === '') return out
  let list: unknown
  try {
    list = JSON.parse(raw)
  } catch {
    list = undefined
  }
  const shape =
    'withExpressions must be a JSON list of {"name", "value": "sum(`column`)", "type": "aggregate"}'
  if (!Array.isArray(list)) throw new StepError(step, shape)
  for (const item of list as Record<string, unknown>[]) {
    const m = /^\s*(\w+)\s*\(\s*(?:`((?:[^`]|``)*)`|(\w+))\s*\)\s*$/.exec(String(item?.value ?? ''))
    if (typeof item?.name !== 'string' || !m) throw new StepError(step, shape)
    const fn = AGGREGATES[m[1]!.toLowerCase()]
    if (!fn)
      throw new StepError(
        step,
        `withExpressions ${item.name}: aggregate ${m[1]} is not supported locally (use ${Object.keys(AGGREGATES).join(', ')})`
      )
    const column = m[2]?.replace(/``/g, '`') ?? m[3]!
    requireColumn(step, columns, column)
    out.set(item.name, { fn, column })
  }
  return out
}

const isNull = (v: string | null | undefined): boolean => v === null || v === undefined || v === ''

const asNumber = (v: Value): number | null => {
  if (v === null) return null
  if (v.num !== undefined) return v.num
  const n = v.text.trim() === '' ? NaN : Number(v.text)
  return Number.isFinite(n) ? n : null
}

/** Compiles the tree into row functions; `aggregates` is filled before the first row when the step has any. */
function compileExpr(
  expr: CaseExpr,
  types: Map<string, ColumnType>,
  aggregates: Map<string, number | null>
): (row: Row) => string | null {
  const operand = (o: Operand): { numeric: boolean; read: (row: Row) => Value } => {
    switch (o.kind) {
      case 'column': {
        const numeric = NUMERIC.has(types.get(o.name)!)
        return { numeric, read: row => (isNull(row[o.name]) ? null : { text: row[o.name]! }) }
      }
      case 'text':
        return { numeric: false, read: () => ({ text: o.value }) }
      case 'number':
        return { numeric: true, read: () => ({ text: o.text, num: o.value }) }
      case 'boolean':
        return { numeric: false, read: () => ({ text: String(o.value) }) }
      case 'null':
        return { numeric: false, read: () => null }
      case 'aggregate':
        return {
          numeric: true,
          read: () => {
            const v = aggregates.get(o.name)
            return v === null || v === undefined ? null : { text: String(v), num: v }
          }
        }
      case 'case': {
        const inner = compileExpr(o.expr, types, aggregates)
        return {
          numeric: false,
          read: row => {
            const v = inner(row)
            return isNull(v) ? null : { text: v! }
          }
        }
      }
    }
  }
  const condition = (c: Condition): ((row: Row) => Tri) => {
    switch (c.kind) {
      case 'literal':
        return () => c.value
      case 'not': {
        const f = condition(c.operand)
        return row => {
          const v = f(row)
          return v === null ? null : !v
        }
      }
      case 'and':
      case 'or': {
        const [l, r] = [condition(c.left), condition(c.right)]
        const short = c.kind === 'or'
        return row => {
          const a = l(row)
          if (a === short) return short
          const b = r(row)
          if (b === short) return short
          return a === null || b === null ? null : !short
        }
      }
      case 'isNull': {
        const f = operand(c.operand).read
        return row => (f(row) === null) !== c.negated
      }
      case 'compare': {
        const [l, r] = [operand(c.left), operand(c.right)]
        const numeric = l.numeric || r.numeric
        const holds = HOLDS[c.op]
        return row => {
          const [a, b] = [l.read(row), r.read(row)]
          if (a === null || b === null) return null
          if (!numeric) return holds(byCodePoint(a.text, b.text))
          const [x, y] = [asNumber(a), asNumber(b)]
          return x === null || y === null ? null : holds(x - y)
        }
      }
    }
  }
  const branches = expr.branches.map(b => ({ when: condition(b.when), then: operand(b.then).read }))
  const otherwise = operand(expr.otherwise).read
  return row => {
    for (const b of branches) if (b.when(row) === true) return b.then(row)?.text ?? null
    return otherwise(row)?.text ?? null
  }
}

const caseOperation: Compile = (step, columns) => {
  let expr: CaseExpr
  try {
    expr = parseCaseExpression(param(step, 'valueExpression'))
  } catch (err) {
    if (err instanceof CaseSyntaxError) throw new StepError(step, err.message)
    throw err
  }
  const refs = references(expr)
  for (const name of refs.columns) requireColumn(step, columns, name)
  const declared = parseWith(step, columns)
  for (const name of refs.aggregates)
    if (!declared.has(name))
      throw new StepError(step, `valueExpression uses :${name}, which withExpressions does not declare`)
  const types = new Map(columns.map(c => [c.name, c.type]))
  const values = new Map<string, number | null>()
  const evaluate = compileExpr(expr, types, values)
  const out = newColumn(step, columns, undefined)
  const apply = (row: Row): Row => {
    row[out.name] = evaluate(row)
    return row
  }
  if (declared.size === 0) return { columns: out.columns, apply }
  return {
    columns: out.columns,
    apply,
    table: rows => {
      for (const [name, a] of declared) {
        const xs = rows
          .map(r => r[a.column])
          .filter(v => !isNull(v))
          .map(Number)
          .filter(Number.isFinite)
        values.set(name, a.fn(xs))
      }
      return rows.map(apply)
    }
  }
}

export const CASE_OPERATIONS: Record<string, Compile> = { CASE_OPERATION: caseOperation }
