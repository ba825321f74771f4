/**
 * The collaboration contract: parsed and checked with the Clean Rooms API's rules (file:line:col), held against the
 * recipe and the PII policy (each breaking change of issue 13 as a fixture), and carried by the stack exactly.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parseTemplate } from '../infra/cfn-yaml.js'
import { configuredTableProperties } from '../../src/cleanrooms/cfn.js'
import { checkContract } from '../../src/cleanrooms/check.js'
import { parseContract, type Contract } from '../../src/cleanrooms/contract.js'
import { parsePolicy } from '../../src/recipe/policy.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { columnFlow } from '../../src/recipe/column-flow.js'

const STACK_CONTRACT = readFileSync('infra/cleanrooms.yml', 'utf8')
const recipeText = readFileSync('infra/recipes/default.json', 'utf8')
const recipe = parseRecipe(recipeText, 'infra/recipes/default.json').recipe!
const policy = parsePolicy(readFileSync('examples/pii-policy.yml', 'utf8'), 'examples/pii-policy.yml').policy!
const header = readFileSync('examples/data/customers.csv', 'utf8').split('\n')[0]!.split(',')
const outputColumns = columnFlow(recipe, header)!

function contract(text = STACK_CONTRACT): Contract {
  const { contract, problems } = parseContract(text, 'cleanrooms.yml')
  expect(problems).toEqual([])
  return contract!
}

const problemsOf = (text: string) =>
  parseContract(text, 'cleanrooms.yml').problems.map(p => `${p.line}:${p.column}: ${p.message}`)

describe('the stack contract', () => {
  it('is valid, and holds for the default recipe and the example PII policy', () => {
    const c = contract()
    const checked = checkContract(c, { recipe, outputColumns, policy })
    expect(checked.problems).toEqual([])
    expect(checked.table).toEqual([
      { column: 'customer_id', roles: ['aggregate (COUNT_DISTINCT)'], protection: 'output as is' },
      {
        column: 'email',
        roles: ['join'],
        protection: 'hashed (HMAC_SHA256, key AwsGlueDataBrew-cleanrooms-hashing-key)'
      },
      {
        column: 'phone',
        roles: ['join'],
        protection: 'hashed (HMAC_SHA256, key AwsGlueDataBrew-cleanrooms-hashing-key)'
      },
      { column: 'city', roles: ['dimension'], protection: 'output as is' },
      { column: 'state', roles: ['dimension'], protection: 'output as is' },
      { column: 'country', roles: ['dimension'], protection: 'output as is' }
    ])
  })

  it("is exactly what infra/template.yaml's ConfiguredTable carries", () => {
    const template = parseTemplate(readFileSync('infra/template.yaml', 'utf8'))
    const { TableReference, ...properties } = template.Resources!.ConfiguredTable!.Properties as Record<
      string,
      unknown
    >
    expect(TableReference).toBeDefined()
    expect(properties).toEqual(configuredTableProperties(contract()))
    // The association is named after the configured table: the name partners query.
    expect(template.Resources!.ConfiguredTableAssociation!.Properties!.Name).toBe(contract().name)
  })

  it('examples/cleanrooms.yml is the same contract over the example recipe', () => {
    const example = contract(readFileSync('examples/cleanrooms.yml', 'utf8'))
    expect(example.recipe).toBe('examples/recipes/customers.json')
    expect(configuredTableProperties(example)).toEqual(configuredTableProperties(contract()))
  })
})

describe('the Clean Rooms API rules, with positions', () => {
  const base = (rule: string, allowed = '[customer_id, email, phone, city, state, country]') =>
    `version: 1\nconfiguredTable:\n  name: customers\n  allowedColumns: ${allowed}\nanalysisRule:\n${rule}`
  const aggregation = (over: Record<string, string> = {}) => {
    const parts: Record<string, string> = {
      type: 'AGGREGATION',
      joinColumns: '[email]',
      dimensionColumns: '[state]',
      scalarFunctions: '[LOWER]',
      aggregateColumns: '[{ columnNames: [customer_id], function: COUNT_DISTINCT }]',
      outputConstraints: '[{ columnName: customer_id, minimum: 100, type: COUNT_DISTINCT }]',
      ...over
    }
    return Object.entries(parts)
      .filter(([, v]) => v !== '')
      .map(([k, v]) => `  ${k}: ${v}`)
      .join('\n')
  }

  it.each([
    [
      'an upper-case column',
      base(aggregation(), '[Email]'),
      /^4:20: configuredTable.allowedColumns: 'Email' is not a Clean Rooms column name .*RENAME/
    ],
    [
      'a dimension that is a join column',
      base(aggregation({ dimensionColumns: '[email]' })),
      /^8:22: email is a join column, which Clean Rooms never outputs/
    ],
    [
      'a rule column not allowed',
      base(aggregation({ dimensionColumns: '[postal_code]' })),
      /dimension column postal_code is not in configuredTable.allowedColumns/
    ],
    [
      'an unknown aggregate function',
      base(aggregation({ aggregateColumns: '[{ columnNames: [customer_id], function: MEDIAN }]' })),
      /aggregate function 'MEDIAN' is not one of SUM, SUM_DISTINCT, COUNT, COUNT_DISTINCT, AVG/
    ],
    [
      'an unknown scalar function',
      base(aggregation({ scalarFunctions: '[LOWER, CONCAT]' })),
      /scalarFunctions: 'CONCAT' is not one of/
    ],
    [
      'an output constraint below 2',
      base(
        aggregation({ outputConstraints: '[{ columnName: customer_id, minimum: 1, type: COUNT_DISTINCT }]' })
      ),
      /minimum: a whole number from 2 to 100000/
    ],
    [
      'no output constraint',
      base(aggregation({ outputConstraints: '[]' })),
      /outputConstraints needs at least 1/
    ],
    [
      'an unknown join operator',
      base(aggregation({ allowedJoinOperators: '[XOR]' })),
      /allowedJoinOperators: 'XOR' is not one of OR, AND/
    ],
    [
      'an unknown key',
      base(aggregation({ listColumns: '[state]' })),
      /an AGGREGATION rule has no key 'listColumns'/
    ],
    [
      'a list column that is a join column',
      base('  type: LIST\n  joinColumns: [email]\n  listColumns: [email, state]'),
      /email is a join column, which Clean Rooms never outputs: it cannot be a list column too/
    ],
    [
      'a custom rule without analyses',
      base('  type: CUSTOM\n  allowedAnalyses: []'),
      /allowedAnalyses needs at least 1/
    ],
    [
      'a custom rule naming a non-ARN',
      base('  type: CUSTOM\n  allowedAnalyses: [my-template]'),
      /'my-template' is neither ANY_QUERY nor an analysis template ARN/
    ],
    [
      'another rule type',
      base('  type: ID_MAPPING_TABLE'),
      /analysisRule.type 'ID_MAPPING_TABLE' is not AGGREGATION, LIST or CUSTOM/
    ],
    [
      'a bad membership id',
      `membershipId: abc\n${base(aggregation())}`,
      /membershipId 'abc' is not a membership id/
    ],
    ['no version', base(aggregation()).replace('version: 1\n', ''), /needs version: 1/]
  ])('refuses %s', (_label, text, message) => {
    const problems = problemsOf(text)
    expect(problems.some(p => message.test(p))).toBe(true)
  })

  it('reports every problem at once, in file order', () => {
    const problems = problemsOf(
      base(
        aggregation({ dimensionColumns: '[email]', scalarFunctions: '[CONCAT]' }),
        '[Email, email, state, customer_id]'
      )
    )
    expect(problems.length).toBeGreaterThanOrEqual(3)
    const lines = problems.map(p => Number(p.split(':')[0]))
    expect([...lines].sort((a, b) => a - b)).toEqual(lines)
  })

  it('a LIST and a CUSTOM rule become the CloudFormation policy shapes', () => {
    const list = contract(
      base(
        '  type: LIST\n  joinColumns: [email]\n  listColumns: [state, country]\n  allowedJoinOperators: [AND]'
      )
    )
    expect(configuredTableProperties(list).AnalysisRules).toEqual([
      {
        Type: 'LIST',
        Policy: {
          V1: {
            List: { JoinColumns: ['email'], AllowedJoinOperators: ['AND'], ListColumns: ['state', 'country'] }
          }
        }
      }
    ])
    const custom = contract(
      base('  type: CUSTOM\n  allowedAnalyses: [ANY_QUERY]\n  allowedAnalysisProviders: ["210987654321"]')
    )
    expect(configuredTableProperties(custom).AnalysisRules).toEqual([
      {
        Type: 'CUSTOM',
        Policy: {
          V1: { Custom: { AllowedAnalyses: ['ANY_QUERY'], AllowedAnalysisProviders: ['210987654321'] } }
        }
      }
    ])
  })
})

describe('changes that break the collaboration (the pull-request check)', () => {
  const steps = JSON.parse(recipeText) as {
    Action: { Operation: string; Parameters: Record<string, string> }
  }[]
  const recipeWith = (change: (s: typeof steps) => typeof steps) =>
    parseRecipe(JSON.stringify(change(structuredClone(steps)), null, 2), 'recipe.json').recipe!
  const check = (r = recipe, c = contract()) => {
    const out = columnFlow(r, header)!
    return checkContract(c, { recipe: r, outputColumns: out, policy }).problems.map(p => p.message)
  }

  it('a join column no longer hashed', () => {
    const r = recipeWith(s =>
      s.map(x =>
        x.Action.Operation === 'CRYPTOGRAPHIC_HASH'
          ? {
              Action: {
                ...x.Action,
                Parameters: {
                  ...x.Action.Parameters,
                  sourceColumns: '["phone","first_name","last_name","postal_code","date_of_birth"]'
                }
              }
            }
          : x
      )
    )
    expect(check(r)).toContainEqual(expect.stringMatching(/^join column email is not hashed by the recipe/))
  })

  it('a join column hashed with another algorithm than the policy says', () => {
    const r = recipeWith(s =>
      s.map(x =>
        x.Action.Operation === 'CRYPTOGRAPHIC_HASH'
          ? { Action: { ...x.Action, Parameters: { ...x.Action.Parameters, algorithm: 'SHA256' } } }
          : x
      )
    )
    expect(check(r)).toContainEqual(
      expect.stringMatching(/^join column email is hashed with SHA256, not the policy's HMAC_SHA256/)
    )
  })

  it('an allowed column the recipe no longer outputs', () => {
    const r = recipeWith(s => [
      ...s,
      { Action: { Operation: 'DELETE', Parameters: { sourceColumns: '["city"]' } } }
    ])
    expect(check(r)).toContainEqual(
      expect.stringMatching(/^allowed column city is not in the recipe's output/)
    )
  })

  it('a PII column exposed as a dimension', () => {
    const c = contract(
      STACK_CONTRACT.replace(
        'allowedColumns: [customer_id, email, phone, city, state, country]',
        'allowedColumns: [customer_id, email, phone, city, state, country, postal_code]'
      ).replace(
        'dimensionColumns: [city, state, country]',
        'dimensionColumns: [city, state, country, postal_code]'
      )
    )
    expect(check(recipe, c)).toContainEqual(
      expect.stringMatching(
        /^postal_code is PII \(postal_code in the policy\) and the rule outputs it as a dimension column/
      )
    )
  })
})
