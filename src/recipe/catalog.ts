/**
 * The DataBrew recipe operations this project knows. Names come from the AWS Glue DataBrew developer guide's
 * "Recipe step and function reference" (docs.aws.amazon.com/databrew/latest/dg/recipe-actions-reference.html).
 * Operations with `params` have their parameters checked (names, required, list- and enum-valued); their specs were
 * read from the per-action pages (e.g. recipe-actions.MASK_RANGE.html, recipe-actions.REPLACE_WITH_RANDOM_BETWEEN.html)
 * or from exported recipes. Operations without `params` are known names whose parameters are passed through
 * unchecked, because the reference pages were not all available to verify: a typo there is caught by DataBrew at
 * job start, not here. Pure.
 */

export interface ParamSpec {
  required?: boolean
  /** The value is a JSON list inside the string ("[\"a\"]"). */
  list?: boolean
  enum?: readonly string[]
  /** 'true' / 'false'. */
  boolean?: boolean
}

export interface OperationSpec {
  family: string
  params?: Record<string, ParamSpec>
  /** Random or keyed-by-AWS: a local run cannot match DataBrew byte for byte. */
  nondeterministic?: boolean
}

const column = { sourceColumn: { required: true } }
const columns = { sourceColumns: { required: true, list: true } }
const bool: ParamSpec = { boolean: true }
const target = { targetColumn: { required: true } }

const REMOVE_COMBINED_FLAGS = [
  'collapseConsecutiveWhitespace',
  'removeAllPunctuation',
  'removeAllQuotes',
  'removeAllWhitespace',
  'removeCustomCharacters',
  'removeCustomValue',
  'removeLeadingAndTrailingPunctuation',
  'removeLeadingAndTrailingQuotes',
  'removeLeadingAndTrailingWhitespace',
  'removeLetters',
  'removeNumbers',
  'removeSpecialCharacters'
] as const

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

const CHECKED: Record<string, OperationSpec> = {
  LOWER_CASE: { family: 'cleaning', params: { ...column } },
  UPPER_CASE: { family: 'cleaning', params: { ...column } },
  CAPITAL_CASE: { family: 'cleaning', params: { ...column } },
  SENTENCE_CASE: { family: 'cleaning', params: { ...column } },
  REMOVE_COMBINED: {
    family: 'cleaning',
    params: {
      ...column,
      ...Object.fromEntries(REMOVE_COMBINED_FLAGS.map(f => [f, bool])),
      customCharacters: {},
      customValue: {}
    }
  },
  REPLACE_TEXT: { family: 'cleaning', params: { ...column, pattern: { required: true }, value: {} } },
  REMOVE_VALUES: { family: 'quality', params: { ...column } },
  FORMAT_PHONE_NUMBER: {
    family: 'formatting',
    params: {
      ...column,
      phoneNumberFormat: { enum: ['E164', 'INTERNATIONAL', 'NATIONAL', 'RFC3966'] },
      defaultRegion: {},
      defaultRegionColumn: {}
    }
  },
  DELETE: { family: 'column', params: { ...columns } },
  RENAME: { family: 'column', params: { ...column, ...target } },
  DUPLICATE: { family: 'column', params: { ...column, ...target } },
  MERGE: { family: 'structure', params: { ...columns, delimiter: {}, ...target } },
  SPLIT_COLUMN_SINGLE_DELIMITER: {
    family: 'structure',
    params: { ...column, pattern: { required: true }, limit: {}, includeInSplit: bool }
  },
  SPLIT_COLUMN_MULTIPLE_DELIMITER: {
    family: 'structure',
    params: { ...column, patternOptions: { required: true, list: true }, limit: {}, includeInSplit: bool }
  },
  SPLIT_COLUMN_BETWEEN_DELIMITER: {
    family: 'structure',
    params: {
      ...column,
      patternOption1: { required: true },
      patternOption2: { required: true },
      includeInSplit: bool
    }
  },
  SPLIT_COLUMN_BETWEEN_POSITIONS: {
    family: 'structure',
    params: { ...column, startPosition: { required: true }, endPosition: { required: true } }
  },
  SPLIT_COLUMN_FROM_START: { family: 'structure', params: { ...column, position: { required: true } } },
  SPLIT_COLUMN_FROM_END: { family: 'structure', params: { ...column, position: { required: true } } },
  SPLIT_COLUMN_WITH_INTERVALS: {
    family: 'structure',
    params: { ...column, startPosition: {}, interval: { required: true } }
  },
  CHANGE_DATA_TYPE: {
    family: 'formatting',
    params: {
      ...column,
      columnDataType: {
        required: true,
        enum: [
          'string',
          'integer',
          'int',
          'long',
          'bigint',
          'double',
          'float',
          'decimal',
          'boolean',
          'date',
          'timestamp'
        ]
      }
    }
  },
  REMOVE_MISSING: { family: 'quality', params: { ...column } },
  FILL_WITH_CUSTOM: { family: 'quality', params: { ...column, value: { required: true } } },
  FILL_WITH_EMPTY: { family: 'quality', params: { ...column } },
  FILL_WITH_NULL: { family: 'quality', params: { ...column } },
  FILL_WITH_AVERAGE: { family: 'quality', params: { ...column } },
  FILL_WITH_MEDIAN: { family: 'quality', params: { ...column } },
  FILL_WITH_MODE: { family: 'quality', params: { ...column, modeType: {} } },
  FILL_WITH_MOST_FREQUENT: { family: 'quality', params: { ...column } },
  FILL_WITH_SUM: { family: 'quality', params: { ...column } },
  FILL_WITH_MINIMUM: { family: 'quality', params: { ...column } },
  FILL_WITH_MAXIMUM: { family: 'quality', params: { ...column } },
  REMOVE_DUPLICATES: { family: 'duplicates', params: { ...column } },
  DELETE_DUPLICATE_ROWS: { family: 'duplicates', params: {} },
  CRYPTOGRAPHIC_HASH: {
    family: 'pii',
    params: {
      ...columns,
      secretId: {},
      secretVersion: {},
      entityTypeFilter: { list: true },
      createSecretIfMissing: bool,
      algorithm: { enum: HASH_ALGORITHMS }
    }
  },
  MASK_CUSTOM: {
    family: 'pii',
    params: {
      ...columns,
      maskSymbol: { required: true },
      customValue: { required: true },
      regex: bool,
      entityTypeFilter: { list: true }
    }
  },
  MASK_DATE: {
    family: 'pii',
    params: {
      ...columns,
      maskSymbol: { required: true },
      redact: { required: true, list: true },
      locale: {}
    }
  },
  MASK_DELIMITER: {
    family: 'pii',
    params: {
      ...columns,
      maskSymbol: { required: true },
      startDelimiter: {},
      endDelimiter: {},
      preserveDelimiters: bool,
      alphabet: { list: true },
      entityTypeFilter: { list: true }
    }
  },
  MASK_RANGE: {
    family: 'pii',
    params: {
      ...columns,
      maskSymbol: { required: true },
      start: {},
      stop: {},
      alphabet: { list: true },
      entityTypeFilter: { list: true }
    }
  },
  REPLACE_WITH_RANDOM_BETWEEN: {
    family: 'pii',
    params: { ...columns, lowerBound: { required: true }, upperBound: { required: true } },
    nondeterministic: true
  }
}

/** Known operation names whose parameters are not checked here (see the header). */
const NAMES_ONLY: Record<string, string[]> = {
  column: [
    'MOVE_AFTER',
    'MOVE_BEFORE',
    'MOVE_TO_END',
    'MOVE_TO_INDEX',
    'MOVE_TO_START',
    'SORT',
    'JSON_TO_STRUCTS'
  ],
  cleaning: [
    'ADD_DOUBLE_QUOTES',
    'ADD_PREFIX',
    'ADD_SINGLE_QUOTES',
    'ADD_SUFFIX',
    'EXTRACT_BETWEEN_DELIMITERS',
    'EXTRACT_BETWEEN_POSITIONS',
    'EXTRACT_PATTERN',
    'EXTRACT_VALUE',
    'FORMAT_DATE',
    'REMOVE_INVALID',
    'REPLACE_BETWEEN_DELIMITERS',
    'REPLACE_BETWEEN_POSITIONS',
    'REPLACE_VALUE'
  ],
  quality: [
    'FILL_WITH_LAST_VALID',
    'FLAG_COLUMN_FROM_INVALID',
    'FLAG_COLUMN_FROM_NULL',
    'FLAG_COLUMN_FROM_PATTERN'
  ],
  duplicates: ['FLAG_DUPLICATE_ROWS', 'FLAG_DUPLICATES_IN_COLUMN'],
  outliers: [
    'FLAG_OUTLIERS',
    'REMOVE_OUTLIERS',
    'REPLACE_OUTLIERS',
    'RESCALE_OUTLIERS_WITH_Z_SCORE',
    'RESCALE_OUTLIERS_WITH_SKEW'
  ],
  structure: [
    'BOOLEAN_OPERATION',
    'CASE_OPERATION',
    'NEST_TO_ARRAY',
    'NEST_TO_MAP',
    'NEST_TO_STRUCT',
    'UNNEST_ARRAY',
    'UNNEST_MAP',
    'UNNEST_STRUCT',
    'UNNEST_STRUCT_N',
    'GROUP_BY',
    'JOIN',
    'UNION',
    'PIVOT',
    'UNPIVOT',
    'TRANSPOSE'
  ],
  formatting: ['DECIMAL_PRECISION', 'THOUSANDS_SEPARATOR', 'ABSOLUTE_VALUE', 'NUMBER_FORMAT'],
  'data science': [
    'BINARIZATION',
    'BUCKETIZATION',
    'CATEGORICAL_MAPPING',
    'ONE_HOT_ENCODING',
    'SCALE',
    'SKEWNESS',
    'TOKENIZATION'
  ],
  pii: [
    'DECRYPT',
    'DETERMINISTIC_DECRYPT',
    'DETERMINISTIC_ENCRYPT',
    'ENCRYPT',
    'REPLACE_WITH_RANDOM_DATE_BETWEEN',
    'SHUFFLE_ROWS'
  ],
  'math functions': [
    'ABSOLUTE',
    'ADD',
    'CEILING',
    'DEGREES',
    'DIVIDE',
    'EXPONENT',
    'FLOOR',
    'IS_EVEN',
    'IS_ODD',
    'LN',
    'LOG',
    'MOD',
    'MULTIPLY',
    'NEGATE',
    'PI',
    'POWER',
    'RADIANS',
    'RANDOM',
    'RANDOM_BETWEEN',
    'ROUND',
    'SIGN',
    'SQUARE_ROOT',
    'SUBTRACT'
  ],
  'aggregate functions': [
    'ANY',
    'AVERAGE',
    'COUNT',
    'COUNT_DISTINCT',
    'KTH_LARGEST',
    'KTH_LARGEST_UNIQUE',
    'KTH_SMALLEST',
    'KTH_SMALLEST_UNIQUE',
    'MAX',
    'MEDIAN',
    'MIN',
    'MODE',
    'STANDARD_DEVIATION',
    'SUM',
    'VARIANCE'
  ],
  'text functions': [
    'CHAR',
    'ENDS_WITH',
    'EXACT',
    'FIND',
    'LEFT',
    'LEN',
    'LOWER',
    'MERGE_COLUMNS_AND_VALUES',
    'PROPER',
    'REMOVE_STOPWORDS',
    'REMOVE_SYMBOLS',
    'REMOVE_WHITESPACE',
    'REPEAT_STRING',
    'RIGHT',
    'RIGHT_FIND',
    'STARTS_WITH',
    'STRING_GREATER_THAN',
    'STRING_GREATER_THAN_EQUAL',
    'STRING_LESS_THAN',
    'STRING_LESS_THAN_EQUAL',
    'SUBSTRING',
    'TRIM',
    'UNICODE',
    'UPPER'
  ],
  'date functions': [
    'CONVERT_TIMEZONE',
    'DATE',
    'DATE_ADD',
    'DATE_DIFF',
    'DATE_FORMAT',
    'DATE_TIME',
    'DAY',
    'HOUR',
    'MILLISECOND',
    'MINUTE',
    'MONTH',
    'MONTH_NAME',
    'NOW',
    'QUARTER',
    'SECOND',
    'TIME',
    'TODAY',
    'UNIX_TIME',
    'UNIX_TIME_FORMAT',
    'WEEK_DAY',
    'WEEK_NUMBER',
    'YEAR'
  ],
  'window functions': [
    'FILL',
    'NEXT',
    'PREV',
    'ROLLING_AVERAGE',
    'ROLLING_COUNT_A',
    'ROLLING_KTH_LARGEST',
    'ROLLING_KTH_LARGEST_UNIQUE',
    'ROLLING_KTH_SMALLEST',
    'ROLLING_KTH_SMALLEST_UNIQUE',
    'ROLLING_MAX',
    'ROLLING_MIN',
    'ROLLING_MODE',
    'ROLLING_STANDARD_DEVIATION',
    'ROLLING_SUM',
    'ROLLING_VARIANCE',
    'ROW_NUMBER',
    'SESSION'
  ],
  'web functions': ['IP_TO_INT', 'INT_TO_IP', 'URL_PARAMS'],
  'other functions': ['COALESCE', 'IF']
}

export const CATALOG: Record<string, OperationSpec> = {
  ...Object.fromEntries(
    Object.entries(NAMES_ONLY).flatMap(([family, names]) =>
      names.map(name => [
        name,
        { family, nondeterministic: /RANDOM|SHUFFLE|^ENCRYPT$|^NOW$|^TODAY$/.test(name) }
      ])
    )
  ),
  ...CHECKED
}

/** Names people type that DataBrew does not have, with what to use instead (REFERENCE.md's traps). */
export const MISNAMED: Record<string, string> = {
  HASH: 'CRYPTOGRAPHIC_HASH',
  SHA256: 'CRYPTOGRAPHIC_HASH with algorithm SHA256',
  REPLACE_PATTERN: 'REPLACE_TEXT (its pattern is a regular expression)',
  SPLIT: 'one of the SPLIT_COLUMN_* operations (e.g. SPLIT_COLUMN_SINGLE_DELIMITER)',
  DEDUPLICATE: 'REMOVE_DUPLICATES (by column) or DELETE_DUPLICATE_ROWS (whole rows)',
  DROP: 'DELETE',
  DROP_COLUMN: 'DELETE',
  TRIM_WHITESPACE: 'REMOVE_COMBINED with removeLeadingAndTrailingWhitespace (TRIM writes a new column)',
  LOWERCASE: 'LOWER_CASE',
  UPPERCASE: 'UPPER_CASE'
}

/** Condition names of ConditionExpressions. */
export const CONDITIONS = [
  'IS',
  'IS_NOT',
  'IS_MISSING',
  'IS_NOT_MISSING',
  'IS_VALID',
  'IS_INVALID',
  'EQUALS',
  'NOT_EQUALS',
  'LESS_THAN',
  'LESS_THAN_EQUAL',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL',
  'IS_BETWEEN',
  'CONTAINS',
  'NOT_CONTAINS',
  'STARTS_WITH',
  'NOT_STARTS_WITH',
  'ENDS_WITH',
  'NOT_ENDS_WITH',
  'MATCHES',
  'NOT_MATCHES'
] as const

/** Operations that normalize a value in place (what the PII policy wants before a hash). */
export const NORMALIZING = new Set([
  'LOWER_CASE',
  'UPPER_CASE',
  'CAPITAL_CASE',
  'SENTENCE_CASE',
  'REMOVE_COMBINED',
  'REPLACE_TEXT',
  'FORMAT_PHONE_NUMBER',
  'FORMAT_DATE',
  'CHANGE_DATA_TYPE'
])
