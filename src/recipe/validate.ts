/**
 * Static checks of a parsed recipe against the catalog: operation names, parameters (known, required, list- and
 * enum-valued), condition names, and — when the input columns are known — that every step refers to columns that
 * exist at that point. Problems point at the step (file:line:col). Pure.
 */
import type { Column } from '../formats/table.js'
import { CATALOG, CONDITIONS, MISNAMED } from './catalog.js'
import { listParameter, stepProblem, type Problem, type Recipe, type RecipeStep } from './model.js'
import { OPERATIONS, StepError } from './operations.js'

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)])
  for (let j = 1; j <= b.length; j++) d[0]![j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
  return d[a.length]![b.length]!
}

/** The closest name within a third of the length, for "did you mean". */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined
  let bestD = Infinity
  for (const c of candidates) {
    const dd = distance(name.toLowerCase(), c.toLowerCase())
    if (dd < bestD) {
      bestD = dd
      best = c
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}

export interface ValidateOptions {
  /** Input columns, when known (sample data or a schema): enables the column checks. */
  columns?: string[]
}

export function validateRecipe(recipe: Recipe, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = []
  const add = (step: RecipeStep, message: string, severity: Problem['severity'] = 'error') =>
    problems.push(stepProblem(recipe, step, message, severity))

  for (const step of recipe.steps) {
    const spec = CATALOG[step.operation]
    if (!spec) {
      const instead = MISNAMED[step.operation] ?? closest(step.operation, Object.keys(CATALOG))
      problems.push({
        file: recipe.file,
        ...step.location,
        step: step.number,
        message: `step ${step.number}: unknown operation ${step.operation}${instead ? `: use ${instead}` : ''}`,
        severity: 'error'
      })
      continue
    }
    if (spec.params) {
      const known = Object.keys(spec.params)
      for (const [name, value] of Object.entries(step.parameters)) {
        const p = spec.params[name]
        if (!p) {
          const hint = closest(name, known)
          add(
            step,
            `unknown parameter ${name}${hint ? ` (did you mean ${hint}?)` : ` (known: ${known.join(', ')})`}`
          )
          continue
        }
        if (p.list && !listParameter(value))
          add(step, `parameter ${name} must be a JSON list of strings, e.g. "[\\"a\\",\\"b\\"]"`)
        if (p.boolean && value !== 'true' && value !== 'false')
          add(step, `parameter ${name} must be "true" or "false", not "${value}"`)
        if (p.enum) {
          const values = p.list ? (listParameter(value) ?? []) : [value]
          for (const v of values) {
            if (!p.enum.includes(v)) add(step, `parameter ${name}: "${v}" is not one of ${p.enum.join(', ')}`)
          }
        }
      }
      const hasSource =
        step.parameters.sourceColumn !== undefined || step.parameters.sourceColumns !== undefined
      for (const [name, p] of Object.entries(spec.params)) {
        if (!p.required || step.parameters[name] !== undefined) continue
        // Single-column operations also accept sourceColumns (one list), as exported recipes show both forms.
        if ((name === 'sourceColumn' || name === 'sourceColumns') && hasSource) continue
        add(step, `missing required parameter ${name}`)
      }
    }
    for (const c of step.conditions) {
      if (!(CONDITIONS as readonly string[]).includes(c.condition)) {
        const hint = closest(c.condition, CONDITIONS)
        add(step, `unknown condition ${c.condition}${hint ? ` (did you mean ${hint}?)` : ''}`)
      }
    }
    if (spec.nondeterministic) {
      add(step, 'is random: a local run cannot reproduce DataBrew output for it byte for byte', 'warning')
    }
  }
  if (options.columns) problems.push(...checkColumns(recipe, options.columns).problems)
  return problems
}

/**
 * Follows the columns through the steps the local engine knows (it compiles each step against the columns before
 * it). Returns the output columns, or undefined when a step changes the schema in a way only DataBrew computes.
 */
export function checkColumns(recipe: Recipe, input: string[]): { output?: string[]; problems: Problem[] } {
  const problems: Problem[] = []
  let columns: Column[] = input.map(name => ({ name, type: 'string' }))
  for (const step of recipe.steps) {
    const compile = OPERATIONS[step.operation]
    if (!compile) {
      if (CATALOG[step.operation]) {
        problems.push({
          file: recipe.file,
          ...step.location,
          step: step.number,
          message: `step ${step.number} (${step.operation}): columns after this step are not checked (the local engine cannot run it)`,
          severity: 'warning'
        })
      }
      return { problems }
    }
    for (const c of step.conditions) {
      if (!columns.some(col => col.name === c.targetColumn)) {
        problems.push({
          file: recipe.file,
          ...step.location,
          step: step.number,
          message: `step ${step.number} (${step.operation}): condition targets column '${c.targetColumn}', which does not exist at this step`,
          severity: 'error'
        })
      }
    }
    try {
      // A placeholder key: only the schema is computed here, nothing is hashed.
      columns = compile(step, columns, { hashKey: Buffer.alloc(1) }).columns
    } catch (err) {
      if (!(err instanceof StepError)) throw err
      // Parameter problems are validateRecipe's to report; here only what the columns reveal.
      if (/needs parameter|must be a JSON list/.test(err.message)) return { problems }
      problems.push({
        file: recipe.file,
        ...step.location,
        step: step.number,
        message: `step ${step.number} (${step.operation}): ${err.message}`,
        severity: 'error'
      })
      return { problems }
    }
  }
  return { output: columns.map(c => c.name), problems }
}
