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
  const n = text.length
  // Each search starts where the last ended (`from` only grows, or the character skipped is no match): linear.
  const finder = (ch: string) => {
    let at = -2
    return (from: number) => (at === -1 || at >= from ? at : (at = text.indexOf(ch, from)))
  }
  const quote = finder('"')
  const lf = finder('\n')
  const cr = finder('\r')
  let cut = -1
  let i = 0
  while (i < n) {
    let open = quote(i)
    while (open > 0 && !fieldStart(text.charCodeAt(open - 1), delimiter)) open = quote(open + 1)
    const stop = open === -1 ? n : open
    for (let j = lf(i); j !== -1 && j < stop; j = lf(j + 1)) cut = j + 1
    // A lone \r ends a record too (\r\n ends at its \n; a \r at the very end cannot tell yet).
    for (let j = cr(i); j !== -1 && j < stop; j = cr(j + 1))
      if (j + 1 < n && text.charCodeAt(j + 1) !== 10 && j + 1 > cut) cut = j + 1
    if (open === -1) break
    let close = quote(open + 1)
    while (close !== -1 && text.charCodeAt(close + 1) === 34) close = quote(close + 2)
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

/** Line feeds in `text`: the physical lines a chunk spans, so that errors in later chunks name the right line. */
export function countLineFeeds(text: string): number {
  let count = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++
  return count
}
