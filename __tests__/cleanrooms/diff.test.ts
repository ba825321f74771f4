/** The contract against the base branch's: which changes partners would notice (issue 13, the pull-request check). */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseContract, type Contract } from '../../src/cleanrooms/contract.js'
import { diffContracts } from '../../src/cleanrooms/diff.js'

const EXAMPLE = readFileSync('examples/cleanrooms.yml', 'utf8')

function contract(text: string): Contract {
  const parsed = parseContract(text, 'cleanrooms.yml')
  expect(parsed.problems).toEqual([])
  return parsed.contract!
}

/** The example with `edits` applied (each [from, to] must match). */
function edited(...edits: [string, string][]): Contract {
  let text = EXAMPLE
  for (const [from, to] of edits) {
    expect(text).toContain(from)
    text = text.replace(from, to)
  }
  return contract(text)
}

function summary(base: Contract, head: Contract, types?: [Map<string, string>, Map<string, string>]) {
  return diffContracts({ contract: base, types: types?.[0] }, { contract: head, types: types?.[1] }).map(
    c => `${c.breaking ? 'breaking' : 'added'}: ${c.message.replace(/:.*/, '')} @${c.location.line}`
  )
}

const ALLOWED = 'allowedColumns: [customer_id, email, phone, city, state, country]'

describe('diffContracts', () => {
  it('finds nothing between a contract and itself', () => {
    expect(summary(contract(EXAMPLE), contract(EXAMPLE))).toEqual([])
  })

  it('calls a removed column breaking, at the section that lost it, and an added one not', () => {
    const head = edited(
      [ALLOWED, 'allowedColumns: [customer_id, email, phone, city, country, segment]'],
      ['dimensionColumns: [city, state, country]', 'dimensionColumns: [city, country, segment]']
    )
    expect(summary(contract(EXAMPLE), head)).toEqual([
      'breaking: allowed column state removed @10',
      'added: allowed column segment added @12',
      'breaking: dimension column state removed @14',
      'added: dimension column segment added @18'
    ])
  })

  it('calls a stricter rule breaking and a looser one not', () => {
    const stricter = edited(
      ['minimum: 100', 'minimum: 150'],
      ['scalarFunctions: [COALESCE, LOWER, TRIM]', 'scalarFunctions: [COALESCE, TRIM]'],
      ['allowedJoinOperators: [OR, AND]', 'allowedJoinOperators: [AND]'],
      [
        '{ columnNames: [customer_id], function: COUNT_DISTINCT }',
        '{ columnNames: [customer_id], function: COUNT }'
      ]
    )
    expect(summary(contract(EXAMPLE), stricter)).toEqual([
      'breaking: join operator OR removed @14',
      'breaking: aggregation COUNT_DISTINCT(customer_id) removed @14',
      'added: aggregation COUNT(customer_id) added @14',
      'breaking: scalar function LOWER removed @14',
      'breaking: output constraint on customer_id raised from 100 to 150 @23'
    ])
    expect(summary(stricter, contract(EXAMPLE))).toEqual([
      'added: join operator OR added @14',
      'breaking: aggregation COUNT(customer_id) removed @14',
      'added: aggregation COUNT_DISTINCT(customer_id) added @14',
      'added: scalar function LOWER added @14',
      'added: output constraint on customer_id lowered from 150 to 100 @23'
    ])
  })

  it("reads an absent allowedJoinOperators as Clean Rooms' default AND", () => {
    const absent = edited(['  allowedJoinOperators: [OR, AND]\n', ''])
    expect(
      summary(absent, edited(['allowedJoinOperators: [OR, AND]', 'allowedJoinOperators: [AND]']))
    ).toEqual([])
    expect(summary(contract(EXAMPLE), absent)).toEqual(['breaking: join operator OR removed @14'])
  })

  it('calls a renamed table, a new joinRequired and another rule type breaking', () => {
    const base = edited(['  joinRequired: QUERY_RUNNER\n', ''])
    expect(summary(base, contract(EXAMPLE))).toEqual(['breaking: joinRequired @14'])
    expect(summary(contract(EXAMPLE), edited(['name: customers', 'name: customers_v2']))).toEqual([
      'breaking: configured table renamed from customers to customers_v2 @10'
    ])
    const list = contract(
      EXAMPLE.slice(0, EXAMPLE.indexOf('analysisRule:')) +
        'analysisRule:\n  type: LIST\n  joinColumns: [email, phone]\n  listColumns: [city, state, country]\n'
    )
    expect(summary(contract(EXAMPLE), list)).toEqual([
      'breaking: analysis rule changed from AGGREGATION to LIST @14'
    ])
  })

  it('calls a type change of a join column breaking, naming the join, and of another column too', () => {
    const before = new Map([
      ['email', 'string'],
      ['customer_id', 'string'],
      ['city', 'string']
    ])
    const after = new Map([
      ['email', 'integer'],
      ['customer_id', 'integer'],
      ['city', 'string']
    ])
    const changes = diffContracts(
      { contract: contract(EXAMPLE), types: before },
      { contract: contract(EXAMPLE), types: after }
    )
    expect(changes.map(c => c.message)).toEqual([
      "column customer_id changes type from string to integer: partners' queries may fail or change meaning",
      "join column email changes type from string to integer: partners' join on it would no longer match"
    ])
    expect(changes.every(c => c.breaking)).toBe(true)
  })

  it('reads revision (default 1) and refuses one below 1', () => {
    expect(contract(EXAMPLE).revision).toBe(1)
    expect(edited(['version: 1\n', 'version: 1\nrevision: 3\n']).revision).toBe(3)
    const bad = parseContract(EXAMPLE.replace('version: 1\n', 'version: 1\nrevision: 0\n'), 'c.yml')
    expect(bad.problems.map(p => `${p.line}:${p.column} ${p.message}`)).toEqual([
      "7:11 revision must be a whole number from 1 (raise it with a change that breaks partners' queries)"
    ])
  })
})
