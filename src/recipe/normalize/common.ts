/**
 * Building blocks shared by the normalization profiles: the result type, Unicode helpers, the email split, phone
 * parsing (libphonenumber-js) and the hashes. Pure: no I/O, no action or AWS imports.
 */
import * as crypto from 'node:crypto'
import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  validatePhoneNumberLength,
  type CountryCode,
  type PhoneNumber
} from 'libphonenumber-js'

/** Every kind of value some profile defines. A profile defines only the kinds its destination documents. */
export const KINDS = [
  'email',
  'phone',
  'first_name',
  'last_name',
  'name',
  'gender',
  'date_of_birth',
  'city',
  'state',
  'postal_code',
  'country'
] as const
export type Kind = (typeof KINDS)[number]

export type HashAlgorithm = 'sha256' | 'sha1' | 'md5'

/** `normalized: null` means the value cannot be normalized for this destination; `reason` says why. */
export interface Normalized {
  normalized: string | null
  reason?: string
}

export interface NormalizeOptions {
  /** ISO 3166-1 alpha-2 region for phone numbers written without +country (default US). */
  region?: string
}

export type Rule = (value: string, options: NormalizeOptions) => Normalized

export interface KindSpec {
  normalize: Rule
  /** Hashes the destination accepts for this kind; empty when it wants the value in plain text. */
  hashes: readonly HashAlgorithm[]
  /** One line for --help: what the rule does. */
  rule: string
}

export interface Profile {
  name: string
  title: string
  /** Encoding the destination documents for its SHA-256 values. */
  encoding: 'hex' | 'base64'
  /** Where the rules and the test vectors come from. */
  sources: readonly string[]
  kinds: Partial<Record<Kind, KindSpec>>
}

export const DEFAULT_REGION = 'US'

export function fail(reason: string): Normalized {
  return { normalized: null, reason }
}

export function ok(value: string): Normalized {
  return value === '' ? fail('empty after normalization') : { normalized: value }
}

/** NFC, then lowercase (full Unicode, locale-independent), then NFC again (lowercasing can decompose). */
export function lower(value: string): string {
  return value.normalize('NFC').toLowerCase().normalize('NFC')
}

/** Letters without their accents: NFD, then every combining mark dropped ("Zoë" → "Zoe"). */
export function stripAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * local@domain, exactly one '@', both sides non-empty, no whitespace left. This structural check is ours (an address
 * without it cannot match anything); the destinations' own clients (UID2's SDK, Meta's and Google's formatters)
 * reject the same inputs.
 */
export function splitEmail(value: string): { local: string; domain: string } | { reason: string } {
  if (value === '') return { reason: 'empty' }
  if (/\s/u.test(value)) return { reason: 'email contains whitespace inside the address' }
  const parts = value.split('@')
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { reason: 'not an email address (local@domain)' }
  return { local: parts[0], domain: parts[1] }
}

/** Gmail ignores dots and everything from '+' in the local part; the profiles that say so remove them. */
export function gmailLocal(local: string): string {
  return local.replace(/\+.*$/u, '').replace(/\./g, '')
}

/** True for a region libphonenumber-js knows (ISO 3166-1 alpha-2, any case). */
export function isPhoneRegion(region: string): boolean {
  return isSupportedCountry(region.toUpperCase())
}

export function checkRegion(region: string | undefined): CountryCode {
  const r = (region ?? DEFAULT_REGION).toUpperCase()
  if (!isSupportedCountry(r))
    throw new Error(`unknown phone region '${region}' (use an ISO 3166-1 alpha-2 code)`)
  return r
}

/**
 * A phone number as libphonenumber-js reads it, or undefined. Order: (1) as written, with `region` for numbers without
 * +country, accepted when it is a possible number; (2) when no '+' was written and the digits are too many for the
 * region, the digits read as already carrying their country code (Google's formatter example 441134960987; Meta's
 * "include the country code"), leading zeros (an international prefix such as 00) dropped, accepted only when that
 * gives a valid number. A number too short for the region is never reread as another country's.
 *
 * Possible rather than valid in (1): the destinations check syntax only (UID2's operator: '+' and 10–15 digits;
 * Google's and Meta's formatters keep the digits), and libphonenumber's validity tables reject the fictitious numbers
 * of the published examples (+1 555 123 4567, 1-888-123-4567) and change between metadata releases, which would make
 * hashes depend on the library version. Possible = a known country code and a length that country uses.
 */
export function parsePhone(value: string, options: NormalizeOptions): PhoneNumber | undefined {
  const region = checkRegion(options.region)
  const text = value.trim()
  if (text === '') return undefined
  const asWritten = parsePhoneNumberFromString(text, { defaultCountry: region })
  if (asWritten?.isPossible()) return asWritten
  if (text.startsWith('+') || validatePhoneNumberLength(text, region) !== 'TOO_LONG') return undefined
  const digits = text.replace(/\D/g, '').replace(/^0+/, '')
  if (digits === '') return undefined
  const withCountry = parsePhoneNumberFromString(`+${digits}`)
  return withCountry?.isValid() ? withCountry : undefined
}

/**
 * Why a number libphonenumber calls possible still cannot exist, or undefined. Only plan rules that never change are
 * checked (not libphonenumber's validity tables, see parsePhone): in the North American Numbering Plan (+1) an area code
 * starts with 2–9 (NANPA, "NPA format NXX"), so (012) 555-0123 or 123-456-7890 would otherwise become +10125550123 /
 * +11234567890, E.164 values no one has. The exchange (the next three digits) has the same NXX rule, but the vendors'
 * own published examples use exchange 123 (LiveRamp's and Meta's +1 (555) 123-4567), so it is not checked here.
 */
export function impossibleReason(phone: PhoneNumber): string | undefined {
  const national = String(phone.nationalNumber)
  if (phone.countryCallingCode === '1' && !/^[2-9]/.test(national))
    return `the North American area code ${national.slice(0, 3)} cannot exist (area codes start with 2–9)`
  return undefined
}

export const NOT_A_PHONE = 'not a possible phone number (check the digits, or give --region / +country)'

// crypto.hash (Node ≥ 20.12 / 21.7) is a one-shot digest about 4× faster per short value than createHash.
const oneShot: ((algorithm: string, data: string, encoding: 'buffer') => Buffer) | undefined =
  typeof crypto.hash === 'function'
    ? (algorithm, data, encoding) => crypto.hash(algorithm, data, encoding)
    : undefined

/** The raw digest of the UTF-8 bytes of `value`. */
export function digestBytes(value: string, algorithm: HashAlgorithm): Buffer {
  return oneShot
    ? oneShot(algorithm, value, 'buffer')
    : crypto.createHash(algorithm).update(value, 'utf8').digest()
}

/** parsePhone, then the numbering-plan check: the number, or the one-line reason it cannot be used. */
export function readPhone(
  value: string,
  options: NormalizeOptions
): { phone: PhoneNumber } | { reason: string } {
  const phone = parsePhone(value, options)
  if (!phone) return { reason: NOT_A_PHONE }
  const impossible = impossibleReason(phone)
  return impossible ? { reason: impossible } : { phone }
}
