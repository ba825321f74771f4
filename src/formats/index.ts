/** Picks the reader or writer by file extension: .csv, .jsonl/.ndjson, .parquet. */
import path from 'node:path'
import { openCsvReader, openCsvWriter } from './csv.js'
import { openJsonlReader, openJsonlWriter } from './jsonl.js'
import { openParquetReader, openParquetWriter } from './parquet.js'
import type { Column, TableReader, TableWriter } from './table.js'

export type Format = 'csv' | 'jsonl' | 'parquet'

export function formatOf(file: string): Format | undefined {
  const ext = path.extname(file).toLowerCase()
  if (ext === '.csv') return 'csv'
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl'
  if (ext === '.parquet') return 'parquet'
  return undefined
}

export function openReader(file: string, format: Format): Promise<TableReader> {
  return format === 'csv'
    ? openCsvReader(file)
    : format === 'jsonl'
      ? openJsonlReader(file)
      : openParquetReader(file)
}

export function openWriter(file: string, format: Format, columns: Column[]): Promise<TableWriter> {
  return format === 'csv'
    ? openCsvWriter(file, columns)
    : format === 'jsonl'
      ? openJsonlWriter(file, columns)
      : openParquetWriter(file, columns)
}
