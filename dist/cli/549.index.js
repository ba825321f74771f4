export const id = 549;
export const ids = [549];
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

/***/ 5937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   recipeValidateCommand: () => (/* binding */ recipeValidateCommand)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _recipe_check_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(504);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5499);
/* harmony import */ var _recipe_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6462);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3155);
/* harmony import */ var _file_args_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1018);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('recipe validate: --columns needs column names, e.g. a,b,c');
    return columns;
}
const recipeValidateCommand = {
    name: 'recipe validate',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .b)('recipe validate', args, { policy: { type: 'string' }, columns: { type: 'string' } }, true);
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const files = parsed.positionals;
        if (files.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('recipe validate: name at least one recipe file (see --help)');
        const columns = typeof parsed.values.columns === 'string' ? columnList(parsed.values.columns) : undefined;
        const problems = [];
        let policy;
        const policyFile = parsed.values.policy;
        if (typeof policyFile === 'string') {
            // Files are named as the caller wrote them, so relative paths stay relative in every line.
            const loaded = (0,_recipe_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePolicy */ .ON)(await (0,_file_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextArg */ .su)(io, 'recipe validate', policyFile, 'policy'), policyFile);
            problems.push(...loaded.problems);
            policy = loaded.policy;
        }
        for (const file of files) {
            const text = await (0,_file_args_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextArg */ .su)(io, 'recipe validate', file, 'recipe');
            problems.push(...(0,_recipe_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRecipeText */ .kI)(text, file, { policy, columns }).problems);
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
