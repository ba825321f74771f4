/** The shapes every reader and writer shares. Pure. */

/** Engine types; everything else is carried as text. */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'date' | 'timestamp'

export interface Column {
  name: string
  type: ColumnType
}

/** One row: values by column name. null is a missing value (empty CSV field, JSON null, Parquet null). */
export type Row = Record<string, string | null>

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
