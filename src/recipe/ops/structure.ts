/** Column structure: DELETE, RENAME, DUPLICATE and MERGE. */
import {
  insertAfter,
  list,
  missing,
  param,
  requireColumn,
  requireNew,
  sourceColumns,
  type Compile
} from './common.js'

const deleteColumns: Compile = (step, columns) => {
  const names = sourceColumns(step, columns)
  const drop = new Set(names)
  return {
    columns: columns.filter(c => !drop.has(c.name)),
    apply: row => {
      for (const n of names) delete row[n]
      return row
    }
  }
}

const rename: Compile = (step, columns) => {
  const from = param(step, 'sourceColumn')
  const to = param(step, 'targetColumn')
  requireColumn(step, columns, from)
  if (from !== to) requireNew(step, columns, to)
  return {
    columns: columns.map(c => (c.name === from ? { ...c, name: to } : c)),
    apply: row => {
      if (from === to) return row
      row[to] = row[from] ?? null
      delete row[from]
      return row
    }
  }
}

const duplicate: Compile = (step, columns) => {
  const from = param(step, 'sourceColumn')
  const to = param(step, 'targetColumn')
  requireColumn(step, columns, from)
  requireNew(step, columns, to)
  const type = columns.find(c => c.name === from)!.type
  return {
    columns: insertAfter(columns, from, [{ name: to, type }]),
    apply: row => {
      row[to] = row[from] ?? null
      return row
    }
  }
}

/** MERGE: the new column follows the last source column; sources stay. Missing values are skipped, not joined. */
const merge: Compile = (step, columns) => {
  const from = list(step, 'sourceColumns')
  for (const f of from) requireColumn(step, columns, f)
  const to = param(step, 'targetColumn')
  requireNew(step, columns, to)
  const delimiter = step.parameters.delimiter ?? ''
  return {
    columns: insertAfter(columns, from[from.length - 1]!, [{ name: to, type: 'string' }]),
    apply: row => {
      const parts = from.map(f => row[f]).filter(v => !missing(v)) as string[]
      row[to] = parts.length === 0 ? null : parts.join(delimiter)
      return row
    }
  }
}

export const STRUCTURE_OPERATIONS: Record<string, Compile> = {
  DELETE: deleteColumns,
  RENAME: rename,
  DUPLICATE: duplicate,
  MERGE: merge
}
