/**
 * The DataBrew recipe actions this project knows, with their parameters. Pure data plus lookups; no I/O.
 *
 * Where it comes from (read 2026-11, AWS Glue DataBrew Developer Guide):
 * - the operation list: https://docs.aws.amazon.com/databrew/latest/dg/llms.txt, section "Recipe step and function
 *   reference" (the same list as recipe-actions-reference.html and its category pages recipe-actions.basic.html,
 *   .data-cleaning, .data-quality, .pii, .outliers, .column-structure, .column-formatting, .data-structure,
 *   .data-science, .functions.math/.aggregate/.text/.date/.window/.web/.other);
 * - parameters: each action's own page, https://docs.aws.amazon.com/databrew/latest/dg/recipe-actions.<NAME>.html
 *   (functions: recipe-actions.functions.<NAME>.html; some page names differ from the operation: DATE_ADD is
 *   functions.DATEADD, DATE_DIFF functions.DATEDIFF, DATE_TIME functions.DATETIME, IS_EVEN/IS_ODD functions.ISEVEN/
 *   ISODD, REPEAT_STRING functions.REPEAT, STANDARD_DEVIATION functions.STDDEV, VARIANCE functions.VAR,
 *   MERGE_COLUMNS_AND_VALUES functions.MERGE, REMOVE_OUTLIERS/RESCALE_OUTLIERS_WITH_SKEW outliers.<NAME>);
 * - condition names: recipes.html#recipes.structure ("DataBrew supports the following conditions").
 *
 * `verified` says how sure each entry is:
 * - 'doc': the parameter list was read on the action's page;
 * - 'pattern': the page was not available here; the parameters follow the documented siblings of the same family
 *   (e.g. CEILING like ABSOLUTE/ROUND, KTH_LARGEST_UNIQUE like KTH_LARGEST);
 * - 'example': not on a reference page, but in AWS's own recipe examples (REMOVE_VALUES, in recipes.html).
 * It is information only: the validator treats every entry alike (issue 10). A parameter seen in a genuine export
 * (__tests__/fixtures/recipes-in-the-wild) is listed even when the page omits it.
 *
 * Details that could not be verified, and what we assumed:
 * - DELETE: its page lists `sourceColumn`; recipes exported from the console carry `sourceColumns` (a JSON list).
 *   Both are accepted. The same alternative (`sourceColumns` for `sourceColumn`) is accepted on every in-place
 *   single-column step (case, clean, fill, replace, format), as the console writes it when several columns are
 *   selected; this is not on the pages.
 * - Which parameters are required: the pages rarely say. A parameter is required here only when the action cannot
 *   mean anything without it (its columns, the pattern of REPLACE_TEXT, the positions of a split …); options with a
 *   documented default are optional.
 * - Enumerations marked `enumStrict: false` list what the page shows, not necessarily every accepted value (e.g.
 *   FORMAT_PHONE_NUMBER's page names only E164; FORMAT_DATE lists five formats): other values are warnings.
 * - Split columns are named `<source>_1 … <source>_n` and replace the source (what the local engine does; not stated
 *   on the pages). SPLIT_COLUMN_WITH_INTERVALS yields a data-dependent number of columns.
 * - ADD lists `sourceColumn1`, `sourceColumn2`, `value1` (no `value2`); DIVIDE/MULTIPLY/SUBTRACT list all four. None of
 *   the two-operand functions say which combinations are required, so only `targetColumn` is required there.
 * - Not on any page, so unknown here (the validator names them): SCALE (a console category without its own action),
 *   FILL_WITH_MINIMUM/FILL_WITH_MAXIMUM, KTH_SMALLEST, REMOVE_STOPWORDS, REPLACE_VALUE, DECIMAL_PRECISION, IF/CASE
 *   (use BOOLEAN_OPERATION/CASE_OPERATION).
 */

export type Family =
  | 'basic'
  | 'cleaning'
  | 'quality'
  | 'pii'
  | 'outliers'
  | 'column-structure'
  | 'column-formatting'
  | 'data-structure'
  | 'data-science'
  | 'math'
  | 'aggregate'
  | 'text'
  | 'date'
  | 'window'
  | 'web'
  | 'other'

/**
 * What a step does to the table:
 * - 'in-place': rewrites the values of its input columns (LOWER_CASE, CRYPTOGRAPHIC_HASH …);
 * - 'new-column': adds its output column(s) (`targetColumn`) and leaves the inputs as they were (TRIM, FLAG_…);
 * - 'rows': removes or reorders rows, or moves columns, without changing any value (REMOVE_MISSING, SORT, MOVE_…);
 * - 'reshape': columns appear, disappear or change name (DELETE, RENAME, SPLIT_…, PIVOT, GROUP_BY …).
 */
export type Output = 'in-place' | 'new-column' | 'rows' | 'reshape'

export interface ParamSpec {
  name: string
  required: boolean
  /** A JSON list of strings inside the string value: `"[\"email\",\"phone\"]"`. */
  list?: boolean
  /** Other JSON inside the string value (a list of objects, or an object). */
  json?: 'list' | 'object'
  /** "true" or "false". */
  boolean?: boolean
  /** An integer, or any number. */
  number?: 'integer' | 'number'
  /** Allowed values (for a list: allowed items). */
  enum?: readonly string[]
  /** false: values outside `enum` are warnings (the page lists examples). Default true. */
  enumStrict?: boolean
  /** Compare `enum` values ignoring case. */
  caseInsensitive?: boolean
  /** The value names existing columns ('input') or a column the step creates ('output'). */
  column?: 'input' | 'output'
}

export interface OperationSpec {
  name: string
  family: Family
  params: readonly ParamSpec[]
  /** Each group: exactly one of these parameters must be given. */
  oneOf?: readonly (readonly string[])[]
  /** Each group: at most one of these parameters may be given. */
  atMostOne?: readonly (readonly string[])[]
  output: Output
  /** false: random, time-dependent or probabilistic encryption; a local run cannot reproduce DataBrew's output. */
  deterministic: boolean
  verified: 'doc' | 'pattern' | 'example'
  /** For 'new-column' steps: the new column holds the input's values or a part of them (PII follows it). */
  copiesValue?: boolean
  /** Cleans or formats values the way matching partners expect before hashing (see the PII policy). */
  normalizes?: boolean
  /** Only meaningful in an interactive project session, not in a recipe job. */
  interactiveOnly?: boolean
}

// ---- parameter builders -------------------------------------------------------------------------------------------

type Extra = Omit<Partial<ParamSpec>, 'name' | 'required'>
const opt = (name: string, extra: Extra = {}): ParamSpec => ({ name, required: false, ...extra })
const req = (name: string, extra: Extra = {}): ParamSpec => ({ name, required: true, ...extra })
const flag = (name: string): ParamSpec => opt(name, { boolean: true })
const int = (name: string, required = false): ParamSpec => ({ name, required, number: 'integer' })
const num = (name: string, required = false): ParamSpec => ({ name, required, number: 'number' })

const SOURCE = req('sourceColumn', { column: 'input' })
const SOURCES = req('sourceColumns', { list: true, column: 'input' })
const TARGET = req('targetColumn', { column: 'output' })
const OPT_SOURCE = opt('sourceColumn', { column: 'input' })
const OPT_SOURCES = opt('sourceColumns', { list: true, column: 'input' })
const VALUE = opt('value')
/** sourceColumn, or (as exported by the console for several columns) sourceColumns. */
const SOURCE_OR_SOURCES = [OPT_SOURCE, OPT_SOURCES]
const ONE_SOURCE = [['sourceColumn', 'sourceColumns']] as const
const SOURCE_OR_VALUE = [['sourceColumn', 'value']] as const

// ---- enumerations -------------------------------------------------------------------------------------------------

export const HASH_ALGORITHMS = [
  'MD5',
  'SHA1',
  'SHA256',
  'SHA512',
  'HMAC_MD5',
  'HMAC_SHA1',
  'HMAC_SHA256',
  'HMAC_SHA512'
] as const
/** What CRYPTOGRAPHIC_HASH uses when `algorithm` is absent (its page). */
export const DEFAULT_HASH_ALGORITHM = 'HMAC_SHA256'

const DATA_TYPES = [
  'byte',
  'short',
  'int',
  'long',
  'float',
  'double',
  'decimal',
  'string',
  'boolean',
  'timestamp',
  'date'
]
/** Not on the CHANGE_DATA_TYPE page but in genuine exports (recipes-in-the-wild/heart-disease.json: "integer"). */
const EXPORTED_DATA_TYPES = ['integer']
/** The FILL_WITH_* pages' list, and "int" from a genuine console export (recipes-in-the-wild/testingusecase-recipe.json). */
const FILL_TYPES = ['date', 'number', 'boolean', 'unsupported', 'string', 'timestamp', 'int']
const MODE_TYPES = ['MINIMUM', 'NONE', 'AVERAGE', 'MAXIMUM']
const OUTLIER_STRATEGIES = ['Z_SCORE', 'MODIFIED_Z_SCORE', 'IQR']
const UNITS = [
  'MONTHS',
  'YEARS',
  'MILLISECONDS',
  'QUARTERS',
  'HOURS',
  'MICROSECONDS',
  'WEEKS',
  'SECONDS',
  'DAYS',
  'MINUTES'
]
const ADVANCED_TYPES = [
  'Phone',
  'Zip Code',
  'Date Time',
  'State',
  'Credit Card',
  'URL',
  'Email',
  'SSN',
  'Gender',
  'Phone Number',
  'IP Address',
  'DateTime',
  'Currency',
  'ZipCode',
  'Country',
  'Region',
  'City'
]
const ENTITY_FILTER = opt('entityTypeFilter', { list: true })
const ADVANCED_TYPE = opt('advancedDataType', { enum: ADVANCED_TYPES, enumStrict: false })

// ---- the catalog --------------------------------------------------------------------------------------------------

interface Options {
  output?: Output
  deterministic?: boolean
  verified?: OperationSpec['verified']
  oneOf?: OperationSpec['oneOf']
  atMostOne?: OperationSpec['atMostOne']
  copiesValue?: boolean
  normalizes?: boolean
  interactiveOnly?: boolean
}

const LIST: OperationSpec[] = []
function def(family: Family, name: string, params: ParamSpec[], o: Options = {}): void {
  LIST.push({
    name,
    family,
    params,
    output: o.output ?? 'in-place',
    deterministic: o.deterministic ?? true,
    verified: o.verified ?? 'doc',
    ...(o.oneOf && { oneOf: o.oneOf }),
    ...(o.atMostOne && { atMostOne: o.atMostOne }),
    ...(o.copiesValue && { copiesValue: true }),
    ...(o.normalizes && { normalizes: true }),
    ...(o.interactiveOnly && { interactiveOnly: true })
  })
}
/** An in-place step on one column (or several, as the console exports them). */
function inPlace(family: Family, name: string, params: ParamSpec[], o: Options = {}): void {
  def(family, name, [...SOURCE_OR_SOURCES, ...params], { oneOf: ONE_SOURCE, ...o })
}

// Basic column recipe steps
def('basic', 'CHANGE_DATA_TYPE', [
  SOURCE,
  req('columnDataType', { enum: [...DATA_TYPES, ...EXPORTED_DATA_TYPES], caseInsensitive: true })
])
def('basic', 'DELETE', [...SOURCE_OR_SOURCES], { output: 'reshape', oneOf: ONE_SOURCE })
def('basic', 'DUPLICATE', [SOURCE, TARGET], { output: 'reshape', copiesValue: true })
def(
  'basic',
  'JSON_TO_STRUCTS',
  [OPT_SOURCES, opt('regexColumnSelector'), flag('removeSourceColumn'), int('unnestLevel')],
  { output: 'reshape', oneOf: [['sourceColumns', 'regexColumnSelector']] }
)
def('basic', 'MOVE_AFTER', [SOURCE, req('targetColumn', { column: 'input' })], { output: 'rows' })
def('basic', 'MOVE_BEFORE', [SOURCE, req('targetColumn', { column: 'input' })], { output: 'rows' })
def('basic', 'MOVE_TO_END', [SOURCE], { output: 'rows' })
def('basic', 'MOVE_TO_INDEX', [SOURCE, int('targetIndex', true)], { output: 'rows' })
// targetIndex: not on the page, exported by the console as "NaN" (recipes-in-the-wild/marketing-research-etl-recipe.yml).
def('basic', 'MOVE_TO_START', [SOURCE, opt('targetIndex')], { output: 'rows', verified: 'pattern' })
def('basic', 'RENAME', [SOURCE, TARGET], { output: 'reshape' })
def('basic', 'SORT', [req('expressions', { json: 'list' })], { output: 'rows' })
def('basic', 'TO_BOOLEAN_COLUMN', [SOURCE, req('columnDataType', { enum: ['boolean'] })])
def('basic', 'TO_DOUBLE_COLUMN', [SOURCE, req('columnDataType', { enum: ['number'] })])
def('basic', 'TO_NUMBER_COLUMN', [SOURCE, req('columnDataType', { enum: ['number'] })])
def('basic', 'TO_STRING_COLUMN', [SOURCE, req('columnDataType', { enum: ['string'] })])

// Data cleaning recipe steps
const N = { normalizes: true }
inPlace('cleaning', 'CAPITAL_CASE', [], N)
inPlace(
  'cleaning',
  'FORMAT_DATE',
  [
    req('targetDateFormat', {
      enum: ['mm/dd/yyyy', 'mm-dd-yyyy', 'dd month yyyy', 'month yyyy', 'dd month'],
      enumStrict: false,
      // The page writes the formats in lower case; the console exports them as Java patterns, `MM-dd-yyyy`
      // (recipes-in-the-wild/clean-customer-recipe.json).
      caseInsensitive: true
    })
  ],
  N
)
inPlace('cleaning', 'LOWER_CASE', [], N)
inPlace('cleaning', 'UPPER_CASE', [], { ...N, verified: 'pattern' })
inPlace('cleaning', 'SENTENCE_CASE', [], N)
inPlace('cleaning', 'ADD_DOUBLE_QUOTES', [])
inPlace('cleaning', 'ADD_PREFIX', [req('pattern')])
inPlace('cleaning', 'ADD_SINGLE_QUOTES', [], { verified: 'pattern' })
inPlace('cleaning', 'ADD_SUFFIX', [req('pattern')], { verified: 'pattern' })
def('cleaning', 'EXTRACT_BETWEEN_DELIMITERS', [SOURCE, TARGET, req('startPattern'), req('endPattern')], {
  output: 'new-column',
  copiesValue: true
})
def(
  'cleaning',
  'EXTRACT_BETWEEN_POSITIONS',
  [SOURCE, TARGET, int('startPosition', true), int('endPosition', true)],
  {
    output: 'new-column',
    copiesValue: true
  }
)
def('cleaning', 'EXTRACT_PATTERN', [SOURCE, TARGET, req('pattern')], {
  output: 'new-column',
  copiesValue: true
})
def('cleaning', 'EXTRACT_VALUE', [SOURCE, TARGET, req('path')], { output: 'new-column', copiesValue: true })
inPlace(
  'cleaning',
  'REMOVE_COMBINED',
  [
    flag('collapseConsecutiveWhitespace'),
    flag('removeAllPunctuation'),
    flag('removeAllQuotes'),
    flag('removeAllWhitespace'),
    opt('customCharacters'),
    opt('customValue'),
    flag('removeCustomCharacters'),
    flag('removeCustomValue'),
    // The page calls these two "punctuationally" and "antidisestablishmentarianism"; its examples use these names.
    flag('removeLeadingAndTrailingPunctuation'),
    flag('removeLeadingAndTrailingQuotes'),
    flag('removeLeadingAndTrailingWhitespace'),
    flag('removeLetters'),
    flag('removeNumbers'),
    flag('removeSpecialCharacters')
  ],
  N
)
inPlace('cleaning', 'REPLACE_BETWEEN_DELIMITERS', [req('startPattern'), req('endPattern'), VALUE], N)
inPlace(
  'cleaning',
  'REPLACE_BETWEEN_POSITIONS',
  [int('startPosition', true), int('endPosition', true), VALUE],
  N
)
inPlace('cleaning', 'REPLACE_TEXT', [req('pattern'), VALUE], N)

// Data quality recipe steps
const ADVANCED_PATTERN = opt('pattern')
const STRATEGY = opt('strategy', { enum: ['KEEP_ROWS', 'DISCARD_ROWS', 'CLEAR_FILTERS', 'CLEAR_OTHERS'] })
def(
  'quality',
  'ADVANCED_DATATYPE_FILTER',
  [
    SOURCE,
    ADVANCED_PATTERN,
    ADVANCED_TYPE,
    opt('filterValues', { list: true }),
    STRATEGY,
    flag('clearWithEmpty')
  ],
  { output: 'rows' }
)
def(
  'quality',
  'ADVANCED_DATATYPE_FLAG',
  [
    SOURCE,
    ADVANCED_PATTERN,
    TARGET,
    ADVANCED_TYPE,
    opt('filterValues', { list: true }),
    opt('trueString'),
    opt('falseString')
  ],
  { output: 'new-column' }
)
def('quality', 'DELETE_DUPLICATE_ROWS', [], { output: 'rows' })
def('quality', 'EXTRACT_ADVANCED_DATATYPE_DETAILS', [SOURCE, TARGET, ADVANCED_PATTERN, ADVANCED_TYPE], {
  output: 'new-column',
  verified: 'pattern'
})
inPlace('quality', 'FILL_WITH_AVERAGE', [])
inPlace('quality', 'FILL_WITH_CUSTOM', [
  opt('columnDataType', { enum: FILL_TYPES, caseInsensitive: true }),
  req('value')
])
inPlace('quality', 'FILL_WITH_EMPTY', [])
inPlace('quality', 'FILL_WITH_LAST_VALID', [
  opt('columnDataType', { enum: FILL_TYPES, caseInsensitive: true })
])
inPlace('quality', 'FILL_WITH_MEDIAN', [])
inPlace('quality', 'FILL_WITH_MODE', [opt('modeType', { enum: MODE_TYPES })])
inPlace('quality', 'FILL_WITH_MOST_FREQUENT', [])
inPlace('quality', 'FILL_WITH_NULL', [])
inPlace('quality', 'FILL_WITH_SUM', [])
def('quality', 'FLAG_DUPLICATE_ROWS', [TARGET, opt('trueString'), opt('falseString')], {
  output: 'new-column'
})
def('quality', 'FLAG_DUPLICATES_IN_COLUMN', [SOURCE, TARGET, opt('trueString'), opt('falseString')], {
  output: 'new-column'
})
def('quality', 'GET_ADVANCED_DATATYPE', [SOURCE], { output: 'rows', interactiveOnly: true })
def('quality', 'REMOVE_DUPLICATES', [SOURCE], { output: 'rows' })
def('quality', 'REMOVE_INVALID', [SOURCE, opt('columnDataType'), ADVANCED_TYPE], { output: 'rows' })
def('quality', 'REMOVE_MISSING', [SOURCE], { output: 'rows' })
// Filters rows with its ConditionExpressions (AWS's chess example in recipes.html); not on a reference page.
def('quality', 'REMOVE_VALUES', [...SOURCE_OR_SOURCES], {
  output: 'rows',
  oneOf: ONE_SOURCE,
  verified: 'example'
})
const NUMBER_TYPE = opt('columnDataType', { enum: ['number'], caseInsensitive: true })
inPlace('quality', 'REPLACE_WITH_AVERAGE', [NUMBER_TYPE])
inPlace('quality', 'REPLACE_WITH_CUSTOM', [opt('columnDataType'), req('value'), ADVANCED_TYPE])
inPlace('quality', 'REPLACE_WITH_EMPTY', [opt('columnDataType'), ADVANCED_TYPE])
inPlace('quality', 'REPLACE_WITH_LAST_VALID', [opt('columnDataType'), ADVANCED_TYPE])
inPlace('quality', 'REPLACE_WITH_MEDIAN', [NUMBER_TYPE])
inPlace('quality', 'REPLACE_WITH_MODE', [NUMBER_TYPE, opt('modeType', { enum: MODE_TYPES })])
inPlace('quality', 'REPLACE_WITH_MOST_FREQUENT', [opt('columnDataType'), ADVANCED_TYPE], {
  verified: 'pattern'
})
inPlace('quality', 'REPLACE_WITH_NULL', [opt('columnDataType'), ADVANCED_TYPE])
inPlace('quality', 'REPLACE_WITH_ROLLING_AVERAGE', [NUMBER_TYPE, int('period', true)])
inPlace('quality', 'REPLACE_WITH_ROLLING_SUM', [NUMBER_TYPE, int('period', true)])
inPlace('quality', 'REPLACE_WITH_SUM', [NUMBER_TYPE])

// Personally identifiable information (PII) recipe steps. The pages' examples give list parameters as native JSON
// arrays; the API model makes them JSON strings. Both are read (parse.ts).
const SECRET = req('secretId')
const SECRET_VERSION = opt('secretVersion')
def('pii', 'CRYPTOGRAPHIC_HASH', [
  SOURCES,
  // Required for the HMAC_ algorithms and the default (HMAC_SHA256) only: validate.ts checks that.
  opt('secretId'),
  SECRET_VERSION,
  ENTITY_FILTER,
  flag('createSecretIfMissing'),
  opt('algorithm', { enum: HASH_ALGORITHMS })
])
def('pii', 'DECRYPT', [SOURCES, req('kmsKeyArn')])
def('pii', 'DETERMINISTIC_DECRYPT', [SOURCES, SECRET, SECRET_VERSION])
def('pii', 'DETERMINISTIC_ENCRYPT', [
  SOURCES,
  SECRET,
  SECRET_VERSION,
  ENTITY_FILTER,
  flag('createSecretIfMissing')
])
def('pii', 'ENCRYPT', [SOURCES, req('kmsKeyArn'), ENTITY_FILTER, flag('preserveDataType')], {
  deterministic: false
})
const MASK_SYMBOL = req('maskSymbol')
const ALPHABET = opt('alphabet', { list: true, enum: ['SYMBOLS', 'WHITESPACE'] })
def('pii', 'MASK_CUSTOM', [SOURCES, MASK_SYMBOL, flag('regex'), req('customValue'), ENTITY_FILTER])
def('pii', 'MASK_DATE', [
  SOURCES,
  MASK_SYMBOL,
  req('redact', { list: true, enum: ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND'] }),
  opt('locale')
])
def('pii', 'MASK_DELIMITER', [
  SOURCES,
  MASK_SYMBOL,
  opt('startDelimiter'),
  opt('endDelimiter'),
  flag('preserveDelimiters'),
  ALPHABET,
  ENTITY_FILTER
])
// maskMode and firstN: written by the console in real exports (issue 10), not on the page.
def('pii', 'MASK_RANGE', [
  SOURCES,
  MASK_SYMBOL,
  int('start'),
  int('stop'),
  ALPHABET,
  ENTITY_FILTER,
  opt('maskMode'),
  int('firstN')
])
def('pii', 'REPLACE_WITH_RANDOM_BETWEEN', [SOURCES, num('lowerBound', true), num('upperBound', true)], {
  deterministic: false
})
def('pii', 'REPLACE_WITH_RANDOM_DATE_BETWEEN', [SOURCES, req('startDate'), req('endDate')], {
  deterministic: false
})
def('pii', 'SHUFFLE_ROWS', [SOURCES, opt('groupByColumns', { list: true, column: 'input' })], {
  deterministic: false
})

// Outlier detection and handling recipe steps
const STRATEGY_OUT = opt('outlierStrategy', { enum: OUTLIER_STRATEGIES })
const THRESHOLD = num('threshold')
def(
  'outliers',
  'FLAG_OUTLIERS',
  [SOURCE, TARGET, STRATEGY_OUT, THRESHOLD, opt('trueString'), opt('falseString')],
  {
    output: 'new-column'
  }
)
def(
  'outliers',
  'REMOVE_OUTLIERS',
  [
    SOURCE,
    STRATEGY_OUT,
    THRESHOLD,
    opt('removeType', { enum: ['DELETE_ROWS', 'CLEAR'] }),
    flag('trimValue'),
    num('minValue'),
    num('maxValue')
  ],
  { output: 'rows' }
)
def('outliers', 'REPLACE_OUTLIERS', [
  SOURCE,
  STRATEGY_OUT,
  THRESHOLD,
  opt('replaceType', {
    enum: [
      'WINSORIZE_VALUES',
      'REPLACE_WITH_CUSTOM',
      'REPLACE_WITH_EMPTY',
      'REPLACE_WITH_NULL',
      'REPLACE_WITH_MODE',
      'REPLACE_WITH_AVERAGE',
      'REPLACE_WITH_MEDIAN',
      'REPLACE_WITH_SUM',
      'REPLACE_WITH_MAX'
    ]
  }),
  // The page lists MIN, MAX and AVERAGE; the fill steps use MINIMUM/MAXIMUM.
  opt('modeType', { enum: ['MIN', 'MAX', 'AVERAGE', ...MODE_TYPES], enumStrict: false }),
  num('minValue'),
  num('maxValue'),
  VALUE,
  flag('trimValue')
])
def('outliers', 'RESCALE_OUTLIERS_WITH_Z_SCORE', [SOURCE, TARGET, STRATEGY_OUT, THRESHOLD], {
  output: 'new-column'
})
def(
  'outliers',
  'RESCALE_OUTLIERS_WITH_SKEW',
  [
    SOURCE,
    TARGET,
    STRATEGY_OUT,
    THRESHOLD,
    opt('skewFunction', { enum: ['LOG', 'ROOT', 'SQUARE'] }),
    num('value')
  ],
  { output: 'new-column' }
)

// Column structure recipe steps
const WITH = opt('withExpressions', { json: 'list' })
def(
  'column-structure',
  'BOOLEAN_OPERATION',
  [req('trueValueExpression'), req('falseValueExpression'), req('valueExpression'), WITH, TARGET],
  { output: 'new-column' }
)
def('column-structure', 'CASE_OPERATION', [req('valueExpression'), WITH, TARGET], { output: 'new-column' })
def(
  'column-structure',
  'FLAG_COLUMN_FROM_NULL',
  [SOURCE, TARGET, req('flagType', { enum: ['Null values'] }), opt('trueString'), opt('falseString')],
  { output: 'new-column' }
)
def(
  'column-structure',
  'FLAG_COLUMN_FROM_PATTERN',
  [
    SOURCE,
    TARGET,
    // The page calls flagType required; real exports omit it (issue 10).
    opt('flagType', { enum: ['Pattern'] }),
    req('pattern'),
    opt('trueString'),
    opt('falseString')
  ],
  { output: 'new-column' }
)
def('column-structure', 'MERGE', [SOURCES, opt('delimiter'), TARGET], {
  output: 'reshape',
  copiesValue: true
})
const SPLIT = { output: 'reshape' as const, copiesValue: true }
def(
  'column-structure',
  'SPLIT_COLUMN_BETWEEN_DELIMITER',
  [
    SOURCE,
    req('patternOption1', { json: 'object' }),
    req('patternOption2', { json: 'object' }),
    opt('pattern'),
    flag('includeInSplit')
  ],
  SPLIT
)
def(
  'column-structure',
  'SPLIT_COLUMN_BETWEEN_POSITIONS',
  [SOURCE, int('startPosition', true), int('endPosition', true)],
  SPLIT
)
def('column-structure', 'SPLIT_COLUMN_FROM_END', [SOURCE, int('position', true)], SPLIT)
def('column-structure', 'SPLIT_COLUMN_FROM_START', [SOURCE, int('position', true)], SPLIT)
def(
  'column-structure',
  'SPLIT_COLUMN_MULTIPLE_DELIMITER',
  [SOURCE, req('patternOptions', { json: 'list' }), opt('pattern'), int('limit'), flag('includeInSplit')],
  SPLIT
)
def(
  'column-structure',
  'SPLIT_COLUMN_SINGLE_DELIMITER',
  // isText: not on the page, written by the console ("TRUE"; recipes-in-the-wild/clean-customer-recipe.json).
  [SOURCE, req('pattern'), int('limit'), flag('includeInSplit'), flag('isText')],
  SPLIT
)
def(
  'column-structure',
  'SPLIT_COLUMN_WITH_INTERVALS',
  [SOURCE, int('startPosition'), int('interval', true)],
  SPLIT
)

// Column formatting recipe steps
inPlace('column-formatting', 'NUMBER_FORMAT', [
  int('decimalPlaces'),
  opt('numericDecimalSeparator', { enum: ['.', ','] }),
  opt('numericThousandSeparator', { enum: [',', ' ', '.'], enumStrict: false }),
  opt('numericAbbreviatedUnit', { enum: ['THOUSAND', 'MILLION', 'BILLION', 'TRILLION'] }),
  opt('numericUnitAbbreviation')
])
inPlace(
  'column-formatting',
  'FORMAT_PHONE_NUMBER',
  [
    // The page names E164 only ("valid values include"); default E164.
    opt('phoneNumberFormat', { enum: ['E164'], enumStrict: false }),
    opt('defaultRegion'),
    opt('defaultRegionColumn', { column: 'input' })
  ],
  { normalizes: true, atMostOne: [['defaultRegion', 'defaultRegionColumn']] }
)

// Data structure recipe steps
const NEST = [SOURCES, TARGET, flag('removeSourceColumns')]
def('data-structure', 'NEST_TO_ARRAY', NEST, { output: 'reshape', copiesValue: true })
def('data-structure', 'NEST_TO_MAP', NEST, { output: 'reshape', copiesValue: true })
def('data-structure', 'NEST_TO_STRUCT', NEST, { output: 'reshape', copiesValue: true })
def('data-structure', 'UNNEST_ARRAY', [SOURCE, TARGET], { output: 'reshape', copiesValue: true })
def('data-structure', 'UNNEST_MAP', [SOURCE, flag('removeSourceColumn'), opt('targetColumn')], {
  output: 'reshape'
})
def('data-structure', 'UNNEST_STRUCT', [SOURCE, flag('removeSourceColumn'), opt('targetColumn')], {
  output: 'reshape'
})
def(
  'data-structure',
  'UNNEST_STRUCT_N',
  [OPT_SOURCES, opt('regexColumnSelector'), flag('removeSourceColumn'), int('unnestLevel'), opt('delimiter')],
  { output: 'reshape', oneOf: [['sourceColumns', 'regexColumnSelector']] }
)
def(
  'data-structure',
  'GROUP_BY',
  [SOURCES, req('groupByAggFunctionOptions', { json: 'list' }), flag('useNewDataFrame')],
  { output: 'reshape' }
)
def(
  'data-structure',
  'JOIN',
  [
    req('joinKeys', { json: 'list' }),
    req('joinType', {
      enum: [
        'INNER_JOIN',
        'LEFT_JOIN',
        'RIGHT_JOIN',
        'OUTER_JOIN',
        'LEFT_EXCLUDING_JOIN',
        'RIGHT_EXCLUDING_JOIN',
        'OUTER_EXCLUDING_JOIN'
      ]
    }),
    opt('leftColumns', { list: true, column: 'input' }),
    opt('rightColumns', { list: true }),
    opt('secondInputLocation'),
    opt('secondaryDatasetName')
  ],
  { output: 'reshape' }
)
def('data-structure', 'PIVOT', [SOURCE, req('valueColumn', { column: 'input' }), req('aggregateFunction')], {
  output: 'reshape'
})
def(
  'data-structure',
  'TRANSPOSE',
  [
    req('pivotColumns', { list: true, column: 'input' }),
    req('valueColumns', { list: true, column: 'input' }),
    req('aggregateFunction'),
    opt('newColumn')
  ],
  { output: 'reshape' }
)
def(
  'data-structure',
  'UNION',
  [
    opt('datasetsColumns', { json: 'list' }),
    opt('secondaryDatasetNames', { list: true }),
    opt('secondaryInputs', { json: 'list' }),
    opt('targetColumnNames', { list: true })
  ],
  { output: 'reshape' }
)
def(
  'data-structure',
  'UNPIVOT',
  [SOURCES, req('unpivotColumn', { column: 'output' }), req('valueColumn', { column: 'output' })],
  { output: 'reshape' }
)

// Data science recipe steps
def('data-science', 'BINARIZATION', [SOURCE, TARGET, num('threshold', true), flag('flip')], {
  output: 'new-column'
})
def(
  'data-science',
  'BUCKETIZATION',
  [SOURCE, TARGET, req('bucketNames', { list: true }), opt('splits', { list: true }), num('percentage')],
  { output: 'new-column', oneOf: [['splits', 'percentage']] }
)
def(
  'data-science',
  'CATEGORICAL_MAPPING',
  [
    SOURCE,
    req('categoryMap', { json: 'object' }),
    flag('deleteOtherRows'),
    opt('other'),
    flag('keepOthers'),
    // NUMERIC: the page's example; TEXT: real exports (issue 10). mappingOption: exports (TOP_X_VALUES; ALL_VALUES in
    // recipes-in-the-wild/marketing-research-etl-recipe.yml), not the page.
    opt('mapType', { enum: ['NUMERIC', 'TEXT'], enumStrict: false }),
    opt('mappingOption', { enum: ['TOP_X_VALUES', 'ALL_VALUES'], enumStrict: false }),
    opt('targetColumn', { column: 'output' })
  ],
  { output: 'new-column' }
)
def('data-science', 'ONE_HOT_ENCODING', [SOURCE], { output: 'reshape' })
def(
  'data-science',
  'SKEWNESS',
  [SOURCE, TARGET, req('skewFunction', { enum: ['ROOT', 'LOG', 'SQUARE'] }), num('value')],
  { output: 'new-column' }
)
def(
  'data-science',
  'TOKENIZATION',
  [
    SOURCE,
    opt('delimiter'),
    opt('expandContractions', { enum: ['ENABLED', 'DISABLED'], enumStrict: false }),
    opt('stemmingMode', { enum: ['PORTER', 'LANCASTER'] }),
    opt('stopWordRemovalMode', { enum: ['DEFAULT', 'CUSTOM'], enumStrict: false }),
    opt('customStopWords', { list: true }),
    TARGET
  ],
  { output: 'new-column' }
)

// Functions: every one writes a new column (targetColumn).
function fn(family: Family, name: string, params: ParamSpec[], o: Options = {}): void {
  // The console writes functionStepType (the operation's own name) on every function step it exports (DATE_FORMAT,
  // DIVIDE, MULTIPLY, TODAY in the recipes-in-the-wild corpus); DataBrew runs them. Not on the pages.
  const stepType = opt('functionStepType', { enum: [name], enumStrict: false })
  def(family, name, [...params, TARGET, stepType], { output: 'new-column', ...o })
}
/** One operand: a column or a literal `value`. */
function unary(family: Family, name: string, extra: ParamSpec[] = [], o: Options = {}): void {
  fn(family, name, [OPT_SOURCE, VALUE, ...extra], { oneOf: SOURCE_OR_VALUE, ...o })
}
const BINARY = [
  opt('sourceColumn1', { column: 'input' }),
  opt('sourceColumn2', { column: 'input' }),
  opt('value1'),
  opt('value2')
]

// Mathematical functions
fn('math', 'ABSOLUTE', [SOURCE])
fn('math', 'ADD', BINARY)
fn('math', 'CEILING', [SOURCE], { verified: 'pattern' })
fn('math', 'DEGREES', [SOURCE], { verified: 'pattern' })
fn('math', 'DIVIDE', BINARY)
fn('math', 'EXPONENT', [SOURCE])
fn('math', 'FLOOR', [SOURCE], { verified: 'pattern' })
fn('math', 'IS_EVEN', [OPT_SOURCE, VALUE, opt('trueString'), opt('falseString')], { oneOf: SOURCE_OR_VALUE })
fn('math', 'IS_ODD', [OPT_SOURCE, VALUE, opt('trueString'), opt('falseString')], {
  oneOf: SOURCE_OR_VALUE,
  verified: 'pattern'
})
fn('math', 'LN', [SOURCE], { verified: 'pattern' })
fn('math', 'LOG', [SOURCE, num('base')])
fn('math', 'MOD', BINARY)
fn('math', 'MULTIPLY', BINARY)
fn('math', 'NEGATE', [SOURCE])
fn('math', 'PI', [])
unary('math', 'POWER', [num('exponent', true)])
fn('math', 'RADIANS', [SOURCE], { verified: 'pattern' })
fn('math', 'RANDOM', [], { deterministic: false })
fn('math', 'RANDOM_BETWEEN', [num('lowerBound', true), num('upperBound', true)], { deterministic: false })
fn('math', 'ROUND', [SOURCE])
fn('math', 'SIGN', [SOURCE], { verified: 'pattern' })
fn('math', 'SQUARE_ROOT', [SOURCE], { verified: 'pattern' })
fn('math', 'SUBTRACT', BINARY)

// Aggregate functions (over the listed columns of each row)
for (const name of ['ANY', 'COUNT_DISTINCT', 'STANDARD_DEVIATION', 'SUM'])
  fn('aggregate', name, [SOURCES], { copiesValue: name === 'ANY' })
for (const name of ['AVERAGE', 'COUNT', 'MAX', 'MEDIAN', 'MIN', 'VARIANCE'])
  fn('aggregate', name, [SOURCES], { verified: 'pattern' })
fn('aggregate', 'KTH_LARGEST', [SOURCES, int('value', true)])
fn('aggregate', 'KTH_LARGEST_UNIQUE', [SOURCES, int('value', true)], { verified: 'pattern' })
fn('aggregate', 'MODE', [SOURCES, opt('modeType', { enum: MODE_TYPES })])

// Text functions
const V = { copiesValue: true }
unary('text', 'CHAR', [])
fn('text', 'ENDS_WITH', [OPT_SOURCE, VALUE, req('pattern')], { oneOf: SOURCE_OR_VALUE })
const COMPARE = { verified: 'pattern' as const }
fn('text', 'EXACT', BINARY, COMPARE)
fn('text', 'FIND', [OPT_SOURCE, VALUE, req('pattern'), int('position'), flag('ignoreCase')], {
  oneOf: SOURCE_OR_VALUE
})
unary('text', 'LEFT', [int('position', true)], V)
unary('text', 'LEN', [])
unary('text', 'LOWER', [], { ...V, normalizes: true })
fn('text', 'MERGE_COLUMNS_AND_VALUES', [SOURCES, opt('delimiter')], V)
unary('text', 'PROPER', [], { ...V, normalizes: true, verified: 'pattern' })
unary('text', 'REMOVE_SYMBOLS', [], { ...V, normalizes: true, verified: 'pattern' })
unary('text', 'REMOVE_WHITESPACE', [], { ...V, normalizes: true })
unary('text', 'REPEAT_STRING', [int('count', true)], V)
unary('text', 'RIGHT', [int('position', true)], V)
fn('text', 'RIGHT_FIND', [OPT_SOURCE, VALUE, req('pattern'), int('position'), flag('ignoreCase')], {
  oneOf: SOURCE_OR_VALUE,
  verified: 'pattern'
})
fn('text', 'STARTS_WITH', [OPT_SOURCE, VALUE, req('pattern')], { oneOf: SOURCE_OR_VALUE })
fn('text', 'STRING_GREATER_THAN', BINARY)
fn('text', 'STRING_GREATER_THAN_EQUAL', BINARY, COMPARE)
fn('text', 'STRING_LESS_THAN', BINARY, COMPARE)
fn('text', 'STRING_LESS_THAN_EQUAL', BINARY, COMPARE)
fn('text', 'SUBSTRING', [OPT_SOURCE, VALUE, int('startPosition', true), int('endPosition')], {
  ...V,
  oneOf: SOURCE_OR_VALUE
})
unary('text', 'TRIM', [], { ...V, normalizes: true })
unary('text', 'UNICODE', [], { verified: 'pattern' })
unary('text', 'UPPER', [], { ...V, normalizes: true, verified: 'pattern' })

// Date and time functions
const FORMAT = opt('dateTimeFormat')
const UNITS_PARAM = (required: boolean) => (required ? req : opt)('units', { enum: UNITS })
fn('date', 'CONVERT_TIMEZONE', [SOURCE, opt('fromTimeZone'), opt('toTimeZone'), FORMAT], V)
fn('date', 'DATE', [FORMAT, req('dateTimeParameters', { json: 'object' })])
unary('date', 'DATE_ADD', [UNITS_PARAM(true), num('dateAddValue', true), FORMAT], V)
fn('date', 'DATE_DIFF', [...BINARY, UNITS_PARAM(true)])
unary('date', 'DATE_FORMAT', [FORMAT], { ...V, normalizes: true })
fn('date', 'DATE_TIME', [FORMAT, req('dateTimeParameters', { json: 'object' })])
unary('date', 'DAY', [])
for (const name of ['HOUR', 'MILLISECOND', 'MINUTE', 'MONTH', 'MONTH_NAME', 'QUARTER', 'SECOND'])
  unary('date', name, [], { verified: 'pattern' })
fn('date', 'NOW', [opt('timeZone')], { deterministic: false, verified: 'pattern' })
unary('date', 'TIME', [FORMAT], { verified: 'pattern' })
fn('date', 'TODAY', [opt('timeZone')], { deterministic: false, verified: 'pattern' })
unary('date', 'UNIX_TIME', [], { verified: 'pattern' })
unary('date', 'UNIX_TIME_FORMAT', [FORMAT])
for (const name of ['WEEK_DAY', 'WEEK_NUMBER']) unary('date', name, [], { verified: 'pattern' })
// dateTimeFormat on YEAR: written by the console in real exports (issue 10), not on the page.
unary('date', 'YEAR', [FORMAT], { verified: 'pattern' })

// Window functions
const WINDOW = [SOURCE, int('numRowsBefore'), int('numRowsAfter')]
fn('window', 'FILL', WINDOW, V)
fn('window', 'NEXT', [SOURCE, int('numRows', true)], V)
fn('window', 'PREV', [SOURCE, int('numRows', true)], { ...V, verified: 'pattern' })
for (const name of [
  'ROLLING_AVERAGE',
  'ROLLING_COUNT_A',
  'ROLLING_MAX',
  'ROLLING_MIN',
  'ROLLING_MODE',
  'ROLLING_STANDARD_DEVIATION',
  'ROLLING_SUM',
  'ROLLING_VARIANCE'
])
  fn('window', name, WINDOW, { verified: 'pattern' })
fn('window', 'ROLLING_KTH_LARGEST', [...WINDOW, int('value', true)])
fn('window', 'ROLLING_KTH_LARGEST_UNIQUE', [...WINDOW, int('value', true)], { verified: 'pattern' })
const GROUP_ORDER = [
  opt('groupByColumns', { list: true, column: 'input' }),
  opt('orderByColumns', { list: true, column: 'input' })
]
fn('window', 'ROW_NUMBER', GROUP_ORDER)
fn('window', 'SESSION', [SOURCE, UNITS_PARAM(true), num('value', true), ...GROUP_ORDER])

// Web functions
unary('web', 'IP_TO_INT', [])
unary('web', 'INT_TO_IP', [], { verified: 'pattern' })
unary('web', 'URL_PARAMS', [])

// Other functions
fn('other', 'COALESCE', [SOURCES], V)
def('other', 'GET_ACTION_RESULT', [req('actionId')], { output: 'rows', interactiveOnly: true })
def('other', 'GET_STEP_DATAFRAME', [int('stepIndex', true)], { output: 'rows', interactiveOnly: true })

/** Every operation by name. */
export const CATALOG: Readonly<Record<string, OperationSpec>> = Object.freeze(
  Object.fromEntries(LIST.map(s => [s.name, s]))
)

export const OPERATION_NAMES: readonly string[] = LIST.map(s => s.name)

export function operationSpec(name: string): OperationSpec | undefined {
  return Object.prototype.hasOwnProperty.call(CATALOG, name) ? CATALOG[name] : undefined
}

export function paramSpec(operation: string, parameter: string): ParamSpec | undefined {
  return operationSpec(operation)?.params.find(p => p.name === parameter)
}

/** Parameters that must always be given (groups in `oneOf` are not listed: one of each group is needed). */
export function requiredParameters(operation: string): string[] {
  return (operationSpec(operation)?.params ?? []).filter(p => p.required).map(p => p.name)
}

/** Parameter names whose string value holds JSON (a list or an object), across all operations. */
export const JSON_PARAMETERS: ReadonlySet<string> = new Set(
  LIST.flatMap(s => s.params.filter(p => p.list || p.json).map(p => p.name))
)

/** Names people write that DataBrew does not have, with what to use (REFERENCE.md's traps and common guesses). */
export const MISNAMED: Readonly<Record<string, string>> = {
  HASH: 'CRYPTOGRAPHIC_HASH',
  SHA256: 'CRYPTOGRAPHIC_HASH with "algorithm": "SHA256"',
  HMAC: 'CRYPTOGRAPHIC_HASH with "algorithm": "HMAC_SHA256"',
  REPLACE_PATTERN: 'REPLACE_TEXT (its pattern is a regular expression)',
  REGEX_REPLACE: 'REPLACE_TEXT (its pattern is a regular expression)',
  REPLACE: 'REPLACE_TEXT',
  SPLIT: 'one of the seven SPLIT_COLUMN_* steps (e.g. SPLIT_COLUMN_SINGLE_DELIMITER)',
  SPLIT_COLUMN: 'one of the seven SPLIT_COLUMN_* steps (e.g. SPLIT_COLUMN_SINGLE_DELIMITER)',
  DEDUPLICATE: 'REMOVE_DUPLICATES (duplicates in one column) or DELETE_DUPLICATE_ROWS (whole rows)',
  DEDUP: 'REMOVE_DUPLICATES (duplicates in one column) or DELETE_DUPLICATE_ROWS (whole rows)',
  DROP_DUPLICATES: 'REMOVE_DUPLICATES (duplicates in one column) or DELETE_DUPLICATE_ROWS (whole rows)',
  DROP: 'DELETE',
  DROP_COLUMN: 'DELETE',
  DROP_COLUMNS: 'DELETE',
  REMOVE_COLUMN: 'DELETE',
  DELETE_COLUMN: 'DELETE',
  RENAME_COLUMN: 'RENAME',
  LOWERCASE: 'LOWER_CASE',
  UPPERCASE: 'UPPER_CASE',
  STRIP: 'REMOVE_COMBINED with "removeLeadingAndTrailingWhitespace": "true" (TRIM writes a new column)',
  TRIM_WHITESPACE:
    'REMOVE_COMBINED with "removeLeadingAndTrailingWhitespace": "true" (TRIM writes a new column)',
  FILTER: 'REMOVE_VALUES with ConditionExpressions',
  FILTER_ROWS: 'REMOVE_VALUES with ConditionExpressions',
  CONCAT: 'MERGE',
  CONCATENATE: 'MERGE',
  CAST: 'CHANGE_DATA_TYPE',
  FILL_MISSING: 'one of the FILL_WITH_* steps (e.g. FILL_WITH_EMPTY, FILL_WITH_CUSTOM)',
  FILL_MISSING_VALUES: 'one of the FILL_WITH_* steps (e.g. FILL_WITH_EMPTY, FILL_WITH_CUSTOM)',
  FILL_WITH_MINIMUM: 'REPLACE_OUTLIERS or FILL_WITH_CUSTOM (DataBrew has no FILL_WITH_MINIMUM)',
  FILL_WITH_MAXIMUM: 'REPLACE_OUTLIERS or FILL_WITH_CUSTOM (DataBrew has no FILL_WITH_MAXIMUM)',
  MASK: 'MASK_CUSTOM, MASK_RANGE, MASK_DELIMITER or MASK_DATE',
  FORMAT_PHONE: 'FORMAT_PHONE_NUMBER',
  PHONE_NUMBER_FORMAT: 'FORMAT_PHONE_NUMBER',
  IF: 'BOOLEAN_OPERATION',
  CASE: 'CASE_OPERATION'
}

/** How a condition reads its `Value`. */
export interface ConditionSpec {
  name: string
  /** false: listed nowhere in the developer guide (known from other tools); accepted with a warning. */
  documented: boolean
  /** 'none': takes no Value; 'one': a value (IS/IS_NOT also take a JSON list of values). */
  value: 'none' | 'one'
}

/**
 * ConditionExpressions names. Documented: recipes.html#recipes.structure. The undocumented ones are in use elsewhere
 * (the local engine, the console's "is not missing" filter) but could not be confirmed for recipe jobs.
 */
export const CONDITIONS: readonly ConditionSpec[] = [
  ...['IS', 'IS_NOT', 'IS_BETWEEN', 'CONTAINS', 'NOT_CONTAINS', 'STARTS_WITH', 'NOT_STARTS_WITH'].map(
    name => ({ name, documented: true, value: 'one' as const })
  ),
  ...['ENDS_WITH', 'NOT_ENDS_WITH', 'LESS_THAN', 'LESS_THAN_EQUAL', 'GREATER_THAN', 'GREATER_THAN_EQUAL'].map(
    name => ({ name, documented: true, value: 'one' as const })
  ),
  { name: 'IS_INVALID', documented: true, value: 'none' },
  { name: 'IS_MISSING', documented: true, value: 'none' },
  { name: 'IS_NOT_MISSING', documented: false, value: 'none' },
  { name: 'IS_VALID', documented: false, value: 'none' },
  { name: 'MATCHES', documented: false, value: 'one' },
  { name: 'NOT_MATCHES', documented: false, value: 'one' },
  { name: 'EQUALS', documented: false, value: 'one' },
  { name: 'NOT_EQUALS', documented: false, value: 'one' }
]

export const CONDITION_NAMES: readonly string[] = CONDITIONS.map(c => c.name)

export function conditionSpec(name: string): ConditionSpec | undefined {
  return CONDITIONS.find(c => c.name === name)
}

/** Operations that normalize values in place or into a new column (what the PII policy wants before a hash). */
export const NORMALIZING: ReadonlySet<string> = new Set(LIST.filter(s => s.normalizes).map(s => s.name))
