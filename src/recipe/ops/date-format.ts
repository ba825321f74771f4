/**
 * Date and time text: parsing the values a column holds and printing them in a format a recipe names.
 *
 * Formats come in two spellings, both seen in DataBrew recipes:
 * - Java DateTimeFormatter patterns (yyyy-MM-dd, MM/dd/yyyy HH:mm:ss, dd MMM yyyy, EEEE …), which the DataBrew
 *   runtime (Spark) uses;
 * - the console's labels, as on the DATE_FORMAT/DATE pages (`yyyy-mm-dd HH:MM:SS`, `mm/dd/yy`, `HH:MM:SS`,
 *   `month*dd*yyyy`): lowercase `mm` is the month, `MM` the minutes, `SS` the seconds, `month` the month's name.
 *   A format is read this way when it says `month`, has `SS` but no `ss`, or has `mm` (not after a colon) with date parts
 *   and no `MM` outside `HH:MM`. `*` and other punctuation are printed as written (assumption: the pages
 *   do not say what `*` prints).
 * Letters outside the supported subset (G, u, Q, w, D, z, X …) are refused with the format named.
 */
export interface DateParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
  millisecond: number
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export class DateFormatError extends Error {}

type Token = { letter: string; width: number } | { literal: string }

/** Console labels → Java letters (see the header). */
function fromConsoleLabel(format: string): string {
  const java: Record<string, string> = { month: 'MMMM', mm: 'MM', MM: 'mm', SS: 'ss' }
  return format.replace(/month|mm|MM|SS/g, label => java[label]!)
}

function isConsoleLabel(format: string): boolean {
  if (format.includes('month')) return true
  if (format.includes('SS') && !format.includes('ss')) return true
  // `mm` as a month: next to date parts, not after a colon, and no `MM` month elsewhere.
  return /(^|[^:])mm/.test(format) && /(yy|dd)/.test(format) && !format.replace(/HH:MM/g, '').includes('MM')
}

const SUPPORTED = new Set(['y', 'M', 'd', 'H', 'h', 'm', 's', 'S', 'a', 'E'])

/** Splits a Java pattern into tokens; throws naming the first letter this engine cannot print or parse. */
export function compileFormat(format: string): Token[] {
  const java = isConsoleLabel(format) ? fromConsoleLabel(format) : format
  const tokens: Token[] = []
  for (let i = 0; i < java.length;) {
    const ch = java[i]!
    if (ch === "'") {
      const end = java.indexOf("'", i + 1)
      if (end < 0) throw new DateFormatError(`unterminated quote in date format '${format}'`)
      tokens.push({ literal: end === i + 1 ? "'" : java.slice(i + 1, end) })
      i = end + 1
    } else if (/[A-Za-z]/.test(ch)) {
      if (!SUPPORTED.has(ch))
        throw new DateFormatError(
          `date format '${format}' uses '${ch}', which the local engine does not support (supported: y M d H h m s S a E and quoted text)`
        )
      let j = i
      while (java[j] === ch) j++
      tokens.push({ letter: ch, width: j - i })
      i = j
    } else {
      tokens.push({ literal: ch })
      i++
    }
  }
  return tokens
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** Day of the week, 0 = Sunday. */
export function weekDayIndex(p: DateParts): number {
  return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()
}

export function printDate(tokens: Token[], p: DateParts): string {
  let out = ''
  for (const t of tokens) {
    if ('literal' in t) {
      out += t.literal
      continue
    }
    const w = t.width
    switch (t.letter) {
      case 'y':
        out += w === 2 ? pad(p.year % 100, 2) : pad(p.year, w)
        break
      case 'M':
        out += w >= 4 ? MONTHS[p.month - 1] : w === 3 ? MONTHS[p.month - 1]!.slice(0, 3) : pad(p.month, w)
        break
      case 'd':
        out += pad(p.day, w)
        break
      case 'H':
        out += pad(p.hour, w)
        break
      case 'h':
        out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, w)
        break
      case 'm':
        out += pad(p.minute, w)
        break
      case 's':
        out += pad(p.second, w)
        break
      case 'S':
        out += pad(p.millisecond, 3).padEnd(w, '0').slice(0, w)
        break
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM'
        break
      case 'E': {
        const name = DAYS[weekDayIndex(p)]!
        out += w >= 4 ? name : name.slice(0, 3)
        break
      }
    }
  }
  return out
}

function valid(p: DateParts): DateParts | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59)
    return undefined
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day))
  return d.getUTCDate() === p.day && d.getUTCMonth() === p.month - 1 ? p : undefined
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A parser for values written in `tokens`' format; undefined for a value that does not match. */
export function formatParser(tokens: Token[]): (v: string) => DateParts | undefined {
  const fields: string[] = []
  let source = '^'
  for (const t of tokens) {
    if ('literal' in t) {
      source += escape(t.literal)
      continue
    }
    fields.push(t.letter + (t.letter === 'M' && t.width >= 3 ? 'name' : ''))
    source +=
      t.letter === 'M' && t.width >= 3
        ? '([A-Za-z]+)'
        : t.letter === 'E'
          ? '([A-Za-z]+)'
          : t.letter === 'a'
            ? '(AM|PM|am|pm)'
            : t.width >= 2 && t.letter !== 'y' && t.letter !== 'S'
              ? `(\\d{${t.width}})`
              : '(\\d+)'
  }
  const re = new RegExp(`${source}$`)
  return v => {
    const m = re.exec(v.trim())
    if (!m) return undefined
    const p: DateParts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 }
    let pm: boolean | undefined
    fields.forEach((f, i) => {
      const text = m[i + 1]!
      const n = Number(text)
      if (f === 'y') p.year = text.length === 2 ? 2000 + n : n
      else if (f === 'M') p.month = n
      else if (f === 'Mname')
        p.month = MONTHS.findIndex(x => x.toLowerCase().startsWith(text.toLowerCase())) + 1
      else if (f === 'd') p.day = n
      else if (f === 'H' || f === 'h') p.hour = n
      else if (f === 'm') p.minute = n
      else if (f === 's') p.second = n
      else if (f === 'S') p.millisecond = Number(text.padEnd(3, '0').slice(0, 3))
      else if (f === 'a') pm = text.toUpperCase() === 'PM'
    })
    if (pm !== undefined) p.hour = (p.hour % 12) + (pm ? 12 : 0)
    return valid(p)
  }
}

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/
const US = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/

/**
 * A value in one of the forms DataBrew reads without a format: ISO dates and timestamps (`2020-01-15`,
 * `2020-01-15T10:30:00Z`, `2020-01-15 10:30:00.123`, `2020/01/15`) and US month-first dates (`01/15/2020`,
 * `1-15-2020 10:30`). A timestamp with an offset is converted to UTC (DataBrew jobs run in UTC).
 */
export function parseDate(v: string): DateParts | undefined {
  const t = v.trim()
  const iso = ISO.exec(t)
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso
    const p = valid({
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
      millisecond: frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0
    })
    if (!p || !zone || zone === 'Z') return p
    const sign = zone[0] === '-' ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)))
    const utc = new Date(
      Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - offset * 60_000
    )
    return fromDate(utc)
  }
  const us = US.exec(t)
  if (us) {
    const [, mo, , d, y, h, mi, s] = us
    return valid({
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h ?? 0),
      minute: Number(mi ?? 0),
      second: Number(s ?? 0),
      millisecond: 0
    })
  }
  return undefined
}

export function fromDate(d: Date): DateParts {
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds()
  }
}

/** ISO-8601 week of the year (1–53), as Spark's weekofyear. */
export function isoWeek(p: DateParts): number {
  const d = new Date(Date.UTC(p.year, p.month - 1, p.day))
  const day = d.getUTCDay() || 7
  d.setUTCDate(d.getUTCDate() + 4 - day)
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1)
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7)
}

export const monthName = (p: DateParts) => MONTHS[p.month - 1]!
