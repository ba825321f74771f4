import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { formatProblem, type Recipe, type RecipeStep } from '../../src/recipe/model.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { closest } from '../../src/recipe/suggest.js'
import { checkColumns, columnFlow } from '../../src/recipe/column-flow.js'
import { validateRecipe } from '../../src/recipe/validate.js'

const fixture = (name: string) => readFileSync(`__tests__/fixtures/recipes/${name}`, 'utf8')
const COLUMNS =
  'customer_id,email,phone,first_name,last_name,address,city,state,postal_code,country,date_of_birth'.split(
    ','
  )

/** Parse problems and validation problems of a fixture, as printed. */
function lines(name: string, columns?: string[]): string[] {
  const { recipe, problems } = parseRecipe(fixture(name), name)
  return [...problems, ...validateRecipe(recipe!, { columns })].map(formatProblem)
}

/** A recipe from steps given as { operation, parameters, conditions }, each on its own line 1..n. */
function recipe(...steps: Partial<RecipeStep>[]): Recipe {
  return {
    file: 'r.json',
    steps: steps.map((s, i) => ({
      number: i + 1,
      operation: 'LOWER_CASE',
      parameters: {},
      conditions: [],
      location: { line: i + 2, column: 3 },
      ...s
    }))
  }
}
const messages = (r: Recipe, columns?: string[]) => validateRecipe(r, { columns }).map(p => p.message)

describe('validateRecipe: operations', () => {
  it('accepts the example recipe', () => {
    const { recipe: r } = parseRecipe(readFileSync('examples/recipes/customers.json', 'utf8'), 'c.json')
    expect(validateRecipe(r!, { columns: COLUMNS })).toEqual([])
  })

  it('names unknown operations with the fix: the REFERENCE traps, case, word order, typos', () => {
    expect(lines('unknown-operation.json')).toEqual([
      'unknown-operation.json:2:3: step 1: unknown operation HASH: DataBrew has no HASH, use CRYPTOGRAPHIC_HASH',
      'unknown-operation.json:3:3: step 2: unknown operation REPLACE_PATTERN: DataBrew has no REPLACE_PATTERN, use REPLACE_TEXT (its pattern is a regular expression)',
      'unknown-operation.json:4:3: step 3: unknown operation SPLIT: DataBrew has no SPLIT, use one of the seven SPLIT_COLUMN_* steps (e.g. SPLIT_COLUMN_SINGLE_DELIMITER)',
      'unknown-operation.json:5:3: step 4: unknown operation DEDUPLICATE: DataBrew has no DEDUPLICATE, use REMOVE_DUPLICATES (duplicates in one column) or DELETE_DUPLICATE_ROWS (whole rows)',
      'unknown-operation.json:6:3: step 5: unknown operation DROP: DataBrew has no DROP, use DELETE',
      'unknown-operation.json:7:3: step 6: unknown operation lower_case: operation names are upper case, use LOWER_CASE',
      'unknown-operation.json:8:3: step 7: unknown operation PHONE_NUMBER_FORMAT: DataBrew has no PHONE_NUMBER_FORMAT, use FORMAT_PHONE_NUMBER',
      'unknown-operation.json:9:3: step 8: unknown operation CRYPTOGRAPHIC_HAHS: did you mean CRYPTOGRAPHIC_HASH?',
      'unknown-operation.json:10:3: warning: step 9 (LOWER_CASE): unknown parameter trim: DataBrew may ignore or reject it (LOWER_CASE takes sourceColumn, sourceColumns)'
    ])
    expect(messages(recipe({ operation: 'TOTALLY_MADE_UP' }))).toEqual([
      'step 1: unknown operation TOTALLY_MADE_UP: it is not in the DataBrew recipe step and function reference'
    ])
  })

  it('reports typos, bad lists and bad enumerations at the step, with the JSON error at its character', () => {
    const { recipe: r, problems } = parseRecipe(fixture('typos.json'), 'typos.json')
    expect([...problems, ...validateRecipe(r!)].map(formatProblem)).toEqual([
      "typos.json:5:96: step 4 (CRYPTOGRAPHIC_HASH): parameter sourceColumns holds invalid JSON: unexpected end of the string: expected ',' or ']'",
      'typos.json:2:3: step 1: unknown operation LOWERCASE: DataBrew has no LOWERCASE, use LOWER_CASE',
      'typos.json:3:3: step 2: unknown operation HASH: DataBrew has no HASH, use CRYPTOGRAPHIC_HASH',
      'typos.json:4:3: step 3 (REPLACE_TEXT): unknown parameter sourceColum (did you mean sourceColumn?)',
      'typos.json:4:3: step 3 (REPLACE_TEXT): needs sourceColumn or sourceColumns',
      'typos.json:5:3: step 4 (CRYPTOGRAPHIC_HASH): parameter algorithm: "SHA3" is not one of "MD5", "SHA1", "SHA256", "SHA512", "HMAC_MD5", "HMAC_SHA1", "HMAC_SHA256", "HMAC_SHA512"',
      'typos.json:6:3: step 5 (UPPER_CASE): unknown condition IS_MISING (did you mean IS_MISSING?)'
    ])
  })

  it('wants list parameters as JSON string lists', () => {
    expect(lines('bad-list-json.json')).toEqual([
      "bad-list-json.json:8:38: step 1 (CRYPTOGRAPHIC_HASH): parameter sourceColumns holds invalid JSON: expected ',' or ']': a comma is missing after the previous value",
      "bad-list-json.json:16:49: step 2 (DELETE): parameter sourceColumns holds invalid JSON: unexpected end of the string: expected ',' or ']'",
      'bad-list-json.json:20:3: step 3 (MERGE): parameter sourceColumns must be a JSON list of strings in a string, e.g. "[\\"first_name\\",\\"last_name\\"]"'
    ])
    expect(
      messages(
        recipe(
          { operation: 'DELETE', parameters: { sourceColumns: '[]' } },
          { operation: 'DELETE', parameters: { sourceColumns: '["a", 1]' } },
          { operation: 'SORT', parameters: { expressions: '{"sourceColumn": "a"}' } },
          {
            operation: 'MASK_DATE',
            parameters: { sourceColumns: '["d"]', maskSymbol: '#', redact: '["YEAR","WEEK"]' }
          }
        )
      )
    ).toEqual([
      'step 1 (DELETE): parameter sourceColumns lists no column',
      'step 2 (DELETE): parameter sourceColumns must list strings only (every item in double quotes)',
      'step 3 (SORT): parameter expressions must be a JSON list in a string',
      'step 4 (MASK_DATE): parameter redact: "WEEK" is not one of YEAR, MONTH, DAY, HOUR, MINUTE, SECOND, MILLISECOND'
    ])
  })

  it('checks required parameters, either-or groups, booleans, numbers and documented values', () => {
    const r = recipe(
      { operation: 'RENAME', parameters: { sourceColumn: 'a' } },
      { operation: 'TRIM', parameters: { targetColumn: 't' } },
      { operation: 'TRIM', parameters: { sourceColumn: 'a', value: ' x ', targetColumn: 't' } },
      {
        operation: 'FORMAT_PHONE_NUMBER',
        parameters: { sourceColumn: 'p', defaultRegion: 'US', defaultRegionColumn: 'c' }
      },
      { operation: 'FORMAT_PHONE_NUMBER', parameters: { sourceColumn: 'p', phoneNumberFormat: 'NATIONAL' } },
      { operation: 'REMOVE_COMBINED', parameters: { sourceColumn: 'a', removeNumbers: 'yes' } },
      { operation: 'SPLIT_COLUMN_FROM_START', parameters: { sourceColumn: 'a', position: 'two' } },
      {
        operation: 'SPLIT_COLUMN_SINGLE_DELIMITER',
        parameters: { sourceColumn: 'a', pattern: ',', limit: '21' }
      },
      { operation: 'CHANGE_DATA_TYPE', parameters: { sourceColumn: 'a', columnDataType: 'varchar' } },
      { operation: 'CHANGE_DATA_TYPE', parameters: { sourceColumn: 'a', columnDataType: 'INT' } },
      { operation: 'REPLACE_TEXT', parameters: { sourceColumn: 'a', pattern: '' } },
      { operation: 'LOWER_CASE', parameters: { SourceColumn: 'a' } }
    )
    expect(messages(r)).toEqual([
      'step 1 (RENAME): missing required parameter targetColumn',
      'step 2 (TRIM): needs sourceColumn or value',
      'step 3 (TRIM): give sourceColumn or value, not both',
      'step 4 (FORMAT_PHONE_NUMBER): give at most one of defaultRegion, defaultRegionColumn',
      'step 5 (FORMAT_PHONE_NUMBER): parameter phoneNumberFormat: "NATIONAL" is not among the documented values "E164"',
      'step 6 (REMOVE_COMBINED): parameter removeNumbers must be "true" or "false", not "yes"',
      'step 7 (SPLIT_COLUMN_FROM_START): parameter position must be a whole number, not "two"',
      'step 8 (SPLIT_COLUMN_SINGLE_DELIMITER): parameter limit must be 1 to 20, not 21',
      'step 9 (CHANGE_DATA_TYPE): parameter columnDataType: "varchar" is not one of "byte", "short", "int", "long", "float", "double", "decimal", "string", "boolean", "timestamp", "date", "integer"',
      'step 11 (REPLACE_TEXT): parameter pattern is empty',
      'step 12 (LOWER_CASE): unknown parameter SourceColumn (parameter names are case-sensitive: sourceColumn)',
      'step 12 (LOWER_CASE): needs sourceColumn or sourceColumns'
    ])
    expect(validateRecipe(r).map(p => p.severity)).toEqual([
      'error',
      'error',
      'error',
      'error',
      'warning',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error',
      'error'
    ])
  })

  it('knows CRYPTOGRAPHIC_HASH needs a secret for HMAC, including the default algorithm', () => {
    expect(
      messages(
        recipe(
          { operation: 'CRYPTOGRAPHIC_HASH', parameters: { sourceColumns: '["e"]' } },
          {
            operation: 'CRYPTOGRAPHIC_HASH',
            parameters: { sourceColumns: '["e"]', algorithm: 'HMAC_SHA512' }
          },
          {
            operation: 'CRYPTOGRAPHIC_HASH',
            parameters: { sourceColumns: '["e"]', algorithm: 'SHA256', secretId: 's' }
          },
          { operation: 'CRYPTOGRAPHIC_HASH', parameters: { sourceColumns: '["e"]', algorithm: 'SHA256' } }
        )
      )
    ).toEqual([
      'step 1 (CRYPTOGRAPHIC_HASH): HMAC_SHA256 (the default algorithm) needs secretId: the Secrets Manager secret holding the HMAC key',
      'step 2 (CRYPTOGRAPHIC_HASH): HMAC_SHA512 needs secretId: the Secrets Manager secret holding the HMAC key',
      'step 3 (CRYPTOGRAPHIC_HASH): secretId is not used by SHA256 (only the HMAC_ algorithms take a key)'
    ])
  })

  it('gives an unknown parameter the same severity on every operation, however its entry was sourced', () => {
    // CEILING's entry follows its siblings ('pattern'), ABSOLUTE's was read on its page ('doc'): issue 10 wants one rule.
    const r = recipe(
      { operation: 'CEILING', parameters: { sourceColumn: 'a', targetColumn: 'b', digits: '2' } },
      { operation: 'ABSOLUTE', parameters: { sourceColumn: 'a', targetColumn: 'c', digits: '2' } },
      { operation: 'CEILING', parameters: { sourceColum: 'a', targetColumn: 'd' } },
      { operation: 'ABSOLUTE', parameters: { SourceColumn: 'a', targetColumn: 'e' } }
    )
    expect(validateRecipe(r).map(formatProblem)).toEqual([
      'r.json:2:3: warning: step 1 (CEILING): unknown parameter digits: DataBrew may ignore or reject it (CEILING takes sourceColumn, targetColumn, functionStepType)',
      'r.json:3:3: warning: step 2 (ABSOLUTE): unknown parameter digits: DataBrew may ignore or reject it (ABSOLUTE takes sourceColumn, targetColumn, functionStepType)',
      'r.json:4:3: step 3 (CEILING): unknown parameter sourceColum (did you mean sourceColumn?)',
      'r.json:4:3: step 3 (CEILING): missing required parameter sourceColumn',
      'r.json:5:3: step 4 (ABSOLUTE): unknown parameter SourceColumn (parameter names are case-sensitive: sourceColumn)',
      'r.json:5:3: step 4 (ABSOLUTE): missing required parameter sourceColumn'
    ])
  })

  it('knows the parameters real exports carry that the pages do not list (issue 10)', () => {
    const r = recipe(
      {
        operation: 'DATE_FORMAT',
        parameters: {
          sourceColumn: 'd',
          dateTimeFormat: 'yyyy-mm-dd',
          targetColumn: 'e',
          functionStepType: 'DATE_FORMAT'
        }
      },
      {
        operation: 'TODAY',
        parameters: { targetColumn: 't', timeZone: 'America/New_York', functionStepType: 'TODAY' }
      },
      {
        operation: 'YEAR',
        parameters: {
          sourceColumn: 'd',
          dateTimeFormat: 'yyyy-mm-dd',
          targetColumn: 'y',
          functionStepType: 'YEAR'
        }
      },
      {
        operation: 'MASK_RANGE',
        parameters: { sourceColumns: '["a"]', maskSymbol: '#', maskMode: 'MASK', firstN: '4' }
      },
      {
        operation: 'CATEGORICAL_MAPPING',
        parameters: {
          sourceColumn: 'a',
          categoryMap: '{"x":"1"}',
          mapType: 'TEXT',
          mappingOption: 'TOP_X_VALUES',
          targetColumn: 'm'
        }
      },
      {
        operation: 'FLAG_COLUMN_FROM_PATTERN',
        parameters: { sourceColumn: 'a', targetColumn: 'f', pattern: 'x' }
      },
      { operation: 'CHANGE_DATA_TYPE', parameters: { sourceColumn: 'a', columnDataType: 'integer' } }
    )
    expect(validateRecipe(r).map(formatProblem)).toEqual([])
  })

  it('refuses interactive-only actions and more than 100 steps', () => {
    expect(messages(recipe({ operation: 'GET_STEP_DATAFRAME', parameters: { stepIndex: '0' } }))).toEqual([
      'step 1 (GET_STEP_DATAFRAME): works only in an interactive project session, not in a recipe job: remove the step'
    ])
    const many = recipe(...Array.from({ length: 101 }, () => ({ parameters: { sourceColumn: 'a' } })))
    expect(messages(many)).toEqual([
      'step 101 (LOWER_CASE): a DataBrew recipe holds at most 100 steps; this one has 101'
    ])
  })

  it('checks condition names, their values and targets', () => {
    const r = recipe({
      operation: 'REMOVE_VALUES',
      parameters: { sourceColumn: 'a' },
      conditions: [
        { condition: 'LESS_THAN', targetColumn: 'a' },
        { condition: 'IS_NOT_MISSING', targetColumn: 'a' },
        { condition: 'IS_BLANK', targetColumn: 'a' },
        { condition: 'IS', value: '["x"]', targetColumn: '' },
        { condition: 'GREATER_THAN', value: '3', targetColumn: 'a' }
      ]
    })
    expect(validateRecipe(r).map(formatProblem)).toEqual([
      'r.json:2:3: step 1 (REMOVE_VALUES): condition LESS_THAN needs a Value',
      "r.json:2:3: warning: step 1 (REMOVE_VALUES): condition IS_NOT_MISSING is not in DataBrew's documented condition list (recipes.html#recipes.structure); check that your DataBrew accepts it",
      'r.json:2:3: step 1 (REMOVE_VALUES): unknown condition IS_BLANK (known: IS, IS_NOT, IS_BETWEEN, CONTAINS, NOT_CONTAINS, STARTS_WITH, NOT_STARTS_WITH, ENDS_WITH, NOT_ENDS_WITH, LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, IS_INVALID, IS_MISSING, IS_NOT_MISSING, IS_VALID, MATCHES, NOT_MATCHES, EQUALS, NOT_EQUALS)',
      'r.json:2:3: step 1 (REMOVE_VALUES): condition IS needs TargetColumn'
    ])
  })
})

describe('validateRecipe with the input columns: columns exist at each step', () => {
  it('follows deletes, renames and splits, and names the step that removed a column', () => {
    const r = recipe(
      { operation: 'DELETE', parameters: { sourceColumns: '["address"]' } },
      { operation: 'RENAME', parameters: { sourceColumn: 'email', targetColumn: 'email_address' } },
      { operation: 'LOWER_CASE', parameters: { sourceColumn: 'email' } },
      { operation: 'UPPER_CASE', parameters: { sourceColumn: 'address' } },
      {
        operation: 'SPLIT_COLUMN_SINGLE_DELIMITER',
        parameters: { sourceColumn: 'date_of_birth', pattern: '-', limit: '2' }
      },
      { operation: 'FILL_WITH_EMPTY', parameters: { sourceColumn: 'date_of_birth' } },
      { operation: 'TRIM', parameters: { sourceColumn: 'Phone', targetColumn: 'phone_trim' } },
      {
        operation: 'REMOVE_VALUES',
        parameters: { sourceColumn: 'state' },
        conditions: [{ condition: 'IS', value: '["XX"]', targetColumn: 'contry' }]
      },
      { operation: 'DUPLICATE', parameters: { sourceColumn: 'city', targetColumn: 'state' } }
    )
    expect(validateRecipe(r, { columns: COLUMNS }).map(formatProblem)).toEqual([
      "r.json:4:3: step 3 (LOWER_CASE): column 'email' does not exist at this step (renamed to 'email_address' by step 2 (RENAME))",
      "r.json:5:3: step 4 (UPPER_CASE): column 'address' does not exist at this step (removed by step 1 (DELETE))",
      "r.json:7:3: step 6 (FILL_WITH_EMPTY): column 'date_of_birth' does not exist at this step (split into date_of_birth_1 … by step 5 (SPLIT_COLUMN_SINGLE_DELIMITER))",
      "r.json:8:3: step 7 (TRIM): column 'Phone' does not exist at this step (did you mean 'phone'?)",
      "r.json:9:3: step 8 (REMOVE_VALUES): condition IS targets column 'contry' does not exist at this step (did you mean 'country'?)",
      "r.json:10:3: step 9 (DUPLICATE): column 'state' already exists: choose another targetColumn"
    ])
  })

  it('gives the output columns in order: new columns after their source, merges after the last one', () => {
    const r = recipe(
      { operation: 'DELETE', parameters: { sourceColumns: '["address","city","state","country"]' } },
      { operation: 'DUPLICATE', parameters: { sourceColumn: 'email', targetColumn: 'email_raw' } },
      {
        operation: 'MERGE',
        parameters: { sourceColumns: '["first_name","last_name"]', delimiter: ' ', targetColumn: 'name' }
      },
      { operation: 'TRIM', parameters: { sourceColumn: 'phone', targetColumn: 'phone_trim' } },
      { operation: 'SPLIT_COLUMN_FROM_START', parameters: { sourceColumn: 'postal_code', position: '3' } },
      { operation: 'MOVE_TO_START', parameters: { sourceColumn: 'name' } },
      { operation: 'MOVE_AFTER', parameters: { sourceColumn: 'customer_id', targetColumn: 'date_of_birth' } },
      { operation: 'PI', parameters: { targetColumn: 'pi' } },
      {
        operation: 'NEST_TO_ARRAY',
        parameters: {
          sourceColumns: '["postal_code_1","postal_code_2"]',
          targetColumn: 'zip',
          removeSourceColumns: 'true'
        }
      }
    )
    expect(checkColumns(r, COLUMNS)).toEqual({
      output: [
        'name',
        'email',
        'email_raw',
        'phone',
        'phone_trim',
        'first_name',
        'last_name',
        'zip',
        'date_of_birth',
        'customer_id',
        'pi'
      ],
      problems: []
    })
    expect(columnFlow(r, COLUMNS)).toEqual(checkColumns(r, COLUMNS).output)
  })

  it('computes GROUP_BY, UNION and UNPIVOT outputs and stops at steps only DataBrew can shape', () => {
    const group = recipe({
      operation: 'GROUP_BY',
      parameters: {
        sourceColumns: '["state"]',
        groupByAggFunctionOptions:
          '[{"sourceColumnName":"customer_id","targetColumnName":"customers","targetColumnDataType":"int","functionName":"COUNT"}]',
        useNewDataFrame: 'true'
      }
    })
    expect(columnFlow(group, COLUMNS)).toEqual(['state', 'customers'])
    const unpivot = recipe({
      operation: 'UNPIVOT',
      parameters: { sourceColumns: '["city","state"]', unpivotColumn: 'kind', valueColumn: 'place' }
    })
    expect(columnFlow(unpivot, ['id', 'city', 'state'])).toEqual(['id', 'kind', 'place'])
    const union = recipe({ operation: 'UNION', parameters: { targetColumnNames: '["id","email"]' } })
    expect(columnFlow(union, ['id', 'email'])).toEqual(['id', 'email'])
    const pivot = recipe(
      {
        operation: 'PIVOT',
        parameters: { sourceColumn: 'state', valueColumn: 'customer_id', aggregateFunction: 'COUNT' }
      },
      { operation: 'LOWER_CASE', parameters: { sourceColumn: 'nope' } }
    )
    const checked = checkColumns(pivot, COLUMNS)
    expect(checked.output).toBeUndefined()
    expect(checked.unknownAfter!.number).toBe(1)
    expect(checked.problems.map(formatProblem)).toEqual([
      'r.json:2:3: warning: step 1 (PIVOT): the columns after this step depend on the data (only DataBrew computes them): columns are not checked past it'
    ])
    expect(columnFlow(recipe({ operation: 'NOT_AN_OP' }), COLUMNS)).toBeUndefined()
  })

  it('gives the example recipe its output schema', () => {
    const { recipe: r } = parseRecipe(readFileSync('examples/recipes/customers.json', 'utf8'), 'c.json')
    expect(columnFlow(r!, COLUMNS)).toEqual(COLUMNS.filter(c => c !== 'address'))
  })
})

describe('closest', () => {
  it('finds reordered words and near misses, and nothing far away', () => {
    expect(closest('PHONE_NUMBER_FORMAT', ['FORMAT_PHONE_NUMBER', 'PHONE'])).toBe('FORMAT_PHONE_NUMBER')
    expect(closest('sourceColum', ['sourceColumn', 'targetColumn'])).toBe('sourceColumn')
    expect(closest('xyz', ['sourceColumn'])).toBeUndefined()
  })
})
