/**
 * JOIN (recipe-actions.JOIN.html) with a local secondary dataset: `secondaryDatasetName` names a table given to the
 * engine (EngineOptions.joinDatasets; from the CLI, `recipe run --join-dataset NAME=FILE`). `secondInputLocation`
 * (an S3 URL) is DataBrew's and is not read locally.
 *
 * - `joinKeys`: JSON list of `{key, value}`, `key` a column of the current table and `value` one of the secondary;
 *   rows match when every pair is equal; a missing key value matches nothing (SQL NULL semantics);
 * - `joinType`: INNER_JOIN, LEFT_JOIN, RIGHT_JOIN, OUTER_JOIN, and the *_EXCLUDING_JOIN forms, which keep only the
 *   rows without a match on that side (left, right, or both);
 * - output columns: `leftColumns` (default: every current column) then `rightColumns` (default: every secondary
 *   column). Assumption (the page does not say): a right column whose name is already taken is written as
 *   `<name>_<secondaryDatasetName>`. Rows: left order, each left row followed by its matches in secondary order;
 *   unmatched secondary rows last.
 * The step holds both tables in memory.
 */
import { newRow, type Column, type Row } from '../../formats/table.js'
import { list, param, requireColumn, StepError, type Compile } from './common.js'

const TYPES = {
  INNER_JOIN: { matched: true, left: false, right: false },
  LEFT_JOIN: { matched: true, left: true, right: false },
  RIGHT_JOIN: { matched: true, left: false, right: true },
  OUTER_JOIN: { matched: true, left: true, right: true },
  LEFT_EXCLUDING_JOIN: { matched: false, left: true, right: false },
  RIGHT_EXCLUDING_JOIN: { matched: false, left: false, right: true },
  OUTER_EXCLUDING_JOIN: { matched: false, left: true, right: true }
} as const

function joinKeys(step: Parameters<Compile>[0]): { key: string; value: string }[] {
  let parsed: unknown
  try {
    parsed = JSON.parse(param(step, 'joinKeys'))
  } catch {
    parsed = undefined
  }
  const pairs = Array.isArray(parsed) ? parsed : []
  if (
    pairs.length === 0 ||
    !pairs.every(p => p && typeof p === 'object' && typeof p.key === 'string' && typeof p.value === 'string')
  )
    throw new StepError(
      step,
      'JOIN joinKeys must be a JSON list of {"key": left column, "value": secondary column}'
    )
  return pairs as { key: string; value: string }[]
}

const join: Compile = (step, columns, options) => {
  const type = TYPES[param(step, 'joinType') as keyof typeof TYPES]
  if (!type)
    throw new StepError(
      step,
      `JOIN joinType '${step.parameters.joinType}' is not one of ${Object.keys(TYPES).join(', ')}`
    )
  const name = param(step, 'secondaryDatasetName')
  const secondary = options.joinDatasets?.[name]
  if (!secondary)
    throw new StepError(
      step,
      `JOIN needs the secondary dataset '${name}' locally: pass --join-dataset ${name}=FILE`
    )
  const keys = joinKeys(step)
  for (const k of keys) {
    requireColumn(step, columns, k.key)
    if (!secondary.columns.some(c => c.name === k.value))
      throw new StepError(step, `JOIN key '${k.value}' is not a column of the secondary dataset '${name}'`)
  }
  const left =
    step.parameters.leftColumns !== undefined ? list(step, 'leftColumns') : columns.map(c => c.name)
  for (const c of left) requireColumn(step, columns, c)
  const right =
    step.parameters.rightColumns !== undefined
      ? list(step, 'rightColumns')
      : secondary.columns.map(c => c.name)
  for (const c of right)
    if (!secondary.columns.some(s => s.name === c))
      throw new StepError(step, `JOIN right column '${c}' is not a column of the secondary dataset '${name}'`)
  const taken = new Set(left)
  const rightOut = right.map(c => {
    const out = taken.has(c) ? `${c}_${name}` : c
    if (taken.has(out)) throw new StepError(step, `JOIN output column '${out}' would appear twice`)
    taken.add(out)
    return { from: c, to: out }
  })
  const outColumns: Column[] = [
    ...left.map(c => columns.find(x => x.name === c)!),
    ...rightOut.map(r => ({ ...secondary.columns.find(x => x.name === r.from)!, name: r.to }))
  ]
  const keyOf = (row: Row, names: string[]) => {
    const values = names.map(n => row[n] ?? null)
    return values.some(v => v === null || v === '') ? undefined : JSON.stringify(values)
  }
  const combine = (l: Row | undefined, r: Row | undefined): Row => {
    const row: Row = newRow()
    for (const c of left) row[c] = l ? (l[c] ?? null) : null
    for (const c of rightOut) row[c.to] = r ? (r[c.from] ?? null) : null
    return row
  }
  return {
    columns: outColumns,
    apply: row => row,
    table: rows => {
      const index = new Map<string, number[]>()
      secondary.rows.forEach((r, i) => {
        const k = keyOf(
          r,
          keys.map(p => p.value)
        )
        if (k === undefined) return
        const list = index.get(k)
        if (list) list.push(i)
        else index.set(k, [i])
      })
      const usedRight = new Set<number>()
      const out: Row[] = []
      for (const l of rows) {
        const k = keyOf(
          l,
          keys.map(p => p.key)
        )
        const matches = k === undefined ? undefined : index.get(k)
        if (matches) {
          for (const i of matches) usedRight.add(i)
          if (type.matched) for (const i of matches) out.push(combine(l, secondary.rows[i]))
        } else if (type.left) out.push(combine(l, undefined))
      }
      if (type.right) secondary.rows.forEach((r, i) => usedRight.has(i) || out.push(combine(undefined, r)))
      return out
    }
  }
}

export const JOIN_OPERATIONS: Record<string, Compile> = { JOIN: join }
