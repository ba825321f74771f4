/** UID2: published vectors verbatim, then UID2's own SDK test cases, then derived edge cases (marked). */
import { describe, expect, it } from '@jest/globals'
import { hashValue, normalize } from '../../../src/recipe/normalize/index.js'
import { checkVector, expectNull, type Vector } from './vectors.js'

// https://unifiedid.com/docs/getting-started/gs-normalization-encoding — "Normalization Examples for Email" table,
// "Email Address Hash Encoding" and the introduction (SHA-256 hex as published, Base64 of the raw digest).
const MYEMAIL = {
  hex: '16c18d336f0b250f0e2d907452ceb9658a74ecdae8bc94864c23122a72cc27a5',
  base64: 'FsGNM28LJQ8OLZB0Us65ZYp07NrovJSGTCMSKnLMJ6U='
}
const JANESAOIRSE_GMAIL = {
  hex: '92ee26057ed9dea2535d6c8b141d48373932476599196e00352254896db5888f',
  base64: 'ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8='
}
const EMAIL_VECTORS: Vector[] = [
  { input: 'MyEmail@example.com', normalized: 'myemail@example.com', ...MYEMAIL },
  { input: 'MYEMAIL@example.com', normalized: 'myemail@example.com', ...MYEMAIL },
  {
    input: 'My.Email@example.com',
    normalized: 'my.email@example.com',
    hex: 'e22b53bc6f871274f3a62ab37a3caed7214fc14d676215a96a242fcfada1c81f',
    base64: '4itTvG+HEnTzpiqzejyu1yFPwU1nYhWpaiQvz62hyB8='
  },
  ...['JANESAOIRSE@example.com', 'JaneSaoirse@example.com'].map(input => ({
    input,
    normalized: 'janesaoirse@example.com',
    hex: 'd6670e7a92007f1b5ff785f1fc81e53aa6d3d7bd06bdf5c473cdc7286c284b6d',
    base64: '1mcOepIAfxtf94Xx/IHlOqbT170GvfXEc83HKGwoS20='
  })),
  ...['jane.saoirse@example.com', 'Jane.Saoirse@example.com'].map(input => ({
    input,
    normalized: 'jane.saoirse@example.com',
    hex: 'b196432c7b989a2ca91c83799957c515da53e6c13abf20b78fea94f117e90bf8',
    base64: 'sZZDLHuYmiypHIN5mVfFFdpT5sE6vyC3j+qU8RfpC/g='
  })),
  {
    input: 'JaneSaoirse+Work@example.com',
    normalized: 'janesaoirse+work@example.com',
    hex: '28aaee4815230cd3b4ebd88c515226550666e91ac019929e3adac3f66c288180',
    base64: 'KKruSBUjDNO069iMUVImVQZm6RrAGZKeOtrD9mwogYA='
  },
  ...[
    'JANE.SAOIRSE@gmail.com',
    'Jane.Saoirse@gmail.com',
    'JaneSaoirse+Work@gmail.com',
    'JANESaoirse@gmail.com'
  ].map(input => ({ input, normalized: 'janesaoirse@gmail.com', ...JANESAOIRSE_GMAIL })),
  // "Email Address Hash Encoding" table (raw USER@example.com in the current page, user@example.com before).
  ...['USER@example.com', 'user@example.com'].map(input => ({
    input,
    normalized: 'user@example.com',
    hex: 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514',
    base64: 'tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ='
  })),
  // The page's rule examples: jane.doe@gmail.com → janedoe@gmail.com, janedoe+home@gmail.com → janedoe@gmail.com.
  { input: 'jane.doe@gmail.com', normalized: 'janedoe@gmail.com' },
  { input: 'janedoe+home@gmail.com', normalized: 'janedoe@gmail.com' }
]

describe('uid2 email — published vectors (unifiedid.com gs-normalization-encoding)', () => {
  it.each(EMAIL_VECTORS)('$input → $normalized', v => checkVector('uid2', 'email', v))

  it("the page's counter-example: JANESaoirse@gmail.com hashed without normalizing gives another value", () => {
    expect(hashValue('JANESaoirse@gmail.com').sha256_base64).toBe(
      'VpLXEp5N1bj/V1WzjgZsC+FfuYdntAOywSVIO00FD/E='
    )
  })
})

describe('uid2 phone — published vectors', () => {
  // Same page, "Phone Number Normalization" and "Phone Number Hash Encoding".
  it.each([
    {
      input: '1 (234) 567-8901',
      normalized: '+12345678901',
      hex: '10e6f0b47054a83359477dcb35231db6de5c69fb1816e1a6b98e192de9e5b9ee',
      base64: 'EObwtHBUqDNZR33LNSMdtt5cafsYFuGmuY4ZLenlue4='
    },
    { input: '(02) 1234 5678', normalized: '+61212345678', options: { region: 'AU' } }
  ] as Vector[])('$input → $normalized', v => checkVector('uid2', 'phone', v))

  it('the Singapore example is not reproducible as published (typo on the page); a real number written so is', () => {
    // Published: "Singapore: 65 1243 5678 is normalized to +6512345678". Output digits 1234 5678 ≠ input 1243 5678, and
    // no Singapore number starts with 1, so neither form is a real number. The same writing (country code, no '+')
    // of a real Singapore number, read with region SG:
    expect(normalize('uid2', 'phone', '65 6123 4567', { region: 'SG' }).normalized).toBe('+6561234567')
    expect(normalize('uid2', 'phone', '65 1243 5678', { region: 'SG' }).normalized).not.toBe('+6512345678')
  })
})

// UID2's own JS SDK tests: https://github.com/IABTechLab/uid2-web-integrations/blob/main/src/shared/unitTests/diiNormalization.test.ts
describe('uid2 email — UID2 SDK test cases', () => {
  it.each(['', ' @', '@', 'a@', '@b', '@b.com', '+', ' ', '+@gmail.com', '.+@gmail.com', 'a@ba@z.com'])(
    'invalid %j → null',
    input => expectNull('uid2', 'email', input)
  )
  it.each(['test test@test.com', 'test@te st.com', 'test test@gmail.com'])('space inside %j → null', input =>
    expectNull('uid2', 'email', input)
  )
  it.each([
    ['TEst.TEST@Test.com ', 'test.test@test.com'],
    ['test.test@test.com', 'test.test@test.com'],
    ['test+test@test.com', 'test+test@test.com'],
    ['+test@test.com', '+test@test.com'],
    ['testtest@test.com', 'testtest@test.com'],
    [' testtest@test.com', 'testtest@test.com'],
    ['testtest@test.com ', 'testtest@test.com'],
    [' testtest@test.com ', 'testtest@test.com'],
    ['  testtest@test.com  ', 'testtest@test.com'],
    ['test+test@gmail.com', 'test@gmail.com'],
    ['TEst.TEst+123@GMail.Com', 'testtest@gmail.com'],
    ['test.test@gmail.com', 'testtest@gmail.com'],
    [' test.test@gmail.com', 'testtest@gmail.com'],
    ['test.test@gmail.com ', 'testtest@gmail.com'],
    [' test.test@gmail.com ', 'testtest@gmail.com'],
    ['  test.test@gmail.com  ', 'testtest@gmail.com'],
    ['TEstTEst@gmail.com  ', 'testtest@gmail.com'],
    ['TEstTEst@GMail.Com  ', 'testtest@gmail.com'],
    [' TEstTEst@GMail.Com  ', 'testtest@gmail.com'],
    ['TEstTEst@GMail.Com', 'testtest@gmail.com'],
    ['\uD83D\uDE0Atesttest@test.com', '\uD83D\uDE0Atesttest@test.com'],
    ['testtest@\uD83D\uDE0Atest.com', 'testtest@\uD83D\uDE0Atest.com'],
    ['testtest@test.com\uD83D\uDE0A', 'testtest@test.com\uD83D\uDE0A']
  ])('%j → %j', (input, normalized) => checkVector('uid2', 'email', { input, normalized }))
})

describe('uid2 — derived edge cases', () => {
  it('applies the gmail rule to gmail.com only: not googlemail.com, not other domains', () => {
    expect(normalize('uid2', 'email', 'Jane.Doe+ads@googlemail.com').normalized).toBe(
      'jane.doe+ads@googlemail.com'
    )
    expect(normalize('uid2', 'email', 'Jane.Doe+ads@example.com').normalized).toBe('jane.doe+ads@example.com')
  })

  it('keeps non-ASCII letters, composed (NFC)', () => {
    expect(normalize('uid2', 'email', ' Zoe\u0301@Example.fr ').normalized).toBe('zoé@example.fr')
  })

  it('reads phones without +country with the region (default US), refuses impossible ones and < 10 digits', () => {
    expect(normalize('uid2', 'phone', '(650) 555-1212').normalized).toBe('+16505551212')
    expect(normalize('uid2', 'phone', '020 7946 0958', { region: 'GB' }).normalized).toBe('+442079460958')
    expect(normalize('uid2', 'phone', '+44 20 7946 0958', { region: 'DE' }).normalized).toBe('+442079460958')
    expectNull('uid2', 'phone', '555')
    expectNull('uid2', 'phone', 'not a phone')
    expectNull('uid2', 'phone', '+1 650 555')
    expectNull('uid2', 'phone', '+683 4002') // Niue: a possible 7-digit E.164 number, below UID2's 10
  })
})
