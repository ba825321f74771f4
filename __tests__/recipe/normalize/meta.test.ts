/** Meta: published vectors verbatim, Meta's parameter-builder test cases, then derived edge cases (marked). */
import { describe, expect, it } from '@jest/globals'
import { hashValue, normalize } from '../../../src/recipe/normalize/index.js'
import { checkVector, expectNull } from './vectors.js'

// https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters
// em, ph and fn (input → normalized → SHA-256) read on the page itself. The db and country rows were read from a
// verbatim transcription of the same page (the stored copy of the page was cut before them); their hashes are the
// SHA-256 of the published normalized values, so they are checked here like the others.
describe('meta — published vectors (customer-information-parameters)', () => {
  it.each([
    {
      kind: 'email',
      input: 'John_Smith@gmail.com',
      normalized: 'john_smith@gmail.com',
      hex: '62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'
    },
    {
      kind: 'phone',
      input: '(650)555-1212',
      normalized: '16505551212',
      hex: 'e323ec626319ca94ee8bff2e4c87cf613be6ea19919ed1364124e16807ab3176'
    },
    {
      kind: 'first_name',
      input: 'Mary',
      normalized: 'mary',
      hex: '6915771be1c5aa0c886870b6951b03d7eafc121fea0e80a5ea83beb7c449f4ec'
    },
    {
      kind: 'first_name',
      input: '정',
      normalized: '정',
      hex: '8fa8cd9c440be61d0151429310034083132b35975c4bea67fdd74158eb51db14'
    },
    {
      kind: 'first_name',
      input: 'Valéry',
      normalized: 'valéry',
      hex: '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'
    },
    {
      kind: 'last_name',
      input: 'Valéry',
      normalized: 'valéry',
      hex: '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'
    },
    {
      kind: 'date_of_birth',
      input: '2/16/1997',
      normalized: '19970216',
      hex: '01acdbf6ec7b4f478a225f1a246e5d6767eeab1a7ffa17f025265b5b94f40f0c'
    },
    {
      kind: 'country',
      input: 'United States',
      normalized: 'us',
      hex: '79adb2a2fce5c6ba215fe5f27f532d4e7edbac4b6a5e09e1ef3a08084a904621'
    }
  ])('$kind $input → $normalized', ({ kind, ...v }) => checkVector('meta', kind, v))

  // The page lists normalized forms without inputs for these fields: the inputs are ours, the outputs Meta's.
  it.each([
    ['city', 'Paris', 'paris'],
    ['city', 'London', 'london'],
    ['city', 'New York', 'newyork'],
    ['state', 'AZ', 'az'],
    ['state', 'California', 'ca'],
    ['postal_code', '94035', '94035'],
    ['postal_code', '1987', '1987'],
    ['postal_code', '75018', '75018'],
    ['postal_code', 'M1 1AE', 'm11ae'],
    ['gender', 'F', 'f'],
    ['gender', 'm', 'm']
  ])('%s %j → %j (published normalized form)', (kind, input, normalized) =>
    checkVector('meta', kind, { input, normalized })
  )
})

// Meta's parameter builder, php/capi-param-builder/tests/PIIUtilsTest.php in https://github.com/facebook/capi-param-builder
describe("meta — Meta's parameter-builder test cases", () => {
  it.each([
    ['email', '  John.Doe@Example.COM  ', 'john.doe@example.com'],
    ['email', '  Test.User@Example.COM  ', 'test.user@example.com'],
    ['email', '  Test.User+Tag@EXAMPLE.COM  ', 'test.user+tag@example.com'],
    ['phone', '+1 (555) 123-4567', '15551234567'],
    ['date_of_birth', '01/15/1990', '19900115'],
    ['gender', '  Male  ', 'm'],
    ['gender', '  Female  ', 'f'],
    ['first_name', '  John Smith  ', 'johnsmith'],
    ['last_name', '  Mary Johnson  ', 'maryjohnson'],
    ['city', '  New York  ', 'newyork'],
    ['city', '  San Francisco  ', 'sanfrancisco'],
    ['state', '  California  ', 'ca'],
    ['state', '  New York  ', 'ny'],
    ['country', '  United States  ', 'us'],
    ['country', '  Germany  ', 'de'],
    ['postal_code', '  12345-6789  ', '12345'],
    ['postal_code', '  90210-1234  ', '90210']
  ])('%s %j → %j', (kind, input, normalized) => checkVector('meta', kind, { input, normalized }))

  it.each([
    ['email', 'invalid-email'],
    ['date_of_birth', 'invalid-date'],
    ['gender', 'unknown']
  ])('%s %j → null', (kind, input) => expectNull('meta', kind, input))
  // Not followed: the builder turns phone "abc123" into "123"; a number without a possible length is refused here.
})

describe('meta — derived edge cases', () => {
  it('has no gmail rule and keeps UTF-8 letters, composed (NFC)', () => {
    expect(normalize('meta', 'email', 'Jane.Doe+x@Gmail.com').normalized).toBe('jane.doe+x@gmail.com')
    expect(normalize('meta', 'first_name', 'Vale\u0301ry').normalized).toBe('valéry')
    expect(hashValue(normalize('meta', 'first_name', 'Vale\u0301ry').normalized!).sha256_hex).toBe(
      '08e1996b5dd49e62a4b4c010d44e4345592a863bb9f8e3976219bac29417149c'
    )
    expect(normalize('meta', 'last_name', 'O’Neil-Smith Jr.').normalized).toBe('oneilsmithjr')
    expect(normalize('meta', 'city', 'Zürich').normalized).toBe('zürich')
  })

  it('phones: digits with country code from the region, already-international digits kept, leading 00 dropped', () => {
    expect(normalize('meta', 'phone', '020 7946 0958', { region: 'GB' }).normalized).toBe('442079460958')
    expect(normalize('meta', 'phone', '442079460958').normalized).toBe('442079460958')
    expect(normalize('meta', 'phone', '0044 20 7946 0958').normalized).toBe('442079460958')
    expectNull('meta', 'phone', '12345')
    expectNull('meta', 'phone', '491-2345') // a US local number: not read as +49 12345 (Germany)
  })

  it('dates: ISO, compact and day-first when unambiguous; impossible dates and years are refused', () => {
    expect(normalize('meta', 'date_of_birth', '1997-02-16').normalized).toBe('19970216')
    expect(normalize('meta', 'date_of_birth', '19970216').normalized).toBe('19970216')
    expect(normalize('meta', 'date_of_birth', '16.02.1997').normalized).toBe('19970216')
    expectNull('meta', 'date_of_birth', '1997-02-30')
    expectNull('meta', 'date_of_birth', '2/16/97')
    expectNull('meta', 'date_of_birth', '1899-12-31')
    expectNull('meta', 'date_of_birth', `${new Date().getUTCFullYear() + 1}-01-01`)
  })

  it('countries: 2-letter ISO codes and names (accents ignored); unknown names and codes are refused', () => {
    expect(normalize('meta', 'country', 'GB').normalized).toBe('gb')
    expect(normalize('meta', 'country', "Côte d'Ivoire").normalized).toBe('ci')
    expectNull('meta', 'country', 'UK')
    expectNull('meta', 'country', 'Atlantis')
  })

  it("postal codes outside the US keep letters, lose spaces, and are cut at the first dash as Meta's SDK does", () => {
    expect(normalize('meta', 'postal_code', 'SW1A 1AA').normalized).toBe('sw1a1aa')
    expect(normalize('meta', 'postal_code', '1229-076').normalized).toBe('1229')
    expect(normalize('meta', 'postal_code', '981214892').normalized).toBe('98121')
  })

  it('empty, blank and punctuation-only values are null', () => {
    expectNull('meta', 'email', '')
    expectNull('meta', 'first_name', '   ')
    expectNull('meta', 'first_name', '--')
  })
})

// Meta's server-side SDK normalizer tests, facebook/facebook-php-business-sdk at
// 38288dd7bb05aeb0516201d5b319556c6b7da149, test/FacebookAdsTest/Object/ServerSide/ServerSideNormalizeTest.php
// (cityNormalizeData, postalCodeNormalizeData; the rules in src/FacebookAds/Object/ServerSide/Normalizer.php).
describe("meta — Meta's server-side SDK test cases", () => {
  it.each([
    ['city', 'Menlo Park', 'menlopark'],
    ['city', 'Seattle-98121', 'seattle'],
    ['city', 'Washington D.C', 'washingtondc'],
    ['postal_code', '  98121', '98121'],
    ['postal_code', '98121-4892', '98121'],
    ['postal_code', 'NR9 5AL', 'nr95al'],
    ['postal_code', '98-121-4892', '98'],
    ['phone', '+442071838750', '442071838750']
  ])('%s %j → %j', (kind, input, normalized) => checkVector('meta', kind, { input, normalized }))

  // The SDK keeps "123-456-7890" as 1234567890 (it never adds a country code); Meta's page says a US number must
  // carry its country code, and read as US it would be +1 123…, an area code that cannot exist: refused.
  // phoneNormalizeData, where Meta's page is stricter than the SDK: the page says "remove symbols, letters, and any
  // leading zeros" and that the number must include its country code (the SDK adds none).
  it('phones per the page: country code added, leading zeros dropped, impossible lengths refused', () => {
    expect(normalize('meta', 'phone', '777 747 (3515)').normalized).toBe('17777473515') // SDK: 7777473515
    expect(normalize('meta', 'phone', '001 650 555 1212').normalized).toBe('16505551212')
    // SDK: 4412390821300; a UK national number has 9 or 10 digits, this one 11: no such number.
    expectNull('meta', 'phone', '44-12390821300A')
  })

  // The page (customer-information-parameters, ph): "Remove symbols, letters, and any leading zeros" — letters are
  // dropped, not read as keypad digits; the SDK case 44-12390821300A above drops its A the same way.
  it('phones with letters: the letters are removed, an extension is dropped, a vanity number is refused', () => {
    expect(normalize('meta', 'phone', '650A555B1212', { region: 'US' }).normalized).toBe('16505551212')
    expect(normalize('meta', 'phone', 'ph 0044 20 7946 0958').normalized).toBe('442079460958')
    expect(normalize('meta', 'phone', '16505551212abc').normalized).toBe('16505551212')
    // Derived (the page is silent on extensions): the extension's digits are not glued onto the number.
    expect(normalize('meta', 'phone', '+1 650-555-1212 ext. 12').normalized).toBe('16505551212')
    expect(normalize('meta', 'phone', '650-555-1212 x12', { region: 'US' }).normalized).toBe('16505551212')
    for (const vanity of ['1-800-FLOWERS', '1-650-555-CALL']) {
      expectNull('meta', 'phone', vanity, { region: 'US' })
      expect(normalize('meta', 'phone', vanity, { region: 'US' }).reason).toMatch(
        /Meta removes the letters of a phone number, so a number spelled with letters \(1-800-FLOWERS\) must be written in digits/
      )
    }
  })

  it('refuses a US number whose area code starts with 0 or 1', () => {
    expectNull('meta', 'phone', '123-456-7890')
    expect(normalize('meta', 'phone', '123-456-7890').reason).toMatch(/area code 123 cannot exist/)
  })
})
