/**
 * The pull-request report of `command: validate`: per recipe, its problems, a before/after preview of a few sample
 * rows and the output schema with its diff against the base branch. Pure. PII never appears in clear: columns the
 * policy names are masked in the "before" table and in any "after" column that is not hashed.
 */
import type { Row } from '../formats/table.js'
import type { Problem } from '../recipe/model.js'
import { codeSpan, escapeMarkdown } from './format.js'

export interface SamplePreview {
  file: string
  /** Rows the recipe ran on (the first SAMPLE_ROWS of the file). */
  rowsIn: number
  /** Rows in the whole sample file, when counted. */
  rowsInFile?: number
  rowsOut: number
  beforeColumns: string[]
  before: Row[]
  afterColumns: string[]
  after: Row[]
}

export interface RecipeReport {
  file: string
  problems: Problem[]
  /** Output columns when the schema could be followed. */
  schema?: string[]
  /** Output columns of the same recipe on the base branch (undefined: no base version). */
  baseSchema?: string[]
  sample?: SamplePreview
  /** Why the sample could not be run (unsupported operation, missing sample …). */
  sampleNote?: string
}

export const PREVIEW_ROWS = 5

/** validate with `files`: the upload inputs checked without AWS (files match, recipient keys load). */
export interface UploadInputsCheck {
  patterns: string[]
  files: number
  bytes: number
  recipients: string[]
}

/** Keeps the first character, masks the rest; short values are masked whole. */
export function maskValue(value: string | null): string {
  if (value === null) return '∅'
  const chars = [...value]
  if (chars.length <= 2) return '•'.repeat(chars.length)
  return chars[0] + '•'.repeat(Math.min(chars.length - 1, 8))
}

function looksHashed(value: string | null): boolean {
  return value === null || value === '' || /^[A-Za-z0-9+/]{22,}={0,2}$|^[0-9a-f]{32,}$/.test(value)
}

function cell(value: string | null, masked: boolean): string {
  const shown = masked
    ? maskValue(value)
    : value === null
      ? '∅'
      : value.length > 48
        ? value.slice(0, 47) + '…'
        : value
  return escapeMarkdown(shown)
}

function table(
  columns: string[],
  rows: Row[],
  masked: (column: string, value: string | null) => boolean
): string[] {
  const lines = [`| ${columns.map(escapeMarkdown).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`]
  for (const row of rows.slice(0, PREVIEW_ROWS)) {
    lines.push(`| ${columns.map(c => cell(row[c] ?? null, masked(c, row[c] ?? null))).join(' | ')} |`)
  }
  return lines
}

export function schemaDiff(
  base: string[],
  head: string[]
): { added: string[]; removed: string[]; moved: boolean } {
  const added = head.filter(c => !base.includes(c))
  const removed = base.filter(c => !head.includes(c))
  const common = head.filter(c => base.includes(c))
  const baseOrder = base.filter(c => head.includes(c))
  return { added, removed, moved: common.join('\u0000') !== baseOrder.join('\u0000') }
}

export function renderRecipeReport(
  r: RecipeReport,
  piiColumns: ReadonlySet<string>,
  policyChecked = true
): string {
  const errors = r.problems.filter(p => p.severity === 'error')
  const warnings = r.problems.filter(p => p.severity === 'warning')
  const icon = errors.length > 0 ? '❌' : warnings.length > 0 ? '⚠️' : '✅'
  const lines: string[] = [`### ${icon} ${escapeMarkdown(r.file)}`, '']
  if (r.problems.length === 0)
    lines.push(
      `Valid: every step is known and its parameters are complete; ${policyChecked ? 'the PII policy holds' : 'no PII policy was checked (set policy)'}.`,
      ''
    )
  else {
    lines.push(`${errors.length} error(s), ${warnings.length} warning(s):`, '')
    for (const p of r.problems) {
      lines.push(
        `- ${codeSpan(`${p.file}:${p.line}:${p.column}`)} ${p.severity === 'warning' ? 'warning: ' : ''}${escapeMarkdown(p.message)}`
      )
    }
    lines.push('')
  }
  if (r.schema) {
    lines.push(
      `**Output schema** (${r.schema.length} columns): ${r.schema.map(c => codeSpan(c)).join(', ')}`,
      ''
    )
    if (r.baseSchema) {
      const d = schemaDiff(r.baseSchema, r.schema)
      if (d.added.length === 0 && d.removed.length === 0 && !d.moved)
        lines.push('Schema unchanged from the base branch.', '')
      else {
        lines.push('**Schema change against the base branch:**', '')
        for (const c of d.added) lines.push(`- added ${codeSpan(c)}`)
        for (const c of d.removed) lines.push(`- removed ${codeSpan(c)}`)
        if (d.moved) lines.push('- column order changed')
        lines.push('')
      }
    } else lines.push('No version of this recipe on the base branch to compare with.', '')
  }
  if (r.sample) {
    const s = r.sample
    lines.push(
      `**Sample** ${codeSpan(s.file)}: ${sampleRowsIn(s)}, ${s.rowsOut} out. PII columns of the policy are masked before, and wherever they are not hashed after.`,
      '',
      '<details><summary>Before</summary>',
      '',
      ...table(s.beforeColumns, s.before, c => piiColumns.has(c)),
      '',
      '</details>',
      '',
      '<details open><summary>After</summary>',
      '',
      ...table(s.afterColumns, s.after, (c, v) => piiColumns.has(c) && !looksHashed(v)),
      '',
      '</details>',
      ''
    )
  } else if (r.sampleNote) lines.push(`Sample not run: ${escapeMarkdown(r.sampleNote)}`, '')
  return lines.join('\n')
}

/** '12 row(s) in', or 'first 1000 of 2000 rows in' when the preview ran on part of the file. */
function sampleRowsIn(s: SamplePreview): string {
  return s.rowsInFile !== undefined && s.rowsInFile > s.rowsIn
    ? `first ${s.rowsIn} of ${s.rowsInFile} rows in`
    : `${s.rowsIn} row(s) in`
}

function renderUploadCheck(c: UploadInputsCheck): string {
  const keys = c.recipients.map(f => codeSpan(f)).join(', ')
  return [
    '### ✅ Upload inputs',
    '',
    `${c.files} file(s) match ${c.patterns.map(p => codeSpan(p)).join(', ')}; recipient key(s) load: ${keys || 'none'}.`,
    ''
  ].join('\n')
}

export function renderValidateSummary(
  reports: RecipeReport[],
  piiColumns: ReadonlySet<string>,
  policyFile?: string,
  uploadCheck?: UploadInputsCheck
): string {
  const errors = reports.reduce((n, r) => n + r.problems.filter(p => p.severity === 'error').length, 0)
  const head = errors > 0 ? `## ❌ ${errors} recipe problem(s)` : '## ✅ Recipes valid'
  const policy = policyFile ? `PII policy ${codeSpan(policyFile)}` : 'no PII policy'
  return [
    head,
    '',
    `${reports.length} recipe(s) checked against ${policy}, without AWS credentials.`,
    '',
    ...reports.map(r => renderRecipeReport(r, piiColumns, policyFile !== undefined)),
    ...(uploadCheck ? [renderUploadCheck(uploadCheck)] : [])
  ].join('\n')
}
