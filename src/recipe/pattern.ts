/**
 * Regular expressions from a recipe (REPLACE_TEXT, MASK_CUSTOM with regex, MATCHES conditions) are untrusted: a pull
 * request can change them. DataBrew runs them with java.util.regex; we run them with the JavaScript engine. This
 * module is the one door between the two:
 * - `checkPattern` refuses what would run differently or not at all here (Java-only constructs) and what can
 *   backtrack for ever (nested quantifiers, quantified overlapping alternatives): the validator reports it on the step;
 * - `compilePattern` translates the Java constructs that have an exact JavaScript spelling and compiles the result;
 * - `withinBudget` bounds synchronous work that runs patterns (the sample run of `validate`), because the static check
 *   is a heuristic and JavaScript's engine backtracks. A linear-time engine (re2js, pure JS) could replace the
 *   native RegExp behind `RecipePattern` without touching the callers.
 * Java semantics are from the java.util.regex.Pattern reference (Java 17): escapes of non-alphabetic characters are
 * literals, `.` excludes \n \r \u0085 \u2028 \u2029, `$` and `\Z` also match before a final line terminator, `\s`
 * is ASCII whitespace, `\0n` is octal, `[a[b]]` is a union and `&&` an intersection.
 */
import vm from 'node:vm'

/** A compiled recipe pattern; `describe` names it in errors ("REPLACE_TEXT pattern `…`"). */
export interface RecipePattern {
  readonly source: string
  readonly describe: string
  test(text: string): boolean
  /** Every match replaced by `replacement(match, groups)`. */
  replaceAll(text: string, replacement: (match: string, groups: (string | undefined)[]) => string): string
  /** The first match at or after the start, or undefined. */
  firstMatch(text: string): { index: number; length: number } | undefined
}

export class PatternError extends Error {}

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

interface Scan {
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

/** Translates one Java pattern into JavaScript, or says why it cannot run here the way DataBrew runs it. */
function scan(s: string): Scan {
  let js = ''
  const stack: Frame[] = [frame()]
  // What the last atom was, for the quantifier that may follow it.
  let last: { group?: Frame; overlap?: boolean } | undefined
  const fail = (problem: string): Scan => ({ js, problem })
  const top = () => stack[stack.length - 1]!
  const noteFirst = (token: string) => {
    const f = top()
    if (f.atBranchStart) {
      f.firsts.push(token)
      f.atBranchStart = false
    }
  }
  let i = 0
  while (i < s.length) {
    const c = s[i]!
    if (c === '\\') {
      const e = s[i + 1]
      if (e === undefined) return fail('ends with a lone backslash')
      let token = s.slice(i, i + 2)
      let out = token
      if (JAVA_ONLY_ESCAPES[e])
        return fail(`\\${e} is Java-only (${JAVA_ONLY_ESCAPES[e]}) and cannot run here`)
      if (e === 'Z') out = LINE_END
      else if (e === 's') out = `[${SPACE}]`
      else if (e === 'S') out = `[^${SPACE}]`
      else if (e === 'p' || e === 'P') {
        const m = /^\{(\w+)\}/.exec(s.slice(i + 2))
        if (!m) return fail(`\\${e} without braces is Java-only: write \\${e}{…}`)
        const name = m[1]!
        if (/^(java|In|Is)/.test(name) || POSIX.has(name))
          return fail(
            `\\${e}{${name}} is a Java-only character class: use a Unicode property such as \\p{Ll} or a class`
          )
        token = out = s.slice(i, i + 3 + m[0].length - 1)
      } else if (e === '0') {
        if (/[0-7]/.test(s[i + 2] ?? '')) return fail('\\0n is a Java octal escape: use \\xHH instead')
      } else if (e === 'x' && s[i + 2] === '{') return fail('\\x{…} is Java-only: use \\u{…}')
      else if (e === 'u' && s[i + 2] === '{') {
        const m = /^\{[0-9a-fA-F]+\}/.exec(s.slice(i + 2))
        if (m) token = out = s.slice(i, i + 2 + m[0].length)
      } else if (e === 'k' && s[i + 2] === '<') {
        const end = s.indexOf('>', i)
        if (end > 0) token = out = s.slice(i, end + 1)
      } else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e)) out = hex(e)
      noteFirst(token)
      js += out
      i += token.length
      last = {}
    } else if (c === '[') {
      let j = i + 1
      let out = '['
      if (s[j] === '^') out += s[j++]
      if (s[j] === ']')
        return fail('[] starting a class is a literal ] in Java but an empty class here: escape it as \\]')
      for (; j < s.length && s[j] !== ']'; j++) {
        const d = s[j]!
        if (d === '[') return fail('a [ inside a class is a Java union or a literal here: escape it as \\[')
        if (d === '&' && s[j + 1] === '&')
          return fail('&& inside a class is a Java intersection: list the characters instead')
        if (d === '\\') {
          const e = s[j + 1] ?? ''
          if (e === 's') out += SPACE
          else if (e === 'S')
            return fail('\\S inside a class differs between Java and here: use [^…] with the characters')
          else if (e === 'Q' || e === 'h' || e === 'v' || e === 'p' || e === 'P' || e === 'e' || e === 'a') {
            if (e === 'p' || e === 'P') {
              const m = /^\{(\w+)\}/.exec(s.slice(j + 2))
              if (m && !/^(java|In|Is)/.test(m[1]!) && !POSIX.has(m[1]!)) {
                out += s.slice(j, j + 2 + m[0].length)
                j += 1 + m[0].length
                continue
              }
            }
            return fail(`\\${e} inside a class is Java-only or means something else here`)
          } else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e) && e !== '-') out += hex(e)
          else out += d + e
          j++
        } else out += d
      }
      if (j >= s.length) return fail('a character class is not closed: add ]')
      out += ']'
      noteFirst(s.slice(i, j + 1))
      js += out
      i = j + 1
      last = {}
    } else if (c === '(') {
      const rest = s.slice(i)
      if (rest.startsWith('(?>')) return fail('(?>…) is a Java atomic group and cannot run here')
      const flags = /^\(\?[idmsuxU]*(-[idmsuxU]*)?[:)]/.exec(rest)
      if (flags && !rest.startsWith('(?:'))
        return fail(
          `${flags[0]} sets Java inline flags, which cannot run here: write the pattern without them`
        )
      const open = /^\((\?(:|=|!|<=|<!|<[A-Za-z][A-Za-z0-9]*>))?/.exec(rest)![0]
      // Groups count as distinct first tokens: their own alternatives are checked when they close.
      noteFirst(`(${i}`)
      stack.push(frame(open === '(?<=' || open === '(?<!'))
      js += open
      i += open.length
      last = undefined
    } else if (c === ')') {
      if (stack.length === 1) return fail('has an unmatched )')
      const g = stack.pop()!
      if (g.lookbehind && g.unbounded)
        return fail('a lookbehind with * + or {n,} is refused by Java (no obvious maximum length)')
      const seen = new Set<string>()
      const overlap = g.firsts.some(f => f === '.' || seen.size === seen.add(f).size)
      const parent = top()
      parent.variable ||= g.variable
      parent.unbounded ||= g.unbounded
      js += ')'
      i++
      last = { group: g, overlap: g.firsts.length > 1 && overlap }
    } else if (c === '|') {
      top().atBranchStart = true
      js += c
      i++
      last = undefined
    } else if (quantifierAt(s, i)) {
      const q = quantifierAt(s, i)!
      if (!last) return fail(`the quantifier ${q.text} has nothing to repeat`)
      const next = s[i + q.text.length]
      if (next === '+') return fail(`${q.text}+ is a Java possessive quantifier and cannot run here`)
      const g = last.group
      if (g && q.max > 1) {
        if ((q.max === Infinity && g.variable) || g.unbounded)
          return fail(
            `nested quantifiers (a repeated group that itself repeats, like (a+)+) can take exponential time: rewrite without the outer repetition`
          )
        if (q.max === Infinity && last.overlap)
          return fail(
            `a repeated group whose alternatives can match the same text (like (a|a)*) can take exponential time: make the alternatives distinct`
          )
      }
      const f = top()
      if (q.max > 1 && q.min !== q.max) f.variable = true
      if (q.max === Infinity) f.unbounded = true
      js += q.text
      i += q.text.length
      if (next === '?') {
        js += '?'
        i++
      }
      last = undefined
    } else {
      const out = c === '.' ? DOT : c === '$' ? LINE_END : c
      if (c !== '^' && c !== '$') noteFirst(c)
      js += out
      i++
      last = c === '^' || c === '$' ? undefined : {}
    }
  }
  if (stack.length > 1) return fail('has an unclosed (')
  return { js }
}

function translate(source: string): string {
  const scanned = scan(source)
  if (scanned.problem !== undefined) throw new PatternError(scanned.problem)
  try {
    new RegExp(scanned.js, 'u')
  } catch (err) {
    throw new PatternError(
      `is not a valid regular expression (${(err as Error).message.replace(/^.*: /, '')})`
    )
  }
  return scanned.js
}

/** Why `source` cannot be a recipe pattern here, or undefined. Pure and linear in the pattern's length. */
export function checkPattern(source: string): string | undefined {
  try {
    translate(source)
    return undefined
  } catch (err) {
    return (err as Error).message
  }
}

/** The pattern that is running right now, to name it when a time budget runs out. */
let running: RecipePattern | undefined

/** Compiles a recipe pattern; `describe` names it in every error ("REPLACE_TEXT pattern"). */
export function compilePattern(source: string, what: string): RecipePattern {
  const describe = `${what} \`${source}\``
  let js: string
  try {
    js = translate(source)
  } catch (err) {
    throw new PatternError(`${describe} ${(err as Error).message}`)
  }
  const global = new RegExp(js, 'gu')
  const single = new RegExp(js, 'u')
  const pattern: RecipePattern = {
    source,
    describe,
    test(text) {
      running = pattern
      const r = single.test(text)
      running = undefined
      return r
    },
    replaceAll(text, replacement) {
      running = pattern
      const r = text.replace(global, (m: string, ...rest: unknown[]) => {
        const end = rest.findIndex(x => typeof x === 'number')
        return replacement(m, rest.slice(0, end) as (string | undefined)[])
      })
      running = undefined
      return r
    },
    firstMatch(text) {
      running = pattern
      const m = single.exec(text)
      running = undefined
      return m ? { index: m.index, length: m[0].length } : undefined
    }
  }
  return pattern
}

/**
 * Java's replacement syntax (Matcher.appendReplacement): `$n` and `${name}` insert a group, `\x` is a literal x, a
 * lone `$` or `\` is an error. JavaScript's own (`$&`, `$$`, `$<name>`) would read a DataBrew value differently.
 */
export function javaReplacement(
  value: string,
  groupCount: number
): (match: string, groups: (string | undefined)[]) => string {
  const parts: (string | number)[] = []
  let literal = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!
    if (c === '\\') {
      if (i + 1 >= value.length)
        throw new PatternError('replacement ends with a lone \\: write \\\\ for a backslash')
      literal += value[++i]
    } else if (c === '$') {
      if (value[i + 1] === '{')
        throw new PatternError(
          'replacement ${name} group references are not supported here: use the group number $n'
        )
      const digits = /^\$(\d+)/.exec(value.slice(i))
      if (!digits)
        throw new PatternError(
          'replacement has a $ that is not a group reference: write \\$ for a dollar sign'
        )
      // Java reads as many digits as still name an existing group; the first digit must.
      let n = Number(digits[1]![0])
      let used = 1
      if (n > groupCount)
        throw new PatternError(`replacement refers to group $${n}, but the pattern has ${groupCount}`)
      for (const d of digits[1]!.slice(1)) {
        const next = n * 10 + Number(d)
        if (next > groupCount) break
        n = next
        used++
      }
      if (literal) parts.push(literal)
      literal = ''
      parts.push(n)
      i += used
    } else literal += c
  }
  if (literal) parts.push(literal)
  return (match, groups) =>
    parts.map(p => (typeof p === 'number' ? (p === 0 ? match : (groups[p - 1] ?? '')) : p)).join('')
}

/** Capturing groups in a compiled pattern (for `$n` checks). */
export function groupCount(p: RecipePattern): number {
  return new RegExp(`${translate(p.source)}|`, 'u').exec('')!.length - 1
}

export class PatternBudgetError extends Error {
  constructor(
    message: string,
    /** The pattern that was running when the budget ran out, if a recipe pattern was. */
    readonly pattern?: string
  ) {
    super(message)
  }
}

/**
 * Runs synchronous work with a hard time limit: V8 stops the script (regular-expression backtracking included) when
 * the limit passes. Meant for bounded work such as a sample run, not for a streaming job (each call costs ~0.3 ms).
 */
export function withinBudget<T>(work: () => T, ms: number, what: string): T {
  const box: { work: () => T; result?: T } = { work }
  try {
    vm.runInNewContext('box.result = box.work()', { box }, { timeout: ms })
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw err
    const p = running
    running = undefined
    throw new PatternBudgetError(
      p
        ? `${what} stopped after ${ms} ms in ${p.describe}: the pattern backtracks too much, simplify it`
        : `${what} stopped after ${ms} ms`,
      p?.source
    )
  }
  return box.result as T
}
