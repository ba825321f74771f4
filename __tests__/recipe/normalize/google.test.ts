/** Google: published vectors verbatim (Data Manager page, Google's formatter tests), then derived edge cases. */
import { describe, expect, it } from '@jest/globals'
import { normalize, PROFILES } from '../../../src/recipe/normalize/index.js'
import { checkVector, expectNull } from './vectors.js'

// https://developers.google.com/data-manager/api/devguides/concepts/formatting (examples in the format rules).
describe('google — Data Manager formatting page examples', () => {
  it.each([
    ['email', 'cloudy.sanfrancisco+shopping@gmail.com', 'cloudysanfrancisco@gmail.com'],
    ['email', 'user.name+NYC@Example.com', 'user.name+nyc@example.com'],
    ['phone', '(800)555-0100', '+18005550100']
  ])('%s %j → %j', (kind, input, normalized) => checkVector('google', kind, { input, normalized }))
})

// Google's formatter tests: https://github.com/googleads/data-manager-node/blob/main/util/test/formatter.test.ts
describe("google — Google's formatter test cases", () => {
  it.each([
    ['QuinnY@example.com', 'quinny@example.com'],
    ['QuinnY@EXAMPLE.com', 'quinny@example.com'],
    ['user.name+NYC@Example.com', 'user.name+nyc@example.com'],
    ['jefferson.Loves.hiking@gmail.com', 'jeffersonloveshiking@gmail.com'],
    ['j.e.f..ferson.Loves.hiking@gmail.com', 'jeffersonloveshiking@gmail.com'],
    ['jefferson.Loves.hiking@googlemail.com', 'jeffersonloveshiking@googlemail.com'],
    ['Cloudy.SanFrancisco+shopping@gmail.com', 'cloudysanfrancisco@gmail.com'],
    ['Cloudy.SanFrancisco+shopping@googlemail.com', 'cloudysanfrancisco@googlemail.com']
  ])('email %j → %j', (input, normalized) => checkVector('google', 'email', { input, normalized }))
  it.each(['@example.com', 'quinn'])('email %j → null', input => expectNull('google', 'email', input))

  it.each([
    ['1 800 555 0100', '+18005550100'],
    ['18005550100', '+18005550100'],
    ['+1 800-555-0100', '+18005550100'],
    ['441134960987', '+441134960987'],
    ['+441134960987', '+441134960987'],
    ['+44-113-496-0987', '+441134960987']
  ])('phone %j → %j', (input, normalized) => checkVector('google', 'phone', { input, normalized }))
  it.each(['+abc-DEF', '++++'])('phone %j → null', input => expectNull('google', 'phone', input))

  it.each([
    [' Alex   ', 'alex'],
    [' Mr. Alex   ', 'alex'],
    [' Mrs. Alex   ', 'alex'],
    [' Dr. Alex   ', 'alex'],
    [' Alex Dr.', 'alex dr.'],
    [' Mralex   ', 'mralex']
  ])('first_name %j → %j', (input, normalized) => checkVector('google', 'first_name', { input, normalized }))
  it.each([' ', ' Mr. '])('first_name %j → null', input => expectNull('google', 'first_name', input))

  it.each([
    [' Quinn   ', 'quinn'],
    ['Quinn-Alex', 'quinn-alex'],
    [' Quinn, Jr.   ', 'quinn'],
    [' Quinn,Jr.   ', 'quinn'],
    [' Quinn Sr.  ', 'quinn'],
    ['quinn, jr. dds', 'quinn'],
    ['quinn, jr., dds', 'quinn'],
    ['Boardds', 'boardds'],
    ['lacparm', 'lacparm']
  ])('last_name %j → %j', (input, normalized) => checkVector('google', 'last_name', { input, normalized }))
  it.each([' ', ', Jr. ', ',Jr.,DDS '])('last_name %j → null', input =>
    expectNull('google', 'last_name', input)
  )

  it.each([
    ['country', 'us', 'US'],
    ['country', 'us  ', 'US'],
    ['country', '  us  ', 'US'],
    ['postal_code', '94045', '94045'],
    ['postal_code', ' 94045  ', '94045'],
    ['postal_code', '1229-076', '1229-076'],
    ['postal_code', '  1229-076  ', '1229-076'],
    ['city', ' Mountain View  ', 'mountain view'],
    ['state', ' CA  ', 'ca'],
    ['state', ' California  ', 'california']
  ])('%s %j → %j', (kind, input, normalized) => checkVector('google', kind, { input, normalized }))
  it.each(['', '  ', 'u', ' usa ', ' u s ', ' u2 '])('country %j → null', input =>
    expectNull('google', 'country', input)
  )

  // Hash vectors, hex and Base64 of the same digest ("processEmailAddress", "processPhoneNumber", …).
  it.each(['alexz@example.com', '  alexz@example.com', '  ALEXZ@example.com   ', '  alexz@EXAMPLE.com   '])(
    'email %j → SHA-256 hex and Base64',
    input =>
      checkVector('google', 'email', {
        input,
        normalized: 'alexz@example.com',
        hex: '509e933019bb285a134a9334b8bb679dff79d0ce023d529af4bd744d47b4fd8a',
        base64: 'UJ6TMBm7KFoTSpM0uLtnnf950M4CPVKa9L10TUe0/Yo='
      })
  )
  it.each(['+18005550100', '   +1-800-555-0100', '1-800-555-0100   '])(
    'phone %j → SHA-256 hex and Base64',
    input =>
      checkVector('google', 'phone', {
        input,
        normalized: '+18005550100',
        hex: 'fb4f73a6ec5fdb7077d564cdd22c3554b43ce49168550c3b12c547b78c517b30',
        base64: '+09zpuxf23B31WTN0iw1VLQ85JFoVQw7EsVHt4xRezA='
      })
  )
  it.each(['Givenname', '  GivenName  '])('first_name %j → SHA-256 hex and Base64', input =>
    checkVector('google', 'first_name', {
      input,
      normalized: 'givenname',
      hex: '128a07bfe2df877c52076e60d7774cf5baaa046c5a6c48daf30ff43ecca2f814',
      base64: 'EooHv+Lfh3xSB25g13dM9bqqBGxabEja8w/0Psyi+BQ='
    })
  )
  it('last_name Familyname → SHA-256 hex and Base64', () =>
    checkVector('google', 'last_name', {
      input: 'Familyname',
      normalized: 'familyname',
      hex: '77762c287e61ce065bee5c15464012c6fbe088398b8057627d5577249430d574',
      base64: 'd3YsKH5hzgZb7lwVRkASxvvgiDmLgFdifVV3JJQw1XQ='
    }))
})

describe('google — derived edge cases', () => {
  it('removes intermediate whitespace from emails (the page) where the formatter would refuse them', () => {
    expect(normalize('google', 'email', ' Jane . Doe @ Example.com ').normalized).toBe('jane.doe@example.com')
  })

  it('applies the gmail rule to gmail.com and googlemail.com only, and keeps the domain', () => {
    expect(normalize('google', 'email', 'Jane.Doe+ads@GoogleMail.com').normalized).toBe(
      'janedoe@googlemail.com'
    )
    expect(normalize('google', 'email', 'Jane.Doe+ads@gmail.co.uk').normalized).toBe(
      'jane.doe+ads@gmail.co.uk'
    )
    expectNull('google', 'email', '+ads@gmail.com')
  })

  it('reads national phone numbers with the region', () => {
    expect(normalize('google', 'phone', '030 123456', { region: 'DE' }).normalized).toBe('+4930123456')
    expectNull('google', 'phone', '12')
  })

  it('sends city, state, postal code and country unhashed', () => {
    for (const kind of ['city', 'state', 'postal_code', 'country'] as const)
      expect(PROFILES.google.kinds[kind]?.hashes).toEqual([])
    expect(PROFILES.google.kinds.email?.hashes).toEqual(['sha256'])
  })
})

// Issue 8: the suffix regex, tried at every start, was quadratic in a whitespace run (400k spaces: 52 s). Results
// only: jest's 5 s timeout is what fails the old code.
describe('google — last_name is linear in the length of the name', () => {
  it('400k spaces inside a name', () => {
    const name = `smith${' '.repeat(400_000)}x`
    expect(normalize('google', 'last_name', name.toUpperCase()).normalized).toBe(name)
  })

  it('400k spaces before a suffix, and 100k suffixes in a row', () => {
    expect(normalize('google', 'last_name', `Smith${' '.repeat(400_000)}Jr`).normalized).toBe('smith')
    expect(normalize('google', 'last_name', `Smith${', Jr.'.repeat(100_000)}`).normalized).toBe('smith')
  })

  it('removes exactly what the formatter regex removes, on every short string of separators and suffix letters', () => {
    // The regex of Google's formatter (data-manager-node util/src/formatter.ts), applied until it no longer matches.
    const SUFFIX = /(?:,\s*|\s+)(?:jr\.?|sr\.?|2nd|3rd|ii|iii|iv|v|vi|cpa|dc|dds|vm|jd|md|phd)\s?$/u
    const reference = (value: string) => {
      let name = value.toLowerCase().trim()
      while (SUFFIX.test(name)) name = name.replace(SUFFIX, '')
      return name === '' ? null : name
    }
    const alphabet = ['q', ' ', ',', 'j', 'r', '.', 'i', 'v', '\t']
    let checked = 0
    const visit = (prefix: string) => {
      expect([prefix, normalize('google', 'last_name', prefix).normalized]).toEqual([
        prefix,
        reference(prefix)
      ])
      checked++
      if (prefix.length < 5) for (const c of alphabet) visit(prefix + c)
    }
    visit('q')
    expect(checked).toBe(7381)
  })
})

describe('google — name prefixes removed consistently (the page: "without prefixes such as Mrs.")', () => {
  it.each([
    ['Mr. John', 'john'],
    ['Mr John', 'john'],
    ['Dr Jane', 'jane'],
    ['Dr. Jane', 'jane'],
    ['MRS  Ann', 'ann'],
    ['Ms.Kim', 'kim'],
    ['Drew', 'drew'],
    ['Mrsa', 'mrsa']
  ])('first_name %j → %j', (input, normalized) => checkVector('google', 'first_name', { input, normalized }))
  it.each(['Dr', 'Ms.'])('first_name %j (only a prefix) → null', input =>
    expectNull('google', 'first_name', input)
  )
})
