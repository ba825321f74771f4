/**
 * What every operation module shares: the compiled-step shape, the step errors and the small parameter and column
 * helpers. Operation families live next to this file (dates, math, patterns, mapping, rows) and in operations.ts.
 */
import type { Column, ColumnType, Row } from '../../formats/table.js'
import { listParameter, type RecipeStep } from '../model.js'

export interface EngineOptions {
  /** HMAC key for CRYPTOGRAPHIC_HASH (HMAC_* algorithms): the secret's bytes (see docs: utf8 of the secret string). */
  hashKey?: Buffer
  /** For REPLACE_WITH_RANDOM_BETWEEN; tests pass a seeded one. */
  randomInt?: (min: number, maxInclusive: number) => number
  /** Seed for SHUFFLE_ROWS: the same seed and input give the same order. Without it the order is random. */
  shuffleSeed?: string
  /** The clock for TODAY/NOW; tests pass a fixed one. */
  now?: () => Date
  /** JOIN's secondary datasets by `secondaryDatasetName`, held in memory (the CLI's --join-dataset NAME=FILE). */
  joinDatasets?: Record<string, { columns: Column[]; rows: Row[] }>
}

/** Result of compiling one step. `apply` returns null to drop the row. */
export interface CompiledStep {
  columns: Column[]
  apply: (row: Row) => Row | null
  /** Statistics this step needs from a first pass over its input (FILL_WITH_AVERAGE …). */
  stats?: { column: string; collect: (value: string | null) => void; done: () => void }
  /**
   * Whole-table steps (SHUFFLE_ROWS): the rows that reached this step, all at once, in the order the step gives
   * them back. The engine holds every row in memory for such a step.
   */
  table?: (rows: Row[]) => Row[]
}

export class StepError extends Error {
  constructor(
    readonly step: RecipeStep,
    message: string
  ) {
    super(message)
  }
}

/** The operation is valid DataBrew but this engine cannot run it (reported, never skipped). */
export class UnsupportedOperation extends StepError {}

export type Compile = (step: RecipeStep, columns: Column[], options: EngineOptions) => CompiledStep

export const missing = (v: string | null | undefined) => v === null || v === undefined || v === ''

export function param(step: RecipeStep, name: string): string {
  const v = step.parameters[name]
  if (v === undefined) throw new StepError(step, `${step.operation} needs parameter ${name}`)
  return v
}

export function flag(step: RecipeStep, name: string): boolean {
  return (step.parameters[name] ?? 'false').toLowerCase() === 'true'
}

export function list(step: RecipeStep, name: string): string[] {
  const raw = step.parameters[name]
  if (raw === undefined) throw new StepError(step, `${step.operation} needs parameter ${name}`)
  const items = listParameter(raw)
  if (!items) throw new StepError(step, `${step.operation} parameter ${name} must be a JSON list of strings`)
  return items
}

export function requireColumn(step: RecipeStep, columns: Column[], name: string): void {
  if (!columns.some(c => c.name === name)) {
    throw new StepError(
      step,
      `column '${name}' does not exist at this step (columns: ${columns.map(c => c.name).join(', ')})`
    )
  }
}

export function requireNew(step: RecipeStep, columns: Column[], name: string): void {
  if (columns.some(c => c.name === name)) throw new StepError(step, `column '${name}' already exists`)
}

/** An in-place text transform of one or more columns. */
export function inPlace(columns: Column[], targets: string[], f: (v: string) => string | null): CompiledStep {
  return {
    columns,
    apply: row => {
      for (const t of targets) {
        const v = row[t]
        if (v !== null && v !== undefined) row[t] = f(v)
      }
      return row
    }
  }
}

export function sourceColumns(step: RecipeStep, columns: Column[]): string[] {
  const names =
    step.parameters.sourceColumns !== undefined ? list(step, 'sourceColumns') : [param(step, 'sourceColumn')]
  for (const n of names) requireColumn(step, columns, n)
  return names
}

export function insertAfter(columns: Column[], after: string, added: Column[]): Column[] {
  const i = columns.findIndex(c => c.name === after)
  return [...columns.slice(0, i + 1), ...added, ...columns.slice(i + 1)]
}

export function intParam(step: RecipeStep, name: string, fallback?: number): number {
  const raw = step.parameters[name]
  if (raw === undefined) {
    if (fallback !== undefined) return fallback
    throw new StepError(step, `${step.operation} needs parameter ${name}`)
  }
  const n = Number(raw)
  if (!Number.isInteger(n))
    throw new StepError(step, `${step.operation} parameter ${name} must be an integer, got '${raw}'`)
  return n
}

/**
 * A function step's output column (`targetColumn`): new, placed after the column it reads (or last when it reads
 * only literal values), as the DataBrew console shows function results.
 */
export function newColumn(
  step: RecipeStep,
  columns: Column[],
  after: string | undefined,
  type: ColumnType = 'string'
): { name: string; columns: Column[] } {
  const name = param(step, 'targetColumn')
  requireNew(step, columns, name)
  const added = { name, type }
  return {
    name,
    columns:
      after !== undefined && columns.some(c => c.name === after)
        ? insertAfter(columns, after, [added])
        : [...columns, added]
  }
}

/**
 * One operand of a function step: the column `sourceColumn` (or `sourceColumn1`…) or the literal `value`
 * (`value1`…); the pages say one or the other, never both.
 */
export function operand(
  step: RecipeStep,
  columns: Column[],
  columnParam: string,
  valueParam: string
): { column?: string; read: (row: Row) => string | null } {
  const column = step.parameters[columnParam]
  const value = step.parameters[valueParam]
  if (column !== undefined && value !== undefined)
    throw new StepError(step, `${step.operation} takes ${columnParam} or ${valueParam}, not both`)
  if (column !== undefined) {
    requireColumn(step, columns, column)
    return { column, read: row => row[column] ?? null }
  }
  if (value !== undefined) return { read: () => value }
  throw new StepError(step, `${step.operation} needs ${columnParam} or ${valueParam}`)
}

/** A literal string as a regular expression source. */
export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Text order by code point, as Spark compares UTF-8 strings (JS `<` compares UTF-16 units, which orders U+E000–U+FFFF
 * above characters outside the BMP).
 */
export const byCodePoint = (a: string, b: string): number => {
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const x = a.codePointAt(i)!
    const y = b.codePointAt(j)!
    if (x !== y) return x - y
    i += x > 0xffff ? 2 : 1
    j += y > 0xffff ? 2 : 1
  }
  return a.length - b.length
}
