import { describe, expect, it } from '@jest/globals'
import { recipe, run, values } from '../../helpers/recipe-steps.js'

describe('pattern steps', () => {
  // recipe-actions.EXTRACT_PATTERN.html: pattern "^....*...$" on last_name.
  it('EXTRACT_PATTERN writes the first match after the source, missing where nothing matches', () => {
    const out = run(
      recipe([
        'EXTRACT_PATTERN',
        { pattern: '^....*...$', sourceColumn: 'last_name', targetColumn: 'first_and_last_few_characters' }
      ]),
      [
        { last_name: 'Johnson', id: '1' },
        { last_name: 'Li', id: '2' },
        { last_name: null, id: '3' }
      ]
    )
    expect(out.columns.map(c => c.name)).toEqual(['last_name', 'first_and_last_few_characters', 'id'])
    expect(out.rows.map(r => r.first_and_last_few_characters)).toEqual(['Johnson', null, null])
    expect(
      values(
        'EXTRACT_PATTERN',
        { pattern: '\\d{5}', sourceColumn: 'a', targetColumn: 't' },
        { a: ['Seattle 98121-4892'] }
      )
    ).toEqual(['98121'])
  })

  // recipe-actions.FLAG_COLUMN_FROM_PATTERN.html: pattern "N.*" on wind_direction, trueString yes, falseString No.
  it('FLAG_COLUMN_FROM_PATTERN as the page example, and its True/False defaults', () => {
    const col = { wind_direction: ['N', 'NNE', 'SW', null] }
    expect(
      values(
        'FLAG_COLUMN_FROM_PATTERN',
        {
          falseString: 'No',
          flagType: 'Pattern',
          pattern: 'N.*',
          sourceColumn: 'wind_direction',
          targetColumn: 'northerly',
          trueString: 'yes'
        },
        col
      )
    ).toEqual(['yes', 'yes', 'No', 'No'])
    // Some console exports omit flagType.
    expect(
      values(
        'FLAG_COLUMN_FROM_PATTERN',
        { pattern: '^S', sourceColumn: 'wind_direction', targetColumn: 't' },
        col
      )
    ).toEqual(['False', 'False', 'True', 'False'])
  })

  it('refuses an invalid pattern and a wrong flagType with the step named', () => {
    expect(() =>
      run(recipe(['EXTRACT_PATTERN', { pattern: '(', sourceColumn: 'a', targetColumn: 't' }]), [{ a: 'x' }])
    ).toThrow('step 1 (EXTRACT_PATTERN): EXTRACT_PATTERN pattern `(` has an unclosed (')
    expect(() =>
      run(
        recipe([
          'FLAG_COLUMN_FROM_PATTERN',
          { flagType: 'Null values', pattern: 'a', sourceColumn: 'a', targetColumn: 't' }
        ]),
        [{ a: 'x' }]
      )
    ).toThrow("flagType must be Pattern, got 'Null values'")
  })
})
