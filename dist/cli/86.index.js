export const id = 86;
export const ids = [86,922];
export const modules = {

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

/***/ 1018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ refuseDirectoryInput),
/* harmony export */   v: () => (/* binding */ refuseDirectoryOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file`);
}
function refuseDirectoryOutput(file, what) {
    if (isDirectory(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file path (the output is written as one file)`);
}


/***/ }),

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashKeyFrom: () => (/* binding */ hashKeyFrom),
/* harmony export */   joinDatasetFlags: () => (/* binding */ joinDatasetFlags),
/* harmony export */   loadRecipe: () => (/* binding */ loadRecipe),
/* harmony export */   recipeRunCommand: () => (/* binding */ recipeRunCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1098);
/* harmony import */ var _recipe_hash_key_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2130);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5499);
/* harmony import */ var _recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9877);
/* harmony import */ var _recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5907);
/* harmony import */ var _recipe_run_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1922);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3155);
/* harmony import */ var _file_args_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1018);
/** `cleanrooms-connect recipe run`: a DataBrew recipe over a local file, with the local engine. */











const HELP = `Usage: cleanrooms-connect recipe run --recipe R.json --in INPUT --out OUTPUT [--hash-key-file F]
                                [--join-dataset NAME=FILE]...

Applies a DataBrew recipe (the JSON DataBrew exports) to a local file with the local engine, streaming.
Formats by extension: .csv, .jsonl (.ndjson), .parquet (output Parquet is snappy-compressed). Prints row counts.
An operation the local engine cannot run stops the run and is named (it is never skipped).

Flags:
  --recipe FILE              recipe JSON (array of steps, or describe-recipe output)
  --in FILE                  input table
  --out FILE                 output table; written to a temp file and renamed when complete
  --hash-key-file FILE       HMAC key for CRYPTOGRAPHIC_HASH HMAC_* steps (or env CLEANROOMS_HASH_KEY); the
                             key is the file's text without its trailing newline, as the Secrets Manager
                             secret string would be
  --hash-key-encoding ENC    base64 (default: the text is decoded first, as DataBrew does with the secret's
                             value) or utf8 (the text's own bytes)
  --join-dataset NAME=FILE   the secondary dataset a JOIN step names as secondaryDatasetName (repeatable);
                             read whole into memory
  --force                    overwrite --out

Example:
  cleanrooms-connect recipe run --recipe examples/recipes/customers.json \\
      --in examples/data/customers.csv --out /tmp/customers.parquet --hash-key-file key.txt`;
async function loadRecipe(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe ${file} cannot be read: check the path`);
    }
    const { recipe, problems } = (0,_recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecipe */ .Cl)(text, file);
    const errors = problems.filter(p => p.severity === 'error');
    if (!recipe || errors.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(errors.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_9__/* .formatProblem */ .Vw).join('\n') || `recipe ${file} is empty`);
    return recipe;
}
async function hashKeyFrom(file, env, encoding) {
    let text = env.CLEANROOMS_HASH_KEY;
    let source = 'CLEANROOMS_HASH_KEY';
    if (file) {
        source = `--hash-key-file ${file}`;
        try {
            text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8')).replace(/\r?\n$/, '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-file ${file} cannot be read: check the path`);
        }
    }
    else if (text === undefined || text === '')
        return undefined;
    if (encoding !== 'base64' && encoding !== 'utf8')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-encoding must be utf8 or base64, not '${encoding}'`);
    try {
        return (0,_recipe_hash_key_js__WEBPACK_IMPORTED_MODULE_10__/* .decodeHashKey */ .EM)(text ?? '', encoding, source);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err));
    }
}
/** `--join-dataset NAME=FILE` flags → name → file; each file must exist and each name be given once. */
function joinDatasetFlags(flags) {
    const files = {};
    for (const flag of flags) {
        const eq = flag.indexOf('=');
        const name = eq > 0 ? flag.slice(0, eq) : '';
        const file = eq > 0 ? flag.slice(eq + 1) : '';
        if (!name || !file)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: --join-dataset '${flag}' must be NAME=FILE (NAME as the JOIN step's secondaryDatasetName)`);
        if (Object.prototype.hasOwnProperty.call(files, name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: --join-dataset ${name} is given twice`);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: join dataset ${name}: ${file} not found`);
        files[name] = file;
    }
    return files;
}
const recipeRunCommand = {
    name: 'recipe run',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .b)('recipe run', args, {
            recipe: { type: 'string' },
            in: { type: 'string' },
            out: { type: 'string' },
            'hash-key-file': { type: 'string' },
            'hash-key-encoding': { type: 'string' },
            'join-dataset': { type: 'string', multiple: true },
            force: { type: 'boolean' }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const v = parsed.values;
        for (const name of ['recipe', 'in', 'out']) {
            if (typeof v[name] !== 'string' || v[name] === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: --${name} is required (see --help)`);
        }
        const input = v.in;
        const output = v.out;
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(input))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: input ${input} not found`);
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_8__/* .refuseDirectoryInput */ .A)(input, 'recipe run: input');
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_8__/* .refuseDirectoryInput */ .A)(v.recipe, 'recipe run: --recipe');
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_8__/* .refuseDirectoryOutput */ .v)(output, 'recipe run: output');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output) && !v.force)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: ${output} exists: remove it or pass --force`);
        const joinFiles = joinDatasetFlags(v['join-dataset'] ?? []);
        const recipe = await loadRecipe(v.recipe);
        const hashKey = await hashKeyFrom(v['hash-key-file'], io.env, v['hash-key-encoding'] ?? 'base64');
        try {
            // From the CLI, the engine runs in a worker with a capped heap (flat memory); in-process when driven by tests.
            const entry = io.env.CLEANROOMS_CLI_ENTRY;
            const result = entry
                ? await (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__/* .runRecipeInWorker */ .nB)(entry, { recipe, input, output, temp: (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_6__/* .partialOutputPath */ ._)(output), hashKey, joinFiles }, (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__/* .engineHeapMb */ .uT)(io.env))
                : await (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_6__.runRecipeFile)(recipe, input, output, { hashKey }, joinFiles);
            io.stdout(`rows in: ${result.rowsIn}\nrows out: ${result.rowsOut}\ncolumns: ${result.columns.join(', ')}\n`);
            return 0;
        }
        catch (err) {
            if (err instanceof _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .RecipeCompileError */ .M)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(err.problems.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_9__/* .formatProblem */ .Vw).join('\n'));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`recipe run: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
};


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

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ partialOutputPath),
/* harmony export */   runRecipeFile: () => (/* binding */ runRecipeFile)
/* harmony export */ });
/* unused harmony export requireFormat */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9500);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1098);
/* harmony import */ var _temp_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3551);
/**
 * Runs a recipe file over an input file into an output file, formats by extension. The output appears only when
 * complete (temp file + rename). Shared by `recipe run` and the action's validate command. The temp file is tracked
 * (src/temp-files.ts) so a signal removes it; a caller that runs this in a worker names the temp file itself
 * (`tempPath`) and removes it if the worker dies.
 */





function requireFormat(file, what) {
    const format = (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file);
    if (!format)
        throw new Error(`${what} ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    return format;
}
/** JOIN's secondary tables (`--join-dataset NAME=FILE`), read whole into memory. */
async function loadJoinDatasets(files) {
    const datasets = {};
    for (const [name, file] of Object.entries(files)) {
        const reader = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(file, requireFormat(file, `join dataset ${name}:`));
        try {
            const rows = [];
            for await (const batch of reader.batches())
                rows.push(...batch);
            datasets[name] = { columns: reader.columns, rows };
        }
        finally {
            await reader.close();
        }
    }
    return datasets;
}
/** The temp sibling a run writes before renaming it to `outputPath`. */
function partialOutputPath(outputPath) {
    return `${outputPath}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
async function runRecipeFile(recipe, inputPath, outputPath, options = {}, joinFiles = {}, tempPath = partialOutputPath(outputPath)) {
    const inFormat = requireFormat(inputPath, 'input');
    const outFormat = requireFormat(outputPath, 'output');
    if (Object.keys(joinFiles).length > 0)
        options = { ...options, joinDatasets: await loadJoinDatasets(joinFiles) };
    const reader = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat);
    let compiled;
    try {
        compiled = (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRecipe */ .aM)(recipe, reader.columns, options);
    }
    catch (err) {
        await reader.close();
        throw err;
    }
    const temp = tempPath;
    const release = (0,_temp_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trackTempFile */ .UP)(temp);
    try {
        const writer = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openWriter */ .Kn)(temp, outFormat, compiled.output);
        const result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runCompiled */ .JY)(compiled, reader, writer, () => (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, outputPath);
        return { ...result, columns: compiled.output.map(c => c.name) };
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw err;
    }
    finally {
        release();
    }
}


/***/ })

};
