/** AWS Entity Resolution: AWS's published normalization-library vectors, then derived edge cases (marked). */
import { describe, expect, it } from '@jest/globals'
import { normalize } from '../../../src/recipe/normalize/index.js'
import { checkVector, expectNull } from './vectors.js'

// https://github.com/aws-solutions-library-samples/guidance-for-customizing-normalization-library-for-aws-entity-resolution
// src/main/java/com/amazon/test/NormalizerTest.java (every field of its record except the street address).
describe('entity-resolution — AWS normalization library test vectors', () => {
  it.each([
    ['city', '  City1', 'city1'],
    ['country', '  US', 'us'],
    ['first_name', '  First1', 'first'],
    ['last_name', ' Last1', 'last'],
    ['email', '  Tumble@tumble.com ', 'tumble@tumble.com'],
    ['phone', ' 1-888-123-4567  ', '18881234567'],
    ['postal_code', ' 12345  ', '12345'],
    ['state', '  AlabaMA  ', 'al']
  ])('%s %j → %j', (kind, input, normalized) => checkVector('entity-resolution', kind, { input, normalized }))
})

describe('entity-resolution — derived from the library rules (normalizeRules.json, Operations.java)', () => {
  it('names: accents stripped (å → aa), a–z only', () => {
    expect(normalize('entity-resolution', 'first_name', " Zoë-Ann O'Neil ").normalized).toBe('zoeannoneil')
    expect(normalize('entity-resolution', 'name', 'Ångström Müller').normalized).toBe('aangstrommuller')
    expect(normalize('entity-resolution', 'last_name', 'Nguyễn').normalized).toBe('nguyen')
    expectNull('entity-resolution', 'first_name', '김') // no Latin letter left
  })

  it('emails: no gmail rule, only [a-z0-9_.@-] kept, <…> and (at) understood', () => {
    expect(normalize('entity-resolution', 'email', 'Jane.Doe@Gmail.com').normalized).toBe(
      'jane.doe@gmail.com'
    )
    expect(normalize('entity-resolution', 'email', 'Jane+News@Example.com').normalized).toBe(
      'janenews@example.com'
    )
    expect(normalize('entity-resolution', 'email', 'Jane Doe <Jane.Doe@Example.com>').normalized).toBe(
      'jane.doe@example.com'
    )
    expect(normalize('entity-resolution', 'email', 'jane(at)example.com').normalized).toBe('jane@example.com')
    expect(normalize('entity-resolution', 'email', 'José@Example.com').normalized).toBe('jose@example.com')
    expectNull('entity-resolution', 'email', 'not an email')
  })

  it('phones: digits with the country code, no +', () => {
    expect(normalize('entity-resolution', 'phone', '(201) 555-0123').normalized).toBe('12015550123')
    expect(normalize('entity-resolution', 'phone', '+44 20 7946 0958').normalized).toBe('442079460958')
    expect(normalize('entity-resolution', 'phone', '06 1234 5678', { region: 'IT' }).normalized).toBe(
      '390612345678'
    )
    expectNull('entity-resolution', 'phone', '123')
  })

  it('states: special letters spelt out, names mapped on the whole value only', () => {
    expect(normalize('entity-resolution', 'state', 'West Virginia').normalized).toBe('wv')
    // Only US and Canadian subdivisions are mapped (our table); others are spelled out and squashed.
    expect(normalize('entity-resolution', 'state', 'Baden-Württemberg').normalized).toBe('badenwuerttemberg')
    expect(normalize('entity-resolution', 'state', 'Québec').normalized).toBe('qc')
    expect(normalize('entity-resolution', 'state', 'NY').normalized).toBe('ny')
    expect(normalize('entity-resolution', 'state', 'Tasmania').normalized).toBe('tasmania')
  })

  it('postal codes: cut at the first dash, a–z 0–9 only; countries mapped by name', () => {
    expect(normalize('entity-resolution', 'postal_code', '12345-6789').normalized).toBe('12345')
    expect(normalize('entity-resolution', 'postal_code', 'SW1A 1AA').normalized).toBe('sw1a1aa')
    expect(normalize('entity-resolution', 'country', 'United Kingdom').normalized).toBe('gb')
    expect(normalize('entity-resolution', 'country', 'Brazil').normalized).toBe('br') // every country ICU names is mapped
    expect(normalize('entity-resolution', 'city', 'São Paulo').normalized).toBe('saopaulo')
  })

  it('defines no date of birth or gender', () => {
    expect(() => normalize('entity-resolution', 'date_of_birth', '1990-01-01')).toThrow(/has no kind/)
    expect(() => normalize('entity-resolution', 'gender', 'f')).toThrow(/has no kind/)
  })
})
