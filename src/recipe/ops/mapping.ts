/**
 * CATEGORICAL_MAPPING (recipe-actions.CATEGORICAL_MAPPING.html): maps the values of `sourceColumn` through
 * `categoryMap` (a JSON object, value → category) into `targetColumn`, placed after the source.
 *
 * Values the map does not name ("others"), in the page's order of precedence:
 * `deleteOtherRows: true` removes the row; `other` replaces the value; `keepOthers: true` keeps it; otherwise the
 * result is missing. Assumptions: matching is exact (case and spaces as written); a missing source value is an
 * "other"; without `targetColumn` the result replaces the source column's values (the step then maps in place);
 * `mapType` NUMERIC types the new column as a number when every category is numeric, TEXT (the console's) as text;
 * `mappingOption` only records how the console built the map and changes nothing here.
 */
import type { ColumnType } from '../../formats/table.js'
import { flag, insertAfter, param, requireColumn, requireNew, StepError, type Compile } from './common.js'

function categoryMap(raw: string): Map<string, string> | undefined {
  try {
    const parsed: unknown = JSON.parse(raw)
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined
    const map = new Map<string, string>()
    for (const [k, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined
      map.set(k, String(v))
    }
    return map
  } catch {
    return undefined
  }
}

const categoricalMapping: Compile = (step, columns) => {
  const source = param(step, 'sourceColumn')
  requireColumn(step, columns, source)
  const map = categoryMap(param(step, 'categoryMap'))
  if (!map)
    throw new StepError(
      step,
      'CATEGORICAL_MAPPING categoryMap must be a JSON object of value → category, e.g. {"Canada":"2"}'
    )
  const deleteOthers = flag(step, 'deleteOtherRows')
  const other = step.parameters.other
  const keepOthers = flag(step, 'keepOthers')
  const mapType = (step.parameters.mapType ?? 'TEXT').toUpperCase()
  const numeric =
    mapType === 'NUMERIC' && [...map.values()].every(v => v.trim() !== '' && Number.isFinite(Number(v)))
  const target = step.parameters.targetColumn ?? source
  if (target !== source) requireNew(step, columns, target)
  const type: ColumnType =
    numeric && (other === undefined || Number.isFinite(Number(other))) && !keepOthers ? 'double' : 'string'
  const outColumns =
    target === source
      ? columns.map(c => (c.name === source ? { ...c, type } : c))
      : insertAfter(columns, source, [{ name: target, type }])
  return {
    columns: outColumns,
    apply: row => {
      const v = row[source] ?? null
      const mapped = v === null ? undefined : map.get(v)
      if (mapped !== undefined) row[target] = mapped
      else if (deleteOthers) return null
      else if (other !== undefined) row[target] = other
      else if (keepOthers) row[target] = v
      else row[target] = null
      return row
    }
  }
}

export const MAPPING_OPERATIONS: Record<string, Compile> = {
  CATEGORICAL_MAPPING: categoricalMapping
}
