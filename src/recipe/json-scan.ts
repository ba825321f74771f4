/**
 * A small position-keeping JSON scanner (no dependencies): a tree whose every node knows its offsets, so a recipe
 * problem can name file:line:column of the step, the key or the character inside a string. Pure.
 */
import type { SourceLocation } from './model.js'

interface Span {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
}
export interface JsonEntry {
  key: string
  keyStart: number
  value: JsonValue
}
export type JsonValue =
  | (Span & { kind: 'object'; entries: JsonEntry[] })
  | (Span & { kind: 'array'; items: JsonValue[] })
  /** `map[i]`: offset in the text of decoded character i, present only when the string has escapes. */
  | (Span & { kind: 'string'; value: string; map?: number[] })
  | (Span & { kind: 'number'; text: string })
  | (Span & { kind: 'boolean'; value: boolean })
  | (Span & { kind: 'null' })

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

const MAX_DEPTH = 256
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t'
}

function shown(c: string | undefined): string {
  if (c === undefined) return 'the end'
  if (c === "'") return 'a single quote'
  return `'${JSON.stringify(c).slice(1, -1)}'`
}

/** Parses JSON text into a tree that keeps offsets. Throws JsonSyntaxError at the first error. */
export function scanJson(text: string, what = 'file'): JsonValue {
  return new Scanner(text, what).document()
}

class Scanner {
  private i: number

  constructor(
    private readonly text: string,
    private readonly what: string
  ) {
    this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0
  }

  document(): JsonValue {
    this.ws()
    if (this.i >= this.text.length) this.fail(`the ${this.what} is empty`)
    const root = this.value(0)
    this.ws()
    if (this.i < this.text.length)
      this.fail(`unexpected ${shown(this.text[this.i])} after the end of the JSON value`)
    return root
  }

  private fail(message: string, at = this.i): never {
    throw new JsonSyntaxError(message, at)
  }

  private ws(): void {
    const text = this.text
    for (;;) {
      const c = text[this.i]
      if (c === ' ' || c === '\n' || c === '\r' || c === '\t') this.i++
      else if (c === '/' && (text[this.i + 1] === '/' || text[this.i + 1] === '*'))
        this.fail('comments are not allowed in JSON')
      else return
    }
  }

  private expected(expectation: string): never {
    const c = this.text[this.i]
    if (c === undefined) return this.fail(`unexpected end of the ${this.what}: expected ${expectation}`)
    if (c === "'")
      return this.fail(`expected ${expectation}, found ${shown(c)}: JSON strings take double quotes`)
    return this.fail(`expected ${expectation}, found ${shown(c)}`)
  }

  private string(): JsonValue & { kind: 'string' } {
    const text = this.text
    const start = this.i++
    let out = ''
    let map: number[] | undefined
    for (;;) {
      const c = text[this.i]
      if (c === undefined || c === '\n')
        return this.fail('unterminated string (a closing " is missing)', start)
      if (c === '"') {
        this.i++
        return map
          ? { kind: 'string', start, end: this.i, value: out, map }
          : { kind: 'string', start, end: this.i, value: out }
      }
      if (c === '\\') {
        if (!map) map = Array.from({ length: out.length }, (_, k) => start + 1 + k)
        const e = text[this.i + 1]
        if (e === 'u') {
          const hex = text.slice(this.i + 2, this.i + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('bad \\u escape: four hex digits must follow')
          map.push(this.i)
          out += String.fromCharCode(parseInt(hex, 16))
          this.i += 6
        } else if (e !== undefined && ESCAPES[e] !== undefined) {
          map.push(this.i)
          out += ESCAPES[e]
          this.i += 2
        } else this.fail(`bad escape \\${e ?? ''} in a string`)
        continue
      }
      if (c < ' ') this.fail('control character in a string (write it as an escape, e.g. \\t)')
      map?.push(this.i)
      out += c
      this.i++
    }
  }

  private object(depth: number): JsonValue {
    const text = this.text
    const start = this.i++
    const entries: JsonEntry[] = []
    this.ws()
    if (text[this.i] === '}') return { kind: 'object', start, end: ++this.i, entries }
    let comma = -1
    for (;;) {
      this.ws()
      if (text[this.i] !== '"') {
        if (text[this.i] === '}' && comma >= 0)
          this.fail("trailing comma before '}' (JSON allows none)", comma)
        if (text[this.i] !== undefined && /[A-Za-z_$]/.test(text[this.i]!))
          this.fail('keys need double quotes')
        this.expected('a "quoted" key')
      }
      const keyStart = this.i
      const key = this.string().value
      this.ws()
      if (text[this.i] !== ':') this.expected("':' after the key")
      this.i++
      entries.push({ key, keyStart, value: this.value(depth + 1) })
      this.ws()
      if (text[this.i] === ',') {
        comma = this.i++
        continue
      }
      if (text[this.i] === '}') return { kind: 'object', start, end: ++this.i, entries }
      if (text[this.i] === '"') this.fail("expected ',' or '}': a comma is missing after the previous value")
      this.expected("',' or '}'")
    }
  }

  private array(depth: number): JsonValue {
    const text = this.text
    const start = this.i++
    const items: JsonValue[] = []
    this.ws()
    if (text[this.i] === ']') return { kind: 'array', start, end: ++this.i, items }
    let comma = -1
    for (;;) {
      this.ws()
      if (text[this.i] === ']' && comma >= 0) this.fail("trailing comma before ']' (JSON allows none)", comma)
      items.push(this.value(depth + 1))
      this.ws()
      if (text[this.i] === ',') {
        comma = this.i++
        continue
      }
      if (text[this.i] === ']') return { kind: 'array', start, end: ++this.i, items }
      if (text[this.i] === '"' || text[this.i] === '{' || text[this.i] === '[')
        this.fail("expected ',' or ']': a comma is missing after the previous value")
      this.expected("',' or ']'")
    }
  }

  private value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`)
    this.ws()
    const text = this.text
    const start = this.i
    const c = text[start]
    if (c === '{') return this.object(depth)
    if (c === '[') return this.array(depth)
    if (c === '"') return this.string()
    if (text.startsWith('true', start)) return { kind: 'boolean', start, end: (this.i += 4), value: true }
    if (text.startsWith('false', start)) return { kind: 'boolean', start, end: (this.i += 5), value: false }
    if (text.startsWith('null', start)) return { kind: 'null', start, end: (this.i += 4) }
    NUMBER.lastIndex = start
    const m = NUMBER.exec(text)
    if (m) {
      this.i += m[0].length
      return { kind: 'number', start, end: this.i, text: m[0] }
    }
    return this.expected('a value')
  }
}

/** The plain JavaScript value of a node. */
export function plain(node: JsonValue): unknown {
  switch (node.kind) {
    case 'object':
      return Object.fromEntries(node.entries.map(e => [e.key, plain(e.value)]))
    case 'array':
      return node.items.map(plain)
    case 'number':
      return Number(node.text)
    case 'null':
      return null
    default:
      return node.value
  }
}

/** Maps offsets to 1-based line and column (columns count UTF-16 code units, as editors and GitHub do). */
export function lineIndex(text: string): (offset: number) => SourceLocation {
  const starts = [0]
  for (let k = 0; k < text.length; k++) if (text.charCodeAt(k) === 10) starts.push(k + 1)
  return offset => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 }
  }
}
