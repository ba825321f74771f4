export const id = 625;
export const ids = [625];
export const modules = {

/***/ 8625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kI: () => (/* binding */ checkRecipeText),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6462);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9877);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7898);
/**
 * One recipe file, fully checked: parse, catalog validation, column flow (when input columns are known) and the PII
 * policy. Shared by `recipe validate` and the action's validate command.
 */




async function readText(file, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new Error(`${what} ${file} cannot be read (${err.code ?? 'error'})`);
    }
}
async function loadPolicy(file) {
    return (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .parsePolicy */ .ON)(await readText(file, 'policy'), file);
}
function checkRecipeText(text, file, o) {
    const parsed = (0,_parse_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRecipe */ .Cl)(text, file);
    if (!parsed.recipe)
        return { problems: parsed.problems };
    const recipe = parsed.recipe;
    const problems = [...parsed.problems, ...(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .validateRecipe */ .d6)(recipe)];
    let output;
    if (o.columns) {
        const flow = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .checkColumns */ .OT)(recipe, o.columns);
        problems.push(...flow.problems);
        output = flow.output;
    }
    if (o.policy)
        problems.push(...(0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .checkPolicy */ .hM)(recipe, o.policy));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { recipe, problems, output };
}


/***/ }),

/***/ 6462:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ON: () => (/* binding */ parsePolicy),
/* harmony export */   hM: () => (/* binding */ checkPolicy)
/* harmony export */ });
/* unused harmony exports PII_KINDS, secretName, sameSecret */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1649);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5499);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7898);
/* harmony import */ var _yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3933);
/**
 * The PII policy: which input columns hold PII (and of what kind), and the one hash contract they must all leave the
 * pipeline under. A small YAML file in the repository:
 *
 *   version: 1
 *   hash: { algorithm: HMAC_SHA256, encoding: base64, secretId: AwsGlueDataBrew-cleanrooms-hashing-key }
 *   columns:
 *     - { name: email, kind: email }
 *
 * `checkPolicy` follows every PII column through the recipe (renames, duplicates, merges, nests, splits, new columns
 * that copy its values) and reports, at the step: a PII column (or a copy of one) reaching the output neither hashed
 * nor deleted; a normalization (or any change) applied after the hash; a column hashed twice; a hash that covers only
 * some rows (conditions, entityTypeFilter); a hash contract (algorithm, secret) that differs from the policy or from
 * another hash step. Email and phone columns hashed without any normalization before get a warning. Pure.
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
    const { doc, problems, where, add } = (0,_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readYamlSource */ .t)(text, file);
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
            const hint = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(key, allowed);
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
                const hint = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .closest */ .kp)(String(kind), PII_KINDS);
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
/** Kinds whose hashes never match without normalization (REFERENCE.md: every partner normalizes these). */
const MUST_NORMALIZE = new Set(['email', 'phone']);
function checkPolicy(recipe, policy, options = {}) {
    const problems = [];
    const at = (step, message, severity = 'error') => problems.push((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .stepProblem */ .gI)(recipe, step, message, severity));
    const cite = (loc) => (loc ? ` (${policy.file}:${loc.line})` : '');
    const live = new Map();
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
    const label = (name, t) => name === t.origin.name && !t.via
        ? `PII column '${name}'`
        : `'${name}' (from PII column '${t.origin.name}'${t.via ? `, step ${t.via.number} ${t.via.operation}` : ''})`;
    let contract;
    let encodingReported = false;
    for (const step of recipe.steps) {
        const spec = _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .CATALOG */ .W8[step.operation];
        if (!spec)
            continue; // validateRecipe reports it
        const p = step.parameters;
        const inputs = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .stepColumns */ .G1)(step, 'input');
        const outputs = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .stepColumns */ .G1)(step, 'output');
        const tainted = [...new Set(inputs.filter(c => live.has(c)))];
        if (step.operation === 'BOOLEAN_OPERATION' || step.operation === 'CASE_OPERATION') {
            // Expressions name columns in backticks; a result that can be a PII column's value is PII.
            const results = step.operation === 'BOOLEAN_OPERATION'
                ? `${p.trueValueExpression ?? ''} ${p.falseValueExpression ?? ''}`
                : (p.valueExpression ?? '');
            const named = [...results.matchAll(/`([^`]+)`/g)].map(m => m[1]).filter(c => live.has(c));
            if (named.length > 0 && p.targetColumn)
                live.set(p.targetColumn, derived([...new Set(named)], step, false));
            continue;
        }
        if (tainted.length === 0 && step.operation !== 'UNION')
            continue;
        const first = live.get(tainted[0]);
        switch (step.operation) {
            case 'DELETE':
                for (const c of tainted)
                    live.delete(c);
                continue;
            case 'RENAME':
                if (!p.targetColumn)
                    continue;
                live.set(p.targetColumn, live.get(p.sourceColumn));
                live.delete(p.sourceColumn);
                continue;
            case 'CRYPTOGRAPHIC_HASH':
                hashStep(step, tainted);
                continue;
            case 'UNION':
                // Rows from the other datasets arrive as they are: a column hashed before the union is not hashed in them.
                for (const [name, t] of live)
                    if (t.hashedAt && listed(p.targetColumnNames, name))
                        live.set(name, { ...t, hashedAt: undefined, via: step });
                continue;
            case 'UNPIVOT': {
                const values = derived(tainted, step, false);
                for (const c of tainted)
                    live.delete(c);
                if (p.valueColumn)
                    live.set(p.valueColumn, values);
                continue;
            }
            case 'GROUP_BY':
                // Only the group columns remain (aggregates such as COUNT of a PII column are not PII).
                for (const name of [...live.keys()])
                    if (!inputs.includes(name))
                        live.delete(name);
                continue;
        }
        if (step.operation.startsWith('SPLIT_COLUMN_')) {
            const n = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .splitCount */ .m$)(step);
            const src = p.sourceColumn;
            const t = live.get(src);
            live.delete(src);
            if (n === undefined) {
                at(step, `splits ${label(src, t)} into a number of columns only the data decides: hash or delete it before splitting`);
                continue;
            }
            for (let k = 1; k <= n; k++)
                live.set(`${src}_${k}`, { ...t, via: step });
            continue;
        }
        if (spec.output === 'reshape' && !spec.copiesValue) {
            // PIVOT, TRANSPOSE, JOIN, ONE_HOT_ENCODING, UNNEST_MAP/STRUCT, JSON_TO_STRUCTS: cannot be followed statically.
            for (const c of tainted)
                at(step, `${label(c, live.get(c))} cannot be followed through ${step.operation}: hash or delete it first`);
            continue;
        }
        if (spec.copiesValue && outputs.length > 0) {
            // DUPLICATE, MERGE, NEST_TO_*, UNNEST_ARRAY, EXTRACT_*, text and date functions: the new column is PII too.
            const copy = derived(tainted, step, Boolean(spec.normalizes));
            for (const o of outputs)
                live.set(o, copy);
            if (p.removeSourceColumns?.toLowerCase() === 'true')
                for (const c of tainted)
                    live.delete(c);
            continue;
        }
        if (spec.output !== 'in-place' || !first)
            continue;
        for (const c of tainted) {
            const t = live.get(c);
            if (t.hashedAt) {
                if (HARMLESS.has(step.operation))
                    continue;
                if (spec.normalizes)
                    at(step, `${label(c, t)} is normalized after hashing (step ${t.hashedAt.number} hashed it): move the normalization before the hash, or the hashes will not match partners'`);
                else
                    at(step, `changes ${label(c, t)} after step ${t.hashedAt.number} hashed it: the output is no longer the contracted hash`);
            }
            else if (spec.normalizes)
                t.normalized = true;
            else if (PROTECTING.has(step.operation))
                t.protectedBy = step;
        }
    }
    const last = recipe.steps.at(-1);
    for (const [name, t] of live) {
        if (t.hashedAt)
            continue;
        const where = t.via ?? last;
        const protectedNote = t.protectedBy
            ? ` (step ${t.protectedBy.number} ${t.protectedBy.operation} masks or encrypts it, which the policy does not accept)`
            : '';
        const message = `${label(name, t)} (${t.origin.kind}, ${policy.file}:${t.origin.location.line}) reaches the output unhashed${protectedNote}: add it to a CRYPTOGRAPHIC_HASH step or DELETE it`;
        // Recipe-level: at the step that made the column, else at the last step (where a hash or delete would go).
        problems.push({
            file: recipe.file,
            ...(where?.location ?? { line: 1, column: 1 }),
            ...(where && { step: where.number }),
            message,
            severity: 'error'
        });
    }
    return problems;
    function listed(list, name) {
        try {
            const v = JSON.parse(list ?? '[]');
            return Array.isArray(v) && v.includes(name);
        }
        catch {
            return false;
        }
    }
    /** The taint of a column made from `sources` (all tainted) by `step`. */
    function derived(sources, step, normalizes) {
        const ts = sources.map(s => live.get(s));
        const allHashed = ts.every(t => t.hashedAt);
        return {
            origin: ts[0].origin,
            normalized: normalizes || ts.every(t => t.normalized),
            via: step,
            ...(allHashed && { hashedAt: ts[0].hashedAt })
        };
    }
    function hashStep(step, tainted) {
        const p = step.parameters;
        const algorithm = (p.algorithm ?? _catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_HASH_ALGORITHM */ .JO).toUpperCase();
        const keyed = algorithm.startsWith('HMAC_');
        const names = tainted.map(c => `'${c}'`).join(', ');
        if (step.conditions.length > 0)
            at(step, `hashes ${names} only in the rows its ConditionExpressions select: the other rows reach the output unhashed`);
        if (p.entityTypeFilter !== undefined)
            at(step, `hashes only the entities entityTypeFilter detects inside ${names}: the rest stays in clear text`);
        const describe = (a, secret) => a.startsWith('HMAC_') ? `${a} with secret ${secret ?? '(none)'}` : a;
        const reasons = [];
        const policyKeyed = policy.hash.algorithm.startsWith('HMAC_');
        if (algorithm !== policy.hash.algorithm ||
            (keyed &&
                policyKeyed &&
                policy.hash.secretId !== undefined &&
                !sameSecret(p.secretId, policy.hash.secretId)))
            reasons.push(`the policy requires ${describe(policy.hash.algorithm, policy.hash.secretId)}${cite(policy.locations?.algorithm ?? policy.locations?.hash)}`);
        // With a policy, the policy is the contract; an earlier step is named when it differs as well.
        if (reasons.length > 0 &&
            contract &&
            (contract.algorithm !== algorithm || (keyed && !sameSecret(contract.secretId, p.secretId))))
            reasons.push(`step ${contract.step.number} uses ${describe(contract.algorithm, contract.secretId)}`);
        if (reasons.length > 0) {
            const self = p.algorithm
                ? describe(algorithm, p.secretId)
                : describe(`${algorithm} (the default algorithm)`, p.secretId);
            at(step, `hashes ${names} with ${self}, but ${reasons.join(' and ')}: every PII column must leave under the one contract`);
        }
        if (policy.hash.encoding === 'hex' && !encodingReported) {
            encodingReported = true;
            at(step, `the policy asks for hex digests${cite(policy.locations?.encoding)}, but CRYPTOGRAPHIC_HASH writes Base64 and no recipe step converts it`);
        }
        contract ??= { algorithm, secretId: p.secretId, step };
        for (const c of tainted) {
            const t = live.get(c);
            if (t.hashedAt) {
                at(step, `hashes ${label(c, t)} again (step ${t.hashedAt.number} hashed it already): a hash of a hash matches nobody`);
                continue;
            }
            if (!t.normalized && MUST_NORMALIZE.has(t.origin.kind))
                at(step, `${label(c, t)} (${t.origin.kind}) is hashed without being normalized first (e.g. ${t.origin.kind === 'email' ? 'REMOVE_COMBINED trimming whitespace and LOWER_CASE' : 'FORMAT_PHONE_NUMBER to E164'}): its hashes will rarely match partners'`, 'warning');
            t.hashedAt = step;
        }
    }
}


/***/ })

};
