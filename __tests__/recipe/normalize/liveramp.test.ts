/** LiveRamp: published normalization examples, hashes derived (marked), edge cases. */
import { describe, expect, it } from '@jest/globals'
import { digest, normalize, PROFILES } from '../../../src/recipe/normalize/index.js'
import { checkVector, expectNull } from './vectors.js'

// https://docs.liveramp.com/connect/en/hashing-identifiers.html — the page shows these normalizations; its "Hashing
// Examples" section was not in the stored copy, so the hashes below are DERIVED (computed independently with Python's
// hashlib from the published normalized values), not published.
describe('liveramp — published normalization examples', () => {
  it('email "MyName@liveramp.com " → myname@liveramp.com (SHA-256, MD5 and SHA-1 derived)', () => {
    checkVector('liveramp', 'email', {
      input: 'MyName@liveramp.com ',
      normalized: 'myname@liveramp.com',
      hex: 'ad474377422023fe13c6421afa7958559ee3ce1c5aa8395e92140cc09912c1be'
    })
    expect(digest('myname@liveramp.com', 'md5')).toBe('e496f5db75b278b8583e60cb834cfb11')
    expect(digest('myname@liveramp.com', 'sha1')).toBe('529a123cb5d93641ffa999c0e9b06aa4c40c3677')
  })

  it('phone "+1 (555) 123-4567" → 5551234567 (SHA-1 derived)', () => {
    checkVector('liveramp', 'phone', { input: '+1 (555) 123-4567', normalized: '5551234567' })
    expect(digest('5551234567', 'sha1')).toBe('b8e04c986aa87857dfb4d364371d1a4195abf1bb')
  })

  it('declares the hashes LiveRamp accepts: email SHA-256/MD5/SHA-1, phone SHA-1 only, no names', () => {
    expect(PROFILES.liveramp.kinds.email?.hashes).toEqual(['sha256', 'md5', 'sha1'])
    expect(PROFILES.liveramp.kinds.phone?.hashes).toEqual(['sha1'])
    expect(() => normalize('liveramp', 'first_name', 'Jane')).toThrow(/has no kind 'first_name'/)
  })
})

describe('liveramp — derived edge cases', () => {
  it('removes every whitespace in emails, keeps dots and +tags (no gmail rule)', () => {
    expect(normalize('liveramp', 'email', ' Jane Doe@Example.com\t').normalized).toBe('janedoe@example.com')
    expect(normalize('liveramp', 'email', 'Jane.Doe+x@gmail.com').normalized).toBe('jane.doe+x@gmail.com')
    expectNull('liveramp', 'email', 'jane.example.com')
  })

  it('phones: national number without country code, with the region for national input', () => {
    expect(normalize('liveramp', 'phone', '(201) 555-0123').normalized).toBe('2015550123')
    expect(normalize('liveramp', 'phone', '1-201-555-0123').normalized).toBe('2015550123')
    expect(normalize('liveramp', 'phone', '+44 20 7946 0958').normalized).toBe('2079460958')
    expectNull('liveramp', 'phone', '555-0123')
  })
})
