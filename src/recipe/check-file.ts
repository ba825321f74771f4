/**
 * One recipe file, fully checked: parse, catalog validation, column flow (when input columns are known) and the PII
 * policy. Shared by `recipe validate` and the action's validate command.
 */
import { readFile } from 'node:fs/promises'
import type { Problem, Recipe } from './model.js'
import { parsePolicy, type PiiPolicy } from './policy.js'
import { checkPolicy } from './policy-check.js'
import { parseRecipe } from './parse.js'
import { checkColumns } from './column-flow.js'
import { validateRecipe } from './validate.js'

export interface CheckedRecipe {
  recipe?: Recipe
  problems: Problem[]
  /** Output columns, when the input columns were known and every step could be followed. */
  output?: string[]
}

export async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    const fix =
      code === 'ENOENT'
        ? `fix the ${what} path (relative to the working directory)`
        : code === 'EISDIR'
          ? `name the ${what} file, not a folder`
          : 'check its permissions'
    throw new Error(`${what} ${file} cannot be read (${code ?? 'error'}): ${fix}`)
  }
}

export async function loadPolicy(file: string): Promise<{ policy?: PiiPolicy; problems: Problem[] }> {
  return parsePolicy(await readText(file, 'policy'), file)
}

export function checkRecipeText(
  text: string,
  file: string,
  o: { policy?: PiiPolicy; columns?: string[] }
): CheckedRecipe {
  const parsed = parseRecipe(text, file)
  if (!parsed.recipe) return { problems: parsed.problems }
  const recipe = parsed.recipe
  const problems = [...parsed.problems, ...validateRecipe(recipe)]
  let output: string[] | undefined
  if (o.columns) {
    const flow = checkColumns(recipe, o.columns)
    problems.push(...flow.problems)
    output = flow.output
  }
  if (o.policy) problems.push(...checkPolicy(recipe, o.policy))
  problems.sort((a, b) => a.line - b.line || a.column - b.column)
  return { recipe, problems, output }
}
