/** Masking: MASK_CUSTOM, MASK_RANGE, MASK_DELIMITER, MASK_DATE and REPLACE_WITH_RANDOM_BETWEEN. */
import { randomInt } from 'node:crypto'
import type { RecipeStep } from '../model.js'
import { compilePattern, PatternError, type RecipePattern } from '../pattern.js'
import {
  escapeRegex,
  flag,
  inPlace,
  intParam,
  list,
  param,
  sourceColumns,
  StepError,
  type Compile
} from './common.js'

/** Characters kept unmasked for `alphabet` (SYMBOLS, WHITESPACE). */
function keeper(step: RecipeStep): (ch: string) => boolean {
  const alphabet =
    step.parameters.alphabet !== undefined ? list(step, 'alphabet').map(a => a.toUpperCase()) : []
  const symbols = alphabet.includes('SYMBOLS')
  const whitespace = alphabet.includes('WHITESPACE')
  return ch => (whitespace && /\s/u.test(ch)) || (symbols && /[^\p{L}\p{N}\s]/u.test(ch))
}

function maskChars(text: string, symbol: string, keep: (ch: string) => boolean): string {
  let out = ''
  for (const ch of text) out += keep(ch) ? ch : symbol
  return out
}

const maskCustom: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  const symbol = param(step, 'maskSymbol')
  const value = param(step, 'customValue')
  let re: RecipePattern
  try {
    re = compilePattern(flag(step, 'regex') ? value : escapeRegex(value), 'MASK_CUSTOM customValue')
  } catch (err) {
    if (!(err instanceof PatternError)) throw err
    throw new StepError(step, err.message)
  }
  return inPlace(columns, cols, v => re.replaceAll(v, m => maskChars(m, symbol, () => false)))
}

/** MASK_RANGE: [start, stop) with Python-style negative indexes, on characters (code points). */
const maskRange: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  const symbol = param(step, 'maskSymbol')
  const start = step.parameters.start !== undefined ? intParam(step, 'start') : undefined
  const stop = step.parameters.stop !== undefined ? intParam(step, 'stop') : undefined
  const keep = keeper(step)
  return inPlace(columns, cols, v => {
    const chars = [...v]
    const n = chars.length
    const norm = (i: number | undefined, fallback: number) =>
      i === undefined ? fallback : i < 0 ? Math.max(0, n + i) : Math.min(n, i)
    const a = norm(start, 0)
    const b = norm(stop, n)
    return chars.map((ch, i) => (i >= a && i < b && !keep(ch) ? symbol : ch)).join('')
  })
}

/** MASK_DELIMITER: masks between the first startDelimiter and the next endDelimiter after it. */
const maskDelimiter: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  const symbol = param(step, 'maskSymbol')
  const open = step.parameters.startDelimiter
  const close = step.parameters.endDelimiter
  const preserve = !flag(step, 'preserveDelimiters') ? true : false
  const keep = keeper(step)
  return inPlace(columns, cols, v => {
    const a = open ? v.indexOf(open) : 0
    if (open && a < 0) return v
    const from = open ? a + open.length : 0
    const b = close ? v.indexOf(close, from) : v.length
    if (close && b < 0) return v
    // preserveDelimiters (documented as "if true, applies mask on delimiters"): false keeps the delimiters visible.
    const start = preserve ? from : a
    const end = preserve ? b : close ? b + close.length : b
    return v.slice(0, start) + maskChars(v.slice(start, end), symbol, keep) + v.slice(end)
  })
}

const DATE_PARTS =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:([ T])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(.*)$/
const US_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(.*)$/

/** MASK_DATE: masks the digits of the listed components; values that do not parse as a date are left as they are. */
const maskDate: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  const symbol = param(step, 'maskSymbol')
  const redact = new Set(list(step, 'redact').map(r => r.toUpperCase()))
  const m = (part: string | undefined, name: string) =>
    part === undefined ? '' : redact.has(name) ? symbol.repeat(part.length) : part
  return inPlace(columns, cols, v => {
    const iso = DATE_PARTS.exec(v)
    if (iso) {
      const [, y, sep, mo, d, t, h, mi, s, ms, rest] = iso
      let out = `${m(y, 'YEAR')}${sep}${m(mo, 'MONTH')}${sep}${m(d, 'DAY')}`
      if (t !== undefined) {
        out += `${t}${m(h, 'HOUR')}:${m(mi, 'MINUTE')}`
        if (s !== undefined) out += `:${m(s, 'SECOND')}`
        if (ms !== undefined) out += `.${m(ms, 'MILLISECOND')}`
      }
      return out + (rest ?? '')
    }
    const us = US_DATE.exec(v)
    if (us) {
      const [, mo, sep, d, y, rest] = us
      return `${m(mo, 'MONTH')}${sep}${m(d, 'DAY')}${sep}${m(y, 'YEAR')}${rest ?? ''}`
    }
    return v
  })
}

/** Random, so no local run can match DataBrew byte for byte; the range is what can be checked. */
const replaceWithRandomBetween: Compile = (step, columns, options) => {
  const cols = sourceColumns(step, columns)
  const lo = Number(param(step, 'lowerBound'))
  const hi = Number(param(step, 'upperBound'))
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi)
    throw new StepError(step, 'lowerBound and upperBound must be numbers with lowerBound ≤ upperBound')
  const rand = options.randomInt ?? ((a: number, b: number) => randomInt(a, b + 1))
  return {
    columns,
    apply: row => {
      for (const c of cols) row[c] = String(rand(Math.ceil(lo), Math.floor(hi)))
      return row
    }
  }
}

export const MASK_OPERATIONS: Record<string, Compile> = {
  MASK_CUSTOM: maskCustom,
  MASK_DATE: maskDate,
  MASK_DELIMITER: maskDelimiter,
  MASK_RANGE: maskRange,
  REPLACE_WITH_RANDOM_BETWEEN: replaceWithRandomBetween
}
