import { describe, expect, it } from '@jest/globals'
import { Readable } from 'node:stream'
import type { Row, TableReader, TableWriter } from '../../../src/formats/table.js'
import { compileRecipe, runCompiled } from '../../../src/recipe/engine.js'
import { recipe, run } from '../../helpers/recipe-steps.js'

const people = (n: number): Row[] =>
  Array.from({ length: n }, (_, i) => ({
    id: String(i),
    email: `p${i}@example.com`,
    region: i % 2 ? 'east' : 'west'
  }))

describe('SHUFFLE_ROWS', () => {
  it('moves the listed columns between rows, keeps every value once, and repeats with the same seed', () => {
    const r = recipe(['SHUFFLE_ROWS', { sourceColumns: ['email'] }])
    const a = run(r, people(50), { shuffleSeed: 's1' }).rows
    const b = run(r, people(50), { shuffleSeed: 's1' }).rows
    const c = run(r, people(50), { shuffleSeed: 's2' }).rows
    expect(a.map(x => x.id)).toEqual(people(50).map(x => x.id))
    expect(a.map(x => x.email).sort()).toEqual(
      people(50)
        .map(x => x.email)
        .sort()
    )
    expect(a).toEqual(b)
    expect(a.map(x => x.email)).not.toEqual(c.map(x => x.email))
    expect(a.filter((x, i) => x.email !== people(50)[i]!.email).length).toBeGreaterThan(40)
  })

  it('with groupByColumns, values move only among rows of the same group', () => {
    const out = run(
      recipe(['SHUFFLE_ROWS', { sourceColumns: ['email'], groupByColumns: ['region'] }]),
      people(40),
      {
        shuffleSeed: 'g'
      }
    ).rows
    for (const row of out) {
      const from = Number(/p(\d+)@/.exec(row.email!)![1])
      expect(from % 2 ? 'east' : 'west').toBe(row.region)
    }
  })

  it('runs in the streaming engine: steps before and after it apply, rows are counted', async () => {
    const compiled = compileRecipe(
      recipe(
        ['UPPER_CASE', { sourceColumn: 'email' }],
        ['SHUFFLE_ROWS', { sourceColumns: ['email'] }],
        [
          'REMOVE_VALUES',
          { sourceColumn: 'region' },
          [{ condition: 'IS', value: '["east"]', targetColumn: 'region' }]
        ]
      ),
      ['id', 'email', 'region'].map(name => ({ name, type: 'string' as const })),
      { shuffleSeed: 'x' }
    )
    const written: Row[] = []
    const reader: TableReader = {
      columns: compiled.input,
      batches: () => Readable.from([people(6).slice(0, 3), people(6).slice(3)]),
      close: async () => {}
    } as unknown as TableReader
    const writer = {
      write: async (rows: Row[]) => void written.push(...rows),
      close: async () => {},
      abort: async () => {}
    } as unknown as TableWriter
    expect(await runCompiled(compiled, reader, writer)).toEqual({ rowsIn: 6, rowsOut: 3 })
    expect(written.every(r => r.region === 'west' && /^P\d@EXAMPLE\.COM$/.test(r.email!))).toBe(true)
  })

  it('refuses ConditionExpressions on a whole-table step', () => {
    expect(() =>
      run(
        recipe([
          'SHUFFLE_ROWS',
          { sourceColumns: ['email'] },
          [{ condition: 'IS_MISSING', targetColumn: 'id' }]
        ]),
        people(2)
      )
    ).toThrow('SHUFFLE_ROWS applies to the whole table: ConditionExpressions cannot select rows for it')
  })
})
