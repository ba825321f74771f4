/** Which columns a recipe step reads and makes, from the catalog's parameter roles: what the validator, the PII policy
 * check and the contract check follow through a recipe. Pure. */
import { operationSpec } from './catalog.js'
import { listParameter, type RecipeStep } from './model.js'

/** The columns a step reads (its 'input' parameters) or creates (its 'output' parameters). */
export function stepColumns(step: RecipeStep, role: 'input' | 'output'): string[] {
  const out: string[] = []
  for (const p of operationSpec(step.operation)?.params ?? []) {
    const v = step.parameters[p.name]
    if (p.column !== role || v === undefined || v === '') continue
    if (p.list) out.push(...(listParameter(v) ?? []))
    else out.push(v)
  }
  return out
}

/** How many columns a SPLIT_COLUMN_* step makes (`<source>_1 … _n`), or undefined when the data decides. */
export function splitCount(step: RecipeStep): number | undefined {
  const limit = Number(step.parameters.limit ?? '1')
  switch (step.operation) {
    case 'SPLIT_COLUMN_SINGLE_DELIMITER':
    case 'SPLIT_COLUMN_MULTIPLE_DELIMITER':
      return Number.isInteger(limit) && limit >= 1 ? limit + 1 : undefined
    case 'SPLIT_COLUMN_FROM_START':
    case 'SPLIT_COLUMN_FROM_END':
      return 2
    case 'SPLIT_COLUMN_BETWEEN_POSITIONS':
    case 'SPLIT_COLUMN_BETWEEN_DELIMITER':
      return 3
    default:
      return undefined // SPLIT_COLUMN_WITH_INTERVALS: as many as the longest value needs
  }
}
