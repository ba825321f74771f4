/**
 * A recipe held against the PII policy. Every PII column is followed through the steps (renames, duplicates, merges,
 * nests, splits, new columns that copy its values) in a TaintMap, and reported at the step: a PII column (or a copy
 * of one) reaching the output neither hashed nor deleted; a normalization (or any change) applied after the hash; a
 * column hashed twice; a hash that covers only some rows (conditions, entityTypeFilter); a hash contract (algorithm,
 * secret) that differs from the policy or from another hash step (HashContract). Email and phone columns hashed
 * without any normalization before get a warning. Pure.
 */
import { CATALOG, type OperationSpec } from './catalog.js'
import { splitCount, stepColumns } from './columns.js'
import { HashContract } from './hash-contract.js'
import { caseExpressionColumns } from './ops/case-operation-parser.js'
import { stepProblem, type Problem, type Recipe, type RecipeStep } from './model.js'
import type { PiiPolicy } from './policy.js'
import { TaintMap } from './policy-taint.js'

/** Steps that change no value worth protecting: nulling or emptying a column after the hash is harmless. */
const HARMLESS = new Set(['FILL_WITH_NULL', 'FILL_WITH_EMPTY', 'REPLACE_WITH_NULL', 'REPLACE_WITH_EMPTY'])
const PROTECTING = new Set([
  'MASK_CUSTOM',
  'MASK_DATE',
  'MASK_DELIMITER',
  'MASK_RANGE',
  'ENCRYPT',
  'DETERMINISTIC_ENCRYPT',
  'REPLACE_WITH_RANDOM_BETWEEN',
  'REPLACE_WITH_RANDOM_DATE_BETWEEN'
])

export interface PolicyCheckOptions {
  /** The recipe's input columns, when known: policy columns missing from them are skipped with a warning. */
  columns?: readonly string[]
}

/** One step as the flows see it. */
interface StepFlow {
  step: RecipeStep
  spec: OperationSpec
  inputs: string[]
  outputs: string[]
  /** The live PII columns the step reads. */
  tainted: string[]
  live: TaintMap
  hashes: HashContract
  report: (step: RecipeStep, message: string) => void
}

function listed(list: string | undefined, name: string): boolean {
  try {
    const v: unknown = JSON.parse(list ?? '[]')
    return Array.isArray(v) && v.includes(name)
  } catch {
    return false
  }
}

/** BOOLEAN_OPERATION, CASE_OPERATION: expressions name columns in backticks; a result that can be one is PII. */
function expressionResult({ step, live }: StepFlow): void {
  const p = step.parameters
  const results =
    step.operation === 'BOOLEAN_OPERATION'
      ? `${p.trueValueExpression ?? ''} ${p.falseValueExpression ?? ''}`
      : (p.valueExpression ?? '')
  const named = live.tainted(
    step.operation === 'CASE_OPERATION'
      ? caseExpressionColumns(results) // bare names too (`THEN email`), as the engine reads them
      : [...results.matchAll(/`([^`]+)`/g)].map(m => m[1]!)
  )
  if (named.length > 0 && p.targetColumn) live.set(p.targetColumn, live.derived(named, step, false))
}

/** How the operations with their own semantics move PII; the rest follow their catalog entry (byCatalog). */
const FLOWS: Record<string, (f: StepFlow) => void> = {
  BOOLEAN_OPERATION: expressionResult,
  CASE_OPERATION: expressionResult,
  DELETE: ({ tainted, live }) => tainted.forEach(c => live.delete(c)),
  RENAME: ({ step, live }) => {
    const p = step.parameters
    if (!p.targetColumn) return
    live.set(p.targetColumn, live.get(p.sourceColumn!))
    live.delete(p.sourceColumn!)
  },
  CRYPTOGRAPHIC_HASH: ({ step, tainted, live, hashes }) => hashes.hash(step, tainted, live),
  // Rows from the other datasets arrive as they are: a column hashed before the union is not hashed in them.
  UNION: ({ step, live }) => {
    for (const [name, t] of live.entries())
      if (t.hashedAt && listed(step.parameters.targetColumnNames, name))
        live.set(name, { ...t, hashedAt: undefined, via: step })
  },
  UNPIVOT: ({ step, tainted, live }) => {
    const values = live.derived(tainted, step, false)
    tainted.forEach(c => live.delete(c))
    if (step.parameters.valueColumn) live.set(step.parameters.valueColumn, values)
  },
  // Only the group columns remain (aggregates such as COUNT of a PII column are not PII).
  GROUP_BY: ({ inputs, live }) => {
    for (const name of live.names()) if (!inputs.includes(name)) live.delete(name)
  }
}
/** Flows that look at every live column, not only the ones the step reads. */
const SEES_ALL = new Set(['BOOLEAN_OPERATION', 'CASE_OPERATION', 'UNION'])

/** SPLIT_COLUMN_*: the parts `<source>_1 … _n` are PII; a count only the data decides cannot be followed. */
function split({ step, live, report }: StepFlow): void {
  const src = step.parameters.sourceColumn!
  const n = splitCount(step)
  const label = live.label(src)
  const t = live.get(src)
  live.delete(src)
  if (n === undefined) {
    report(
      step,
      `splits ${label} into a number of columns only the data decides: hash or delete it before splitting`
    )
    return
  }
  for (let k = 1; k <= n; k++) live.set(`${src}_${k}`, { ...t, via: step })
}

/** Every other operation, by what its catalog entry says it does to columns. */
function byCatalog({ step, spec, outputs, tainted, live, report }: StepFlow): void {
  if (spec.output === 'reshape' && !spec.copiesValue) {
    // PIVOT, TRANSPOSE, JOIN, ONE_HOT_ENCODING, UNNEST_MAP/STRUCT, JSON_TO_STRUCTS: cannot be followed statically.
    for (const c of tainted)
      report(step, `${live.label(c)} cannot be followed through ${step.operation}: hash or delete it first`)
    return
  }
  if (spec.copiesValue && outputs.length > 0) {
    // DUPLICATE, MERGE, NEST_TO_*, UNNEST_ARRAY, EXTRACT_*, text and date functions: the new column is PII too.
    const copy = live.derived(tainted, step, Boolean(spec.normalizes))
    for (const o of outputs) live.set(o, copy)
    if (step.parameters.removeSourceColumns?.toLowerCase() === 'true') tainted.forEach(c => live.delete(c))
    return
  }
  if (spec.output !== 'in-place') return
  for (const c of tainted) {
    const t = live.get(c)
    if (t.hashedAt) {
      if (HARMLESS.has(step.operation)) continue
      report(
        step,
        spec.normalizes
          ? `${live.label(c)} is normalized after hashing (step ${t.hashedAt.number} hashed it): move the normalization before the hash, or the hashes will not match partners'`
          : `changes ${live.label(c)} after step ${t.hashedAt.number} hashed it: the output is no longer the contracted hash`
      )
    } else if (spec.normalizes) t.normalized = true
    else if (PROTECTING.has(step.operation)) t.protectedBy = step
  }
}

export function checkPolicy(recipe: Recipe, policy: PiiPolicy, options: PolicyCheckOptions = {}): Problem[] {
  const problems: Problem[] = []
  const report = (step: RecipeStep, message: string, severity: Problem['severity'] = 'error') =>
    problems.push(stepProblem(recipe, step, message, severity))
  const live = new TaintMap()
  for (const c of policy.columns) {
    if (options.columns && !options.columns.includes(c.name)) {
      problems.push({
        file: policy.file,
        ...c.location,
        message: `PII column '${c.name}' is not among the input columns (${options.columns.join(', ')}): nothing to check`,
        severity: 'warning'
      })
      continue
    }
    live.set(c.name, { origin: c, normalized: false })
  }
  const hashes = new HashContract(policy, report)

  for (const step of recipe.steps) {
    const spec = CATALOG[step.operation]
    if (!spec) continue // validateRecipe reports it
    const inputs = stepColumns(step, 'input')
    const tainted = live.tainted(inputs)
    if (tainted.length === 0 && !SEES_ALL.has(step.operation)) continue
    const flow = FLOWS[step.operation] ?? (step.operation.startsWith('SPLIT_COLUMN_') ? split : byCatalog)
    flow({ step, spec, inputs, outputs: stepColumns(step, 'output'), tainted, live, hashes, report })
  }

  const last = recipe.steps.at(-1)
  for (const [name, t] of live.entries()) {
    if (t.hashedAt) continue
    const where = t.via ?? last
    const protectedNote = t.protectedBy
      ? ` (step ${t.protectedBy.number} ${t.protectedBy.operation} masks or encrypts it, which the policy does not accept)`
      : ''
    // Recipe-level: at the step that made the column, else at the last step (where a hash or delete would go).
    problems.push({
      file: recipe.file,
      ...(where?.location ?? { line: 1, column: 1 }),
      ...(where && { step: where.number }),
      message: `${live.label(name)} (${t.origin.kind}, ${policy.file}:${t.origin.location.line}) reaches the output unhashed${protectedNote}: add it to a CRYPTOGRAPHIC_HASH step or DELETE it`,
      severity: 'error'
    })
  }
  return problems
}
