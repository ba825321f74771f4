/**
 * `cleanrooms-connect recipe operations`: what the local engine runs, from its own registry, grouped like DataBrew's
 * recipe reference. `npm run docs` writes the README's list from it, so the list cannot drift from the engine.
 */
import { CATALOG, type Family } from '../recipe/catalog.js'
import { SUPPORTED_CONDITIONS } from '../recipe/conditions.js'
import { SUPPORTED_OPERATIONS } from '../recipe/operations.js'
import { parseFlags, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect recipe operations [--markdown]

Lists the DataBrew recipe operations and condition expressions the local engine runs (recipe run, pipeline local,
the validate job's sample preview), grouped by the DataBrew recipe reference's sections. Any other operation stops
a local run at its step (DataBrew itself may run it).

Flags:
  --markdown   a Markdown list (what the README shows)`

/** DataBrew reference sections, in the reference's order, with the heading the list uses. */
const FAMILIES: [Family, string][] = [
  ['basic', 'Basic column recipe steps'],
  ['cleaning', 'Data cleaning'],
  ['quality', 'Data quality'],
  ['pii', 'Personally identifiable information (PII)'],
  ['outliers', 'Outliers'],
  ['column-structure', 'Column structure'],
  ['column-formatting', 'Column formatting'],
  ['data-structure', 'Data structure'],
  ['data-science', 'Data science'],
  ['math', 'Math functions'],
  ['aggregate', 'Aggregate functions'],
  ['text', 'Text functions'],
  ['date', 'Date and time functions'],
  ['window', 'Window functions'],
  ['web', 'Web functions'],
  ['other', 'Other functions']
]

/** [heading, operations] for every family the engine runs something of; operations without a catalog entry last. */
export function operationGroups(): [string, string[]][] {
  const groups: [string, string[]][] = FAMILIES.map(([family, heading]) => [
    heading,
    SUPPORTED_OPERATIONS.filter(op => CATALOG[op]?.family === family).sort()
  ])
  const uncataloged = SUPPORTED_OPERATIONS.filter(op => !CATALOG[op]).sort()
  if (uncataloged.length > 0) groups.push(['Not in the DataBrew reference', uncataloged])
  return groups.filter(([, ops]) => ops.length > 0)
}

export function renderOperations(markdown: boolean): string {
  const groups = operationGroups()
  const conditions = [...SUPPORTED_CONDITIONS].sort()
  const count = groups.reduce((n, [, ops]) => n + ops.length, 0)
  if (markdown) {
    const code = (names: string[]) => names.map(n => `\`${n}\``).join(', ')
    return [
      ...groups.map(([heading, ops]) => `- **${heading}**: ${code(ops)}`),
      `- **Conditions** (\`ConditionExpressions\`): ${code(conditions)}`
    ].join('\n')
  }
  return [
    `The local engine runs ${count} operations and ${conditions.length} conditions.`,
    ...groups.map(([heading, ops]) => `${heading}: ${ops.join(', ')}`),
    `Conditions: ${conditions.join(', ')}`
  ].join('\n')
}

export const recipeOperationsCommand: Command = {
  name: 'recipe operations',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags('recipe operations', args, { markdown: { type: 'boolean', default: false } })
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    io.stdout(renderOperations(parsed.values.markdown === true) + '\n')
    return 0
  }
}
