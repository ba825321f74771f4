/**
 * Number and text formatting for summaries and logs. Pure. File names and other user text go through
 * escapeMarkdown/escapeHtml: core.summary writes raw markdown and HTML, and GitHub renders what it can.
 */

const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB']

/** 512 → '512 B', 1536 → '1.5 KiB', 3 * 2**30 → '3.0 GiB'. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a'
  const sign = bytes < 0 ? '-' : ''
  let n = Math.abs(bytes)
  if (n < 1024) return `${sign}${Math.round(n)} B`
  let unit = -1
  // Step up while the rounded value would read 1024.0 or more.
  while (unit < UNITS.length - 1 && n >= 1023.95) {
    n /= 1024
    unit++
  }
  return `${sign}${n.toFixed(1)} ${UNITS[unit]}`
}

/** 850 → '850 ms', 12_340 → '12.3 s', 245_000 → '4 min 05 s', 7_380_000 → '2 h 03 min'. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return 'n/a'
  if (ms < 1000) return `${Math.round(ms)} ms`
  if (ms < 59_950) return `${(ms / 1000).toFixed(1)} s`
  const totalSeconds = Math.round(ms / 1000)
  if (totalSeconds < 3600) {
    const min = Math.floor(totalSeconds / 60)
    return `${min} min ${String(totalSeconds % 60).padStart(2, '0')} s`
  }
  const totalMinutes = Math.round(ms / 60_000)
  return `${Math.floor(totalMinutes / 60)} h ${String(totalMinutes % 60).padStart(2, '0')} min`
}

/** Throughput as bytes per second in binary units: '98.2 MiB/s'; 'n/a' when no time elapsed. */
export function formatRate(bytes: number, ms: number): string {
  if (!(ms > 0) || !Number.isFinite(bytes)) return 'n/a'
  return `${formatBytes((bytes * 1000) / ms)}/s`
}

/** Stored size as a share of the original: ratio(31, 100) → '31.0%'; 'n/a' for an empty original. */
export function ratio(stored: number, original: number): string {
  if (!(original > 0) || !Number.isFinite(stored)) return 'n/a'
  return `${((stored / original) * 100).toFixed(1)}%`
}

/** For text placed in HTML, attributes included. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * For user text placed in markdown prose or a table cell: one line, HTML neutralized as entities, and markdown
 * punctuation backslash-escaped (| would split a table cell, [ ] ( ) make links, * _ ~ ` emphasis and code).
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&')
}

/**
 * User text as an inline code span. CommonMark treats backslashes inside code spans literally, so nothing is escaped:
 * the fence is one backtick longer than the longest run inside, and padded with spaces when the text starts or ends
 * with a backtick (spec 6.1). Line breaks become spaces; `<` and `&` are literal inside a code span.
 */
export function codeSpan(text: string): string {
  const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad =
    flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : ''
  return `${fence}${pad}${flat}${pad}${fence}`
}

/** Cuts text to at most `max` characters, marking the cut with '…'. */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/** GitHub refuses a step summary above 1 MiB; keep a margin for what the runner adds. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024

/**
 * Cuts a summary that would exceed the step-summary limit at a line boundary, outside any open code fence or
 * <details> block, and says so. Summaries are built far below the limit; this is the guard for the unexpected.
 */
export function capSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown
  const note =
    "\n\n_The summary was cut here: it would exceed GitHub's 1 MiB step-summary limit. The step log has the rest._\n"
  const budget = limitBytes - Buffer.byteLength(note, 'utf8') - 64
  const kept: string[] = []
  let bytes = 0
  let fenceOpen = false
  let detailsOpen = 0
  for (const line of markdown.split('\n')) {
    const size = Buffer.byteLength(line, 'utf8') + 1
    if (bytes + size > budget) break
    kept.push(line)
    bytes += size
    if (/^\s*(```|~~~)/.test(line)) fenceOpen = !fenceOpen
    detailsOpen += (line.match(/<details\b/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length
  }
  if (fenceOpen) kept.push('```')
  for (let i = 0; i < detailsOpen; i++) kept.push('', '</details>')
  return kept.join('\n') + note
}
