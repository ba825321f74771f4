export const id = 504;
export const ids = [504];
export const modules = {

/***/ 504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kI: () => (/* binding */ checkRecipeText),
  tb: () => (/* binding */ loadPolicy),
  yR: () => (/* binding */ readText)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/recipe/policy.ts
var recipe_policy = __webpack_require__(6462);
// EXTERNAL MODULE: ./src/recipe/catalog.ts
var catalog = __webpack_require__(1649);
// EXTERNAL MODULE: ./src/recipe/columns.ts
var columns = __webpack_require__(9189);
;// CONCATENATED MODULE: ./src/recipe/hash-contract.ts
/**
 * The one hash contract every PII column must leave under: the policy's algorithm and secret. Each CRYPTOGRAPHIC_HASH
 * step is held to it (and to the first hash step, when both differ), hashes must cover every row, and the policy's
 * encoding must be one the step writes.
 */


/** Kinds whose hashes never match without normalization (REFERENCE.md: every partner normalizes these). */
const MUST_NORMALIZE = new Set(['email', 'phone']);
const describe = (algorithm, secret) => algorithm.startsWith('HMAC_') ? `${algorithm} with secret ${secret ?? '(none)'}` : algorithm;
class HashContract {
    policy;
    report;
    /** The first hash step's contract: named when a later step differs from the policy and from it. */
    first;
    encodingReported = false;
    constructor(policy, report) {
        this.policy = policy;
        this.report = report;
    }
    cite(loc) {
        return loc ? ` (${this.policy.file}:${loc.line})` : '';
    }
    /** A CRYPTOGRAPHIC_HASH step over the live columns `tainted`: reports what breaks the contract, marks them hashed. */
    hash(step, tainted, live) {
        const p = step.parameters;
        const algorithm = (p.algorithm ?? catalog/* DEFAULT_HASH_ALGORITHM */.JO).toUpperCase();
        const names = tainted.map(c => `'${c}'`).join(', ');
        if (step.conditions.length > 0)
            this.report(step, `hashes ${names} only in the rows its ConditionExpressions select: the other rows reach the output unhashed`);
        if (p.entityTypeFilter !== undefined)
            this.report(step, `hashes only the entities entityTypeFilter detects inside ${names}: the rest stays in clear text`);
        this.checkContract(step, algorithm, names);
        this.first ??= { algorithm, secretId: p.secretId, step };
        for (const c of tainted)
            this.markHashed(step, c, live);
    }
    checkContract(step, algorithm, names) {
        const p = step.parameters;
        const policy = this.policy.hash;
        const keyed = algorithm.startsWith('HMAC_');
        const reasons = [];
        if (algorithm !== policy.algorithm ||
            (keyed &&
                policy.algorithm.startsWith('HMAC_') &&
                policy.secretId !== undefined &&
                !(0,recipe_policy/* sameSecret */.BX)(p.secretId, policy.secretId)))
            reasons.push(`the policy requires ${describe(policy.algorithm, policy.secretId)}${this.cite(this.policy.locations?.algorithm ?? this.policy.locations?.hash)}`);
        // With a policy, the policy is the contract; an earlier step is named when it differs as well.
        const first = this.first;
        if (reasons.length > 0 &&
            first &&
            (first.algorithm !== algorithm || (keyed && !(0,recipe_policy/* sameSecret */.BX)(first.secretId, p.secretId))))
            reasons.push(`step ${first.step.number} uses ${describe(first.algorithm, first.secretId)}`);
        if (reasons.length > 0) {
            const self = p.algorithm
                ? describe(algorithm, p.secretId)
                : describe(`${algorithm} (the default algorithm)`, p.secretId);
            this.report(step, `hashes ${names} with ${self}, but ${reasons.join(' and ')}: every PII column must leave under the one contract`);
        }
        if (policy.encoding === 'hex' && !this.encodingReported) {
            this.encodingReported = true;
            this.report(step, `the policy asks for hex digests${this.cite(this.policy.locations?.encoding)}, but CRYPTOGRAPHIC_HASH writes Base64 and no recipe step converts it`);
        }
    }
    markHashed(step, column, live) {
        const t = live.get(column);
        if (t.hashedAt) {
            this.report(step, `hashes ${live.label(column)} again (step ${t.hashedAt.number} hashed it already): a hash of a hash matches nobody`);
            return;
        }
        if (!t.normalized && MUST_NORMALIZE.has(t.origin.kind))
            this.report(step, `${live.label(column)} (${t.origin.kind}) is hashed without being normalized first (e.g. ${t.origin.kind === 'email' ? 'REMOVE_COMBINED trimming whitespace and LOWER_CASE' : 'FORMAT_PHONE_NUMBER to E164'}): its hashes will rarely match partners'`, 'warning');
        t.hashedAt = step;
    }
}

// EXTERNAL MODULE: ./src/recipe/model.ts
var model = __webpack_require__(5499);
;// CONCATENATED MODULE: ./src/recipe/policy-taint.ts
class TaintMap {
    live = new Map();
    has(name) {
        return this.live.has(name);
    }
    /** The taint of a live column (callers ask only for names `has` or `tainted` gave). */
    get(name) {
        return this.live.get(name);
    }
    set(name, taint) {
        this.live.set(name, taint);
    }
    delete(name) {
        this.live.delete(name);
    }
    names() {
        return [...this.live.keys()];
    }
    entries() {
        return [...this.live];
    }
    /** The live columns among `names`, once each, in order. */
    tainted(names) {
        return [...new Set(names.filter(c => this.live.has(c)))];
    }
    /** The taint of a column made from `sources` (all live) by `step`: hashed only when every source was. */
    derived(sources, step, normalizes) {
        const ts = sources.map(s => this.get(s));
        return {
            origin: ts[0].origin,
            normalized: normalizes || ts.every(t => t.normalized),
            via: step,
            ...(ts.every(t => t.hashedAt) && { hashedAt: ts[0].hashedAt })
        };
    }
    /** How a message names a column: the policy column itself, or what it was made from. */
    label(name) {
        const t = this.get(name);
        return name === t.origin.name && !t.via
            ? `PII column '${name}'`
            : `'${name}' (from PII column '${t.origin.name}'${t.via ? `, step ${t.via.number} ${t.via.operation}` : ''})`;
    }
}

;// CONCATENATED MODULE: ./src/recipe/policy-check.ts
/**
 * A recipe held against the PII policy. Every PII column is followed through the steps (renames, duplicates, merges,
 * nests, splits, new columns that copy its values) in a TaintMap, and reported at the step: a PII column (or a copy
 * of one) reaching the output neither hashed nor deleted; a normalization (or any change) applied after the hash; a
 * column hashed twice; a hash that covers only some rows (conditions, entityTypeFilter); a hash contract (algorithm,
 * secret) that differs from the policy or from another hash step (HashContract). Email and phone columns hashed
 * without any normalization before get a warning. Pure.
 */





/** Steps that change no value worth protecting: nulling or emptying a column after the hash is harmless. */
const HARMLESS = new Set(['FILL_WITH_NULL', 'FILL_WITH_EMPTY', 'REPLACE_WITH_NULL', 'REPLACE_WITH_EMPTY']);
const PROTECTING = new Set([
    'MASK_CUSTOM',
    'MASK_DATE',
    'MASK_DELIMITER',
    'MASK_RANGE',
    'ENCRYPT',
    'DETERMINISTIC_ENCRYPT',
    'REPLACE_WITH_RANDOM_BETWEEN',
    'REPLACE_WITH_RANDOM_DATE_BETWEEN'
]);
function listed(list, name) {
    try {
        const v = JSON.parse(list ?? '[]');
        return Array.isArray(v) && v.includes(name);
    }
    catch {
        return false;
    }
}
/** BOOLEAN_OPERATION, CASE_OPERATION: expressions name columns in backticks; a result that can be one is PII. */
function expressionResult({ step, live }) {
    const p = step.parameters;
    const results = step.operation === 'BOOLEAN_OPERATION'
        ? `${p.trueValueExpression ?? ''} ${p.falseValueExpression ?? ''}`
        : (p.valueExpression ?? '');
    const named = live.tainted([...results.matchAll(/`([^`]+)`/g)].map(m => m[1]));
    if (named.length > 0 && p.targetColumn)
        live.set(p.targetColumn, live.derived(named, step, false));
}
/** How the operations with their own semantics move PII; the rest follow their catalog entry (byCatalog). */
const FLOWS = {
    BOOLEAN_OPERATION: expressionResult,
    CASE_OPERATION: expressionResult,
    DELETE: ({ tainted, live }) => tainted.forEach(c => live.delete(c)),
    RENAME: ({ step, live }) => {
        const p = step.parameters;
        if (!p.targetColumn)
            return;
        live.set(p.targetColumn, live.get(p.sourceColumn));
        live.delete(p.sourceColumn);
    },
    CRYPTOGRAPHIC_HASH: ({ step, tainted, live, hashes }) => hashes.hash(step, tainted, live),
    // Rows from the other datasets arrive as they are: a column hashed before the union is not hashed in them.
    UNION: ({ step, live }) => {
        for (const [name, t] of live.entries())
            if (t.hashedAt && listed(step.parameters.targetColumnNames, name))
                live.set(name, { ...t, hashedAt: undefined, via: step });
    },
    UNPIVOT: ({ step, tainted, live }) => {
        const values = live.derived(tainted, step, false);
        tainted.forEach(c => live.delete(c));
        if (step.parameters.valueColumn)
            live.set(step.parameters.valueColumn, values);
    },
    // Only the group columns remain (aggregates such as COUNT of a PII column are not PII).
    GROUP_BY: ({ inputs, live }) => {
        for (const name of live.names())
            if (!inputs.includes(name))
                live.delete(name);
    }
};
/** Flows that look at every live column, not only the ones the step reads. */
const SEES_ALL = new Set(['BOOLEAN_OPERATION', 'CASE_OPERATION', 'UNION']);
/** SPLIT_COLUMN_*: the parts `<source>_1 … _n` are PII; a count only the data decides cannot be followed. */
function split({ step, live, report }) {
    const src = step.parameters.sourceColumn;
    const n = (0,columns/* splitCount */.m)(step);
    const label = live.label(src);
    const t = live.get(src);
    live.delete(src);
    if (n === undefined) {
        report(step, `splits ${label} into a number of columns only the data decides: hash or delete it before splitting`);
        return;
    }
    for (let k = 1; k <= n; k++)
        live.set(`${src}_${k}`, { ...t, via: step });
}
/** Every other operation, by what its catalog entry says it does to columns. */
function byCatalog({ step, spec, outputs, tainted, live, report }) {
    if (spec.output === 'reshape' && !spec.copiesValue) {
        // PIVOT, TRANSPOSE, JOIN, ONE_HOT_ENCODING, UNNEST_MAP/STRUCT, JSON_TO_STRUCTS: cannot be followed statically.
        for (const c of tainted)
            report(step, `${live.label(c)} cannot be followed through ${step.operation}: hash or delete it first`);
        return;
    }
    if (spec.copiesValue && outputs.length > 0) {
        // DUPLICATE, MERGE, NEST_TO_*, UNNEST_ARRAY, EXTRACT_*, text and date functions: the new column is PII too.
        const copy = live.derived(tainted, step, Boolean(spec.normalizes));
        for (const o of outputs)
            live.set(o, copy);
        if (step.parameters.removeSourceColumns?.toLowerCase() === 'true')
            tainted.forEach(c => live.delete(c));
        return;
    }
    if (spec.output !== 'in-place')
        return;
    for (const c of tainted) {
        const t = live.get(c);
        if (t.hashedAt) {
            if (HARMLESS.has(step.operation))
                continue;
            report(step, spec.normalizes
                ? `${live.label(c)} is normalized after hashing (step ${t.hashedAt.number} hashed it): move the normalization before the hash, or the hashes will not match partners'`
                : `changes ${live.label(c)} after step ${t.hashedAt.number} hashed it: the output is no longer the contracted hash`);
        }
        else if (spec.normalizes)
            t.normalized = true;
        else if (PROTECTING.has(step.operation))
            t.protectedBy = step;
    }
}
function checkPolicy(recipe, policy, options = {}) {
    const problems = [];
    const report = (step, message, severity = 'error') => problems.push((0,model/* stepProblem */.gI)(recipe, step, message, severity));
    const live = new TaintMap();
    for (const c of policy.columns) {
        if (options.columns && !options.columns.includes(c.name)) {
            problems.push({
                file: policy.file,
                ...c.location,
                message: `PII column '${c.name}' is not among the input columns (${options.columns.join(', ')}): nothing to check`,
                severity: 'warning'
            });
            continue;
        }
        live.set(c.name, { origin: c, normalized: false });
    }
    const hashes = new HashContract(policy, report);
    for (const step of recipe.steps) {
        const spec = catalog/* CATALOG */.W8[step.operation];
        if (!spec)
            continue; // validateRecipe reports it
        const inputs = (0,columns/* stepColumns */.G)(step, 'input');
        const tainted = live.tainted(inputs);
        if (tainted.length === 0 && !SEES_ALL.has(step.operation))
            continue;
        const flow = FLOWS[step.operation] ?? (step.operation.startsWith('SPLIT_COLUMN_') ? split : byCatalog);
        flow({ step, spec, inputs, outputs: (0,columns/* stepColumns */.G)(step, 'output'), tainted, live, hashes, report });
    }
    const last = recipe.steps.at(-1);
    for (const [name, t] of live.entries()) {
        if (t.hashedAt)
            continue;
        const where = t.via ?? last;
        const protectedNote = t.protectedBy
            ? ` (step ${t.protectedBy.number} ${t.protectedBy.operation} masks or encrypts it, which the policy does not accept)`
            : '';
        // Recipe-level: at the step that made the column, else at the last step (where a hash or delete would go).
        problems.push({
            file: recipe.file,
            ...(where?.location ?? { line: 1, column: 1 }),
            ...(where && { step: where.number }),
            message: `${live.label(name)} (${t.origin.kind}, ${policy.file}:${t.origin.location.line}) reaches the output unhashed${protectedNote}: add it to a CRYPTOGRAPHIC_HASH step or DELETE it`,
            severity: 'error'
        });
    }
    return problems;
}

// EXTERNAL MODULE: ./src/recipe/parse.ts
var parse = __webpack_require__(9877);
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
    return (0,recipe_policy/* parsePolicy */.ON)(await readText(file, 'policy'), file);
}
function checkRecipeText(text, file, o) {
    const parsed = (0,parse/* parseRecipe */.Cl)(text, file);
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

/***/ 9189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ stepColumns),
/* harmony export */   m: () => (/* binding */ splitCount)
/* harmony export */ });
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1649);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5499);
/** Which columns a recipe step reads and makes, from the catalog's parameter roles: what the validator, the PII policy
 * check and the contract check follow through a recipe. Pure. */


/** The columns a step reads (its 'input' parameters) or creates (its 'output' parameters). */
function stepColumns(step, role) {
    const out = [];
    for (const p of (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .operationSpec */ .po)(step.operation)?.params ?? []) {
        const v = step.parameters[p.name];
        if (p.column !== role || v === undefined || v === '')
            continue;
        if (p.list)
            out.push(...((0,_model_js__WEBPACK_IMPORTED_MODULE_1__/* .listParameter */ .MH)(v) ?? []));
        else
            out.push(v);
    }
    return out;
}
/** How many columns a SPLIT_COLUMN_* step makes (`<source>_1 … _n`), or undefined when the data decides. */
function splitCount(step) {
    const limit = Number(step.parameters.limit ?? '1');
    switch (step.operation) {
        case 'SPLIT_COLUMN_SINGLE_DELIMITER':
        case 'SPLIT_COLUMN_MULTIPLE_DELIMITER':
            return Number.isInteger(limit) && limit >= 1 ? limit + 1 : undefined;
        case 'SPLIT_COLUMN_FROM_START':
        case 'SPLIT_COLUMN_FROM_END':
            return 2;
        case 'SPLIT_COLUMN_BETWEEN_POSITIONS':
        case 'SPLIT_COLUMN_BETWEEN_DELIMITER':
            return 3;
        default:
            return undefined; // SPLIT_COLUMN_WITH_INTERVALS: as many as the longest value needs
    }
}


/***/ }),

/***/ 9877:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cl: () => (/* binding */ parseRecipe)
/* harmony export */ });
/* unused harmony exports JsonSyntaxError, scanJson, plain, lineIndex */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1649);
/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps
 * `{ "Action": { "Operation", "Parameters" }, "ConditionExpressions": [ … ] }`, or the describe-recipe output
 * `{ "Name": …, "Steps": [ … ] }` (any object with "Steps"). Parameter values stay in the API's string form; native
 * arrays, objects, booleans and numbers (as the PII pages show them) are normalized to it: arrays and objects to
 * compact JSON, booleans to "true"/"false", numbers to their literal text.
 *
 * Every problem carries file:line:column: of the JSON syntax error, of the step, of the offending key or value, and
 * for bad JSON inside a string parameter, of the exact character inside that string. A small position-keeping JSON
 * scanner does this (no dependencies). Pure.
 */

class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
function shown(c) {
    if (c === undefined)
        return 'the end';
    if (c === "'")
        return 'a single quote';
    return `'${JSON.stringify(c).slice(1, -1)}'`;
}
/** Parses JSON text into a tree that keeps offsets. Throws JsonSyntaxError at the first error. */
function scanJson(text, what = 'file') {
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const fail = (message, at = i) => {
        throw new JsonSyntaxError(message, at);
    };
    const ws = () => {
        for (;;) {
            const c = text[i];
            if (c === ' ' || c === '\n' || c === '\r' || c === '\t')
                i++;
            else if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*'))
                fail('comments are not allowed in JSON');
            else
                return;
        }
    };
    const expected = (expectation) => {
        const c = text[i];
        if (c === undefined)
            return fail(`unexpected end of the ${what}: expected ${expectation}`);
        if (c === "'")
            return fail(`expected ${expectation}, found ${shown(c)}: JSON strings take double quotes`);
        return fail(`expected ${expectation}, found ${shown(c)}`);
    };
    const string = () => {
        const start = i++;
        let out = '';
        let map;
        for (;;) {
            const c = text[i];
            if (c === undefined || c === '\n')
                return fail('unterminated string (a closing " is missing)', start);
            if (c === '"') {
                i++;
                return map
                    ? { kind: 'string', start, end: i, value: out, map }
                    : { kind: 'string', start, end: i, value: out };
            }
            if (c === '\\') {
                if (!map)
                    map = Array.from({ length: out.length }, (_, k) => start + 1 + k);
                const e = text[i + 1];
                if (e === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('bad \\u escape: four hex digits must follow');
                    map.push(i);
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else if (e !== undefined && ESCAPES[e] !== undefined) {
                    map.push(i);
                    out += ESCAPES[e];
                    i += 2;
                }
                else
                    fail(`bad escape \\${e ?? ''} in a string`);
                continue;
            }
            if (c < ' ')
                fail('control character in a string (write it as an escape, e.g. \\t)');
            map?.push(i);
            out += c;
            i++;
        }
    };
    const value = (depth) => {
        if (depth > MAX_DEPTH)
            fail(`nested deeper than ${MAX_DEPTH} levels`);
        ws();
        const start = i;
        const c = text[i];
        if (c === '{') {
            i++;
            const entries = [];
            ws();
            if (text[i] === '}')
                return { kind: 'object', start, end: ++i, entries };
            let comma = -1;
            for (;;) {
                ws();
                if (text[i] !== '"') {
                    if (text[i] === '}' && comma >= 0)
                        fail("trailing comma before '}' (JSON allows none)", comma);
                    if (text[i] !== undefined && /[A-Za-z_$]/.test(text[i]))
                        fail('keys need double quotes');
                    expected('a "quoted" key');
                }
                const keyStart = i;
                const key = string().value;
                ws();
                if (text[i] !== ':')
                    expected("':' after the key");
                i++;
                entries.push({ key, keyStart, value: value(depth + 1) });
                ws();
                if (text[i] === ',') {
                    comma = i++;
                    continue;
                }
                if (text[i] === '}')
                    return { kind: 'object', start, end: ++i, entries };
                if (text[i] === '"')
                    fail("expected ',' or '}': a comma is missing after the previous value");
                expected("',' or '}'");
            }
        }
        if (c === '[') {
            i++;
            const items = [];
            ws();
            if (text[i] === ']')
                return { kind: 'array', start, end: ++i, items };
            let comma = -1;
            for (;;) {
                ws();
                if (text[i] === ']' && comma >= 0)
                    fail("trailing comma before ']' (JSON allows none)", comma);
                items.push(value(depth + 1));
                ws();
                if (text[i] === ',') {
                    comma = i++;
                    continue;
                }
                if (text[i] === ']')
                    return { kind: 'array', start, end: ++i, items };
                if (text[i] === '"' || text[i] === '{' || text[i] === '[')
                    fail("expected ',' or ']': a comma is missing after the previous value");
                expected("',' or ']'");
            }
        }
        if (c === '"')
            return string();
        if (text.startsWith('true', i))
            return { kind: 'boolean', start, end: (i += 4), value: true };
        if (text.startsWith('false', i))
            return { kind: 'boolean', start, end: (i += 5), value: false };
        if (text.startsWith('null', i))
            return { kind: 'null', start, end: (i += 4) };
        NUMBER.lastIndex = i;
        const m = NUMBER.exec(text);
        if (m) {
            i += m[0].length;
            return { kind: 'number', start, end: i, text: m[0] };
        }
        return expected('a value');
    };
    ws();
    if (i >= text.length)
        fail(`the ${what} is empty`);
    const root = value(0);
    ws();
    if (i < text.length)
        fail(`unexpected ${shown(text[i])} after the end of the JSON value`);
    return root;
}
/** The plain JavaScript value of a node. */
function plain(node) {
    switch (node.kind) {
        case 'object':
            return Object.fromEntries(node.entries.map(e => [e.key, plain(e.value)]));
        case 'array':
            return node.items.map(plain);
        case 'number':
            return Number(node.text);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** Maps offsets to 1-based line and column (columns count UTF-16 code units, as editors and GitHub do). */
function lineIndex(text) {
    const starts = [0];
    for (let k = 0; k < text.length; k++)
        if (text.charCodeAt(k) === 10)
            starts.push(k + 1);
    return offset => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
}
// ---- the recipe ---------------------------------------------------------------------------------------------------
const STEP_KEYS = ['Action', 'ConditionExpressions'];
const ACTION_KEYS = ['Operation', 'Parameters'];
const CONDITION_KEYS = ['Condition', 'Value', 'TargetColumn'];
function kindName(node) {
    return node.kind === 'object' ? 'an object' : node.kind === 'array' ? 'a list' : `a ${node.kind}`;
}
/** A string value in the API's form. */
function apiString(node) {
    switch (node.kind) {
        case 'string':
            return node.value;
        case 'number':
            return node.text;
        case 'boolean':
            return node.value ? 'true' : 'false';
        case 'array':
        case 'object':
            return JSON.stringify(plain(node));
        default:
            return undefined;
    }
}
function get(node, key) {
    let found;
    for (const e of node.entries)
        if (e.key === key)
            found = e;
    return found;
}
function parseRecipe(text, file) {
    const problems = [];
    const where = lineIndex(text);
    const report = (offset, message, step, severity = 'error') => problems.push({ file, ...where(offset), message, ...(step !== undefined && { step }), severity });
    let root;
    try {
        root = scanJson(text);
    }
    catch (err) {
        if (!(err instanceof JsonSyntaxError))
            throw err;
        report(err.offset, `not valid JSON: ${err.message}`);
        return { problems };
    }
    /** Unknown and duplicate keys of an object, with `prefix` naming the object. */
    const checkKeys = (node, allowed, prefix, step) => {
        const seen = new Set();
        for (const e of node.entries) {
            if (seen.has(e.key))
                report(e.keyStart, `${prefix}duplicate key "${e.key}": only the last one counts`, step, 'warning');
            seen.add(e.key);
            if (allowed.includes(e.key))
                continue;
            const sameCase = allowed.find(a => a.toLowerCase() === e.key.toLowerCase());
            const hint = sameCase
                ? `keys are case-sensitive: write "${sameCase}"`
                : `expected ${allowed.map(a => `"${a}"`).join(' or ')}`;
            report(e.keyStart, `${prefix}unknown key "${e.key}" (${hint})`, step);
        }
    };
    let steps = root;
    if (root.kind === 'object') {
        const s = get(root, 'Steps');
        if (!s) {
            const hint = get(root, 'Action')
                ? 'this looks like a single step: put it in a list, [ { "Action": … } ]'
                : 'expected a list of steps, or describe-recipe output with "Steps"';
            report(root.start, `not a recipe: ${hint}`);
            return { problems };
        }
        steps = s.value;
    }
    if (steps.kind !== 'array') {
        report(steps.start, `not a recipe: the steps must be a JSON list, not ${kindName(steps)}`);
        return { problems };
    }
    if (steps.items.length === 0)
        report(steps.start, 'the recipe has no steps', undefined, 'warning');
    const out = [];
    steps.items.forEach((node, index) => {
        const number = index + 1;
        if (node.kind !== 'object') {
            report(node.start, `step ${number}: a step is an object { "Action": … }, not ${kindName(node)}`, number);
            return;
        }
        const wrapped = get(node, 'RecipeStep') ?? get(node, 'RecipeAction');
        if (wrapped && !get(node, 'Action')) {
            const fix = wrapped.key === 'RecipeStep'
                ? 'recipe files list the steps themselves: remove the "RecipeStep" wrapper'
                : '"RecipeAction" is the API name of an action; in a recipe step it is "Action"';
            report(wrapped.keyStart, `step ${number}: ${fix}`, number);
            return;
        }
        checkKeys(node, STEP_KEYS, `step ${number}: `, number);
        const action = get(node, 'Action');
        if (!action) {
            report(node.start, `step ${number}: no "Action" (a step is { "Action": { "Operation": … } })`, number);
            return;
        }
        if (action.value.kind !== 'object') {
            report(action.value.start, `step ${number}: "Action" must be an object with "Operation" and "Parameters", not ${kindName(action.value)}`, number);
            return;
        }
        const op = get(action.value, 'Operation');
        if (!op) {
            report(action.value.start, `step ${number}: "Action" has no "Operation"`, number);
            return;
        }
        if (op.value.kind !== 'string' || op.value.value === '') {
            report(op.value.start, `step ${number}: "Operation" must be a non-empty string (e.g. "LOWER_CASE")`, number);
            return;
        }
        const operation = op.value.value;
        const prefix = `step ${number} (${operation}): `;
        checkKeys(action.value, ACTION_KEYS, prefix, number);
        const parameters = {};
        const params = get(action.value, 'Parameters')?.value;
        if (params && params.kind !== 'object') {
            report(params.start, `${prefix}"Parameters" must be an object, not ${kindName(params)}`, number);
        }
        else if (params) {
            checkKeys(params, params.entries.map(e => e.key), prefix, number);
            for (const { key, keyStart, value } of params.entries) {
                const s = apiString(value);
                if (s === undefined) {
                    report(keyStart, `${prefix}parameter ${key} is null: give a string or leave the parameter out`, number);
                    continue;
                }
                parameters[key] = s;
                const spec = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .paramSpec */ .B2)(operation, key);
                const jsonValued = spec ? Boolean(spec.list || spec.json) : _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .JSON_PARAMETERS */ .UV.has(key);
                if (jsonValued && value.kind === 'string')
                    checkJsonInString(value, `${prefix}parameter ${key}`, number);
            }
        }
        const conditions = [];
        const conds = get(node, 'ConditionExpressions')?.value;
        if (conds && conds.kind !== 'array') {
            report(conds.start, `${prefix}"ConditionExpressions" must be a list, not ${kindName(conds)}`, number);
        }
        else if (conds) {
            for (const c of conds.items) {
                if (c.kind !== 'object') {
                    report(c.start, `${prefix}a condition is an object { "Condition", "Value", "TargetColumn" }`, number);
                    continue;
                }
                checkKeys(c, CONDITION_KEYS, prefix, number);
                const name = get(c, 'Condition')?.value;
                const target = get(c, 'TargetColumn')?.value;
                const value = get(c, 'Value')?.value;
                if (!name || name.kind !== 'string' || name.value === '') {
                    report(name?.start ?? c.start, `${prefix}a condition needs "Condition" (e.g. "IS_MISSING")`, number);
                    continue;
                }
                if (!target || target.kind !== 'string' || target.value === '') {
                    report(target?.start ?? c.start, `${prefix}condition ${name.value} needs "TargetColumn" (the column it tests)`, number);
                    continue;
                }
                const v = value && apiString(value);
                if (value && v === undefined)
                    report(value.start, `${prefix}condition ${name.value}: "Value" is null`, number);
                if (value?.kind === 'string' && /^\s*\[/.test(value.value))
                    checkJsonInString(value, `${prefix}condition ${name.value} Value`, number);
                conditions.push({
                    condition: name.value,
                    targetColumn: target.value,
                    ...(v !== undefined && { value: v })
                });
            }
        }
        out.push({ number, operation, parameters, conditions, location: where(node.start) });
    });
    return { recipe: { file, steps: out }, problems };
    /** JSON inside a string value: a syntax error is reported at its own character. */
    function checkJsonInString(node, what, step) {
        if (!/^\s*[[{]/.test(node.value))
            return; // not JSON at all: the validator says what it should be
        try {
            scanJson(node.value, 'string');
        }
        catch (err) {
            if (!(err instanceof JsonSyntaxError))
                throw err;
            const inside = node.map ? (node.map[err.offset] ?? node.end - 1) : node.start + 1 + err.offset;
            report(inside, `${what} holds invalid JSON: ${err.message}`, step);
        }
    }
}


/***/ }),

/***/ 6462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ sameSecret),
/* harmony export */   ON: () => (/* binding */ parsePolicy)
/* harmony export */ });
/* unused harmony exports PII_KINDS, secretName */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1649);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7796);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3933);
/**
 * The PII policy: which input columns hold PII (and of what kind), and the one hash contract they must all leave the
 * pipeline under. A small YAML file in the repository:
 *
 *   version: 1
 *   hash: { algorithm: HMAC_SHA256, encoding: base64, secretId: AwsGlueDataBrew-cleanrooms-hashing-key }
 *   columns:
 *     - { name: email, kind: email }
 *
 * This module reads and checks the file; policy-check.ts holds a recipe against it. Pure.
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
const TOP_KEYS = ['version', 'hash', 'columns'];
const HASH_KEYS = ['algorithm', 'encoding', 'secretId'];
const COLUMN_KEYS = ['name', 'kind'];
function parsePolicy(text, file) {
    const { doc, problems, where, add } = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlSource */ .t)(text, file);
    if (problems.length > 0)
        return { problems };
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        add(root, 'a PII policy is a mapping with version, hash and columns (see examples/pii-policy.yml)');
        return { problems };
    }
    /** Reports unknown keys of a mapping, with the closest known one. */
    const keys = (map, allowed, what) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
            return;
        for (const pair of map.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
            if (allowed.includes(key))
                continue;
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(key, allowed);
            add(pair.key, `${what}unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ` (known: ${allowed.join(', ')})`}`);
        }
    };
    keys(root, TOP_KEYS, '');
    const value = (map, key) => {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
            return undefined;
        const n = map.get(key, true);
        return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n.value : n;
    };
    const node = (map, key) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) ? map.get(key, true) : undefined;
    const version = value(root, 'version');
    if (version === undefined)
        add(root, 'add "version: 1" (the policy format version)');
    else if (version !== 1)
        add(node(root, 'version'), `version must be 1, not ${JSON.stringify(version)}`);
    const hash = { algorithm: _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_HASH_ALGORITHM */ .JO, encoding: 'base64' };
    const locations = {};
    const hashNode = node(root, 'hash');
    if (!hashNode)
        add(root, 'add a "hash" contract: { algorithm, encoding, secretId }');
    else if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(hashNode))
        add(hashNode, 'hash must be a mapping { algorithm, encoding, secretId }');
    else {
        locations.hash = where(hashNode);
        keys(hashNode, HASH_KEYS, 'hash: ');
        const algorithm = value(hashNode, 'algorithm');
        if (algorithm === undefined)
            add(hashNode, `hash: add "algorithm" (one of ${_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_ALGORITHMS */ .UH.join(', ')})`);
        else {
            const a = String(algorithm).toUpperCase();
            locations.algorithm = where(node(hashNode, 'algorithm'));
            if (!_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_ALGORITHMS */ .UH.includes(a))
                add(node(hashNode, 'algorithm'), `hash.algorithm '${String(algorithm)}' is not a CRYPTOGRAPHIC_HASH algorithm: use one of ${_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .HASH_ALGORITHMS */ .UH.join(', ')}`);
            hash.algorithm = a;
        }
        const encoding = value(hashNode, 'encoding');
        if (encoding !== undefined) {
            locations.encoding = where(node(hashNode, 'encoding'));
            const e = String(encoding).toLowerCase();
            if (e !== 'base64' && e !== 'hex')
                add(node(hashNode, 'encoding'), 'hash.encoding must be base64 or hex');
            else
                hash.encoding = e;
        }
        const secretId = value(hashNode, 'secretId');
        if (secretId !== undefined) {
            locations.secretId = where(node(hashNode, 'secretId'));
            if (typeof secretId !== 'string' || secretId === '')
                add(node(hashNode, 'secretId'), 'hash.secretId must be a secret name or ARN');
            else {
                hash.secretId = secretId;
                if (secretId === 'databrew!default')
                    add(node(hashNode, 'secretId'), "hash.secretId 'databrew!default' is DataBrew's shared default secret, not meant for production: name your own", 'warning');
                else if (!/^AwsGlueDataBrew-/.test(secretName(secretId)))
                    add(node(hashNode, 'secretId'), `hash.secretId '${secretId}': name the secret AwsGlueDataBrew-… (DataBrew roles built from AWS's policies may read only secrets named so)`, 'warning');
            }
        }
        if (algorithm !== undefined && hash.algorithm.startsWith('HMAC_') && hash.secretId === undefined)
            add(hashNode, `hash: ${hash.algorithm} is keyed: add secretId (the Secrets Manager secret with the key)`);
    }
    const columns = [];
    const colsNode = node(root, 'columns');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(colsNode) || colsNode.items.length === 0)
        add(colsNode ?? root, 'columns must be a non-empty list of { name, kind }');
    else {
        for (const item of colsNode.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
                add(item, `each column is a mapping { name, kind } (kinds: ${PII_KINDS.join(', ')})`);
                continue;
            }
            keys(item, COLUMN_KEYS, 'column: ');
            const name = value(item, 'name');
            const kind = value(item, 'kind');
            if (typeof name !== 'string' || name === '') {
                add(item, 'column needs a name (the input column)');
                continue;
            }
            if (kind === undefined) {
                add(item, `column ${name} needs a kind (one of ${PII_KINDS.join(', ')})`);
                continue;
            }
            if (!PII_KINDS.includes(String(kind))) {
                const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(String(kind), PII_KINDS);
                add(node(item, 'kind'), `column ${name}: kind '${String(kind)}' is not one of ${PII_KINDS.join(', ')}${hint ? ` (did you mean ${hint}?)` : ''}`);
                continue;
            }
            if (columns.some(c => c.name === name)) {
                add(item, `column ${name} is listed twice`);
                continue;
            }
            columns.push({ name, kind: kind, location: where(item) });
        }
    }
    const errors = problems.some(p => p.severity === 'error');
    return errors ? { problems } : { policy: { file, hash, columns, locations }, problems };
}
/** The secret's name from a Secrets Manager ARN (without the 6-character suffix AWS appends), or the id as given. */
function secretName(id) {
    const m = /^arn:aws[\w-]*:secretsmanager:[^:]*:[^:]*:secret:(.+)$/.exec(id);
    return m ? m[1].replace(/-[A-Za-z0-9]{6}$/, '') : id;
}
/** Whether two secret ids (names or ARNs) name the same secret. */
function sameSecret(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    return a === b || secretName(a) === secretName(b);
}


/***/ }),

/***/ 7796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
/** "Did you mean …?" for operation, parameter, condition, column and policy key names. Pure. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[b.length];
}
const tokens = (s) => s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
/**
 * The candidate closest to `name`: the same words in another order (PHONE_NUMBER_FORMAT → FORMAT_PHONE_NUMBER), else
 * the smallest edit distance within a third of the name's length (at least 2).
 */
function closest(name, candidates) {
    const words = tokens(name);
    const sameWords = candidates.find(c => tokens(c) === words);
    if (sameWords && words !== '')
        return sameWords;
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}


/***/ }),

/***/ 7898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OT: () => (/* binding */ checkColumns),
/* harmony export */   d6: () => (/* binding */ validateRecipe)
/* harmony export */ });
/* unused harmony exports MAX_STEPS, columnFlow */
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1649);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5499);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9189);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7796);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7080);
/**
 * Static checks of a parsed recipe against the catalog: operation names (with the fix for names DataBrew does not
 * have), parameters (unknown, missing, JSON lists, enumerations, booleans, numbers), condition names; and, when the
 * input columns are known, that every step refers to columns that exist at that point (following deletes, renames,
 * duplicates, merges, splits and new-column functions). `columnFlow` gives the output columns. Problems point at the
 * step (file:line:col). Pure: the catalog only, no engine.
 */





/** DataBrew's limit on steps in one recipe (recipes.html: "up to 100 data transformations"). */
const MAX_STEPS = 100;
const isTrue = (v) => v !== undefined && v.toLowerCase() === 'true';
/** A JSON value inside a string, or undefined when it is not JSON. */
function json(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return undefined;
    }
}
/** JSON that starts like JSON but does not parse: parse.ts reported it at the exact character. */
const brokenJson = (value) => /^\s*[[{]/.test(value) && json(value) === undefined;
function enumAccepts(p, v) {
    if (!p.enum)
        return true;
    return p.caseInsensitive ? p.enum.some(e => e.toLowerCase() === v.toLowerCase()) : p.enum.includes(v);
}
function checkValue(p, value, add) {
    const name = p.name;
    if (p.list) {
        if (brokenJson(value))
            return;
        const items = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .listParameter */ .MH)(value);
        if (!items) {
            const parsed = json(value);
            if (Array.isArray(parsed))
                add(`parameter ${name} must list strings only (every item in double quotes)`);
            else {
                // Show the fix: the value's comma-separated parts as the JSON list DataBrew expects, as it appears in a file.
                const parts = value.split(',').map(v => v.trim());
                const example = JSON.stringify(JSON.stringify(parts.some(Boolean) ? parts.filter(Boolean) : ['a']));
                add(`parameter ${name} must be a JSON list of strings in a string, e.g. ${example}`);
            }
            return;
        }
        if (items.length === 0 && p.column === 'input')
            add(`parameter ${name} lists no column`);
        if (p.enum) {
            for (const v of items.filter(v => !enumAccepts(p, v)))
                add(`parameter ${name}: "${v}" is not one of ${p.enum.join(', ')}`, p.enumStrict === false ? 'warning' : 'error');
        }
        return;
    }
    if (p.json) {
        if (brokenJson(value))
            return;
        const parsed = json(value);
        const ok = p.json === 'list' ? Array.isArray(parsed) : parsed !== null && typeof parsed === 'object';
        if (!ok)
            add(`parameter ${name} must be a JSON ${p.json === 'list' ? 'list' : 'object'} in a string`);
        return;
    }
    if (p.boolean && !/^(true|false)$/i.test(value)) {
        add(`parameter ${name} must be "true" or "false", not "${value}"`);
        return;
    }
    if (p.number) {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n) || (p.number === 'integer' && !Number.isInteger(n))) {
            add(`parameter ${name} must be ${p.number === 'integer' ? 'a whole number' : 'a number'}, not "${value}"`);
            return;
        }
    }
    if (p.required && value === '')
        add(`parameter ${name} is empty`);
    if (p.enum && !enumAccepts(p, value)) {
        const strict = p.enumStrict !== false;
        add(`parameter ${name}: "${value}" is not ${strict ? 'one of' : 'among the documented values'} ${p.enum.map(e => `"${e}"`).join(', ')}`, strict ? 'error' : 'warning');
    }
}
/** Checks specific to one operation, beyond what its parameter specs say. */
function checkOperation(step, add) {
    const p = step.parameters;
    switch (step.operation) {
        case 'CRYPTOGRAPHIC_HASH': {
            const algorithm = p.algorithm ?? _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_HASH_ALGORITHM */ .JO;
            const keyed = algorithm.startsWith('HMAC_');
            if (keyed && !p.secretId)
                add(`${algorithm}${p.algorithm ? '' : ' (the default algorithm)'} needs secretId: the Secrets Manager secret holding the HMAC key`);
            if (!keyed && p.secretId)
                add(`secretId is not used by ${algorithm} (only the HMAC_ algorithms take a key)`, 'warning');
            break;
        }
        case 'SPLIT_COLUMN_SINGLE_DELIMITER':
        case 'SPLIT_COLUMN_MULTIPLE_DELIMITER': {
            const limit = Number(p.limit ?? '1');
            if (Number.isInteger(limit) && (limit < 1 || limit > 20))
                add(`parameter limit must be 1 to 20, not ${p.limit}`);
            break;
        }
        case 'RENAME':
            if (p.sourceColumn !== undefined && p.sourceColumn === p.targetColumn)
                add(`renames ${p.sourceColumn} to itself`, 'warning');
            break;
    }
}
function checkStep(recipe, step, problems) {
    const add = (message, severity = 'error') => problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stepProblem */ .gI)(recipe, step, message, severity));
    const spec = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .operationSpec */ .po)(step.operation);
    if (!spec) {
        const upper = step.operation.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
        const unknown = (fix) => problems.push({
            file: recipe.file,
            ...step.location,
            step: step.number,
            message: `step ${step.number}: unknown operation ${step.operation}: ${fix}`,
            severity: 'error'
        });
        if (upper !== step.operation && _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8[upper])
            unknown(`operation names are upper case, use ${upper}`);
        else if (_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .MISNAMED */ .Xf[upper])
            unknown(`DataBrew has no ${upper}, use ${_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .MISNAMED */ .Xf[upper]}`);
        else {
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(step.operation, _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATION_NAMES */ .d0);
            unknown(hint ? `did you mean ${hint}?` : 'it is not in the DataBrew recipe step and function reference');
        }
        return;
    }
    if (spec.interactiveOnly)
        add('works only in an interactive project session, not in a recipe job: remove the step');
    const known = spec.params.map(p => p.name);
    // Operations whose page could not be read have an educated guess for parameters: what it says is a warning.
    const guessed = spec.verified === 'pattern' ? 'warning' : 'error';
    for (const [name, value] of Object.entries(step.parameters)) {
        const p = spec.params.find(q => q.name === name);
        if (!p) {
            const sameCase = known.find(k => k.toLowerCase() === name.toLowerCase());
            const hint = sameCase ?? (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(name, known);
            const tail = sameCase
                ? ` (parameter names are case-sensitive: ${sameCase})`
                : hint
                    ? ` (did you mean ${hint}?)`
                    : known.length
                        ? ` (${step.operation} takes ${known.join(', ')})`
                        : ` (${step.operation} takes no parameters)`;
            add(`unknown parameter ${name}${tail}`, guessed);
            continue;
        }
        checkValue(p, value, add);
    }
    for (const p of spec.params)
        if (p.required && step.parameters[p.name] === undefined)
            add(`missing required parameter ${p.name}`, guessed);
    for (const group of spec.oneOf ?? []) {
        const given = group.filter(n => step.parameters[n] !== undefined);
        if (given.length === 0)
            add(`needs ${group.join(' or ')}`, guessed);
        else if (given.length > 1)
            add(`give ${group.join(' or ')}, not both`);
    }
    for (const group of spec.atMostOne ?? []) {
        const given = group.filter(n => step.parameters[n] !== undefined);
        if (given.length > 1)
            add(`give at most one of ${group.join(', ')}`);
    }
    checkOperation(step, add);
    checkPatterns(step, add);
    for (const c of step.conditions) {
        const cs = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .conditionSpec */ .PJ)(c.condition);
        if (!cs) {
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(c.condition, _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CONDITION_NAMES */ .RS);
            add(`unknown condition ${c.condition}${hint ? ` (did you mean ${hint}?)` : ` (known: ${_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CONDITION_NAMES */ .RS.join(', ')})`}`);
            continue;
        }
        if (!c.targetColumn)
            add(`condition ${c.condition} needs TargetColumn`);
        if (!cs.documented)
            add(`condition ${c.condition} is not in DataBrew's documented condition list (recipes.html#recipes.structure); check that your DataBrew accepts it`, 'warning');
        if (cs.value === 'one' && (c.value === undefined || c.value === ''))
            add(`condition ${c.condition} needs a Value`);
    }
}
/** Parameters that DataBrew reads as a Java regular expression, by operation (a function of the step's parameters). */
const REGEX_PARAMETERS = {
    REPLACE_TEXT: () => ['pattern'],
    EXTRACT_PATTERN: () => ['pattern'],
    MASK_CUSTOM: step => (step.parameters.regex?.toLowerCase() === 'true' ? ['customValue'] : [])
};
const REGEX_CONDITIONS = new Set(['MATCHES', 'NOT_MATCHES']);
/** Patterns that would run differently here than in DataBrew, or could backtrack for ever (see pattern.ts). */
function checkPatterns(step, add) {
    for (const name of REGEX_PARAMETERS[step.operation]?.(step) ?? []) {
        const source = step.parameters[name];
        const problem = source === undefined ? undefined : (0,_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPattern */ .rg)(source);
        if (problem)
            add(`${name} \`${source}\` ${problem}`);
    }
    for (const c of step.conditions) {
        if (!REGEX_CONDITIONS.has(c.condition) || c.value === undefined)
            continue;
        const problem = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .checkPattern */ .rg)(c.value);
        if (problem)
            add(`condition ${c.condition} pattern \`${c.value}\` ${problem}`);
    }
}
function validateRecipe(recipe, options = {}) {
    const problems = [];
    if (recipe.steps.length > MAX_STEPS) {
        const step = recipe.steps[MAX_STEPS];
        problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stepProblem */ .gI)(recipe, step, `a DataBrew recipe holds at most ${MAX_STEPS} steps; this one has ${recipe.steps.length}`));
    }
    for (const step of recipe.steps)
        checkStep(recipe, step, problems);
    if (options.columns)
        problems.push(...checkColumns(recipe, options.columns).problems);
    return problems;
}
// ---- columns ------------------------------------------------------------------------------------------------------
/** Inserts `names` after column `after` (or at the end). */
function insertAfter(columns, after, names) {
    const i = after === undefined ? -1 : columns.lastIndexOf(after);
    return i < 0 ? [...columns, ...names] : [...columns.slice(0, i + 1), ...names, ...columns.slice(i + 1)];
}
/** What a step leaves: the new column list, or undefined when only DataBrew can know it (PIVOT, JOIN, …). */
function apply(spec, step, columns) {
    const p = step.parameters;
    const inputs = (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .stepColumns */ .G)(step, 'input');
    const outputs = (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .stepColumns */ .G)(step, 'output');
    switch (step.operation) {
        case 'DELETE':
            return columns.filter(c => !inputs.includes(c));
        case 'RENAME':
            return columns.map(c => (c === p.sourceColumn ? p.targetColumn : c));
        case 'MOVE_TO_START':
        case 'MOVE_TO_END':
        case 'MOVE_TO_INDEX':
        case 'MOVE_AFTER':
        case 'MOVE_BEFORE': {
            const rest = columns.filter(c => c !== p.sourceColumn);
            const src = p.sourceColumn;
            if (step.operation === 'MOVE_TO_START')
                return [src, ...rest];
            if (step.operation === 'MOVE_TO_END')
                return [...rest, src];
            if (step.operation === 'MOVE_TO_INDEX') {
                const i = Math.max(0, Math.min(rest.length, Number(p.targetIndex)));
                return [...rest.slice(0, i), src, ...rest.slice(i)];
            }
            const t = rest.indexOf(p.targetColumn);
            const at = step.operation === 'MOVE_AFTER' ? t + 1 : t;
            return [...rest.slice(0, at), src, ...rest.slice(at)];
        }
        case 'MERGE':
        case 'NEST_TO_ARRAY':
        case 'NEST_TO_MAP':
        case 'NEST_TO_STRUCT': {
            const merged = insertAfter(columns, inputs[inputs.length - 1], outputs);
            return isTrue(p.removeSourceColumns) ? merged.filter(c => !inputs.includes(c)) : merged;
        }
        case 'DUPLICATE':
        case 'UNNEST_ARRAY':
            return insertAfter(columns, p.sourceColumn, outputs);
        case 'UNPIVOT':
            return [...columns.filter(c => !inputs.includes(c)), ...outputs];
        case 'UNION': {
            const names = (0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .listParameter */ .MH)(p.targetColumnNames);
            return names && names.length > 0 ? names : undefined;
        }
        case 'GROUP_BY': {
            const options = json(p.groupByAggFunctionOptions ?? '');
            if (!Array.isArray(options))
                return undefined;
            const targets = options.map(o => o?.targetColumnName);
            if (!targets.every(t => typeof t === 'string'))
                return undefined;
            return [...inputs, ...targets];
        }
    }
    if (step.operation.startsWith('SPLIT_COLUMN_')) {
        const n = (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .splitCount */ .m)(step);
        const src = p.sourceColumn;
        if (n === undefined || src === undefined)
            return undefined;
        const parts = Array.from({ length: n }, (_, k) => `${src}_${k + 1}`);
        const i = columns.indexOf(src);
        return [...columns.slice(0, i), ...parts, ...columns.slice(i + 1)];
    }
    switch (spec.output) {
        case 'new-column':
            return insertAfter(columns, inputs[0], outputs);
        case 'in-place':
        case 'rows':
            return columns;
        default:
            return undefined; // PIVOT, TRANSPOSE, JOIN, ONE_HOT_ENCODING, UNNEST_MAP/STRUCT(_N), JSON_TO_STRUCTS
    }
}
/**
 * Follows the columns from `input` through the steps. Reports a step that reads a column that does not exist at that
 * point (naming the step that removed or renamed it) or creates one that already exists.
 */
function checkColumns(recipe, input) {
    const problems = [];
    let columns = [...input];
    /** Why a name is gone: "deleted by step 3", "renamed to 'x' by step 2". */
    const gone = new Map();
    for (const step of recipe.steps) {
        const spec = _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8[step.operation];
        if (!spec)
            return { problems, unknownAfter: step }; // reported by validateRecipe
        const add = (message) => problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stepProblem */ .gI)(recipe, step, message));
        const missing = (name, what) => {
            const why = gone.get(name);
            const hint = why
                ? ` (${why})`
                : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(name, columns)
                    ? ` (did you mean '${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(name, columns)}'?)`
                    : '';
            add(`${what} '${name}' does not exist at this step${hint}`);
        };
        for (const c of step.conditions)
            if (c.targetColumn && !columns.includes(c.targetColumn))
                missing(c.targetColumn, `condition ${c.condition} targets column`);
        const inputs = (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .stepColumns */ .G)(step, 'input');
        const absent = inputs.filter(c => !columns.includes(c));
        for (const c of absent)
            missing(c, 'column');
        const outputs = (0,_columns_js__WEBPACK_IMPORTED_MODULE_1__/* .stepColumns */ .G)(step, 'output');
        for (const c of outputs)
            if (columns.includes(c) && !(step.operation === 'RENAME' && c === step.parameters.sourceColumn))
                add(`column '${c}' already exists: choose another targetColumn`);
        if (absent.length > 0)
            continue; // the step would fail; keep following the others
        const next = apply(spec, step, columns);
        if (next === undefined) {
            problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .stepProblem */ .gI)(recipe, step, `the columns after this step depend on the data (only DataBrew computes them): columns are not checked past it`, 'warning'));
            return { problems, unknownAfter: step };
        }
        const label = `step ${step.number} (${step.operation})`;
        for (const c of columns) {
            if (next.includes(c))
                continue;
            if (step.operation === 'RENAME')
                gone.set(c, `renamed to '${step.parameters.targetColumn}' by ${label}`);
            else if (step.operation.startsWith('SPLIT_COLUMN_'))
                gone.set(c, `split into ${c}_1 … by ${label}`);
            else
                gone.set(c, `removed by ${label}`);
        }
        for (const c of next)
            gone.delete(c);
        columns = next;
    }
    return { output: columns, problems };
}
/** The output columns of a recipe run on `inputColumns`, or undefined when a step's output only DataBrew knows. */
function columnFlow(recipe, inputColumns) {
    return checkColumns(recipe, inputColumns).output;
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
