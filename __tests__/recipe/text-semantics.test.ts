/** Where the engine follows DataBrew's pages rather than a general-purpose rule (issue 10). */
import { describe, expect, it } from '@jest/globals'
import { values } from '../helpers/recipe-steps.js'

const one = (operation: string, v: string, extra: Record<string, string> = {}) =>
  values(operation, { sourceColumn: 'a', ...extra }, { a: [v] }, 'a')[0]

describe('case steps follow the pages', () => {
  // recipe-actions.SENTENCE_CASE.html: "The quick brown fox. Jumped over. The fence"
  it('SENTENCE_CASE capitalizes each sentence, as the page example', () => {
    expect(one('SENTENCE_CASE', 'THE QUICK BROWN FOX. JUMPED OVER. THE FENCE')).toBe(
      'The quick brown fox. Jumped over. The fence'
    )
    expect(one('SENTENCE_CASE', 'is it? yes! "quoted" start.  two spaces')).toBe(
      'Is it? Yes! "Quoted" start.  Two spaces'
    )
    expect(one('SENTENCE_CASE', 'v1.2 release')).toBe('V1.2 release')
  })

  // recipe-actions.CAPITAL_CASE.html: "The Quick Brown Fox Jumped Over The Fence"; words split at white space
  // (Spark's initcap).
  it('CAPITAL_CASE capitalizes words split at white space: a digit does not start a new word', () => {
    expect(one('CAPITAL_CASE', 'the QUICK brown fox jumped over the fence')).toBe(
      'The Quick Brown Fox Jumped Over The Fence'
    )
    expect(one('CAPITAL_CASE', 'M1A 1ST mary-ann o’neil')).toBe('M1a 1st Mary-ann O’neil')
  })
})

describe('REMOVE_COMBINED acts on the page character sets', () => {
  // recipe-actions.REMOVE_COMBINED.html: punctuation ". ! , ?"; letters A–Z a–z; numbers 0–9; special characters
  // ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~
  it('removeAllPunctuation removes . ! , ? only', () => {
    expect(
      one('REMOVE_COMBINED', "Hi, Mary-Ann! O'Brien (2nd)? ¿Sí? «ok»…", { removeAllPunctuation: 'true' })
    ).toBe("Hi Mary-Ann O'Brien (2nd) ¿Sí «ok»…")
  })

  it('removeLeadingAndTrailingPunctuation trims . ! , ? at the ends only', () => {
    expect(
      one('REMOVE_COMBINED', '...-hello, world-!?', { removeLeadingAndTrailingPunctuation: 'true' })
    ).toBe('-hello, world-')
  })

  it('removeSpecialCharacters removes the ASCII list, not letters, digits or other Unicode', () => {
    expect(
      one('REMOVE_COMBINED', `a!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~b é€¿ 1`, {
        removeSpecialCharacters: 'true'
      })
    ).toBe('ab é€¿ 1')
  })

  it('removeLetters removes A–Z and a–z, removeNumbers 0–9', () => {
    expect(one('REMOVE_COMBINED', 'Zoë 42 Ωmega ٣', { removeLetters: 'true' })).toBe('ë 42 Ω ٣')
    expect(one('REMOVE_COMBINED', 'Zoë 42 ٣', { removeNumbers: 'true' })).toBe('Zoë  ٣')
  })
})
