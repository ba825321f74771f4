export const id = 571;
export const ids = [571];
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


/***/ })

};
