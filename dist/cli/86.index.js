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

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashKeyFrom: () => (/* binding */ hashKeyFrom),
/* harmony export */   loadRecipe: () => (/* binding */ loadRecipe),
/* harmony export */   recipeRunCommand: () => (/* binding */ recipeRunCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3264);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5499);
/* harmony import */ var _recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3925);
/* harmony import */ var _recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5907);
/* harmony import */ var _recipe_run_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1922);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3155);
/** `cleanrooms-connect recipe run`: a DataBrew recipe over a local file, with the local engine. */









const HELP = `Usage: cleanrooms-connect recipe run --recipe R.json --in INPUT --out OUTPUT [--hash-key-file F]

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
  --hash-key-encoding ENC    utf8 (default: the key's text bytes) or base64 (decode the text first)
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
    const { recipe, problems } = (0,_recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecipe */ .C)(text, file);
    const errors = problems.filter(p => p.severity === 'error');
    if (!recipe || errors.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(errors.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_8__/* .formatProblem */ .Vw).join('\n') || `recipe ${file} is empty`);
    return recipe;
}
async function hashKeyFrom(file, env, encoding) {
    let text = env.CLEANROOMS_HASH_KEY;
    if (file) {
        try {
            text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8')).replace(/\r?\n$/, '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-file ${file} cannot be read`);
        }
    }
    if (text === undefined || text === '')
        return undefined;
    if (encoding === 'base64')
        return Buffer.from(text, 'base64');
    if (encoding !== 'utf8')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-encoding must be utf8 or base64, not '${encoding}'`);
    return Buffer.from(text, 'utf8');
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
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output) && !v.force)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: ${output} exists: remove it or pass --force`);
        const recipe = await loadRecipe(v.recipe);
        const hashKey = await hashKeyFrom(v['hash-key-file'], io.env, v['hash-key-encoding'] ?? 'utf8');
        try {
            // From the CLI, the engine runs in a worker with a capped heap (flat memory); in-process when driven by tests.
            const entry = io.env.CLEANROOMS_CLI_ENTRY;
            const result = entry
                ? await (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__/* .runRecipeInWorker */ .nB)(entry, { recipe, input, output, hashKey }, (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__/* .engineHeapMb */ .uT)(io.env))
                : await (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_6__.runRecipeFile)(recipe, input, output, { hashKey });
            io.stdout(`rows in: ${result.rowsIn}\nrows out: ${result.rowsOut}\ncolumns: ${result.columns.join(', ')}\n`);
            return 0;
        }
        catch (err) {
            if (err instanceof _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .RecipeCompileError */ .M)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(err.problems.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_8__/* .formatProblem */ .Vw).join('\n'));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`recipe run: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
};


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

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRecipeFile: () => (/* binding */ runRecipeFile)
/* harmony export */ });
/* unused harmony export requireFormat */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7569);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3264);
/**
 * Runs a recipe file over an input file into an output file, formats by extension. The output appears only when
 * complete (temp file + rename). Shared by `recipe run` and the action's validate command.
 */




function requireFormat(file, what) {
    const format = (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file);
    if (!format)
        throw new Error(`${what} ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    return format;
}
async function runRecipeFile(recipe, inputPath, outputPath, options = {}) {
    const inFormat = requireFormat(inputPath, 'input');
    const outFormat = requireFormat(outputPath, 'output');
    const reader = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat);
    let compiled;
    try {
        compiled = (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRecipe */ .aM)(recipe, reader.columns, options);
    }
    catch (err) {
        await reader.close();
        throw err;
    }
    const temp = `${outputPath}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const writer = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openWriter */ .Kn)(temp, outFormat, compiled.output);
    try {
        const result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runCompiled */ .JY)(compiled, reader, writer, () => (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, outputPath);
        return { ...result, columns: compiled.output.map(c => c.name) };
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw err;
    }
}


/***/ })

};
