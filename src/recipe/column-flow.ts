/**
 * The columns through a recipe, when the input columns are known: every step must refer to columns that exist at that
 * point (following deletes, renames, duplicates, merges, splits and new-column functions); `columnFlow` gives the
 * output columns. Problems point at the step (file:line:col). Pure: the catalog only, no engine.
 */
import { CATALOG, type OperationSpec } from './catalog.js'
import {
  jsonValue as json,
  listParameter,
  stepProblem,
  type Problem,
  type Recipe,
  type RecipeStep
} from './model.js'
import { splitCount, stepColumns } from './columns.js'
import { closest } from './suggest.js'

const isTrue = (v: string | undefined) => v !== undefined && v.toLowerCase() === 'true'

/** Inserts `names` after column `after` (or at the end). */
function insertAfter(columns: string[], after: string | undefined, names: string[]): string[] {
  const i = after === undefined ? -1 : columns.lastIndexOf(after)
  return i < 0 ? [...columns, ...names] : [...columns.slice(0, i + 1), ...names, ...columns.slice(i + 1)]
}

/** What a step leaves: the new column list, or undefined when only DataBrew can know it (PIVOT, JOIN, …). */
function apply(spec: OperationSpec, step: RecipeStep, columns: string[]): string[] | undefined {
  const p = step.parameters
  const inputs = stepColumns(step, 'input')
  const outputs = stepColumns(step, 'output')
  switch (step.operation) {
    case 'DELETE':
      return columns.filter(c => !inputs.includes(c))
    case 'RENAME':
      return columns.map(c => (c === p.sourceColumn ? p.targetColumn! : c))
    case 'MOVE_TO_START':
    case 'MOVE_TO_END':
    case 'MOVE_TO_INDEX':
    case 'MOVE_AFTER':
    case 'MOVE_BEFORE': {
      const rest = columns.filter(c => c !== p.sourceColumn)
      const src = p.sourceColumn!
      if (step.operation === 'MOVE_TO_START') return [src, ...rest]
      if (step.operation === 'MOVE_TO_END') return [...rest, src]
      if (step.operation === 'MOVE_TO_INDEX') {
        const i = Math.max(0, Math.min(rest.length, Number(p.targetIndex)))
        return [...rest.slice(0, i), src, ...rest.slice(i)]
      }
      const t = rest.indexOf(p.targetColumn!)
      const at = step.operation === 'MOVE_AFTER' ? t + 1 : t
      return [...rest.slice(0, at), src, ...rest.slice(at)]
    }
    case 'MERGE':
    case 'NEST_TO_ARRAY':
    case 'NEST_TO_MAP':
    case 'NEST_TO_STRUCT': {
      const merged = insertAfter(columns, inputs[inputs.length - 1], outputs)
      return isTrue(p.removeSourceColumns) ? merged.filter(c => !inputs.includes(c)) : merged
    }
    case 'DUPLICATE':
    case 'UNNEST_ARRAY':
      return insertAfter(columns, p.sourceColumn, outputs)
    case 'UNPIVOT':
      return [...columns.filter(c => !inputs.includes(c)), ...outputs]
    case 'UNION': {
      const names = listParameter(p.targetColumnNames)
      return names && names.length > 0 ? names : undefined
    }
    case 'GROUP_BY': {
      const options = json(p.groupByAggFunctionOptions ?? '')
      if (!Array.isArray(options)) return undefined
      const targets = options.map(o => (o as { targetColumnName?: unknown } | null)?.targetColumnName)
      if (!targets.every(t => typeof t === 'string')) return undefined
      return [...inputs, ...(targets as string[])]
    }
  }
  if (step.operation.startsWith('SPLIT_COLUMN_')) {
    const n = splitCount(step)
    const src = p.sourceColumn
    if (n === undefined || src === undefined) return undefined
    const parts = Array.from({ length: n }, (_, k) => `${src}_${k + 1}`)
    const i = columns.indexOf(src)
    return [...columns.slice(0, i), ...parts, ...columns.slice(i + 1)]
  }
  switch (spec.output) {
    case 'new-column':
      return insertAfter(columns, inputs[0], outputs)
    case 'in-place':
    case 'rows':
      return columns
    default:
      return undefined // PIVOT, TRANSPOSE, JOIN, ONE_HOT_ENCODING, UNNEST_MAP/STRUCT(_N), JSON_TO_STRUCTS
  }
}

export interface ColumnCheck {
  /** The output columns, when every step could be followed. */
  output?: string[]
  problems: Problem[]
  /** The first step after which the columns are only known to DataBrew. */
  unknownAfter?: RecipeStep
}

/**
 * Follows the columns from `input` through the steps. Reports a step that reads a column that does not exist at that
 * point (naming the step that removed or renamed it) or creates one that already exists.
 */
export function checkColumns(recipe: Recipe, input: readonly string[]): ColumnCheck {
  const problems: Problem[] = []
  let columns = [...input]
  /** Why a name is gone: "deleted by step 3", "renamed to 'x' by step 2". */
  const gone = new Map<string, string>()
  for (const step of recipe.steps) {
    const spec = CATALOG[step.operation]
    if (!spec) return { problems, unknownAfter: step } // reported by validateRecipe
    const add = (message: string) => problems.push(stepProblem(recipe, step, message))
    const missing = (name: string, what: string) => {
      const why = gone.get(name)
      const hint = why
        ? ` (${why})`
        : closest(name, columns)
          ? ` (did you mean '${closest(name, columns)}'?)`
          : ''
      add(`${what} '${name}' does not exist at this step${hint}`)
    }
    for (const c of step.conditions)
      if (c.targetColumn && !columns.includes(c.targetColumn))
        missing(c.targetColumn, `condition ${c.condition} targets column`)
    const inputs = stepColumns(step, 'input')
    const absent = inputs.filter(c => !columns.includes(c))
    for (const c of absent) missing(c, 'column')
    const outputs = stepColumns(step, 'output')
    for (const c of outputs)
      if (columns.includes(c) && !(step.operation === 'RENAME' && c === step.parameters.sourceColumn))
        add(`column '${c}' already exists: choose another targetColumn`)
    if (absent.length > 0) continue // the step would fail; keep following the others
    const next = apply(spec, step, columns)
    if (next === undefined) {
      problems.push(
        stepProblem(
          recipe,
          step,
          `the columns after this step depend on the data (only DataBrew computes them): columns are not checked past it`,
          'warning'
        )
      )
      return { problems, unknownAfter: step }
    }
    const label = `step ${step.number} (${step.operation})`
    for (const c of columns) {
      if (next.includes(c)) continue
      if (step.operation === 'RENAME') gone.set(c, `renamed to '${step.parameters.targetColumn}' by ${label}`)
      else if (step.operation.startsWith('SPLIT_COLUMN_')) gone.set(c, `split into ${c}_1 … by ${label}`)
      else gone.set(c, `removed by ${label}`)
    }
    for (const c of next) gone.delete(c)
    columns = next
  }
  return { output: columns, problems }
}

/** The output columns of a recipe run on `inputColumns`, or undefined when a step's output only DataBrew knows. */
export function columnFlow(recipe: Recipe, inputColumns: readonly string[]): string[] | undefined {
  return checkColumns(recipe, inputColumns).output
}
