/**
 * The collaboration contract's section of the validate summary: what the configured table lets partners do with each
 * column, and how the column is protected. Pure rendering.
 */
import type { ColumnProtection } from '../cleanrooms/check.js'
import { codeSpan, escapeMarkdown } from './format.js'

export interface ContractReport {
  file: string
  name?: string
  ruleType?: string
  recipe?: string
  problems: number
  table: ColumnProtection[]
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
  return lines
}
