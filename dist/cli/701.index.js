export const id = 701;
export const ids = [701];
export const modules = {

/***/ 3442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configuredTableProperties)
/* harmony export */ });
function configuredTableProperties(contract) {
    const names = (cs) => cs.map(c => c.name);
    const r = contract.rule;
    const policy = r.type === 'AGGREGATION'
        ? {
            Aggregation: {
                JoinColumns: names(r.joinColumns),
                ...(r.allowedJoinOperators ? { AllowedJoinOperators: r.allowedJoinOperators } : {}),
                ...(r.joinRequired ? { JoinRequired: r.joinRequired } : {}),
                DimensionColumns: names(r.dimensionColumns),
                ScalarFunctions: r.scalarFunctions,
                AggregateColumns: r.aggregateColumns.map(a => ({
                    ColumnNames: names(a.columnNames),
                    Function: a.function
                })),
                OutputConstraints: r.outputConstraints.map(c => ({
                    ColumnName: c.column.name,
                    Minimum: c.minimum,
                    Type: c.type
                }))
            }
        }
        : r.type === 'LIST'
            ? {
                List: {
                    JoinColumns: names(r.joinColumns),
                    ...(r.allowedJoinOperators ? { AllowedJoinOperators: r.allowedJoinOperators } : {}),
                    ListColumns: names(r.listColumns)
                }
            }
            : {
                Custom: {
                    AllowedAnalyses: r.allowedAnalyses,
                    ...(r.allowedAnalysisProviders ? { AllowedAnalysisProviders: r.allowedAnalysisProviders } : {})
                }
            };
    return {
        Name: contract.name,
        ...(contract.description ? { Description: contract.description } : {}),
        AnalysisMethod: 'DIRECT_QUERY',
        AllowedColumns: names(contract.allowedColumns),
        AnalysisRules: [{ Type: r.type, Policy: { V1: policy } }]
    };
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

/***/ 3155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   p: () => (/* binding */ pathFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/**
 * parseArgs with errors rewritten as UsageError naming the command and pointing at --help.
 * Returns undefined when --help was asked for (the caller prints `help` and exits 0).
 */
function parseFlags(command, args, options, allowPositionals = false) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals,
            strict: true
        });
    }
    catch (err) {
        const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${command}: ${message} (see 'cleanrooms-connect ${command} --help')`);
    }
    const values = parsed.values;
    if (values.help)
        return undefined;
    return { values, positionals: parsed.positionals };
}
/** A path flag relative to the caller's directory; '-' (stdin/stdout) stays as it is. */
function pathFor(io, file) {
    return file === '-' ? file : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, file);
}


/***/ }),

/***/ 3701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contractTemplateCommand: () => (/* binding */ contractTemplateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cleanrooms/contract.ts + 3 modules
var cleanrooms_contract = __webpack_require__(2262);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/cleanrooms/cfn.ts
var cfn = __webpack_require__(3442);
;// CONCATENATED MODULE: ./src/cleanrooms/template-block.ts
/**
 * The stack's ConfiguredTable resource written from the contract: its `Properties:` block in infra/template.yaml is
 * replaced as text (the rest of the template, comments and CloudFormation tags included, stays byte for byte), so
 * the contract file is the one source of truth and `contract template` (run by `npm run package:infra`) keeps the
 * template in step. The output is in the template's own style: flow lists of names, one flow map per aggregate.
 */


/** The table the configured table reads: the stack's declared output table, whatever the contract says. */
const TABLE_REFERENCE = [
    'TableReference:',
    '  Glue:',
    '    DatabaseName: !Ref GlueDatabase',
    '    TableName: !GetAtt OutputTable.TableName'
];
/** Past this width a list is written one item per line, as prettier would (printWidth 110). */
const WIDTH = 110;
function scalar(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0, singleQuote: true }).trimEnd();
}
function isScalar(value) {
    return value === null || typeof value !== 'object';
}
function flow(value) {
    if (Array.isArray(value))
        return `[${value.map(flow).join(', ')}]`;
    if (!isScalar(value))
        return `{ ${Object.entries(value)
            .map(([k, v]) => `${k}: ${flow(v)}`)
            .join(', ')} }`;
    return scalar(value);
}
/** Flat enough for one line: scalars, lists of scalars, and maps of those. */
function flowable(value) {
    if (isScalar(value))
        return true;
    if (Array.isArray(value))
        return value.every(isScalar);
    return Object.values(value).every(v => isScalar(v) || (Array.isArray(v) && v.every(isScalar)));
}
/** `key: value` lines at `indent` spaces. */
function block(key, value, indent) {
    const pad = ' '.repeat(indent);
    const line = `${pad}${key}: ${flow(value)}`;
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar) && line.length <= WIDTH))
        return [line];
    if (Array.isArray(value)) {
        const out = [`${pad}${key}:`];
        for (const item of value) {
            const one = `${pad}  - ${flow(item)}`;
            if (isScalar(item) || (flowable(item) && one.length <= WIDTH))
                out.push(one);
            else {
                const inner = Object.entries(item).flatMap(([k, v]) => block(k, v, indent + 4));
                out.push(`${pad}  - ${inner[0].trimStart()}`, ...inner.slice(1));
            }
        }
        return out;
    }
    return [`${pad}${key}:`, ...Object.entries(value).flatMap(([k, v]) => block(k, v, indent + 2))];
}
/** The resource's `Properties:` block (at the template's resource indentation of 4). */
function configuredTableBlock(contract) {
    const props = (0,cfn/* configuredTableProperties */.c)(contract);
    const lines = ['    Properties:'];
    for (const [key, value] of Object.entries(props)) {
        lines.push(...block(key, value, 6));
        // TableReference sits after AnalysisMethod, where the template has always had it.
        if (key === 'AnalysisMethod')
            lines.push(...TABLE_REFERENCE.map(l => `      ${l}`));
    }
    return lines;
}
/**
 * `template` with the ConfiguredTable resource's Properties block replaced by the contract's. Throws when the
 * template has no such resource (it must be declared, with its Condition, by hand: this fills in what it allows).
 */
function applyContract(template, contract) {
    const lines = template.split('\n');
    const start = lines.findIndex(l => /^ {2}ConfiguredTable:\s*$/.test(l));
    if (start === -1)
        throw new Error('the template has no ConfiguredTable resource (Type: AWS::CleanRooms::ConfiguredTable) to write');
    // The resource ends at the next line indented 2 or less that is not blank or a comment.
    let end = lines.findIndex((l, i) => i > start && /^ {0,2}\S/.test(l) && !/^\s*#/.test(l));
    if (end === -1)
        end = lines.length;
    const props = lines.findIndex((l, i) => i > start && i < end && /^ {4}Properties:\s*$/.test(l));
    if (props === -1)
        throw new Error('the ConfiguredTable resource has no Properties: block to write');
    // Properties runs to the next line indented 4 or less (a key, or the next resource's comment), blank lines kept out.
    let after = lines.findIndex((l, i) => i > props && /^ {0,4}\S/.test(l));
    if (after === -1)
        after = lines.length;
    while (after > props + 1 && lines[after - 1].trim() === '')
        after--;
    const out = [...lines.slice(0, props), ...configuredTableBlock(contract), ...lines.slice(after)];
    // Partners query the table by the association's name: the contract's name too.
    const association = out.findIndex(l => /^ {2}ConfiguredTableAssociation:\s*$/.test(l));
    if (association !== -1) {
        const name = out.findIndex((l, i) => i > association && /^ {6}Name:/.test(l));
        const next = out.findIndex((l, i) => i > association && /^ {0,2}\S/.test(l) && !/^\s*#/.test(l));
        if (name !== -1 && (next === -1 || name < next))
            out[name] = `      Name: ${scalar(contract.name)}`;
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/recipe/model.ts
var model = __webpack_require__(5499);
// EXTERNAL MODULE: ./src/commands/command.ts
var command = __webpack_require__(3155);
// EXTERNAL MODULE: ./src/commands/file-args.ts
var file_args = __webpack_require__(1018);
;// CONCATENATED MODULE: ./src/commands/contract-template.ts
/** `cleanrooms-connect contract template`: writes the stack's ConfiguredTable from the collaboration contract. */







const HELP = `Usage: cleanrooms-connect contract template [--contract FILE] [--template FILE] [--check]

Writes the AWS::CleanRooms::ConfiguredTable resource of the CloudFormation template from the collaboration contract:
its name, description, allowed columns and analysis rule (the resource's Properties block; the rest of the template
is left byte for byte). The contract is checked first with the Clean Rooms API's rules. npm run package:infra runs it,
so the contract file is the one place the configured table is defined.

Exit status: 0 when the template is (or, with --check, already was) up to date, 1 when the contract has errors or
--check finds the template out of date, 2 on usage errors.

Flags:
  --contract FILE   the collaboration contract (default: infra/cleanrooms.yml)
  --template FILE   the template to write (default: infra/template.yaml)
  --check           change nothing; fail when the template differs from what the contract gives

Example:
  cleanrooms-connect contract template --contract infra/cleanrooms.yml --template infra/template.yaml`;
const contractTemplateCommand = {
    name: 'contract template',
    help: HELP,
    async run(args, io) {
        const parsed = (0,command/* parseFlags */.b)('contract template', args, {
            contract: { type: 'string', default: 'infra/cleanrooms.yml' },
            template: { type: 'string', default: 'infra/template.yaml' },
            check: { type: 'boolean', default: false }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const contractFile = parsed.values.contract;
        const templateFile = parsed.values.template;
        const { contract, problems } = (0,cleanrooms_contract/* parseContract */.UA)(await (0,file_args/* readTextArg */.su)(io, 'contract template', contractFile, 'contract'), contractFile);
        for (const p of problems)
            io.stdout((0,model/* formatProblem */.Vw)(p) + '\n');
        if (!contract)
            throw new errors/* UserError */.yo(`${contractFile} has ${problems.length} error(s): the template was not changed`);
        const before = await (0,file_args/* readTextArg */.su)(io, 'contract template', templateFile, 'template');
        let after;
        try {
            after = applyContract(before, contract);
        }
        catch (err) {
            throw new errors/* UserError */.yo(`${templateFile}: ${err.message}`);
        }
        if (after === before) {
            io.stderr(`${templateFile}: ConfiguredTable is up to date with ${contractFile}\n`);
            return 0;
        }
        if (parsed.values.check) {
            io.stderr(`${templateFile}: ConfiguredTable differs from ${contractFile}: run cleanrooms-connect contract template (npm run package:infra) and commit it\n`);
            return 1;
        }
        await (0,promises_.writeFile)((0,command/* pathFor */.p)(io, templateFile), after);
        io.stderr(`${templateFile}: ConfiguredTable written from ${contractFile}\n`);
        return 0;
    }
};


/***/ }),

/***/ 1018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ refuseDirectoryInput),
/* harmony export */   su: () => (/* binding */ readTextArg),
/* harmony export */   vF: () => (/* binding */ refuseDirectoryOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3155);
/**
 * Checks of file arguments done before any work, so a directory given where a file belongs gets a sentence instead of
 * a raw EISDIR from deep inside a stream (or, for an output, a rename that fails after the whole run).
 */




function isDirectory(file) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
/** `what` names the flag in the message, e.g. "recipe run: input". */
function refuseDirectoryInput(file, what) {
    if (isDirectory(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file`);
}
function refuseDirectoryOutput(file, what) {
    if (isDirectory(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file path (the output is written as one file)`);
}
/** A text file named on the command line; one that cannot be read is a usage error naming it as the caller wrote it. */
async function readTextArg(io, command, file, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .pathFor */ .p)(io, file), 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${command}: cannot read ${what} ${file} (${code}; looked in ${io.cwd})`);
    }
}


/***/ }),

/***/ 5499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ listParameter),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   gI: () => (/* binding */ stepProblem)
/* harmony export */ });
/**
 * The DataBrew recipe as AWS exports it (describe-recipe / console download): an array of steps
 * `{ Action: { Operation, Parameters }, ConditionExpressions? }`. Parameter values are strings in the API model
 * (lists are JSON inside the string); plain arrays and booleans are accepted on input and normalized to strings
 * here, so the validator and the engine see one shape. Pure: no @actions or @aws-sdk imports.
 */
/** `file:line:col: message` — the one format every recipe problem is printed in. */
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
/** A list parameter ("[\"a\",\"b\"]" or a plain array already normalized to that string) → its items. */
function listParameter(value) {
    if (value === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(value);
        if (Array.isArray(parsed) && parsed.every(v => typeof v === 'string'))
            return parsed;
    }
    catch {
        // not JSON: the validator reports it
    }
    return undefined;
}
/** A problem at a step, its message prefixed with the step's number and operation. */
function stepProblem(recipe, step, message, severity = 'error') {
    return {
        file: recipe.file,
        ...step.location,
        step: step.number,
        message: `step ${step.number} (${step.operation}): ${message}`,
        severity
    };
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
