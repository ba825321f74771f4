/** CHANGE_DATA_TYPE: the column type the writer uses, and the values converted to it. */
import type { ColumnType } from '../../formats/table.js'
import { missing, param, requireColumn, UnsupportedOperation, type Compile } from './common.js'

const TYPES: Record<string, ColumnType> = {
  string: 'string',
  integer: 'integer',
  int: 'integer',
  long: 'integer',
  bigint: 'integer',
  double: 'double',
  float: 'double',
  decimal: 'double',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp'
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** CHANGE_DATA_TYPE: values that cannot be converted become NULL (DataBrew's documented behaviour). */
const changeDataType: Compile = (step, columns) => {
  const from = param(step, 'sourceColumn')
  requireColumn(step, columns, from)
  const raw = param(step, 'columnDataType')
  const type = TYPES[raw.toLowerCase()]
  if (!type)
    throw new UnsupportedOperation(
      step,
      `CHANGE_DATA_TYPE to '${raw}' cannot run locally (supported: ${Object.keys(TYPES).join(', ')})`
    )
  const convert: (v: string) => string | null =
    type === 'integer'
      ? v =>
          /^\s*[+-]?\d+\s*$/.test(v)
            ? String(BigInt(v.trim()))
            : /^\s*[+-]?\d+\.0*\s*$/.test(v)
              ? String(BigInt(v.trim().split('.')[0]!))
              : null
      : type === 'double'
        ? v => (v.trim() !== '' && Number.isFinite(Number(v)) ? String(Number(v)) : null)
        : type === 'boolean'
          ? v =>
              /^(true|1|yes|y|t)$/i.test(v.trim())
                ? 'true'
                : /^(false|0|no|n|f)$/i.test(v.trim())
                  ? 'false'
                  : null
          : type === 'date'
            ? v => {
                const t = v.trim()
                if (DATE.test(t)) return Number.isNaN(Date.parse(t)) ? null : t
                const d = new Date(t)
                return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10)
              }
            : type === 'timestamp'
              ? v => {
                  const d = new Date(v.trim())
                  return Number.isNaN(d.getTime()) ? null : d.toISOString()
                }
              : v => v
  return {
    columns: columns.map(c => (c.name === from ? { ...c, type } : c)),
    apply: row => {
      const v = row[from]
      row[from] = missing(v) ? null : convert(v!)
      return row
    }
  }
}

export const TYPE_OPERATIONS: Record<string, Compile> = {
  CHANGE_DATA_TYPE: changeDataType
}
