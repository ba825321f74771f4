import { describe, expect, it } from '@jest/globals'
import { recipe, run } from '../../helpers/recipe-steps.js'

const votes = [
  { year: '2020', state_name: 'Ohio', all_votes: '10' },
  { year: '2020', state_name: 'Utah', all_votes: '4' },
  { year: '2020', state_name: 'Ohio', all_votes: '' },
  { year: '2016', state_name: 'Ohio', all_votes: '7' },
  { year: '2020', state_name: 'Ohio', all_votes: '3' }
]

const options = (...fns: [string, string, string][]) =>
  JSON.stringify(
    fns.map(([sourceColumnName, functionName, targetColumnName]) => ({
      sourceColumnName,
      targetColumnName,
      targetColumnDataType: 'number',
      functionName
    }))
  )

describe('GROUP_BY', () => {
  // recipe-actions.GROUP_BY.html example: COUNT of all_votes by year and state_name, useNewDataFrame true.
  it('with useNewDataFrame, one row per group as the page example', () => {
    const out = run(
      recipe([
        'GROUP_BY',
        {
          groupByAggFunctionOptions: options(['all_votes', 'COUNT', 'all_votes_count']),
          sourceColumns: ['year', 'state_name'],
          useNewDataFrame: 'true'
        }
      ]),
      votes
    )
    expect(out.columns.map(c => `${c.name}:${c.type}`)).toEqual([
      'year:string',
      'state_name:string',
      'all_votes_count:integer'
    ])
    expect(out.rows).toEqual([
      { year: '2020', state_name: 'Ohio', all_votes_count: '2' },
      { year: '2020', state_name: 'Utah', all_votes_count: '1' },
      { year: '2016', state_name: 'Ohio', all_votes_count: '1' }
    ])
  })

  it('without it, every row gains its group aggregates; SUM, AVERAGE, MIN, MAX, MEDIAN, COUNT_DISTINCT', () => {
    const out = run(
      recipe([
        'GROUP_BY',
        {
          groupByAggFunctionOptions: options(
            ['all_votes', 'SUM', 's'],
            ['all_votes', 'AVERAGE', 'avg'],
            ['all_votes', 'MIN', 'lo'],
            ['all_votes', 'MAX', 'hi'],
            ['all_votes', 'MEDIAN', 'med'],
            ['year', 'COUNT_DISTINCT', 'years']
          ),
          sourceColumns: ['state_name']
        }
      ]),
      votes
    )
    expect(out.rows.map(r => [r.state_name, r.s, r.avg, r.lo, r.hi, r.med, r.years])).toEqual([
      ['Ohio', '20.0', '6.666666666666667', '3', '10', '7.0', '2'],
      ['Utah', '4.0', '4.0', '4', '4', '4.0', '1'],
      ['Ohio', '20.0', '6.666666666666667', '3', '10', '7.0', '2'],
      ['Ohio', '20.0', '6.666666666666667', '3', '10', '7.0', '2'],
      ['Ohio', '20.0', '6.666666666666667', '3', '10', '7.0', '2']
    ])
  })

  it('refuses an aggregate it cannot run and a malformed option list', () => {
    expect(() =>
      run(
        recipe([
          'GROUP_BY',
          { groupByAggFunctionOptions: options(['all_votes', 'UNAGGREGATED', 'x']), sourceColumns: ['year'] }
        ]),
        votes
      )
    ).toThrow('cannot run locally: GROUP_BY function UNAGGREGATED cannot run locally')
    expect(() =>
      run(recipe(['GROUP_BY', { groupByAggFunctionOptions: '{}', sourceColumns: ['year'] }]), votes)
    ).toThrow('GROUP_BY groupByAggFunctionOptions must be a JSON list')
  })
})

describe('steps after a whole-table step', () => {
  it('a fill that needs statistics sees the grouped table, not the input', () => {
    const out = run(
      recipe(
        [
          'GROUP_BY',
          {
            groupByAggFunctionOptions: options(['all_votes', 'SUM', 'total']),
            sourceColumns: ['year', 'state_name'],
            useNewDataFrame: 'true'
          }
        ],
        ['FILL_WITH_AVERAGE', { sourceColumn: 'total' }]
      ),
      [...votes, { year: '2012', state_name: 'Iowa', all_votes: '' }]
    )
    // Group totals 13, 4, 7 and a missing one: the average of the grouped column is 8.
    expect(out.rows.map(r => r.total)).toEqual(['13.0', '4.0', '7.0', '8'])
  })
})
