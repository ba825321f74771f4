/**
 * The operations the local engine runs, each compiled once per step into a row function. Semantics follow the
 * DataBrew recipe actions reference; where the reference is silent the choice is written next to the code.
 * Values are text (or null = missing); CHANGE_DATA_TYPE records the column type for the writer.
 */
import * as crypto from 'node:crypto'
import { createHash, createHmac, randomInt } from 'node:crypto'
import { parsePhoneNumberFromString, type CountryCode, type NumberFormat } from 'libphonenumber-js'
import type { Column, ColumnType } from '../formats/table.js'
import { hashKeyProblem } from './hash-key.js'
import type { RecipeStep } from './model.js'
import {
  flag,
  inPlace,
  insertAfter,
  intParam,
  list,
  missing,
  param,
  requireColumn,
  requireNew,
  sourceColumns,
  StepError,
  UnsupportedOperation,
  type Compile,
  type CompiledStep
} from './ops/common.js'
import { DATE_OPERATIONS } from './ops/dates.js'
import { GROUP_OPERATIONS } from './ops/group-by.js'
import { JOIN_OPERATIONS } from './ops/join.js'
import { MAPPING_OPERATIONS } from './ops/mapping.js'
import { MATH_OPERATIONS } from './ops/math.js'
import { PATTERN_OPERATIONS } from './ops/patterns.js'
import { ROW_OPERATIONS } from './ops/rows.js'
import { SORT_OPERATIONS } from './ops/sort.js'
import { EXTRACT_VALUE_OPERATIONS } from './ops/extract-value.js'
import { CASE_OPERATIONS } from './ops/case-operation.js'
import { compilePattern, groupCount, javaReplacement, PatternError, type RecipePattern } from './pattern.js'

export {
  StepError,
  UnsupportedOperation,
  type Compile,
  type CompiledStep,
  type EngineOptions
} from './ops/common.js'
export { inPlace, param, sourceColumns } from './ops/common.js'

/**
 * CAPITAL_CASE: "the first letter of each word is capitalized and the rest of the word is transformed to lowercase"
 * (recipe-actions.CAPITAL_CASE.html). A word is a run of characters between white space, as in Spark's initcap,
 * which DataBrew runs on: the word's first character is upper-cased (a digit stays as it is) and the rest
 * lower-cased, so `M1A` → `M1a`, `1ST` → `1st`, `mary-ann` → `Mary-ann`, `o'neil` → `O'neil`.
 */
function capitalCase(v: string): string {
  return v.replace(/[^\s]+/gu, w => {
    const [first = '', ...rest] = [...w]
    return first.toUpperCase() + rest.join('').toLowerCase()
  })
}

/**
 * SENTENCE_CASE: "the first letter of each sentence is capitalized, and the rest of the sentence is transformed to
 * lowercase" (recipe-actions.SENTENCE_CASE.html, example `The quick brown fox. Jumped over. The fence`). A sentence
 * starts the value or follows `.`, `!` or `?` and white space.
 */
function sentenceCase(v: string): string {
  return v
    .toLowerCase()
    .replace(/(^|[.!?]\s+)(\P{L}*?)(\p{L})/gu, (_m, end: string, lead: string, letter: string) => {
      return end + lead + letter.toUpperCase()
    })
}

// ---------------------------------------------------------------- text cleaning

// REMOVE_COMBINED's character sets are the page's own (recipe-actions.REMOVE_COMBINED.html), not Unicode classes:
// punctuation is `. ! , ?`, letters A–Z and a–z, numbers 0–9, special characters the ASCII list below.
const PUNCT = /[.!,?]/g
const EDGE_PUNCT = /^[.!,?]+|[.!,?]+$/g
const QUOTES = /["'`\u2018\u2019\u201C\u201D]/g
const EDGE_QUOTES = /^["'`\u2018\u2019\u201C\u201D]+|["'`\u2018\u2019\u201C\u201D]+$/g
// Special characters: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~ (the page's list).
const SPECIAL = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * REMOVE_COMBINED. Order: custom value, custom characters, letters, numbers, punctuation/quotes/special
 * characters, then whitespace — so removing punctuation cannot leave whitespace that a later trim misses.
 */
const removeCombined: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  const fs: ((v: string) => string)[] = []
  if (flag(step, 'removeCustomValue') && step.parameters.customValue) {
    const re = new RegExp(escapeRegex(step.parameters.customValue), 'g')
    fs.push(v => v.replace(re, ''))
  }
  if (flag(step, 'removeCustomCharacters') && step.parameters.customCharacters) {
    const re = new RegExp(`[${escapeRegex(step.parameters.customCharacters)}]`, 'gu')
    fs.push(v => v.replace(re, ''))
  }
  if (flag(step, 'removeLetters')) fs.push(v => v.replace(/[A-Za-z]/g, ''))
  if (flag(step, 'removeNumbers')) fs.push(v => v.replace(/[0-9]/g, ''))
  if (flag(step, 'removeSpecialCharacters')) fs.push(v => v.replace(SPECIAL, ''))
  if (flag(step, 'removeAllPunctuation')) fs.push(v => v.replace(PUNCT, ''))
  if (flag(step, 'removeLeadingAndTrailingPunctuation')) fs.push(v => v.trim().replace(EDGE_PUNCT, ''))
  if (flag(step, 'removeAllQuotes')) fs.push(v => v.replace(QUOTES, ''))
  if (flag(step, 'removeLeadingAndTrailingQuotes')) fs.push(v => v.trim().replace(EDGE_QUOTES, ''))
  if (flag(step, 'removeAllWhitespace')) fs.push(v => v.replace(/\s+/gu, ''))
  if (flag(step, 'collapseConsecutiveWhitespace')) fs.push(v => v.replace(/\s+/gu, ' '))
  if (flag(step, 'removeLeadingAndTrailingWhitespace')) fs.push(v => v.trim())
  return inPlace(columns, cols, v => fs.reduce((acc, f) => f(acc), v))
}

/**
 * REPLACE_TEXT: `pattern` is a Java regular expression (DataBrew); `value` uses Java's replacement syntax ($n, \$).
 * Assumed from the parameter names and DataBrew's Java runtime: the reference does not spell the dialect out.
 */
const replaceText: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  let re: RecipePattern
  let replacement: (match: string, groups: (string | undefined)[]) => string
  try {
    re = compilePattern(param(step, 'pattern'), 'REPLACE_TEXT pattern')
    replacement = javaReplacement(step.parameters.value ?? '', groupCount(re))
  } catch (err) {
    if (!(err instanceof PatternError)) throw err
    throw new StepError(step, err.message)
  }
  return inPlace(columns, cols, v => re.replaceAll(v, replacement))
}

const FORMATS: Record<string, NumberFormat> = {
  E164: 'E.164',
  'E.164': 'E.164',
  INTERNATIONAL: 'INTERNATIONAL',
  NATIONAL: 'NATIONAL',
  RFC3966: 'RFC3966'
}

/**
 * FORMAT_PHONE_NUMBER: values that cannot be parsed stay unchanged; without a region, numbers lacking `+country` are
 * left as they are (DataBrew's documented behaviour).
 */
const formatPhone: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  const format = FORMATS[(step.parameters.phoneNumberFormat ?? 'E164').toUpperCase()]
  if (!format)
    throw new StepError(
      step,
      `phoneNumberFormat '${step.parameters.phoneNumberFormat}' is not E164, INTERNATIONAL, NATIONAL or RFC3966`
    )
  const regionColumn = step.parameters.defaultRegionColumn
  if (regionColumn) requireColumn(step, columns, regionColumn)
  const fixedRegion = step.parameters.defaultRegion?.toUpperCase() as CountryCode | undefined
  return {
    columns,
    apply: row => {
      const region = (regionColumn ? row[regionColumn]?.toUpperCase() : fixedRegion) as
        CountryCode | undefined
      for (const c of cols) {
        const v = row[c]
        if (missing(v)) continue
        const parsed = parsePhoneNumberFromString(v!, region ? { defaultCountry: region } : undefined)
        if (parsed && parsed.isValid()) row[c] = parsed.format(format)
      }
      return row
    }
  }
}

// ---------------------------------------------------------------- structure

const deleteColumns: Compile = (step, columns) => {
  const names = sourceColumns(step, columns)
  const drop = new Set(names)
  return {
    columns: columns.filter(c => !drop.has(c.name)),
    apply: row => {
      for (const n of names) delete row[n]
      return row
    }
  }
}

const rename: Compile = (step, columns) => {
  const from = param(step, 'sourceColumn')
  const to = param(step, 'targetColumn')
  requireColumn(step, columns, from)
  if (from !== to) requireNew(step, columns, to)
  return {
    columns: columns.map(c => (c.name === from ? { ...c, name: to } : c)),
    apply: row => {
      if (from === to) return row
      row[to] = row[from] ?? null
      delete row[from]
      return row
    }
  }
}

const duplicate: Compile = (step, columns) => {
  const from = param(step, 'sourceColumn')
  const to = param(step, 'targetColumn')
  requireColumn(step, columns, from)
  requireNew(step, columns, to)
  const type = columns.find(c => c.name === from)!.type
  return {
    columns: insertAfter(columns, from, [{ name: to, type }]),
    apply: row => {
      row[to] = row[from] ?? null
      return row
    }
  }
}

/** MERGE: the new column follows the last source column; sources stay. Missing values are skipped, not joined. */
const merge: Compile = (step, columns) => {
  const from = list(step, 'sourceColumns')
  for (const f of from) requireColumn(step, columns, f)
  const to = param(step, 'targetColumn')
  requireNew(step, columns, to)
  const delimiter = step.parameters.delimiter ?? ''
  return {
    columns: insertAfter(columns, from[from.length - 1]!, [{ name: to, type: 'string' }]),
    apply: row => {
      const parts = from.map(f => row[f]).filter(v => !missing(v)) as string[]
      row[to] = parts.length === 0 ? null : parts.join(delimiter)
      return row
    }
  }
}

/** Split results go to `<source>_1 … <source>_n` in place of the source column. */
function splitInto(
  step: RecipeStep,
  columns: Column[],
  count: number,
  split: (v: string) => (string | null)[]
): CompiledStep {
  const from = param(step, 'sourceColumn')
  requireColumn(step, columns, from)
  const names = Array.from({ length: count }, (_, i) => `${from}_${i + 1}`)
  for (const n of names) requireNew(step, columns, n)
  const i = columns.findIndex(c => c.name === from)
  return {
    columns: [
      ...columns.slice(0, i),
      ...names.map(name => ({ name, type: 'string' as ColumnType })),
      ...columns.slice(i + 1)
    ],
    apply: row => {
      const v = row[from]
      const parts = missing(v) ? [] : split(v!)
      for (let k = 0; k < count; k++) row[names[k]!] = parts[k] ?? null
      delete row[from]
      return row
    }
  }
}

/** Splits at most `limit` times on the delimiter, from the start; the rest stays in the last part. */
function splitLimited(v: string, delimiter: string | RegExp, limit: number): string[] {
  const out: string[] = []
  let rest = v
  for (let k = 0; k < limit; k++) {
    const m =
      typeof delimiter === 'string'
        ? { index: rest.indexOf(delimiter), length: delimiter.length }
        : (() => {
            const r = delimiter.exec(rest)
            return r ? { index: r.index, length: r[0].length } : { index: -1, length: 0 }
          })()
    if (m.index < 0) break
    out.push(rest.slice(0, m.index))
    rest = rest.slice(m.index + m.length)
  }
  out.push(rest)
  return out
}

const splitSingle: Compile = (step, columns) => {
  const delimiter = param(step, 'pattern')
  const limit = intParam(step, 'limit', 1)
  return splitInto(step, columns, limit + 1, v => splitLimited(v, delimiter, limit))
}

const splitMultiple: Compile = (step, columns) => {
  const delimiters = list(step, 'patternOptions')
  const limit = intParam(step, 'limit', 1)
  const re = new RegExp(delimiters.map(escapeRegex).join('|'))
  return splitInto(step, columns, limit + 1, v => splitLimited(v, re, limit))
}

const splitFromStart: Compile = (step, columns) => {
  const position = intParam(step, 'position')
  return splitInto(step, columns, 2, v => [v.slice(0, position), v.slice(position)])
}

const splitFromEnd: Compile = (step, columns) => {
  const position = intParam(step, 'position')
  return splitInto(step, columns, 2, v => [
    v.slice(0, Math.max(0, v.length - position)),
    v.slice(Math.max(0, v.length - position))
  ])
}

const splitBetweenPositions: Compile = (step, columns) => {
  const start = intParam(step, 'startPosition')
  const end = intParam(step, 'endPosition')
  return splitInto(step, columns, 3, v => [v.slice(0, start), v.slice(start, end), v.slice(end)])
}

const splitBetweenDelimiter: Compile = (step, columns) => {
  const open = param(step, 'patternOption1')
  const close = param(step, 'patternOption2')
  return splitInto(step, columns, 3, v => {
    const a = v.indexOf(open)
    if (a < 0) return [v, null, null] as unknown as string[]
    const b = v.indexOf(close, a + open.length)
    if (b < 0) return [v.slice(0, a), v.slice(a + open.length), null] as unknown as string[]
    return [v.slice(0, a), v.slice(a + open.length, b), v.slice(b + close.length)]
  })
}

// ---------------------------------------------------------------- types and quality

const TYPES: Record<string, ColumnType> = {
  string: 'string',
  integer: 'integer',
  int: 'integer',
  long: 'integer',
  bigint: 'integer',
  double: 'double',
  float: 'double',
  decimal: 'double',
  boolean: 'boolean',
  date: 'date',
  timestamp: 'timestamp'
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** CHANGE_DATA_TYPE: values that cannot be converted become NULL (DataBrew's documented behaviour). */
const changeDataType: Compile = (step, columns) => {
  const from = param(step, 'sourceColumn')
  requireColumn(step, columns, from)
  const raw = param(step, 'columnDataType')
  const type = TYPES[raw.toLowerCase()]
  if (!type)
    throw new UnsupportedOperation(
      step,
      `CHANGE_DATA_TYPE to '${raw}' cannot run locally (supported: ${Object.keys(TYPES).join(', ')})`
    )
  const convert: (v: string) => string | null =
    type === 'integer'
      ? v =>
          /^\s*[+-]?\d+\s*$/.test(v)
            ? String(BigInt(v.trim()))
            : /^\s*[+-]?\d+\.0*\s*$/.test(v)
              ? String(BigInt(v.trim().split('.')[0]!))
              : null
      : type === 'double'
        ? v => (v.trim() !== '' && Number.isFinite(Number(v)) ? String(Number(v)) : null)
        : type === 'boolean'
          ? v =>
              /^(true|1|yes|y|t)$/i.test(v.trim())
                ? 'true'
                : /^(false|0|no|n|f)$/i.test(v.trim())
                  ? 'false'
                  : null
          : type === 'date'
            ? v => {
                const t = v.trim()
                if (DATE.test(t)) return Number.isNaN(Date.parse(t)) ? null : t
                const d = new Date(t)
                return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10)
              }
            : type === 'timestamp'
              ? v => {
                  const d = new Date(v.trim())
                  return Number.isNaN(d.getTime()) ? null : d.toISOString()
                }
              : v => v
  return {
    columns: columns.map(c => (c.name === from ? { ...c, type } : c)),
    apply: row => {
      const v = row[from]
      row[from] = missing(v) ? null : convert(v!)
      return row
    }
  }
}

const removeMissing: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  return { columns, apply: row => (cols.some(c => missing(row[c])) ? null : row) }
}

function fillWith(value: (step: RecipeStep) => string | null): Compile {
  return (step, columns) => {
    const cols = sourceColumns(step, columns)
    const v = value(step)
    return {
      columns,
      apply: row => {
        for (const c of cols) if (missing(row[c])) row[c] = v
        return row
      }
    }
  }
}

/** Aggregate fills need the statistic of the column as it is at this step: the engine runs a first pass for it. */
function fillWithStat(kind: 'average' | 'median' | 'mode' | 'sum'): Compile {
  return (step, columns) => {
    const [col] = sourceColumns(step, columns)
    let nums: number[] = []
    const counts = new Map<string, number>()
    let fill: string | null = null
    return {
      columns,
      stats: {
        column: col!,
        collect: v => {
          if (missing(v)) return
          if (kind === 'mode') counts.set(v!, (counts.get(v!) ?? 0) + 1)
          else {
            const n = Number(v)
            if (Number.isFinite(n)) nums.push(n)
          }
        },
        done: () => {
          if (kind === 'mode') {
            let best: [string, number] | undefined
            for (const e of counts) if (!best || e[1] > best[1]) best = e
            fill = best ? best[0] : null
          } else if (nums.length > 0) {
            if (kind === 'average') fill = String(nums.reduce((a, b) => a + b, 0) / nums.length)
            else if (kind === 'sum') fill = String(nums.reduce((a, b) => a + b, 0))
            else {
              const sorted = Float64Array.from(nums).sort()
              const m = sorted.length >> 1
              fill = String(sorted.length % 2 ? sorted[m] : (sorted[m - 1]! + sorted[m]!) / 2)
            }
          }
          nums = []
        }
      },
      apply: row => {
        if (missing(row[col!])) row[col!] = fill
        return row
      }
    }
  }
}

/** REMOVE_DUPLICATES keeps the first row of each value of the column (missing values are kept). */
const removeDuplicates: Compile = (step, columns) => {
  const [col] = sourceColumns(step, columns)
  const seen = new Set<string>()
  return {
    columns,
    apply: row => {
      const v = row[col!]
      if (missing(v)) return row
      if (seen.has(v!)) return null
      seen.add(v!)
      return row
    }
  }
}

/** DELETE_DUPLICATE_ROWS keeps the first of identical rows. Rows are remembered by a 128-bit digest, not by value. */
const deleteDuplicateRows: Compile = (_step, columns) => {
  const seen = new Set<string>()
  return {
    columns,
    apply: row => {
      const h = createHash('md5')
      for (const c of columns) {
        const v = row[c.name]
        h.update(v === null || v === undefined ? '\u0000N' : `\u0001${v}`)
        h.update('\u0002')
      }
      const key = h.digest('base64')
      if (seen.has(key)) return null
      seen.add(key)
      return row
    }
  }
}

// ---------------------------------------------------------------- PII

const DIGESTS: Record<string, { hmac: boolean; algorithm: string }> = {
  MD5: { hmac: false, algorithm: 'md5' },
  SHA1: { hmac: false, algorithm: 'sha1' },
  SHA256: { hmac: false, algorithm: 'sha256' },
  SHA512: { hmac: false, algorithm: 'sha512' },
  HMAC_MD5: { hmac: true, algorithm: 'md5' },
  HMAC_SHA1: { hmac: true, algorithm: 'sha1' },
  HMAC_SHA256: { hmac: true, algorithm: 'sha256' },
  HMAC_SHA512: { hmac: true, algorithm: 'sha512' }
}

const oneShot = (
  crypto as { hash?: (algorithm: string, data: Buffer | string, encoding: string) => string | Buffer }
).hash

function digestBase64(algorithm: string): (v: string) => string {
  if (oneShot) return v => oneShot(algorithm, v, 'base64') as string
  return v => createHash(algorithm).update(v, 'utf8').digest('base64')
}

/**
 * HMAC (RFC 2104) from two one-shot digests over preallocated buffers: about 25% faster per value than createHmac,
 * which sets up a keyed context for every call. Falls back to createHmac where crypto.hash is missing (Node < 20.12).
 */
function hmacBase64(algorithm: string, key: Buffer): (v: string) => string {
  if (!oneShot) return v => createHmac(algorithm, key).update(v, 'utf8').digest('base64')
  const blockSize = algorithm === 'sha512' ? 128 : 64
  const block = Buffer.alloc(blockSize)
  ;(key.length > blockSize ? createHash(algorithm).update(key).digest() : key).copy(block)
  const digestSize = createHash(algorithm).digest().length
  let inner = Buffer.alloc(blockSize + 1024)
  for (let i = 0; i < blockSize; i++) inner[i] = block[i]! ^ 0x36
  const outer = Buffer.alloc(blockSize + digestSize)
  for (let i = 0; i < blockSize; i++) outer[i] = block[i]! ^ 0x5c
  return v => {
    if (Buffer.byteLength(v) > inner.length - blockSize) {
      const grown = Buffer.alloc(blockSize + Buffer.byteLength(v) * 2)
      inner.copy(grown, 0, 0, blockSize)
      inner = grown
    }
    const n = inner.write(v, blockSize, 'utf8')
    ;(oneShot(algorithm, inner.subarray(0, blockSize + n), 'buffer') as Buffer).copy(outer, blockSize)
    return oneShot(algorithm, outer, 'base64') as string
  }
}

/**
 * CRYPTOGRAPHIC_HASH: Base64 of the raw digest (AWS's samples show 44-character outputs for SHA-256). Missing values
 * stay missing: hashing them would give every blank the same token, which would then "match" across partners.
 */
const cryptographicHash: Compile = (step, columns, options) => {
  const cols = sourceColumns(step, columns)
  const name = (step.parameters.algorithm ?? 'HMAC_SHA256').toUpperCase()
  const d = DIGESTS[name]
  if (!d)
    throw new StepError(
      step,
      `CRYPTOGRAPHIC_HASH algorithm '${name}' is not one of ${Object.keys(DIGESTS).join(', ')}`
    )
  if (d.hmac && !options.hashKey) {
    throw new StepError(
      step,
      `CRYPTOGRAPHIC_HASH ${name} needs the HMAC key: pass --hash-key-file (or CLEANROOMS_HASH_KEY)`
    )
  }
  const keyProblem = d.hmac ? hashKeyProblem(options.hashKey!, 'the hashKey option') : undefined
  if (keyProblem) throw new StepError(step, `CRYPTOGRAPHIC_HASH ${name}: ${keyProblem}`)
  const digest = d.hmac ? hmacBase64(d.algorithm, options.hashKey!) : digestBase64(d.algorithm)
  // A digest is text whatever the column held (an integer column hashed is a string column, as in DataBrew's output).
  const typed = columns.map(c => (cols.includes(c.name) ? { ...c, type: 'string' as const } : c))
  return inPlace(typed, cols, v => (v === '' ? v : digest(v)))
}

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

/** REMOVE_VALUES deletes the rows its conditions select (the console's "remove rows where …"). */
const removeValues: Compile = (step, columns) => {
  sourceColumns(step, columns)
  if (step.conditions.length === 0) {
    throw new UnsupportedOperation(
      step,
      'REMOVE_VALUES without ConditionExpressions cannot run locally: its effect is defined by the conditions'
    )
  }
  return { columns, apply: () => null } // the engine applies it only where the conditions hold
}

export const OPERATIONS: Record<string, Compile> = {
  LOWER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toLowerCase()),
  UPPER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toUpperCase()),
  CAPITAL_CASE: (s, c) => inPlace(c, sourceColumns(s, c), capitalCase),
  SENTENCE_CASE: (s, c) => inPlace(c, sourceColumns(s, c), sentenceCase),
  REMOVE_COMBINED: removeCombined,
  REPLACE_TEXT: replaceText,
  FORMAT_PHONE_NUMBER: formatPhone,
  DELETE: deleteColumns,
  RENAME: rename,
  DUPLICATE: duplicate,
  MERGE: merge,
  SPLIT_COLUMN_SINGLE_DELIMITER: splitSingle,
  SPLIT_COLUMN_MULTIPLE_DELIMITER: splitMultiple,
  SPLIT_COLUMN_FROM_START: splitFromStart,
  SPLIT_COLUMN_FROM_END: splitFromEnd,
  SPLIT_COLUMN_BETWEEN_POSITIONS: splitBetweenPositions,
  SPLIT_COLUMN_BETWEEN_DELIMITER: splitBetweenDelimiter,
  CHANGE_DATA_TYPE: changeDataType,
  REMOVE_MISSING: removeMissing,
  REMOVE_VALUES: removeValues,
  FILL_WITH_CUSTOM: fillWith(s => param(s, 'value')),
  FILL_WITH_EMPTY: fillWith(() => ''),
  FILL_WITH_NULL: fillWith(() => null),
  FILL_WITH_AVERAGE: fillWithStat('average'),
  FILL_WITH_MEDIAN: fillWithStat('median'),
  FILL_WITH_MODE: fillWithStat('mode'),
  FILL_WITH_MOST_FREQUENT: fillWithStat('mode'),
  FILL_WITH_SUM: fillWithStat('sum'),
  REMOVE_DUPLICATES: removeDuplicates,
  DELETE_DUPLICATE_ROWS: deleteDuplicateRows,
  CRYPTOGRAPHIC_HASH: cryptographicHash,
  MASK_CUSTOM: maskCustom,
  MASK_DATE: maskDate,
  MASK_DELIMITER: maskDelimiter,
  MASK_RANGE: maskRange,
  REPLACE_WITH_RANDOM_BETWEEN: replaceWithRandomBetween,
  ...MATH_OPERATIONS,
  ...DATE_OPERATIONS,
  ...PATTERN_OPERATIONS,
  ...MAPPING_OPERATIONS,
  ...ROW_OPERATIONS,
  ...SORT_OPERATIONS,
  ...EXTRACT_VALUE_OPERATIONS,
  ...GROUP_OPERATIONS,
  ...CASE_OPERATIONS,
  ...JOIN_OPERATIONS
}

export const SUPPORTED_OPERATIONS = Object.keys(OPERATIONS)
