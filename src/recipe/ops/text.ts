/** Text operations: case, REMOVE_COMBINED's cleaning and REPLACE_TEXT. */
import { escapeRegex, flag, inPlace, param, sourceColumns, StepError, type Compile } from './common.js'
import { compilePattern, groupCount, javaReplacement, PatternError, type RecipePattern } from '../pattern.js'

/**
 * CAPITAL_CASE: "the first letter of each word is capitalized and the rest of the word is transformed to lowercase"
 * (recipe-actions.CAPITAL_CASE.html). A word is a run of characters between white space, as in Spark's initcap,
 * which DataBrew runs on: the word's first character is upper-cased (a digit stays as it is) and the rest
 * lower-cased, so `M1A` → `M1a`, `1ST` → `1st`, `mary-ann` → `Mary-ann`, `o'neil` → `O'neil`.
 */
function capitalCase(v: string): string {
  return v.replace(/[^\s]+/gu, w => {
    const [first = '', ...rest] = [...w]
    return first.toUpperCase() + rest.join('').toLowerCase()
  })
}

/**
 * SENTENCE_CASE: "the first letter of each sentence is capitalized, and the rest of the sentence is transformed to
 * lowercase" (recipe-actions.SENTENCE_CASE.html, example `The quick brown fox. Jumped over. The fence`). A sentence
 * starts the value or follows `.`, `!` or `?` and white space.
 */
function sentenceCase(v: string): string {
  return v
    .toLowerCase()
    .replace(/(^|[.!?]\s+)(\P{L}*?)(\p{L})/gu, (_m, end: string, lead: string, letter: string) => {
      return end + lead + letter.toUpperCase()
    })
}

// REMOVE_COMBINED's character sets are the page's own (recipe-actions.REMOVE_COMBINED.html), not Unicode classes:
// punctuation is `. ! , ?`, letters A–Z and a–z, numbers 0–9, special characters the ASCII list below.
const PUNCT = /[.!,?]/g
const EDGE_PUNCT = /^[.!,?]+|[.!,?]+$/g
const QUOTES = /["'`\u2018\u2019\u201C\u201D]/g
const EDGE_QUOTES = /^["'`\u2018\u2019\u201C\u201D]+|["'`\u2018\u2019\u201C\u201D]+$/g
// Special characters: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~ (the page's list).
const SPECIAL = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g

/**
 * REMOVE_COMBINED. Order: custom value, custom characters, letters, numbers, punctuation/quotes/special
 * characters, then whitespace — so removing punctuation cannot leave whitespace that a later trim misses.
 */
const removeCombined: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  const fs: ((v: string) => string)[] = []
  if (flag(step, 'removeCustomValue') && step.parameters.customValue) {
    const re = new RegExp(escapeRegex(step.parameters.customValue), 'g')
    fs.push(v => v.replace(re, ''))
  }
  if (flag(step, 'removeCustomCharacters') && step.parameters.customCharacters) {
    const re = new RegExp(`[${escapeRegex(step.parameters.customCharacters)}]`, 'gu')
    fs.push(v => v.replace(re, ''))
  }
  if (flag(step, 'removeLetters')) fs.push(v => v.replace(/[A-Za-z]/g, ''))
  if (flag(step, 'removeNumbers')) fs.push(v => v.replace(/[0-9]/g, ''))
  if (flag(step, 'removeSpecialCharacters')) fs.push(v => v.replace(SPECIAL, ''))
  if (flag(step, 'removeAllPunctuation')) fs.push(v => v.replace(PUNCT, ''))
  if (flag(step, 'removeLeadingAndTrailingPunctuation')) fs.push(v => v.trim().replace(EDGE_PUNCT, ''))
  if (flag(step, 'removeAllQuotes')) fs.push(v => v.replace(QUOTES, ''))
  if (flag(step, 'removeLeadingAndTrailingQuotes')) fs.push(v => v.trim().replace(EDGE_QUOTES, ''))
  if (flag(step, 'removeAllWhitespace')) fs.push(v => v.replace(/\s+/gu, ''))
  if (flag(step, 'collapseConsecutiveWhitespace')) fs.push(v => v.replace(/\s+/gu, ' '))
  if (flag(step, 'removeLeadingAndTrailingWhitespace')) fs.push(v => v.trim())
  return inPlace(columns, cols, v => fs.reduce((acc, f) => f(acc), v))
}

/**
 * REPLACE_TEXT: `pattern` is a Java regular expression (DataBrew); `value` uses Java's replacement syntax ($n, \$).
 * Assumed from the parameter names and DataBrew's Java runtime: the reference does not spell the dialect out.
 */
const replaceText: Compile = (step, columns) => {
  const cols = sourceColumns(step, columns)
  let re: RecipePattern
  let replacement: (match: string, groups: (string | undefined)[]) => string
  try {
    re = compilePattern(param(step, 'pattern'), 'REPLACE_TEXT pattern')
    replacement = javaReplacement(step.parameters.value ?? '', groupCount(re))
  } catch (err) {
    if (!(err instanceof PatternError)) throw err
    throw new StepError(step, err.message)
  }
  return inPlace(columns, cols, v => re.replaceAll(v, replacement))
}

export const TEXT_OPERATIONS: Record<string, Compile> = {
  LOWER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toLowerCase()),
  UPPER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toUpperCase()),
  CAPITAL_CASE: (s, c) => inPlace(c, sourceColumns(s, c), capitalCase),
  SENTENCE_CASE: (s, c) => inPlace(c, sourceColumns(s, c), sentenceCase),
  REMOVE_COMBINED: removeCombined,
  REPLACE_TEXT: replaceText
}
