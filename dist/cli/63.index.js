export const id = 63;
export const ids = [63];
export const modules = {

/***/ 3571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ checkContract)
/* harmony export */ });
/* harmony import */ var _recipe_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1649);
/* harmony import */ var _recipe_columns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9189);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1289);



/** The columns a recipe's CRYPTOGRAPHIC_HASH steps hash, with the algorithm each uses. */
function hashedColumns(recipe) {
    const out = new Map();
    for (const step of recipe.steps) {
        if (step.operation !== 'CRYPTOGRAPHIC_HASH')
            continue;
        // The step's input columns, as the catalog names them (sourceColumns list or sourceColumn).
        for (const n of (0,_recipe_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .stepColumns */ .G)(step, 'input'))
            out.set(n, step.parameters.algorithm ?? _recipe_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HASH_ALGORITHM */ .JO);
    }
    return out;
}
function checkContract(contract, o) {
    const problems = [];
    const add = (c, message) => problems.push({ file: contract.file, ...c.location, message, severity: 'error' });
    if (o.outputColumns) {
        const output = new Set(o.outputColumns);
        for (const c of contract.allowedColumns) {
            if (!output.has(c.name))
                add(c, `allowed column ${c.name} is not in the recipe's output (${o.outputColumns.join(', ')}): the configured table can only allow the table's columns`);
        }
    }
    const hashed = o.recipe ? hashedColumns(o.recipe) : new Map();
    const pii = new Map((o.policy?.columns ?? []).map(c => [c.name, c.kind]));
    const roles = (0,_contract_js__WEBPACK_IMPORTED_MODULE_2__/* .columnRoles */ .uA)(contract);
    const r = contract.rule;
    const joinColumns = r.type === 'CUSTOM' ? [] : r.joinColumns;
    const exposed = r.type === 'AGGREGATION' ? r.dimensionColumns : r.type === 'LIST' ? r.listColumns : [];
    if (o.recipe) {
        for (const j of joinColumns) {
            const algorithm = hashed.get(j.name);
            if (!algorithm)
                add(j, `join column ${j.name} is not hashed by the recipe (CRYPTOGRAPHIC_HASH): partners would join on the raw value`);
            else if (o.policy && algorithm !== o.policy.hash.algorithm)
                add(j, `join column ${j.name} is hashed with ${algorithm}, not the policy's ${o.policy.hash.algorithm}: partners' tokens would not match`);
        }
    }
    for (const e of exposed) {
        const kind = pii.get(e.name);
        if (kind)
            add(e, `${e.name} is PII (${kind} in the policy) and the rule outputs it as a ${r.type === 'LIST' ? 'list' : 'dimension'} column: make it a join column, or remove it`);
    }
    const table = [...roles].map(([column, columnRolesOf]) => {
        const algorithm = hashed.get(column);
        const kind = pii.get(column);
        const protection = algorithm
            ? `hashed (${algorithm}${o.policy?.hash.secretId ? `, key ${o.policy.hash.secretId}` : ''})`
            : kind
                ? `PII (${kind}), not hashed`
                : columnRolesOf.some(x => x.startsWith('join'))
                    ? 'never output (join only)'
                    : columnRolesOf.length === 0
                        ? 'allowed, not usable by this rule'
                        : 'output as is';
        return { column, roles: columnRolesOf, protection };
    });
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { problems, table };
}


/***/ }),

/***/ 1289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UA: () => (/* binding */ parseContract),
/* harmony export */   uA: () => (/* binding */ columnRoles)
/* harmony export */ });
/* unused harmony exports AGGREGATE_FUNCTIONS, SCALAR_FUNCTIONS */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _recipe_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3933);
/**
 * The collaboration contract (cleanrooms.yml): the Clean Rooms configured table over the pipeline's output table —
 * its name, description, allowed columns and analysis rule — kept in the repository, checked on every pull request
 * and copied into the stack (infra/template.yaml's ConfiguredTable, which a test keeps equal to infra/cleanrooms.yml).
 *
 * The rules checked here are the Clean Rooms API's own (API Reference: CreateConfiguredTable, AnalysisRuleAggregation,
 * AnalysisRuleList, AnalysisRuleCustom, AggregateColumn, AggregationConstraint; read 2026-11), so that a contract
 * that passes here is one the API accepts:
 * - analysis rule columns: 1–127 characters of [a-z0-9_] (the API's pattern also admits inner spaces and hyphens,
 *   which Glue/Clean Rooms column names from this pipeline never have, so they are refused here);
 * - aggregation: aggregateColumns (≥ 1, functions SUM, SUM_DISTINCT, COUNT, COUNT_DISTINCT, AVG), joinColumns,
 *   dimensionColumns, scalarFunctions (the API's list), outputConstraints (≥ 1, type COUNT_DISTINCT, minimum 2 or
 *   more), allowedJoinOperators (OR, AND; at most 2), joinRequired (QUERY_RUNNER). Join columns "can never be outputted
 *   directly", so one may not also be a dimension column;
 * - list: joinColumns (≥ 1) and listColumns, allowedJoinOperators; a join column is not listed;
 * - custom: allowedAnalyses (≥ 1: analysis template ARNs or ANY_QUERY), allowedAnalysisProviders (account ids);
 * - every column a rule names is an allowed column; the configured table allows 1–100 columns.
 * Every problem is reported at once, with file:line:col, like recipe problems.
 */


const AGGREGATE_FUNCTIONS = ['SUM', 'SUM_DISTINCT', 'COUNT', 'COUNT_DISTINCT', 'AVG'];
const SCALAR_FUNCTIONS = [
    'ABS',
    'CAST',
    'CEILING',
    'COALESCE',
    'CONVERT',
    'CURRENT_DATE',
    'DATEADD',
    'EXTRACT',
    'FLOOR',
    'GETDATE',
    'LN',
    'LOG',
    'LOWER',
    'ROUND',
    'RTRIM',
    'SQRT',
    'SUBSTRING',
    'TO_CHAR',
    'TO_DATE',
    'TO_NUMBER',
    'TO_TIMESTAMP',
    'TRIM',
    'TRUNC',
    'UPPER'
];
const JOIN_OPERATORS = ['OR', 'AND'];
const COLUMN = /^[a-z0-9_]{1,127}$/;
const MEMBERSHIP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ANALYSIS_TEMPLATE_ARN = /^arn:aws[a-z-]*:cleanrooms:[a-z0-9-]+:\d{12}:membership\/[0-9a-f-]+\/analysistemplate\/[0-9a-f-]+$/;
const TOP_KEYS = ['version', 'revision', 'recipe', 'configuredTable', 'analysisRule', 'membershipId'];
const TABLE_KEYS = ['name', 'description', 'allowedColumns'];
const RULE_KEYS = {
    AGGREGATION: [
        'type',
        'joinColumns',
        'dimensionColumns',
        'aggregateColumns',
        'scalarFunctions',
        'outputConstraints',
        'allowedJoinOperators',
        'joinRequired'
    ],
    LIST: ['type', 'joinColumns', 'listColumns', 'allowedJoinOperators'],
    CUSTOM: ['type', 'allowedAnalyses', 'allowedAnalysisProviders']
};
function parseContract(text, file) {
    const { doc, problems, where, add } = (0,_recipe_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .readYamlSource */ .t)(text, file);
    if (problems.length)
        return { problems };
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        add(root, 'a collaboration contract is a mapping with version, configuredTable and analysisRule (see examples/cleanrooms.yml)');
        return { problems };
    }
    const unknownKeys = (map, allowed, what) => {
        for (const pair of map.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : '';
            if (!allowed.includes(key))
                add(pair.key, `${what} has no key '${key}' (known: ${allowed.join(', ')})`);
        }
    };
    const get = (map, key) => map.get(key, true);
    const text_ = (map, key, what, required) => {
        const node = get(map, key);
        if (node === undefined) {
            if (required)
                add(map, `${what} needs ${key}`);
            return undefined;
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || typeof node.value !== 'string' || node.value.trim() === '') {
            add(node, `${what}.${key} must be a non-empty text`);
            return undefined;
        }
        return node.value;
    };
    const list = (map, key, what, o) => {
        const node = get(map, key);
        if (node === undefined) {
            if (o.required)
                add(map, `${what} needs ${key} (a list)`);
            return [];
        }
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
            add(node, `${what}.${key} must be a list`);
            return [];
        }
        if (o.min !== undefined && node.items.length < o.min)
            add(node, `${what}.${key} needs at least ${o.min} item(s)`);
        return node.items;
    };
    const columns = (map, key, what, o) => {
        const out = [];
        for (const item of list(map, key, what, o)) {
            const name = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) ? String(item.value) : '';
            if (!COLUMN.test(name)) {
                add(item, `${what}.${key}: '${name}' is not a Clean Rooms column name (1-127 of a-z, 0-9, _): rename it in the recipe (RENAME step)`);
                continue;
            }
            if (out.some(c => c.name === name))
                add(item, `${what}.${key} names ${name} twice`);
            out.push({ name, location: where(item) });
        }
        return out;
    };
    const words = (map, key, what, allowed, o) => {
        const out = [];
        const items = list(map, key, what, { required: o.required });
        if (o.max !== undefined && items.length > o.max)
            add(get(map, key), `${what}.${key} has at most ${o.max} item(s)`);
        for (const item of items) {
            const v = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) ? String(item.value) : '';
            if (!allowed.includes(v))
                add(item, `${what}.${key}: '${v}' is not one of ${allowed.join(', ')}`);
            else
                out.push(v);
        }
        return out;
    };
    unknownKeys(root, TOP_KEYS, 'the contract');
    const version = get(root, 'version');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(version) || version.value !== 1)
        add(version ?? root, 'the contract needs version: 1');
    const revisionNode = get(root, 'revision');
    const revision = revisionNode === undefined ? 1 : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(revisionNode) ? Number(revisionNode.value) : NaN;
    if (!Number.isSafeInteger(revision) || revision < 1)
        add(revisionNode, "revision must be a whole number from 1 (raise it with a change that breaks partners' queries)");
    const recipe = text_(root, 'recipe', 'the contract', false);
    const membershipId = text_(root, 'membershipId', 'the contract', false);
    if (membershipId !== undefined && !MEMBERSHIP_ID.test(membershipId)) {
        add(get(root, 'membershipId'), `membershipId '${membershipId}' is not a membership id (a UUID from the Clean Rooms console)`);
    }
    const table = get(root, 'configuredTable');
    let name = '';
    let description;
    let allowedColumns = [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(table))
        add(table ?? root, 'the contract needs configuredTable: { name, description, allowedColumns }');
    else {
        unknownKeys(table, TABLE_KEYS, 'configuredTable');
        name = text_(table, 'name', 'configuredTable', true) ?? '';
        // CreateConfiguredTable: name 1-100, description up to 255 (printable characters).
        if (name.length > 100)
            add(get(table, 'name'), 'configuredTable.name is longer than 100 characters');
        description = text_(table, 'description', 'configuredTable', false);
        if (description && description.length > 255)
            add(get(table, 'description'), 'configuredTable.description is longer than 255 characters');
        allowedColumns = columns(table, 'allowedColumns', 'configuredTable', { required: true, min: 1 });
        if (allowedColumns.length > 100)
            add(get(table, 'allowedColumns'), 'configuredTable.allowedColumns has more than 100 columns');
    }
    const ruleNode = get(root, 'analysisRule');
    let rule;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(ruleNode))
        add(ruleNode ?? root, 'the contract needs analysisRule: { type: AGGREGATION | LIST | CUSTOM, … }');
    else {
        const type = text_(ruleNode, 'type', 'analysisRule', true);
        if (type && !(type in RULE_KEYS))
            add(get(ruleNode, 'type'), `analysisRule.type '${type}' is not AGGREGATION, LIST or CUSTOM`);
        else if (type) {
            unknownKeys(ruleNode, RULE_KEYS[type], `an ${type} rule`);
            const what = 'analysisRule';
            if (type === 'AGGREGATION') {
                const aggregateColumns = list(ruleNode, 'aggregateColumns', what, { required: true, min: 1 }).flatMap(item => {
                    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
                        add(item, 'analysisRule.aggregateColumns: each is { columnNames: [...], function: ... }');
                        return [];
                    }
                    const fn = text_(item, 'function', 'an aggregate column', true) ?? '';
                    if (fn && !AGGREGATE_FUNCTIONS.includes(fn))
                        add(get(item, 'function'), `aggregate function '${fn}' is not one of ${AGGREGATE_FUNCTIONS.join(', ')}`);
                    return [
                        {
                            columnNames: columns(item, 'columnNames', 'an aggregate column', { required: true, min: 1 }),
                            function: fn
                        }
                    ];
                });
                const outputConstraints = list(ruleNode, 'outputConstraints', what, {
                    required: true,
                    min: 1
                }).flatMap(item => {
                    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
                        add(item, 'analysisRule.outputConstraints: each is { columnName, minimum, type: COUNT_DISTINCT }');
                        return [];
                    }
                    const columnNode = get(item, 'columnName');
                    const column = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(columnNode) ? String(columnNode.value) : '';
                    const minimumNode = get(item, 'minimum');
                    const minimum = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(minimumNode) ? Number(minimumNode.value) : NaN;
                    if (!Number.isInteger(minimum) || minimum < 2 || minimum > 100_000)
                        add(minimumNode ?? item, 'an output constraint needs minimum: a whole number from 2 to 100000');
                    const t = text_(item, 'type', 'an output constraint', true) ?? '';
                    if (t && t !== 'COUNT_DISTINCT')
                        add(get(item, 'type'), `output constraint type '${t}' is not COUNT_DISTINCT`);
                    if (!COLUMN.test(column))
                        add(columnNode ?? item, 'an output constraint needs columnName: a column name');
                    return [{ column: { name: column, location: where(columnNode ?? item) }, minimum, type: t }];
                });
                rule = {
                    type,
                    joinColumns: columns(ruleNode, 'joinColumns', what, { required: true }),
                    dimensionColumns: columns(ruleNode, 'dimensionColumns', what, { required: true }),
                    aggregateColumns,
                    scalarFunctions: words(ruleNode, 'scalarFunctions', what, SCALAR_FUNCTIONS, { required: true }),
                    outputConstraints,
                    allowedJoinOperators: get(ruleNode, 'allowedJoinOperators')
                        ? words(ruleNode, 'allowedJoinOperators', what, JOIN_OPERATORS, { required: false, max: 2 })
                        : undefined,
                    joinRequired: text_(ruleNode, 'joinRequired', what, false)
                };
                if (rule.joinRequired !== undefined && rule.joinRequired !== 'QUERY_RUNNER')
                    add(get(ruleNode, 'joinRequired'), `analysisRule.joinRequired '${rule.joinRequired}' is not QUERY_RUNNER`);
            }
            else if (type === 'LIST') {
                rule = {
                    type,
                    joinColumns: columns(ruleNode, 'joinColumns', what, { required: true, min: 1 }),
                    listColumns: columns(ruleNode, 'listColumns', what, { required: true, min: 1 }),
                    allowedJoinOperators: get(ruleNode, 'allowedJoinOperators')
                        ? words(ruleNode, 'allowedJoinOperators', what, JOIN_OPERATORS, { required: false, max: 2 })
                        : undefined
                };
            }
            else {
                const analyses = list(ruleNode, 'allowedAnalyses', what, { required: true, min: 1 }).map(item => {
                    const v = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) ? String(item.value) : '';
                    if (v !== 'ANY_QUERY' && !ANALYSIS_TEMPLATE_ARN.test(v))
                        add(item, `analysisRule.allowedAnalyses: '${v}' is neither ANY_QUERY nor an analysis template ARN`);
                    return v;
                });
                const providers = list(ruleNode, 'allowedAnalysisProviders', what, { required: false }).map(item => {
                    const v = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item) ? String(item.value) : '';
                    if (!/^\d{12}$/.test(v))
                        add(item, `analysisRule.allowedAnalysisProviders: '${v}' is not an AWS account id`);
                    return v;
                });
                rule = {
                    type,
                    allowedAnalyses: analyses,
                    ...(providers.length ? { allowedAnalysisProviders: providers } : {})
                };
            }
        }
    }
    if (rule) {
        const allowed = new Set(allowedColumns.map(c => c.name));
        const mustBeAllowed = (c, role) => {
            if (!allowed.has(c.name))
                problems.push({
                    file,
                    ...c.location,
                    severity: 'error',
                    message: `${role} ${c.name} is not in configuredTable.allowedColumns: add it there or remove it here`
                });
        };
        if (rule.type === 'AGGREGATION') {
            rule.joinColumns.forEach(c => mustBeAllowed(c, 'join column'));
            rule.dimensionColumns.forEach(c => mustBeAllowed(c, 'dimension column'));
            rule.aggregateColumns.forEach(a => a.columnNames.forEach(c => mustBeAllowed(c, 'aggregate column')));
            rule.outputConstraints.forEach(o => mustBeAllowed(o.column, 'output constraint column'));
            const joins = new Set(rule.joinColumns.map(c => c.name));
            for (const d of rule.dimensionColumns) {
                if (joins.has(d.name))
                    problems.push({
                        file,
                        ...d.location,
                        severity: 'error',
                        message: `${d.name} is a join column, which Clean Rooms never outputs: it cannot be a dimension column too`
                    });
            }
        }
        else if (rule.type === 'LIST') {
            rule.joinColumns.forEach(c => mustBeAllowed(c, 'join column'));
            rule.listColumns.forEach(c => mustBeAllowed(c, 'list column'));
            const joins = new Set(rule.joinColumns.map(c => c.name));
            for (const l of rule.listColumns) {
                if (joins.has(l.name))
                    problems.push({
                        file,
                        ...l.location,
                        severity: 'error',
                        message: `${l.name} is a join column, which Clean Rooms never outputs: it cannot be a list column too`
                    });
            }
        }
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.length || !rule)
        return { problems };
    return {
        contract: {
            file,
            recipe,
            name,
            description,
            allowedColumns,
            rule,
            ...(membershipId ? { membershipId } : {}),
            revision,
            at: { root: where(root), table: where(table), rule: where(ruleNode) }
        },
        problems
    };
}
/** The columns of a rule by role: what the summary's table and the policy check read. */
function columnRoles(contract) {
    const roles = new Map(contract.allowedColumns.map(c => [c.name, []]));
    const tag = (name, role) => roles.get(name)?.push(role);
    const r = contract.rule;
    if (r.type === 'AGGREGATION') {
        r.joinColumns.forEach(c => tag(c.name, 'join'));
        r.dimensionColumns.forEach(c => tag(c.name, 'dimension'));
        r.aggregateColumns.forEach(a => a.columnNames.forEach(c => tag(c.name, `aggregate (${a.function})`)));
    }
    else if (r.type === 'LIST') {
        r.joinColumns.forEach(c => tag(c.name, 'join'));
        r.listColumns.forEach(c => tag(c.name, 'list'));
    }
    else
        for (const c of contract.allowedColumns)
            tag(c.name, 'custom analyses');
    return roles;
}


/***/ }),

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS_PER_STEP: () => (/* binding */ ANNOTATIONS_PER_STEP),
  SAMPLE_BUDGET_MS: () => (/* binding */ SAMPLE_BUDGET_MS),
  SAMPLE_ROWS: () => (/* binding */ SAMPLE_ROWS),
  runValidateJob: () => (/* binding */ runValidateJob)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/formats/index.ts + 4 modules
var formats = __webpack_require__(9500);
// EXTERNAL MODULE: ./src/recipe/check-file.ts + 3 modules
var check_file = __webpack_require__(504);
// EXTERNAL MODULE: ./src/recipe/engine.ts
var engine = __webpack_require__(1098);
// EXTERNAL MODULE: ./src/recipe/pattern.ts
var pattern = __webpack_require__(7080);
// EXTERNAL MODULE: ./src/recipe/parse.ts
var parse = __webpack_require__(9877);
// EXTERNAL MODULE: ./src/recipe/validate.ts
var validate = __webpack_require__(7898);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/contract-summary.ts

function renderContractSection(r) {
    const title = r.name ? ` ${(0,format/* codeSpan */.SS)(r.name)}` : '';
    const lines = [
        `### Collaboration contract${title} (${(0,format/* codeSpan */.SS)(r.file)})`,
        '',
        r.problems > 0
            ? `❌ ${r.problems} problem(s): see the annotations and the log.`
            : `✅ The ${r.ruleType ?? ''} analysis rule holds${r.recipe ? ` for ${(0,format/* codeSpan */.SS)(r.recipe)}` : ''}.`,
        ''
    ];
    if (r.table.length > 0) {
        lines.push('| column | role in the analysis rule | protection |', '|---|---|---|');
        for (const row of r.table) {
            lines.push(`| ${(0,format/* codeSpan */.SS)(row.column)} | ${(0,format/* escapeMarkdown */.FV)(row.roles.join(', ') || 'allowed only')} | ${(0,format/* escapeMarkdown */.FV)(row.protection)} |`);
        }
        lines.push('');
    }
    lines.push(...renderChanges(r));
    return lines;
}
/** The diff against the base branch: what partners would notice first, then what they gain. */
function renderChanges(r) {
    if (!r.changes)
        return r.name ? ['No version of this contract on the base branch to compare with.', ''] : [];
    if (r.changes.length === 0)
        return ['Unchanged for partners against the base branch.', ''];
    const accepted = r.revision && r.revision.head > r.revision.base;
    const lines = [
        `**Changes for partners against the base branch**${r.revision ? ` (revision ${r.revision.base} → ${r.revision.head})` : ''}:`,
        ''
    ];
    for (const c of [...r.changes].sort((a, b) => Number(b.breaking) - Number(a.breaking))) {
        const mark = !c.breaking ? '➕' : accepted ? '⚠️ breaking, accepted by the new revision:' : '❌ breaking:';
        lines.push(`- ${mark} ${(0,format/* escapeMarkdown */.FV)(c.message)}`);
    }
    lines.push('');
    return lines;
}

;// CONCATENATED MODULE: ./src/report/validate-summary.ts

const PREVIEW_ROWS = 5;
/** Keeps the first character, masks the rest; short values are masked whole. */
function maskValue(value) {
    if (value === null)
        return '∅';
    const chars = [...value];
    if (chars.length <= 2)
        return '•'.repeat(chars.length);
    return chars[0] + '•'.repeat(Math.min(chars.length - 1, 8));
}
function looksHashed(value) {
    return value === null || value === '' || /^[A-Za-z0-9+/]{22,}={0,2}$|^[0-9a-f]{32,}$/.test(value);
}
function cell(value, masked) {
    const shown = masked
        ? maskValue(value)
        : value === null
            ? '∅'
            : value.length > 48
                ? value.slice(0, 47) + '…'
                : value;
    return (0,format/* escapeMarkdown */.FV)(shown);
}
function table(columns, rows, masked) {
    const lines = [`| ${columns.map(format/* escapeMarkdown */.FV).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
    for (const row of rows.slice(0, PREVIEW_ROWS)) {
        lines.push(`| ${columns.map(c => cell(row[c] ?? null, masked(c, row[c] ?? null))).join(' | ')} |`);
    }
    return lines;
}
function schemaDiff(base, head) {
    const added = head.filter(c => !base.includes(c));
    const removed = base.filter(c => !head.includes(c));
    const common = head.filter(c => base.includes(c));
    const baseOrder = base.filter(c => head.includes(c));
    return { added, removed, moved: common.join('\u0000') !== baseOrder.join('\u0000') };
}
function renderRecipeReport(r, piiColumns, policyChecked = true) {
    const errors = r.problems.filter(p => p.severity === 'error');
    const warnings = r.problems.filter(p => p.severity === 'warning');
    const icon = errors.length > 0 ? '❌' : warnings.length > 0 ? '⚠️' : '✅';
    const lines = [`### ${icon} ${(0,format/* escapeMarkdown */.FV)(r.file)}`, ''];
    if (r.problems.length === 0)
        lines.push(`Valid: every step is known and its parameters are complete; ${policyChecked ? 'the PII policy holds' : 'no PII policy was checked (set policy)'}.`, '');
    else {
        lines.push(`${errors.length} error(s), ${warnings.length} warning(s):`, '');
        for (const p of r.problems) {
            lines.push(`- ${(0,format/* codeSpan */.SS)(`${p.file}:${p.line}:${p.column}`)} ${p.severity === 'warning' ? 'warning: ' : ''}${(0,format/* escapeMarkdown */.FV)(p.message)}`);
        }
        lines.push('');
    }
    if (r.schema) {
        lines.push(`**Output schema** (${r.schema.length} columns): ${r.schema.map(c => (0,format/* codeSpan */.SS)(c)).join(', ')}`, '');
        if (r.baseSchema) {
            const d = schemaDiff(r.baseSchema, r.schema);
            if (d.added.length === 0 && d.removed.length === 0 && !d.moved)
                lines.push('Schema unchanged from the base branch.', '');
            else {
                lines.push('**Schema change against the base branch:**', '');
                for (const c of d.added)
                    lines.push(`- added ${(0,format/* codeSpan */.SS)(c)}`);
                for (const c of d.removed)
                    lines.push(`- removed ${(0,format/* codeSpan */.SS)(c)}`);
                if (d.moved)
                    lines.push('- column order changed');
                lines.push('');
            }
        }
        else
            lines.push('No version of this recipe on the base branch to compare with.', '');
    }
    if (r.sample) {
        const s = r.sample;
        lines.push(`**Sample** ${(0,format/* codeSpan */.SS)(s.file)}: ${sampleRowsIn(s)}, ${s.rowsOut} out. PII columns of the policy are masked before, and wherever they are not hashed after.`, '', '<details><summary>Before</summary>', '', ...table(s.beforeColumns, s.before, c => piiColumns.has(c)), '', '</details>', '', '<details open><summary>After</summary>', '', ...table(s.afterColumns, s.after, (c, v) => piiColumns.has(c) && !looksHashed(v)), '', '</details>', '');
    }
    else if (r.sampleNote)
        lines.push(`Sample not run: ${(0,format/* escapeMarkdown */.FV)(r.sampleNote)}`, '');
    return lines.join('\n');
}
/** '12 row(s) in', or 'first 1000 of 2000 rows in' when the preview ran on part of the file. */
function sampleRowsIn(s) {
    return s.rowsInFile !== undefined && s.rowsInFile > s.rowsIn
        ? `first ${s.rowsIn} of ${s.rowsInFile} rows in`
        : `${s.rowsIn} row(s) in`;
}
function renderUploadCheck(c) {
    const keys = c.recipients.map(f => (0,format/* codeSpan */.SS)(f)).join(', ');
    return [
        '### ✅ Upload inputs',
        '',
        `${c.files} file(s) match ${c.patterns.map(p => (0,format/* codeSpan */.SS)(p)).join(', ')}; recipient key(s) load: ${keys || 'none'}.`,
        ''
    ].join('\n');
}
function renderValidateSummary(reports, piiColumns, policyFile, uploadCheck) {
    const errors = reports.reduce((n, r) => n + r.problems.filter(p => p.severity === 'error').length, 0);
    const head = errors > 0 ? `## ❌ ${errors} recipe problem(s)` : '## ✅ Recipes valid';
    const policy = policyFile ? `PII policy ${(0,format/* codeSpan */.SS)(policyFile)}` : 'no PII policy';
    return [
        head,
        '',
        `${reports.length} recipe(s) checked against ${policy}, without AWS credentials.`,
        '',
        ...reports.map(r => renderRecipeReport(r, piiColumns, policyFile !== undefined)),
        ...(uploadCheck ? [renderUploadCheck(uploadCheck)] : [])
    ].join('\n');
}

// EXTERNAL MODULE: ./src/settings/requirements.ts
var requirements = __webpack_require__(2993);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/jobs/base-version.ts
/** A file's text on the pull request's base branch, when the checkout has it (actions/checkout with fetch-depth: 0). */



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function baseVersion(env, cwd, relative) {
    const base = env.GITHUB_BASE_REF?.trim();
    if (!base)
        return undefined;
    for (const ref of [`origin/${base}`, base]) {
        try {
            const { stdout } = await run('git', ['show', `${ref}:${relative.split((external_node_path_default()).sep).join('/')}`], {
                cwd,
                maxBuffer: 8 << 20
            });
            return stdout;
        }
        catch {
            // not fetched, or the file is new on this branch
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/jobs/expand-files.ts
var expand_files = __webpack_require__(744);
// EXTERNAL MODULE: ./src/jobs/upload-job.ts + 3 modules
var upload_job = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/cleanrooms/check.ts
var check = __webpack_require__(3571);
// EXTERNAL MODULE: ./src/cleanrooms/contract.ts
var cleanrooms_contract = __webpack_require__(1289);
;// CONCATENATED MODULE: ./src/cleanrooms/diff.ts
/** Clean Rooms' default when allowedJoinOperators is absent (AnalysisRuleAggregation / AnalysisRuleList). */
const DEFAULT_JOIN_OPERATORS = ['AND'];
function names(refs) {
    return refs.map(r => r.name);
}
function diffContracts(base, head) {
    const changes = [];
    const b = base.contract;
    const h = head.contract;
    const change = (breaking, message, location = h.at.rule) => changes.push({ breaking, message, location });
    /** Removed items are breaking, added ones are not; `where` finds an added item's location. */
    const sets = (what, before, after, anchor, where = () => undefined) => {
        for (const x of before)
            if (!after.includes(x))
                change(true, `${what} ${x} removed: partners' queries that use it would fail`, anchor);
        for (const x of after)
            if (!before.includes(x))
                change(false, `${what} ${x} added`, where(x) ?? anchor);
    };
    if (b.name !== h.name)
        change(true, `configured table renamed from ${b.name} to ${h.name}: partners' queries name the table`, h.at.table);
    const allowedAt = (n) => h.allowedColumns.find(c => c.name === n)?.location;
    sets('allowed column', names(b.allowedColumns), names(h.allowedColumns), h.at.table, allowedAt);
    const br = b.rule;
    const hr = h.rule;
    if (br.type !== hr.type) {
        change(true, `analysis rule changed from ${br.type} to ${hr.type}: every partner query is held to new rules`);
    }
    else if (br.type === 'CUSTOM' && hr.type === 'CUSTOM') {
        sets('allowed analysis', br.allowedAnalyses, hr.allowedAnalyses, h.at.rule);
        sets('analysis provider', br.allowedAnalysisProviders ?? [], hr.allowedAnalysisProviders ?? [], h.at.rule);
    }
    else if (br.type !== 'CUSTOM' && hr.type !== 'CUSTOM') {
        const at = (refs) => (n) => refs.find(c => c.name === n)?.location;
        sets('join column', names(br.joinColumns), names(hr.joinColumns), h.at.rule, at(hr.joinColumns));
        sets('join operator', br.allowedJoinOperators ?? DEFAULT_JOIN_OPERATORS, hr.allowedJoinOperators ?? DEFAULT_JOIN_OPERATORS, h.at.rule);
        if (br.type === 'LIST' && hr.type === 'LIST')
            sets('list column', names(br.listColumns), names(hr.listColumns), h.at.rule, at(hr.listColumns));
        if (br.type === 'AGGREGATION' && hr.type === 'AGGREGATION') {
            sets('dimension column', names(br.dimensionColumns), names(hr.dimensionColumns), h.at.rule, at(hr.dimensionColumns));
            const aggregates = (r) => r.aggregateColumns.flatMap(a => a.columnNames.map(c => `${a.function}(${c.name})`));
            sets('aggregation', aggregates(br), aggregates(hr), h.at.rule);
            sets('scalar function', br.scalarFunctions, hr.scalarFunctions, h.at.rule);
            if (!br.joinRequired && hr.joinRequired)
                change(true, `joinRequired: ${hr.joinRequired} added: queries that do not join are refused`);
            else if (br.joinRequired && !hr.joinRequired)
                change(false, 'joinRequired removed');
            for (const o of hr.outputConstraints) {
                const before = br.outputConstraints.find(x => x.column.name === o.column.name && x.type === o.type);
                if (!before)
                    change(true, `output constraint on ${o.column.name} (minimum ${o.minimum}) added: some results are suppressed`, o.column.location);
                else if (o.minimum > before.minimum)
                    change(true, `output constraint on ${o.column.name} raised from ${before.minimum} to ${o.minimum}: results that passed are suppressed`, o.column.location);
                else if (o.minimum < before.minimum)
                    change(false, `output constraint on ${o.column.name} lowered from ${before.minimum} to ${o.minimum}`, o.column.location);
            }
            for (const o of br.outputConstraints)
                if (!hr.outputConstraints.some(x => x.column.name === o.column.name && x.type === o.type))
                    change(false, `output constraint on ${o.column.name} removed`);
        }
    }
    if (base.types && head.types) {
        const joins = new Set(hr.type === 'CUSTOM' ? [] : names(hr.joinColumns));
        for (const c of h.allowedColumns) {
            const before = base.types.get(c.name);
            const after = head.types.get(c.name);
            if (!before || !after || before === after || !b.allowedColumns.some(x => x.name === c.name))
                continue;
            change(true, joins.has(c.name)
                ? `join column ${c.name} changes type from ${before} to ${after}: partners' join on it would no longer match`
                : `column ${c.name} changes type from ${before} to ${after}: partners' queries may fail or change meaning`, c.location);
        }
    }
    return changes;
}

;// CONCATENATED MODULE: ./src/jobs/validate-contract.ts
/**
 * The collaboration contract's part of `command: validate`: the contract checked with the Clean Rooms API's rules,
 * against its recipe (followed on the sample's columns) and the PII policy, and diffed against the base branch's
 * contract so a change partners would notice fails unless the contract's revision is raised.
 */










/** Output column → type of `recipe` on `columns` (all read as text), or undefined when the engine cannot compile it. */
function outputTypes(recipe, columns) {
    try {
        const compiled = (0,engine/* compileRecipe */.aM)(recipe, columns.map(name => ({ name, type: 'string' })), { hashKey: (0,external_node_crypto_.randomBytes)(32) });
        return new Map(compiled.output.map(c => [c.name, c.type]));
    }
    catch {
        // A step the engine cannot run (or a broken recipe, reported elsewhere): types unknown, not compared.
        return undefined;
    }
}
/** The base branch's contract and its recipe's output types; undefined when the base has no (valid) contract. */
async function baseSide(file, ctx, sampleColumns) {
    const text = await baseVersion(ctx.env, ctx.cwd, file);
    if (text === undefined)
        return undefined;
    const contract = (0,cleanrooms_contract/* parseContract */.UA)(text, file).contract;
    if (!contract)
        return undefined;
    let types;
    if (contract.recipe && sampleColumns) {
        const recipeText = await baseVersion(ctx.env, ctx.cwd, contract.recipe);
        const recipe = recipeText === undefined ? undefined : (0,parse/* parseRecipe */.Cl)(recipeText, contract.recipe).recipe;
        if (recipe)
            types = outputTypes(recipe, sampleColumns);
    }
    return { contract, types };
}
/** Breaking changes are errors unless the revision went up; a lower revision is an error of its own. */
function changeProblems(file, base, head, changes) {
    const raised = head.revision > base.revision;
    const problems = changes
        .filter(c => c.breaking)
        .map(c => ({
        file,
        ...c.location,
        severity: raised ? 'warning' : 'error',
        message: raised
            ? `${c.message} (accepted with revision ${base.revision} → ${head.revision})`
            : `${c.message}; if partners have agreed, raise revision (now ${head.revision}) in ${file}`
    }));
    if (head.revision < base.revision)
        problems.push({
            file,
            ...head.at.root,
            severity: 'error',
            message: `revision went down from ${base.revision} to ${head.revision}: a revision only goes up`
        });
    return problems;
}
async function validateContract(file, ctx, o) {
    const text = await (0,check_file/* readText */.yR)(external_node_path_default().resolve(ctx.cwd, file), 'contract');
    const parsed = (0,cleanrooms_contract/* parseContract */.UA)(text, file);
    const c = parsed.contract;
    if (!c)
        return { problems: parsed.problems, report: { file, problems: parsed.problems.length, table: [] } };
    // The contract's recipe, followed through its steps on the sample's columns when there is a sample.
    let recipe;
    let outputColumns;
    let types;
    if (c.recipe) {
        const recipeText = await (0,check_file/* readText */.yR)(external_node_path_default().resolve(ctx.cwd, c.recipe), 'recipe');
        recipe = (0,parse/* parseRecipe */.Cl)(recipeText, c.recipe).recipe;
        if (recipe && o.sampleColumns) {
            outputColumns = (0,validate/* checkColumns */.OT)(recipe, o.sampleColumns).output;
            types = outputTypes(recipe, o.sampleColumns);
        }
    }
    const checked = (0,check/* checkContract */.n)(c, { recipe, outputColumns, policy: o.policy });
    const problems = [...parsed.problems, ...checked.problems];
    const base = await baseSide(file, ctx, o.sampleColumns);
    const changes = base ? diffContracts(base, { contract: c, types }) : undefined;
    if (base && changes)
        problems.push(...changeProblems(file, base.contract, c, changes));
    const errors = problems.filter(p => p.severity === 'error').length;
    ctx.log(`${file}: configured table ${c.name}, ${c.rule.type} rule, ${errors ? `${errors} problem(s)` : 'holds'}${c.recipe ? ` for ${c.recipe}` : ''}${outputColumns ? '' : ' (no sample-data: allowed columns not checked against the output)'}${changes ? `; ${changes.length} change(s) against the base branch` : ''}`);
    return {
        problems,
        report: {
            file,
            name: c.name,
            ruleType: c.rule.type,
            recipe: c.recipe,
            problems: errors,
            table: checked.table,
            ...(changes && base ? { changes, revision: { base: base.contract.revision, head: c.revision } } : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/jobs/validate-job.ts
/**
 * `command: validate` for pull requests, with no AWS call: every recipe the globs match is parsed, checked against
 * the catalog and the PII policy, run by the local engine on the sample file (hashes use a random per-run key: the
 * preview shows shapes, never production tokens), and its output schema compared with the same recipe on the base
 * branch when there is one. Problems become annotations (at most ANNOTATIONS_PER_STEP errors, the rest are in the
 * summary). When `files` is given, the upload inputs are checked as well (files match, keys load).
 */















/** GitHub shows at most 10 error annotations per step; the summary lists everything. */
const ANNOTATIONS_PER_STEP = 10;
/** Rows of the sample the recipes run on: enough for a preview and a schema, small enough for any PR. */
const SAMPLE_ROWS = 1000;
/**
 * Time the sample run may take: recipe patterns come from the pull request and JavaScript's engine backtracks, so a
 * pattern the validator's check misses must not hold the runner (1000 rows through 100 steps take well under 1 s).
 */
const SAMPLE_BUDGET_MS = 2000;
/** The first SAMPLE_ROWS rows of the sample, and how many rows the file has (counted, not kept). */
async function readSample(file) {
    const format = (0,formats/* formatOf */.be)(file);
    if (!format)
        throw new Error(`sample-data ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    const reader = await (0,formats/* openReader */.cE)(file, format);
    const rows = [];
    let totalRows = 0;
    try {
        for await (const batch of reader.batches()) {
            totalRows += batch.length;
            if (rows.length < SAMPLE_ROWS)
                rows.push(...batch.slice(0, SAMPLE_ROWS - rows.length));
        }
    }
    finally {
        await reader.close();
    }
    return { columns: reader.columns.map(c => c.name), rows, totalRows };
}
async function runValidateJob(input, ctx) {
    const s = (0,requirements/* requireForValidate */.Tl)(input);
    const cwd = ctx.cwd;
    const problems = [];
    const reports = [];
    let policy;
    const policyFile = s.policy;
    if (policyFile) {
        const loaded = await (0,check_file/* loadPolicy */.tb)(external_node_path_default().resolve(cwd, policyFile));
        problems.push(...loaded.problems.map(p => ({ ...p, file: policyFile })));
        policy = loaded.policy && { ...loaded.policy, file: policyFile };
    }
    const sampleFile = s.sampleData;
    const sample = sampleFile
        ? { file: sampleFile, ...(await readSample(external_node_path_default().resolve(cwd, sampleFile))) }
        : undefined;
    const recipes = s.recipes.length > 0 ? await (0,expand_files/* expandFiles */.C)(s.recipes, cwd, { failOnEmpty: true }) : [];
    const previewKey = (0,external_node_crypto_.randomBytes)(32);
    for (const file of recipes) {
        const text = await (0,check_file/* readText */.yR)(file.path, 'recipe');
        const checked = (0,check_file/* checkRecipeText */.kI)(text, file.name, { policy, columns: sample?.columns });
        const report = { file: file.name, problems: checked.problems, schema: checked.output };
        const base = await baseVersion(ctx.env, cwd, file.name);
        if (base !== undefined && sample) {
            const old = (0,parse/* parseRecipe */.Cl)(base, file.name).recipe;
            if (old)
                report.baseSchema = (0,validate/* checkColumns */.OT)(old, sample.columns).output;
        }
        if (!sample)
            report.sampleNote = "no sample-data input: set it to preview the recipe's output";
        else if (checked.recipe && !checked.problems.some(p => p.severity === 'error')) {
            const recipe = checked.recipe;
            ctx.log(`${file.name}: running on ${sample.rows.length} sample row(s) (at most ${SAMPLE_BUDGET_MS} ms)`);
            try {
                const { compiled, after } = (0,pattern/* withinBudget */.xV)(() => {
                    const compiled = (0,engine/* compileRecipe */.aM)(recipe, sample.columns.map(name => ({ name, type: 'string' })), { hashKey: previewKey });
                    return { compiled, after: (0,engine/* runRows */.TO)(compiled, sample.rows) };
                }, SAMPLE_BUDGET_MS, `the sample run of ${file.name}`);
                report.sample = {
                    file: sample.file,
                    rowsIn: sample.rows.length,
                    rowsInFile: sample.totalRows,
                    rowsOut: after.length,
                    beforeColumns: sample.columns,
                    before: sample.rows.slice(0, PREVIEW_ROWS),
                    afterColumns: compiled.output.map(c => c.name),
                    after: after.slice(0, PREVIEW_ROWS)
                };
            }
            catch (err) {
                report.sampleNote = (err instanceof Error ? err.message : String(err)).replace(/\n[\s\S]*$/, '');
                if (err instanceof pattern/* PatternBudgetError */.sE) {
                    // A runaway pattern fails the check, on the step that holds it when it can be found.
                    const step = recipe.steps.find(st => Object.values(st.parameters).includes(err.pattern ?? '') ||
                        st.conditions.some(c => c.value === err.pattern));
                    const at = step?.location ?? { line: 1, column: 1 };
                    const where = step ? `step ${step.number} (${step.operation}): ` : '';
                    checked.problems.push({
                        file: file.name,
                        ...at,
                        step: step?.number,
                        message: where + err.message,
                        severity: 'error'
                    });
                }
            }
        }
        else
            report.sampleNote = 'the recipe has errors';
        problems.push(...checked.problems);
        reports.push(report);
    }
    let contractReport;
    if (s.contract) {
        const checked = await validateContract(s.contract, ctx, { policy, sampleColumns: sample?.columns });
        problems.push(...checked.problems);
        contractReport = checked.report;
    }
    let uploadCheck;
    if (s.files.length > 0) {
        const plan = await (0,upload_job/* planUpload */.d)(s, ctx);
        uploadCheck = {
            patterns: s.files,
            files: plan.files.length,
            bytes: plan.files.reduce((n, f) => n + f.size, 0),
            recipients: plan.recipients.map(r => r.fingerprint)
        };
        ctx.log(`files: ${plan.files.length} matched; keys: ${uploadCheck.recipients.join(', ')}`);
    }
    const errors = problems.filter(p => p.severity === 'error');
    let shown = 0;
    for (const p of problems) {
        if (p.severity === 'error' && shown >= ANNOTATIONS_PER_STEP)
            continue;
        if (p.severity === 'error')
            shown++;
        ctx.annotate?.(p);
        ctx.log(`${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
    }
    // One line per recipe that passed: the log says what was checked even when nothing is wrong.
    for (const r of reports) {
        if (r.problems.some(p => p.severity === 'error'))
            continue;
        const warnings = r.problems.length;
        ctx.log(`${r.file}: valid${r.schema ? `, ${r.schema.length} output column(s)` : ''}${warnings ? `, ${warnings} warning(s)` : ''}${s.policy ? '' : ' (no PII policy checked)'}`);
    }
    const piiColumns = new Set(policy?.columns.map(c => c.name) ?? []);
    const summary = [
        renderValidateSummary(reports, piiColumns, s.policy, uploadCheck),
        ...(contractReport ? renderContractSection(contractReport) : [])
    ].join('\n');
    // files counts data files (as for upload), only when files was given; recipes are counted in the summary.
    const outputs = { status: errors.length > 0 ? 'invalid' : 'valid' };
    if (uploadCheck) {
        outputs.files = String(uploadCheck.files);
        outputs.bytes = String(uploadCheck.bytes);
    }
    const first = errors[0];
    return {
        outputs,
        summary,
        failure: first
            ? `${errors.length} problem(s) in ${reports.filter(r => r.problems.some(p => p.severity === 'error')).length} recipe(s)${contractReport?.problems ? ' and the contract' : ''}${errors.length > ANNOTATIONS_PER_STEP ? ` (first ${ANNOTATIONS_PER_STEP} annotated; all in the job summary)` : ''}: first: ${first.file}:${first.line}:${first.column}: ${first.message}`
            : undefined
    };
}


/***/ })

};
