/**
 * Meta (Conversions API / Custom Audiences): every customer-information field is SHA-256, lowercase hex.
 *
 * Rules: https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters
 *  - em: trim leading and trailing spaces, lowercase. No gmail rule.
 *  - ph: remove symbols, letters and leading zeros; must include the country code ("the number 1 must precede a phone
 *    number in the United States"): E.164 digits without '+'. Letters are removed, not read as keypad digits (metaPhone).
 *  - fn / ln: "Lowercase only with no punctuation. If using special characters, the text must be encoded in UTF-8":
 *    accents and non-Latin letters are kept (the page's own examples: Valéry → valéry, 정 → 정), NFC so a decomposed é
 *    hashes like a composed one. Whitespace is removed as Meta's own parameter builder does ("John Smith" → johnsmith,
 *    https://github.com/facebook/capi-param-builder php/capi-param-builder/tests/PIIUtilsTest.php).
 *  - ge: "an initial in lowercase": f or m.
 *  - db: YYYYMMDD, year 1900 to the current year.
 *  - ct: lowercase, no punctuation, no special characters, no spaces (newyork); no digits (Meta's SDK test).
 *  - st: the 2-character ANSI code in lowercase for US states; other states lowercase without punctuation, special
 *    characters or spaces.
 *  - zp: lowercase, no spaces, cut at the first dash (Meta's SDK); US ZIP codes: first 5 digits only (UK: m11ae).
 *  - country: ISO 3166-1 alpha-2, lowercase.
 * Unclear on the page (choices made here): for ct and st "no special characters" sits next to "if using special
 * characters, encode in UTF-8"; this profile keeps letters and digits of any script and drops everything else (Meta's
 * parameter builder drops every non-ASCII letter there, so Zürich would become zrich). Which characters count as
 * punctuation is not listed; Unicode punctuation plus the ASCII symbols Meta's builder strips ($+<=>^`|~) are removed.
 */
import { COUNTRY_CODES, COUNTRY_NAMES, STATES } from './tables.js'
import {
  fail,
  lower,
  ok,
  readPhone,
  splitEmail,
  stripAccents,
  type Normalized,
  type NormalizeOptions,
  type Profile
} from './common.js'

export function metaEmail(value: string): Normalized {
  const email = lower(value).trim()
  const parts = splitEmail(email)
  return 'reason' in parts ? fail(parts.reason) : ok(email)
}

/** An extension at the end ("ext. 12", "x12", "#12"): not part of the number (libphonenumber drops it too). */
const EXTENSION = /\s*(?:ext(?:ension)?\.?|x|#)\s*\d+\s*$/iu

/**
 * The page: "Remove symbols, letters, and any leading zeros". Letters are dropped, never read as keypad digits, so
 * `650A555B1212` and `ph 0044 20 7946 0958` keep their digits, while a vanity number (1-800-FLOWERS) keeps too few and
 * is refused with that reason. Choice where the page is silent: a trailing extension is dropped first, since removing
 * only its letters would glue its digits onto the number (Meta's SDK does: 650-555-1212 x12 → 650555121212).
 */
export function metaPhone(value: string, options: NormalizeOptions): Normalized {
  const number = value.replace(EXTENSION, '')
  const letters = /\p{L}/u.test(number)
  const read = readPhone(letters ? number.replace(/\p{L}/gu, ' ') : number, options)
  if ('reason' in read)
    return fail(
      letters
        ? `${read.reason}; Meta removes the letters of a phone number, so a number spelled with letters (1-800-FLOWERS) must be written in digits`
        : read.reason
    )
  return ok(read.phone.number.slice(1))
}

export function metaName(value: string): Normalized {
  return ok(lower(value).replace(/[\p{P}$+<=>^`|~\s]/gu, ''))
}

/** Letters, marks and digits of any script, lowercase; everything else (spaces, punctuation, symbols) removed. */
function squash(value: string): string {
  return lower(value).replace(/[^\p{L}\p{M}\p{N}]/gu, '')
}

/**
 * Letters only: Meta's SDK removes digits with the punctuation and spaces (its test: Seattle-98121 → seattle,
 * facebook/facebook-php-business-sdk test/FacebookAdsTest/Object/ServerSide/ServerSideNormalizeTest.php).
 */
export function metaCity(value: string): Normalized {
  return ok(lower(value).replace(/[^\p{L}\p{M}]/gu, ''))
}

export function metaState(value: string): Normalized {
  const s = squash(value)
  return ok(STATES[s] ?? s)
}

/**
 * As Meta's SDK (Normalizer::normalizeZipCode and its tests): lowercase, spaces removed, only the part before the first
 * '-' kept (98121-4892 → 98121, 98-121-4892 → 98, NR9 5AL → nr95al); then a 9-digit US ZIP+4 written without the dash
 * keeps its first 5 digits (the page: "US zip codes, use only the first 5 digits").
 */
export function metaPostalCode(value: string): Normalized {
  const z = lower(value).replace(/\s/gu, '').split('-')[0]!
  return ok(/^\d{9}$/.test(z) ? z.slice(0, 5) : z)
}

export function metaCountry(value: string): Normalized {
  const c = stripAccents(value.toLowerCase()).replace(/[^a-z]/g, '')
  if (c.length === 2)
    return COUNTRY_CODES.has(c) ? ok(c) : fail(`'${value.trim()}' is not an ISO 3166-1 country code`)
  const code = COUNTRY_NAMES[c]
  return code ? ok(code) : fail(`unknown country '${value.trim()}' (give its ISO 3166-1 alpha-2 code)`)
}

export function metaGender(value: string): Normalized {
  const g = lower(value).trim()
  if (g === 'f' || g === 'female' || g === 'woman') return ok('f')
  if (g === 'm' || g === 'male' || g === 'man') return ok('m')
  return g === '' ? fail('empty') : fail(`gender '${value.trim()}' is not f or m`)
}

/**
 * YYYYMMDD from the orders Meta's parameter builder accepts (DOBUtils.php): a year of four digits first (1997-02-16,
 * 1997/2/16) or last, month before day unless the first number is over 12 (2/16/1997 and 16/2/1997 both → 19970216;
 * 05/07/1990 is read as May 7), or 8 digits already in YYYYMMDD order. The date must exist and its year be in
 * 1900..this year (the page's range). Day-first dates with a day ≤ 12 cannot be told apart: normalize them upstream.
 */
export function metaDateOfBirth(value: string): Normalized {
  const groups = value
    .trim()
    .split(/\D+/)
    .filter(g => g !== '')
  let y: number, m: number, d: number
  if (groups.length === 1 && groups[0]!.length === 8) {
    const g = groups[0]!
    ;[y, m, d] = [Number(g.slice(0, 4)), Number(g.slice(4, 6)), Number(g.slice(6, 8))]
  } else if (groups.length === 3) {
    const [a, b, c] = groups.map(Number) as [number, number, number]
    if (groups[0]!.length === 4) [y, m, d] = b > 12 ? [a, c, b] : [a, b, c]
    else if (groups[2]!.length === 4) [y, m, d] = a > 12 ? [c, b, a] : [c, a, b]
    else return fail('not a date of birth with a 4-digit year (use YYYY-MM-DD)')
  } else return fail('not a date of birth (use YYYY-MM-DD)')
  const thisYear = new Date().getUTCFullYear()
  if (y < 1900 || y > thisYear) return fail(`year ${y} is outside 1900..${thisYear}`)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return fail('not a calendar date')
  return ok(`${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`)
}

const sha256 = ['sha256'] as const

export const meta: Profile = {
  name: 'meta',
  title: 'Meta Conversions API / Custom Audiences',
  encoding: 'hex',
  sources: [
    'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters',
    'https://github.com/facebook/capi-param-builder',
    'https://github.com/facebook/facebook-php-business-sdk/blob/main/src/FacebookAds/Object/ServerSide/Normalizer.php'
  ],
  kinds: {
    email: { normalize: metaEmail, hashes: sha256, rule: 'trim, lowercase (no gmail rule)' },
    phone: { normalize: metaPhone, hashes: sha256, rule: 'digits with country code, no + (16505551212)' },
    first_name: {
      normalize: metaName,
      hashes: sha256,
      rule: 'lowercase, no punctuation or spaces, UTF-8 kept'
    },
    last_name: {
      normalize: metaName,
      hashes: sha256,
      rule: 'lowercase, no punctuation or spaces, UTF-8 kept'
    },
    gender: { normalize: metaGender, hashes: sha256, rule: 'f or m' },
    date_of_birth: { normalize: metaDateOfBirth, hashes: sha256, rule: 'YYYYMMDD' },
    city: { normalize: metaCity, hashes: sha256, rule: 'lowercase, letters only (newyork)' },
    state: {
      normalize: metaState,
      hashes: sha256,
      rule: 'US/CA: 2-letter code; else lowercase letters/digits'
    },
    postal_code: {
      normalize: metaPostalCode,
      hashes: sha256,
      rule: 'lowercase, no spaces, cut at the first dash; US: 5 digits'
    },
    country: { normalize: metaCountry, hashes: sha256, rule: 'ISO 3166-1 alpha-2, lowercase (names mapped)' }
  }
}
