import { describe, expect, it } from '@jest/globals'
import type { Row } from '../../../src/formats/table.js'
import { recipe, run } from '../../helpers/recipe-steps.js'

const votes = {
  columns: ['assembly_session', 'state_code', 'vote'].map(name => ({ name, type: 'string' as const })),
  rows: [
    { assembly_session: '70', state_code: 'USA', vote: 'yes' },
    { assembly_session: '70', state_code: 'USA', vote: 'no' },
    { assembly_session: '71', state_code: 'FRA', vote: 'abstain' },
    { assembly_session: '72', state_code: '', vote: 'no key' }
  ]
}
const states = (): Row[] => [
  { assembly_session: '70', state_code: 'USA', state_name: 'United States' },
  { assembly_session: '70', state_code: 'CHN', state_name: 'China' },
  { assembly_session: '71', state_code: 'FRA', state_name: 'France' }
]

// recipe-actions.JOIN.html example: joinKeys assembly_session and state_code, secondary dataset "votes".
const step = (joinType: string, extra: Record<string, string | string[]> = {}) =>
  recipe([
    'JOIN',
    {
      joinKeys: JSON.stringify([
        { key: 'assembly_session', value: 'assembly_session' },
        { key: 'state_code', value: 'state_code' }
      ]),
      joinType,
      leftColumns: ['assembly_session', 'state_code', 'state_name'],
      rightColumns: ['state_code', 'vote'],
      secondInputLocation: 's3://databrew-public-datasets-us-east-1/votes.csv',
      secondaryDatasetName: 'votes',
      ...extra
    }
  ])

const joined = (joinType: string) =>
  run(step(joinType), states(), { joinDatasets: { votes } }).rows.map(r => [r.state_name, r.vote])

describe('JOIN with a local secondary dataset', () => {
  it('INNER_JOIN as the page example; a taken right column name gets the dataset suffix', () => {
    const out = run(step('INNER_JOIN'), states(), { joinDatasets: { votes } })
    expect(out.columns.map(c => c.name)).toEqual([
      'assembly_session',
      'state_code',
      'state_name',
      'state_code_votes',
      'vote'
    ])
    expect(out.rows).toEqual([
      {
        assembly_session: '70',
        state_code: 'USA',
        state_name: 'United States',
        state_code_votes: 'USA',
        vote: 'yes'
      },
      {
        assembly_session: '70',
        state_code: 'USA',
        state_name: 'United States',
        state_code_votes: 'USA',
        vote: 'no'
      },
      {
        assembly_session: '71',
        state_code: 'FRA',
        state_name: 'France',
        state_code_votes: 'FRA',
        vote: 'abstain'
      }
    ])
  })

  it('the other join types; a missing key matches nothing', () => {
    expect(joined('LEFT_JOIN')).toEqual([
      ['United States', 'yes'],
      ['United States', 'no'],
      ['China', null],
      ['France', 'abstain']
    ])
    expect(joined('RIGHT_JOIN')).toEqual([
      ['United States', 'yes'],
      ['United States', 'no'],
      ['France', 'abstain'],
      [null, 'no key']
    ])
    expect(joined('OUTER_JOIN')).toHaveLength(5)
    expect(joined('LEFT_EXCLUDING_JOIN')).toEqual([['China', null]])
    expect(joined('RIGHT_EXCLUDING_JOIN')).toEqual([[null, 'no key']])
    expect(joined('OUTER_EXCLUDING_JOIN')).toEqual([
      ['China', null],
      [null, 'no key']
    ])
  })

  it('names the missing dataset and the flag that gives it, and refuses bad keys', () => {
    expect(() => run(step('INNER_JOIN'), states())).toThrow(
      "JOIN needs the secondary dataset 'votes' locally: pass --join-dataset votes=FILE"
    )
    expect(() =>
      run(step('INNER_JOIN', { joinKeys: '[{"key":"state_code","value":"country"}]' }), states(), {
        joinDatasets: { votes }
      })
    ).toThrow("JOIN key 'country' is not a column of the secondary dataset 'votes'")
    expect(() => run(step('CROSS_JOIN'), states(), { joinDatasets: { votes } })).toThrow(
      "JOIN joinType 'CROSS_JOIN' is not one of INNER_JOIN"
    )
  })
})
