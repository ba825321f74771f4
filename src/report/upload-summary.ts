/**
 * What an upload did, rendered for the job summary (markdown), the console (one line) and the step outputs.
 * Pure: takes the report as data. All user text (file names, keys, dataset) is escaped.
 */
import {
  codeSpan,
  escapeMarkdown,
  formatBytes,
  formatDuration,
  formatRate,
  ratio,
  truncate
} from './format.js'

export interface UploadedObject {
  /** Name relative to the working directory, as given by the user's files. */
  originalName: string
  /** S3 key of the stored (compressed, encrypted) object. */
  key: string
  plaintextSize: number
  storedSize: number
  /** Lowercase hex. */
  plaintextSha256: string
}

export interface UploadReport {
  dataset: string
  batchId: string
  bucket: string
  /** Key prefix of the batch, ending in '/': `<landing prefix><dataset>/<batch-id>/`. */
  prefix: string
  /** s3:// URI of the batch's `_manifest.json`. */
  manifestUri: string
  /** True when a complete batch with the same files already existed and nothing was uploaded. */
  reused: boolean
  durationMs: number
  compression: string
  /** Fingerprints of the keys the batch is encrypted to. */
  recipients: string[]
  objects: UploadedObject[]
  /** Input name → where its value came from ('input', 'stack NAME (output X)', 'env AWS_REGION'). */
  provenance?: Record<string, string>
}

/** Rows shown in the summary table; the rest are counted. Keeps the summary far below the 1 MiB step limit. */
export const MAX_SUMMARY_ROWS = 200
/** Longest file name shown; longer ones are cut (the manifest has them in full). */
const MAX_NAME_CHARS = 300

function totals(r: UploadReport): { plaintext: number; stored: number } {
  let plaintext = 0
  let stored = 0
  for (const o of r.objects) {
    plaintext += o.plaintextSize
    stored += o.storedSize
  }
  return { plaintext, stored }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function batchUri(r: Pick<UploadReport, 'bucket' | 'prefix'>): string {
  return `s3://${r.bucket}/${r.prefix}`
}

export function renderUploadSummary(r: UploadReport): string {
  const { plaintext, stored } = totals(r)
  const lines: string[] = []
  const verb = r.reused ? 'already complete (reused, nothing uploaded)' : 'uploaded'
  lines.push(`## Batch ${escapeMarkdown(r.batchId)} of dataset ${escapeMarkdown(r.dataset)} ${verb}`, '')
  const speed = r.reused ? '' : `, ${formatRate(plaintext, r.durationMs)}`
  lines.push(
    `**${plural(r.objects.length, 'file')}**, ${formatBytes(plaintext)} → ${formatBytes(stored)} (${ratio(stored, plaintext)}), ` +
      `${formatDuration(r.durationMs)}${speed} · compression ${escapeMarkdown(r.compression)}`,
    ''
  )

  if (r.objects.length > 0) {
    lines.push('| file | size | stored | ratio | plaintext sha256 |', '|---|--:|--:|--:|---|')
    for (const o of r.objects.slice(0, MAX_SUMMARY_ROWS)) {
      lines.push(
        `| ${escapeMarkdown(truncate(o.originalName, MAX_NAME_CHARS))} | ${formatBytes(o.plaintextSize)} | ` +
          `${formatBytes(o.storedSize)} | ${ratio(o.storedSize, o.plaintextSize)} | ${shaCell(o.plaintextSha256)} |`
      )
    }
    const more = r.objects.length - MAX_SUMMARY_ROWS
    if (more > 0) lines.push('', `… and ${more} more (all listed in the manifest)`)
    lines.push('')
  }

  lines.push(`- Batch: ${escapeMarkdown(batchUri(r))}`, `- Manifest: ${escapeMarkdown(r.manifestUri)}`)
  if (r.recipients.length > 0) lines.push(`- Encrypted to: ${r.recipients.map(f => shaCell(f)).join(', ')}`)
  const provenance = Object.entries(r.provenance ?? {}).filter(([, source]) => source !== 'input')
  if (provenance.length > 0) {
    lines.push(
      `- Settings: ${provenance.map(([name, source]) => `${escapeMarkdown(name)} from ${escapeMarkdown(source)}`).join('; ')}`
    )
  }
  return lines.join('\n') + '\n'
}

/** A dry run: where the batch would go and what it would hold; nothing was written. */
export function renderDryRunSummary(r: UploadReport): string {
  const plaintext = totals(r).plaintext
  const lines = [
    `## Dry run: batch ${escapeMarkdown(r.batchId)} of dataset ${escapeMarkdown(r.dataset)} not uploaded`,
    '',
    `Would upload **${plural(r.objects.length, 'file')}**, ${formatBytes(plaintext)}, to ${codeSpan(batchUri(r))} ` +
      `(compression ${escapeMarkdown(r.compression)}). Nothing was written to S3 (dry-run: true).`,
    ''
  ]
  if (r.objects.length > 0) {
    lines.push('| file | size |', '|---|--:|')
    for (const o of r.objects.slice(0, MAX_SUMMARY_ROWS))
      lines.push(
        `| ${escapeMarkdown(truncate(o.originalName, MAX_NAME_CHARS))} | ${formatBytes(o.plaintextSize)} |`
      )
    const more = r.objects.length - MAX_SUMMARY_ROWS
    if (more > 0) lines.push('', `… and ${more} more`)
    lines.push('')
  }
  if (r.recipients.length > 0)
    lines.push(`- Would encrypt to: ${r.recipients.map(f => shaCell(f)).join(', ')}`)
  return lines.join('\n') + '\n'
}

/** No file matched and fail-on-empty is false: say what was looked for, and where. */
export function renderEmptySummary(o: {
  dataset: string
  patterns: string[]
  workingDirectory: string
}): string {
  return (
    [
      `## No files for dataset ${escapeMarkdown(o.dataset)}: nothing uploaded`,
      '',
      `No file matches ${o.patterns.map(p => codeSpan(p)).join(', ')} in ${codeSpan(o.workingDirectory)}. ` +
        'The step succeeds because fail-on-empty is false; no batch was created.'
    ].join('\n') + '\n'
  )
}

/** `start` with dry-run: the batch exists; the execution was not started. */
export function renderStartDryRunSummary(o: { stateMachineArn: string; manifestUri: string }): string {
  return (
    [
      '## Dry run: pipeline not started',
      '',
      `Would start ${codeSpan(o.stateMachineArn)} for the complete batch ${codeSpan(o.manifestUri)} (dry-run: true).`
    ].join('\n') + '\n'
  )
}

/** Hex digests and fingerprints in a code span; anything else (never expected) is escaped as text. */
function shaCell(value: string): string {
  return /^[0-9A-Fa-f]+$/.test(value) ? `\`${value}\`` : escapeMarkdown(value)
}

/** One line for the console. */
export function renderUploadLog(r: UploadReport): string {
  const { plaintext, stored } = totals(r)
  const sizes = `${formatBytes(plaintext)} → ${formatBytes(stored)}, ${ratio(stored, plaintext)}`
  const name = (s: string) => s.replace(/[\r\n]+/g, ' ')
  if (r.reused) {
    return `batch ${name(r.batchId)} already complete at ${name(batchUri(r))} (${plural(r.objects.length, 'file')}, ${sizes}): reused, nothing uploaded`
  }
  return (
    `uploaded ${plural(r.objects.length, 'file')} (${sizes}) to ${name(batchUri(r))} in ` +
    `${formatDuration(r.durationMs)} (${formatRate(plaintext, r.durationMs)})`
  )
}

/** Step outputs of an upload (the pipeline adds execution-arn and replaces status when it runs). */
export function uploadOutputs(r: UploadReport): Record<string, string> {
  return {
    'batch-id': r.batchId,
    'batch-uri': batchUri(r),
    manifest: r.manifestUri,
    files: String(r.objects.length),
    bytes: String(totals(r).plaintext),
    status: r.reused ? 'reused' : 'uploaded'
  }
}
