export const id = 991;
export const ids = [991];
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _recipe_check_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1315);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5499);
/* harmony import */ var _settings_settings_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7100);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3155);
/** `cleanrooms-connect recipe validate`: recipes against the DataBrew catalog and the PII policy, offline. */





const HELP = `Usage: cleanrooms-connect recipe validate RECIPE.json… [--policy FILE] [--columns a,b,c]

Checks DataBrew recipe files (as AWS exports them) without AWS: operation names, parameters, conditions,
and with --policy that every PII column leaves the recipe hashed, normalized before hashing, under one
hash contract. With --columns (the input's header) it also checks that each step's columns exist.
Prints one line per problem as file:line:col: message. Exit 0 when there is no error (warnings allowed),
1 when there are errors, 2 on usage errors.

Flags:
  --policy FILE        PII policy YAML (see examples/pii-policy.yml)
  --columns LIST       input columns, comma-separated

Example:
  cleanrooms-connect recipe validate examples/recipes/customers.json --policy examples/pii-policy.yml`;
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
        const problems = [];
        let policy;
        const policyFile = parsed.values.policy;
        if (policyFile) {
            let loaded;
            try {
                loaded = await (0,_recipe_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicy */ .tb)((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .pathFor */ .p)(io, policyFile));
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`recipe validate: ${err.message}`);
            }
            problems.push(...loaded.problems.map(p => ({ ...p, file: policyFile })));
            policy = loaded.policy && { ...loaded.policy, file: policyFile };
        }
        const columns = parsed.values.columns ? (0,_settings_settings_js__WEBPACK_IMPORTED_MODULE_2__/* .splitList */ .ry)(parsed.values.columns) : undefined;
        for (const file of files) {
            let text;
            try {
                text = await (0,_recipe_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readText */ .yR)((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .pathFor */ .p)(io, file), 'recipe');
            }
            catch (err) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`recipe validate: ${err.message}`);
            }
            problems.push(...(0,_recipe_check_file_js__WEBPACK_IMPORTED_MODULE_1__/* .checkRecipeText */ .kI)(text, file, { policy, columns }).problems);
        }
        for (const p of problems)
            io.stdout((0,_recipe_model_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProblem */ .Vw)(p) + '\n');
        const errors = problems.filter(p => p.severity === 'error').length;
        io.stderr(`${files.length} recipe(s): ${errors} error(s), ${problems.length - errors} warning(s)\n`);
        return errors > 0 ? 1 : 0;
    }
};


/***/ }),

/***/ 4455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ checkDataset),
/* harmony export */   Cz: () => (/* binding */ checkRoleArn),
/* harmony export */   IC: () => (/* binding */ checkRoleSessionName),
/* harmony export */   LE: () => (/* binding */ checkEndpointUrl),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   WR: () => (/* binding */ checkBucketName),
/* harmony export */   _u: () => (/* binding */ checkStateMachineArn),
/* harmony export */   eN: () => (/* binding */ checkKmsKeyId),
/* harmony export */   iG: () => (/* binding */ normalizePrefix),
/* harmony export */   o3: () => (/* binding */ normalizeFingerprint),
/* harmony export */   s7: () => (/* binding */ checkBatchId),
/* harmony export */   vK: () => (/* binding */ checkRegion)
/* harmony export */ });
/**
 * Value checks shared by the input parser and the stack-output reader. Each returns undefined when the value is
 * fine, else a short problem with its fix, so callers can collect every problem before failing once.
 */
// Regions: us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1 …
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const PARTITION = 'aws(-[a-z]+)*';
const ACCOUNT = '\\d{12}';
const ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::${ACCOUNT}:role/[\\w+=,.@/-]{1,512}$`);
// State machine names: 1-80 characters, no whitespace, brackets, wildcards or control characters.
const STATE_MACHINE_ARN = new RegExp(`^arn:${PARTITION}:states:[a-z]{2}(-[a-z]+)+-\\d{1,2}:${ACCOUNT}:stateMachine:[^\\s<>{}\\[\\]?*"#%\\\\^|~\`$&,;:/]{1,80}$`);
const KMS_KEY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KMS_MRK = /^mrk-[0-9a-f]{32}$/;
const KMS_ALIAS_NAME = /^alias\/[a-zA-Z0-9/_-]{1,250}$/;
const KMS_ARN = new RegExp(`^arn:${PARTITION}:kms:[a-z]{2}(-[a-z]+)+-\\d{1,2}:${ACCOUNT}:(key|alias)/(.+)$`);
function checkRegion(v) {
    return REGION.test(v) ? undefined : `'${shown(v)}' is not a region name (use one like us-east-1)`;
}
function checkRoleArn(v) {
    return ROLE_ARN.test(v)
        ? undefined
        : `'${shown(v)}' is not an IAM role ARN (use arn:aws:iam::123456789012:role/NAME)`;
}
function checkStateMachineArn(v) {
    return STATE_MACHINE_ARN.test(v)
        ? undefined
        : `'${shown(v)}' is not a state machine ARN (use arn:aws:states:REGION:123456789012:stateMachine:NAME)`;
}
function checkKmsKeyId(v) {
    if (KMS_KEY_UUID.test(v) || KMS_MRK.test(v))
        return undefined;
    if (KMS_ALIAS_NAME.test(v))
        return v.startsWith('alias/aws/') ? `'${shown(v)}' is an AWS managed alias (use your own key)` : undefined;
    const arn = KMS_ARN.exec(v);
    if (arn) {
        const [, , , kind, rest = ''] = arn;
        if (kind === 'key' && (KMS_KEY_UUID.test(rest) || KMS_MRK.test(rest)))
            return undefined;
        if (kind === 'alias' && KMS_ALIAS_NAME.test(`alias/${rest}`))
            return undefined;
    }
    return `'${shown(v)}' is not a KMS key (use a key id, key ARN, alias/NAME or alias ARN)`;
}
/** S3 general purpose bucket naming rules. */
function checkBucketName(v) {
    const fix = '(use 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit)';
    if (v.length < 3 || v.length > 63)
        return `'${shown(v)}' must be 3-63 characters long ${fix}`;
    if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(v))
        return `'${shown(v)}' is not a valid bucket name ${fix}`;
    if (v.includes('..'))
        return `'${shown(v)}' has two adjacent dots ${fix}`;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(v))
        return `'${shown(v)}' looks like an IP address ${fix}`;
    if (/^(xn--|sthree-|amzn-s3-demo-)/.test(v))
        return `'${shown(v)}' starts with a prefix S3 reserves ${fix}`;
    if (/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(v))
        return `'${shown(v)}' ends with a suffix S3 reserves ${fix}`;
    return undefined;
}
/** A key prefix: relative, '/'-separated, no empty, '.' or '..' segments; returned normalized to end with '/'. */
function normalizePrefix(v) {
    const trimmed = v.trim();
    const withSlash = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
    const segments = withSlash.slice(0, -1).split('/');
    if (trimmed.startsWith('/'))
        return { problem: `'${shown(v)}' starts with '/' (S3 keys are relative: use e.g. landing/)` };
    if (segments.some(s => s === '' || s === '.' || s === '..'))
        return {
            problem: `'${shown(v)}' has an empty, '.' or '..' segment (use e.g. landing/ or teams/a/landing/)`
        };
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f\\{}^%`[\]"<>~#|]/.test(trimmed))
        return {
            problem: `'${shown(v)}' has characters S3 keys should avoid (use letters, digits, / ! - _ . * ' ( ))`
        };
    return { value: withSlash };
}
function checkDataset(v) {
    return /^[a-z0-9][a-z0-9_-]{0,63}$/.test(v)
        ? undefined
        : `'${shown(v)}' is not a dataset name (use up to 64 lowercase letters, digits, _ and -, starting with a letter or digit)`;
}
/** Batch ids end up in S3 keys and Step Functions execution names (≤ 80 of [A-Za-z0-9_-]). */
function checkBatchId(v) {
    return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(v)
        ? undefined
        : `'${shown(v)}' is not a batch id (use up to 64 letters, digits, _ and -)`;
}
function checkEndpointUrl(v) {
    let url;
    try {
        url = new URL(v);
    }
    catch {
        return `'${shown(v)}' is not a URL (use e.g. http://127.0.0.1:9000)`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `'${shown(v)}' is not an http or https URL (use e.g. https://s3.example.com)`;
    if (url.username || url.password)
        return 'the URL must not contain credentials (remove user:password@)';
    return undefined;
}
function checkRoleSessionName(v) {
    return /^[\w+=,.@-]{2,64}$/.test(v)
        ? undefined
        : `'${shown(v)}' is not a role session name (use 2-64 letters, digits and +=,.@_-)`;
}
/** OpenPGP v4 (40 hex) or v6 (64 hex) fingerprint; spaces and a 0x prefix are dropped, letters uppercased. */
function normalizeFingerprint(v) {
    const compact = v.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase();
    return /^([0-9A-F]{40}|[0-9A-F]{64})$/.test(compact) ? compact : undefined;
}
/** Shortens a user value for a one-line message: no newlines, at most 60 characters. */
function shown(v) {
    const flat = v.replace(/[\r\n\t]+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}


/***/ })

};
