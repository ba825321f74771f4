import { describe, expect, it } from '@jest/globals'
import { createHash, createHmac } from 'node:crypto'
import type { Column, Row } from '../../src/formats/table.js'
import { compileRecipe, RecipeCompileError, runRows } from '../../src/recipe/engine.js'
import type { Condition, Recipe } from '../../src/recipe/model.js'
import type { EngineOptions } from '../../src/recipe/operations.js'

type StepSpec = [
  operation: string,
  parameters: Record<string, string | string[] | boolean>,
  conditions?: Condition[]
]

function recipe(...steps: StepSpec[]): Recipe {
  return {
    file: 'r.json',
    steps: steps.map(([operation, parameters, conditions], i) => ({
      number: i + 1,
      operation,
      parameters: Object.fromEntries(
        Object.entries(parameters).map(([k, v]) => [k, Array.isArray(v) ? JSON.stringify(v) : String(v)])
      ),
      conditions: conditions ?? [],
      location: { line: i + 2, column: 3 }
    }))
  }
}

const cols = (...names: string[]): Column[] => names.map(name => ({ name, type: 'string' }))

function run(r: Recipe, rows: Row[], options: EngineOptions = {}) {
  const input = cols(...Object.keys(rows[0] ?? {}))
  const compiled = compileRecipe(r, input, options)
  return { rows: runRows(compiled, rows), columns: compiled.output.map(c => c.name) }
}

describe('text operations', () => {
  it('changes case', () => {
    const rows = [{ a: 'hELLO wORLD o’neil' }]
    expect(run(recipe(['LOWER_CASE', { sourceColumn: 'a' }]), rows).rows[0]!.a).toBe('hello world o’neil')
    expect(run(recipe(['UPPER_CASE', { sourceColumn: 'a' }]), rows).rows[0]!.a).toBe('HELLO WORLD O’NEIL')
    expect(run(recipe(['CAPITAL_CASE', { sourceColumn: 'a' }]), rows).rows[0]!.a).toBe('Hello World O’neil')
    expect(run(recipe(['SENTENCE_CASE', { sourceColumn: 'a' }]), rows).rows[0]!.a).toBe('Hello world o’neil')
  })

  it('REMOVE_COMBINED applies its flags', () => {
    const rows = [{ e: '  "Jane.Doe"@Example.COM!!  ', n: " Mary-Ann  O'Brien 3rd " }]
    const out = run(
      recipe(
        [
          'REMOVE_COMBINED',
          { sourceColumn: 'e', removeLeadingAndTrailingWhitespace: 'true', removeAllQuotes: 'true' }
        ],
        [
          'REMOVE_COMBINED',
          {
            sourceColumn: 'n',
            removeAllPunctuation: 'true',
            removeNumbers: 'true',
            collapseConsecutiveWhitespace: 'true',
            removeLeadingAndTrailingWhitespace: 'true'
          }
        ]
      ),
      rows
    ).rows[0]!
    expect(out.e).toBe('Jane.Doe@Example.COM!!')
    // Punctuation is the page's `. ! , ?`: the hyphen and apostrophe stay.
    expect(out.n).toBe("Mary-Ann O'Brien rd")
  })

  it('REPLACE_TEXT replaces every regex match', () => {
    const out = run(recipe(['REPLACE_TEXT', { sourceColumn: 'p', pattern: '[^0-9+]', value: '' }]), [
      { p: '+1 (555) 010-1234' }
    ])
    expect(out.rows[0]!.p).toBe('+15550101234')
  })

  it('FORMAT_PHONE_NUMBER formats E.164 and leaves what it cannot parse', () => {
    const r = recipe([
      'FORMAT_PHONE_NUMBER',
      { sourceColumn: 'p', phoneNumberFormat: 'E164', defaultRegion: 'US' }
    ])
    const out = run(r, [
      { p: '(201) 555-0123' },
      { p: '+44 20 7946 0958' },
      { p: 'not a phone' },
      { p: null }
    ]).rows
    expect(out.map(x => x.p)).toEqual(['+12015550123', '+442079460958', 'not a phone', null])
    const noRegion = run(recipe(['FORMAT_PHONE_NUMBER', { sourceColumn: 'p' }]), [
      { p: '(201) 555-0123' }
    ]).rows
    expect(noRegion[0]!.p).toBe('(201) 555-0123')
  })
})

describe('structure', () => {
  it('renames, duplicates, deletes and merges, tracking the schema', () => {
    const out = run(
      recipe(
        ['RENAME', { sourceColumn: 'fn', targetColumn: 'first_name' }],
        ['DUPLICATE', { sourceColumn: 'first_name', targetColumn: 'first_copy' }],
        ['MERGE', { sourceColumns: ['first_name', 'ln'], delimiter: ' ', targetColumn: 'full' }],
        ['DELETE', { sourceColumns: ['ln'] }]
      ),
      [{ fn: 'Ada', ln: 'Lovelace', x: '1' }]
    )
    expect(out.columns).toEqual(['first_name', 'first_copy', 'full', 'x'])
    expect(out.rows[0]).toEqual({ first_name: 'Ada', first_copy: 'Ada', full: 'Ada Lovelace', x: '1' })
  })

  it('splits columns in place into name_1 … name_n', () => {
    const single = run(
      recipe(['SPLIT_COLUMN_SINGLE_DELIMITER', { sourceColumn: 'e', pattern: '@', limit: '1' }]),
      [
        { e: 'a@b@c', k: '1' },
        { e: null, k: '2' }
      ]
    )
    expect(single.columns).toEqual(['e_1', 'e_2', 'k'])
    expect(single.rows).toEqual([
      { e_1: 'a', e_2: 'b@c', k: '1' },
      { e_1: null, e_2: null, k: '2' }
    ])
    const between = run(
      recipe(['SPLIT_COLUMN_BETWEEN_POSITIONS', { sourceColumn: 'z', startPosition: '1', endPosition: '3' }]),
      [{ z: 'abcdef' }]
    )
    expect(between.rows[0]).toEqual({ z_1: 'a', z_2: 'bc', z_3: 'def' })
  })

  it('names the step and column when a column is missing', () => {
    expect(() => compileRecipe(recipe(['LOWER_CASE', { sourceColumn: 'nope' }]), cols('a'))).toThrow(
      /r\.json:2:3: step 1 \(LOWER_CASE\): column 'nope' does not exist/
    )
  })
})

describe('quality and types', () => {
  it('CHANGE_DATA_TYPE turns what cannot convert into null and records the type', () => {
    const r = run(recipe(['CHANGE_DATA_TYPE', { sourceColumn: 'n', columnDataType: 'integer' }]), [
      { n: '42' },
      { n: 'x' },
      { n: '7.0' }
    ])
    expect(r.rows.map(x => x.n)).toEqual(['42', null, '7'])
    const compiled = compileRecipe(
      recipe(['CHANGE_DATA_TYPE', { sourceColumn: 'n', columnDataType: 'double' }]),
      cols('n')
    )
    expect(compiled.output[0]!.type).toBe('double')
  })

  it('CRYPTOGRAPHIC_HASH makes a typed column text (a digest written to an integer column would be lost)', () => {
    const compiled = compileRecipe(
      recipe(
        ['CHANGE_DATA_TYPE', { sourceColumn: 'n', columnDataType: 'integer' }],
        ['CRYPTOGRAPHIC_HASH', { sourceColumns: ['n'], algorithm: 'SHA256' }]
      ),
      cols('n', 'm')
    )
    expect(compiled.output).toEqual([
      { name: 'n', type: 'string' },
      { name: 'm', type: 'string' }
    ])
  })

  it('REMOVE_MISSING, FILL_WITH_CUSTOM and REMOVE_VALUES with conditions', () => {
    const rows = [
      { a: '1', b: null },
      { a: null, b: 'x' },
      { a: '30', b: 'y' }
    ]
    expect(run(recipe(['REMOVE_MISSING', { sourceColumn: 'a' }]), rows).rows.length).toBe(2)
    expect(run(recipe(['FILL_WITH_CUSTOM', { sourceColumn: 'b', value: 'n/a' }]), rows).rows[0]!.b).toBe(
      'n/a'
    )
    const removed = run(
      recipe([
        'REMOVE_VALUES',
        { sourceColumn: 'a' },
        [{ condition: 'LESS_THAN', value: '18', targetColumn: 'a' }]
      ]),
      rows
    ).rows
    expect(removed.map(r => r.a)).toEqual([null, '30'])
  })

  it('applies an in-place step only to rows its conditions select', () => {
    const out = run(
      recipe([
        'UPPER_CASE',
        { sourceColumn: 'c' },
        [{ condition: 'STARTS_WITH', value: 'u', targetColumn: 'c' }]
      ]),
      [{ c: 'us' }, { c: 'de' }]
    ).rows
    expect(out.map(r => r.c)).toEqual(['US', 'de'])
  })

  it('removes duplicates by column and whole rows', () => {
    const rows = [
      { k: '1', v: 'a' },
      { k: '1', v: 'b' },
      { k: '2', v: 'a' },
      { k: '2', v: 'a' }
    ]
    expect(run(recipe(['REMOVE_DUPLICATES', { sourceColumn: 'k' }]), rows).rows).toEqual([rows[0], rows[2]])
    expect(run(recipe(['DELETE_DUPLICATE_ROWS', {}]), rows).rows.length).toBe(3)
  })
})

describe('PII', () => {
  it('CRYPTOGRAPHIC_HASH: HMAC_SHA256 base64 of the raw digest; blanks stay blank; plain digests need no key', () => {
    const key = Buffer.from('k3y-'.repeat(8))
    const r = recipe([
      'CRYPTOGRAPHIC_HASH',
      { sourceColumns: ['e'], algorithm: 'HMAC_SHA256', secretId: 'AwsGlueDataBrew-x' }
    ])
    const out = run(r, [{ e: 'jane@example.com' }, { e: null }, { e: '' }], { hashKey: key }).rows
    expect(out[0]!.e).toBe(createHmac('sha256', key).update('jane@example.com').digest('base64'))
    expect(out[0]!.e).toHaveLength(44)
    expect(out[1]!.e).toBeNull()
    expect(out[2]!.e).toBe('')
    const sha = run(recipe(['CRYPTOGRAPHIC_HASH', { sourceColumns: ['e'], algorithm: 'SHA256' }]), [
      { e: 'x' }
    ]).rows
    expect(sha[0]!.e).toBe(createHash('sha256').update('x').digest('base64'))
    expect(() => compileRecipe(r, cols('e'))).toThrow(/needs the HMAC key/)
  })

  it.each(['HMAC_MD5', 'HMAC_SHA1', 'HMAC_SHA256', 'HMAC_SHA512'])(
    '%s equals node:crypto HMAC for 32-byte, long and non-ASCII keys and values',
    name => {
      const algorithm = name.slice(5).toLowerCase()
      for (const key of [Buffer.alloc(32, 'k'), Buffer.alloc(200, 7), Buffer.from('schlüssel'.repeat(4))]) {
        const values = ['a', 'zoë.müller@example.com', 'x'.repeat(3000), '日本語']
        const out = run(
          recipe(['CRYPTOGRAPHIC_HASH', { sourceColumns: ['v'], algorithm: name }]),
          values.map(v => ({ v })),
          {
            hashKey: key
          }
        ).rows
        expect(out.map(r => r.v)).toEqual(
          values.map(v => createHmac(algorithm, key).update(v).digest('base64'))
        )
      }
    }
  )

  it('masks ranges, delimiters, custom values and dates', () => {
    const m = (step: StepSpec, v: string) => run(recipe(step), [{ s: v }]).rows[0]!.s
    expect(
      m(['MASK_RANGE', { sourceColumns: ['s'], maskSymbol: '#', start: '0', stop: '-4' }], '4111111111111111')
    ).toBe('############1111')
    expect(
      m(['MASK_RANGE', { sourceColumns: ['s'], maskSymbol: '*', alphabet: ['WHITESPACE'] }], 'ab cd')
    ).toBe('** **')
    expect(
      m(
        ['MASK_DELIMITER', { sourceColumns: ['s'], maskSymbol: '#', startDelimiter: '<', endDelimiter: '>' }],
        'a<bc>d'
      )
    ).toBe('a<##>d')
    expect(
      m(['MASK_CUSTOM', { sourceColumns: ['s'], maskSymbol: '#', customValue: 'amazon' }], 'amazon.com')
    ).toBe('######.com')
    expect(m(['MASK_DATE', { sourceColumns: ['s'], maskSymbol: '#', redact: ['YEAR'] }], '1990-05-17')).toBe(
      '####-05-17'
    )
    expect(
      m(['MASK_DATE', { sourceColumns: ['s'], maskSymbol: '#', redact: ['DAY', 'MONTH'] }], '05/17/1990')
    ).toBe('##/##/1990')
  })

  it('REPLACE_WITH_RANDOM_BETWEEN stays within the bounds', () => {
    const out = run(
      recipe(['REPLACE_WITH_RANDOM_BETWEEN', { sourceColumns: ['s'], lowerBound: '1', upperBound: '3' }]),
      Array.from({ length: 50 }, () => ({ s: 'x' }))
    ).rows
    for (const r of out) expect(['1', '2', '3']).toContain(r.s)
  })
})

describe('what the engine cannot run', () => {
  it('reports every unsupported operation with its position instead of skipping it', () => {
    try {
      compileRecipe(
        recipe(
          ['LOWER_CASE', { sourceColumn: 'a' }],
          ['PIVOT', { sourceColumn: 'a' }],
          ['DETERMINISTIC_ENCRYPT', {}]
        ),
        cols('a')
      )
      throw new Error('expected a failure')
    } catch (err) {
      expect(err).toBeInstanceOf(RecipeCompileError)
      const messages = (err as RecipeCompileError).problems.map(p => `${p.line}:${p.message}`)
      expect(messages).toEqual([
        '3:step 2: operation PIVOT cannot run in the local engine (it runs in DataBrew only)',
        '4:step 3: operation DETERMINISTIC_ENCRYPT cannot run in the local engine (it runs in DataBrew only)'
      ])
    }
  })

  it('reports an unknown condition', () => {
    expect(() =>
      compileRecipe(
        recipe(['LOWER_CASE', { sourceColumn: 'a' }, [{ condition: 'IS_PRIME', targetColumn: 'a' }]]),
        cols('a')
      )
    ).toThrow(/condition IS_PRIME cannot be evaluated locally/)
  })
})
