/**
 * UID2 (Unified ID 2.0): email and phone, SHA-256, Base64 of the raw digest (not of the hex string).
 *
 * Rules: https://unifiedid.com/docs/getting-started/gs-normalization-encoding
 *  - email: remove leading and trailing spaces, lowercase; in gmail.com addresses only, remove every '.' and a '+' with
 *    everything after it in the local part. googlemail.com is NOT special-cased (UID2 names gmail.com only).
 *  - phone: E.164, '+' country code subscriber number, no spaces or punctuation, at most 15 digits; UID2's operator
 *    (IABTechLab/uid2-operator InputUtil.isPhoneNumberNormalized) and its JS SDK (uid2-web-integrations
 *    isNormalizedPhone, /^\+[0-9]{10,15}$/) also refuse fewer than 10 digits, so this profile does too.
 * Edge cases follow UID2's own SDK tests (uid2-web-integrations src/shared/unitTests/diiNormalization.test.ts): an address
 * with whitespace inside is refused (the Java operator would keep it: the SDK's stricter reading is used); non-ASCII
 * characters are kept; uppercase is lowered with full Unicode lowercasing as the JS SDK does (the Java operator lowers
 * ASCII A–Z only: the two differ only for non-ASCII capitals).
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

export function uid2Email(value: string): Normalized {
  const parts = splitEmail(lower(value).trim())
  if ('reason' in parts) return fail(parts.reason)
  const local = parts.domain === 'gmail.com' ? gmailLocal(parts.local) : parts.local
  if (local === '') return fail('nothing left of the gmail.com local part after removing dots and +tag')
  return ok(`${local}@${parts.domain}`)
}

export function uid2Phone(value: string, options: NormalizeOptions): Normalized {
  const read = readPhone(value, options)
  if ('reason' in read) return fail(read.reason)
  const { phone } = read
  const digits = phone.number.length - 1
  if (digits < 10 || digits > 15)
    return fail(`UID2 accepts 10 to 15 digits after '+', this number has ${digits}`)
  return ok(phone.number)
}

export const uid2: Profile = {
  name: 'uid2',
  title: 'Unified ID 2.0',
  encoding: 'base64',
  sources: [
    'https://unifiedid.com/docs/getting-started/gs-normalization-encoding',
    'https://github.com/IABTechLab/uid2-web-integrations/blob/main/src/shared/unitTests/diiNormalization.test.ts'
  ],
  kinds: {
    email: {
      normalize: uid2Email,
      hashes: ['sha256'],
      rule: 'trim, lowercase; gmail.com only: remove dots and +tag from the local part'
    },
    phone: { normalize: uid2Phone, hashes: ['sha256'], rule: 'E.164 with + (10–15 digits)' }
  }
}
