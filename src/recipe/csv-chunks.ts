/**
 * Cuts CSV into chunks of whole records, so that worker threads can parse and transform them apart
 * (src/recipe/parallel.ts). Pure. Works on decoded text or on UTF-8 bytes alike: the characters that matter (`"`, CR,
 * LF and the delimiter) are ASCII, and in UTF-8 an ASCII byte never occurs inside a multi-byte sequence, so a cut on
 * bytes falls between characters and the positions found are byte offsets.
 */

/** Text or bytes, searched by code unit (a UTF-16 unit or a byte). */
interface Units {
  readonly length: number
  /** Index of the next `unit` at or after `from`, or -1. */
  find(unit: number, from: number): number
  /** The unit at `i` (NaN past the end). */
  at(i: number): number
}

function units(source: string | Uint8Array): Units {
  if (typeof source === 'string')
    return {
      length: source.length,
      find: (unit, from) => source.indexOf(String.fromCharCode(unit), from),
      at: i => source.charCodeAt(i)
    }
  // Buffer#indexOf is a native memchr: far faster than a loop over the bytes.
  const buf = Buffer.from(source.buffer, source.byteOffset, source.byteLength)
  return { length: buf.length, find: (unit, from) => buf.indexOf(unit, from), at: i => buf[i] ?? NaN }
}

const QUOTE = 34
const LF = 10
const CR = 13

/**
 * The index just after the last record end in `source`, which starts at a record's start; -1 when there is none. A
 * record ends at a line break outside quotes: `\n`, or a `\r` with something other than `\n` after it (a `\r` at the
 * very end is no cut: the next text may start with its `\n`). Quotes are read as eachUnquoted reads them.
 */
export function lastRecordEnd(source: string | Uint8Array, delimiter = ','): number {
  const text = units(source)
  const lf = finder(text, LF)
  const cr = finder(text, CR)
  let cut = -1
  eachUnquoted(text, delimiter, (from, to) => {
    for (let j = lf(from); j !== -1 && j < to; j = lf(j + 1)) cut = j + 1
    // A lone \r ends a record too (\r\n ends at its \n; a \r at the very end cannot tell yet).
    for (let j = cr(from); j !== -1 && j < to; j = cr(j + 1))
      if (j + 1 < text.length && text.at(j + 1) !== LF && j + 1 > cut) cut = j + 1
    return false
  })
  return cut
}

/**
 * Calls `visit(from, to)` for each stretch of `text` outside quoted fields, in order, until `visit` returns true or the
 * text ends (also when it ends inside a quoted field). Quotes are read as CsvParser reads them: a quote opens a quoted
 * field only at the field's start (elsewhere it is text), and "" inside a quoted field is one quote.
 */
function eachUnquoted(text: Units, delimiter: string, visit: (from: number, to: number) => boolean): void {
  const sep = delimiter.charCodeAt(0)
  const quote = finder(text, QUOTE)
  const n = text.length
  let i = 0
  while (i < n) {
    let open = quote(i)
    while (open > 0 && !fieldStart(text.at(open - 1), sep)) open = quote(open + 1)
    if (visit(i, open === -1 ? n : open) || open === -1) return
    let close = quote(open + 1)
    while (close !== -1 && text.at(close + 1) === QUOTE) close = quote(close + 2)
    if (close === -1) return // inside a quoted field that continues past the text
    i = close + 1
  }
}

/** Searches for `unit`, each from where the last ended (`from` only grows, or what it skips is no match): linear. */
function finder(text: Units, unit: number): (from: number) => number {
  let at = -2
  return from => (at === -1 || at >= from ? at : (at = text.find(unit, from)))
}

function fieldStart(previous: number, delimiter: number): boolean {
  return previous === LF || previous === CR || previous === delimiter
}

/** The index just after the first record end in `source` (which starts at a record's start), or -1. */
export function firstRecordEnd(source: string | Uint8Array, delimiter = ','): number {
  const text = units(source)
  let end = -1
  eachUnquoted(text, delimiter, (from, to) => {
    const at = firstBreak(text, from, to)
    if (at !== 0) end = at
    return at !== 0
  })
  return end
}

/** The index after the first record-ending line break in text[from, to); 0: none there; -1: cannot tell yet. */
function firstBreak(text: Units, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.at(i)
    if (c === LF) return i + 1
    if (c === CR) return i + 1 >= text.length ? -1 : text.at(i + 1) === LF ? i + 2 : i + 1
  }
  return 0
}

/** Line feeds in `source`: the physical lines a chunk spans, so that errors in later chunks name the right line. */
export function countLineFeeds(source: string | Uint8Array): number {
  const text = units(source)
  let count = 0
  for (let i = text.find(LF, 0); i !== -1; i = text.find(LF, i + 1)) count++
  return count
}

/**
 * The line breaks CsvParser counts in `source` (whole records): every `\n`, inside quotes or not, and a `\r` outside
 * quotes with no `\n` after it (a lone `\r` ends a record). Line feeds alone miss those `\r`: in a file whose records
 * end in `\r`, errors in later chunks would name lines the one-thread engine does not.
 */
export function countLineBreaks(source: string | Uint8Array, delimiter = ','): number {
  const text = units(source)
  const cr = finder(text, CR)
  let count = countLineFeeds(source)
  eachUnquoted(text, delimiter, (from, to) => {
    if (cr(from) === -1) return true // no \r left to count
    for (let j = cr(from); j !== -1 && j < to; j = cr(j + 1)) if (text.at(j + 1) !== LF) count++
    return false
  })
  return count
}
