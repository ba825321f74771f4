export const id = 129;
export const ids = [129];
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

/***/ 6129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   operationGroups: () => (/* binding */ operationGroups),
/* harmony export */   recipeOperationsCommand: () => (/* binding */ recipeOperationsCommand),
/* harmony export */   renderOperations: () => (/* binding */ renderOperations)
/* harmony export */ });
/* harmony import */ var _recipe_catalog_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1649);
/* harmony import */ var _recipe_conditions_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2438);
/* harmony import */ var _recipe_operations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8600);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3155);
/**
 * `cleanrooms-connect recipe operations`: what the local engine runs, from its own registry, grouped like DataBrew's
 * recipe reference. `npm run docs` writes the README's list from it, so the list cannot drift from the engine.
 */




const HELP = `Usage: cleanrooms-connect recipe operations [--markdown]

Lists the DataBrew recipe operations and condition expressions the local engine runs (recipe run, pipeline local,
the validate job's sample preview), grouped by the DataBrew recipe reference's sections. Any other operation stops
a local run at its step (DataBrew itself may run it).

Flags:
  --markdown   a Markdown list (what the README shows)`;
/** DataBrew reference sections, in the reference's order, with the heading the list uses. */
const FAMILIES = [
    ['basic', 'Basic column recipe steps'],
    ['cleaning', 'Data cleaning'],
    ['quality', 'Data quality'],
    ['pii', 'Personally identifiable information (PII)'],
    ['outliers', 'Outliers'],
    ['column-structure', 'Column structure'],
    ['column-formatting', 'Column formatting'],
    ['data-structure', 'Data structure'],
    ['data-science', 'Data science'],
    ['math', 'Math functions'],
    ['aggregate', 'Aggregate functions'],
    ['text', 'Text functions'],
    ['date', 'Date and time functions'],
    ['window', 'Window functions'],
    ['web', 'Web functions'],
    ['other', 'Other functions']
];
/** [heading, operations] for every family the engine runs something of; operations without a catalog entry last. */
function operationGroups() {
    const groups = FAMILIES.map(([family, heading]) => [
        heading,
        _recipe_operations_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPORTED_OPERATIONS */ .YR.filter(op => _recipe_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8[op]?.family === family).sort()
    ]);
    const uncataloged = _recipe_operations_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPORTED_OPERATIONS */ .YR.filter(op => !_recipe_catalog_js__WEBPACK_IMPORTED_MODULE_0__/* .CATALOG */ .W8[op]).sort();
    if (uncataloged.length > 0)
        groups.push(['Not in the DataBrew reference', uncataloged]);
    return groups.filter(([, ops]) => ops.length > 0);
}
function renderOperations(markdown) {
    const groups = operationGroups();
    const conditions = [..._recipe_conditions_js__WEBPACK_IMPORTED_MODULE_1__/* .SUPPORTED_CONDITIONS */ .M].sort();
    const count = groups.reduce((n, [, ops]) => n + ops.length, 0);
    if (markdown) {
        const code = (names) => names.map(n => `\`${n}\``).join(', ');
        return [
            ...groups.map(([heading, ops]) => `- **${heading}**: ${code(ops)}`),
            `- **Conditions** (\`ConditionExpressions\`): ${code(conditions)}`
        ].join('\n');
    }
    return [
        `The local engine runs ${count} operations and ${conditions.length} conditions.`,
        ...groups.map(([heading, ops]) => `${heading}: ${ops.join(', ')}`),
        `Conditions: ${conditions.join(', ')}`
    ].join('\n');
}
const recipeOperationsCommand = {
    name: 'recipe operations',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .parseFlags */ .b)('recipe operations', args, { markdown: { type: 'boolean', default: false } });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        io.stdout(renderOperations(parsed.values.markdown === true) + '\n');
        return 0;
    }
};


/***/ })

};
