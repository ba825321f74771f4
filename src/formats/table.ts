/** The shapes every reader and writer shares. Pure. */

/** Engine types; everything else is carried as text. */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'date' | 'timestamp'

export interface Column {
  name: string
  type: ColumnType
}

/**
 * One row: values by column name. null is a missing value (empty CSV field, JSON null, Parquet null). Rows have no
 * prototype (make them with `newRow`): a column may be called `__proto__`, `constructor` or `toString`, and on a plain
 * object the first would set the prototype and the others would read Object.prototype's members.
 */
export type Row = Record<string, string | null>

export function newRow(): Row {
  return Object.create(null) as Row
}

/** The value of `name` in `row`, or null when the row has no such own column (never an inherited member). */
export function cell(row: Row, name: string): string | null {
  return Object.hasOwn(row, name) ? (row[name] ?? null) : null
}

export interface TableReader {
  /** Known before the first row. */
  columns: Column[]
  /** Rows in batches (a few thousand at a time), in file order. */
  batches(): AsyncIterable<Row[]>
  close(): Promise<void>
}

export interface TableWriter {
  write(rows: Row[]): Promise<void>
  /** Completes the file; nothing is usable before this returns. */
  close(): Promise<void>
  /** Removes a half-written file after a failure. */
  abort(): Promise<void>
}

export const BATCH_ROWS = 4096
