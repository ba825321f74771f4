/**
 * A JSON parser that remembers where things are: every object and array node carries its start offset, and every
 * object its keys' offsets, so recipe problems can point at `file:line:col`. Pure; throws JsonSyntaxError with the
 * offset of the first syntax error.
 */

export type JsonNode =
  | { kind: 'object'; start: number; entries: Map<string, { key: number; value: JsonNode }> }
  | { kind: 'array'; start: number; items: JsonNode[] }
  | { kind: 'string'; start: number; value: string }
  | { kind: 'number'; start: number; value: number }
  | { kind: 'boolean'; start: number; value: boolean }
  | { kind: 'null'; start: number }

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number
  ) {
    super(message)
  }
}

export function parseJsonWithPositions(text: string): JsonNode {
  let i = 0
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
      i++
  }
  const fail = (what: string): never => {
    throw new JsonSyntaxError(
      i >= text.length ? `unexpected end of JSON (${what})` : `${what}, found '${text[i]}'`,
      i
    )
  }
  const string = (): string => {
    const start = i
    i++ // opening quote
    let out = ''
    for (;;) {
      if (i >= text.length) {
        i = start
        fail('unterminated string')
      }
      const c = text[i]!
      if (c === '"') {
        i++
        return out
      }
      if (c === '\\') {
        const e = text[i + 1]
        const map: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t'
        }
        if (e === 'u') {
          const hex = text.slice(i + 2, i + 6)
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape')
          out += String.fromCharCode(parseInt(hex, 16))
          i += 6
        } else if (e !== undefined && map[e] !== undefined) {
          out += map[e]
          i += 2
        } else fail('bad escape in string')
        continue
      }
      if (c < ' ') fail('control character in string')
      out += c
      i++
    }
  }
  const value = (): JsonNode => {
    ws()
    const start = i
    const c = text[i]
    if (c === '{') {
      i++
      const entries = new Map<string, { key: number; value: JsonNode }>()
      ws()
      if (text[i] === '}') {
        i++
        return { kind: 'object', start, entries }
      }
      for (;;) {
        ws()
        if (text[i] !== '"') fail('expected a "quoted" key')
        const keyAt = i
        const key = string()
        ws()
        if (text[i] !== ':') fail("expected ':' after a key")
        i++
        entries.set(key, { key: keyAt, value: value() })
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return { kind: 'object', start, entries }
        }
        fail("expected ',' or '}'")
      }
    }
    if (c === '[') {
      i++
      const items: JsonNode[] = []
      ws()
      if (text[i] === ']') {
        i++
        return { kind: 'array', start, items }
      }
      for (;;) {
        items.push(value())
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return { kind: 'array', start, items }
        }
        fail("expected ',' or ']'")
      }
    }
    if (c === '"') return { kind: 'string', start, value: string() }
    const literal = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 64)
    )
    if (!literal) fail('expected a JSON value')
    i += literal![0].length
    const t = literal![0]
    if (t === 'true' || t === 'false') return { kind: 'boolean', start, value: t === 'true' }
    if (t === 'null') return { kind: 'null', start }
    return { kind: 'number', start, value: Number(t) }
  }
  const root = value()
  ws()
  if (i < text.length) fail('unexpected text after the JSON value')
  return root
}

/** 1-based line and column of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 10) {
      line++
      lineStart = k + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}
