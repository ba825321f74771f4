import { describe, expect, it } from '@jest/globals'
import { recipe, run } from '../../helpers/recipe-steps.js'

// recipe-actions.CATEGORICAL_MAPPING.html example.
const categoryMap = JSON.stringify({
  'United States of America': '1',
  Canada: '2',
  Cuba: '3',
  Haiti: '4',
  'Dominican Republic': '5'
})
const rows = () => [
  { state_name: 'Canada' },
  { state_name: 'Mexico' },
  { state_name: 'Cuba' },
  { state_name: null }
]

describe('CATEGORICAL_MAPPING', () => {
  it('maps as the page example (keepOthers) into a new column after the source', () => {
    const out = run(
      recipe([
        'CATEGORICAL_MAPPING',
        {
          categoryMap,
          deleteOtherRows: 'false',
          keepOthers: 'true',
          mapType: 'NUMERIC',
          sourceColumn: 'state_name',
          targetColumn: 'state_name_mapped'
        }
      ]),
      rows()
    )
    expect(out.columns).toEqual([
      { name: 'state_name', type: 'string' },
      { name: 'state_name_mapped', type: 'string' }
    ])
    expect(out.rows.map(r => r.state_name_mapped)).toEqual(['2', 'Mexico', '3', null])
  })

  it('others: deleteOtherRows, then other, then missing; NUMERIC types the column when every category is a number', () => {
    const step = (extra: Record<string, string>) =>
      run(
        recipe([
          'CATEGORICAL_MAPPING',
          {
            categoryMap,
            sourceColumn: 'state_name',
            targetColumn: 't',
            mapType: 'NUMERIC',
            mappingOption: 'TOP_X_VALUES',
            ...extra
          }
        ]),
        rows()
      )
    expect(step({ deleteOtherRows: 'true' }).rows.map(r => r.t)).toEqual(['2', '3'])
    expect(step({ other: '0' }).rows.map(r => r.t)).toEqual(['2', '0', '3', '0'])
    const plain = step({})
    expect(plain.rows.map(r => r.t)).toEqual(['2', null, '3', null])
    expect(plain.columns[1]).toEqual({ name: 't', type: 'double' })
  })

  it('refuses a categoryMap that is not a JSON object', () => {
    expect(() =>
      run(
        recipe([
          'CATEGORICAL_MAPPING',
          { categoryMap: '["a"]', sourceColumn: 'state_name', targetColumn: 't' }
        ]),
        rows()
      )
    ).toThrow('CATEGORICAL_MAPPING categoryMap must be a JSON object of value → category')
  })
})
