/** Builds small recipes in memory and runs them through the local engine (operation tests). */
import type { Column, Row } from '../../src/formats/table.js'
import { compileRecipe, runRows } from '../../src/recipe/engine.js'
import type { Condition, Recipe } from '../../src/recipe/model.js'
import type { EngineOptions } from '../../src/recipe/operations.js'

export type StepSpec = [
  operation: string,
  parameters: Record<string, string | string[] | boolean>,
  conditions?: Condition[]
]

export function recipe(...steps: StepSpec[]): Recipe {
  return {
    file: 'r.json',
    steps: steps.map(([operation, parameters, conditions], i) => ({
      number: i + 1,
      operation,
      parameters: Object.fromEntries(
        Object.entries(parameters).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : String(v)])
      ),
      conditions: conditions ?? [],
      location: { line: i + 2, column: 3 }
    }))
  }
}

/** Runs the steps over the rows; every input column is text. Returns the rows and the output columns. */
export function run(r: Recipe, rows: Row[], options: EngineOptions = {}) {
  const input: Column[] = Object.keys(rows[0] ?? {}).map(name => ({ name, type: 'string' }))
  const compiled = compileRecipe(r, input, options)
  return { rows: runRows(compiled, rows), columns: compiled.output }
}

/** One step over one column of values: the target column's values. */
export function values(
  operation: string,
  parameters: StepSpec[1],
  column: Record<string, (string | null)[]>,
  target = String(parameters.targetColumn ?? ''),
  options: EngineOptions = {}
): (string | null | undefined)[] {
  const names = Object.keys(column)
  const n = column[names[0]!]!.length
  const rows: Row[] = Array.from({ length: n }, (_, i) =>
    Object.fromEntries(names.map(c => [c, column[c]![i]!]))
  )
  return run(recipe([operation, parameters]), rows, options).rows.map(r => r[target])
}
