export const id = 973;
export const ids = [973];
export const modules = {

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

/***/ 1002:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ parseRecipe)
});

// EXTERNAL MODULE: ./src/recipe/catalog.ts
var catalog = __webpack_require__(1649);
;// CONCATENATED MODULE: ./src/recipe/json-scan.ts
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
    return new Scanner(text, what).document();
}
class Scanner {
    text;
    what;
    i;
    constructor(text, what) {
        this.text = text;
        this.what = what;
        this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    document() {
        this.ws();
        if (this.i >= this.text.length)
            this.fail(`the ${this.what} is empty`);
        const root = this.value(0);
        this.ws();
        if (this.i < this.text.length)
            this.fail(`unexpected ${shown(this.text[this.i])} after the end of the JSON value`);
        return root;
    }
    fail(message, at = this.i) {
        throw new JsonSyntaxError(message, at);
    }
    ws() {
        const text = this.text;
        for (;;) {
            const c = text[this.i];
            if (c === ' ' || c === '\n' || c === '\r' || c === '\t')
                this.i++;
            else if (c === '/' && (text[this.i + 1] === '/' || text[this.i + 1] === '*'))
                this.fail('comments are not allowed in JSON');
            else
                return;
        }
    }
    expected(expectation) {
        const c = this.text[this.i];
        if (c === undefined)
            return this.fail(`unexpected end of the ${this.what}: expected ${expectation}`);
        if (c === "'")
            return this.fail(`expected ${expectation}, found ${shown(c)}: JSON strings take double quotes`);
        return this.fail(`expected ${expectation}, found ${shown(c)}`);
    }
    string() {
        const text = this.text;
        const start = this.i++;
        let out = '';
        let map;
        for (;;) {
            const c = text[this.i];
            if (c === undefined || c === '\n')
                return this.fail('unterminated string (a closing " is missing)', start);
            if (c === '"') {
                this.i++;
                return map
                    ? { kind: 'string', start, end: this.i, value: out, map }
                    : { kind: 'string', start, end: this.i, value: out };
            }
            if (c === '\\') {
                if (!map)
                    map = Array.from({ length: out.length }, (_, k) => start + 1 + k);
                const e = text[this.i + 1];
                if (e === 'u') {
                    const hex = text.slice(this.i + 2, this.i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('bad \\u escape: four hex digits must follow');
                    map.push(this.i);
                    out += String.fromCharCode(parseInt(hex, 16));
                    this.i += 6;
                }
                else if (e !== undefined && ESCAPES[e] !== undefined) {
                    map.push(this.i);
                    out += ESCAPES[e];
                    this.i += 2;
                }
                else
                    this.fail(`bad escape \\${e ?? ''} in a string`);
                continue;
            }
            if (c < ' ')
                this.fail('control character in a string (write it as an escape, e.g. \\t)');
            map?.push(this.i);
            out += c;
            this.i++;
        }
    }
    object(depth) {
        const text = this.text;
        const start = this.i++;
        const entries = [];
        this.ws();
        if (text[this.i] === '}')
            return { kind: 'object', start, end: ++this.i, entries };
        let comma = -1;
        for (;;) {
            this.ws();
            if (text[this.i] !== '"') {
                if (text[this.i] === '}' && comma >= 0)
                    this.fail("trailing comma before '}' (JSON allows none)", comma);
                if (text[this.i] !== undefined && /[A-Za-z_$]/.test(text[this.i]))
                    this.fail('keys need double quotes');
                this.expected('a "quoted" key');
            }
            const keyStart = this.i;
            const key = this.string().value;
            this.ws();
            if (text[this.i] !== ':')
                this.expected("':' after the key");
            this.i++;
            entries.push({ key, keyStart, value: this.value(depth + 1) });
            this.ws();
            if (text[this.i] === ',') {
                comma = this.i++;
                continue;
            }
            if (text[this.i] === '}')
                return { kind: 'object', start, end: ++this.i, entries };
            if (text[this.i] === '"')
                this.fail("expected ',' or '}': a comma is missing after the previous value");
            this.expected("',' or '}'");
        }
    }
    array(depth) {
        const text = this.text;
        const start = this.i++;
        const items = [];
        this.ws();
        if (text[this.i] === ']')
            return { kind: 'array', start, end: ++this.i, items };
        let comma = -1;
        for (;;) {
            this.ws();
            if (text[this.i] === ']' && comma >= 0)
                this.fail("trailing comma before ']' (JSON allows none)", comma);
            items.push(this.value(depth + 1));
            this.ws();
            if (text[this.i] === ',') {
                comma = this.i++;
                continue;
            }
            if (text[this.i] === ']')
                return { kind: 'array', start, end: ++this.i, items };
            if (text[this.i] === '"' || text[this.i] === '{' || text[this.i] === '[')
                this.fail("expected ',' or ']': a comma is missing after the previous value");
            this.expected("',' or ']'");
        }
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`nested deeper than ${MAX_DEPTH} levels`);
        this.ws();
        const text = this.text;
        const start = this.i;
        const c = text[start];
        if (c === '{')
            return this.object(depth);
        if (c === '[')
            return this.array(depth);
        if (c === '"')
            return this.string();
        if (text.startsWith('true', start))
            return { kind: 'boolean', start, end: (this.i += 4), value: true };
        if (text.startsWith('false', start))
            return { kind: 'boolean', start, end: (this.i += 5), value: false };
        if (text.startsWith('null', start))
            return { kind: 'null', start, end: (this.i += 4) };
        NUMBER.lastIndex = start;
        const m = NUMBER.exec(text);
        if (m) {
            this.i += m[0].length;
            return { kind: 'number', start, end: this.i, text: m[0] };
        }
        return this.expected('a value');
    }
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

;// CONCATENATED MODULE: ./src/recipe/parse.ts
/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps
 * `{ "Action": { "Operation", "Parameters" }, "ConditionExpressions": [ … ] }`, or the describe-recipe output
 * `{ "Name": …, "Steps": [ … ] }` (any object with "Steps"). Parameter values stay in the API's string form; native
 * arrays, objects, booleans and numbers (as the PII pages show them) are normalized to it: arrays and objects to
 * compact JSON, booleans to "true"/"false", numbers to their literal text.
 *
 * Every problem carries file:line:column: of the JSON syntax error, of the step, of the offending key or value, and
 * for bad JSON inside a string parameter, of the exact character inside that string. A small position-keeping JSON
 * scanner (json-scan.ts) does this. Pure.
 */


const LIST_CONDITIONS = new Set(['IS', 'IS_NOT', 'IS_BETWEEN']);
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
    return new RecipeReader(text, file).read();
}
/** One pass over a recipe file: each part of a step has its own reader, all reporting into one list. */
class RecipeReader {
    text;
    file;
    problems = [];
    report;
    where;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        const where = lineIndex(text);
        this.where = where;
        this.report = (offset, message, step, severity = 'error') => this.problems.push({ file, ...where(offset), message, ...(step !== undefined && { step }), severity });
    }
    read() {
        let root;
        try {
            root = scanJson(this.text);
        }
        catch (err) {
            if (!(err instanceof JsonSyntaxError))
                throw err;
            this.report(err.offset, `not valid JSON: ${err.message}`);
            return { problems: this.problems };
        }
        const steps = this.stepList(root);
        if (!steps)
            return { problems: this.problems };
        const out = [];
        steps.items.forEach((node, index) => {
            const step = this.step(node, index + 1);
            if (step)
                out.push(step);
        });
        return { recipe: { file: this.file, steps: out }, problems: this.problems };
    }
    /** The list of steps: the file itself, or describe-recipe output's "Steps". */
    stepList(root) {
        let steps = root;
        if (root.kind === 'object') {
            const s = get(root, 'Steps');
            if (!s) {
                const hint = get(root, 'Action')
                    ? 'this looks like a single step: put it in a list, [ { "Action": … } ]'
                    : 'expected a list of steps, or describe-recipe output with "Steps"';
                this.report(root.start, `not a recipe: ${hint}`);
                return undefined;
            }
            steps = s.value;
        }
        if (steps.kind !== 'array') {
            this.report(steps.start, `not a recipe: the steps must be a JSON list, not ${kindName(steps)}`);
            return undefined;
        }
        if (steps.items.length === 0)
            this.report(steps.start, 'the recipe has no steps', undefined, 'warning');
        return steps;
    }
    step(node, number) {
        if (node.kind !== 'object') {
            this.report(node.start, `step ${number}: a step is an object { "Action": … }, not ${kindName(node)}`, number);
            return undefined;
        }
        const wrapped = get(node, 'RecipeStep') ?? get(node, 'RecipeAction');
        if (wrapped && !get(node, 'Action')) {
            const fix = wrapped.key === 'RecipeStep'
                ? 'recipe files list the steps themselves: remove the "RecipeStep" wrapper'
                : '"RecipeAction" is the API name of an action; in a recipe step it is "Action"';
            this.report(wrapped.keyStart, `step ${number}: ${fix}`, number);
            return undefined;
        }
        this.checkKeys(node, STEP_KEYS, `step ${number}: `, number);
        const action = this.action(node, number);
        if (!action)
            return undefined;
        const { operation, node: actionNode } = action;
        const prefix = `step ${number} (${operation}): `;
        this.checkKeys(actionNode, ACTION_KEYS, prefix, number);
        const parameters = this.parameters(actionNode, operation, prefix, number);
        const conditions = this.conditions(node, prefix, number);
        return { number, operation, parameters, conditions, location: this.where(node.start) };
    }
    /** The step's "Action" object and its operation name. */
    action(node, number) {
        const action = get(node, 'Action');
        if (!action) {
            this.report(node.start, `step ${number}: no "Action" (a step is { "Action": { "Operation": … } })`, number);
            return undefined;
        }
        if (action.value.kind !== 'object') {
            this.report(action.value.start, `step ${number}: "Action" must be an object with "Operation" and "Parameters", not ${kindName(action.value)}`, number);
            return undefined;
        }
        const op = get(action.value, 'Operation');
        if (!op) {
            this.report(action.value.start, `step ${number}: "Action" has no "Operation"`, number);
            return undefined;
        }
        if (op.value.kind !== 'string' || op.value.value === '') {
            this.report(op.value.start, `step ${number}: "Operation" must be a non-empty string (e.g. "LOWER_CASE")`, number);
            return undefined;
        }
        return { operation: op.value.value, node: action.value };
    }
    parameters(action, operation, prefix, number) {
        const parameters = {};
        const params = get(action, 'Parameters')?.value;
        if (!params)
            return parameters;
        if (params.kind !== 'object') {
            this.report(params.start, `${prefix}"Parameters" must be an object, not ${kindName(params)}`, number);
            return parameters;
        }
        this.checkKeys(params, params.entries.map(e => e.key), prefix, number);
        for (const { key, keyStart, value } of params.entries) {
            const s = apiString(value);
            if (s === undefined) {
                this.report(keyStart, `${prefix}parameter ${key} is null: give a string or leave the parameter out`, number);
                continue;
            }
            parameters[key] = s;
            const spec = (0,catalog/* paramSpec */.B2)(operation, key);
            const jsonValued = spec ? Boolean(spec.list || spec.json) : catalog/* JSON_PARAMETERS */.UV.has(key);
            if (jsonValued && value.kind === 'string')
                this.checkJsonInString(value, `${prefix}parameter ${key}`, number);
        }
        return parameters;
    }
    conditions(node, prefix, number) {
        const conditions = [];
        const conds = get(node, 'ConditionExpressions')?.value;
        if (!conds)
            return conditions;
        if (conds.kind !== 'array') {
            this.report(conds.start, `${prefix}"ConditionExpressions" must be a list, not ${kindName(conds)}`, number);
            return conditions;
        }
        for (const c of conds.items) {
            const condition = this.condition(c, prefix, number);
            if (condition)
                conditions.push(condition);
        }
        return conditions;
    }
    condition(c, prefix, number) {
        if (c.kind !== 'object') {
            this.report(c.start, `${prefix}a condition is an object { "Condition", "Value", "TargetColumn" }`, number);
            return undefined;
        }
        this.checkKeys(c, CONDITION_KEYS, prefix, number);
        const name = get(c, 'Condition')?.value;
        const target = get(c, 'TargetColumn')?.value;
        const value = get(c, 'Value')?.value;
        if (!name || name.kind !== 'string' || name.value === '') {
            this.report(name?.start ?? c.start, `${prefix}a condition needs "Condition" (e.g. "IS_MISSING")`, number);
            return undefined;
        }
        if (!target || target.kind !== 'string' || target.value === '') {
            this.report(target?.start ?? c.start, `${prefix}condition ${name.value} needs "TargetColumn" (the column it tests)`, number);
            return undefined;
        }
        const v = value && apiString(value);
        if (value && v === undefined)
            this.report(value.start, `${prefix}condition ${name.value}: "Value" is null`, number);
        // Only IS, IS_NOT and IS_BETWEEN take a JSON list; STARTS_WITH "[TEST]" is plain text (a real export).
        if (value?.kind === 'string' && LIST_CONDITIONS.has(name.value) && /^\s*\[/.test(value.value))
            this.checkJsonInString(value, `${prefix}condition ${name.value} Value`, number);
        return { condition: name.value, targetColumn: target.value, ...(v !== undefined && { value: v }) };
    }
    /** Unknown and duplicate keys of an object, with `prefix` naming the object. */
    checkKeys(node, allowed, prefix, step) {
        const seen = new Set();
        for (const e of node.entries) {
            if (seen.has(e.key))
                this.report(e.keyStart, `${prefix}duplicate key "${e.key}": only the last one counts`, step, 'warning');
            seen.add(e.key);
            if (allowed.includes(e.key))
                continue;
            const sameCase = allowed.find(a => a.toLowerCase() === e.key.toLowerCase());
            const hint = sameCase
                ? `keys are case-sensitive: write "${sameCase}"`
                : `expected ${allowed.map(a => `"${a}"`).join(' or ')}`;
            this.report(e.keyStart, `${prefix}unknown key "${e.key}" (${hint})`, step);
        }
    }
    /** JSON inside a string value: a syntax error is reported at its own character. */
    checkJsonInString(node, what, step) {
        if (!/^\s*[[{]/.test(node.value))
            return; // not JSON at all: the validator says what it should be
        try {
            scanJson(node.value, 'string');
        }
        catch (err) {
            if (!(err instanceof JsonSyntaxError))
                throw err;
            const inside = node.map ? (node.map[err.offset] ?? node.end - 1) : node.start + 1 + err.offset;
            this.report(inside, `${what} holds invalid JSON: ${err.message}`, step);
        }
    }
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
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5499);
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9189);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7796);
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8508);
/* harmony import */ var _ops_case_operation_parser_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(557);
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
        const items = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .listParameter */ .MH)(value);
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
        case 'CASE_OPERATION': {
            const problem = p.valueExpression === undefined
                ? undefined
                : (0,_ops_case_operation_parser_js__WEBPACK_IMPORTED_MODULE_3__/* .caseExpressionProblem */ .Mo)(p.valueExpression, p.withExpressions);
            if (problem)
                add(problem);
            break;
        }
        case 'RENAME':
            if (p.sourceColumn !== undefined && p.sourceColumn === p.targetColumn)
                add(`renames ${p.sourceColumn} to itself`, 'warning');
            break;
    }
}
function checkStep(recipe, step, problems) {
    const add = (message, severity = 'error') => problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .stepProblem */ .gI)(recipe, step, message, severity));
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
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(step.operation, _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .OPERATION_NAMES */ .d0);
            unknown(hint ? `did you mean ${hint}?` : 'it is not in the DataBrew recipe step and function reference');
        }
        return;
    }
    if (spec.interactiveOnly)
        add('works only in an interactive project session, not in a recipe job: remove the step');
    const known = spec.params.map(p => p.name);
    // One rule for every operation, however its catalog entry was sourced (issue 10): an unknown parameter is a warning
    // (the console writes parameters the pages do not list, and DataBrew runs them), unless it is provably a mistake for
    // a known one — the same name in another case, or a close misspelling — which is an error with the fix.
    for (const [name, value] of Object.entries(step.parameters)) {
        const p = spec.params.find(q => q.name === name);
        if (!p) {
            const sameCase = known.find(k => k.toLowerCase() === name.toLowerCase());
            const hint = sameCase ? undefined : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(name, known);
            if (sameCase)
                add(`unknown parameter ${name} (parameter names are case-sensitive: ${sameCase})`);
            else if (hint)
                add(`unknown parameter ${name} (did you mean ${hint}?)`);
            else {
                const takes = known.length
                    ? `${step.operation} takes ${known.join(', ')}`
                    : `${step.operation} takes none`;
                add(`unknown parameter ${name}: DataBrew may ignore or reject it (${takes})`, 'warning');
            }
            continue;
        }
        checkValue(p, value, add);
    }
    for (const p of spec.params)
        if (p.required && step.parameters[p.name] === undefined)
            add(`missing required parameter ${p.name}`);
    for (const group of spec.oneOf ?? []) {
        const given = group.filter(n => step.parameters[n] !== undefined);
        if (given.length === 0)
            add(`needs ${group.join(' or ')}`);
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
            const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(c.condition, _catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CONDITION_NAMES */ .RS);
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
        problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .stepProblem */ .gI)(recipe, step, `a DataBrew recipe holds at most ${MAX_STEPS} steps; this one has ${recipe.steps.length}`));
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
            const names = (0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .listParameter */ .MH)(p.targetColumnNames);
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
        const add = (message) => problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .stepProblem */ .gI)(recipe, step, message));
        const missing = (name, what) => {
            const why = gone.get(name);
            const hint = why
                ? ` (${why})`
                : (0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(name, columns)
                    ? ` (did you mean '${(0,_suggest_js__WEBPACK_IMPORTED_MODULE_5__/* .closest */ .k)(name, columns)}'?)`
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
            problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .stepProblem */ .gI)(recipe, step, `the columns after this step depend on the data (only DataBrew computes them): columns are not checked past it`, 'warning'));
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


/***/ })

};
