import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { formatProblem } from '../../src/recipe/model.js'
import { JsonSyntaxError, lineIndex, scanJson } from '../../src/recipe/json-scan.js'
import { parseRecipe } from '../../src/recipe/parse.js'

const fixture = (name: string) => readFileSync(`__tests__/fixtures/recipes/${name}`, 'utf8')
const lines = (text: string, file = 'r.json') => parseRecipe(text, file).problems.map(formatProblem)

describe('parseRecipe: the forms AWS exports', () => {
  it('reads the console download (a JSON list of steps) with step positions and string parameters', () => {
    const { recipe, problems } = parseRecipe(
      readFileSync('examples/recipes/customers.json', 'utf8'),
      'c.json'
    )
    expect(problems).toEqual([])
    expect(recipe!.file).toBe('c.json')
    expect(recipe!.steps.map(s => s.operation)).toEqual([
      'REMOVE_COMBINED',
      'LOWER_CASE',
      'FORMAT_PHONE_NUMBER',
      'REMOVE_COMBINED',
      'LOWER_CASE',
      'REMOVE_COMBINED',
      'LOWER_CASE',
      'REMOVE_COMBINED',
      'DELETE',
      'CRYPTOGRAPHIC_HASH'
    ])
    expect(recipe!.steps[1]).toEqual({
      number: 2,
      operation: 'LOWER_CASE',
      parameters: { sourceColumn: 'email' },
      conditions: [],
      location: { line: 22, column: 3 }
    })
    expect(recipe!.steps[9]!.parameters).toEqual({
      algorithm: 'HMAC_SHA256',
      secretId: 'AwsGlueDataBrew-cleanrooms-hashing-key',
      sourceColumns: '["email","phone","first_name","last_name","postal_code","date_of_birth"]'
    })
    expect(recipe!.steps[9]!.location).toEqual({ line: 124, column: 3 })
  })

  it('reads describe-recipe output and normalizes native arrays, booleans and numbers to the API strings', () => {
    const { recipe, problems } = parseRecipe(fixture('native-arrays.json'), 'n.json')
    expect(problems).toEqual([])
    const [del, combined, split, remove, hash] = recipe!.steps
    expect(del!.location).toEqual({ line: 6, column: 5 })
    expect(del!.parameters).toEqual({ sourceColumns: '["address","city"]' })
    expect(combined!.parameters.removeAllWhitespace).toBe('true')
    expect(split!.parameters.limit).toBe('2')
    expect(remove!.conditions).toEqual([{ condition: 'IS', value: '["XX","ZZ"]', targetColumn: 'country' }])
    expect(remove!.location).toEqual({ line: 9, column: 5 })
    expect(hash!.parameters).toEqual({
      sourceColumns: '["email","phone"]',
      secretId: 'AwsGlueDataBrew-cleanrooms-hashing-key',
      createSecretIfMissing: 'false'
    })
  })

  it('keeps number literals as written and reads conditions with and without Value', () => {
    const { recipe } = parseRecipe(
      `{"Steps": [{"Action": {"Operation": "REPEAT_STRING", "Parameters": {"count": 3, "ratio": 1.50}},
        "ConditionExpressions": [{"Condition": "IS_MISSING", "TargetColumn": "a"}, {"Condition": "LESS_THAN", "Value": 18, "TargetColumn": "age"}]}]}`,
      'x.json'
    )
    expect(recipe!.steps[0]!.parameters).toEqual({ count: '3', ratio: '1.50' })
    expect(recipe!.steps[0]!.conditions).toEqual([
      { condition: 'IS_MISSING', targetColumn: 'a' },
      { condition: 'LESS_THAN', value: '18', targetColumn: 'age' }
    ])
  })

  it('accepts an empty recipe with a warning, a byte-order mark and CRLF line ends', () => {
    expect(lines('[ ]')).toEqual(['r.json:1:1: warning: the recipe has no steps'])
    const crlf =
      '\ufeff[\r\n  {"Action": {"Operation": "LOWER_CASE", "Parameters": {"sourceColumn": "a"}}}\r\n]'
    expect(parseRecipe(crlf, 'x').recipe!.steps[0]!.location).toEqual({ line: 2, column: 3 })
  })
})

describe('parseRecipe: JSON syntax errors at their character', () => {
  it('points at the missing comma of the bad-JSON fixture', () => {
    expect(lines(fixture('bad-json.json'), 'bad-json.json')).toEqual([
      "bad-json.json:3:43: not valid JSON: expected ',' or '}': a comma is missing after the previous value"
    ])
  })

  it.each([
    [
      '[\n  {"Action": {"Operation": "DELETE",}}\n]',
      "r.json:2:36: not valid JSON: trailing comma before '}' (JSON allows none)"
    ],
    [
      "[{'Action': 1}]",
      'r.json:1:3: not valid JSON: expected a "quoted" key, found a single quote: JSON strings take double quotes'
    ],
    [
      '[{"Action": {"Operation": "DELETE}}]',
      'r.json:1:27: not valid JSON: unterminated string (a closing " is missing)'
    ],
    ['// recipe\n[]', 'r.json:1:1: not valid JSON: comments are not allowed in JSON'],
    ['', 'r.json:1:1: not valid JSON: the file is empty'],
    ['[] []', "r.json:1:4: not valid JSON: unexpected '[' after the end of the JSON value"],
    ['[{Action: {}}]', 'r.json:1:3: not valid JSON: keys need double quotes'],
    [
      '[\n  {"Action": {"Operation": "DELETE"}}',
      "r.json:2:38: not valid JSON: unexpected end of the file: expected ',' or ']'"
    ],
    [
      '["a" "b"]',
      "r.json:1:6: not valid JSON: expected ',' or ']': a comma is missing after the previous value"
    ],
    ['[{"a": "\\q"}]', 'r.json:1:9: not valid JSON: bad escape \\q in a string']
  ])('%j', (text, line) => {
    expect(lines(text)).toEqual([line])
  })

  it('points inside a string parameter at the exact character of bad JSON, escapes counted', () => {
    expect(lines(fixture('bad-list-json.json'), 'bad-list-json.json')).toEqual([
      "bad-list-json.json:8:38: step 1 (CRYPTOGRAPHIC_HASH): parameter sourceColumns holds invalid JSON: expected ',' or ']': a comma is missing after the previous value",
      "bad-list-json.json:16:49: step 2 (DELETE): parameter sourceColumns holds invalid JSON: unexpected end of the string: expected ',' or ']'"
    ])
  })

  it('checks JSON inside strings only for JSON-valued parameters and list-valued condition values', () => {
    const text = JSON.stringify([
      {
        Action: { Operation: 'REPLACE_TEXT', Parameters: { sourceColumn: 'a', pattern: '[0-9', value: '' } }
      },
      {
        Action: { Operation: 'REMOVE_VALUES', Parameters: { sourceColumn: 'a' } },
        ConditionExpressions: [{ Condition: 'IS', Value: '["x"', TargetColumn: 'a' }]
      }
    ])
    expect(lines(text)).toEqual([
      // the closing quote of "[\"x\"": the list ends there
      `r.json:1:${text.indexOf(',"TargetColumn"')}: step 2 (REMOVE_VALUES): condition IS Value holds invalid JSON: unexpected end of the string: expected ',' or ']'`
    ])
  })
})

describe('parseRecipe: what is not a recipe', () => {
  it.each([
    [
      '{"x": 1}',
      'r.json:1:1: not a recipe: expected a list of steps, or describe-recipe output with "Steps"'
    ],
    [
      '{"Action": {"Operation": "DELETE"}}',
      'r.json:1:1: not a recipe: this looks like a single step: put it in a list, [ { "Action": … } ]'
    ],
    ['{"Steps": {}}', 'r.json:1:11: not a recipe: the steps must be a JSON list, not an object'],
    ['42', 'r.json:1:1: not a recipe: the steps must be a JSON list, not a number']
  ])('%s', (text, line) => {
    const r = parseRecipe(text, 'r.json')
    expect(r.recipe).toBeUndefined()
    expect(r.problems.map(formatProblem)).toEqual([line])
  })

  it('names each malformed step at its own position and keeps the good ones', () => {
    const text = [
      '[',
      '  1,',
      '  {"ConditionExpressions": []},',
      '  {"Action": "LOWER_CASE"},',
      '  {"Action": {"Parameters": {}}},',
      '  {"Action": {"Operation": ""}},',
      '  {"RecipeAction": {"Operation": "DELETE"}},',
      '  {"RecipeStep": {"Action": {"Operation": "DELETE"}}},',
      '  {"action": {"Operation": "DELETE"}, "Action": {"Operation": "DELETE", "Parameter": {}}},',
      '  {"Action": {"Operation": "LOWER_CASE", "Parameters": {"sourceColumn": null, "a": "1", "a": "2"}}},',
      '  {"Action": {"Operation": "LOWER_CASE", "Parameters": "email"}, "ConditionExpressions": {}},',
      '  {"Action": {"Operation": "UPPER_CASE"}, "ConditionExpressions": [1, {"Condition": "IS"}, {"TargetColumn": "x"}, {"Condition": "IS", "TargetColumn": "x", "Valeu": "y"}]}',
      ']'
    ].join('\n')
    const { recipe, problems } = parseRecipe(text, 'r.json')
    expect(problems.map(formatProblem)).toEqual([
      'r.json:2:3: step 1: a step is an object { "Action": … }, not a number',
      'r.json:3:3: step 2: no "Action" (a step is { "Action": { "Operation": … } })',
      'r.json:4:14: step 3: "Action" must be an object with "Operation" and "Parameters", not a string',
      'r.json:5:14: step 4: "Action" has no "Operation"',
      'r.json:6:28: step 5: "Operation" must be a non-empty string (e.g. "LOWER_CASE")',
      'r.json:7:4: step 6: "RecipeAction" is the API name of an action; in a recipe step it is "Action"',
      'r.json:8:4: step 7: recipe files list the steps themselves: remove the "RecipeStep" wrapper',
      'r.json:9:4: step 8: unknown key "action" (keys are case-sensitive: write "Action")',
      'r.json:9:73: step 8 (DELETE): unknown key "Parameter" (expected "Operation" or "Parameters")',
      'r.json:10:89: warning: step 9 (LOWER_CASE): duplicate key "a": only the last one counts',
      'r.json:10:57: step 9 (LOWER_CASE): parameter sourceColumn is null: give a string or leave the parameter out',
      'r.json:11:56: step 10 (LOWER_CASE): "Parameters" must be an object, not a string',
      'r.json:11:90: step 10 (LOWER_CASE): "ConditionExpressions" must be a list, not an object',
      'r.json:12:68: step 11 (UPPER_CASE): a condition is an object { "Condition", "Value", "TargetColumn" }',
      'r.json:12:71: step 11 (UPPER_CASE): condition IS needs "TargetColumn" (the column it tests)',
      'r.json:12:92: step 11 (UPPER_CASE): a condition needs "Condition" (e.g. "IS_MISSING")',
      'r.json:12:156: step 11 (UPPER_CASE): unknown key "Valeu" (expected "Condition" or "Value" or "TargetColumn")'
    ])
    expect(recipe!.steps.map(s => [s.number, s.operation])).toEqual([
      [8, 'DELETE'],
      [9, 'LOWER_CASE'],
      [10, 'LOWER_CASE'],
      [11, 'UPPER_CASE']
    ])
    expect(recipe!.steps[1]!.parameters).toEqual({ a: '2' })
    expect(recipe!.steps[3]!.conditions).toEqual([{ condition: 'IS', targetColumn: 'x' }])
  })
})

describe('the JSON scanner', () => {
  it('keeps offsets of keys, values and decoded string characters', () => {
    const text = '{"k": ["a\\"b", 1e3, true, null]}'
    const root = scanJson(text)
    expect(root.kind).toBe('object')
    if (root.kind !== 'object') return
    const [entry] = root.entries
    expect(entry).toMatchObject({ key: 'k', keyStart: 1 })
    const list = entry!.value
    if (list.kind !== 'array') throw new Error('not an array')
    const str = list.items[0]!
    expect(str).toMatchObject({ kind: 'string', value: 'a"b', start: 7, end: 13 })
    if (str.kind === 'string') expect(str.map).toEqual([8, 9, 11])
    expect(list.items[1]).toMatchObject({ kind: 'number', text: '1e3' })
  })

  it('refuses deep nesting instead of overflowing the stack', () => {
    expect(() => scanJson('['.repeat(300))).toThrow(JsonSyntaxError)
  })

  it('maps offsets to lines and columns', () => {
    const at = lineIndex('ab\ncd\n\nef')
    expect([0, 2, 3, 6, 7, 8].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 3 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 }
    ])
  })
})
