/**
 * The contract against the recipe and the PII policy: what a pull request must not break for the collaboration.
 * - every allowed column is a column the recipe outputs (a configured table can only allow the Glue table's columns);
 * - every join column is hashed by the recipe under the policy's hash contract (partners join on the same tokens);
 * - no PII column of the policy is exposed as a dimension or list column (those are output as they are);
 * The result also says, per allowed column, its role and how it is protected: the summary's table.
 */
import type { Problem, Recipe } from '../recipe/model.js'
import type { PiiPolicy } from '../recipe/policy.js'
import { DEFAULT_HASH_ALGORITHM } from '../recipe/catalog.js'
import { stepColumns } from '../recipe/columns.js'
import { columnRoles, type ColumnRef, type Contract } from './contract.js'

export interface ColumnProtection {
  column: string
  roles: string[]
  protection: string
}

/** The columns a recipe's CRYPTOGRAPHIC_HASH steps hash, with the algorithm each uses. */
function hashedColumns(recipe: Recipe): Map<string, string> {
  const out = new Map<string, string>()
  for (const step of recipe.steps) {
    if (step.operation !== 'CRYPTOGRAPHIC_HASH') continue
    // The step's input columns, as the catalog names them (sourceColumns list or sourceColumn).
    for (const n of stepColumns(step, 'input'))
      out.set(n, step.parameters.algorithm ?? DEFAULT_HASH_ALGORITHM)
  }
  return out
}

export function checkContract(
  contract: Contract,
  o: { recipe?: Recipe; outputColumns?: string[]; policy?: PiiPolicy }
): { problems: Problem[]; table: ColumnProtection[] } {
  const problems: Problem[] = []
  const add = (c: ColumnRef, message: string) =>
    problems.push({ file: contract.file, ...c.location, message, severity: 'error' })
  if (o.outputColumns) {
    const output = new Set(o.outputColumns)
    for (const c of contract.allowedColumns) {
      if (!output.has(c.name))
        add(
          c,
          `allowed column ${c.name} is not in the recipe's output (${o.outputColumns.join(', ')}): the configured table can only allow the table's columns`
        )
    }
  }
  const hashed = o.recipe ? hashedColumns(o.recipe) : new Map<string, string>()
  const pii = new Map((o.policy?.columns ?? []).map(c => [c.name, c.kind]))
  const roles = columnRoles(contract)
  const r = contract.rule
  const joinColumns = r.type === 'CUSTOM' ? [] : r.joinColumns
  const exposed = r.type === 'AGGREGATION' ? r.dimensionColumns : r.type === 'LIST' ? r.listColumns : []
  if (o.recipe) {
    for (const j of joinColumns) {
      const algorithm = hashed.get(j.name)
      if (!algorithm)
        add(
          j,
          `join column ${j.name} is not hashed by the recipe (CRYPTOGRAPHIC_HASH): partners would join on the raw value`
        )
      else if (o.policy && algorithm !== o.policy.hash.algorithm)
        add(
          j,
          `join column ${j.name} is hashed with ${algorithm}, not the policy's ${o.policy.hash.algorithm}: partners' tokens would not match`
        )
    }
  }
  for (const e of exposed) {
    const kind = pii.get(e.name)
    if (kind)
      add(
        e,
        `${e.name} is PII (${kind} in the policy) and the rule outputs it as a ${r.type === 'LIST' ? 'list' : 'dimension'} column: make it a join column, or remove it`
      )
  }
  const table = [...roles].map(([column, columnRolesOf]) => {
    const algorithm = hashed.get(column)
    const kind = pii.get(column)
    const protection = algorithm
      ? `hashed (${algorithm}${o.policy?.hash.secretId ? `, key ${o.policy.hash.secretId}` : ''})`
      : kind
        ? `PII (${kind}), not hashed`
        : columnRolesOf.some(x => x.startsWith('join'))
          ? 'never output (join only)'
          : columnRolesOf.length === 0
            ? 'allowed, not usable by this rule'
            : 'output as is'
    return { column, roles: columnRolesOf, protection }
  })
  problems.sort((a, b) => a.line - b.line || a.column - b.column)
  return { problems, table }
}
