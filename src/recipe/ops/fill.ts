/** Missing values and duplicates: REMOVE_MISSING, REMOVE_VALUES, the FILL_WITH_* family and the duplicate removers. */
import { createHash } from 'node:crypto'
import type { RecipeStep } from '../model.js'
import { missing, param, sourceColumns, UnsupportedOperation, type Compile } from './common.js'

const removeMissing: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  return { columns, apply: row => (cols.some(c => missing(row[c])) ? null : row) }
}

function fillWith(value: (step: RecipeStep) => string | null): Compile {
  return (step, columns) => {
    const cols = sourceColumns(step, columns)
    const v = value(step)
    return {
      columns,
      apply: row => {
        for (const c of cols) if (missing(row[c])) row[c] = v
        return row
      }
    }
  }
}

/** Aggregate fills need the statistic of the column as it is at this step: the engine runs a first pass for it. */
function fillWithStat(kind: 'average' | 'median' | 'mode' | 'sum'): Compile {
  return (step, columns) => {
    const [col] = sourceColumns(step, columns)
    let nums: number[] = []
    const counts = new Map<string, number>()
    let fill: string | null = null
    return {
      columns,
      stats: {
        column: col!,
        collect: v => {
          if (missing(v)) return
          if (kind === 'mode') counts.set(v!, (counts.get(v!) ?? 0) + 1)
          else {
            const n = Number(v)
            if (Number.isFinite(n)) nums.push(n)
          }
        },
        done: () => {
          if (kind === 'mode') {
            let best: [string, number] | undefined
            for (const e of counts) if (!best || e[1] > best[1]) best = e
            fill = best ? best[0] : null
          } else if (nums.length > 0) {
            if (kind === 'average') fill = String(nums.reduce((a, b) => a + b, 0) / nums.length)
            else if (kind === 'sum') fill = String(nums.reduce((a, b) => a + b, 0))
            else {
              const sorted = Float64Array.from(nums).sort()
              const m = sorted.length >> 1
              fill = String(sorted.length % 2 ? sorted[m] : (sorted[m - 1]! + sorted[m]!) / 2)
            }
          }
          nums = []
        }
      },
      apply: row => {
        if (missing(row[col!])) row[col!] = fill
        return row
      }
    }
  }
}

/** REMOVE_DUPLICATES keeps the first row of each value of the column (missing values are kept). */
const removeDuplicates: Compile = (step, columns) => {
  const [col] = sourceColumns(step, columns)
  const seen = new Set<string>()
  return {
    columns,
    apply: row => {
      const v = row[col!]
      if (missing(v)) return row
      if (seen.has(v!)) return null
      seen.add(v!)
      return row
    }
  }
}

/** DELETE_DUPLICATE_ROWS keeps the first of identical rows. Rows are remembered by a 128-bit digest, not by value. */
const deleteDuplicateRows: Compile = (_step, columns) => {
  const seen = new Set<string>()
  return {
    columns,
    apply: row => {
      const h = createHash('md5')
      for (const c of columns) {
        const v = row[c.name]
        h.update(v === null || v === undefined ? '\u0000N' : `\u0001${v}`)
        h.update('\u0002')
      }
      const key = h.digest('base64')
      if (seen.has(key)) return null
      seen.add(key)
      return row
    }
  }
}

/** REMOVE_VALUES deletes the rows its conditions select (the console's "remove rows where …"). */
const removeValues: Compile = (step, columns) => {
  sourceColumns(step, columns)
  if (step.conditions.length === 0) {
    throw new UnsupportedOperation(
      step,
      'REMOVE_VALUES without ConditionExpressions cannot run locally: its effect is defined by the conditions'
    )
  }
  return { columns, apply: () => null } // the engine applies it only where the conditions hold
}

export const FILL_OPERATIONS: Record<string, Compile> = {
  REMOVE_MISSING: removeMissing,
  REMOVE_VALUES: removeValues,
  FILL_WITH_CUSTOM: fillWith(s => param(s, 'value')),
  FILL_WITH_EMPTY: fillWith(() => ''),
  FILL_WITH_NULL: fillWith(() => null),
  FILL_WITH_AVERAGE: fillWithStat('average'),
  FILL_WITH_MEDIAN: fillWithStat('median'),
  FILL_WITH_MODE: fillWithStat('mode'),
  FILL_WITH_MOST_FREQUENT: fillWithStat('mode'),
  FILL_WITH_SUM: fillWithStat('sum'),
  REMOVE_DUPLICATES: removeDuplicates,
  DELETE_DUPLICATE_ROWS: deleteDuplicateRows
}
