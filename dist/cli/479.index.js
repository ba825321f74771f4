export const id = 479;
export const ids = [479];
export const modules = {

/***/ 3571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ checkContract)
/* harmony export */ });
/* harmony import */ var _recipe_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1649);
/* harmony import */ var _recipe_columns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9189);
/* harmony import */ var _contract_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2262);



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

/***/ 2262:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uA: () => (/* binding */ columnRoles),
  UA: () => (/* binding */ parseContract)
});

// UNUSED EXPORTS: AGGREGATE_FUNCTIONS, SCALAR_FUNCTIONS

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/recipe/yaml-source.ts
var yaml_source = __webpack_require__(3933);
;// CONCATENATED MODULE: ./src/cleanrooms/contract-model.ts
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

;// CONCATENATED MODULE: ./src/cleanrooms/yaml-fields.ts
/**
 * Typed reads of a YAML mapping that report every problem at its node (file:line:col): the contract's fields, each
 * checked against the Clean Rooms API's rules by its caller.
 */

/** A Clean Rooms analysis-rule column name (the API admits inner spaces and hyphens; this pipeline never makes them). */
const COLUMN = /^[a-z0-9_]{1,127}$/;
class YamlFields {
    source;
    constructor(source) {
        this.source = source;
    }
    add(node, message) {
        this.source.add(node, message);
    }
    where(node) {
        return this.source.where(node);
    }
    get(map, key) {
        return map.get(key, true);
    }
    unknownKeys(map, allowed, what) {
        for (const pair of map.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (!allowed.includes(key))
                this.add(pair.key, `${what} has no key '${key}' (known: ${allowed.join(', ')})`);
        }
    }
    text(map, key, what, required) {
        const node = this.get(map, key);
        if (node === undefined) {
            if (required)
                this.add(map, `${what} needs ${key}`);
            return undefined;
        }
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value.trim() === '') {
            this.add(node, `${what}.${key} must be a non-empty text`);
            return undefined;
        }
        return node.value;
    }
    list(map, key, what, o) {
        const node = this.get(map, key);
        if (node === undefined) {
            if (o.required)
                this.add(map, `${what} needs ${key} (a list)`);
            return [];
        }
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.add(node, `${what}.${key} must be a list`);
            return [];
        }
        if (o.min !== undefined && node.items.length < o.min)
            this.add(node, `${what}.${key} needs at least ${o.min} item(s)`);
        return node.items;
    }
    columns(map, key, what, o) {
        const out = [];
        for (const item of this.list(map, key, what, o)) {
            const name = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
            if (!COLUMN.test(name)) {
                this.add(item, `${what}.${key}: '${name}' is not a Clean Rooms column name (1-127 of a-z, 0-9, _): rename it in the recipe (RENAME step)`);
                continue;
            }
            if (out.some(c => c.name === name))
                this.add(item, `${what}.${key} names ${name} twice`);
            out.push({ name, location: this.where(item) });
        }
        return out;
    }
    words(map, key, what, allowed, o) {
        const out = [];
        const items = this.list(map, key, what, { required: o.required });
        if (o.max !== undefined && items.length > o.max)
            this.add(this.get(map, key), `${what}.${key} has at most ${o.max} item(s)`);
        for (const item of items) {
            const v = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
            if (!allowed.includes(v))
                this.add(item, `${what}.${key}: '${v}' is not one of ${allowed.join(', ')}`);
            else
                out.push(v);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/cleanrooms/contract-rules.ts
/** The analysis rule of a contract: AGGREGATION, LIST or CUSTOM, read and checked against the Clean Rooms API. */



const JOIN_OPERATORS = ['OR', 'AND'];
const ANALYSIS_TEMPLATE_ARN = /^arn:aws[a-z-]*:cleanrooms:[a-z0-9-]+:\d{12}:membership\/[0-9a-f-]+\/analysistemplate\/[0-9a-f-]+$/;
const WHAT = 'analysisRule';
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
/** The rule under `analysisRule`, or undefined (with the problems reported) when it cannot be read. */
function readRule(ruleNode, f) {
    const type = f.text(ruleNode, 'type', WHAT, true);
    if (!type)
        return undefined;
    if (!(type in RULE_KEYS)) {
        f.add(f.get(ruleNode, 'type'), `analysisRule.type '${type}' is not AGGREGATION, LIST or CUSTOM`);
        return undefined;
    }
    f.unknownKeys(ruleNode, RULE_KEYS[type], `an ${type} rule`);
    if (type === 'AGGREGATION')
        return aggregationRule(ruleNode, f);
    if (type === 'LIST')
        return listRule(ruleNode, f);
    return customRule(ruleNode, f);
}
function joinOperators(ruleNode, f) {
    return f.get(ruleNode, 'allowedJoinOperators')
        ? f.words(ruleNode, 'allowedJoinOperators', WHAT, JOIN_OPERATORS, { required: false, max: 2 })
        : undefined;
}
function aggregationRule(ruleNode, f) {
    const rule = {
        type: 'AGGREGATION',
        joinColumns: f.columns(ruleNode, 'joinColumns', WHAT, { required: true }),
        dimensionColumns: f.columns(ruleNode, 'dimensionColumns', WHAT, { required: true }),
        aggregateColumns: f
            .list(ruleNode, 'aggregateColumns', WHAT, { required: true, min: 1 })
            .flatMap(item => aggregateColumn(item, f)),
        scalarFunctions: f.words(ruleNode, 'scalarFunctions', WHAT, SCALAR_FUNCTIONS, { required: true }),
        outputConstraints: f
            .list(ruleNode, 'outputConstraints', WHAT, { required: true, min: 1 })
            .flatMap(item => outputConstraint(item, f)),
        allowedJoinOperators: joinOperators(ruleNode, f),
        joinRequired: f.text(ruleNode, 'joinRequired', WHAT, false)
    };
    if (rule.joinRequired !== undefined && rule.joinRequired !== 'QUERY_RUNNER')
        f.add(f.get(ruleNode, 'joinRequired'), `analysisRule.joinRequired '${rule.joinRequired}' is not QUERY_RUNNER`);
    return rule;
}
function aggregateColumn(item, f) {
    if (!(0,dist/* isMap */.jh)(item)) {
        f.add(item, 'analysisRule.aggregateColumns: each is { columnNames: [...], function: ... }');
        return [];
    }
    const fn = f.text(item, 'function', 'an aggregate column', true) ?? '';
    if (fn && !AGGREGATE_FUNCTIONS.includes(fn))
        f.add(f.get(item, 'function'), `aggregate function '${fn}' is not one of ${AGGREGATE_FUNCTIONS.join(', ')}`);
    return [
        {
            columnNames: f.columns(item, 'columnNames', 'an aggregate column', { required: true, min: 1 }),
            function: fn
        }
    ];
}
function outputConstraint(item, f) {
    if (!(0,dist/* isMap */.jh)(item)) {
        f.add(item, 'analysisRule.outputConstraints: each is { columnName, minimum, type: COUNT_DISTINCT }');
        return [];
    }
    const columnNode = f.get(item, 'columnName');
    const column = (0,dist/* isScalar */.jn)(columnNode) ? String(columnNode.value) : '';
    const minimumNode = f.get(item, 'minimum');
    const minimum = (0,dist/* isScalar */.jn)(minimumNode) ? Number(minimumNode.value) : NaN;
    if (!Number.isInteger(minimum) || minimum < 2 || minimum > 100_000)
        f.add(minimumNode ?? item, 'an output constraint needs minimum: a whole number from 2 to 100000');
    const t = f.text(item, 'type', 'an output constraint', true) ?? '';
    if (t && t !== 'COUNT_DISTINCT')
        f.add(f.get(item, 'type'), `output constraint type '${t}' is not COUNT_DISTINCT`);
    if (!COLUMN.test(column))
        f.add(columnNode ?? item, 'an output constraint needs columnName: a column name');
    return [{ column: { name: column, location: f.where(columnNode ?? item) }, minimum, type: t }];
}
function listRule(ruleNode, f) {
    return {
        type: 'LIST',
        joinColumns: f.columns(ruleNode, 'joinColumns', WHAT, { required: true, min: 1 }),
        listColumns: f.columns(ruleNode, 'listColumns', WHAT, { required: true, min: 1 }),
        allowedJoinOperators: joinOperators(ruleNode, f)
    };
}
function customRule(ruleNode, f) {
    const analyses = f.list(ruleNode, 'allowedAnalyses', WHAT, { required: true, min: 1 }).map(item => {
        const v = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
        if (v !== 'ANY_QUERY' && !ANALYSIS_TEMPLATE_ARN.test(v))
            f.add(item, `analysisRule.allowedAnalyses: '${v}' is neither ANY_QUERY nor an analysis template ARN`);
        return v;
    });
    const providers = f.list(ruleNode, 'allowedAnalysisProviders', WHAT, { required: false }).map(item => {
        const v = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
        if (!/^\d{12}$/.test(v))
            f.add(item, `analysisRule.allowedAnalysisProviders: '${v}' is not an AWS account id`);
        return v;
    });
    return {
        type: 'CUSTOM',
        allowedAnalyses: analyses,
        ...(providers.length ? { allowedAnalysisProviders: providers } : {})
    };
}
/** Columns the rule names must be allowed columns, and a join column is never output (dimension or list) too. */
function checkRuleColumns(rule, allowedColumns, file) {
    const problems = [];
    const at = (c, message) => problems.push({ file, ...c.location, severity: 'error', message });
    const allowed = new Set(allowedColumns.map(c => c.name));
    const mustBeAllowed = (role) => (c) => {
        if (!allowed.has(c.name))
            at(c, `${role} ${c.name} is not in configuredTable.allowedColumns: add it there or remove it here`);
    };
    const neverOutput = (joinColumns, output, role) => {
        const joins = new Set(joinColumns.map(c => c.name));
        for (const c of output)
            if (joins.has(c.name))
                at(c, `${c.name} is a join column, which Clean Rooms never outputs: it cannot be a ${role} column too`);
    };
    if (rule.type === 'AGGREGATION') {
        rule.joinColumns.forEach(mustBeAllowed('join column'));
        rule.dimensionColumns.forEach(mustBeAllowed('dimension column'));
        rule.aggregateColumns.forEach(a => a.columnNames.forEach(mustBeAllowed('aggregate column')));
        rule.outputConstraints.forEach(o => mustBeAllowed('output constraint column')(o.column));
        neverOutput(rule.joinColumns, rule.dimensionColumns, 'dimension');
    }
    else if (rule.type === 'LIST') {
        rule.joinColumns.forEach(mustBeAllowed('join column'));
        rule.listColumns.forEach(mustBeAllowed('list column'));
        neverOutput(rule.joinColumns, rule.listColumns, 'list');
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/cleanrooms/contract.ts
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





const MEMBERSHIP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TOP_KEYS = ['version', 'revision', 'recipe', 'configuredTable', 'analysisRule', 'membershipId'];
const TABLE_KEYS = ['name', 'description', 'allowedColumns'];
function parseContract(text, file) {
    const source = (0,yaml_source/* readYamlSource */.t)(text, file);
    const { doc, problems, where, add } = source;
    if (problems.length)
        return { problems };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        add(root, 'a collaboration contract is a mapping with version, configuredTable and analysisRule (see examples/cleanrooms.yml)');
        return { problems };
    }
    const f = new YamlFields(source);
    const header = readHeader(root, f);
    const tableNode = f.get(root, 'configuredTable');
    const table = (0,dist/* isMap */.jh)(tableNode) ? readTable(tableNode, f) : undefined;
    if (!table)
        add(tableNode ?? root, 'the contract needs configuredTable: { name, description, allowedColumns }');
    const ruleNode = f.get(root, 'analysisRule');
    const rule = (0,dist/* isMap */.jh)(ruleNode) ? readRule(ruleNode, f) : undefined;
    if (!(0,dist/* isMap */.jh)(ruleNode))
        add(ruleNode ?? root, 'the contract needs analysisRule: { type: AGGREGATION | LIST | CUSTOM, … }');
    if (rule)
        problems.push(...checkRuleColumns(rule, table?.allowedColumns ?? [], file));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.length || !rule || !table)
        return { problems };
    return {
        contract: {
            file,
            recipe: header.recipe,
            name: table.name,
            description: table.description,
            allowedColumns: table.allowedColumns,
            rule,
            ...(header.membershipId ? { membershipId: header.membershipId } : {}),
            revision: header.revision,
            at: { root: where(root), table: where(tableNode), rule: where(ruleNode) }
        },
        problems
    };
}
/** version, revision, recipe and membershipId. */
function readHeader(root, f) {
    f.unknownKeys(root, TOP_KEYS, 'the contract');
    const version = f.get(root, 'version');
    if (!(0,dist/* isScalar */.jn)(version) || version.value !== 1)
        f.add(version ?? root, 'the contract needs version: 1');
    const revisionNode = f.get(root, 'revision');
    const revision = revisionNode === undefined ? 1 : (0,dist/* isScalar */.jn)(revisionNode) ? Number(revisionNode.value) : NaN;
    if (!Number.isSafeInteger(revision) || revision < 1)
        f.add(revisionNode, "revision must be a whole number from 1 (raise it with a change that breaks partners' queries)");
    const recipe = f.text(root, 'recipe', 'the contract', false);
    const membershipId = f.text(root, 'membershipId', 'the contract', false);
    if (membershipId !== undefined && !MEMBERSHIP_ID.test(membershipId)) {
        f.add(f.get(root, 'membershipId'), `membershipId '${membershipId}' is not a membership id (a UUID from the Clean Rooms console)`);
    }
    return { revision, recipe, membershipId };
}
/** configuredTable: name (1-100), description (up to 255) and 1-100 allowed columns, as CreateConfiguredTable takes. */
function readTable(table, f) {
    f.unknownKeys(table, TABLE_KEYS, 'configuredTable');
    const name = f.text(table, 'name', 'configuredTable', true) ?? '';
    if (name.length > 100)
        f.add(f.get(table, 'name'), 'configuredTable.name is longer than 100 characters');
    const description = f.text(table, 'description', 'configuredTable', false);
    if (description && description.length > 255)
        f.add(f.get(table, 'description'), 'configuredTable.description is longer than 255 characters');
    const allowedColumns = f.columns(table, 'allowedColumns', 'configuredTable', { required: true, min: 1 });
    if (allowedColumns.length > 100)
        f.add(f.get(table, 'allowedColumns'), 'configuredTable.allowedColumns has more than 100 columns');
    return { name, description, allowedColumns };
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

/***/ 2585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  be: () => (/* binding */ formatOf),
  cE: () => (/* binding */ openReader),
  Kn: () => (/* binding */ openWriter)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/formats/csv.ts
var csv = __webpack_require__(5756);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/formats/table.ts
var table = __webpack_require__(9924);
// EXTERNAL MODULE: ./src/formats/output-file.ts
var output_file = __webpack_require__(6990);
// EXTERNAL MODULE: ./src/formats/utf8.ts
var utf8 = __webpack_require__(6757);
;// CONCATENATED MODULE: ./src/formats/jsonl.ts
/**
 * JSON Lines: one object per line. Columns are the keys of the first object (later unknown keys are an error, so a
 * typo cannot silently drop data); values are carried as text, null stays null, nested values as JSON text.
 */




/** Deeper values are refused: JSON.parse takes any depth, but writing one back as text recurses once per level. */
const MAX_JSON_DEPTH = 64;
/** Depth of a parsed value (1 for a flat object or array), counted without recursion; stops past `limit`. */
function depthOf(value, limit) {
    let max = 0;
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [v, d] = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (d > max)
            max = d;
        if (max > limit)
            return max;
        for (const child of Object.values(v))
            if (typeof child === 'object' && child !== null)
                stack.push([child, d + 1]);
    }
    return max;
}
function jsonl_text(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value);
}
/** The file's lines (LF or CRLF), strictly UTF-8, each with its 1-based number. */
async function* linesOf(path, stream) {
    const decoder = new utf8/* StrictUtf8Decoder */.$(path);
    let carry = '';
    let lineNo = 0;
    const split = function* (text, last) {
        let from = 0;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
            const line = text.slice(from, at);
            from = at + 1;
            yield [line.endsWith('\r') ? line.slice(0, -1) : line, ++lineNo];
        }
        carry = text.slice(from);
        if (last && carry !== '')
            yield [carry.endsWith('\r') ? carry.slice(0, -1) : carry, ++lineNo];
    };
    let first = true;
    for await (const chunk of stream) {
        let decoded = decoder.write(chunk);
        if (first && decoded.charCodeAt(0) === 0xfeff)
            decoded = decoded.slice(1); // BOM
        first = false;
        yield* split(carry + decoded, false);
    }
    yield* split(carry + decoder.end(), true);
}
async function openJsonlReader(path) {
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    const lines = linesOf(path, stream);
    let lineNo = 0;
    let first;
    const parse = (line) => {
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            throw new Error(`${path}:${lineNo}: not JSON (${err.message})`);
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new Error(`${path}:${lineNo}: each line must be a JSON object`);
        }
        if (depthOf(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
            throw new Error(`${path}:${lineNo}: values nested deeper than ${MAX_JSON_DEPTH} levels: flatten the record (a table column holds text, numbers or shallow JSON)`);
        }
        return value;
    };
    const nextLine = async () => {
        for (;;) {
            const next = await lines.next();
            if (next.done)
                return undefined;
            lineNo = next.value[1];
            if (next.value[0].trim() !== '')
                return next.value[0];
        }
    };
    const firstLine = await nextLine();
    if (firstLine !== undefined)
        first = parse(firstLine);
    if (!first)
        throw new Error(`${path} is empty: JSON Lines needs at least one object`);
    const names = Object.keys(first);
    const known = new Set(names);
    const columns = names.map(name => ({ name, type: 'string' }));
    const toRow = (o) => {
        const row = (0,table/* newRow */.Pg)();
        for (const key of Object.keys(o)) {
            if (!known.has(key))
                throw new Error(`${path}:${lineNo}: key '${key}' is not in the first line's keys`);
        }
        for (const n of names)
            row[n] = Object.hasOwn(o, n) ? jsonl_text(o[n]) : null;
        return row;
    };
    return {
        columns,
        async *batches() {
            let batch = [toRow(first)];
            for (let line = await nextLine(); line !== undefined; line = await nextLine()) {
                batch.push(toRow(parse(line)));
                if (batch.length >= table/* BATCH_ROWS */.B8) {
                    yield batch;
                    batch = [];
                }
            }
            if (batch.length > 0)
                yield batch;
        },
        async close() {
            await lines.return(undefined);
            stream.destroy();
        }
    };
}
function typed(value, type) {
    if (value === null)
        return null;
    if (type === 'integer' || type === 'double') {
        const n = Number(value);
        return Number.isFinite(n) ? n : value;
    }
    if (type === 'boolean')
        return value === 'true';
    return value;
}
async function openJsonlWriter(path, columns) {
    const out = (0,output_file/* openOutputFile */.O)(path);
    return {
        async write(rows) {
            let chunk = '';
            for (const row of rows) {
                // No prototype, so a `__proto__` column is an own key JSON.stringify writes, not a prototype change.
                const o = Object.create(null);
                for (const c of columns)
                    o[c.name] = typed((0,table/* cell */.Hn)(row, c.name), c.type);
                chunk += JSON.stringify(o) + '\n';
            }
            await out.write(chunk);
        },
        close: () => out.close(),
        abort: () => out.abort()
    };
}

// EXTERNAL MODULE: ./src/formats/parquet.ts
var parquet = __webpack_require__(3576);
;// CONCATENATED MODULE: ./src/formats/index.ts
/** Picks the reader or writer by file extension: .csv, .jsonl/.ndjson, .parquet. */




function formatOf(file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.csv')
        return 'csv';
    if (ext === '.jsonl' || ext === '.ndjson')
        return 'jsonl';
    if (ext === '.parquet')
        return 'parquet';
    return undefined;
}
function openReader(file, format) {
    return format === 'csv'
        ? (0,csv/* openCsvReader */.Ok)(file)
        : format === 'jsonl'
            ? openJsonlReader(file)
            : (0,parquet/* openParquetReader */.KQ)(file);
}
function openWriter(file, format, columns) {
    return format === 'csv'
        ? (0,csv/* openCsvWriter */.qU)(file, columns)
        : format === 'jsonl'
            ? openJsonlWriter(file, columns)
            : (0,parquet/* openParquetWriter */.ye)(file, columns);
}


/***/ }),

/***/ 3933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ readYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * A YAML file read for checking (the PII policy, the collaboration contract): the document, where each node is
 * (file:line:col for problems) and the YAML syntax errors as problems, worded like the rest.
 */

function readYamlSource(text, file) {
    const problems = [];
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines });
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const where = (node) => at(node?.range?.[0] ?? 0);
    for (const e of doc.errors) {
        problems.push({
            file,
            ...at(e.pos[0]),
            message: `not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '')}`,
            severity: 'error'
        });
    }
    return {
        doc,
        problems,
        where,
        add: (node, message, severity = 'error') => problems.push({ file, ...where(node), message, severity })
    };
}


/***/ })

};
