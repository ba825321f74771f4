/**
 * The collaboration contract's section of the validate summary: what the configured table lets partners do with each
 * column, and how the column is protected. Pure rendering.
 */
import type { ColumnProtection } from '../cleanrooms/check.js'
import type { ContractChange } from '../cleanrooms/diff.js'
import { codeSpan, escapeMarkdown } from './format.js'

export interface ContractReport {
  file: string
  name?: string
  ruleType?: string
  recipe?: string
  problems: number
  table: ColumnProtection[]
  /** Against the base branch's contract; undefined when there is none to compare with. */
  changes?: ContractChange[]
  revision?: { base: number; head: number }
}

export function renderContractSection(r: ContractReport): string[] {
  const title = r.name ? ` ${codeSpan(r.name)}` : ''
  const lines = [
    `### Collaboration contract${title} (${codeSpan(r.file)})`,
    '',
    r.problems > 0
      ? `❌ ${r.problems} problem(s): see the annotations and the log.`
      : `✅ The ${r.ruleType ?? ''} analysis rule holds${r.recipe ? ` for ${codeSpan(r.recipe)}` : ''}.`,
    ''
  ]
  if (r.table.length > 0) {
    lines.push('| column | role in the analysis rule | protection |', '|---|---|---|')
    for (const row of r.table) {
      lines.push(
        `| ${codeSpan(row.column)} | ${escapeMarkdown(row.roles.join(', ') || 'allowed only')} | ${escapeMarkdown(row.protection)} |`
      )
    }
    lines.push('')
  }
  lines.push(...renderChanges(r))
  return lines
}

/** The diff against the base branch: what partners would notice first, then what they gain. */
function renderChanges(r: ContractReport): string[] {
  if (!r.changes) return r.name ? ['No version of this contract on the base branch to compare with.', ''] : []
  if (r.changes.length === 0) return ['Unchanged for partners against the base branch.', '']
  const accepted = r.revision && r.revision.head > r.revision.base
  const lines = [
    `**Changes for partners against the base branch**${r.revision ? ` (revision ${r.revision.base} → ${r.revision.head})` : ''}:`,
    ''
  ]
  for (const c of [...r.changes].sort((a, b) => Number(b.breaking) - Number(a.breaking))) {
    const mark = !c.breaking ? '➕' : accepted ? '⚠️ breaking, accepted by the new revision:' : '❌ breaking:'
    lines.push(`- ${mark} ${escapeMarkdown(c.message)}`)
  }
  lines.push('')
  return lines
}
