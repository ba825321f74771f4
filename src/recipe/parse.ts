/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps, or the describe-recipe output
 * (`{ "Name": …, "Steps": [ … ] }`). Parameter values are kept in the API's string form; native arrays, booleans and
 * numbers (as some doc pages show them) are accepted and normalized to that form. Every problem carries the
 * file:line:column of the step or key it is about. Pure.
 */
import { JsonSyntaxError, parseJsonWithPositions, positionOf, type JsonNode } from './json-positions.js'
import type { Condition, Problem, Recipe, RecipeStep } from './model.js'

function toPlain(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries([...node.entries].map(([k, v]) => [k, toPlain(v.value)]))
    case 'array':
      return node.items.map(toPlain)
    case 'null':
      return null
    default:
      return node.value
  }
}

/** Parameters whose string value must itself be JSON (lists and structured options). */
const JSON_VALUED =
  /^(sourceColumns|columns|positions|patternOptions|alphabet|redact|entityTypeFilter|valuesToRemove|delimiters|.*List|.*Columns)$/

export function parseRecipe(text: string, file: string): { recipe?: Recipe; problems: Problem[] } {
  const problems: Problem[] = []
  const at = (offset: number, message: string, step?: number): void => {
    problems.push({ file, ...positionOf(text, offset), message, step, severity: 'error' })
  }
  let root: JsonNode
  try {
    root = parseJsonWithPositions(text)
  } catch (err) {
    if (err instanceof JsonSyntaxError) {
      at(err.offset, `not valid JSON: ${err.message}`)
      return { problems }
    }
    throw err
  }

  let stepsNode: JsonNode | undefined = root
  if (root.kind === 'object') {
    stepsNode = root.entries.get('Steps')?.value
    if (!stepsNode) {
      at(
        root.start,
        'a recipe is a JSON array of steps (or describe-recipe output with "Steps"): no "Steps" here'
      )
      return { problems }
    }
  }
  if (stepsNode.kind !== 'array') {
    at(stepsNode.start, 'a recipe is a JSON array of steps')
    return { problems }
  }

  const steps: RecipeStep[] = []
  stepsNode.items.forEach((node, index) => {
    const number = index + 1
    const location = positionOf(text, node.start)
    if (node.kind !== 'object') {
      at(node.start, `step ${number} is not an object`, number)
      return
    }
    for (const [key, entry] of node.entries) {
      if (key === 'RecipeAction') {
        at(
          entry.key,
          `step ${number}: "RecipeAction" is the docs' name for a single action; recipe steps use "Action"`,
          number
        )
      } else if (key !== 'Action' && key !== 'ConditionExpressions') {
        at(
          entry.key,
          `step ${number}: unknown key "${key}" (a step has "Action" and optional "ConditionExpressions")`,
          number
        )
      }
    }
    const action = node.entries.get('Action')?.value
    if (!action) {
      if (!node.entries.has('RecipeAction')) at(node.start, `step ${number} has no "Action"`, number)
      return
    }
    if (action.kind !== 'object') {
      at(action.start, `step ${number}: "Action" must be an object with "Operation" and "Parameters"`, number)
      return
    }
    const op = action.entries.get('Operation')
    if (!op || op.value.kind !== 'string' || op.value.value === '') {
      at(op?.value.start ?? action.start, `step ${number}: "Action" needs an "Operation" name`, number)
      return
    }
    const operation = op.value.value
    if (!/^[A-Z_]+$/.test(operation))
      at(op.value.start, `step ${number}: operation "${operation}" must match ^[A-Z_]+$`, number)

    const parameters: Record<string, string> = {}
    const paramsNode = action.entries.get('Parameters')?.value
    if (paramsNode && paramsNode.kind !== 'object')
      at(paramsNode.start, `step ${number}: "Parameters" must be an object`, number)
    if (paramsNode?.kind === 'object') {
      for (const [name, { value }] of paramsNode.entries) {
        if (value.kind === 'string') {
          parameters[name] = value.value
          if (JSON_VALUED.test(name) && /^\s*[[{]/.test(value.value)) {
            try {
              // Our parser, not JSON.parse: its messages are the same on every Node version.
              parseJsonWithPositions(value.value)
            } catch (err) {
              if (!(err instanceof JsonSyntaxError)) throw err
              const where = `${err.message} at character ${err.offset + 1}`
              at(value.start, `step ${number}: parameter ${name} holds invalid JSON (${where})`, number)
            }
          }
        } else if (value.kind === 'null') {
          at(value.start, `step ${number}: parameter ${name} is null (omit it or give a string)`, number)
        } else
          parameters[name] =
            value.kind === 'array' || value.kind === 'object'
              ? JSON.stringify(toPlain(value))
              : String(value.value)
      }
    }

    const conditions: Condition[] = []
    const condNode = node.entries.get('ConditionExpressions')?.value
    if (condNode && condNode.kind !== 'array')
      at(condNode.start, `step ${number}: "ConditionExpressions" must be an array`, number)
    if (condNode?.kind === 'array') {
      for (const c of condNode.items) {
        if (c.kind !== 'object') {
          at(c.start, `step ${number}: a condition must be an object`, number)
          continue
        }
        const get = (k: string) => c.entries.get(k)?.value
        const name = get('Condition')
        const target = get('TargetColumn')
        const value = get('Value')
        if (!name || name.kind !== 'string') {
          at(c.start, `step ${number}: condition needs "Condition"`, number)
          continue
        }
        if (!target || target.kind !== 'string') {
          at(c.start, `step ${number}: condition ${name.value} needs "TargetColumn"`, number)
          continue
        }
        conditions.push({
          condition: name.value,
          targetColumn: target.value,
          value:
            value === undefined
              ? undefined
              : value.kind === 'string'
                ? value.value
                : JSON.stringify(toPlain(value))
        })
      }
    }
    steps.push({ number, operation, parameters, conditions, location })
  })
  return { recipe: { file, steps }, problems }
}
