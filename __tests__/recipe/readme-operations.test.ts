/**
 * The README's "It runs:" paragraph must name every operation and condition the engine runs (until `npm run docs`
 * generates it). Shorthand groups such as `FILL_WITH_CUSTOM / EMPTY / NULL` name each member by its suffix.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { SUPPORTED_CONDITIONS } from '../../src/recipe/conditions.js'
import { SUPPORTED_OPERATIONS } from '../../src/recipe/operations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const readme = readFileSync(path.join(root, 'README.md'), 'utf8')
const start = readme.indexOf('It runs:')
const paragraph = readme.slice(start, readme.indexOf('\n\n', start)).replace(/\s+/g, ' ')

/** Every name the paragraph spells out, with `A_B / C / D` expanded to A_B, A_C, A_D (prefix up to the last `_`). */
function namesIn(text: string): Set<string> {
  const names = new Set<string>()
  for (const group of text.matchAll(/[A-Z][A-Z0-9_]*(?: \/ [A-Z][A-Z0-9_]*)*/g)) {
    const [first, ...rest] = group[0].split(' / ')
    names.add(first!)
    for (const suffix of rest) {
      // The shorthand drops the words the members share: try every prefix of the first name.
      const parts = first!.split('_')
      for (let k = 1; k < parts.length; k++) names.add(`${parts.slice(0, k).join('_')}_${suffix}`)
    }
  }
  return names
}

describe('README operation list', () => {
  it('names every operation of the engine registry', () => {
    expect(start).toBeGreaterThan(0)
    const named = namesIn(paragraph)
    expect(SUPPORTED_OPERATIONS.filter(op => !named.has(op))).toEqual([])
  })

  it('names every condition, and NOT_ forms are covered by "their NOT_ forms"', () => {
    const named = namesIn(paragraph)
    const missingConditions = SUPPORTED_CONDITIONS.filter(
      c =>
        !named.has(c) && !(c.startsWith('NOT_') && named.has(c.slice(4)) && paragraph.includes('NOT_ forms'))
    )
    // LESS_THAN … stands for the comparison family.
    expect(
      missingConditions.filter(c => !/^(NOT_EQUALS|LESS_THAN_EQUAL|GREATER_THAN(_EQUAL)?)$/.test(c))
    ).toEqual([])
  })
})
