/** The SPLIT_COLUMN_* family. */
import type { Column, ColumnType } from '../../formats/table.js'
import type { RecipeStep } from '../model.js'
import {
  escapeRegex,
  intParam,
  list,
  missing,
  param,
  requireColumn,
  requireNew,
  type Compile,
  type CompiledStep
} from './common.js'

/** Split results go to `<source>_1 … <source>_n` in place of the source column. */
function splitInto(
  step: RecipeStep,
  columns: Column[],
  count: number,
  split: (v: string) => (string | null)[]
): CompiledStep {
  const from = param(step, 'sourceColumn')
  requireColumn(step, columns, from)
  const names = Array.from({ length: count }, (_, i) => `${from}_${i + 1}`)
  for (const n of names) requireNew(step, columns, n)
  const i = columns.findIndex(c => c.name === from)
  return {
    columns: [
      ...columns.slice(0, i),
      ...names.map(name => ({ name, type: 'string' as ColumnType })),
      ...columns.slice(i + 1)
    ],
    apply: row => {
      const v = row[from]
      const parts = missing(v) ? [] : split(v!)
      for (let k = 0; k < count; k++) row[names[k]!] = parts[k] ?? null
      delete row[from]
      return row
    }
  }
}

/** Splits at most `limit` times on the delimiter, from the start; the rest stays in the last part. */
function splitLimited(v: string, delimiter: string | RegExp, limit: number): string[] {
  const out: string[] = []
  let rest = v
  for (let k = 0; k < limit; k++) {
    const m =
      typeof delimiter === 'string'
        ? { index: rest.indexOf(delimiter), length: delimiter.length }
        : (() => {
            const r = delimiter.exec(rest)
            return r ? { index: r.index, length: r[0].length } : { index: -1, length: 0 }
          })()
    if (m.index < 0) break
    out.push(rest.slice(0, m.index))
    rest = rest.slice(m.index + m.length)
  }
  out.push(rest)
  return out
}

const splitSingle: Compile = (step, columns) => {
  const delimiter = param(step, 'pattern')
  const limit = intParam(step, 'limit', 1)
  return splitInto(step, columns, limit + 1, v => splitLimited(v, delimiter, limit))
}

const splitMultiple: Compile = (step, columns) => {
  const delimiters = list(step, 'patternOptions')
  const limit = intParam(step, 'limit', 1)
  const re = new RegExp(delimiters.map(escapeRegex).join('|'))
  return splitInto(step, columns, limit + 1, v => splitLimited(v, re, limit))
}

const splitFromStart: Compile = (step, columns) => {
  const position = intParam(step, 'position')
  return splitInto(step, columns, 2, v => [v.slice(0, position), v.slice(position)])
}

const splitFromEnd: Compile = (step, columns) => {
  const position = intParam(step, 'position')
  return splitInto(step, columns, 2, v => [
    v.slice(0, Math.max(0, v.length - position)),
    v.slice(Math.max(0, v.length - position))
  ])
}

const splitBetweenPositions: Compile = (step, columns) => {
  const start = intParam(step, 'startPosition')
  const end = intParam(step, 'endPosition')
  return splitInto(step, columns, 3, v => [v.slice(0, start), v.slice(start, end), v.slice(end)])
}

const splitBetweenDelimiter: Compile = (step, columns) => {
  const open = param(step, 'patternOption1')
  const close = param(step, 'patternOption2')
  return splitInto(step, columns, 3, v => {
    const a = v.indexOf(open)
    if (a < 0) return [v, null, null] as unknown as string[]
    const b = v.indexOf(close, a + open.length)
    if (b < 0) return [v.slice(0, a), v.slice(a + open.length), null] as unknown as string[]
    return [v.slice(0, a), v.slice(a + open.length, b), v.slice(b + close.length)]
  })
}

export const SPLIT_OPERATIONS: Record<string, Compile> = {
  SPLIT_COLUMN_SINGLE_DELIMITER: splitSingle,
  SPLIT_COLUMN_MULTIPLE_DELIMITER: splitMultiple,
  SPLIT_COLUMN_FROM_START: splitFromStart,
  SPLIT_COLUMN_FROM_END: splitFromEnd,
  SPLIT_COLUMN_BETWEEN_POSITIONS: splitBetweenPositions,
  SPLIT_COLUMN_BETWEEN_DELIMITER: splitBetweenDelimiter
}
