export const id = 63;
export const ids = [63];
export const modules = {

/***/ 8063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS_PER_STEP: () => (/* binding */ ANNOTATIONS_PER_STEP),
  SAMPLE_BUDGET_MS: () => (/* binding */ SAMPLE_BUDGET_MS),
  SAMPLE_ROWS: () => (/* binding */ SAMPLE_ROWS),
  runValidateJob: () => (/* binding */ runValidateJob)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/formats/index.ts + 1 modules
var formats = __webpack_require__(2585);
// EXTERNAL MODULE: ./src/recipe/check-file.ts + 3 modules
var check_file = __webpack_require__(504);
// EXTERNAL MODULE: ./src/recipe/engine.ts
var engine = __webpack_require__(1098);
// EXTERNAL MODULE: ./src/recipe/pattern.ts + 1 modules
var pattern = __webpack_require__(8508);
// EXTERNAL MODULE: ./src/recipe/parse.ts + 1 modules
var parse = __webpack_require__(1002);
// EXTERNAL MODULE: ./src/recipe/column-flow.ts
var column_flow = __webpack_require__(187);
// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
;// CONCATENATED MODULE: ./src/report/contract-summary.ts

function renderContractSection(r) {
    const title = r.name ? ` ${(0,format/* codeSpan */.SS)(r.name)}` : '';
    const lines = [
        `### Collaboration contract${title} (${(0,format/* codeSpan */.SS)(r.file)})`,
        '',
        r.problems > 0
            ? `❌ ${r.problems} problem(s): see the annotations and the log.`
            : `✅ The ${r.ruleType ?? ''} analysis rule holds${r.recipe ? ` for ${(0,format/* codeSpan */.SS)(r.recipe)}` : ''}.`,
        ''
    ];
    if (r.table.length > 0) {
        lines.push('| column | role in the analysis rule | protection |', '|---|---|---|');
        for (const row of r.table) {
            lines.push(`| ${(0,format/* codeSpan */.SS)(row.column)} | ${(0,format/* escapeMarkdown */.FV)(row.roles.join(', ') || 'allowed only')} | ${(0,format/* escapeMarkdown */.FV)(row.protection)} |`);
        }
        lines.push('');
    }
    lines.push(...renderChanges(r));
    return lines;
}
/** The diff against the base branch: what partners would notice first, then what they gain. */
function renderChanges(r) {
    if (!r.changes)
        return r.name ? ['No version of this contract on the base branch to compare with.', ''] : [];
    if (r.changes.length === 0)
        return ['Unchanged for partners against the base branch.', ''];
    const accepted = r.revision && r.revision.head > r.revision.base;
    const lines = [
        `**Changes for partners against the base branch**${r.revision ? ` (revision ${r.revision.base} → ${r.revision.head})` : ''}:`,
        ''
    ];
    for (const c of [...r.changes].sort((a, b) => Number(b.breaking) - Number(a.breaking))) {
        const mark = !c.breaking ? '➕' : accepted ? '⚠️ breaking, accepted by the new revision:' : '❌ breaking:';
        lines.push(`- ${mark} ${(0,format/* escapeMarkdown */.FV)(c.message)}`);
    }
    lines.push('');
    return lines;
}

;// CONCATENATED MODULE: ./src/report/validate-summary.ts

const PREVIEW_ROWS = 5;
/** Keeps the first character, masks the rest; short values are masked whole. */
function maskValue(value) {
    if (value === null)
        return '∅';
    const chars = [...value];
    if (chars.length <= 2)
        return '•'.repeat(chars.length);
    return chars[0] + '•'.repeat(Math.min(chars.length - 1, 8));
}
function looksHashed(value) {
    return value === null || value === '' || /^[A-Za-z0-9+/]{22,}={0,2}$|^[0-9a-f]{32,}$/.test(value);
}
function cell(value, masked) {
    const shown = masked
        ? maskValue(value)
        : value === null
            ? '∅'
            : value.length > 48
                ? value.slice(0, 47) + '…'
                : value;
    return (0,format/* escapeMarkdown */.FV)(shown);
}
function table(columns, rows, masked) {
    const lines = [`| ${columns.map(format/* escapeMarkdown */.FV).join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`];
    for (const row of rows.slice(0, PREVIEW_ROWS)) {
        lines.push(`| ${columns.map(c => cell(row[c] ?? null, masked(c, row[c] ?? null))).join(' | ')} |`);
    }
    return lines;
}
function schemaDiff(base, head) {
    const added = head.filter(c => !base.includes(c));
    const removed = base.filter(c => !head.includes(c));
    const common = head.filter(c => base.includes(c));
    const baseOrder = base.filter(c => head.includes(c));
    return { added, removed, moved: common.join('\u0000') !== baseOrder.join('\u0000') };
}
function renderRecipeReport(r, piiColumns, policyChecked = true) {
    const errors = r.problems.filter(p => p.severity === 'error');
    const warnings = r.problems.filter(p => p.severity === 'warning');
    const icon = errors.length > 0 ? '❌' : warnings.length > 0 ? '⚠️' : '✅';
    const lines = [`### ${icon} ${(0,format/* escapeMarkdown */.FV)(r.file)}`, ''];
    if (r.problems.length === 0)
        lines.push(`Valid: every step is known and its parameters are complete; ${policyChecked ? 'the PII policy holds' : 'no PII policy was checked (set policy)'}.`, '');
    else {
        lines.push(`${errors.length} error(s), ${warnings.length} warning(s):`, '');
        for (const p of r.problems) {
            lines.push(`- ${(0,format/* codeSpan */.SS)(`${p.file}:${p.line}:${p.column}`)} ${p.severity === 'warning' ? 'warning: ' : ''}${(0,format/* escapeMarkdown */.FV)(p.message)}`);
        }
        lines.push('');
    }
    if (r.schema) {
        lines.push(`**Output schema** (${r.schema.length} columns): ${r.schema.map(c => (0,format/* codeSpan */.SS)(c)).join(', ')}`, '');
        if (r.baseSchema) {
            const d = schemaDiff(r.baseSchema, r.schema);
            if (d.added.length === 0 && d.removed.length === 0 && !d.moved)
                lines.push('Schema unchanged from the base branch.', '');
            else {
                lines.push('**Schema change against the base branch:**', '');
                for (const c of d.added)
                    lines.push(`- added ${(0,format/* codeSpan */.SS)(c)}`);
                for (const c of d.removed)
                    lines.push(`- removed ${(0,format/* codeSpan */.SS)(c)}`);
                if (d.moved)
                    lines.push('- column order changed');
                lines.push('');
            }
        }
        else
            lines.push('No version of this recipe on the base branch to compare with.', '');
    }
    if (r.sample) {
        const s = r.sample;
        lines.push(`**Sample** ${(0,format/* codeSpan */.SS)(s.file)}: ${sampleRowsIn(s)}, ${s.rowsOut} out. PII columns of the policy are masked before, and wherever they are not hashed after.`, '', '<details><summary>Before</summary>', '', ...table(s.beforeColumns, s.before, c => piiColumns.has(c)), '', '</details>', '', '<details open><summary>After</summary>', '', ...table(s.afterColumns, s.after, (c, v) => piiColumns.has(c) && !looksHashed(v)), '', '</details>', '');
    }
    else if (r.sampleNote)
        lines.push(`Sample not run: ${(0,format/* escapeMarkdown */.FV)(r.sampleNote)}`, '');
    return lines.join('\n');
}
/** '12 row(s) in', or 'first 1000 of 2000 rows in' when the preview ran on part of the file. */
function sampleRowsIn(s) {
    return s.rowsInFile !== undefined && s.rowsInFile > s.rowsIn
        ? `first ${s.rowsIn} of ${s.rowsInFile} rows in`
        : `${s.rowsIn} row(s) in`;
}
function renderUploadCheck(c) {
    const keys = c.recipients.map(f => (0,format/* codeSpan */.SS)(f)).join(', ');
    return [
        '### ✅ Upload inputs',
        '',
        `${c.files} file(s) match ${c.patterns.map(p => (0,format/* codeSpan */.SS)(p)).join(', ')}; recipient key(s) load: ${keys || 'none'}.`,
        ''
    ].join('\n');
}
function renderValidateSummary(reports, piiColumns, policyFile, uploadCheck) {
    const errors = reports.reduce((n, r) => n + r.problems.filter(p => p.severity === 'error').length, 0);
    const head = errors > 0 ? `## ❌ ${errors} recipe problem(s)` : '## ✅ Recipes valid';
    const policy = policyFile ? `PII policy ${(0,format/* codeSpan */.SS)(policyFile)}` : 'no PII policy';
    return [
        head,
        '',
        `${reports.length} recipe(s) checked against ${policy}, without AWS credentials.`,
        '',
        ...reports.map(r => renderRecipeReport(r, piiColumns, policyFile !== undefined)),
        ...(uploadCheck ? [renderUploadCheck(uploadCheck)] : [])
    ].join('\n');
}

// EXTERNAL MODULE: ./src/settings/requirements.ts
var requirements = __webpack_require__(2993);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./src/jobs/base-version.ts
/** A file's text on the pull request's base branch, when the checkout has it (actions/checkout with fetch-depth: 0). */



const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function baseVersion(env, cwd, relative) {
    const base = env.GITHUB_BASE_REF?.trim();
    // A branch name never starts with '-' (git check-ref-format); as the bare ref below, one would be read as an option.
    if (!base || base.startsWith('-'))
        return undefined;
    for (const ref of [`origin/${base}`, base]) {
        try {
            // `./`: relative to cwd, which may sit below the repository root (a bare `ref:path` is read from the root).
            const { stdout } = await run('git', ['show', `${ref}:./${relative.split((external_node_path_default()).sep).join('/')}`], {
                cwd,
                maxBuffer: 8 << 20
            });
            return stdout;
        }
        catch {
            // not fetched, or the file is new on this branch
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/jobs/expand-files.ts
var expand_files = __webpack_require__(744);
// EXTERNAL MODULE: ./src/jobs/upload-job.ts + 3 modules
var upload_job = __webpack_require__(9142);
// EXTERNAL MODULE: ./src/cleanrooms/check.ts
var check = __webpack_require__(3571);
// EXTERNAL MODULE: ./src/cleanrooms/contract.ts + 3 modules
var cleanrooms_contract = __webpack_require__(2262);
;// CONCATENATED MODULE: ./src/cleanrooms/diff.ts
/** Clean Rooms' default when allowedJoinOperators is absent (AnalysisRuleAggregation / AnalysisRuleList). */
const DEFAULT_JOIN_OPERATORS = ['AND'];
function names(refs) {
    return refs.map(r => r.name);
}
function diffContracts(base, head) {
    const changes = [];
    const b = base.contract;
    const h = head.contract;
    const change = (breaking, message, location = h.at.rule) => changes.push({ breaking, message, location });
    /** Removed items are breaking, added ones are not; `where` finds an added item's location. */
    const sets = (what, before, after, anchor, where = () => undefined) => {
        for (const x of before)
            if (!after.includes(x))
                change(true, `${what} ${x} removed: partners' queries that use it would fail`, anchor);
        for (const x of after)
            if (!before.includes(x))
                change(false, `${what} ${x} added`, where(x) ?? anchor);
    };
    if (b.name !== h.name)
        change(true, `configured table renamed from ${b.name} to ${h.name}: partners' queries name the table`, h.at.table);
    const allowedAt = (n) => h.allowedColumns.find(c => c.name === n)?.location;
    sets('allowed column', names(b.allowedColumns), names(h.allowedColumns), h.at.table, allowedAt);
    const br = b.rule;
    const hr = h.rule;
    if (br.type !== hr.type) {
        change(true, `analysis rule changed from ${br.type} to ${hr.type}: every partner query is held to new rules`);
    }
    else if (br.type === 'CUSTOM' && hr.type === 'CUSTOM') {
        sets('allowed analysis', br.allowedAnalyses, hr.allowedAnalyses, h.at.rule);
        sets('analysis provider', br.allowedAnalysisProviders ?? [], hr.allowedAnalysisProviders ?? [], h.at.rule);
    }
    else if (br.type !== 'CUSTOM' && hr.type !== 'CUSTOM') {
        const at = (refs) => (n) => refs.find(c => c.name === n)?.location;
        sets('join column', names(br.joinColumns), names(hr.joinColumns), h.at.rule, at(hr.joinColumns));
        sets('join operator', br.allowedJoinOperators ?? DEFAULT_JOIN_OPERATORS, hr.allowedJoinOperators ?? DEFAULT_JOIN_OPERATORS, h.at.rule);
        if (br.type === 'LIST' && hr.type === 'LIST')
            sets('list column', names(br.listColumns), names(hr.listColumns), h.at.rule, at(hr.listColumns));
        if (br.type === 'AGGREGATION' && hr.type === 'AGGREGATION') {
            sets('dimension column', names(br.dimensionColumns), names(hr.dimensionColumns), h.at.rule, at(hr.dimensionColumns));
            const aggregates = (r) => r.aggregateColumns.flatMap(a => a.columnNames.map(c => `${a.function}(${c.name})`));
            sets('aggregation', aggregates(br), aggregates(hr), h.at.rule);
            sets('scalar function', br.scalarFunctions, hr.scalarFunctions, h.at.rule);
            if (!br.joinRequired && hr.joinRequired)
                change(true, `joinRequired: ${hr.joinRequired} added: queries that do not join are refused`);
            else if (br.joinRequired && !hr.joinRequired)
                change(false, 'joinRequired removed');
            outputConstraintChanges(br, hr, change);
        }
    }
    if (base.types && head.types) {
        const joins = new Set(hr.type === 'CUSTOM' ? [] : names(hr.joinColumns));
        for (const c of h.allowedColumns) {
            const before = base.types.get(c.name);
            const after = head.types.get(c.name);
            if (!before || !after || before === after || !b.allowedColumns.some(x => x.name === c.name))
                continue;
            change(true, joins.has(c.name)
                ? `join column ${c.name} changes type from ${before} to ${after}: partners' join on it would no longer match`
                : `column ${c.name} changes type from ${before} to ${after}: partners' queries may fail or change meaning`, c.location);
        }
    }
    return changes;
}
/** A constraint added or raised suppresses results that passed: breaking. Lowered or removed ones are not. */
function outputConstraintChanges(br, hr, change) {
    for (const o of hr.outputConstraints) {
        const before = br.outputConstraints.find(x => x.column.name === o.column.name && x.type === o.type);
        if (!before)
            change(true, `output constraint on ${o.column.name} (minimum ${o.minimum}) added: some results are suppressed`, o.column.location);
        else if (o.minimum > before.minimum)
            change(true, `output constraint on ${o.column.name} raised from ${before.minimum} to ${o.minimum}: results that passed are suppressed`, o.column.location);
        else if (o.minimum < before.minimum)
            change(false, `output constraint on ${o.column.name} lowered from ${before.minimum} to ${o.minimum}`, o.column.location);
    }
    for (const o of br.outputConstraints)
        if (!hr.outputConstraints.some(x => x.column.name === o.column.name && x.type === o.type))
            change(false, `output constraint on ${o.column.name} removed`);
}

;// CONCATENATED MODULE: ./src/jobs/validate-contract.ts
/**
 * The collaboration contract's part of `command: validate`: the contract checked with the Clean Rooms API's rules,
 * against its recipe (followed on the sample's columns) and the PII policy, and diffed against the base branch's
 * contract so a change partners would notice fails unless the contract's revision is raised.
 */










/** Output column → type of `recipe` on `columns` (all read as text), or undefined when the engine cannot compile it. */
function outputTypes(recipe, columns) {
    try {
        const compiled = (0,engine/* compileRecipe */.aM)(recipe, columns.map(name => ({ name, type: 'string' })), { hashKey: (0,external_node_crypto_.randomBytes)(32) });
        return new Map(compiled.output.map(c => [c.name, c.type]));
    }
    catch {
        // A step the engine cannot run (or a broken recipe, reported elsewhere): types unknown, not compared.
        return undefined;
    }
}
/** The base branch's contract and its recipe's output types; undefined when the base has no (valid) contract. */
async function baseSide(file, ctx, sampleColumns) {
    const text = await baseVersion(ctx.env, ctx.cwd, file);
    if (text === undefined)
        return undefined;
    const contract = (0,cleanrooms_contract/* parseContract */.UA)(text, file).contract;
    if (!contract)
        return undefined;
    let types;
    if (contract.recipe && sampleColumns) {
        const recipeText = await baseVersion(ctx.env, ctx.cwd, contract.recipe);
        const recipe = recipeText === undefined ? undefined : (0,parse/* parseRecipe */.C)(recipeText, contract.recipe).recipe;
        if (recipe)
            types = outputTypes(recipe, sampleColumns);
    }
    return { contract, types };
}
/** Breaking changes are errors unless the revision went up; a lower revision is an error of its own. */
function changeProblems(file, base, head, changes) {
    const raised = head.revision > base.revision;
    const problems = changes
        .filter(c => c.breaking)
        .map(c => ({
        file,
        ...c.location,
        severity: raised ? 'warning' : 'error',
        message: raised
            ? `${c.message} (accepted with revision ${base.revision} → ${head.revision})`
            : `${c.message}; if partners have agreed, raise revision (now ${head.revision}) in ${file}`
    }));
    if (head.revision < base.revision)
        problems.push({
            file,
            ...head.at.root,
            severity: 'error',
            message: `revision went down from ${base.revision} to ${head.revision}: a revision only goes up`
        });
    return problems;
}
async function validateContract(file, ctx, o) {
    const text = await (0,check_file/* readText */.yR)(external_node_path_default().resolve(ctx.cwd, file), 'contract');
    const parsed = (0,cleanrooms_contract/* parseContract */.UA)(text, file);
    const c = parsed.contract;
    if (!c)
        return { problems: parsed.problems, report: { file, problems: parsed.problems.length, table: [] } };
    // The contract's recipe, followed through its steps on the sample's columns when there is a sample.
    let recipe;
    let outputColumns;
    let types;
    if (c.recipe) {
        const recipeText = await (0,check_file/* readText */.yR)(external_node_path_default().resolve(ctx.cwd, c.recipe), 'recipe');
        recipe = (0,parse/* parseRecipe */.C)(recipeText, c.recipe).recipe;
        if (recipe && o.sampleColumns) {
            outputColumns = (0,column_flow/* checkColumns */.O)(recipe, o.sampleColumns).output;
            types = outputTypes(recipe, o.sampleColumns);
        }
    }
    const checked = (0,check/* checkContract */.n)(c, { recipe, outputColumns, policy: o.policy });
    const problems = [...parsed.problems, ...checked.problems];
    const base = await baseSide(file, ctx, o.sampleColumns);
    const changes = base ? diffContracts(base, { contract: c, types }) : undefined;
    if (base && changes)
        problems.push(...changeProblems(file, base.contract, c, changes));
    const errors = problems.filter(p => p.severity === 'error').length;
    ctx.log(`${file}: configured table ${c.name}, ${c.rule.type} rule, ${errors ? `${errors} problem(s)` : 'holds'}${c.recipe ? ` for ${c.recipe}` : ''}${outputColumns ? '' : ' (no sample-data: allowed columns not checked against the output)'}${changes ? `; ${changes.length} change(s) against the base branch` : ''}`);
    return {
        problems,
        report: {
            file,
            name: c.name,
            ruleType: c.rule.type,
            recipe: c.recipe,
            problems: errors,
            table: checked.table,
            ...(changes && base ? { changes, revision: { base: base.contract.revision, head: c.revision } } : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/jobs/validate-job.ts
/**
 * `command: validate` for pull requests, with no AWS call: every recipe the globs match is parsed, checked against
 * the catalog and the PII policy, run by the local engine on the sample file (hashes use a random per-run key: the
 * preview shows shapes, never production tokens), and its output schema compared with the same recipe on the base
 * branch when there is one. Problems become annotations (at most ANNOTATIONS_PER_STEP errors, the rest are in the
 * summary). When `files` is given, the upload inputs are checked as well (files match, keys load).
 */
















/** GitHub shows at most 10 error annotations per step; the summary lists everything. */
const ANNOTATIONS_PER_STEP = 10;
/** Rows of the sample the recipes run on: enough for a preview and a schema, small enough for any PR. */
const SAMPLE_ROWS = 1000;
/**
 * Time the sample run may take: recipe patterns come from the pull request and JavaScript's engine backtracks, so a
 * pattern the validator's check misses must not hold the runner (1000 rows through 100 steps take well under 1 s).
 */
const SAMPLE_BUDGET_MS = 2000;
/** The first SAMPLE_ROWS rows of the sample, and how many rows the file has (counted, not kept). */
async function readSample(cwd, name) {
    const file = external_node_path_default().resolve(cwd, name);
    const format = (0,formats/* formatOf */.be)(file);
    if (!format)
        throw new Error(`sample-data ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    const reader = await (0,formats/* openReader */.cE)(file, format).catch((err) => {
        const code = err.code;
        if (code === 'ENOENT')
            throw new errors/* UsageError */.eb(`sample-data ${name}: not found in '${cwd}': fix sample-data`);
        throw err;
    });
    const rows = [];
    let totalRows = 0;
    try {
        for await (const batch of reader.batches()) {
            totalRows += batch.length;
            if (rows.length < SAMPLE_ROWS)
                rows.push(...batch.slice(0, SAMPLE_ROWS - rows.length));
        }
    }
    finally {
        await reader.close();
    }
    return { columns: reader.columns.map(c => c.name), rows, totalRows };
}
async function runValidateJob(input, ctx) {
    const s = (0,requirements/* requireForValidate */.Tl)(input);
    const cwd = ctx.cwd;
    const problems = [];
    const reports = [];
    let policy;
    const policyFile = s.policy;
    if (policyFile) {
        const loaded = await (0,check_file/* loadPolicy */.tb)(external_node_path_default().resolve(cwd, policyFile));
        problems.push(...loaded.problems.map(p => ({ ...p, file: policyFile })));
        policy = loaded.policy && { ...loaded.policy, file: policyFile };
    }
    const sampleFile = s.sampleData;
    const sample = sampleFile ? { file: sampleFile, ...(await readSample(cwd, sampleFile)) } : undefined;
    const recipes = s.recipes.length > 0 ? await (0,expand_files/* expandFiles */.C)(s.recipes, cwd, { failOnEmpty: true, input: 'recipes' }) : [];
    const previewKey = (0,external_node_crypto_.randomBytes)(32);
    for (const file of recipes) {
        const { report, problems: found } = await checkRecipeFile(file, { policy, sample, previewKey, ctx });
        problems.push(...found);
        reports.push(report);
    }
    let contractReport;
    if (s.contract) {
        const checked = await validateContract(s.contract, ctx, { policy, sampleColumns: sample?.columns });
        problems.push(...checked.problems);
        contractReport = checked.report;
    }
    let uploadCheck;
    if (s.files.length > 0) {
        const plan = await (0,upload_job/* planUpload */.d)(s, ctx);
        uploadCheck = {
            patterns: s.files,
            files: plan.files.length,
            bytes: plan.files.reduce((n, f) => n + f.size, 0),
            recipients: plan.recipients.map(r => r.fingerprint)
        };
        ctx.log(`files: ${plan.files.length} matched; keys: ${uploadCheck.recipients.join(', ')}`);
    }
    const errors = problems.filter(p => p.severity === 'error');
    logProblems(problems, reports, ctx, s.policy !== undefined);
    const piiColumns = new Set(policy?.columns.map(c => c.name) ?? []);
    const summary = [
        renderValidateSummary(reports, piiColumns, s.policy, uploadCheck),
        ...(contractReport ? renderContractSection(contractReport) : [])
    ].join('\n');
    // files counts data files (as for upload), only when files was given; recipes are counted in the summary.
    const outputs = { status: errors.length > 0 ? 'invalid' : 'valid' };
    if (uploadCheck) {
        outputs.files = String(uploadCheck.files);
        outputs.bytes = String(uploadCheck.bytes);
    }
    const first = errors[0];
    // A broken policy fails the check with no recipe at fault: the failure line says where the problems are.
    const policyFailed = policyFile !== undefined && errors.some(p => p.file === policyFile);
    return {
        outputs,
        summary,
        failure: first
            ? `${errors.length} problem(s) in ${reports.filter(r => r.problems.some(p => p.severity === 'error')).length} recipe(s)${policyFailed ? ' and the policy' : ''}${contractReport?.problems ? ' and the contract' : ''}${errors.length > ANNOTATIONS_PER_STEP ? ` (first ${ANNOTATIONS_PER_STEP} annotated; all in the job summary)` : ''}: first: ${first.file}:${first.line}:${first.column}: ${first.message}`
            : undefined
    };
}
/** One recipe: its problems and output schema, the base branch's schema, and the sample run (before/after). */
async function checkRecipeFile(file, o) {
    const { sample, ctx } = o;
    const text = await (0,check_file/* readText */.yR)(file.path, 'recipe');
    const checked = (0,check_file/* checkRecipeText */.kI)(text, file.name, { policy: o.policy, columns: sample?.columns });
    const report = { file: file.name, problems: checked.problems, schema: checked.output };
    const base = await baseVersion(ctx.env, ctx.cwd, file.name);
    if (base !== undefined && sample) {
        const old = (0,parse/* parseRecipe */.C)(base, file.name).recipe;
        if (old)
            report.baseSchema = (0,column_flow/* checkColumns */.O)(old, sample.columns).output;
    }
    if (!sample)
        report.sampleNote = "no sample-data input: set it to preview the recipe's output";
    else if (checked.recipe && !checked.problems.some(p => p.severity === 'error')) {
        ctx.log(`${file.name}: running on ${sample.rows.length} sample row(s) (at most ${SAMPLE_BUDGET_MS} ms)`);
        runSample(checked.recipe, file.name, sample, o.previewKey, report, checked.problems);
    }
    else
        report.sampleNote = 'the recipe has errors';
    return { report, problems: checked.problems };
}
/** The recipe on the sample rows, within a time budget; a runaway pattern becomes an error on its step. */
function runSample(recipe, file, sample, previewKey, report, problems) {
    try {
        const { compiled, after } = (0,pattern/* withinBudget */.xV)(() => {
            const compiled = (0,engine/* compileRecipe */.aM)(recipe, sample.columns.map(name => ({ name, type: 'string' })), { hashKey: previewKey });
            return { compiled, after: (0,engine/* runRows */.TO)(compiled, sample.rows) };
        }, SAMPLE_BUDGET_MS, `the sample run of ${file}`);
        report.sample = {
            file: sample.file,
            rowsIn: sample.rows.length,
            rowsInFile: sample.totalRows,
            rowsOut: after.length,
            beforeColumns: sample.columns,
            before: sample.rows.slice(0, PREVIEW_ROWS),
            afterColumns: compiled.output.map(c => c.name),
            after: after.slice(0, PREVIEW_ROWS)
        };
    }
    catch (err) {
        report.sampleNote = (err instanceof Error ? err.message : String(err)).replace(/\n[\s\S]*$/, '');
        if (!(err instanceof pattern/* PatternBudgetError */.sE))
            return;
        // A runaway pattern fails the check, on the step that holds it when it can be found.
        const step = recipe.steps.find(st => Object.values(st.parameters).includes(err.pattern ?? '') ||
            st.conditions.some(c => c.value === err.pattern));
        const at = step?.location ?? { line: 1, column: 1 };
        const where = step ? `step ${step.number} (${step.operation}): ` : '';
        problems.push({ file, ...at, step: step?.number, message: where + err.message, severity: 'error' });
    }
}
/** Problems as annotations and log lines (errors annotated up to the limit), then one line per recipe that passed. */
function logProblems(problems, reports, ctx, policyChecked) {
    let shown = 0;
    for (const p of problems) {
        if (p.severity === 'error' && shown >= ANNOTATIONS_PER_STEP)
            continue;
        if (p.severity === 'error')
            shown++;
        ctx.annotate?.(p);
        ctx.log(`${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
    }
    // One line per recipe that passed: the log says what was checked even when nothing is wrong.
    for (const r of reports) {
        if (r.problems.some(p => p.severity === 'error'))
            continue;
        const warnings = r.problems.length;
        ctx.log(`${r.file}: valid${r.schema ? `, ${r.schema.length} output column(s)` : ''}${warnings ? `, ${warnings} warning(s)` : ''}${policyChecked ? '' : ' (no PII policy checked)'}`);
    }
}


/***/ })

};
