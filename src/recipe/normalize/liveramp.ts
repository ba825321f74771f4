/**
 * LiveRamp (Connect / Safe Haven file onboarding). Hashed identifiers it accepts: email (SHA-256, MD5 or SHA-1; it
 * recommends sending all three, each in its own column) and phone (SHA-1 only; EU files cannot contain hashed phones).
 * "LiveRamp cannot accept hashed name and postal address data", so this profile defines no name or address kinds.
 *
 * Rules: https://docs.liveramp.com/connect/en/hashing-identifiers.html
 *  - email: convert all characters to lowercase, remove all whitespace, UTF-8 ("MyName@liveramp.com " →
 *    myname@liveramp.com). No gmail rule.
 *  - phone: remove all country extensions, parentheses and hyphens ("+1 (555) 123-4567" → 5551234567): the national
 *    number, digits only, without the country code.
 * Hashes are lowercase hex; the page only forbids a "0x" prefix.
 * Unclear: the page shows only US numbers. For other countries this profile writes libphonenumber's national number
 * (without the trunk prefix 0: UK 020 7946 0958 → 2079460958); LiveRamp does not say whether it expects the 0.
 */
import {
  fail,
  lower,
  ok,
  readPhone,
  splitEmail,
  type Normalized,
  type NormalizeOptions,
  type Profile
} from './common.js'

export function liverampEmail(value: string): Normalized {
  const email = lower(value).replace(/\s+/gu, '')
  const parts = splitEmail(email)
  return 'reason' in parts ? fail(parts.reason) : ok(email)
}

export function liverampPhone(value: string, options: NormalizeOptions): Normalized {
  const read = readPhone(value, options)
  return 'reason' in read ? fail(read.reason) : ok(String(read.phone.nationalNumber))
}

export const liveramp: Profile = {
  name: 'liveramp',
  title: 'LiveRamp',
  encoding: 'hex',
  sources: [
    'https://docs.liveramp.com/connect/en/hashing-identifiers.html',
    'https://docs.liveramp.com/connect/en/formatting-identifiers.html'
  ],
  kinds: {
    email: {
      normalize: liverampEmail,
      hashes: ['sha256', 'md5', 'sha1'],
      rule: 'lowercase, all whitespace removed; SHA-256, MD5 and SHA-1'
    },
    phone: {
      normalize: liverampPhone,
      hashes: ['sha1'],
      rule: 'national number, digits only, no country code (5551234567); SHA-1 only'
    }
  }
}
