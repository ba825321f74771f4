/**
 * Normalization profiles for matching across partners: each destination publishes its own rules for how an email,
 * phone or name must look before it is hashed, and a value normalized the wrong way never matches. One function per
 * (profile, kind); values that cannot be normalized give null with the reason. Pure (libphonenumber is data).
 *
 * Sources (read 2026-11-23):
 *  uid2     https://unifiedid.com/docs/getting-started/gs-normalization-encoding (email, phone; SHA-256, Base64)
 *  meta     https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters
 *  google   Customer Match / enhanced conversions formatting guidelines (support.google.com/google-ads/answer/7659867)
 *  entity-resolution  AWS Entity Resolution normalization rules (docs.aws.amazon.com/entityresolution, "normalization")
 *  liveramp LiveRamp hashed-identifier formatting (docs.liveramp.com, "Formatting Identifiers")
 * The google, entity-resolution and liveramp rules are taken from REFERENCE.md's summary of those pages; where a
 * page was not at hand to confirm a detail, the code says so.
 */
import * as crypto from 'node:crypto'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'

export const KINDS = [
  'email',
  'phone',
  'first_name',
  'last_name',
  'name',
  'postal_code',
  'city',
  'state',
  'country',
  'date_of_birth'
] as const
export type Kind = (typeof KINDS)[number]

export interface Normalized {
  normalized: string | null
  reason?: string
}

export interface NormalizeOptions {
  /** Region for phone numbers written without +country (ISO 3166 alpha-2). Default US. */
  region?: string
}

type Rule = (value: string, o: NormalizeOptions) => Normalized

const ok = (normalized: string): Normalized =>
  normalized === '' ? { normalized: null, reason: 'empty after normalization' } : { normalized }

function lowerTrim(v: string): string {
  return v.normalize('NFC').trim().toLowerCase()
}

function splitEmail(v: string): { local: string; domain: string } | undefined {
  const at = v.lastIndexOf('@')
  if (at <= 0 || at === v.length - 1 || /\s/.test(v)) return undefined
  return { local: v.slice(0, at), domain: v.slice(at + 1) }
}

/** Gmail ignores dots and +tags in the local part, so these providers remove them before hashing. */
function email(gmailDomains: readonly string[], removeAllWhitespace = false): Rule {
  return v => {
    const t = removeAllWhitespace ? lowerTrim(v).replace(/\s+/g, '') : lowerTrim(v)
    const parts = splitEmail(t)
    if (!parts) return { normalized: null, reason: 'not an email address' }
    let { local } = parts
    let { domain } = parts
    if (gmailDomains.includes(domain)) {
      local = local.replace(/\+.*$/, '').replace(/\./g, '')
      if (domain === 'googlemail.com') domain = 'gmail.com'
    }
    return ok(`${local}@${domain}`)
  }
}

function parsePhone(v: string, region: string | undefined) {
  const p = parsePhoneNumberFromString(
    v.trim(),
    region ? { defaultCountry: region.toUpperCase() as CountryCode } : undefined
  )
  return p && p.isValid() ? p : undefined
}

/** E.164 with the '+' (UID2, Google). */
const phoneE164: Rule = (v, o) => {
  const p = parsePhone(v, o.region ?? 'US')
  return p ? ok(p.number) : { normalized: null, reason: 'not a valid phone number for the region' }
}

/** Country code and number as digits only, no '+', no leading zeros (Meta, Entity Resolution). */
const phoneDigits: Rule = (v, o) => {
  const p = parsePhone(v, o.region ?? 'US')
  return p ? ok(p.number.slice(1)) : { normalized: null, reason: 'not a valid phone number for the region' }
}

/** National number only, digits, no country code (LiveRamp). */
const phoneNational: Rule = (v, o) => {
  const p = parsePhone(v, o.region ?? 'US')
  return p
    ? ok(String(p.nationalNumber))
    : { normalized: null, reason: 'not a valid phone number for the region' }
}

/** Meta names: lowercase, punctuation removed, UTF-8 kept (NFC), no spaces at the ends. */
const metaName: Rule = v =>
  ok(
    lowerTrim(v)
      .replace(/[\p{P}\p{S}]/gu, '')
      .trim()
  )

/** Google names: lowercase, whitespace removed at the ends; letters kept (Google hashes names in UTF-8). */
const googleName: Rule = v => ok(lowerTrim(v))

/** Entity Resolution names: trimmed, lowercased, accents stripped, letters only. */
const asciiLetters: Rule = v =>
  ok(
    lowerTrim(v)
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[^a-z]/g, '')
  )

/** YYYYMMDD from YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY (US order) or YYYYMMDD. */
const dobCompact: Rule = v => {
  const t = v.trim()
  let m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/.exec(t)
  let y: string, mo: string, d: string
  if (m) [, y, mo, d] = m as unknown as [string, string, string, string]
  else {
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t)
    if (!m) return { normalized: null, reason: 'not a date (use YYYY-MM-DD)' }
    ;[, mo, d, y] = m as unknown as [string, string, string, string]
  }
  const date = new Date(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T00:00:00Z`)
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d))
    return { normalized: null, reason: 'not a valid calendar date' }
  return ok(`${y}${mo.padStart(2, '0')}${d.padStart(2, '0')}`)
}

/** US ZIP: first 5 digits; elsewhere lowercase without spaces and dashes (Meta's rule). */
const metaPostal: Rule = v => {
  const t = lowerTrim(v)
  if (/^\d{5}(-?\d{4})?$/.test(t)) return ok(t.slice(0, 5))
  return ok(t.replace(/[\s-]/g, ''))
}

const twoLetterCountry: Rule = v => {
  const t = lowerTrim(v).replace(/[^a-z]/g, '')
  return t.length === 2 ? ok(t) : { normalized: null, reason: 'not an ISO 3166-1 alpha-2 country code' }
}

export const PROFILES: Record<string, Partial<Record<Kind, Rule>>> = {
  uid2: {
    email: email(['gmail.com']),
    phone: phoneE164
  },
  meta: {
    email: v => ok(lowerTrim(v)),
    phone: phoneDigits,
    first_name: metaName,
    last_name: metaName,
    city: v => ok(lowerTrim(v).replace(/[^\p{L}]/gu, '')),
    state: v => ok(lowerTrim(v).replace(/[^\p{L}]/gu, '')),
    postal_code: metaPostal,
    country: twoLetterCountry,
    date_of_birth: dobCompact
  },
  google: {
    email: email(['gmail.com', 'googlemail.com'], true),
    phone: phoneE164,
    first_name: googleName,
    last_name: googleName,
    postal_code: v => ok(v.trim()),
    country: twoLetterCountry
  },
  'entity-resolution': {
    email: v => ok(lowerTrim(v)),
    phone: phoneDigits,
    first_name: asciiLetters,
    last_name: asciiLetters,
    name: asciiLetters,
    city: asciiLetters,
    state: v => ok(lowerTrim(v).replace(/[^a-z]/g, '')),
    country: twoLetterCountry,
    postal_code: v => ok(lowerTrim(v).replace(/[^a-z0-9]/g, '')),
    date_of_birth: dobCompact
  },
  liveramp: {
    email: v => ok(v.normalize('NFC').toLowerCase().replace(/\s+/g, '')),
    phone: phoneNational
  }
}

export function profileKinds(profile: string): Kind[] {
  return Object.keys(PROFILES[profile] ?? {}) as Kind[]
}

export function normalize(
  profile: string,
  kind: string,
  value: string,
  options: NormalizeOptions = {}
): Normalized {
  const p = PROFILES[profile]
  if (!p) throw new Error(`unknown profile '${profile}' (use ${Object.keys(PROFILES).join(', ')})`)
  const rule = p[kind as Kind]
  if (!rule)
    throw new Error(
      `profile ${profile} does not define kind '${kind}' (it defines ${profileKinds(profile).join(', ')})`
    )
  return rule(value, options)
}

const oneShot = (crypto as { hash?: (a: string, d: string, e: string) => string }).hash

export function sha256(value: string, encoding: 'hex' | 'base64'): string {
  return oneShot
    ? oneShot('sha256', value, encoding)
    : crypto.createHash('sha256').update(value, 'utf8').digest(encoding)
}

/** What each profile's destination expects: hex (Meta, Google, Entity Resolution, LiveRamp) or Base64 (UID2). */
export const PROFILE_ENCODING: Record<string, 'hex' | 'base64'> = {
  uid2: 'base64',
  meta: 'hex',
  google: 'hex',
  'entity-resolution': 'hex',
  liveramp: 'hex'
}
