/**
 * Google (Customer Match, enhanced conversions, Data Manager API): SHA-256, hex or Base64 (both accepted).
 *
 * Rules: https://developers.google.com/data-manager/api/devguides/concepts/formatting
 *  - email_address: lowercase; trim leading, trailing AND intermediate whitespace; for gmail.com and googlemail.com
 *    only, remove every '.' before the '@' and a '+' with everything after it (cloudy.sanfrancisco+shopping@gmail.com →
 *    cloudysanfrancisco@gmail.com); other domains keep dots and plus signs (user.name+NYC@Example.com →
 *    user.name+nyc@example.com). The domain is kept: googlemail.com is NOT rewritten to gmail.com.
 *  - phone_number: E.164, '+' and the country code, only digits after it ((800)555-0100 → +18005550100).
 *  - given_name / family_name: lowercase, trimmed, without prefixes such as Mrs. / suffixes such as Jr.
 *  - region_code: ISO 3166-1 alpha-2; postal_code: trimmed; neither is hashed. City and state (administrative area) are
 *    sent unhashed as well ("Don't hash: country, state, city, zip code",
 *    https://developers.google.com/google-ads/api/docs/conversions/enhance-conversions).
 * Details (which prefixes and suffixes, uppercase region codes, lowercase city/state) follow Google's own formatter and
 * its tests: https://github.com/googleads/data-manager-node util/src/formatter.ts, util/test/formatter.test.ts.
 * Where the two disagree: the formatter refuses an email with whitespace inside, the page says to remove it (this
 * profile removes it); the API reference describes names "without punctuation" while the formatter keeps it
 * (quinn-alex): the formatter, which comes with test vectors, is followed.
 */
import {
  fail,
  gmailLocal,
  lower,
  ok,
  readPhone,
  splitEmail,
  type Normalized,
  type NormalizeOptions,
  type Profile
} from './common.js'

const GMAIL = new Set(['gmail.com', 'googlemail.com'])

export function googleEmail(value: string): Normalized {
  const parts = splitEmail(lower(value).replace(/\s+/gu, ''))
  if ('reason' in parts) return fail(parts.reason)
  const local = GMAIL.has(parts.domain) ? gmailLocal(parts.local) : parts.local
  if (local === '') return fail('nothing left of the local part after removing dots and +tag')
  return ok(`${local}@${parts.domain}`)
}

export function googlePhone(value: string, options: NormalizeOptions): Normalized {
  const read = readPhone(value, options)
  return 'reason' in read ? fail(read.reason) : ok(read.phone.number)
}

/**
 * Google's page says given names come "without prefixes such as Mrs.": a prefix is removed with or without its dot
 * (Mr. John and Dr Jane alike). Google's formatter removes it only when the dot is written (its test data has no
 * dotless prefix), which would hash "Dr Jane" as "dr jane"; the page's rule, applied consistently, is followed.
 */
const PREFIX = /^(?:mr|mrs|ms|dr)(?:\.\s*|\s+|\.?$)/u
const SUFFIX_WORD = /^(?:jr\.?|sr\.?|2nd|3rd|ii|iii|iv|v|vi|cpa|dc|dds|vm|jd|md|phd)$/u
const SPACE = /\s/u

/**
 * Where `name.slice(0, end)` keeps after removing one trailing suffix and its separator (", " or whitespace), or -1.
 * Same result as matching /(?:,\s*|\s+)(?:jr\.?|…)\s?$/ (Google's formatter), found by walking back from the end:
 * that regex, tried at every start, is quadratic in a whitespace run (400k spaces took 52 s); this is linear.
 */
function suffixStart(name: string, end: number): number {
  let e = end
  if (e > 0 && SPACE.test(name[e - 1]!)) e--
  let w = e
  while (w > 0 && name[w - 1] !== ',' && !SPACE.test(name[w - 1]!)) w--
  if (w === e || !SUFFIX_WORD.test(name.slice(w, e))) return -1
  let k = w
  while (k > 0 && SPACE.test(name[k - 1]!)) k--
  if (k > 0 && name[k - 1] === ',') return k - 1
  return k < w ? k : -1
}

export function googleGivenName(value: string): Normalized {
  const name = lower(value).trim()
  if (name === '') return fail('empty')
  const rest = name.replace(PREFIX, '').trim()
  return rest === '' ? fail('the name is only a prefix') : ok(rest)
}

export function googleFamilyName(value: string): Normalized {
  let name = lower(value).trim()
  if (name === '') return fail('empty')
  let end = name.length
  for (let start = suffixStart(name, end); start >= 0; start = suffixStart(name, end)) end = start
  name = name.slice(0, end)
  return name === '' ? fail('the name is only a suffix') : ok(name)
}

export function googleRegionCode(value: string): Normalized {
  const code = value.trim().toUpperCase()
  return /^[A-Z]{2}$/.test(code)
    ? ok(code)
    : fail(`'${value.trim()}' is not a 2-letter ISO 3166-1 region code`)
}

export function googleTrimmed(value: string): Normalized {
  return ok(value.normalize('NFC').trim())
}

export function googleLowerTrimmed(value: string): Normalized {
  return ok(lower(value).trim())
}

const sha256 = ['sha256'] as const

export const google: Profile = {
  name: 'google',
  title: 'Google Customer Match / enhanced conversions / Data Manager API',
  encoding: 'hex',
  sources: [
    'https://developers.google.com/data-manager/api/devguides/concepts/formatting',
    'https://developers.google.com/google-ads/api/docs/conversions/enhance-conversions',
    'https://github.com/googleads/data-manager-node/blob/main/util/test/formatter.test.ts'
  ],
  kinds: {
    email: {
      normalize: googleEmail,
      hashes: sha256,
      rule: 'lowercase, no whitespace; gmail.com/googlemail.com: remove dots and +tag'
    },
    phone: { normalize: googlePhone, hashes: sha256, rule: 'E.164 with + (+18005550100)' },
    first_name: {
      normalize: googleGivenName,
      hashes: sha256,
      rule: 'lowercase, trimmed, no Mr/Mrs/Ms/Dr prefix (dot or not)'
    },
    last_name: {
      normalize: googleFamilyName,
      hashes: sha256,
      rule: 'lowercase, trimmed, no Jr./Sr./II/… suffix'
    },
    city: { normalize: googleLowerTrimmed, hashes: [], rule: 'lowercase, trimmed; sent unhashed' },
    state: { normalize: googleLowerTrimmed, hashes: [], rule: 'lowercase, trimmed; sent unhashed' },
    postal_code: { normalize: googleTrimmed, hashes: [], rule: 'trimmed; sent unhashed' },
    country: { normalize: googleRegionCode, hashes: [], rule: 'ISO 3166-1 alpha-2, uppercase; sent unhashed' }
  }
}
