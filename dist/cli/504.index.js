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

// EXTERNAL MODULE: ./src/recipe/ops/case-operation-parser.ts
var case_operation_parser = __webpack_require__(557);
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
    const named = live.tainted(step.operation === 'CASE_OPERATION'
        ? (0,case_operation_parser/* caseExpressionColumns */.Em)(results) // bare names too (`THEN email`), as the engine reads them
        : [...results.matchAll(/`([^`]+)`/g)].map(m => m[1]));
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

// EXTERNAL MODULE: ./src/recipe/parse.ts + 1 modules
var parse = __webpack_require__(1002);
// EXTERNAL MODULE: ./src/recipe/column-flow.ts
var column_flow = __webpack_require__(187);
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
        const code = err.code;
        const fix = code === 'ENOENT'
            ? `fix the ${what} path (relative to the working directory)`
            : code === 'EISDIR'
                ? `name the ${what} file, not a folder`
                : 'check its permissions';
        throw new Error(`${what} ${file} cannot be read (${code ?? 'error'}): ${fix}`);
    }
}
async function loadPolicy(file) {
    return (0,recipe_policy/* parsePolicy */.ON)(await readText(file, 'policy'), file);
}
function checkRecipeText(text, file, o) {
    const parsed = (0,parse/* parseRecipe */.C)(text, file);
    if (!parsed.recipe)
        return { problems: parsed.problems };
    const recipe = parsed.recipe;
    const problems = [...parsed.problems, ...(0,validate/* validateRecipe */.d)(recipe)];
    let output;
    if (o.columns) {
        const flow = (0,column_flow/* checkColumns */.O)(recipe, o.columns);
        problems.push(...flow.problems);
        output = flow.output;
    }
    if (o.policy)
        problems.push(...checkPolicy(recipe, o.policy));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { recipe, problems, output };
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
    const source = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .readYamlSource */ .t)(text, file);
    const { doc, problems, add } = source;
    if (problems.length > 0)
        return { problems };
    const root = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(root)) {
        add(root, 'a PII policy is a mapping with version, hash and columns (see examples/pii-policy.yml)');
        return { problems };
    }
    unknownKeys(source, root, TOP_KEYS, '');
    const version = value(root, 'version');
    if (version === undefined)
        add(root, 'add "version: 1" (the policy format version)');
    else if (version !== 1)
        add(node(root, 'version'), `version must be 1, not ${JSON.stringify(version)}`);
    const { hash, locations } = readHash(source, root);
    const columns = readColumns(source, root);
    const errors = problems.some(p => p.severity === 'error');
    return errors ? { problems } : { policy: { file, hash, columns, locations }, problems };
}
/** Reports unknown keys of a mapping, with the closest known one. */
function unknownKeys(source, map, allowed, what) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return;
    for (const pair of map.items) {
        const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (allowed.includes(key))
            continue;
        const hint = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(key, allowed);
        source.add(pair.key, `${what}unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ` (known: ${allowed.join(', ')})`}`);
    }
}
function value(map, key) {
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map))
        return undefined;
    const n = map.get(key, true);
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(n) ? n.value : n;
}
function node(map, key) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(map) ? map.get(key, true) : undefined;
}
/** The hash contract: algorithm, encoding and the secret holding the key (named so DataBrew may read it). */
function readHash(source, root) {
    const { add, where } = source;
    const hash = { algorithm: _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_HASH_ALGORITHM */ .JO, encoding: 'base64' };
    const locations = {};
    const hashNode = node(root, 'hash');
    if (!hashNode) {
        add(root, 'add a "hash" contract: { algorithm, encoding, secretId }');
        return { hash, locations };
    }
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(hashNode)) {
        add(hashNode, 'hash must be a mapping { algorithm, encoding, secretId }');
        return { hash, locations };
    }
    locations.hash = where(hashNode);
    unknownKeys(source, hashNode, HASH_KEYS, 'hash: ');
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
        readSecretId(source, node(hashNode, 'secretId'), secretId, hash);
    }
    if (algorithm !== undefined && hash.algorithm.startsWith('HMAC_') && hash.secretId === undefined)
        add(hashNode, `hash: ${hash.algorithm} is keyed: add secretId (the Secrets Manager secret with the key)`);
    return { hash, locations };
}
function readSecretId(source, at, secretId, hash) {
    if (typeof secretId !== 'string' || secretId === '') {
        source.add(at, 'hash.secretId must be a secret name or ARN');
        return;
    }
    hash.secretId = secretId;
    if (secretId === 'databrew!default')
        source.add(at, "hash.secretId 'databrew!default' is DataBrew's shared default secret, not meant for production: name your own", 'warning');
    else if (!/^AwsGlueDataBrew-/.test(secretName(secretId)))
        source.add(at, `hash.secretId '${secretId}': name the secret AwsGlueDataBrew-… (DataBrew roles built from AWS's policies may read only secrets named so)`, 'warning');
}
/** The PII columns: each { name, kind } once, with a known kind. */
function readColumns(source, root) {
    const { add, where } = source;
    const columns = [];
    const colsNode = node(root, 'columns');
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(colsNode) || colsNode.items.length === 0) {
        add(colsNode ?? root, 'columns must be a non-empty list of { name, kind }');
        return columns;
    }
    for (const item of colsNode.items) {
        if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(item)) {
            add(item, `each column is a mapping { name, kind } (kinds: ${PII_KINDS.join(', ')})`);
            continue;
        }
        unknownKeys(source, item, COLUMN_KEYS, 'column: ');
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
    return columns;
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


/***/ })

};
