/**
 * Static checks of a parsed recipe against the catalog: operation names (with the fix for names DataBrew does not
 * have), parameters (unknown, missing, JSON lists, enumerations, booleans, numbers), condition names; and, when the
 * input columns are known, that every step refers to columns that exist at that point (following deletes, renames,
 * duplicates, merges, splits and new-column functions). `columnFlow` gives the output columns. Problems point at the
 * step (file:line:col). Pure: the catalog only, no engine.
 */
import {
  CATALOG,
  CONDITION_NAMES,
  DEFAULT_HASH_ALGORITHM,
  MISNAMED,
  OPERATION_NAMES,
  conditionSpec,
  operationSpec,
  type OperationSpec,
  type ParamSpec
} from './catalog.js'
import { listParameter, stepProblem, type Problem, type Recipe, type RecipeStep } from './model.js'
import { splitCount, stepColumns } from './columns.js'
import { closest } from './suggest.js'
import { checkPattern } from './pattern.js'
import { caseExpressionProblem } from './ops/case-operation-parser.js'

/** DataBrew's limit on steps in one recipe (recipes.html: "up to 100 data transformations"). */
export const MAX_STEPS = 100

export interface ValidateOptions {
  /** Input columns, when known (sample data or a schema): enables the column checks. */
  columns?: readonly string[]
}

const isTrue = (v: string | undefined) => v !== undefined && v.toLowerCase() === 'true'

/** A JSON value inside a string, or undefined when it is not JSON. */
function json(value: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    return undefined
  }
}

/** JSON that starts like JSON but does not parse: parse.ts reported it at the exact character. */
const brokenJson = (value: string) => /^\s*[[{]/.test(value) && json(value) === undefined

function enumAccepts(p: ParamSpec, v: string): boolean {
  if (!p.enum) return true
  return p.caseInsensitive ? p.enum.some(e => e.toLowerCase() === v.toLowerCase()) : p.enum.includes(v)
}

function checkValue(
  p: ParamSpec,
  value: string,
  add: (message: string, severity?: Problem['severity']) => void
) {
  const name = p.name
  if (p.list) {
    if (brokenJson(value)) return
    const items = listParameter(value)
    if (!items) {
      const parsed = json(value)
      if (Array.isArray(parsed)) add(`parameter ${name} must list strings only (every item in double quotes)`)
      else {
        // Show the fix: the value's comma-separated parts as the JSON list DataBrew expects, as it appears in a file.
        const parts = value.split(',').map(v => v.trim())
        const example = JSON.stringify(JSON.stringify(parts.some(Boolean) ? parts.filter(Boolean) : ['a']))
        add(`parameter ${name} must be a JSON list of strings in a string, e.g. ${example}`)
      }
      return
    }
    if (items.length === 0 && p.column === 'input') add(`parameter ${name} lists no column`)
    if (p.enum) {
      for (const v of items.filter(v => !enumAccepts(p, v)))
        add(
          `parameter ${name}: "${v}" is not one of ${p.enum.join(', ')}`,
          p.enumStrict === false ? 'warning' : 'error'
        )
    }
    return
  }
  if (p.json) {
    if (brokenJson(value)) return
    const parsed = json(value)
    const ok = p.json === 'list' ? Array.isArray(parsed) : parsed !== null && typeof parsed === 'object'
    if (!ok) add(`parameter ${name} must be a JSON ${p.json === 'list' ? 'list' : 'object'} in a string`)
    return
  }
  if (p.boolean && !/^(true|false)$/i.test(value)) {
    add(`parameter ${name} must be "true" or "false", not "${value}"`)
    return
  }
  if (p.number) {
    const n = Number(value)
    if (value.trim() === '' || !Number.isFinite(n) || (p.number === 'integer' && !Number.isInteger(n))) {
      add(
        `parameter ${name} must be ${p.number === 'integer' ? 'a whole number' : 'a number'}, not "${value}"`
      )
      return
    }
  }
  if (p.required && value === '') add(`parameter ${name} is empty`)
  if (p.enum && !enumAccepts(p, value)) {
    const strict = p.enumStrict !== false
    add(
      `parameter ${name}: "${value}" is not ${strict ? 'one of' : 'among the documented values'} ${p.enum.map(e => `"${e}"`).join(', ')}`,
      strict ? 'error' : 'warning'
    )
  }
}

/** Checks specific to one operation, beyond what its parameter specs say. */
function checkOperation(step: RecipeStep, add: (message: string, severity?: Problem['severity']) => void) {
  const p = step.parameters
  switch (step.operation) {
    case 'CRYPTOGRAPHIC_HASH': {
      const algorithm = p.algorithm ?? DEFAULT_HASH_ALGORITHM
      const keyed = algorithm.startsWith('HMAC_')
      if (keyed && !p.secretId)
        add(
          `${algorithm}${p.algorithm ? '' : ' (the default algorithm)'} needs secretId: the Secrets Manager secret holding the HMAC key`
        )
      if (!keyed && p.secretId)
        add(`secretId is not used by ${algorithm} (only the HMAC_ algorithms take a key)`, 'warning')
      break
    }
    case 'SPLIT_COLUMN_SINGLE_DELIMITER':
    case 'SPLIT_COLUMN_MULTIPLE_DELIMITER': {
      const limit = Number(p.limit ?? '1')
      if (Number.isInteger(limit) && (limit < 1 || limit > 20))
        add(`parameter limit must be 1 to 20, not ${p.limit}`)
      break
    }
    case 'CASE_OPERATION': {
      const problem =
        p.valueExpression === undefined
          ? undefined
          : caseExpressionProblem(p.valueExpression, p.withExpressions)
      if (problem) add(problem)
      break
    }
    case 'RENAME':
      if (p.sourceColumn !== undefined && p.sourceColumn === p.targetColumn)
        add(`renames ${p.sourceColumn} to itself`, 'warning')
      break
  }
}

function checkStep(recipe: Recipe, step: RecipeStep, problems: Problem[]): void {
  const add = (message: string, severity: Problem['severity'] = 'error') =>
    problems.push(stepProblem(recipe, step, message, severity))
  const spec = operationSpec(step.operation)
  if (!spec) {
    const upper = step.operation.toUpperCase().replace(/[^A-Z0-9]+/g, '_')
    const unknown = (fix: string) =>
      problems.push({
        file: recipe.file,
        ...step.location,
        step: step.number,
        message: `step ${step.number}: unknown operation ${step.operation}: ${fix}`,
        severity: 'error'
      })
    if (upper !== step.operation && CATALOG[upper]) unknown(`operation names are upper case, use ${upper}`)
    else if (MISNAMED[upper]) unknown(`DataBrew has no ${upper}, use ${MISNAMED[upper]}`)
    else {
      const hint = closest(step.operation, OPERATION_NAMES)
      unknown(hint ? `did you mean ${hint}?` : 'it is not in the DataBrew recipe step and function reference')
    }
    return
  }
  if (spec.interactiveOnly)
    add('works only in an interactive project session, not in a recipe job: remove the step')

  const known = spec.params.map(p => p.name)
  // One rule for every operation, however its catalog entry was sourced (issue 10): an unknown parameter is a warning
  // (the console writes parameters the pages do not list, and DataBrew runs them), unless it is provably a mistake for
  // a known one — the same name in another case, or a close misspelling — which is an error with the fix.
  for (const [name, value] of Object.entries(step.parameters)) {
    const p = spec.params.find(q => q.name === name)
    if (!p) {
      const sameCase = known.find(k => k.toLowerCase() === name.toLowerCase())
      const hint = sameCase ? undefined : closest(name, known)
      if (sameCase) add(`unknown parameter ${name} (parameter names are case-sensitive: ${sameCase})`)
      else if (hint) add(`unknown parameter ${name} (did you mean ${hint}?)`)
      else {
        const takes = known.length
          ? `${step.operation} takes ${known.join(', ')}`
          : `${step.operation} takes none`
        add(`unknown parameter ${name}: DataBrew may ignore or reject it (${takes})`, 'warning')
      }
      continue
    }
    checkValue(p, value, add)
  }
  for (const p of spec.params)
    if (p.required && step.parameters[p.name] === undefined) add(`missing required parameter ${p.name}`)
  for (const group of spec.oneOf ?? []) {
    const given = group.filter(n => step.parameters[n] !== undefined)
    if (given.length === 0) add(`needs ${group.join(' or ')}`)
    else if (given.length > 1) add(`give ${group.join(' or ')}, not both`)
  }
  for (const group of spec.atMostOne ?? []) {
    const given = group.filter(n => step.parameters[n] !== undefined)
    if (given.length > 1) add(`give at most one of ${group.join(', ')}`)
  }
  checkOperation(step, add)
  checkPatterns(step, add)

  for (const c of step.conditions) {
    const cs = conditionSpec(c.condition)
    if (!cs) {
      const hint = closest(c.condition, CONDITION_NAMES)
      add(
        `unknown condition ${c.condition}${hint ? ` (did you mean ${hint}?)` : ` (known: ${CONDITION_NAMES.join(', ')})`}`
      )
      continue
    }
    if (!c.targetColumn) add(`condition ${c.condition} needs TargetColumn`)
    if (!cs.documented)
      add(
        `condition ${c.condition} is not in DataBrew's documented condition list (recipes.html#recipes.structure); check that your DataBrew accepts it`,
        'warning'
      )
    if (cs.value === 'one' && (c.value === undefined || c.value === ''))
      add(`condition ${c.condition} needs a Value`)
  }
}

/** Parameters that DataBrew reads as a Java regular expression, by operation (a function of the step's parameters). */
const REGEX_PARAMETERS: Record<string, (step: RecipeStep) => string[]> = {
  REPLACE_TEXT: () => ['pattern'],
  EXTRACT_PATTERN: () => ['pattern'],
  MASK_CUSTOM: step => (step.parameters.regex?.toLowerCase() === 'true' ? ['customValue'] : [])
}
const REGEX_CONDITIONS = new Set(['MATCHES', 'NOT_MATCHES'])

/** Patterns that would run differently here than in DataBrew, or could backtrack for ever (see pattern.ts). */
function checkPatterns(step: RecipeStep, add: (message: string) => void): void {
  for (const name of REGEX_PARAMETERS[step.operation]?.(step) ?? []) {
    const source = step.parameters[name]
    const problem = source === undefined ? undefined : checkPattern(source)
    if (problem) add(`${name} \`${source}\` ${problem}`)
  }
  for (const c of step.conditions) {
    if (!REGEX_CONDITIONS.has(c.condition) || c.value === undefined) continue
    const problem = checkPattern(c.value)
    if (problem) add(`condition ${c.condition} pattern \`${c.value}\` ${problem}`)
  }
}

export function validateRecipe(recipe: Recipe, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = []
  if (recipe.steps.length > MAX_STEPS) {
    const step = recipe.steps[MAX_STEPS]!
    problems.push(
      stepProblem(
        recipe,
        step,
        `a DataBrew recipe holds at most ${MAX_STEPS} steps; this one has ${recipe.steps.length}`
      )
    )
  }
  for (const step of recipe.steps) checkStep(recipe, step, problems)
  if (options.columns) problems.push(...checkColumns(recipe, options.columns).problems)
  return problems
}

// ---- columns ------------------------------------------------------------------------------------------------------

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
