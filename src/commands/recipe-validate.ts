/** `cleanrooms-connect recipe validate`: recipes against the DataBrew catalog and the PII policy, offline. */
import { UsageError } from '../errors.js'
import { checkRecipeText, loadPolicy, readText } from '../recipe/check-file.js'
import { formatProblem, type Problem } from '../recipe/model.js'
import type { PiiPolicy } from '../recipe/policy.js'
import { splitList } from '../settings/settings.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect recipe validate RECIPE.json… [--policy FILE] [--columns a,b,c]

Checks DataBrew recipe files (as AWS exports them) without AWS: operation names, parameters, conditions,
and with --policy that every PII column leaves the recipe hashed, normalized before hashing, under one
hash contract. With --columns (the input's header) it also checks that each step's columns exist.
Prints one line per problem as file:line:col: message. Exit 0 when there is no error (warnings allowed),
1 when there are errors, 2 on usage errors.

Flags:
  --policy FILE        PII policy YAML (see examples/pii-policy.yml)
  --columns LIST       input columns, comma-separated

Example:
  cleanrooms-connect recipe validate examples/recipes/customers.json --policy examples/pii-policy.yml`

export const recipeValidateCommand: Command = {
  name: 'recipe validate',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags(
      'recipe validate',
      args,
      { policy: { type: 'string' }, columns: { type: 'string' } },
      true
    )
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const files = parsed.positionals
    if (files.length === 0)
      throw new UsageError('recipe validate: name at least one recipe file (see --help)')
    const problems: Problem[] = []
    let policy: PiiPolicy | undefined
    const policyFile = parsed.values.policy as string | undefined
    if (policyFile) {
      let loaded
      try {
        loaded = await loadPolicy(pathFor(io, policyFile))
      } catch (err) {
        throw new UsageError(`recipe validate: ${(err as Error).message}`)
      }
      problems.push(...loaded.problems.map(p => ({ ...p, file: policyFile })))
      policy = loaded.policy && { ...loaded.policy, file: policyFile }
    }
    const columns = parsed.values.columns ? splitList(parsed.values.columns as string) : undefined
    for (const file of files) {
      let text: string
      try {
        text = await readText(pathFor(io, file), 'recipe')
      } catch (err) {
        throw new UsageError(`recipe validate: ${(err as Error).message}`)
      }
      problems.push(...checkRecipeText(text, file, { policy, columns }).problems)
    }
    for (const p of problems) io.stdout(formatProblem(p) + '\n')
    const errors = problems.filter(p => p.severity === 'error').length
    io.stderr(`${files.length} recipe(s): ${errors} error(s), ${problems.length - errors} warning(s)\n`)
    return errors > 0 ? 1 : 0
  }
}
