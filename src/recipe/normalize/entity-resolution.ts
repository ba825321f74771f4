/**
 * AWS Entity Resolution. The managed service's "Normalize data" option is not specified character by character in its
 * user guide; AWS publishes its rules as the normalization library of "Guidance for Customizing Normalization Library
 * for AWS Entity Resolution", which this profile follows step for step:
 * https://github.com/aws-solutions-library-samples/guidance-for-customizing-normalization-library-for-aws-entity-resolution
 * (src/main/resources/normalizeRules.json, src/main/java/com/amazon/util/Operations.java; vectors from
 * src/main/java/com/amazon/test/NormalizerTest.java).
 *  - name, first/last name: trim, lowercase, accents converted (å → aa, then NFD), keep a–z only.
 *  - email: trim, lowercase, accents converted, the part between '<' and '>' if any, whitespace removed, "(at)" → '@',
 *    then only [A-Za-z0-9_.@-] kept (so '+' goes: jane+news@x.com → janenews@x.com). No gmail rule.
 *  - phone: digits with the country code, no '+', no leading zeros (US: 1 + 10 digits).
 *  - city: trim, lowercase, accents converted, keep a–z and 0–9.
 *  - state: trim, lowercase, ß ä ö ü ø æ spelt out (ss ae oe ue o ae), accents converted, a–z 0–9 only, then state names
 *    mapped to codes (US, Canada, Germany, France, Italy, Spain).
 *  - postal_code: trim, lowercase, everything from the first '-' dropped, a–z 0–9 only.
 *  - country: trim, lowercase, accents converted, a–z 0–9 only, 21 country names mapped to codes; other names stay.
 * Deliberate differences from the library (its behaviour there is order-dependent or loses the country code):
 *  - the state map is applied to the whole value (the library replaces substrings in map order, so "westvirginia"
 *    can become "westva");
 *  - phones are parsed with libphonenumber-js (region for numbers without +country) and written as E.164 digits. The
 *    library strips non-digits first and then parses as US, so "+44 20 7946 0958" with country US would become
 *    "144…"; and for national-format numbers whose E.164 form keeps a leading 0 (Italy: 06 1234 5678) it drops the 0
 *    (39612345678 instead of 390612345678).
 * Hashing: Entity Resolution compares hashed values as they are given; SHA-256 hex is this profile's default.
 * The service's own ApplyNormalization is documented by one example only (AWS::EntityResolution::MatchingWorkflow
 * InputSource: a PHONE_NUMBER 1234567890 is written as (123)-456-7890): a display format, not a hash input, and a
 * number whose area code 123 cannot exist, which this profile refuses like every other profile.
 */
import { COUNTRY_NAMES, SPELLED_OUT, STATES } from './tables.js'
import {
  fail,
  ok,
  readPhone,
  splitEmail,
  type Normalized,
  type NormalizeOptions,
  type Profile
} from './common.js'

/** TRIM, LOWERCASE, CONVERT_ACCENT: the library replaces å by aa and decomposes (NFD); marks go with the next filter. */
function base(value: string): string {
  return value.trim().toLowerCase().replace(/å/g, 'aa').normalize('NFD')
}

export function erName(value: string): Normalized {
  return ok(base(value).replace(/[^a-z]/g, ''))
}

export function erAlphanumeric(value: string): Normalized {
  return ok(base(value).replace(/[^a-z0-9]/g, ''))
}

export function erEmail(value: string): Normalized {
  let email = base(value)
  const bracketed = /<([^>]*)>/.exec(email)
  if (bracketed) email = bracketed[1]!
  email = email
    .replace(/\s+/g, '')
    .replace(/\(at\)/g, '@')
    .replace(/[^\w.@-]+/g, '')
  const parts = splitEmail(email)
  return 'reason' in parts ? fail(parts.reason) : ok(email)
}

export function erPhone(value: string, options: NormalizeOptions): Normalized {
  const read = readPhone(value, options)
  return 'reason' in read ? fail(read.reason) : ok(read.phone.number.slice(1))
}

export function erState(value: string): Normalized {
  let s = value.trim().toLowerCase()
  for (const [from, to] of Object.entries(SPELLED_OUT)) s = s.replaceAll(from, to)
  s = s
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[^a-z0-9]/g, '')
  return ok(STATES[s] ?? s)
}

export function erPostalCode(value: string): Normalized {
  return ok(
    value
      .trim()
      .toLowerCase()
      .replace(/-.*$/su, '')
      .replace(/[^a-z0-9]/g, '')
  )
}

export function erCountry(value: string): Normalized {
  const c = base(value).replace(/[^a-z0-9]/g, '')
  return ok(COUNTRY_NAMES[c] ?? c)
}

const sha256 = ['sha256'] as const

export const entityResolution: Profile = {
  name: 'entity-resolution',
  title: 'AWS Entity Resolution (AWS normalization library)',
  encoding: 'hex',
  sources: [
    'https://github.com/aws-solutions-library-samples/guidance-for-customizing-normalization-library-for-aws-entity-resolution',
    'https://aws.amazon.com/solutions/guidance/customizing-normalization-library-for-aws-entity-resolution/'
  ],
  kinds: {
    email: {
      normalize: erEmail,
      hashes: sha256,
      rule: 'trim, lowercase, accents stripped, only a-z 0-9 _ . @ -'
    },
    phone: { normalize: erPhone, hashes: sha256, rule: 'digits with country code, no + (18881234567)' },
    first_name: { normalize: erName, hashes: sha256, rule: 'trim, lowercase, accents stripped, a-z only' },
    last_name: { normalize: erName, hashes: sha256, rule: 'trim, lowercase, accents stripped, a-z only' },
    name: { normalize: erName, hashes: sha256, rule: 'trim, lowercase, accents stripped, a-z only' },
    city: {
      normalize: erAlphanumeric,
      hashes: sha256,
      rule: 'trim, lowercase, accents stripped, a-z 0-9 only'
    },
    state: { normalize: erState, hashes: sha256, rule: 'as city, then state names mapped to codes' },
    postal_code: {
      normalize: erPostalCode,
      hashes: sha256,
      rule: 'lowercase, cut at the first -, a-z 0-9 only'
    },
    country: { normalize: erCountry, hashes: sha256, rule: 'as city, then country names mapped to codes' }
  }
}
