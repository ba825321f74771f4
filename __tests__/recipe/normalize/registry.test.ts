/** The registry: profiles, kinds, errors for unknown ones, empty input, and the hashes. */
import { describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import {
  digest,
  hashValue,
  KINDS,
  kindSpec,
  normalize,
  PROFILE_NAMES,
  PROFILES,
  profileKinds
} from '../../../src/recipe/normalize/index.js'

describe('normalize registry', () => {
  it('has the five profiles, each with email and phone and its sources', () => {
    expect(PROFILE_NAMES).toEqual(['uid2', 'meta', 'google', 'entity-resolution', 'liveramp'])
    for (const name of PROFILE_NAMES) {
      expect(profileKinds(name)).toEqual(expect.arrayContaining(['email', 'phone']))
      expect(PROFILES[name].sources.length).toBeGreaterThan(0)
      for (const kind of profileKinds(name)) expect(KINDS).toContain(kind)
    }
    expect(profileKinds('uid2')).toEqual(['email', 'phone'])
    expect(PROFILES.uid2.encoding).toBe('base64')
    expect(PROFILES.meta.encoding).toBe('hex')
  })

  it('throws on an unknown profile, kind or phone region, naming the valid choices', () => {
    expect(() => normalize('acme', 'email', 'x@y.z')).toThrow(
      /unknown profile 'acme' \(use uid2, meta, google/
    )
    expect(() => normalize('uid2', 'first_name', 'Jane')).toThrow(/it defines email, phone/)
    expect(() => kindSpec('meta', 'shoe_size')).toThrow(/has no kind 'shoe_size'/)
    expect(() => normalize('meta', 'phone', '650 555 1212', { region: 'XX' })).toThrow(
      /unknown phone region 'XX'/
    )
  })

  it('gives null with a reason for missing, empty and blank values of every kind', () => {
    for (const profile of PROFILE_NAMES)
      for (const kind of profileKinds(profile))
        for (const value of [null, undefined, '', ' ', '\t\n'])
          expect(normalize(profile, kind, value)).toEqual({ normalized: null, reason: 'empty' })
  })

  it('hashes the UTF-8 bytes: hex and Base64 of one SHA-256 digest, and MD5/SHA-1 for LiveRamp', () => {
    for (const v of ['user@example.com', 'valéry', '정', '😊']) {
      const d = createHash('sha256').update(v, 'utf8').digest()
      expect(hashValue(v)).toEqual({ sha256_hex: d.toString('hex'), sha256_base64: d.toString('base64') })
      expect(digest(v, 'sha1')).toBe(createHash('sha1').update(v, 'utf8').digest('hex'))
      expect(digest(v, 'md5', 'base64')).toBe(createHash('md5').update(v, 'utf8').digest('base64'))
    }
    expect(hashValue('user@example.com').sha256_base64).toHaveLength(44)
  })
})
