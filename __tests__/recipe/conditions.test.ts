import { describe, expect, it } from '@jest/globals'
import { compileConditions } from '../../src/recipe/conditions.js'
import { recipe, run } from '../helpers/recipe-steps.js'

describe('IS_INVALID', () => {
  it('selects present values that are not of the column type', () => {
    const typed = (type: 'integer' | 'double' | 'boolean' | 'date' | 'string') =>
      compileConditions([{ condition: 'IS_INVALID', targetColumn: 'x' }], [{ name: 'x', type }])!
    const check = (type: Parameters<typeof typed>[0], vs: (string | null)[]) =>
      vs.map(x => typed(type)({ x }))
    expect(check('integer', ['12', '1.5', 'abc', null, ''])).toEqual([false, true, true, false, false])
    expect(check('double', ['1.5', '1e3', 'NaN', 'x'])).toEqual([false, false, true, true])
    expect(check('boolean', ['true', 'FALSE', 'yes'])).toEqual([false, false, true])
    expect(check('date', ['2020-02-29', '2019-02-29', '01/15/2020'])).toEqual([false, true, false])
    expect(check('string', ['anything'])).toEqual([false])
  })

  it('removes the rows whose value did not convert, after CHANGE_DATA_TYPE typed the column', () => {
    // CHANGE_DATA_TYPE turns what it cannot convert into missing, so IS_INVALID runs on a column typed elsewhere:
    // here a later step's condition sees the typed column.
    const out = run(
      recipe(
        ['CHANGE_DATA_TYPE', { sourceColumn: 'age', columnDataType: 'integer' }],
        ['FILL_WITH_CUSTOM', { sourceColumn: 'age', value: 'unknown' }],
        ['REMOVE_VALUES', { sourceColumn: 'age' }, [{ condition: 'IS_INVALID', targetColumn: 'age' }]]
      ),
      [{ age: '31' }, { age: 'thirty' }, { age: '40' }]
    )
    expect(out.rows.map(r => r.age)).toEqual(['31', '40'])
  })
})
