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
import { translateJava } from './java-regex.js'

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

function translate(source: string): string {
  const scanned = translateJava(source)
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
