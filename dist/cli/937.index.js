export const id = 937;
export const ids = [937];
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

/***/ 5937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recipeValidateCommand: () => (/* binding */ recipeValidateCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _recipe_check_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8625);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5499);
/* harmony import */ var _recipe_policy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6462);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3155);
/** `cleanrooms-connect recipe validate`: recipes against the DataBrew catalog and the PII policy, offline. */






const HELP = `Usage: cleanrooms-connect recipe validate RECIPE.json… [--policy FILE] [--columns a,b,c]

Checks DataBrew recipe files as AWS exports them (a JSON list of steps, or describe-recipe output), without AWS:
operation names, parameters (unknown, missing, JSON lists, allowed values) and conditions against the DataBrew
recipe reference. With --policy, that every PII column leaves the recipe hashed (or deleted), normalized before
it is hashed, and under the policy's one hash contract. With --columns (the input's header), that every step's
columns exist at that step.

Prints one line per problem, file:line:col: message (warnings say so), and a count on stderr.
Exit status: 0 when there is no error (warnings allowed), 1 when there are errors, 2 on usage errors.

Flags:
  --policy FILE     PII policy YAML (see examples/pii-policy.yml; default: no policy check)
  --columns LIST    input column names, comma-separated (default: no column check)

Example:
  cleanrooms-connect recipe validate recipes/*.json --policy pii-policy.yml --columns customer_id,email,phone`;
function columnList(raw) {
    const columns = raw
        .split(',')
        .map(c => c.trim())
        .filter(c => c !== '');
    if (columns.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('recipe validate: --columns needs column names, e.g. a,b,c');
    return columns;
}
/** A file's text; a file that cannot be read is a usage error naming it as the caller wrote it. */
async function read(io, file, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .pathFor */ .p)(io, file), 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`recipe validate: cannot read ${what} ${file} (${code}; looked in ${io.cwd})`);
    }
}
const recipeValidateCommand = {
    name: 'recipe validate',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .parseFlags */ .b)('recipe validate', args, { policy: { type: 'string' }, columns: { type: 'string' } }, true);
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const files = parsed.positionals;
        if (files.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('recipe validate: name at least one recipe file (see --help)');
        const columns = typeof parsed.values.columns === 'string' ? columnList(parsed.values.columns) : undefined;
        const problems = [];
        let policy;
        const policyFile = parsed.values.policy;
        if (typeof policyFile === 'string') {
            // Files are named as the caller wrote them, so relative paths stay relative in every line.
            const loaded = (0,_recipe_policy_js__WEBPACK_IMPORTED_MODULE_3__/* .parsePolicy */ .ON)(await read(io, policyFile, 'policy'), policyFile);
            problems.push(...loaded.problems);
            policy = loaded.policy;
        }
        for (const file of files) {
            const text = await read(io, file, 'recipe');
            problems.push(...(0,_recipe_check_file_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRecipeText */ .kI)(text, file, { policy, columns }).problems);
        }
        for (const p of problems)
            io.stdout((0,_recipe_model_js__WEBPACK_IMPORTED_MODULE_5__/* .formatProblem */ .Vw)(p) + '\n');
        const errors = problems.filter(p => p.severity === 'error').length;
        const warnings = problems.length - errors;
        io.stderr(`${files.length} recipe(s)${policy ? ` against ${policyFile}` : ''}: ${errors} error(s), ${warnings} warning(s)\n`);
        return errors > 0 ? 1 : 0;
    }
};


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


/***/ })

};
