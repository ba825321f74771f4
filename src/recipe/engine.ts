/**
 * The local recipe engine: compiles a DataBrew recipe into row functions and streams a table through them, batch by
 * batch, so memory does not grow with the input (except for what an operation must remember: the values seen by
 * REMOVE_DUPLICATES, the numbers of FILL_WITH_MEDIAN). Steps with ConditionExpressions apply only to the rows the
 * conditions select. An operation this engine cannot run stops the run with its step number: never skipped.
 */
import { newRow, type Column, type Row, type TableReader, type TableWriter } from '../formats/table.js'
import { compileConditions } from './conditions.js'
import type { Problem, Recipe, RecipeStep } from './model.js'
import {
  OPERATIONS,
  StepError,
  UnsupportedOperation,
  type CompiledStep,
  type EngineOptions
} from './operations.js'

export interface CompiledRecipe {
  input: Column[]
  output: Column[]
  steps: { step: RecipeStep; compiled: CompiledStep; when?: (row: Row) => boolean }[]
}

export class RecipeCompileError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(p => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('; '))
  }
}

function problemAt(recipe: Recipe, step: RecipeStep, message: string): Problem {
  return {
    file: recipe.file,
    line: step.location.line,
    column: step.location.column,
    step: step.number,
    message,
    severity: 'error'
  }
}

/** Compiles every step against the columns it will see; collects every problem before failing. */
export function compileRecipe(recipe: Recipe, input: Column[], options: EngineOptions = {}): CompiledRecipe {
  const problems: Problem[] = []
  let columns = input
  const steps: CompiledRecipe['steps'] = []
  for (const step of recipe.steps) {
    const compile = OPERATIONS[step.operation]
    if (!compile) {
      problems.push(
        problemAt(
          recipe,
          step,
          `step ${step.number}: operation ${step.operation} cannot run in the local engine (it runs in DataBrew only)`
        )
      )
      continue
    }
    try {
      const when = compileConditions(step.conditions, columns)
      for (const c of step.conditions) {
        if (!columns.some(col => col.name === c.targetColumn)) {
          throw new StepError(
            step,
            `condition ${c.condition} targets column '${c.targetColumn}', which does not exist at this step`
          )
        }
      }
      const compiled = compile(
        step,
        columns.map(c => ({ ...c })),
        options
      )
      if (compiled.table && when)
        throw new StepError(
          step,
          `${step.operation} applies to the whole table: ConditionExpressions cannot select rows for it`
        )
      steps.push({ step, compiled, when })
      columns = compiled.columns
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      const prefix = err instanceof UnsupportedOperation ? 'cannot run locally: ' : ''
      problems.push(problemAt(recipe, step, `step ${step.number} (${step.operation}): ${prefix}${message}`))
    }
  }
  if (problems.length > 0) throw new RecipeCompileError(problems)
  return { input, output: columns, steps }
}

function applyStep(s: CompiledRecipe['steps'][number], row: Row): Row | null {
  if (s.when && !s.when(row)) return row
  return s.compiled.apply(row)
}

/** Runs rows through steps [0, upTo). */
function through(recipe: CompiledRecipe, row: Row, upTo: number): Row | null {
  let r: Row | null = row
  for (let i = 0; i < upTo && r; i++) r = applyStep(recipe.steps[i]!, r)
  return r
}

/** Runs one row through the whole recipe (row-local steps only: see src/recipe/parallel.ts). */
export function throughAll(recipe: CompiledRecipe, row: Row): Row | null {
  return through(recipe, row, recipe.steps.length)
}

export interface RunResult {
  rowsIn: number
  rowsOut: number
}

/**
 * Streams the reader through the recipe into the writer. `reopen` gives a fresh reader of the same input for the
 * first passes that aggregate fills need. The writer is aborted (no partial output) on any failure.
 */
export async function runCompiled(
  compiled: CompiledRecipe,
  reader: TableReader,
  writer: TableWriter,
  reopen?: () => Promise<TableReader>
): Promise<RunResult> {
  try {
    const firstTable = compiled.steps.findIndex(s => s.compiled.table)
    // Statistics of steps after a whole-table step are taken from the held rows (finishFrom).
    const streamed = firstTable >= 0 ? firstTable : compiled.steps.length
    for (let i = 0; i < streamed; i++) {
      const stats = compiled.steps[i]!.compiled.stats
      if (!stats) continue
      if (!reopen)
        throw new Error(
          `step ${compiled.steps[i]!.step.number} needs a first pass over the input, which this input cannot give`
        )
      const pass = await reopen()
      try {
        for await (const batch of pass.batches()) {
          for (const row of batch) {
            const r = through(compiled, row, i)
            if (r && (!compiled.steps[i]!.when || compiled.steps[i]!.when!(r)))
              stats.collect(r[stats.column] ?? null)
          }
        }
      } finally {
        await pass.close()
      }
      stats.done()
    }
    let rowsIn = 0
    let rowsOut = 0
    const n = compiled.steps.length
    if (firstTable >= 0) {
      // A whole-table step (SHUFFLE_ROWS) needs every row that reaches it: hold them, then stream the rest.
      const held: Row[] = []
      for await (const batch of reader.batches()) {
        rowsIn += batch.length
        for (const row of batch) {
          const r = through(compiled, row, firstTable)
          if (r) held.push(r)
        }
      }
      const out = finishFrom(compiled, held, firstTable)
      for (let i = 0; i < out.length; i += 10_000) await writer.write(out.slice(i, i + 10_000))
      await writer.close()
      return { rowsIn, rowsOut: out.length }
    }
    for await (const batch of reader.batches()) {
      rowsIn += batch.length
      const out: Row[] = []
      for (const row of batch) {
        const r = through(compiled, row, n)
        if (r) out.push(r)
      }
      rowsOut += out.length
      if (out.length > 0) await writer.write(out)
    }
    await writer.close()
    return { rowsIn, rowsOut }
  } catch (err) {
    await writer.abort()
    throw err
  } finally {
    await reader.close()
  }
}

/** Runs every row that reached step `from` through the rest of the recipe, whole-table steps included. */
function finishFrom(compiled: CompiledRecipe, rows: Row[], from: number): Row[] {
  let current = rows
  for (let i = from; i < compiled.steps.length; i++) {
    const s = compiled.steps[i]!
    const stats = s.compiled.stats
    if (stats) {
      for (const row of current) if (!s.when || s.when(row)) stats.collect(row[stats.column] ?? null)
      stats.done()
    }
    if (s.compiled.table) {
      current = s.compiled.table(current)
      continue
    }
    const next: Row[] = []
    for (const row of current) {
      const r = applyStep(s, row)
      if (r) next.push(r)
    }
    current = next
  }
  return current
}

/** Runs a recipe over in-memory rows (previews, tests). */
export function runRows(compiled: CompiledRecipe, rows: Row[]): Row[] {
  return finishFrom(
    compiled,
    rows.map(row => Object.assign(newRow(), row)),
    0
  )
}
