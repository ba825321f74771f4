import { describe, expect, it } from '@jest/globals'
import { RecipeCompileError } from '../../../src/recipe/engine.js'
import { javaDouble } from '../../../src/recipe/ops/math.js'
import { recipe, run, values } from '../../helpers/recipe-steps.js'

describe('math functions', () => {
  // recipe-actions.functions.DIVIDE.html: { sourceColumn1: height_cm, value2: "2", targetColumn: divide_by_2 }
  it('DIVIDE by a literal, as the page example, writes doubles after the source column', () => {
    const out = run(
      recipe(['DIVIDE', { sourceColumn1: 'height_cm', targetColumn: 'divide_by_2', value2: '2' }]),
      [
        { height_cm: '170', name: 'a' },
        { height_cm: '171', name: 'b' },
        { height_cm: 'tall', name: 'c' }
      ]
    )
    expect(out.columns.map(c => `${c.name}:${c.type}`)).toEqual([
      'height_cm:string',
      'divide_by_2:double',
      'name:string'
    ])
    expect(out.rows.map(r => r.divide_by_2)).toEqual(['85.0', '85.5', null])
  })

  it('DIVIDE by zero or by a missing value is missing, not Infinity', () => {
    expect(
      values(
        'DIVIDE',
        { sourceColumn1: 'a', sourceColumn2: 'b', targetColumn: 't' },
        { a: ['1', '1'], b: ['0', null] }
      )
    ).toEqual([null, null])
  })

  it('MULTIPLY, ADD, SUBTRACT, MOD keep integers integral and other results double', () => {
    const col = { a: ['3', '2.5', '-4'], b: ['4', '2', '3'] }
    const p = { sourceColumn1: 'a', sourceColumn2: 'b', targetColumn: 't' }
    expect(values('MULTIPLY', p, col)).toEqual(['12', '5.0', '-12'])
    expect(values('ADD', p, col)).toEqual(['7', '4.5', '-1'])
    expect(values('SUBTRACT', p, col)).toEqual(['-1', '0.5', '-7'])
    expect(values('MOD', p, col)).toEqual(['3', '0.5', '-1'])
    expect(
      values('MULTIPLY', { value1: '0.1', sourceColumn2: 'b', targetColumn: 't' }, { b: ['3'] })
    ).toEqual(['0.30000000000000004'])
  })

  // recipe-actions.functions.ROUND.html: "rounds up when the fraction is 0.5 or more"
  it('ROUND, CEILING, FLOOR give integers', () => {
    const col = { rating: ['4.5', '4.49', '-2.5', '7', 'n/a'] }
    // Halves away from zero, as Spark's round (HALF_UP), which DataBrew runs on.
    expect(values('ROUND', { sourceColumn: 'rating', targetColumn: 't' }, col)).toEqual([
      '5',
      '4',
      '-3',
      '7',
      null
    ])
    expect(values('CEILING', { sourceColumn: 'rating', targetColumn: 't' }, col)).toEqual([
      '5',
      '5',
      '-2',
      '7',
      null
    ])
    expect(values('FLOOR', { sourceColumn: 'rating', targetColumn: 't' }, col)).toEqual([
      '4',
      '4',
      '-3',
      '7',
      null
    ])
  })

  it('the unary family', () => {
    const col = { x: ['-4', '2.25', '0'] }
    const p = { sourceColumn: 'x', targetColumn: 't' }
    expect(values('ABSOLUTE', p, col)).toEqual(['4', '2.25', '0'])
    expect(values('NEGATE', p, col)).toEqual(['4', '-2.25', '0'])
    expect(values('SIGN', p, col)).toEqual(['-1', '1', '0'])
    expect(values('SQUARE_ROOT', p, col)).toEqual([null, '1.5', '0.0'])
    expect(values('POWER', { ...p, exponent: '2' }, col)).toEqual(['16.0', '5.0625', '0.0'])
    expect(values('LOG', { ...p, base: '2' }, { x: ['8', '0'] })).toEqual(['3.0', null])
    expect(values('LN', p, { x: ['1'] })).toEqual(['0.0'])
    expect(values('IS_EVEN', p, { x: ['4', '3', '2.5'] })).toEqual(['true', 'false', null])
    expect(values('IS_ODD', { ...p, trueString: 'odd', falseString: 'even' }, { x: ['4', '3'] })).toEqual([
      'even',
      'odd'
    ])
  })

  it('refuses a step that names both a column and a value, or a target that exists', () => {
    expect(() =>
      run(recipe(['DIVIDE', { sourceColumn1: 'a', value1: '2', value2: '2', targetColumn: 't' }]), [
        { a: '1' }
      ])
    ).toThrow(/DIVIDE takes sourceColumn1 or value1, not both/)
    expect(() => run(recipe(['ROUND', { sourceColumn: 'a', targetColumn: 'a' }]), [{ a: '1' }])).toThrow(
      RecipeCompileError
    )
    expect(() =>
      run(recipe(['POWER', { sourceColumn: 'a', targetColumn: 't', exponent: 'two' }]), [{ a: '1' }])
    ).toThrow(/POWER parameter exponent must be a number, got 'two'/)
  })

  it('prints doubles as Java does', () => {
    expect([85, 0.5, 1e7, 1.2345e-4, -0, 123456789.5].map(javaDouble)).toEqual([
      '85.0',
      '0.5',
      '1.0E7',
      '1.2345E-4',
      '-0.0',
      '1.234567895E8'
    ])
  })
})
