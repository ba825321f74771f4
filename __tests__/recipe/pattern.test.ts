import { describe, expect, it } from '@jest/globals'
import {
  checkPattern,
  compilePattern,
  groupCount,
  javaReplacement,
  PatternBudgetError,
  withinBudget
} from '../../src/recipe/pattern.js'

describe('checkPattern: patterns that can backtrack for ever', () => {
  it.each([
    '(a+)+$',
    '(a*)*',
    '(\\w+\\s?)+$',
    '(.*a){20}',
    '((ab)*c)+',
    '(?:x+y?)*z',
    '(a|a)*',
    '(a|ab)+',
    '(.|b)*'
  ])('refuses %s', source => {
    expect(checkPattern(source)).toMatch(/exponential time/)
  })

  it.each([
    '[0-9]',
    '(\\d{3}-)+\\d{4}',
    '(?:\\d{1,3}\\.){3}\\d{1,3}',
    '(a|b)*c',
    '^\\s+|\\s+$',
    '(ab)+',
    'x(a+)?y',
    '[a-z]+@[a-z]+'
  ])('accepts %s', source => {
    expect(checkPattern(source)).toBeUndefined()
  })
})

describe('checkPattern: Java-only constructs are refused, not run differently', () => {
  it.each([
    ['a++', /possessive/],
    ['a*+b', /possessive/],
    ['(?>ab|a)c', /atomic group/],
    ['\\Qa.b\\E', /quoted literal/],
    ['\\p{javaLowerCase}', /Java-only character class/],
    ['\\p{Lower}', /Java-only character class/],
    ['\\p{IsLatin}', /Java-only character class/],
    ['\\pL', /without braces/],
    ['(?i)abc', /inline flags/],
    ['(?i:abc)', /inline flags/],
    ['(?<=a+)b', /lookbehind/],
    ['[a-z&&[^aeiou]]', /class/],
    ['[a[bc]]', /union/],
    ['\\012', /octal/],
    ['\\Aabc', /Java-only/],
    ['\\h+', /Java-only/],
    ['\\x{41}', /Java-only/]
  ])('%s', (source, message) => {
    expect(checkPattern(source)).toMatch(message)
  })

  it('reports syntax errors as invalid', () => {
    expect(checkPattern('(ab')).toMatch(/unclosed/)
    expect(checkPattern('a{')).toMatch(/not a valid regular expression/)
  })
})

describe('compilePattern: Java semantics where JavaScript differs', () => {
  it('treats an escaped non-alphabetic character as itself (Java allows \\@, JavaScript u-mode does not)', () => {
    expect(compilePattern('a\\@b\\#', 'p').test('a@b#')).toBe(true)
  })

  it("gives $ Java's meaning: end of input or before a final line terminator", () => {
    expect(compilePattern('x$', 'p').test('x\n')).toBe(true)
    expect(compilePattern('x$', 'p').test('x\ny')).toBe(false)
  })

  it("gives . Java's meaning: not U+0085", () => {
    expect(compilePattern('^.$', 'p').test('\u0085')).toBe(false)
    expect(compilePattern('^.$', 'p').test('é')).toBe(true)
  })

  it('keeps \\s to ASCII whitespace, as Java does by default', () => {
    expect(compilePattern('\\s', 'p').test('\u00a0')).toBe(false)
    expect(compilePattern('[\\s,]', 'p').test('\t')).toBe(true)
  })

  it('names the pattern in its error', () => {
    expect(() => compilePattern('(a+)+', 'REPLACE_TEXT pattern')).toThrow(
      /^REPLACE_TEXT pattern `\(a\+\)\+` nested quantifiers/
    )
  })
})

describe("javaReplacement: Java's replacement syntax", () => {
  const re = compilePattern('(\\w+)@(\\w+)', 'p')
  const apply = (value: string) => re.replaceAll('ann@example', javaReplacement(value, groupCount(re)))

  it('inserts groups with $n and takes \\$ literally', () => {
    expect(apply('$2 at $1')).toBe('example at ann')
    expect(apply('\\$1')).toBe('$1')
    expect(apply('$0!')).toBe('ann@example!')
  })

  it('reads $12 as group 1 then "2" when there is no group 12 (as Matcher does)', () => {
    expect(apply('$12')).toBe('ann2')
  })

  it('refuses a lone $ and a group the pattern does not have', () => {
    expect(() => apply('$')).toThrow(/write \\\$ for a dollar sign/)
    expect(() => apply('$3')).toThrow(/refers to group \$3, but the pattern has 2/)
  })
})

describe('withinBudget', () => {
  it('stops catastrophic backtracking and names the running pattern', () => {
    // Polynomial backtracking the static check does not catch: five unbounded runs of the same letter.
    const p = compilePattern('a*a*a*a*a*a*b', 'REPLACE_TEXT pattern')
    const started = Date.now()
    let error: unknown
    try {
      withinBudget(() => p.test('a'.repeat(5000)), 200, 'the sample run')
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(PatternBudgetError)
    expect((error as Error).message).toBe(
      'the sample run stopped after 200 ms in REPLACE_TEXT pattern `a*a*a*a*a*a*b`: the pattern backtracks too much, simplify it'
    )
    expect((error as PatternBudgetError).pattern).toBe('a*a*a*a*a*a*b')
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('returns the result of work that fits', () => {
    expect(withinBudget(() => compilePattern('b+', 'p').replaceAll('abba', () => '-'), 1000, 'x')).toBe('a-a')
  })
})
