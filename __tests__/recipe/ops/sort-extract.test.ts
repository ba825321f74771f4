/** SORT and EXTRACT_VALUE, with the DataBrew reference pages' examples (recipe-actions.SORT / EXTRACT_VALUE). */
import { describe, expect, it } from '@jest/globals'
import { recipe, run, type StepSpec } from '../../helpers/recipe-steps.js'

const sortBy = (...expressions: Record<string, unknown>[]): StepSpec => [
  'SORT',
  { expressions: JSON.stringify(expressions) }
]

describe('SORT', () => {
  const rows = [
    { a: 'b', n: '10', day: 'Wed' },
    { a: null, n: '9', day: 'mon' },
    { a: 'a', n: '100', day: 'Sun' },
    { a: 'b', n: null, day: 'Tue' },
    { a: 'Z', n: '9', day: 'xyz' }
  ]

  it("orders text by code point, nulls where nullsOrdering puts them, ties in input order (the page's example)", () => {
    const r = run(
      recipe(sortBy({ sourceColumn: 'a', ordering: 'ASCENDING', nullsOrdering: 'NULLS_TOP' })),
      rows
    )
    expect(r.rows.map(x => `${x.a}:${x.day}`)).toEqual(['null:mon', 'Z:xyz', 'a:Sun', 'b:Wed', 'b:Tue'])
    const d = run(
      recipe(sortBy({ sourceColumn: 'a', ordering: 'DESCENDING', nullsOrdering: 'NULLS_BOTTOM' })),
      rows
    )
    expect(d.rows.map(x => `${x.a}:${x.day}`)).toEqual(['b:Wed', 'b:Tue', 'a:Sun', 'Z:xyz', 'null:mon'])
  })

  it('orders numeric columns as numbers, text columns as text, with a second key for ties', () => {
    const asText = run(
      recipe(sortBy({ sourceColumn: 'n', ordering: 'ASCENDING', nullsOrdering: 'NULLS_BOTTOM' })),
      rows
    )
    expect(asText.rows.map(x => x.n)).toEqual(['10', '100', '9', '9', null])
    const asNumber = run(
      recipe(
        ['CHANGE_DATA_TYPE', { sourceColumn: 'n', columnDataType: 'integer' }],
        sortBy(
          { sourceColumn: 'n', ordering: 'ASCENDING', nullsOrdering: 'NULLS_BOTTOM' },
          { sourceColumn: 'a', ordering: 'DESCENDING', nullsOrdering: 'NULLS_TOP' }
        )
      ),
      rows
    )
    expect(asNumber.rows.map(x => `${x.n}:${x.a}`)).toEqual(['9:null', '9:Z', '10:b', '100:a', 'null:b'])
  })

  it("puts customOrder values first, in that order, case-insensitive by default (the page's weekday example)", () => {
    const r = run(
      recipe(
        sortBy({
          sourceColumn: 'day',
          ordering: 'ASCENDING',
          nullsOrdering: 'NULLS_BOTTOM',
          customOrder: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
          isCustomOrderCaseSensitive: false
        })
      ),
      rows
    )
    expect(r.rows.map(x => x.day)).toEqual(['mon', 'Tue', 'Wed', 'Sun', 'xyz'])
  })

  it('names a bad expression', () => {
    expect(() => run(recipe(sortBy({ sourceColumn: 'nope' })), rows)).toThrow(/column 'nope' does not exist/)
    expect(() => run(recipe(sortBy({ sourceColumn: 'a', ordering: 'UP' })), rows)).toThrow(
      /SORT expression 1: ordering must be ASCENDING or DESCENDING, not UP/
    )
  })
})

describe('EXTRACT_VALUE', () => {
  // The page's user record, as JSON text (how nested values reach the engine).
  const user = JSON.stringify({
    name: 'Ammy',
    address: { state: 'CA', zipcode: 12345 },
    phoneNumber: { home: '123123123', work: '456456456' },
    citizenship: ['Canada', 'USA', 'Mexico', 'India']
  })
  const extract = (path: string, value: string | null = user) =>
    run(recipe(['EXTRACT_VALUE', { sourceColumn: 'user', targetColumn: 'out', path }]), [{ user: value }])
      .rows[0]!.out

  it("follows the page's three paths: map, array (0-based) and struct", () => {
    expect(extract('`user`.`phoneNumber`.`home`')).toBe('123123123')
    expect(extract('`user`.`citizenship`[1]')).toBe('USA')
    expect(extract('`user`.`address`.`zipcode`')).toBe('12345')
  })

  it('gives objects as JSON text, and a missing value for a path that is not there or a value that is not JSON', () => {
    expect(extract('`user`.`address`')).toBe('{"state":"CA","zipcode":12345}')
    expect(extract('`user`.`nope`.`x`')).toBeNull()
    expect(extract('`user`.`citizenship`[9]')).toBeNull()
    expect(extract('`user`.`name`', 'not json')).toBeNull()
    expect(extract('`user`.`name`', null)).toBeNull()
  })

  it('adds the column after its source and refuses a path it cannot read', () => {
    const r = run(
      recipe([
        'EXTRACT_VALUE',
        { sourceColumn: 'user', targetColumn: 'zip', path: '`user`.`address`.`zipcode`' }
      ]),
      [{ user, id: '1' }]
    )
    expect(r.columns.map(c => c.name)).toEqual(['user', 'zip', 'id'])
    expect(() => extract('`user`..`x`')).toThrow(
      /EXTRACT_VALUE path '`user`..`x`' is not fields in back ticks/
    )
  })
})
