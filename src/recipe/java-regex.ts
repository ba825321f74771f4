/**
 * The Java-to-JavaScript translation behind recipe patterns (pattern.ts): one left-to-right pass that spells each Java
 * construct the JavaScript way, refuses the Java-only ones, and tracks, per group, what repeats, to refuse patterns
 * that can backtrack for ever. Pure and linear in the pattern's length.
 */

const LINE_END = '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)'
const DOT = '[^\\n\\r\\u0085\\u2028\\u2029]'
const SPACE = '\\t\\n\\x0B\\f\\r '
/** Characters JavaScript lets a `u` pattern escape outside a class; Java lets any non-alphabetic one be escaped. */
const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/')
const POSIX = new Set([
  'Lower',
  'Upper',
  'ASCII',
  'Alpha',
  'Digit',
  'Alnum',
  'Punct',
  'Graph',
  'Print',
  'Blank',
  'Cntrl',
  'XDigit',
  'Space'
])
/** Java escapes with no JavaScript equivalent (or a different meaning): letter → what it is in Java. */
const JAVA_ONLY_ESCAPES: Record<string, string> = {
  A: 'beginning of input (use ^)',
  G: 'end of the previous match',
  h: 'horizontal whitespace',
  H: 'non-horizontal whitespace',
  R: 'any line break',
  X: 'a grapheme cluster',
  N: 'a named character',
  V: 'non-vertical whitespace',
  v: 'vertical whitespace (in JavaScript \\v is only U+000B)',
  e: 'the escape character (use \\x1B)',
  a: 'the bell character (use \\x07)',
  z: 'end of input (use $ only if the value cannot end with a line break)',
  Q: 'a quoted literal \\Q…\\E (escape each character instead)',
  E: 'the end of a quoted literal \\Q…\\E'
}

interface Frame {
  /** Some element inside repeats a variable number of times (*, +, {n,m} with n < m). */
  variable: boolean
  /** Some element inside repeats without bound (*, +, {n,}). */
  unbounded: boolean
  lookbehind: boolean
  /** First token of each alternative, to spot `(a|a)*`-style overlap. */
  firsts: string[]
  atBranchStart: boolean
}

export interface Scan {
  js: string
  problem?: string
}

const frame = (lookbehind = false): Frame => ({
  variable: false,
  unbounded: false,
  lookbehind,
  firsts: [],
  atBranchStart: true
})

const hex = (ch: string) => `\\u{${ch.codePointAt(0)!.toString(16)}}`

/** The quantifier at `i`, if any: its text and bounds. */
function quantifierAt(s: string, i: number): { text: string; min: number; max: number } | undefined {
  const c = s[i]
  if (c === '*') return { text: c, min: 0, max: Infinity }
  if (c === '+') return { text: c, min: 1, max: Infinity }
  if (c === '?') return { text: c, min: 0, max: 1 }
  if (c !== '{') return undefined
  const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i))
  if (!m) return undefined
  const min = Number(m[1])
  const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
  return { text: m[0], min, max }
}

/** One Java pattern as JavaScript source, or the reason it cannot run here (with the source read so far). */
export function translateJava(s: string): Scan {
  return new Translator(s).run()
}

class Translator {
  private js = ''
  private i = 0
  private readonly stack: Frame[] = [frame()]
  /** What the last atom was, for the quantifier that may follow it. */
  private last: { group?: Frame; overlap?: boolean } | undefined

  constructor(private readonly s: string) {}

  run(): Scan {
    const s = this.s
    while (this.i < s.length) {
      const c = s[this.i]!
      const problem =
        c === '\\'
          ? this.escape()
          : c === '['
            ? this.charClass()
            : c === '('
              ? this.openGroup()
              : c === ')'
                ? this.closeGroup()
                : c === '|'
                  ? this.alternative()
                  : quantifierAt(s, this.i)
                    ? this.quantifier()
                    : this.literal(c)
      if (problem !== undefined) return { js: this.js, problem }
    }
    if (this.stack.length > 1) return { js: this.js, problem: 'has an unclosed (' }
    return { js: this.js }
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1]!
  }

  private noteFirst(token: string): void {
    const f = this.top()
    if (f.atBranchStart) {
      f.firsts.push(token)
      f.atBranchStart = false
    }
  }

  private escape(): string | undefined {
    const { s, i } = this
    const e = s[i + 1]
    if (e === undefined) return 'ends with a lone backslash'
    let token = s.slice(i, i + 2)
    let out = token
    if (JAVA_ONLY_ESCAPES[e]) return `\\${e} is Java-only (${JAVA_ONLY_ESCAPES[e]}) and cannot run here`
    if (e === 'Z') out = LINE_END
    else if (e === 's') out = `[${SPACE}]`
    else if (e === 'S') out = `[^${SPACE}]`
    else if (e === 'p' || e === 'P') {
      const m = /^\{(\w+)\}/.exec(s.slice(i + 2))
      if (!m) return `\\${e} without braces is Java-only: write \\${e}{…}`
      const name = m[1]!
      if (/^(java|In|Is)/.test(name) || POSIX.has(name))
        return `\\${e}{${name}} is a Java-only character class: use a Unicode property such as \\p{Ll} or a class`
      token = out = s.slice(i, i + 3 + m[0].length - 1)
    } else if (e === '0') {
      if (/[0-7]/.test(s[i + 2] ?? '')) return '\\0n is a Java octal escape: use \\xHH instead'
    } else if (e === 'x' && s[i + 2] === '{') return '\\x{…} is Java-only: use \\u{…}'
    else if (e === 'u' && s[i + 2] === '{') {
      const m = /^\{[0-9a-fA-F]+\}/.exec(s.slice(i + 2))
      if (m) token = out = s.slice(i, i + 2 + m[0].length)
    } else if (e === 'k' && s[i + 2] === '<') {
      const end = s.indexOf('>', i)
      if (end > 0) token = out = s.slice(i, end + 1)
    } else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e)) out = hex(e)
    this.noteFirst(token)
    this.js += out
    this.i += token.length
    this.last = {}
    return undefined
  }

  private charClass(): string | undefined {
    const { s, i } = this
    let j = i + 1
    let out = '['
    if (s[j] === '^') out += s[j++]
    if (s[j] === ']')
      return '[] starting a class is a literal ] in Java but an empty class here: escape it as \\]'
    for (; j < s.length && s[j] !== ']'; j++) {
      const d = s[j]!
      if (d === '[') return 'a [ inside a class is a Java union or a literal here: escape it as \\['
      if (d === '&' && s[j + 1] === '&')
        return '&& inside a class is a Java intersection: list the characters instead'
      if (d !== '\\') {
        out += d
        continue
      }
      const e = s[j + 1] ?? ''
      if (e === 's') out += SPACE
      else if (e === 'S')
        return '\\S inside a class differs between Java and here: use [^…] with the characters'
      else if (e === 'Q' || e === 'h' || e === 'v' || e === 'p' || e === 'P' || e === 'e' || e === 'a') {
        if (e === 'p' || e === 'P') {
          const m = /^\{(\w+)\}/.exec(s.slice(j + 2))
          if (m && !/^(java|In|Is)/.test(m[1]!) && !POSIX.has(m[1]!)) {
            out += s.slice(j, j + 2 + m[0].length)
            j += 1 + m[0].length
            continue
          }
        }
        return `\\${e} inside a class is Java-only or means something else here`
      } else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e) && e !== '-') out += hex(e)
      else out += d + e
      j++
    }
    if (j >= s.length) return 'a character class is not closed: add ]'
    out += ']'
    this.noteFirst(s.slice(i, j + 1))
    this.js += out
    this.i = j + 1
    this.last = {}
    return undefined
  }

  private openGroup(): string | undefined {
    const rest = this.s.slice(this.i)
    if (rest.startsWith('(?>')) return '(?>…) is a Java atomic group and cannot run here'
    const flags = /^\(\?[idmsuxU]*(-[idmsuxU]*)?[:)]/.exec(rest)
    if (flags && !rest.startsWith('(?:'))
      return `${flags[0]} sets Java inline flags, which cannot run here: write the pattern without them`
    const open = /^\((\?(:|=|!|<=|<!|<[A-Za-z][A-Za-z0-9]*>))?/.exec(rest)![0]
    // Groups count as distinct first tokens: their own alternatives are checked when they close.
    this.noteFirst(`(${this.i}`)
    this.stack.push(frame(open === '(?<=' || open === '(?<!'))
    this.js += open
    this.i += open.length
    this.last = undefined
    return undefined
  }

  private closeGroup(): string | undefined {
    if (this.stack.length === 1) return 'has an unmatched )'
    const g = this.stack.pop()!
    if (g.lookbehind && g.unbounded)
      return 'a lookbehind with * + or {n,} is refused by Java (no obvious maximum length)'
    const seen = new Set<string>()
    const overlap = g.firsts.some(f => f === '.' || seen.size === seen.add(f).size)
    const parent = this.top()
    parent.variable ||= g.variable
    parent.unbounded ||= g.unbounded
    this.js += ')'
    this.i++
    this.last = { group: g, overlap: g.firsts.length > 1 && overlap }
    return undefined
  }

  private alternative(): undefined {
    this.top().atBranchStart = true
    this.js += '|'
    this.i++
    this.last = undefined
    return undefined
  }

  private quantifier(): string | undefined {
    const q = quantifierAt(this.s, this.i)!
    const last = this.last
    if (!last) return `the quantifier ${q.text} has nothing to repeat`
    const next = this.s[this.i + q.text.length]
    if (next === '+') return `${q.text}+ is a Java possessive quantifier and cannot run here`
    const g = last.group
    if (g && q.max > 1) {
      if ((q.max === Infinity && g.variable) || g.unbounded)
        return `nested quantifiers (a repeated group that itself repeats, like (a+)+) can take exponential time: rewrite without the outer repetition`
      if (q.max === Infinity && last.overlap)
        return `a repeated group whose alternatives can match the same text (like (a|a)*) can take exponential time: make the alternatives distinct`
    }
    const f = this.top()
    if (q.max > 1 && q.min !== q.max) f.variable = true
    if (q.max === Infinity) f.unbounded = true
    this.js += q.text
    this.i += q.text.length
    if (next === '?') {
      this.js += '?'
      this.i++
    }
    this.last = undefined
    return undefined
  }

  private literal(c: string): undefined {
    const out = c === '.' ? DOT : c === '$' ? LINE_END : c
    if (c !== '^' && c !== '$') this.noteFirst(c)
    this.js += out
    this.i++
    this.last = c === '^' || c === '$' ? undefined : {}
    return undefined
  }
}
