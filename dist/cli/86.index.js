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
/* harmony import */ var _recipe_hash_key_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2130);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5499);
/* harmony import */ var _recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1002);
/* harmony import */ var _recipe_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7898);
/* harmony import */ var _recipe_isolated_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5907);
/* harmony import */ var _recipe_run_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1922);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3155);
/* harmony import */ var _file_args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1018);
/** `cleanrooms-connect recipe run`: a DataBrew recipe over a local file, with the local engine. */












const HELP = `Usage: cleanrooms-connect recipe run --recipe R.json --in INPUT --out OUTPUT [--hash-key-file F]
                                [--join-dataset NAME=FILE]...

Applies a DataBrew recipe (the JSON DataBrew exports) to a local file with the local engine, streaming. The recipe
is validated first, as \`recipe validate\` does: any error stops the run before the input is read.
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
    const { recipe, problems } = (0,_recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecipe */ .C)(text, file);
    // Run = validate, then execute: whatever `recipe validate` calls an error stops the run before any data is read
    // (an unknown parameter the engine would ignore, a misspelt one, a bad value).
    const errors = [...problems, ...(recipe ? (0,_recipe_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateRecipe */ .d)(recipe) : [])]
        .filter(p => p.severity === 'error')
        .sort((a, b) => a.line - b.line || a.column - b.column);
    if (!recipe || errors.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(errors.length > 0
            ? `${(0,_recipe_model_js__WEBPACK_IMPORTED_MODULE_10__/* .formatProblem */ .Vw)(errors[0])}${errors.length > 1 ? ` (and ${errors.length - 1} more error(s): recipe validate ${file} lists them)` : ''}: nothing was run`
            : `recipe ${file} is empty`);
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
        return (0,_recipe_hash_key_js__WEBPACK_IMPORTED_MODULE_11__/* .decodeHashKey */ .EM)(text ?? '', encoding, source);
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
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .b)('recipe run', args, {
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
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_9__/* .refuseDirectoryInput */ .Ax)(input, 'recipe run: input');
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_9__/* .refuseDirectoryInput */ .Ax)(v.recipe, 'recipe run: --recipe');
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_9__/* .refuseDirectoryOutput */ .vF)(output, 'recipe run: output');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output) && !v.force)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: ${output} exists: remove it or pass --force`);
        const joinFiles = joinDatasetFlags(v['join-dataset'] ?? []);
        const recipe = await loadRecipe(v.recipe);
        const hashKey = await hashKeyFrom(v['hash-key-file'], io.env, v['hash-key-encoding'] ?? 'base64');
        try {
            // From the CLI, the engine runs in a worker with a capped heap (flat memory); in-process when driven by tests.
            const entry = io.env.CLEANROOMS_CLI_ENTRY;
            const result = entry
                ? await (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_6__/* .runRecipeInWorker */ .nB)(entry, { recipe, input, output, temp: (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_7__/* .partialOutputPath */ ._)(output), hashKey, joinFiles }, (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_6__/* .engineHeapMb */ .uT)(io.env))
                : await (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_7__.runRecipeFile)(recipe, input, output, { hashKey }, joinFiles);
            io.stdout(`rows in: ${result.rowsIn}\nrows out: ${result.rowsOut}\ncolumns: ${result.columns.join(', ')}\n`);
            return 0;
        }
        catch (err) {
            if (err instanceof _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .RecipeCompileError */ .M)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(err.problems.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_10__/* .formatProblem */ .Vw).join('\n'));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`recipe run: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
};


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
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2585);
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
