/**
 * The DataBrew recipe as AWS exports it (describe-recipe / console download): an array of steps
 * `{ Action: { Operation, Parameters }, ConditionExpressions? }`. Parameter values are strings in the API model
 * (lists are JSON inside the string); plain arrays and booleans are accepted on input and normalized to strings
 * here, so the validator and the engine see one shape. Pure: no @actions or @aws-sdk imports.
 */

/** 1-based position of something in a recipe or policy file. */
export interface SourceLocation {
  line: number
  column: number
}

export interface Problem extends SourceLocation {
  file: string
  message: string
  /** 1-based step number, when the problem belongs to a step. */
  step?: number
  severity: 'error' | 'warning'
}

export interface Condition {
  /** e.g. IS_NOT_MISSING, LESS_THAN (^[A-Z_]+$). */
  condition: string
  value?: string
  targetColumn: string
}

export interface RecipeStep {
  /** 1-based. */
  number: number
  operation: string
  /** Every value as a string, as in the DataBrew API model. */
  parameters: Record<string, string>
  conditions: Condition[]
  /** Where the step's object starts in the file. */
  location: SourceLocation
}

export interface Recipe {
  file: string
  steps: RecipeStep[]
}

/** `file:line:col: message` — the one format every recipe problem is printed in. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`
}

/** A list parameter ("[\"a\",\"b\"]" or a plain array already normalized to that string) → its items. */
/** A JSON value inside a string parameter, or undefined when it is not JSON. */
export function jsonValue(value: string): unknown {
  try {
    return JSON.parse(value)
  } catch {
    return undefined
  }
}

export function listParameter(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    if (Array.isArray(parsed) && parsed.every(v => typeof v === 'string')) return parsed as string[]
  } catch {
    // not JSON: the validator reports it
  }
  return undefined
}

/** A problem at a step, its message prefixed with the step's number and operation. */
export function stepProblem(
  recipe: Pick<Recipe, 'file'>,
  step: RecipeStep,
  message: string,
  severity: Problem['severity'] = 'error'
): Problem {
  return {
    file: recipe.file,
    ...step.location,
    step: step.number,
    message: `step ${step.number} (${step.operation}): ${message}`,
    severity
  }
}
