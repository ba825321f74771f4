/**
 * Unicode before each profile's rules (issue 8: fullwidth letters, zero-width characters and ligatures). No destination
 * publishes a rule for these; README "Unicode before the rules" states ours: invisible format characters go from every
 * value, emails are NFKC-folded except for Entity Resolution (its library is the contract), other kinds keep their
 * profile's own form.
 */
import { describe, expect, it } from '@jest/globals'
import { normalize, PROFILE_NAMES, profileKinds } from '../../../src/recipe/normalize/index.js'

const withEmail = PROFILE_NAMES.filter(p => profileKinds(p).includes('email'))
const withFirstName = PROFILE_NAMES.filter(p => profileKinds(p).includes('first_name'))
const n = (profile: string, kind: string, value: string) => normalize(profile, kind, value).normalized

describe('emails', () => {
  it.each(withEmail)('%s: an invisible character anywhere does not change the result', profile => {
    const plain = n(profile, 'email', 'jane.doe@example.com')
    expect(plain).not.toBeNull()
    for (const c of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD', '\u200E', '\u202E'])
      expect([c, n(profile, 'email', `\uFEFFjane${c}.doe@exam${c}ple.com${c}`)]).toEqual([c, plain])
  })

  it.each(withEmail.filter(p => p !== 'entity-resolution'))(
    '%s: fullwidth letters and digits are the ASCII address they stand for',
    profile => {
      expect(n(profile, 'email', 'ＪＡＮＥ．ＤＯＥ１＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe(
        n(profile, 'email', 'jane.doe1@example.com')
      )
    }
  )

  it('entity-resolution: fullwidth letters are not folded (its library keeps a-z only after NFD)', () => {
    expect(n('entity-resolution', 'email', 'ＪＡＮＥ@example.com')).not.toBe('jane@example.com')
  })
})

describe('names', () => {
  it.each(withFirstName)(
    '%s: zero-width space, soft hyphen, BOM and direction marks are removed',
    profile => {
      const plain = n(profile, 'first_name', 'Jane')
      expect(n(profile, 'first_name', 'Ja\u200Bne')).toBe(plain)
      expect(n(profile, 'first_name', '\uFEFFJa\u00ADne\u200E')).toBe(plain)
    }
  )

  it.each(withFirstName.filter(p => p !== 'entity-resolution'))(
    '%s: ZWNJ is kept (it changes how Persian is written) and ligatures keep their form (NFC, not NFKC)',
    profile => {
      expect(n(profile, 'first_name', 'فر\u200Cشته')).toContain('\u200C')
      expect(n(profile, 'first_name', 'ﬁona')).toContain('ﬁ')
    }
  )

  it('a value of invisible characters only is empty', () => {
    expect(normalize('meta', 'first_name', '\u200B\uFEFF')).toEqual({ normalized: null, reason: 'empty' })
  })
})

describe('phones', () => {
  it.each(PROFILE_NAMES.filter(p => profileKinds(p).includes('phone')))(
    '%s: fullwidth digits and invisible characters give the same number',
    profile => {
      const plain = normalize(profile, 'phone', '+1 202 555 0123').normalized
      expect(plain).not.toBeNull()
      expect(normalize(profile, 'phone', '＋１ ２０２ ５５５ ０１２３').normalized).toBe(plain)
      expect(normalize(profile, 'phone', '+1 202\u200B555\u20600123').normalized).toBe(plain)
    }
  )
})
