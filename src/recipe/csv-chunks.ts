/**
 * Cuts decoded CSV text into chunks of whole records, so that worker threads can parse and transform them apart
 * (src/recipe/parallel.ts). Pure.
 */

/**
 * The index just after the last record end in `text`, which starts at a record's start; -1 when there is none. A
 * record ends at a line break outside quotes: `\n`, or a `\r` with something other than `\n` after it (a `\r` at the
 * very end is no cut: the next text may start with its `\n`). Quotes are read as CsvParser reads them: a quote opens
 * a quoted field only at the field's start (elsewhere it is text), and "" inside a quoted field is one quote.
 */
export function lastRecordEnd(text: string, delimiter = ','): number {
  let cut = -1
  let i = 0
  const n = text.length
  while (i < n) {
    let open = text.indexOf('"', i)
    while (open > 0 && !fieldStart(text.charCodeAt(open - 1), delimiter)) open = text.indexOf('"', open + 1)
    const stop = open === -1 ? n : open
    const at = lastBreak(text, i, stop)
    if (at > cut) cut = at
    if (open === -1) break
    let close = text.indexOf('"', open + 1)
    while (close !== -1 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2)
    if (close === -1) break // inside a quoted field that continues past the text
    i = close + 1
  }
  return cut
}

function fieldStart(previous: number, delimiter: string): boolean {
  return previous === 10 || previous === 13 || previous === delimiter.charCodeAt(0)
}

/** The index just after the first record end in `text` (which starts at a record's start), or -1. */
export function firstRecordEnd(text: string, delimiter = ','): number {
  let i = 0
  const n = text.length
  while (i < n) {
    let open = text.indexOf('"', i)
    while (open > 0 && !fieldStart(text.charCodeAt(open - 1), delimiter)) open = text.indexOf('"', open + 1)
    const stop = open === -1 ? n : open
    const at = firstBreak(text, i, stop)
    if (at !== 0) return at
    if (open === -1) return -1
    let close = text.indexOf('"', open + 1)
    while (close !== -1 && text.charCodeAt(close + 1) === 34) close = text.indexOf('"', close + 2)
    if (close === -1) return -1
    i = close + 1
  }
  return -1
}

/** The index after the first record-ending line break in text[from, to); 0: none there; -1: cannot tell yet. */
function firstBreak(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) return i + 1
    if (c === 13) return i + 1 >= text.length ? -1 : text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
  }
  return 0
}

/** The index after the last line break in text[from, to) that ends a record, or -1. */
function lastBreak(text: string, from: number, to: number): number {
  const lf = text.lastIndexOf('\n', to - 1)
  const cr = text.lastIndexOf('\r', to - 1)
  if (cr >= from && cr > lf && cr + 1 < text.length) return cr + 1 // a lone \r (\r\n has its \n after)
  if (lf >= from) return lf + 1
  return -1
}

/** Line feeds in `text`: the physical lines a chunk spans, so that errors in later chunks name the right line. */
export function countLineFeeds(text: string): number {
  let count = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
  return count
}
