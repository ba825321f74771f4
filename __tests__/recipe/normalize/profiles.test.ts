/**
 * Published vectors, verbatim, with their sources; "derived" marks vectors written from a profile's rules where the
 * destination publishes none.
 */
import { describe, expect, it } from '@jest/globals'
import { normalize, sha256 } from '../../../src/recipe/normalize/index.js'
import { cli } from '../../helpers/cli.js'

describe('uid2 (unifiedid.com/docs/getting-started/gs-normalization-encoding)', () => {
  it.each([
    ['MyEmail@example.com', 'myemail@example.com', 'FsGNM28LJQ8OLZB0Us65ZYp07NrovJSGTCMSKnLMJ6U='],
    ['MYEMAIL@example.com', 'myemail@example.com', 'FsGNM28LJQ8OLZB0Us65ZYp07NrovJSGTCMSKnLMJ6U='],
    ['My.Email@example.com', 'my.email@example.com', '4itTvG+HEnTzpiqzejyu1yFPwU1nYhWpaiQvz62hyB8='],
    ['JANESAOIRSE@example.com', 'janesaoirse@example.com', '1mcOepIAfxtf94Xx/IHlOqbT170GvfXEc83HKGwoS20='],
    ['Jane.Saoirse@example.com', 'jane.saoirse@example.com', 'sZZDLHuYmiypHIN5mVfFFdpT5sE6vyC3j+qU8RfpC/g='],
    [
      'JaneSaoirse+Work@example.com',
      'janesaoirse+work@example.com',
      'KKruSBUjDNO069iMUVImVQZm6RrAGZKeOtrD9mwogYA='
    ],
    ['JANE.SAOIRSE@gmail.com', 'janesaoirse@gmail.com', 'ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8='],
    ['Jane.Saoirse@gmail.com', 'janesaoirse@gmail.com', 'ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8='],
    ['JaneSaoirse+Work@gmail.com', 'janesaoirse@gmail.com', 'ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8='],
    ['user@example.com', 'user@example.com', 'tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ=']
  ])('email %s → %s → %s', (input, normalized, b64) => {
    const r = normalize('uid2', 'email', input)
    expect(r.normalized).toBe(normalized)
    expect(sha256(r.normalized!, 'base64')).toBe(b64)
  })

  it('phone: E.164 with +, and its published hash', () => {
    expect(normalize('uid2', 'phone', '1 (234) 567-8901').normalized).toBe('+12345678901')
    expect(sha256('+12345678901', 'hex')).toBe(
      '10e6f0b47054a83359477dcb35231db6de5c69fb1816e1a6b98e192de9e5b9ee'
    )
    expect(sha256('+12345678901', 'base64')).toBe('EObwtHBUqDNZR33LNSMdtt5cafsYFuGmuY4ZLenlue4=')
    expect(normalize('uid2', 'phone', '(02) 1234 5678', { region: 'AU' }).normalized).toBe('+61212345678')
  })
})

describe('meta (developers.facebook.com … conversions-api/parameters/customer-information-parameters)', () => {
  it.each([
    [
      'email',
      ' John_Smith@gmail.com ',
      'john_smith@gmail.com',
      '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'
    ],
    [
      'phone',
      '(650)555-1212',
      '16505551212',
      'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'
    ],
    ['first_name', 'Mary', 'mary', '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'],
    ['first_name', '정', '정', '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'],
    ['first_name', 'Valéry', 'valéry', '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c']
  ])('%s %s → %s', (kind, input, normalized, hex) => {
    const r = normalize('meta', kind, input)
    expect(r.normalized).toBe(normalized)
    expect(sha256(r.normalized!, 'hex')).toBe(hex)
  })

  it('keeps UTF-8 decomposed input equal to its composed form (NFC), and date of birth as YYYYMMDD (derived)', () => {
    expect(normalize('meta', 'first_name', 'Vale\u0301ry').normalized).toBe('valéry')
    expect(normalize('meta', 'date_of_birth', '1990-05-07').normalized).toBe('19900507')
    expect(normalize('meta', 'date_of_birth', '05/07/1990').normalized).toBe('19900507')
    expect(normalize('meta', 'date_of_birth', '1990-02-30').normalized).toBeNull()
    expect(normalize('meta', 'postal_code', '94025-1234').normalized).toBe('94025')
    expect(normalize('meta', 'country', 'US').normalized).toBe('us')
  })
})

describe('google (derived from the Customer Match formatting rules)', () => {
  it('removes dots and +tags for gmail.com and googlemail.com only, and keeps E.164 with +', () => {
    expect(normalize('google', 'email', ' Jane.Doe+ads@GoogleMail.com').normalized).toBe('janedoe@gmail.com')
    expect(normalize('google', 'email', 'Jane.Doe+ads@example.com').normalized).toBe(
      'jane.doe+ads@example.com'
    )
    expect(normalize('google', 'phone', '+44 20 7946 0958').normalized).toBe('+442079460958')
  })
})

describe('entity-resolution (derived from the AWS Entity Resolution normalization rules)', () => {
  it('strips accents and keeps letters only in names; digits with country code for phones; no gmail rule', () => {
    expect(normalize('entity-resolution', 'first_name', " Zoë-Ann O'Neil ").normalized).toBe('zoeannoneil')
    expect(normalize('entity-resolution', 'phone', '(201) 555-0123').normalized).toBe('12015550123')
    expect(normalize('entity-resolution', 'email', 'Jane.Doe@Gmail.com').normalized).toBe(
      'jane.doe@gmail.com'
    )
  })
})

describe('liveramp (derived from the LiveRamp identifier formatting rules)', () => {
  it('lowercases email and removes all whitespace; phones without country code', () => {
    expect(normalize('liveramp', 'email', ' Jane Doe@Example.com ').normalized).toBe('janedoe@example.com')
    expect(normalize('liveramp', 'phone', '+1 (201) 555-0123').normalized).toBe('2015550123')
  })
})

describe('what cannot be normalized', () => {
  it.each([
    ['uid2', 'email', 'not-an-email'],
    ['uid2', 'email', '   '],
    ['uid2', 'phone', '555'],
    ['meta', 'country', 'United States']
  ])('%s %s %j → null with a reason', (profile, kind, value) => {
    const r = normalize(profile, kind, value)
    expect(r.normalized).toBeNull()
    expect(r.reason).toBeTruthy()
  })

  it('refuses unknown profiles and kinds', () => {
    expect(() => normalize('acme', 'email', 'x')).toThrow(/unknown profile 'acme'/)
    expect(() => normalize('liveramp', 'first_name', 'x')).toThrow(/does not define kind 'first_name'/)
  })
})

describe('normalize command', () => {
  it('prints one JSON object per value', async () => {
    const r = await cli([
      'normalize',
      '--profile',
      'uid2',
      '--kind',
      'email',
      'JaneSaoirse+Work@gmail.com',
      'user@example.com'
    ])
    expect(r.code).toBe(0)
    const lines = r.stdout
      .trim()
      .split('\n')
      .map(l => JSON.parse(l) as Record<string, string>)
    expect(lines[0]).toEqual({
      input: 'JaneSaoirse+Work@gmail.com',
      normalized: 'janesaoirse@gmail.com',
      sha256_hex: '92ee26057ed9dea2535d6c8b141d48373932476599196e00352254896db5888f',
      sha256_base64: 'ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8='
    })
    expect(lines[1]!.sha256_base64).toBe('tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ=')
  })

  it('exits 1 with an error object for a bad value and 2 for a bad profile', async () => {
    const bad = await cli(['normalize', '--profile', 'uid2', '--kind', 'phone', '12'])
    expect(bad.code).toBe(1)
    expect(JSON.parse(bad.stdout)).toMatchObject({ input: '12', normalized: null })
    expect((await cli(['normalize', '--profile', 'acme', '--kind', 'email', 'x'])).code).toBe(2)
  })
})
