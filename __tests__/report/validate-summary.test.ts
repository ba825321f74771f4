import { describe, expect, it } from '@jest/globals'
import { escapeMarkdown } from '../../src/report/format.js'
import {
  maskValue,
  renderRecipeReport,
  renderValidateSummary,
  schemaDiff,
  type RecipeReport
} from '../../src/report/validate-summary.js'

const pii = new Set(['email', 'phone'])
const report: RecipeReport = {
  file: 'recipes/customers.json',
  problems: [],
  schema: ['customer_id', 'email', 'phone'],
  baseSchema: ['customer_id', 'email', 'phone', 'address'],
  sample: {
    file: 'examples/data/customers.csv',
    rowsIn: 3,
    rowsOut: 3,
    beforeColumns: ['customer_id', 'email', 'phone', 'address'],
    before: [
      { customer_id: 'C1', email: 'jane.doe@example.com', phone: '+1 555 010 1234', address: '1 Main St' }
    ],
    afterColumns: ['customer_id', 'email', 'phone'],
    after: [
      { customer_id: 'C1', email: 'q0H3mUeZ9ovQ0YfWq3mJqg4vAnmXn1oG2L6k1hYd9vU=', phone: '+15550101234' }
    ]
  }
}

describe('validate summary', () => {
  it('never shows PII in clear: masked before, and after unless hashed', () => {
    const md = renderRecipeReport(report, pii)
    expect(md).not.toContain('jane.doe@example.com')
    expect(md).not.toContain('+1 555 010 1234')
    expect(md).not.toContain('+15550101234') // normalized but not hashed: still PII
    expect(md).toContain(escapeMarkdown('q0H3mUeZ9ovQ0YfWq3mJqg4vAnmXn1oG2L6k1hYd9vU='))
    expect(md).toContain('1 Main St') // not a policy column
  })

  it('shows the schema diff against the base branch', () => {
    const md = renderRecipeReport(report, pii)
    expect(md).toContain('removed `address`')
    expect(schemaDiff(['a', 'b'], ['b', 'a', 'c'])).toEqual({ added: ['c'], removed: [], moved: true })
  })

  it('lists problems as file:line:col and marks the recipe failed', () => {
    const md = renderValidateSummary(
      [
        {
          ...report,
          problems: [
            {
              file: 'recipes/customers.json',
              line: 12,
              column: 5,
              step: 3,
              message: "PII column 'email' reaches the output unhashed",
              severity: 'error'
            }
          ]
        }
      ],
      pii,
      'pii-policy.yml'
    )
    expect(md).toMatch(/^## ❌ 1 recipe problem\(s\)/)
    expect(md).toContain('recipes/customers.json:12:5')
  })

  it('masks values keeping only their first character', () => {
    expect(maskValue('jane')).toBe('j•••')
    expect(maskValue('ab')).toBe('••')
    expect(maskValue(null)).toBe('∅')
  })
})
