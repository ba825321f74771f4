/**
 * The collaboration contract's part of `command: validate`: the contract checked with the Clean Rooms API's rules,
 * against its recipe (followed on the sample's columns) and the PII policy, and diffed against the base branch's
 * contract so a change partners would notice fails unless the contract's revision is raised.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { checkContract } from '../cleanrooms/check.js'
import { parseContract, type Contract } from '../cleanrooms/contract.js'
import { diffContracts, type ContractChange } from '../cleanrooms/diff.js'
import { readText } from '../recipe/check-file.js'
import { compileRecipe } from '../recipe/engine.js'
import type { Problem, Recipe } from '../recipe/model.js'
import { parseRecipe } from '../recipe/parse.js'
import type { PiiPolicy } from '../recipe/policy.js'
import { checkColumns } from '../recipe/column-flow.js'
import type { ContractReport } from '../report/contract-summary.js'
import { baseVersion } from './base-version.js'
import type { JobContext } from './context.js'

/** Output column → type of `recipe` on `columns` (all read as text), or undefined when the engine cannot compile it. */
function outputTypes(recipe: Recipe, columns: readonly string[]): Map<string, string> | undefined {
  try {
    const compiled = compileRecipe(
      recipe,
      columns.map(name => ({ name, type: 'string' })),
      { hashKey: randomBytes(32) }
    )
    return new Map(compiled.output.map(c => [c.name, c.type]))
  } catch {
    // A step the engine cannot run (or a broken recipe, reported elsewhere): types unknown, not compared.
    return undefined
  }
}

/** The base branch's contract and its recipe's output types; undefined when the base has no (valid) contract. */
async function baseSide(
  file: string,
  ctx: JobContext,
  sampleColumns: readonly string[] | undefined
): Promise<{ contract: Contract; types?: Map<string, string> } | undefined> {
  const text = await baseVersion(ctx.env, ctx.cwd, file)
  if (text === undefined) return undefined
  const contract = parseContract(text, file).contract
  if (!contract) return undefined
  let types: Map<string, string> | undefined
  if (contract.recipe && sampleColumns) {
    const recipeText = await baseVersion(ctx.env, ctx.cwd, contract.recipe)
    const recipe = recipeText === undefined ? undefined : parseRecipe(recipeText, contract.recipe).recipe
    if (recipe) types = outputTypes(recipe, sampleColumns)
  }
  return { contract, types }
}

/** Breaking changes are errors unless the revision went up; a lower revision is an error of its own. */
function changeProblems(file: string, base: Contract, head: Contract, changes: ContractChange[]): Problem[] {
  const raised = head.revision > base.revision
  const problems: Problem[] = changes
    .filter(c => c.breaking)
    .map(c => ({
      file,
      ...c.location,
      severity: raised ? 'warning' : 'error',
      message: raised
        ? `${c.message} (accepted with revision ${base.revision} → ${head.revision})`
        : `${c.message}; if partners have agreed, raise revision (now ${head.revision}) in ${file}`
    }))
  if (head.revision < base.revision)
    problems.push({
      file,
      ...head.at.root,
      severity: 'error',
      message: `revision went down from ${base.revision} to ${head.revision}: a revision only goes up`
    })
  return problems
}

export async function validateContract(
  file: string,
  ctx: JobContext,
  o: { policy?: PiiPolicy; sampleColumns?: readonly string[] }
): Promise<{ problems: Problem[]; report: ContractReport }> {
  const text = await readText(path.resolve(ctx.cwd, file), 'contract')
  const parsed = parseContract(text, file)
  const c = parsed.contract
  if (!c) return { problems: parsed.problems, report: { file, problems: parsed.problems.length, table: [] } }
  // The contract's recipe, followed through its steps on the sample's columns when there is a sample.
  let recipe: Recipe | undefined
  let outputColumns: string[] | undefined
  let types: Map<string, string> | undefined
  if (c.recipe) {
    const recipeText = await readText(path.resolve(ctx.cwd, c.recipe), 'recipe')
    recipe = parseRecipe(recipeText, c.recipe).recipe
    if (recipe && o.sampleColumns) {
      outputColumns = checkColumns(recipe, o.sampleColumns).output
      types = outputTypes(recipe, o.sampleColumns)
    }
  }
  const checked = checkContract(c, { recipe, outputColumns, policy: o.policy })
  const problems = [...parsed.problems, ...checked.problems]
  const base = await baseSide(file, ctx, o.sampleColumns)
  const changes = base ? diffContracts(base, { contract: c, types }) : undefined
  if (base && changes) problems.push(...changeProblems(file, base.contract, c, changes))
  const errors = problems.filter(p => p.severity === 'error').length
  ctx.log(
    `${file}: configured table ${c.name}, ${c.rule.type} rule, ${errors ? `${errors} problem(s)` : 'holds'}${c.recipe ? ` for ${c.recipe}` : ''}${outputColumns ? '' : ' (no sample-data: allowed columns not checked against the output)'}${changes ? `; ${changes.length} change(s) against the base branch` : ''}`
  )
  return {
    problems,
    report: {
      file,
      name: c.name,
      ruleType: c.rule.type,
      recipe: c.recipe,
      problems: errors,
      table: checked.table,
      ...(changes && base ? { changes, revision: { base: base.contract.revision, head: c.revision } } : {})
    }
  }
}
