/**
 * Mathematical functions (DataBrew "Mathematical functions" pages, recipe-actions.functions.<NAME>.html). Each
 * writes a new column `targetColumn` after its (first) source column.
 *
 * Assumptions, where the pages are silent:
 * - an operand that is missing or not a number gives a missing result (no error: one bad cell must not stop a job);
 * - results are written as DataBrew's Spark runtime prints them: whole-number results of ADD/SUBTRACT/MULTIPLY/
 *   MOD/NEGATE/ABSOLUTE on whole-number inputs stay integers ("4"); everything else is a double printed like Java's
 *   Double.toString ("85.0", "0.5", "1.0E7");
 * - ROUND rounds halves away from zero (2.5 → 3, -2.5 → -3): the page says "rounds up when the fraction is 0.5 or
 *   more", and DataBrew runs on Spark, whose round is HALF_UP (away from zero); CEILING/FLOOR/ROUND give integers.
 */
import type { Row } from '../../formats/table.js'
import type { RecipeStep } from '../model.js'
import { newColumn, operand, StepError, type Compile } from './common.js'

const INTEGER = /^\s*[+-]?\d+\s*$/

function toNumber(v: string | null): number | undefined {
  if (v === null || v.trim() === '') return undefined
  const n = Number(v)
  return Number.isFinite(n) ? n : undefined
}

/** Java's Double.toString for finite values: "85.0", "0.001", "1.0E-4", "1.2345678E7". */
export function javaDouble(x: number): string {
  if (Number.isNaN(x)) return 'NaN'
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity'
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0'
  const abs = Math.abs(x)
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(x)
    return s.includes('.') ? s : `${s}.0`
  }
  const [mantissa, exponent] = x.toExponential().split('e') as [string, string]
  return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`
}

const integerText = (v: string | null) => v !== null && INTEGER.test(v)

function writeNumber(x: number, asInteger: boolean): string | null {
  if (Number.isNaN(x)) return null
  return asInteger && Number.isSafeInteger(x) ? String(x) : javaDouble(x)
}

type Unary = { f: (x: number) => number; integer?: 'always' | 'when-input-is' }

/** One-column functions: `sourceColumn` → `targetColumn`. */
function unary({ f, integer }: Unary): Compile {
  return (step, columns) => {
    const input = operand(step, columns, 'sourceColumn', 'value')
    const out = newColumn(step, columns, input.column, integer === 'always' ? 'integer' : 'double')
    return {
      columns: out.columns,
      apply: row => {
        const raw = input.read(row)
        const x = toNumber(raw)
        row[out.name] =
          x === undefined
            ? null
            : writeNumber(f(x), integer === 'always' || (integer === 'when-input-is' && integerText(raw)))
        return row
      }
    }
  }
}

type Binary = { f: (a: number, b: number) => number; integer: boolean }

/** Two operands, each a column (`sourceColumn1`/`sourceColumn2`) or a literal (`value1`/`value2`). */
function binary({ f, integer }: Binary): Compile {
  return (step, columns) => {
    const a = operand(step, columns, 'sourceColumn1', 'value1')
    const b = operand(step, columns, 'sourceColumn2', 'value2')
    const out = newColumn(step, columns, a.column ?? b.column, 'double')
    return {
      columns: out.columns,
      apply: (row: Row) => {
        const ra = a.read(row)
        const rb = b.read(row)
        const x = toNumber(ra)
        const y = toNumber(rb)
        row[out.name] =
          x === undefined || y === undefined
            ? null
            : writeNumber(f(x, y), integer && integerText(ra) && integerText(rb))
        return row
      }
    }
  }
}

function numberParam(step: RecipeStep, name: string, fallback?: number): number {
  const raw = step.parameters[name]
  if (raw === undefined) {
    if (fallback !== undefined) return fallback
    throw new StepError(step, `${step.operation} needs parameter ${name}`)
  }
  const n = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(n))
    throw new StepError(step, `${step.operation} parameter ${name} must be a number, got '${raw}'`)
  return n
}

/** IS_EVEN / IS_ODD: "true"/"false" unless trueString/falseString say otherwise; non-integers give missing. */
function parity(wantEven: boolean): Compile {
  return (step, columns) => {
    const input = operand(step, columns, 'sourceColumn', 'value')
    const out = newColumn(step, columns, input.column, 'string')
    const yes = step.parameters.trueString ?? 'true'
    const no = step.parameters.falseString ?? 'false'
    return {
      columns: out.columns,
      apply: row => {
        const raw = input.read(row)
        const x = toNumber(raw)
        row[out.name] =
          x === undefined || !Number.isInteger(x) ? null : (Math.abs(x) % 2 === 0) === wantEven ? yes : no
        return row
      }
    }
  }
}

/** POWER: `exponent` is required (catalog); LOG: `base` defaults to 10 (the page's "LOG … base 10" default). */
const power: Compile = (step, columns, options) => {
  const e = numberParam(step, 'exponent')
  return unary({ f: x => Math.pow(x, e) })(step, columns, options)
}

const log: Compile = (step, columns, options) => {
  const base = numberParam(step, 'base', 10)
  if (base <= 0 || base === 1)
    throw new StepError(step, `LOG parameter base must be positive and not 1, got ${base}`)
  return unary({ f: x => (x <= 0 ? NaN : Math.log(x) / Math.log(base)) })(step, columns, options)
}

/** PI: a new column holding π in every row. */
const pi: Compile = (step, columns) => {
  const out = newColumn(step, columns, undefined, 'double')
  const value = javaDouble(Math.PI)
  return {
    columns: out.columns,
    apply: row => {
      row[out.name] = value
      return row
    }
  }
}

export const MATH_OPERATIONS: Record<string, Compile> = {
  ADD: binary({ f: (a, b) => a + b, integer: true }),
  SUBTRACT: binary({ f: (a, b) => a - b, integer: true }),
  MULTIPLY: binary({ f: (a, b) => a * b, integer: true }),
  // Division by zero gives a missing value (Spark SQL's `/` returns NULL for a zero divisor).
  DIVIDE: binary({ f: (a, b) => (b === 0 ? NaN : a / b), integer: false }),
  MOD: binary({ f: (a, b) => (b === 0 ? NaN : a % b), integer: true }),
  ABSOLUTE: unary({ f: Math.abs, integer: 'when-input-is' }),
  NEGATE: unary({ f: x => -x, integer: 'when-input-is' }),
  CEILING: unary({ f: Math.ceil, integer: 'always' }),
  FLOOR: unary({ f: Math.floor, integer: 'always' }),
  ROUND: unary({ f: x => Math.sign(x) * Math.round(Math.abs(x)), integer: 'always' }),
  SIGN: unary({ f: Math.sign, integer: 'always' }),
  SQUARE_ROOT: unary({ f: x => (x < 0 ? NaN : Math.sqrt(x)) }),
  EXPONENT: unary({ f: Math.exp }),
  LN: unary({ f: x => (x <= 0 ? NaN : Math.log(x)) }),
  DEGREES: unary({ f: x => (x * 180) / Math.PI }),
  RADIANS: unary({ f: x => (x * Math.PI) / 180 }),
  POWER: power,
  LOG: log,
  PI: pi,
  IS_EVEN: parity(true),
  IS_ODD: parity(false)
}
