import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { checkRecipeText } from '../../src/recipe/check-file.js'
import { formatProblem } from '../../src/recipe/model.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { parsePolicy } from '../../src/recipe/policy.js'

const fixture = (name: string) => readFileSync(`__tests__/fixtures/recipes/${name}`, 'utf8')
const policy = parsePolicy(readFileSync('examples/pii-policy.yml', 'utf8'), 'examples/pii-policy.yml').policy!
const COLUMNS =
  'customer_id,email,phone,first_name,last_name,address,city,state,postal_code,country,date_of_birth'.split(
    ','
  )

function check(name: string, withPolicy = true) {
  const text = name.startsWith('examples/') ? readFileSync(name, 'utf8') : fixture(name)
  return checkRecipeText(text, name, { policy: withPolicy ? policy : undefined, columns: COLUMNS })
}
const lines = (name: string, withPolicy = true) => check(name, withPolicy).problems.map(formatProblem)

describe('parseRecipe', () => {
  it('reads the exported array form with step positions and string parameters', () => {
    const { recipe, problems } = parseRecipe(
      readFileSync('examples/recipes/customers.json', 'utf8'),
      'c.json'
    )
    expect(problems).toEqual([])
    expect(recipe!.steps).toHaveLength(10)
    expect(recipe!.steps[1]).toMatchObject({
      number: 2,
      operation: 'LOWER_CASE',
      location: { line: 22, column: 3 }
    })
    expect(recipe!.steps[9]!.parameters.sourceColumns).toBe(
      '["email","phone","first_name","last_name","postal_code","date_of_birth"]'
    )
  })

  it('reads describe-recipe output and normalizes native arrays and booleans to the API string form', () => {
    const { recipe } = parseRecipe(fixture('native-arrays.json'), 'n.json')
    expect(recipe!.steps[0]!.parameters.sourceColumns).toBe('["address","city"]')
    expect(recipe!.steps[1]!.parameters.removeAllWhitespace).toBe('true')
  })

  it('points at the JSON syntax error', () => {
    expect(lines('bad-json.json')).toEqual([
      "bad-json.json:3:43: not valid JSON: expected ',' or '}', found '\"'"
    ])
  })

  it('rejects what is not a recipe', () => {
    expect(parseRecipe('{"x": 1}', 'x.json').problems[0]!.message).toMatch(/no "Steps" here/)
    expect(parseRecipe('[1]', 'x.json').problems[0]!.message).toBe('step 1 is not an object')
    expect(parseRecipe('[{"RecipeAction": {"Operation": "DELETE"}}]', 'x.json').problems[0]!.message).toMatch(
      /use "Action"/
    )
  })
})

describe('validateRecipe', () => {
  it('accepts the example recipe with its policy and computes the output schema', () => {
    const r = check('examples/recipes/customers.json')
    expect(r.problems).toEqual([])
    expect(r.output).toEqual(COLUMNS.filter(c => c !== 'address'))
  })

  it('names unknown operations, parameters and conditions with the fix, at file:line:col', () => {
    expect(lines('typos.json', false)).toEqual([
      'typos.json:2:3: step 1: unknown operation LOWERCASE: use LOWER_CASE',
      'typos.json:3:3: step 2: unknown operation HASH: use CRYPTOGRAPHIC_HASH',
      'typos.json:4:3: step 3 (REPLACE_TEXT): unknown parameter sourceColum (did you mean sourceColumn?)',
      'typos.json:4:3: step 3 (REPLACE_TEXT): missing required parameter sourceColumn',
      'typos.json:5:3: step 4 (CRYPTOGRAPHIC_HASH): parameter sourceColumns must be a JSON list of strings, e.g. "[\\"a\\",\\"b\\"]"',
      'typos.json:5:3: step 4 (CRYPTOGRAPHIC_HASH): parameter algorithm: "SHA3" is not one of MD5, SHA1, SHA256, SHA512, HMAC_MD5, HMAC_SHA1, HMAC_SHA256, HMAC_SHA512',
      "typos.json:5:85: step 4: parameter sourceColumns holds invalid JSON (unexpected end of JSON (expected ',' or ']') at character 9)",
      'typos.json:6:3: step 5 (UPPER_CASE): unknown condition IS_MISING (did you mean IS_MISSING?)'
    ])
  })

  it('reports a step that uses a column that no longer exists', () => {
    const text = JSON.stringify([
      { Action: { Operation: 'DELETE', Parameters: { sourceColumns: '["email"]' } } },
      { Action: { Operation: 'LOWER_CASE', Parameters: { sourceColumn: 'email' } } }
    ])
    expect(checkRecipeText(text, 'r.json', { columns: COLUMNS }).problems.map(p => p.message)).toEqual([
      expect.stringMatching(/^step 2 \(LOWER_CASE\): column 'email' does not exist at this step/)
    ])
  })
})

describe('PII policy', () => {
  it('catches the test-PR fixture: a PII column reaching the output unhashed', () => {
    expect(lines('unhashed-phone.json')).toEqual([
      "unhashed-phone.json:95:3: PII column 'phone' (phone, examples/pii-policy.yml:11) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('catches normalizing after hashing', () => {
    const errors = check('hash-before-normalize.json').problems.filter(p => p.severity === 'error')
    expect(errors[0]!.message).toBe(
      "step 2 (REMOVE_COMBINED): changes PII column 'email' after step 1 hashed it: normalize before hashing, or the hashes will not match partners'"
    )
  })

  it('catches a second hash contract', () => {
    expect(lines('mixed-algorithms.json')[0]).toMatch(
      /step 11 \(CRYPTOGRAPHIC_HASH\): hashes with SHA256, but step 10 used HMAC_SHA256/
    )
  })

  it('follows renames and duplicates', () => {
    const text = JSON.stringify([
      { Action: { Operation: 'RENAME', Parameters: { sourceColumn: 'email', targetColumn: 'em' } } },
      { Action: { Operation: 'DUPLICATE', Parameters: { sourceColumn: 'em', targetColumn: 'em_copy' } } },
      {
        Action: {
          Operation: 'DELETE',
          Parameters: {
            sourceColumns: '["phone","first_name","last_name","address","postal_code","date_of_birth"]'
          }
        }
      },
      {
        Action: {
          Operation: 'CRYPTOGRAPHIC_HASH',
          Parameters: { sourceColumns: '["em"]', secretId: 'AwsGlueDataBrew-cleanrooms-hashing-key' }
        }
      }
    ])
    const messages = checkRecipeText(text, 'r.json', { policy }).problems.map(p => p.message)
    expect(messages).toContain(
      "'em_copy' (from PII column 'email') (email, examples/pii-policy.yml:10) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    )
  })

  it('reports policy file problems with positions', () => {
    const bad = parsePolicy(
      'version: 1\nhash:\n  algorithm: SHA3\ncolumns:\n  - { name: email, kind: mail }\n',
      'p.yml'
    )
    expect(bad.problems.map(formatProblem)).toEqual([
      'p.yml:3:14: hash.algorithm must be one of MD5, SHA1, SHA256, SHA512, HMAC_MD5, HMAC_SHA1, HMAC_SHA256, HMAC_SHA512',
      expect.stringMatching(/^p\.yml:5:\d+: column email: kind 'mail' is not one of email, phone/)
    ])
  })
})
