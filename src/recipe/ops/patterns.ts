/**
 * Steps driven by a recipe's regular expression: EXTRACT_PATTERN and FLAG_COLUMN_FROM_PATTERN. Both write a new
 * column `targetColumn` after `sourceColumn`. The pattern is the recipe author's (untrusted) text: it is compiled
 * in one place, compilePattern, so the whole engine can bound its evaluation the same way.
 */
import type { RecipeStep } from '../model.js'
import { compilePattern as compileRecipePattern, PatternError, type RecipePattern } from '../pattern.js'
import { newColumn, param, requireColumn, StepError, type Compile } from './common.js'

/** Tests or searches one value; never holds state between values. */
export interface CompiledPattern {
  find: (value: string) => string | undefined
  test: (value: string) => boolean
}

/**
 * The recipe's pattern through the engine's one door for untrusted patterns (../pattern.ts: refuses nested
 * quantifiers and Java-only constructs, translates Java's syntax). An unusable pattern is a one-line error naming the
 * step's pattern.
 */
export function compilePattern(step: RecipeStep, pattern: string): CompiledPattern {
  let re: RecipePattern
  try {
    re = compileRecipePattern(pattern, `${step.operation} pattern`)
  } catch (err) {
    if (err instanceof PatternError) throw new StepError(step, err.message)
    throw err
  }
  return {
    find: v => {
      const m = re.firstMatch(v)
      return m ? v.slice(m.index, m.index + m.length) : undefined
    },
    test: v => re.test(v)
  }
}

/** EXTRACT_PATTERN: the first match in the value (the whole match, not a group); no match gives a missing value. */
const extractPattern: Compile = (step, columns) => {
  const source = param(step, 'sourceColumn')
  requireColumn(step, columns, source)
  const pattern = compilePattern(step, param(step, 'pattern'))
  const out = newColumn(step, columns, source)
  return {
    columns: out.columns,
    apply: row => {
      const v = row[source]
      row[out.name] = v === null || v === undefined ? null : (pattern.find(v) ?? null)
      return row
    }
  }
}

/**
 * FLAG_COLUMN_FROM_PATTERN: trueString (default "True") where the pattern occurs anywhere in the value ("based on
 * the presence of a pattern"), else falseString (default "False"); a missing value has no pattern, so it is false.
 * `flagType` must be Pattern when given; some console exports omit it, and it means nothing else.
 */
const flagFromPattern: Compile = (step, columns) => {
  const source = param(step, 'sourceColumn')
  requireColumn(step, columns, source)
  const flagType = step.parameters.flagType
  if (flagType !== undefined && flagType !== 'Pattern')
    throw new StepError(step, `FLAG_COLUMN_FROM_PATTERN flagType must be Pattern, got '${flagType}'`)
  const pattern = compilePattern(step, param(step, 'pattern'))
  const yes = step.parameters.trueString ?? 'True'
  const no = step.parameters.falseString ?? 'False'
  const out = newColumn(step, columns, source)
  return {
    columns: out.columns,
    apply: row => {
      const v = row[source]
      row[out.name] = v !== null && v !== undefined && pattern.test(v) ? yes : no
      return row
    }
  }
}

export const PATTERN_OPERATIONS: Record<string, Compile> = {
  EXTRACT_PATTERN: extractPattern,
  FLAG_COLUMN_FROM_PATTERN: flagFromPattern
}
