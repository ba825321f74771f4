/**
 * The README's list of what the engine runs is generated from the engine's registry (`recipe operations`, written by
 * `npm run docs`), and every operation the engine runs has a catalog entry (issue 10 and issue 11: the list cannot
 * drift, and the validator knows every operation the engine does).
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CATALOG } from '../../src/recipe/catalog.js'
import { SUPPORTED_CONDITIONS } from '../../src/recipe/conditions.js'
import { SUPPORTED_OPERATIONS } from '../../src/recipe/operations.js'
import { renderOperations } from '../../src/commands/recipe-operations.js'
import { cli } from '../helpers/cli.js'

const readme = readFileSync('README.md', 'utf8')
const section = readme.slice(
  readme.indexOf('<!-- operations:start'),
  readme.indexOf('<!-- operations:end -->')
)

describe('the operations the engine runs', () => {
  it('each has a catalog entry (the validator checks its parameters)', () => {
    expect(SUPPORTED_OPERATIONS.filter(op => !CATALOG[op])).toEqual([])
  })

  it("the README's section is what `npm run docs` writes from the registry", () => {
    expect(section).toContain(renderOperations(true))
    const named = new Set([...section.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map(m => m[1]))
    expect([...named].sort()).toEqual([...new Set([...SUPPORTED_OPERATIONS, ...SUPPORTED_CONDITIONS])].sort())
  })

  it('recipe operations prints every operation and condition once', async () => {
    const r = await cli(['recipe', 'operations'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      new RegExp(
        `^The local engine runs ${SUPPORTED_OPERATIONS.length} operations and ${SUPPORTED_CONDITIONS.length} conditions\\.\\n`
      )
    )
    for (const name of [...SUPPORTED_OPERATIONS, ...SUPPORTED_CONDITIONS])
      expect(r.stdout.match(new RegExp(`\\b${name}\\b`, 'g'))).toHaveLength(1)
  })
})
