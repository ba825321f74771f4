/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps
 * `{ "Action": { "Operation", "Parameters" }, "ConditionExpressions": [ … ] }`, or the describe-recipe output
 * `{ "Name": …, "Steps": [ … ] }` (any object with "Steps"). Parameter values stay in the API's string form; native
 * arrays, objects, booleans and numbers (as the PII pages show them) are normalized to it: arrays and objects to
 * compact JSON, booleans to "true"/"false", numbers to their literal text.
 *
 * Every problem carries file:line:column: of the JSON syntax error, of the step, of the offending key or value, and
 * for bad JSON inside a string parameter, of the exact character inside that string. A small position-keeping JSON
 * scanner (json-scan.ts) does this. Pure.
 */
import { JSON_PARAMETERS, paramSpec } from './catalog.js'
import { JsonSyntaxError, lineIndex, plain, scanJson, type JsonEntry, type JsonValue } from './json-scan.js'
import type { Condition, Problem, Recipe, RecipeStep } from './model.js'

const LIST_CONDITIONS = new Set(['IS', 'IS_NOT', 'IS_BETWEEN'])

// ---- the recipe ---------------------------------------------------------------------------------------------------

const STEP_KEYS = ['Action', 'ConditionExpressions']
const ACTION_KEYS = ['Operation', 'Parameters']
const CONDITION_KEYS = ['Condition', 'Value', 'TargetColumn']

function kindName(node: JsonValue): string {
  return node.kind === 'object' ? 'an object' : node.kind === 'array' ? 'a list' : `a ${node.kind}`
}

/** A string value in the API's form. */
function apiString(node: JsonValue): string | undefined {
  switch (node.kind) {
    case 'string':
      return node.value
    case 'number':
      return node.text
    case 'boolean':
      return node.value ? 'true' : 'false'
    case 'array':
    case 'object':
      return JSON.stringify(plain(node))
    default:
      return undefined
  }
}

function get(node: JsonValue & { kind: 'object' }, key: string): JsonEntry | undefined {
  let found: JsonEntry | undefined
  for (const e of node.entries) if (e.key === key) found = e
  return found
}

export function parseRecipe(text: string, file: string): { recipe?: Recipe; problems: Problem[] } {
  return new RecipeReader(text, file).read()
}

type ObjectNode = JsonValue & { kind: 'object' }
type Report = (offset: number, message: string, step?: number, severity?: Problem['severity']) => void

/** One pass over a recipe file: each part of a step has its own reader, all reporting into one list. */
class RecipeReader {
  readonly problems: Problem[] = []
  private readonly report: Report
  private readonly where: ReturnType<typeof lineIndex>

  constructor(
    private readonly text: string,
    private readonly file: string
  ) {
    const where = lineIndex(text)
    this.where = where
    this.report = (offset, message, step, severity = 'error') =>
      this.problems.push({ file, ...where(offset), message, ...(step !== undefined && { step }), severity })
  }

  read(): { recipe?: Recipe; problems: Problem[] } {
    let root: JsonValue
    try {
      root = scanJson(this.text)
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err
      this.report(err.offset, `not valid JSON: ${err.message}`)
      return { problems: this.problems }
    }
    const steps = this.stepList(root)
    if (!steps) return { problems: this.problems }
    const out: RecipeStep[] = []
    steps.items.forEach((node, index) => {
      const step = this.step(node, index + 1)
      if (step) out.push(step)
    })
    return { recipe: { file: this.file, steps: out }, problems: this.problems }
  }

  /** The list of steps: the file itself, or describe-recipe output's "Steps". */
  private stepList(root: JsonValue): (JsonValue & { kind: 'array' }) | undefined {
    let steps: JsonValue = root
    if (root.kind === 'object') {
      const s = get(root, 'Steps')
      if (!s) {
        const hint = get(root, 'Action')
          ? 'this looks like a single step: put it in a list, [ { "Action": … } ]'
          : 'expected a list of steps, or describe-recipe output with "Steps"'
        this.report(root.start, `not a recipe: ${hint}`)
        return undefined
      }
      steps = s.value
    }
    if (steps.kind !== 'array') {
      this.report(steps.start, `not a recipe: the steps must be a JSON list, not ${kindName(steps)}`)
      return undefined
    }
    if (steps.items.length === 0) this.report(steps.start, 'the recipe has no steps', undefined, 'warning')
    return steps
  }

  private step(node: JsonValue, number: number): RecipeStep | undefined {
    if (node.kind !== 'object') {
      this.report(
        node.start,
        `step ${number}: a step is an object { "Action": … }, not ${kindName(node)}`,
        number
      )
      return undefined
    }
    const wrapped = get(node, 'RecipeStep') ?? get(node, 'RecipeAction')
    if (wrapped && !get(node, 'Action')) {
      const fix =
        wrapped.key === 'RecipeStep'
          ? 'recipe files list the steps themselves: remove the "RecipeStep" wrapper'
          : '"RecipeAction" is the API name of an action; in a recipe step it is "Action"'
      this.report(wrapped.keyStart, `step ${number}: ${fix}`, number)
      return undefined
    }
    this.checkKeys(node, STEP_KEYS, `step ${number}: `, number)
    const action = this.action(node, number)
    if (!action) return undefined
    const { operation, node: actionNode } = action
    const prefix = `step ${number} (${operation}): `
    this.checkKeys(actionNode, ACTION_KEYS, prefix, number)
    const parameters = this.parameters(actionNode, operation, prefix, number)
    const conditions = this.conditions(node, prefix, number)
    return { number, operation, parameters, conditions, location: this.where(node.start) }
  }

  /** The step's "Action" object and its operation name. */
  private action(node: ObjectNode, number: number): { operation: string; node: ObjectNode } | undefined {
    const action = get(node, 'Action')
    if (!action) {
      this.report(
        node.start,
        `step ${number}: no "Action" (a step is { "Action": { "Operation": … } })`,
        number
      )
      return undefined
    }
    if (action.value.kind !== 'object') {
      this.report(
        action.value.start,
        `step ${number}: "Action" must be an object with "Operation" and "Parameters", not ${kindName(action.value)}`,
        number
      )
      return undefined
    }
    const op = get(action.value, 'Operation')
    if (!op) {
      this.report(action.value.start, `step ${number}: "Action" has no "Operation"`, number)
      return undefined
    }
    if (op.value.kind !== 'string' || op.value.value === '') {
      this.report(
        op.value.start,
        `step ${number}: "Operation" must be a non-empty string (e.g. "LOWER_CASE")`,
        number
      )
      return undefined
    }
    return { operation: op.value.value, node: action.value }
  }

  private parameters(
    action: ObjectNode,
    operation: string,
    prefix: string,
    number: number
  ): Record<string, string> {
    const parameters: Record<string, string> = {}
    const params = get(action, 'Parameters')?.value
    if (!params) return parameters
    if (params.kind !== 'object') {
      this.report(params.start, `${prefix}"Parameters" must be an object, not ${kindName(params)}`, number)
      return parameters
    }
    this.checkKeys(
      params,
      params.entries.map(e => e.key),
      prefix,
      number
    )
    for (const { key, keyStart, value } of params.entries) {
      const s = apiString(value)
      if (s === undefined) {
        this.report(
          keyStart,
          `${prefix}parameter ${key} is null: give a string or leave the parameter out`,
          number
        )
        continue
      }
      parameters[key] = s
      const spec = paramSpec(operation, key)
      const jsonValued = spec ? Boolean(spec.list || spec.json) : JSON_PARAMETERS.has(key)
      if (jsonValued && value.kind === 'string')
        this.checkJsonInString(value, `${prefix}parameter ${key}`, number)
    }
    return parameters
  }

  private conditions(node: ObjectNode, prefix: string, number: number): Condition[] {
    const conditions: Condition[] = []
    const conds = get(node, 'ConditionExpressions')?.value
    if (!conds) return conditions
    if (conds.kind !== 'array') {
      this.report(
        conds.start,
        `${prefix}"ConditionExpressions" must be a list, not ${kindName(conds)}`,
        number
      )
      return conditions
    }
    for (const c of conds.items) {
      const condition = this.condition(c, prefix, number)
      if (condition) conditions.push(condition)
    }
    return conditions
  }

  private condition(c: JsonValue, prefix: string, number: number): Condition | undefined {
    if (c.kind !== 'object') {
      this.report(
        c.start,
        `${prefix}a condition is an object { "Condition", "Value", "TargetColumn" }`,
        number
      )
      return undefined
    }
    this.checkKeys(c, CONDITION_KEYS, prefix, number)
    const name = get(c, 'Condition')?.value
    const target = get(c, 'TargetColumn')?.value
    const value = get(c, 'Value')?.value
    if (!name || name.kind !== 'string' || name.value === '') {
      this.report(
        name?.start ?? c.start,
        `${prefix}a condition needs "Condition" (e.g. "IS_MISSING")`,
        number
      )
      return undefined
    }
    if (!target || target.kind !== 'string' || target.value === '') {
      this.report(
        target?.start ?? c.start,
        `${prefix}condition ${name.value} needs "TargetColumn" (the column it tests)`,
        number
      )
      return undefined
    }
    const v = value && apiString(value)
    if (value && v === undefined)
      this.report(value.start, `${prefix}condition ${name.value}: "Value" is null`, number)
    // Only IS, IS_NOT and IS_BETWEEN take a JSON list; STARTS_WITH "[TEST]" is plain text (a real export).
    if (value?.kind === 'string' && LIST_CONDITIONS.has(name.value) && /^\s*\[/.test(value.value))
      this.checkJsonInString(value, `${prefix}condition ${name.value} Value`, number)
    return { condition: name.value, targetColumn: target.value, ...(v !== undefined && { value: v }) }
  }

  /** Unknown and duplicate keys of an object, with `prefix` naming the object. */
  private checkKeys(node: ObjectNode, allowed: string[], prefix: string, step?: number): void {
    const seen = new Set<string>()
    for (const e of node.entries) {
      if (seen.has(e.key))
        this.report(
          e.keyStart,
          `${prefix}duplicate key "${e.key}": only the last one counts`,
          step,
          'warning'
        )
      seen.add(e.key)
      if (allowed.includes(e.key)) continue
      const sameCase = allowed.find(a => a.toLowerCase() === e.key.toLowerCase())
      const hint = sameCase
        ? `keys are case-sensitive: write "${sameCase}"`
        : `expected ${allowed.map(a => `"${a}"`).join(' or ')}`
      this.report(e.keyStart, `${prefix}unknown key "${e.key}" (${hint})`, step)
    }
  }

  /** JSON inside a string value: a syntax error is reported at its own character. */
  private checkJsonInString(node: JsonValue & { kind: 'string' }, what: string, step: number): void {
    if (!/^\s*[[{]/.test(node.value)) return // not JSON at all: the validator says what it should be
    try {
      scanJson(node.value, 'string')
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err
      const inside = node.map ? (node.map[err.offset] ?? node.end - 1) : node.start + 1 + err.offset
      this.report(inside, `${what} holds invalid JSON: ${err.message}`, step)
    }
  }
}
