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
      const when = compileConditions(step.conditions)
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
    for (let i = 0; i < compiled.steps.length; i++) {
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

/** Runs a recipe over in-memory rows (previews, tests). */
export function runRows(compiled: CompiledRecipe, rows: Row[]): Row[] {
  const out: Row[] = []
  for (const row of rows) {
    const r = through(compiled, Object.assign(newRow(), row), compiled.steps.length)
    if (r) out.push(r)
  }
  return out
}
