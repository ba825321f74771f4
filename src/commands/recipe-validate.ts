/** `cleanrooms-connect recipe validate`: recipes against the DataBrew catalog and the PII policy, offline. */
import { UsageError } from '../errors.js'
import { checkRecipeText } from '../recipe/check-file.js'
import { formatProblem, type Problem } from '../recipe/model.js'
import { parsePolicy, type PiiPolicy } from '../recipe/policy.js'
import { parseFlags, type CliIO, type Command } from './command.js'
import { readTextArg } from './file-args.js'

const HELP = `Usage: cleanrooms-connect recipe validate RECIPE.json… [--policy FILE] [--columns a,b,c]

Checks DataBrew recipe files as AWS exports them (a JSON list of steps, or describe-recipe output), without AWS:
operation names, parameters (unknown, missing, JSON lists, allowed values) and conditions against the DataBrew
recipe reference. With --policy, that every PII column leaves the recipe hashed (or deleted), normalized before
it is hashed, and under the policy's one hash contract. With --columns (the input's header), that every step's
columns exist at that step.

Prints one line per problem, file:line:col: message (warnings say so), and a count on stderr.
Exit status: 0 when there is no error (warnings allowed), 1 when there are errors, 2 on usage errors.

Flags:
  --policy FILE     PII policy YAML (see examples/pii-policy.yml; default: no policy check)
  --columns LIST    input column names, comma-separated (default: no column check)

Example:
  cleanrooms-connect recipe validate recipes/*.json --policy pii-policy.yml --columns customer_id,email,phone`

function columnList(raw: string): string[] {
  const columns = raw
    .split(',')
    .map(c => c.trim())
    .filter(c => c !== '')
  if (columns.length === 0) throw new UsageError('recipe validate: --columns needs column names, e.g. a,b,c')
  return columns
}

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
    const columns = typeof parsed.values.columns === 'string' ? columnList(parsed.values.columns) : undefined

    const problems: Problem[] = []
    let policy: PiiPolicy | undefined
    const policyFile = parsed.values.policy
    if (typeof policyFile === 'string') {
      // Files are named as the caller wrote them, so relative paths stay relative in every line.
      const loaded = parsePolicy(await readTextArg(io, 'recipe validate', policyFile, 'policy'), policyFile)
      problems.push(...loaded.problems)
      policy = loaded.policy
    }
    for (const file of files) {
      const text = await readTextArg(io, 'recipe validate', file, 'recipe')
      problems.push(...checkRecipeText(text, file, { policy, columns }).problems)
    }

    for (const p of problems) io.stdout(formatProblem(p) + '\n')
    const errors = problems.filter(p => p.severity === 'error').length
    const warnings = problems.length - errors
    io.stderr(
      `${files.length} recipe(s)${policy ? ` against ${policyFile}` : ''}: ${errors} error(s), ${warnings} warning(s)\n`
    )
    return errors > 0 ? 1 : 0
  }
}
