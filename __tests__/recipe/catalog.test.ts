import { describe, expect, it } from '@jest/globals'
import {
  CATALOG,
  CONDITIONS,
  HASH_ALGORITHMS,
  JSON_PARAMETERS,
  MISNAMED,
  NORMALIZING,
  OPERATION_NAMES,
  conditionSpec,
  operationSpec,
  paramSpec,
  requiredParameters,
  type Family
} from '../../src/recipe/catalog.js'

const specs = Object.values(CATALOG)
const byFamily = (family: Family) =>
  specs
    .filter(s => s.family === family)
    .map(s => s.name)
    .sort()

describe('the operation catalog', () => {
  it('holds every action of the DataBrew recipe step and function reference, by family', () => {
    const counts = Object.fromEntries(
      [...new Set(specs.map(s => s.family))].map(f => [f, specs.filter(s => s.family === f).length])
    )
    expect(counts).toEqual({
      basic: 15,
      cleaning: 17,
      quality: 31,
      pii: 12,
      outliers: 5,
      'column-structure': 12,
      'column-formatting': 2,
      'data-structure': 13,
      'data-science': 6,
      math: 23,
      aggregate: 13,
      text: 23,
      date: 22,
      window: 15,
      web: 3,
      other: 3
    })
    expect(specs).toHaveLength(215)
    expect(OPERATION_NAMES).toHaveLength(215)
    expect(byFamily('pii')).toEqual([
      'CRYPTOGRAPHIC_HASH',
      'DECRYPT',
      'DETERMINISTIC_DECRYPT',
      'DETERMINISTIC_ENCRYPT',
      'ENCRYPT',
      'MASK_CUSTOM',
      'MASK_DATE',
      'MASK_DELIMITER',
      'MASK_RANGE',
      'REPLACE_WITH_RANDOM_BETWEEN',
      'REPLACE_WITH_RANDOM_DATE_BETWEEN',
      'SHUFFLE_ROWS'
    ])
    expect(byFamily('column-structure').filter(n => n.startsWith('SPLIT_COLUMN_'))).toHaveLength(7)
  })

  it('has well-formed entries: API names, unique parameters, a target column for every new-column step', () => {
    for (const s of specs) {
      expect(s.name).toMatch(/^[A-Z_]+$/)
      const names = s.params.map(p => p.name)
      expect(new Set(names).size).toBe(names.length)
      for (const group of [...(s.oneOf ?? []), ...(s.atMostOne ?? [])])
        for (const n of group) expect(names).toContain(n)
      if (s.output === 'new-column')
        expect(names.some(n => paramSpec(s.name, n)?.column === 'output')).toBe(true)
      for (const p of s.params) if (p.enum) expect(p.enum.length).toBeGreaterThan(0)
    }
  })

  it('says which parameters are required, list-valued and enumerated', () => {
    expect(requiredParameters('RENAME')).toEqual(['sourceColumn', 'targetColumn'])
    expect(requiredParameters('CRYPTOGRAPHIC_HASH')).toEqual(['sourceColumns'])
    expect(requiredParameters('SPLIT_COLUMN_SINGLE_DELIMITER')).toEqual(['sourceColumn', 'pattern'])
    expect(requiredParameters('DELETE_DUPLICATE_ROWS')).toEqual([])
    expect(requiredParameters('NOPE')).toEqual([])
    expect(operationSpec('DELETE')!.oneOf).toEqual([['sourceColumn', 'sourceColumns']])
    expect(operationSpec('TRIM')!.oneOf).toEqual([['sourceColumn', 'value']])
    expect(paramSpec('CRYPTOGRAPHIC_HASH', 'sourceColumns')).toMatchObject({ list: true, column: 'input' })
    expect(paramSpec('CRYPTOGRAPHIC_HASH', 'algorithm')!.enum).toEqual(HASH_ALGORITHMS)
    expect(paramSpec('MASK_DATE', 'redact')).toMatchObject({ required: true, list: true })
    expect(paramSpec('FORMAT_PHONE_NUMBER', 'phoneNumberFormat')).toMatchObject({
      enum: ['E164'],
      enumStrict: false
    })
    expect(paramSpec('SPLIT_COLUMN_MULTIPLE_DELIMITER', 'patternOptions')).toMatchObject({ json: 'list' })
    expect(paramSpec('CHANGE_DATA_TYPE', 'columnDataType')!.enum).toContain('timestamp')
    expect(JSON_PARAMETERS.has('sourceColumns')).toBe(true)
    expect(JSON_PARAMETERS.has('sourceColumn')).toBe(false)
    // Object.prototype names are not operations.
    expect(operationSpec('toString')).toBeUndefined()
    expect(operationSpec('constructor')).toBeUndefined()
  })

  it('knows the parameters genuine exports carry beyond the pages (issue 10)', () => {
    // The console writes functionStepType (the operation's own name) on every function step.
    const functions: Family[] = ['math', 'aggregate', 'text', 'date', 'window', 'web', 'other']
    const fnSpecs = specs.filter(s => functions.includes(s.family) && s.output === 'new-column')
    expect(fnSpecs.length).toBeGreaterThan(50)
    for (const s of fnSpecs)
      expect([s.name, paramSpec(s.name, 'functionStepType')?.enum]).toEqual([s.name, [s.name]])
    expect(paramSpec('MASK_RANGE', 'maskMode')).toBeDefined()
    expect(paramSpec('MASK_RANGE', 'firstN')?.number).toBe('integer')
    expect(paramSpec('CATEGORICAL_MAPPING', 'mappingOption')).toBeDefined()
    expect(paramSpec('CATEGORICAL_MAPPING', 'mapType')?.enum).toEqual(['NUMERIC', 'TEXT'])
    expect(paramSpec('YEAR', 'dateTimeFormat')).toBeDefined()
    expect(requiredParameters('FLAG_COLUMN_FROM_PATTERN')).not.toContain('flagType')
    expect(paramSpec('CHANGE_DATA_TYPE', 'columnDataType')?.enum).toContain('integer')
    expect(paramSpec('FILL_WITH_CUSTOM', 'columnDataType')?.enum).toContain('int')
  })

  it('knows REMOVE_COMBINED by the names its examples use, not the garbled ones in its prose', () => {
    const params = operationSpec('REMOVE_COMBINED')!.params.map(p => p.name)
    expect(params).toContain('removeLeadingAndTrailingPunctuation')
    expect(params).toContain('removeLeadingAndTrailingQuotes')
    expect(params).not.toContain('punctuationally')
    expect(params).not.toContain('antidisestablishmentarianism')
    expect(params.filter(p => p !== 'sourceColumn' && p !== 'sourceColumns')).toHaveLength(14)
  })

  it('separates in-place steps from steps that write a new column', () => {
    const output = (n: string) => operationSpec(n)!.output
    expect(
      ['LOWER_CASE', 'REMOVE_COMBINED', 'REPLACE_TEXT', 'FORMAT_DATE', 'CRYPTOGRAPHIC_HASH'].map(output)
    ).toEqual(Array(5).fill('in-place'))
    expect(
      ['TRIM', 'REMOVE_WHITESPACE', 'DATE_FORMAT', 'LOWER', 'FLAG_COLUMN_FROM_NULL'].map(output)
    ).toEqual(Array(5).fill('new-column'))
    expect(['DELETE', 'RENAME', 'MERGE', 'SPLIT_COLUMN_FROM_START', 'PIVOT'].map(output)).toEqual(
      Array(5).fill('reshape')
    )
    expect(['REMOVE_MISSING', 'SORT', 'MOVE_TO_END', 'DELETE_DUPLICATE_ROWS'].map(output)).toEqual(
      Array(4).fill('rows')
    )
  })

  it('marks the operations a local run cannot reproduce', () => {
    expect(
      specs
        .filter(s => !s.deterministic)
        .map(s => s.name)
        .sort()
    ).toEqual([
      'ENCRYPT',
      'NOW',
      'RANDOM',
      'RANDOM_BETWEEN',
      'REPLACE_WITH_RANDOM_BETWEEN',
      'REPLACE_WITH_RANDOM_DATE_BETWEEN',
      'SHUFFLE_ROWS',
      'TODAY'
    ])
    expect(operationSpec('DETERMINISTIC_ENCRYPT')!.deterministic).toBe(true)
  })

  it('does not contain the names people expect but DataBrew lacks, and says what to use', () => {
    for (const trap of ['HASH', 'REPLACE_PATTERN', 'SPLIT', 'DEDUPLICATE', 'DROP']) {
      expect(operationSpec(trap)).toBeUndefined()
      expect(MISNAMED[trap]).toBeDefined()
    }
    expect(MISNAMED.HASH).toBe('CRYPTOGRAPHIC_HASH')
    expect(MISNAMED.DROP).toBe('DELETE')
    for (const fix of Object.values(MISNAMED)) {
      const named = fix.match(/\b[A-Z][A-Z_]{2,}\b/g)!.filter(n => !['HMAC_SHA256', 'SHA256'].includes(n))
      for (const n of named) if (!n.endsWith('_')) expect(operationSpec(n)?.name ?? n).toBe(n)
    }
    expect(operationSpec('REMOVE_VALUES')!.verified).toBe('example')
  })

  it('lists the documented conditions and the undocumented ones apart', () => {
    expect(CONDITIONS.filter(c => c.documented).map(c => c.name)).toEqual([
      'IS',
      'IS_NOT',
      'IS_BETWEEN',
      'CONTAINS',
      'NOT_CONTAINS',
      'STARTS_WITH',
      'NOT_STARTS_WITH',
      'ENDS_WITH',
      'NOT_ENDS_WITH',
      'LESS_THAN',
      'LESS_THAN_EQUAL',
      'GREATER_THAN',
      'GREATER_THAN_EQUAL',
      'IS_INVALID',
      'IS_MISSING'
    ])
    expect(conditionSpec('IS_NOT_MISSING')).toEqual({
      name: 'IS_NOT_MISSING',
      documented: false,
      value: 'none'
    })
    expect(conditionSpec('MATCHES')!.documented).toBe(false)
  })

  it('names the normalizing steps the PII policy looks for', () => {
    for (const n of ['LOWER_CASE', 'REMOVE_COMBINED', 'REPLACE_TEXT', 'FORMAT_PHONE_NUMBER', 'TRIM', 'LOWER'])
      expect(NORMALIZING.has(n)).toBe(true)
    expect(NORMALIZING.has('CRYPTOGRAPHIC_HASH')).toBe(false)
    expect(NORMALIZING.has('DELETE')).toBe(false)
  })
})
