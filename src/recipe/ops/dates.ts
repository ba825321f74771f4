/**
 * Date and time functions (DataBrew "Date and time functions" pages): DATE_FORMAT, the date parts (YEAR, MONTH,
 * MONTH_NAME, DAY, HOUR, MINUTE, SECOND, MILLISECOND, QUARTER, WEEK_DAY, WEEK_NUMBER), TODAY and NOW. Each writes a
 * new column `targetColumn` after its source column; a value that is not a date gives a missing result.
 *
 * Assumptions, where the pages are silent:
 * - `dateTimeFormat` on a date-part step (the console writes it on YEAR …) is the format the source values are
 *   written in; without it the values are read as parseDate() describes;
 * - WEEK_DAY is the day's number, 1 = Sunday … 7 = Saturday (Spark's dayofweek, also Clean Rooms' DAYOFWEEK);
 * - WEEK_NUMBER is the ISO-8601 week (Spark's weekofyear), so 1–53 where the page says "1 to 52";
 * - TODAY/NOW use `timeZone` (an IANA name) or UTC, and print yyyy-MM-dd / yyyy-MM-dd HH:mm:ss.
 */
import type { ColumnType } from '../../formats/table.js'
import type { RecipeStep } from '../model.js'
import { inPlace, newColumn, operand, param, sourceColumns, StepError, type Compile } from './common.js'
import {
  compileFormat,
  DateFormatError,
  formatParser,
  fromDate,
  isoWeek,
  monthName,
  parseDate,
  printDate,
  weekDayIndex,
  type DateParts
} from './date-format.js'

/** DATE_FORMAT's default, as its page gives it: "yyyy-mm-dd HH:MM:SS". */
const DEFAULT_OUTPUT = 'yyyy-mm-dd HH:MM:SS'

function tokens(step: RecipeStep, format: string) {
  try {
    return compileFormat(format)
  } catch (err) {
    if (err instanceof DateFormatError) throw new StepError(step, `${step.operation}: ${err.message}`)
    throw err
  }
}

/** A function of one date operand (`sourceColumn` or `value`) into a new column. */
function fromDateValue(
  type: ColumnType,
  compute: (step: RecipeStep) => (p: DateParts) => string,
  inputFormatParam?: string
): Compile {
  return (step, columns) => {
    const input = operand(step, columns, 'sourceColumn', 'value')
    const f = compute(step)
    const inputFormat = inputFormatParam ? step.parameters[inputFormatParam] : undefined
    const parse = inputFormat ? formatParser(tokens(step, inputFormat)) : parseDate
    const out = newColumn(step, columns, input.column, type)
    return {
      columns: out.columns,
      apply: row => {
        const v = input.read(row)
        const p = v === null || v === '' ? undefined : (parse(v) ?? (inputFormat ? parseDate(v) : undefined))
        row[out.name] = p ? f(p) : null
        return row
      }
    }
  }
}

const part = (get: (p: DateParts) => number) =>
  fromDateValue('integer', () => p => String(get(p)), 'dateTimeFormat')

const dateFormat: Compile = fromDateValue('string', step => {
  const t = tokens(step, step.parameters.dateTimeFormat ?? DEFAULT_OUTPUT)
  return p => printDate(t, p)
})

/** The date and time now in `timeZone` (default UTC), as wall-clock parts. */
function nowIn(step: RecipeStep, clock: () => Date): () => DateParts {
  const zone = step.parameters.timeZone
  if (zone === undefined || zone === '' || zone.toUpperCase() === 'UTC') return () => fromDate(clock())
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
  } catch {
    throw new StepError(
      step,
      `${step.operation} timeZone '${zone}' is not a time zone name (e.g. America/New_York)`
    )
  }
  return () => {
    const parts = Object.fromEntries(format.formatToParts(clock()).map(x => [x.type, x.value]))
    return {
      year: Number(parts.year),
      month: Number(parts.month),
      day: Number(parts.day),
      hour: Number(parts.hour),
      minute: Number(parts.minute),
      second: Number(parts.second),
      millisecond: 0
    }
  }
}

/** TODAY/NOW: the same value in every row, taken once when the step is compiled (one job = one "now"). */
function clockColumn(pattern: string, type: ColumnType): Compile {
  return (step, columns, options) => {
    const now = nowIn(step, options.now ?? (() => new Date()))()
    const value = printDate(compileFormat(pattern), now)
    const out = newColumn(step, columns, undefined, type)
    return {
      columns: out.columns,
      apply: row => {
        row[out.name] = value
        return row
      }
    }
  }
}

/**
 * FORMAT_DATE (recipe-actions.FORMAT_DATE.html): the column's dates rewritten in place in `targetDateFormat`, one of
 * the page's console labels (mm/dd/yyyy, mm-dd-yyyy, dd month yyyy, month yyyy, dd month) or the Java pattern the
 * console exports (`MM-dd-yyyy`, recipes-in-the-wild/clean-customer-recipe.json). Assumption (the page is silent): a
 * value that is not a date stays as it is, as FORMAT_PHONE_NUMBER leaves what it cannot format.
 */
const formatDate: Compile = (step, columns) => {
  const t = tokens(step, param(step, 'targetDateFormat'))
  return inPlace(columns, sourceColumns(step, columns), v => {
    const p = parseDate(v)
    return p ? printDate(t, p) : v
  })
}

export const DATE_OPERATIONS: Record<string, Compile> = {
  DATE_FORMAT: dateFormat,
  FORMAT_DATE: formatDate,
  YEAR: part(p => p.year),
  MONTH: part(p => p.month),
  DAY: part(p => p.day),
  HOUR: part(p => p.hour),
  MINUTE: part(p => p.minute),
  SECOND: part(p => p.second),
  MILLISECOND: part(p => p.millisecond),
  QUARTER: part(p => Math.ceil(p.month / 3)),
  WEEK_DAY: part(p => weekDayIndex(p) + 1),
  WEEK_NUMBER: part(isoWeek),
  MONTH_NAME: fromDateValue('string', () => monthName, 'dateTimeFormat'),
  TODAY: clockColumn('yyyy-MM-dd', 'date'),
  NOW: clockColumn('yyyy-MM-dd HH:mm:ss', 'timestamp')
}
