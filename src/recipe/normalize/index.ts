/**
 * Normalization profiles for matching across partners. Each destination publishes its own rules for how an email,
 * phone or name must look before it is hashed, and a value normalized the wrong way never matches: one profile per
 * destination, one module per profile (rules, sources and their doubts are written there), the vectors each publishes
 * in __tests__/recipe/normalize. Values that cannot be normalized give `normalized: null` with the reason.
 */
import {
  digestBytes,
  KINDS,
  type HashAlgorithm,
  type Kind,
  type KindSpec,
  type Normalized
} from './common.js'
import type { NormalizeOptions, Profile } from './common.js'
import { entityResolution } from './entity-resolution.js'
import { google } from './google.js'
import { liveramp } from './liveramp.js'
import { meta } from './meta.js'
import { uid2 } from './uid2.js'

export { DEFAULT_REGION, isPhoneRegion, KINDS } from './common.js'
export type { HashAlgorithm, Kind, KindSpec, Normalized, NormalizeOptions, Profile } from './common.js'

export const PROFILES = {
  uid2,
  meta,
  google,
  'entity-resolution': entityResolution,
  liveramp
} as const satisfies Record<string, Profile>

export type ProfileName = keyof typeof PROFILES
export const PROFILE_NAMES = Object.keys(PROFILES) as ProfileName[]

export function isProfile(name: string): name is ProfileName {
  return Object.hasOwn(PROFILES, name)
}

export function isKind(name: string): name is Kind {
  return (KINDS as readonly string[]).includes(name)
}

/** The kinds a profile defines, in KINDS order. */
export function profileKinds(profile: ProfileName): Kind[] {
  const kinds: Partial<Record<Kind, KindSpec>> = PROFILES[profile].kinds
  return KINDS.filter(k => kinds[k] !== undefined)
}

/** The rule of one (profile, kind); throws, naming the valid choices, when the profile or the kind is unknown. */
export function kindSpec(profile: string, kind: string): KindSpec {
  if (!isProfile(profile)) throw new Error(`unknown profile '${profile}' (use ${PROFILE_NAMES.join(', ')})`)
  const spec = isKind(kind) ? (PROFILES[profile].kinds as Partial<Record<Kind, KindSpec>>)[kind] : undefined
  if (!spec)
    throw new Error(
      `profile ${profile} has no kind '${kind}' (it defines ${profileKinds(profile).join(', ')})`
    )
  return spec
}

/**
 * Invisible format characters: soft hyphen, zero-width space, left-to-right/right-to-left marks and embeddings, word
 * joiner and invisible operators, and the byte-order mark. They come with copy-paste from web forms and spreadsheets,
 * no export tool shows them, no email, phone or name contains them on purpose, and one is enough to make a hash
 * differ. ZWJ and ZWNJ (U+200C/U+200D) are not here: they change how Persian, Indic and emoji text is written.
 */
const INVISIBLE = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g
/** In an email every format character is noise, the joiners too (an address is ASCII under every profile's rules). */
const INVISIBLE_IN_EMAIL = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

/**
 * Unicode handling before a profile's own rules, where no destination publishes one (README: "Unicode before the
 * rules"). Invisible format characters go from every value. Emails are also folded with NFKC, so fullwidth forms typed
 * by CJK input methods (ＪＡＮＥ@example.com) become the ASCII address they stand for. Other kinds keep their
 * profile's form (Meta: UTF-8 in NFC): NFKC would also rewrite ligatures and superscripts a partner following the
 * published rule keeps. Entity Resolution follows its own library (NFD, then a–z only) and is not folded.
 */
export function prepare(profile: ProfileName, kind: Kind, value: string): string {
  if (kind !== 'email') return value.replace(INVISIBLE, '')
  const stripped = value.replace(INVISIBLE_IN_EMAIL, '')
  return profile === 'entity-resolution' ? stripped : stripped.normalize('NFKC')
}

/**
 * `value` normalized as `profile`'s destination requires for `kind`. A missing value (null, undefined, empty or blank)
 * gives `normalized: null` like any other value that cannot be normalized; an unknown profile, kind or phone region
 * throws (a configuration error, not a data error).
 */
export function normalize(
  profile: string,
  kind: string,
  value: string | null | undefined,
  options: NormalizeOptions = {}
): Normalized {
  const spec = kindSpec(profile, kind)
  const prepared =
    value === null || value === undefined ? '' : prepare(profile as ProfileName, kind as Kind, value)
  if (prepared.trim() === '') return { normalized: null, reason: 'empty' }
  return spec.normalize(prepared, options)
}

/** SHA-256 of the UTF-8 bytes, as lowercase hex and as Base64 of the raw digest (UID2's form), from one digest. */
export function hashValue(normalized: string): { sha256_hex: string; sha256_base64: string } {
  const d = digestBytes(normalized, 'sha256')
  return { sha256_hex: d.toString('hex'), sha256_base64: d.toString('base64') }
}

/** One digest of the UTF-8 bytes in the given encoding (LiveRamp also takes MD5 and SHA-1, as lowercase hex). */
export function digest(value: string, algorithm: HashAlgorithm, encoding: 'hex' | 'base64' = 'hex'): string {
  return digestBytes(value, algorithm).toString(encoding)
}
