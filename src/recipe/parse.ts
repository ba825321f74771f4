/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps
 * `{ "Action": { "Operation", "Parameters" }, "ConditionExpressions": [ … ] }`, or the describe-recipe output
 * `{ "Name": …, "Steps": [ … ] }` (any object with "Steps"). Parameter values stay in the API's string form; native
 * arrays, objects, booleans and numbers (as the PII pages show them) are normalized to it: arrays and objects to
 * compact JSON, booleans to "true"/"false", numbers to their literal text.
 *
 * Every problem carries file:line:column: of the JSON syntax error, of the step, of the offending key or value, and
 * for bad JSON inside a string parameter, of the exact character inside that string. A small position-keeping JSON
 * scanner does this (no dependencies). Pure.
 */
import { JSON_PARAMETERS, paramSpec } from './catalog.js'
import type { Condition, Problem, Recipe, RecipeStep, SourceLocation } from './model.js'

const LIST_CONDITIONS = new Set(['IS', 'IS_NOT', 'IS_BETWEEN'])

// ---- the scanner --------------------------------------------------------------------------------------------------

interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
}
export interface JsonEntry {
  key: string
  keyStart: number
  value: JsonValue
}
export type JsonValue =
  | (Span & { kind: 'object'; entries: JsonEntry[] })
  | (Span & { kind: 'array'; items: JsonValue[] })
  /** `map[i]`: offset in the text of decoded character i, present only when the string has escapes. */
  | (Span & { kind: 'string'; value: string; map?: number[] })
  | (Span & { kind: 'number'; text: string })
  | (Span & { kind: 'boolean'; value: boolean })
  | (Span & { kind: 'null' })

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

const MAX_DEPTH = 256
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

function shown(c: string | undefined): string {
  if (c === undefined) return 'the end'
  if (c === "'") return 'a single quote'
  return `'${JSON.stringify(c).slice(1, -1)}'`
}

/** Parses JSON text into a tree that keeps offsets. Throws JsonSyntaxError at the first error. */
export function scanJson(text: string, what = 'file'): JsonValue {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at)
  }
  const ws = (): void => {
    for (;;) {
      const c = text[i]
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') i++
      else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
        fail('comments are not allowed in JSON')
      else return
    }
  }
  const expected = (expectation: string): never => {
    const c = text[i]
    if (c === undefined) return fail(`unexpected end of the ${what}: expected ${expectation}`)
    if (c === "'") return fail(`expected ${expectation}, found ${shown(c)}: JSON strings take double quotes`)
    return fail(`expected ${expectation}, found ${shown(c)}`)
  }

  const string = (): JsonValue => {
    const start = i++
    let out = ''
    let map: number[] | undefined
    for (;;) {
      const c = text[i]
      if (c === undefined || c === '\n') return fail('unterminated string (a closing " is missing)', start)
      if (c === '"') {
        i++
        return map
          ? { kind: 'string', start, end: i, value: out, map }
          : { kind: 'string', start, end: i, value: out }
      }
      if (c === '\\') {
        if (!map) map = Array.from({ length: out.length }, (_, k) => start + 1 + k)
        const e = text[i + 1]
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape: four hex digits must follow')
          map.push(i)
          out += String.fromCharCode(parseInt(hex, 16))
          i += 6
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          map.push(i)
          out += ESCAPES[e]
          i += 2
        } else fail(`bad escape \\${e ?? ''} in a string`)
        continue
      }
      if (c < ' ') fail('control character in a string (write it as an escape, e.g. \\t)')
      map?.push(i)
      out += c
      i++
    }
  }

  const value = (depth: number): JsonValue => {
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`)
    ws()
    const start = i
    const c = text[i]
    if (c === '{') {
      i++
      const entries: JsonEntry[] = []
      ws()
      if (text[i] === '}') return { kind: 'object', start, end: ++i, entries }
      let comma = -1
      for (;;) {
        ws()
        if (text[i] !== '"') {
          if (text[i] === '}' && comma >= 0) fail("trailing comma before '}' (JSON allows none)", comma)
          if (text[i] !== undefined && /[A-Za-z_$]/.test(text[i]!)) fail('keys need double quotes')
          expected('a "quoted" key')
        }
        const keyStart = i
        const key = (string() as { value: string }).value
        ws()
        if (text[i] !== ':') expected("':' after the key")
        i++
        entries.push({ key, keyStart, value: value(depth + 1) })
        ws()
        if (text[i] === ',') {
          comma = i++
          continue
        }
        if (text[i] === '}') return { kind: 'object', start, end: ++i, entries }
        if (text[i] === '"') fail("expected ',' or '}': a comma is missing after the previous value")
        expected("',' or '}'")
      }
    }
    if (c === '[') {
      i++
      const items: JsonValue[] = []
      ws()
      if (text[i] === ']') return { kind: 'array', start, end: ++i, items }
      let comma = -1
      for (;;) {
        ws()
        if (text[i] === ']' && comma >= 0) fail("trailing comma before ']' (JSON allows none)", comma)
        items.push(value(depth + 1))
        ws()
        if (text[i] === ',') {
          comma = i++
          continue
        }
        if (text[i] === ']') return { kind: 'array', start, end: ++i, items }
        if (text[i] === '"' || text[i] === '{' || text[i] === '[')
          fail("expected ',' or ']': a comma is missing after the previous value")
        expected("',' or ']'")
      }
    }
    if (c === '"') return string()
    if (text.startsWith('true', i)) return { kind: 'boolean', start, end: (i += 4), value: true }
    if (text.startsWith('false', i)) return { kind: 'boolean', start, end: (i += 5), value: false }
    if (text.startsWith('null', i)) return { kind: 'null', start, end: (i += 4) }
    NUMBER.lastIndex = i
    const m = NUMBER.exec(text)
    if (m) {
      i += m[0].length
      return { kind: 'number', start, end: i, text: m[0] }
    }
    return expected('a value')
  }

  ws()
  if (i >= text.length) fail(`the ${what} is empty`)
  const root = value(0)
  ws()
  if (i < text.length) fail(`unexpected ${shown(text[i])} after the end of the JSON value`)
  return root
}

/** The plain JavaScript value of a node. */
export function plain(node: JsonValue): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map(e => [e.key, plain(e.value)]))
    case 'array':
      return node.items.map(plain)
    case 'number':
      return Number(node.text)
    case 'null':
      return null
    default:
      return node.value
  }
}

/** Maps offsets to 1-based line and column (columns count UTF-16 code units, as editors and GitHub do). */
export function lineIndex(text: string): (offset: number) => SourceLocation {
  const starts = [0]
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) starts.push(k + 1)
  return offset => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}

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
  const problems: Problem[] = []
  const where = lineIndex(text)
  const report = (offset: number, message: string, step?: number, severity: Problem['severity'] = 'error') =>
    problems.push({ file, ...where(offset), message, ...(step !== undefined && { step }), severity })

  let root: JsonValue
  try {
    root = scanJson(text)
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err
    report(err.offset, `not valid JSON: ${err.message}`)
    return { problems }
  }

  /** Unknown and duplicate keys of an object, with `prefix` naming the object. */
  const checkKeys = (
    node: JsonValue & { kind: 'object' },
    allowed: string[],
    prefix: string,
    step?: number
  ) => {
    const seen = new Set<string>()
    for (const e of node.entries) {
      if (seen.has(e.key))
        report(e.keyStart, `${prefix}duplicate key "${e.key}": only the last one counts`, step, 'warning')
      seen.add(e.key)
      if (allowed.includes(e.key)) continue
      const sameCase = allowed.find(a => a.toLowerCase() === e.key.toLowerCase())
      const hint = sameCase
        ? `keys are case-sensitive: write "${sameCase}"`
        : `expected ${allowed.map(a => `"${a}"`).join(' or ')}`
      report(e.keyStart, `${prefix}unknown key "${e.key}" (${hint})`, step)
    }
  }

  let steps: JsonValue = root
  if (root.kind === 'object') {
    const s = get(root, 'Steps')
    if (!s) {
      const hint = get(root, 'Action')
        ? 'this looks like a single step: put it in a list, [ { "Action": … } ]'
        : 'expected a list of steps, or describe-recipe output with "Steps"'
      report(root.start, `not a recipe: ${hint}`)
      return { problems }
    }
    steps = s.value
  }
  if (steps.kind !== 'array') {
    report(steps.start, `not a recipe: the steps must be a JSON list, not ${kindName(steps)}`)
    return { problems }
  }
  if (steps.items.length === 0) report(steps.start, 'the recipe has no steps', undefined, 'warning')

  const out: RecipeStep[] = []
  steps.items.forEach((node, index) => {
    const number = index + 1
    if (node.kind !== 'object') {
      report(node.start, `step ${number}: a step is an object { "Action": … }, not ${kindName(node)}`, number)
      return
    }
    const wrapped = get(node, 'RecipeStep') ?? get(node, 'RecipeAction')
    if (wrapped && !get(node, 'Action')) {
      const fix =
        wrapped.key === 'RecipeStep'
          ? 'recipe files list the steps themselves: remove the "RecipeStep" wrapper'
          : '"RecipeAction" is the API name of an action; in a recipe step it is "Action"'
      report(wrapped.keyStart, `step ${number}: ${fix}`, number)
      return
    }
    checkKeys(node, STEP_KEYS, `step ${number}: `, number)
    const action = get(node, 'Action')
    if (!action) {
      report(node.start, `step ${number}: no "Action" (a step is { "Action": { "Operation": … } })`, number)
      return
    }
    if (action.value.kind !== 'object') {
      report(
        action.value.start,
        `step ${number}: "Action" must be an object with "Operation" and "Parameters", not ${kindName(action.value)}`,
        number
      )
      return
    }
    const op = get(action.value, 'Operation')
    if (!op) {
      report(action.value.start, `step ${number}: "Action" has no "Operation"`, number)
      return
    }
    if (op.value.kind !== 'string' || op.value.value === '') {
      report(
        op.value.start,
        `step ${number}: "Operation" must be a non-empty string (e.g. "LOWER_CASE")`,
        number
      )
      return
    }
    const operation = op.value.value
    const prefix = `step ${number} (${operation}): `
    checkKeys(action.value, ACTION_KEYS, prefix, number)

    const parameters: Record<string, string> = {}
    const params = get(action.value, 'Parameters')?.value
    if (params && params.kind !== 'object') {
      report(params.start, `${prefix}"Parameters" must be an object, not ${kindName(params)}`, number)
    } else if (params) {
      checkKeys(
        params,
        params.entries.map(e => e.key),
        prefix,
        number
      )
      for (const { key, keyStart, value } of params.entries) {
        const s = apiString(value)
        if (s === undefined) {
          report(
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
          checkJsonInString(value, `${prefix}parameter ${key}`, number)
      }
    }

    const conditions: Condition[] = []
    const conds = get(node, 'ConditionExpressions')?.value
    if (conds && conds.kind !== 'array') {
      report(conds.start, `${prefix}"ConditionExpressions" must be a list, not ${kindName(conds)}`, number)
    } else if (conds) {
      for (const c of conds.items) {
        if (c.kind !== 'object') {
          report(
            c.start,
            `${prefix}a condition is an object { "Condition", "Value", "TargetColumn" }`,
            number
          )
          continue
        }
        checkKeys(c, CONDITION_KEYS, prefix, number)
        const name = get(c, 'Condition')?.value
        const target = get(c, 'TargetColumn')?.value
        const value = get(c, 'Value')?.value
        if (!name || name.kind !== 'string' || name.value === '') {
          report(name?.start ?? c.start, `${prefix}a condition needs "Condition" (e.g. "IS_MISSING")`, number)
          continue
        }
        if (!target || target.kind !== 'string' || target.value === '') {
          report(
            target?.start ?? c.start,
            `${prefix}condition ${name.value} needs "TargetColumn" (the column it tests)`,
            number
          )
          continue
        }
        const v = value && apiString(value)
        if (value && v === undefined)
          report(value.start, `${prefix}condition ${name.value}: "Value" is null`, number)
        // Only IS, IS_NOT and IS_BETWEEN take a JSON list; STARTS_WITH "[TEST]" is plain text (a real export).
        if (value?.kind === 'string' && LIST_CONDITIONS.has(name.value) && /^\s*\[/.test(value.value))
          checkJsonInString(value, `${prefix}condition ${name.value} Value`, number)
        conditions.push({
          condition: name.value,
          targetColumn: target.value,
          ...(v !== undefined && { value: v })
        })
      }
    }
    out.push({ number, operation, parameters, conditions, location: where(node.start) })
  })
  return { recipe: { file, steps: out }, problems }

  /** JSON inside a string value: a syntax error is reported at its own character. */
  function checkJsonInString(node: JsonValue & { kind: 'string' }, what: string, step: number): void {
    if (!/^\s*[[{]/.test(node.value)) return // not JSON at all: the validator says what it should be
    try {
      scanJson(node.value, 'string')
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err
      const inside = node.map ? (node.map[err.offset] ?? node.end - 1) : node.start + 1 + err.offset
      report(inside, `${what} holds invalid JSON: ${err.message}`, step)
    }
  }
}
