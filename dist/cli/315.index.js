export const id = 315;
export const ids = [315];
export const modules = {

/***/ 1649:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UH: () => (/* binding */ HASH_ALGORITHMS),
/* harmony export */   Vr: () => (/* binding */ CONDITIONS),
/* harmony export */   W8: () => (/* binding */ CATALOG),
/* harmony export */   Xf: () => (/* binding */ MISNAMED),
/* harmony export */   jE: () => (/* binding */ NORMALIZING)
/* harmony export */ });
/**
 * The DataBrew recipe operations this project knows. Names come from the AWS Glue DataBrew developer guide's
 * "Recipe step and function reference" (docs.aws.amazon.com/databrew/latest/dg/recipe-actions-reference.html).
 * Operations with `params` have their parameters checked (names, required, list- and enum-valued); their specs were
 * read from the per-action pages (e.g. recipe-actions.MASK_RANGE.html, recipe-actions.REPLACE_WITH_RANDOM_BETWEEN.html)
 * or from exported recipes. Operations without `params` are known names whose parameters are passed through
 * unchecked, because the reference pages were not all available to verify: a typo there is caught by DataBrew at
 * job start, not here. Pure.
 */
const column = { sourceColumn: { required: true } };
const columns = { sourceColumns: { required: true, list: true } };
const bool = { boolean: true };
const target = { targetColumn: { required: true } };
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
];
const HASH_ALGORITHMS = [
    'MD5',
    'SHA1',
    'SHA256',
    'SHA512',
    'HMAC_MD5',
    'HMAC_SHA1',
    'HMAC_SHA256',
    'HMAC_SHA512'
];
const CHECKED = {
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
};
/** Known operation names whose parameters are not checked here (see the header). */
const NAMES_ONLY = {
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
};
const CATALOG = {
    ...Object.fromEntries(Object.entries(NAMES_ONLY).flatMap(([family, names]) => names.map(name => [
        name,
        { family, nondeterministic: /RANDOM|SHUFFLE|^ENCRYPT$|^NOW$|^TODAY$/.test(name) }
    ]))),
    ...CHECKED
};
/** Names people type that DataBrew does not have, with what to use instead (REFERENCE.md's traps). */
const MISNAMED = {
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
};
/** Condition names of ConditionExpressions. */
const CONDITIONS = [
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
];
/** Operations that normalize a value in place (what the PII policy wants before a hash). */
const NORMALIZING = new Set([
    'LOWER_CASE',
    'UPPER_CASE',
    'CAPITAL_CASE',
    'SENTENCE_CASE',
    'REMOVE_COMBINED',
    'REPLACE_TEXT',
    'FORMAT_PHONE_NUMBER',
    'FORMAT_DATE',
    'CHANGE_DATA_TYPE'
]);


/***/ }),

/***/ 1315:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kI: () => (/* binding */ checkRecipeText),
  tb: () => (/* binding */ loadPolicy),
  yR: () => (/* binding */ readText)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/recipe/catalog.ts
var catalog = __webpack_require__(1649);
// EXTERNAL MODULE: ./src/recipe/model.ts
var model = __webpack_require__(5499);
;// CONCATENATED MODULE: ./src/recipe/policy.ts
/**
 * The PII policy: which columns hold PII (and of what kind) and the hash contract every one of them must leave the
 * pipeline under. `checkPolicy` follows each PII column through the recipe (renames, duplicates, merges, splits,
 * deletes) and fails when one reaches the output unhashed, is normalized only after it was hashed, is hashed for some
 * rows only, or is hashed under a different contract than the policy's. Pure.
 */



const PII_KINDS = [
    'email',
    'phone',
    'first_name',
    'last_name',
    'name',
    'address',
    'postal_code',
    'city',
    'state',
    'country',
    'date_of_birth',
    'device_id',
    'ip_address',
    'customer_id',
    'other'
];
function parsePolicy(text, file) {
    const problems = [];
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines });
    const where = (node) => {
        const offset = node?.range?.[0] ?? 0;
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const add = (node, message) => problems.push({ file, ...where(node), message, severity: 'error' });
    for (const e of doc.errors) {
        const p = lines.linePos(e.pos[0]);
        problems.push({
            file,
            line: p.line,
            column: p.col,
            message: `not valid YAML: ${e.message.split('\n')[0]}`,
            severity: 'error'
        });
    }
    if (problems.length > 0)
        return { problems };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        add(root, 'a PII policy is a mapping with version, hash and columns');
        return { problems };
    }
    const version = doc.toJS()?.version;
    if (version !== 1)
        add(root.get('version', true), `version must be 1, not ${JSON.stringify(version)}`);
    const hashNode = root.get('hash', true);
    const hash = { algorithm: 'HMAC_SHA256', encoding: 'base64' };
    if (hashNode !== undefined) {
        if (!(0,dist/* isMap */.jh)(hashNode))
            add(hashNode, 'hash must be a mapping (algorithm, encoding, secretId)');
        else {
            const algorithm = String(hashNode.get('algorithm') ?? 'HMAC_SHA256').toUpperCase();
            if (!catalog/* HASH_ALGORITHMS */.UH.includes(algorithm))
                add(hashNode.get('algorithm', true), `hash.algorithm must be one of ${catalog/* HASH_ALGORITHMS */.UH.join(', ')}`);
            const encoding = String(hashNode.get('encoding') ?? 'base64').toLowerCase();
            if (encoding !== 'base64' && encoding !== 'hex')
                add(hashNode.get('encoding', true), 'hash.encoding must be base64 or hex');
            const secretId = hashNode.get('secretId');
            if (secretId !== undefined && typeof secretId !== 'string')
                add(hashNode.get('secretId', true), 'hash.secretId must be a string');
            hash.algorithm = algorithm;
            hash.encoding = encoding === 'hex' ? 'hex' : 'base64';
            if (typeof secretId === 'string')
                hash.secretId = secretId;
            if (hash.secretId && hash.algorithm.startsWith('HMAC') && !/^AwsGlueDataBrew-/.test(hash.secretId)) {
                add(hashNode.get('secretId', true), `hash.secretId '${hash.secretId}' must start with AwsGlueDataBrew- (DataBrew may only read secrets named so)`);
            }
        }
    }
    const columns = [];
    const colsNode = root.get('columns', true);
    if (!(0,dist/* isSeq */.oP)(colsNode) || colsNode.items.length === 0)
        add(colsNode ?? root, 'columns must be a non-empty list of { name, kind }');
    else {
        for (const item of colsNode.items) {
            const node = item;
            if (!(0,dist/* isMap */.jh)(node)) {
                add(node, 'each column is a mapping { name, kind }');
                continue;
            }
            const name = node.get('name');
            const kind = String(node.get('kind') ?? '');
            if (typeof name !== 'string' || name === '')
                add(node, 'column needs a name');
            else if (!PII_KINDS.includes(kind))
                add(node.get('kind', true) ?? node, `column ${name}: kind '${kind}' is not one of ${PII_KINDS.join(', ')}`);
            else if (columns.some(c => c.name === name))
                add(node, `column ${name} is listed twice`);
            else
                columns.push({ name, kind: kind, location: where(node) });
        }
    }
    return problems.length > 0 ? { problems } : { policy: { file, hash, columns }, problems };
}
function sources(step) {
    return ((0,model/* listParameter */.MH)(step.parameters.sourceColumns) ??
        (step.parameters.sourceColumn ? [step.parameters.sourceColumn] : []));
}
/** Follows every policy column through the recipe and reports where the contract breaks. */
function checkPolicy(recipe, policy) {
    const problems = [];
    const at = (step, message, severity = 'error') => problems.push((0,model/* stepProblem */.gI)(recipe, step, message, severity));
    const live = new Map(policy.columns.map(c => [c.name, { origin: c, normalized: false }]));
    const label = (t, name) => name === t.origin.name ? `PII column '${name}'` : `'${name}' (from PII column '${t.origin.name}')`;
    let contract;
    for (const step of recipe.steps) {
        const cols = sources(step);
        const p = step.parameters;
        switch (step.operation) {
            case 'DELETE':
                for (const c of cols)
                    live.delete(c);
                continue;
            case 'RENAME': {
                const t = live.get(p.sourceColumn ?? '');
                if (t && p.targetColumn) {
                    live.delete(p.sourceColumn);
                    live.set(p.targetColumn, t);
                }
                continue;
            }
            case 'DUPLICATE': {
                const t = live.get(p.sourceColumn ?? '');
                if (t && p.targetColumn)
                    live.set(p.targetColumn, { ...t });
                continue;
            }
            case 'MERGE': {
                const t = cols.map(c => live.get(c)).find(Boolean);
                if (t && p.targetColumn)
                    live.set(p.targetColumn, { origin: t.origin, normalized: false, hashedAt: undefined });
                continue;
            }
            case 'CRYPTOGRAPHIC_HASH': {
                const algorithm = (p.algorithm ?? 'HMAC_SHA256').toUpperCase();
                const secretId = p.secretId;
                if (cols.some(c => live.has(c))) {
                    if (contract && (contract.algorithm !== algorithm || contract.secretId !== secretId)) {
                        at(step, `hashes with ${algorithm}${secretId ? ` and secret ${secretId}` : ''}, but step ${contract.step.number} used ${contract.algorithm}${contract.secretId ? ` and secret ${contract.secretId}` : ''}: every PII column must use one contract`);
                    }
                    contract ??= { algorithm, secretId, step };
                    if (algorithm !== policy.hash.algorithm)
                        at(step, `hashes with ${algorithm}; the policy requires ${policy.hash.algorithm}`);
                    if (policy.hash.secretId && secretId !== policy.hash.secretId) {
                        at(step, `uses secret ${secretId ?? '(none)'}; the policy requires ${policy.hash.secretId}`);
                    }
                    if (policy.hash.encoding === 'hex')
                        at(step, 'DataBrew writes base64 digests; the policy asks for hex', 'warning');
                    if (step.conditions.length > 0) {
                        at(step, 'hashes only the rows its ConditionExpressions select: the other rows reach the output unhashed');
                    }
                }
                for (const c of cols) {
                    const t = live.get(c);
                    if (t)
                        t.hashedAt ??= step;
                }
                continue;
            }
            default: {
                if (step.operation.startsWith('SPLIT_COLUMN_')) {
                    const t = live.get(p.sourceColumn ?? '');
                    if (t) {
                        live.delete(p.sourceColumn);
                        // The engine's naming: <source>_1 … ; enough parts for any split this project runs.
                        for (let i = 1; i <= 16; i++)
                            live.set(`${p.sourceColumn}_${i}`, { ...t });
                    }
                    continue;
                }
                for (const c of cols) {
                    const t = live.get(c);
                    if (!t)
                        continue;
                    if (t.hashedAt) {
                        at(step, `changes ${label(t, c)} after step ${t.hashedAt.number} hashed it: normalize before hashing, or the hashes will not match partners'`);
                    }
                    else if (catalog/* NORMALIZING */.jE.has(step.operation))
                        t.normalized = true;
                }
            }
        }
    }
    const first = recipe.steps[0]?.location ?? { line: 1, column: 1 };
    const last = recipe.steps.at(-1);
    for (const [name, t] of live) {
        if (name !== t.origin.name && /_\d+$/.test(name) && t.origin.name !== name) {
            // Split parts only count if the split really produced them; the tracked range is generous.
            if (!recipe.steps.some(s => s.operation.startsWith('SPLIT_COLUMN_')))
                continue;
        }
        if (!t.hashedAt) {
            problems.push({
                file: recipe.file,
                ...(last?.location ?? first),
                step: last?.number,
                message: `${label(t, name)} (${t.origin.kind}, ${policy.file}:${t.origin.location.line}) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it`,
                severity: 'error'
            });
        }
        else if (!t.normalized && (t.origin.kind === 'email' || t.origin.kind === 'phone')) {
            problems.push({
                file: recipe.file,
                ...t.hashedAt.location,
                step: t.hashedAt.number,
                message: `step ${t.hashedAt.number} (CRYPTOGRAPHIC_HASH): ${label(t, name)} (${t.origin.kind}) is hashed without being normalized first (e.g. REMOVE_COMBINED + LOWER_CASE for email, FORMAT_PHONE_NUMBER for phone): its hashes will rarely match`,
                severity: 'warning'
            });
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/recipe/parse.ts + 1 modules
var parse = __webpack_require__(3925);
// EXTERNAL MODULE: ./src/recipe/validate.ts
var validate = __webpack_require__(7898);
;// CONCATENATED MODULE: ./src/recipe/check-file.ts
/**
 * One recipe file, fully checked: parse, catalog validation, column flow (when input columns are known) and the PII
 * policy. Shared by `recipe validate` and the action's validate command.
 */




async function readText(file, what) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new Error(`${what} ${file} cannot be read (${err.code ?? 'error'})`);
    }
}
async function loadPolicy(file) {
    return parsePolicy(await readText(file, 'policy'), file);
}
function checkRecipeText(text, file, o) {
    const parsed = (0,parse/* parseRecipe */.C)(text, file);
    if (!parsed.recipe)
        return { problems: parsed.problems };
    const recipe = parsed.recipe;
    const problems = [...parsed.problems, ...(0,validate/* validateRecipe */.d6)(recipe)];
    let output;
    if (o.columns) {
        const flow = (0,validate/* checkColumns */.OT)(recipe, o.columns);
        problems.push(...flow.problems);
        output = flow.output;
    }
    if (o.policy)
        problems.push(...checkPolicy(recipe, o.policy));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { recipe, problems, output };
}


/***/ }),

/***/ 3925:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ parseRecipe)
});

;// CONCATENATED MODULE: ./src/recipe/json-positions.ts
/**
 * A JSON parser that remembers where things are: every object and array node carries its start offset, and every
 * object its keys' offsets, so recipe problems can point at `file:line:col`. Pure; throws JsonSyntaxError with the
 * offset of the first syntax error.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function parseJsonWithPositions(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
            i++;
    };
    const fail = (what) => {
        throw new JsonSyntaxError(i >= text.length ? `unexpected end of JSON (${what})` : `${what}, found '${text[i]}'`, i);
    };
    const string = () => {
        const start = i;
        i++; // opening quote
        let out = '';
        for (;;) {
            if (i >= text.length) {
                i = start;
                fail('unterminated string');
            }
            const c = text[i];
            if (c === '"') {
                i++;
                return out;
            }
            if (c === '\\') {
                const e = text[i + 1];
                const map = {
                    '"': '"',
                    '\\': '\\',
                    '/': '/',
                    b: '\b',
                    f: '\f',
                    n: '\n',
                    r: '\r',
                    t: '\t'
                };
                if (e === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('bad \\u escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else if (e !== undefined && map[e] !== undefined) {
                    out += map[e];
                    i += 2;
                }
                else
                    fail('bad escape in string');
                continue;
            }
            if (c < ' ')
                fail('control character in string');
            out += c;
            i++;
        }
    };
    const value = () => {
        ws();
        const start = i;
        const c = text[i];
        if (c === '{') {
            i++;
            const entries = new Map();
            ws();
            if (text[i] === '}') {
                i++;
                return { kind: 'object', start, entries };
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('expected a "quoted" key');
                const keyAt = i;
                const key = string();
                ws();
                if (text[i] !== ':')
                    fail("expected ':' after a key");
                i++;
                entries.set(key, { key: keyAt, value: value() });
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return { kind: 'object', start, entries };
                }
                fail("expected ',' or '}'");
            }
        }
        if (c === '[') {
            i++;
            const items = [];
            ws();
            if (text[i] === ']') {
                i++;
                return { kind: 'array', start, items };
            }
            for (;;) {
                items.push(value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return { kind: 'array', start, items };
                }
                fail("expected ',' or ']'");
            }
        }
        if (c === '"')
            return { kind: 'string', start, value: string() };
        const literal = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
        if (!literal)
            fail('expected a JSON value');
        i += literal[0].length;
        const t = literal[0];
        if (t === 'true' || t === 'false')
            return { kind: 'boolean', start, value: t === 'true' };
        if (t === 'null')
            return { kind: 'null', start };
        return { kind: 'number', start, value: Number(t) };
    };
    const root = value();
    ws();
    if (i < text.length)
        fail('unexpected text after the JSON value');
    return root;
}
/** 1-based line and column of an offset. */
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset && k < text.length; k++) {
        if (text.charCodeAt(k) === 10) {
            line++;
            lineStart = k + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./src/recipe/parse.ts
/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps, or the describe-recipe output
 * (`{ "Name": …, "Steps": [ … ] }`). Parameter values are kept in the API's string form; native arrays, booleans and
 * numbers (as some doc pages show them) are accepted and normalized to that form. Every problem carries the
 * file:line:column of the step or key it is about. Pure.
 */

function toPlain(node) {
    switch (node.kind) {
        case 'object':
            return Object.fromEntries([...node.entries].map(([k, v]) => [k, toPlain(v.value)]));
        case 'array':
            return node.items.map(toPlain);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** Parameters whose string value must itself be JSON (lists and structured options). */
const JSON_VALUED = /^(sourceColumns|columns|positions|patternOptions|alphabet|redact|entityTypeFilter|valuesToRemove|delimiters|.*List|.*Columns)$/;
function parseRecipe(text, file) {
    const problems = [];
    const at = (offset, message, step) => {
        problems.push({ file, ...positionOf(text, offset), message, step, severity: 'error' });
    };
    let root;
    try {
        root = parseJsonWithPositions(text);
    }
    catch (err) {
        if (err instanceof JsonSyntaxError) {
            at(err.offset, `not valid JSON: ${err.message}`);
            return { problems };
        }
        throw err;
    }
    let stepsNode = root;
    if (root.kind === 'object') {
        stepsNode = root.entries.get('Steps')?.value;
        if (!stepsNode) {
            at(root.start, 'a recipe is a JSON array of steps (or describe-recipe output with "Steps"): no "Steps" here');
            return { problems };
        }
    }
    if (stepsNode.kind !== 'array') {
        at(stepsNode.start, 'a recipe is a JSON array of steps');
        return { problems };
    }
    const steps = [];
    stepsNode.items.forEach((node, index) => {
        const number = index + 1;
        const location = positionOf(text, node.start);
        if (node.kind !== 'object') {
            at(node.start, `step ${number} is not an object`, number);
            return;
        }
        for (const [key, entry] of node.entries) {
            if (key === 'RecipeAction') {
                at(entry.key, `step ${number}: "RecipeAction" is the docs' name for a single action; recipe steps use "Action"`, number);
            }
            else if (key !== 'Action' && key !== 'ConditionExpressions') {
                at(entry.key, `step ${number}: unknown key "${key}" (a step has "Action" and optional "ConditionExpressions")`, number);
            }
        }
        const action = node.entries.get('Action')?.value;
        if (!action) {
            if (!node.entries.has('RecipeAction'))
                at(node.start, `step ${number} has no "Action"`, number);
            return;
        }
        if (action.kind !== 'object') {
            at(action.start, `step ${number}: "Action" must be an object with "Operation" and "Parameters"`, number);
            return;
        }
        const op = action.entries.get('Operation');
        if (!op || op.value.kind !== 'string' || op.value.value === '') {
            at(op?.value.start ?? action.start, `step ${number}: "Action" needs an "Operation" name`, number);
            return;
        }
        const operation = op.value.value;
        if (!/^[A-Z_]+$/.test(operation))
            at(op.value.start, `step ${number}: operation "${operation}" must match ^[A-Z_]+$`, number);
        const parameters = {};
        const paramsNode = action.entries.get('Parameters')?.value;
        if (paramsNode && paramsNode.kind !== 'object')
            at(paramsNode.start, `step ${number}: "Parameters" must be an object`, number);
        if (paramsNode?.kind === 'object') {
            for (const [name, { value }] of paramsNode.entries) {
                if (value.kind === 'string') {
                    parameters[name] = value.value;
                    if (JSON_VALUED.test(name) && /^\s*[[{]/.test(value.value)) {
                        try {
                            // Our parser, not JSON.parse: its messages are the same on every Node version.
                            parseJsonWithPositions(value.value);
                        }
                        catch (err) {
                            if (!(err instanceof JsonSyntaxError))
                                throw err;
                            const where = `${err.message} at character ${err.offset + 1}`;
                            at(value.start, `step ${number}: parameter ${name} holds invalid JSON (${where})`, number);
                        }
                    }
                }
                else if (value.kind === 'null') {
                    at(value.start, `step ${number}: parameter ${name} is null (omit it or give a string)`, number);
                }
                else
                    parameters[name] =
                        value.kind === 'array' || value.kind === 'object'
                            ? JSON.stringify(toPlain(value))
                            : String(value.value);
            }
        }
        const conditions = [];
        const condNode = node.entries.get('ConditionExpressions')?.value;
        if (condNode && condNode.kind !== 'array')
            at(condNode.start, `step ${number}: "ConditionExpressions" must be an array`, number);
        if (condNode?.kind === 'array') {
            for (const c of condNode.items) {
                if (c.kind !== 'object') {
                    at(c.start, `step ${number}: a condition must be an object`, number);
                    continue;
                }
                const get = (k) => c.entries.get(k)?.value;
                const name = get('Condition');
                const target = get('TargetColumn');
                const value = get('Value');
                if (!name || name.kind !== 'string') {
                    at(c.start, `step ${number}: condition needs "Condition"`, number);
                    continue;
                }
                if (!target || target.kind !== 'string') {
                    at(c.start, `step ${number}: condition ${name.value} needs "TargetColumn"`, number);
                    continue;
                }
                conditions.push({
                    condition: name.value,
                    targetColumn: target.value,
                    value: value === undefined
                        ? undefined
                        : value.kind === 'string'
                            ? value.value
                            : JSON.stringify(toPlain(value))
                });
            }
        }
        steps.push({ number, operation, parameters, conditions, location });
    });
    return { recipe: { file, steps }, problems };
}


/***/ }),

/***/ 7898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ checkColumns),
/* harmony export */   d6: () => (/* binding */ validateRecipe)
/* harmony export */ });
/* unused harmony export closest */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1649);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5499);
/* harmony import */ var _operations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1102);



function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
}
/** The closest name within a third of the length, for "did you mean". */
function closest(name, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const dd = distance(name.toLowerCase(), c.toLowerCase());
        if (dd < bestD) {
            bestD = dd;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
function validateRecipe(recipe, options = {}) {
    const problems = [];
    const add = (step, message, severity = 'error') => problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .stepProblem */ .gI)(recipe, step, message, severity));
    for (const step of recipe.steps) {
        const spec = _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8[step.operation];
        if (!spec) {
            const instead = _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .MISNAMED */ .Xf[step.operation] ?? closest(step.operation, Object.keys(_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8));
            problems.push({
                file: recipe.file,
                ...step.location,
                step: step.number,
                message: `step ${step.number}: unknown operation ${step.operation}${instead ? `: use ${instead}` : ''}`,
                severity: 'error'
            });
            continue;
        }
        if (spec.params) {
            const known = Object.keys(spec.params);
            for (const [name, value] of Object.entries(step.parameters)) {
                const p = spec.params[name];
                if (!p) {
                    const hint = closest(name, known);
                    add(step, `unknown parameter ${name}${hint ? ` (did you mean ${hint}?)` : ` (known: ${known.join(', ')})`}`);
                    continue;
                }
                if (p.list && !(0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .listParameter */ .MH)(value))
                    add(step, `parameter ${name} must be a JSON list of strings, e.g. "[\\"a\\",\\"b\\"]"`);
                if (p.boolean && value !== 'true' && value !== 'false')
                    add(step, `parameter ${name} must be "true" or "false", not "${value}"`);
                if (p.enum) {
                    const values = p.list ? ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .listParameter */ .MH)(value) ?? []) : [value];
                    for (const v of values) {
                        if (!p.enum.includes(v))
                            add(step, `parameter ${name}: "${v}" is not one of ${p.enum.join(', ')}`);
                    }
                }
            }
            const hasSource = step.parameters.sourceColumn !== undefined || step.parameters.sourceColumns !== undefined;
            for (const [name, p] of Object.entries(spec.params)) {
                if (!p.required || step.parameters[name] !== undefined)
                    continue;
                // Single-column operations also accept sourceColumns (one list), as exported recipes show both forms.
                if ((name === 'sourceColumn' || name === 'sourceColumns') && hasSource)
                    continue;
                add(step, `missing required parameter ${name}`);
            }
        }
        for (const c of step.conditions) {
            if (!_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CONDITIONS */ .Vr.includes(c.condition)) {
                const hint = closest(c.condition, _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CONDITIONS */ .Vr);
                add(step, `unknown condition ${c.condition}${hint ? ` (did you mean ${hint}?)` : ''}`);
            }
        }
        if (spec.nondeterministic) {
            add(step, 'is random: a local run cannot reproduce DataBrew output for it byte for byte', 'warning');
        }
    }
    if (options.columns)
        problems.push(...checkColumns(recipe, options.columns).problems);
    return problems;
}
/**
 * Follows the columns through the steps the local engine knows (it compiles each step against the columns before
 * it). Returns the output columns, or undefined when a step changes the schema in a way only DataBrew computes.
 */
function checkColumns(recipe, input) {
    const problems = [];
    let columns = input.map(name => ({ name, type: 'string' }));
    for (const step of recipe.steps) {
        const compile = _operations_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATIONS */ .xb[step.operation];
        if (!compile) {
            if (_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8[step.operation]) {
                problems.push({
                    file: recipe.file,
                    ...step.location,
                    step: step.number,
                    message: `step ${step.number} (${step.operation}): columns after this step are not checked (the local engine cannot run it)`,
                    severity: 'warning'
                });
            }
            return { problems };
        }
        for (const c of step.conditions) {
            if (!columns.some(col => col.name === c.targetColumn)) {
                problems.push({
                    file: recipe.file,
                    ...step.location,
                    step: step.number,
                    message: `step ${step.number} (${step.operation}): condition targets column '${c.targetColumn}', which does not exist at this step`,
                    severity: 'error'
                });
            }
        }
        try {
            // A placeholder key: only the schema is computed here, nothing is hashed.
            columns = compile(step, columns, { hashKey: Buffer.alloc(1) }).columns;
        }
        catch (err) {
            if (!(err instanceof _operations_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg))
                throw err;
            // Parameter problems are validateRecipe's to report; here only what the columns reveal.
            if (/needs parameter|must be a JSON list/.test(err.message))
                return { problems };
            problems.push({
                file: recipe.file,
                ...step.location,
                step: step.number,
                message: `step ${step.number} (${step.operation}): ${err.message}`,
                severity: 'error'
            });
            return { problems };
        }
    }
    return { output: columns.map(c => c.name), problems };
}


/***/ })

};
