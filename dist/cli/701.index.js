export const id = 701;
export const ids = [701];
export const modules = {

/***/ 3701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  contractTemplateCommand: () => (/* binding */ contractTemplateCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cleanrooms/contract.ts
var cleanrooms_contract = __webpack_require__(1289);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/cleanrooms/cfn.ts
var cfn = __webpack_require__(3442);
;// CONCATENATED MODULE: ./src/cleanrooms/template-block.ts
/**
 * The stack's ConfiguredTable resource written from the contract: its `Properties:` block in infra/template.yaml is
 * replaced as text (the rest of the template, comments and CloudFormation tags included, stays byte for byte), so
 * the contract file is the one source of truth and `contract template` (run by `npm run package:infra`) keeps the
 * template in step. The output is in the template's own style: flow lists of names, one flow map per aggregate.
 */


/** The table the configured table reads: the stack's declared output table, whatever the contract says. */
const TABLE_REFERENCE = [
    'TableReference:',
    '  Glue:',
    '    DatabaseName: !Ref GlueDatabase',
    '    TableName: !GetAtt OutputTable.TableName'
];
/** Past this width a list is written one item per line, as prettier would (printWidth 110). */
const WIDTH = 110;
function scalar(value) {
    return (0,dist/* stringify */.As)(value, { lineWidth: 0, singleQuote: true }).trimEnd();
}
function isScalar(value) {
    return value === null || typeof value !== 'object';
}
function flow(value) {
    if (Array.isArray(value))
        return `[${value.map(flow).join(', ')}]`;
    if (!isScalar(value))
        return `{ ${Object.entries(value)
            .map(([k, v]) => `${k}: ${flow(v)}`)
            .join(', ')} }`;
    return scalar(value);
}
/** Flat enough for one line: scalars, lists of scalars, and maps of those. */
function flowable(value) {
    if (isScalar(value))
        return true;
    if (Array.isArray(value))
        return value.every(isScalar);
    return Object.values(value).every(v => isScalar(v) || (Array.isArray(v) && v.every(isScalar)));
}
/** `key: value` lines at `indent` spaces. */
function block(key, value, indent) {
    const pad = ' '.repeat(indent);
    const line = `${pad}${key}: ${flow(value)}`;
    if (isScalar(value) || (Array.isArray(value) && value.every(isScalar) && line.length <= WIDTH))
        return [line];
    if (Array.isArray(value)) {
        const out = [`${pad}${key}:`];
        for (const item of value) {
            const one = `${pad}  - ${flow(item)}`;
            if (isScalar(item) || (flowable(item) && one.length <= WIDTH))
                out.push(one);
            else {
                const inner = Object.entries(item).flatMap(([k, v]) => block(k, v, indent + 4));
                out.push(`${pad}  - ${inner[0].trimStart()}`, ...inner.slice(1));
            }
        }
        return out;
    }
    return [`${pad}${key}:`, ...Object.entries(value).flatMap(([k, v]) => block(k, v, indent + 2))];
}
/** The resource's `Properties:` block (at the template's resource indentation of 4). */
function configuredTableBlock(contract) {
    const props = (0,cfn/* configuredTableProperties */.c)(contract);
    const lines = ['    Properties:'];
    for (const [key, value] of Object.entries(props)) {
        lines.push(...block(key, value, 6));
        // TableReference sits after AnalysisMethod, where the template has always had it.
        if (key === 'AnalysisMethod')
            lines.push(...TABLE_REFERENCE.map(l => `      ${l}`));
    }
    return lines;
}
/**
 * `template` with the ConfiguredTable resource's Properties block replaced by the contract's. Throws when the
 * template has no such resource (it must be declared, with its Condition, by hand: this fills in what it allows).
 */
function applyContract(template, contract) {
    const lines = template.split('\n');
    const start = lines.findIndex(l => /^ {2}ConfiguredTable:\s*$/.test(l));
    if (start === -1)
        throw new Error('the template has no ConfiguredTable resource (Type: AWS::CleanRooms::ConfiguredTable) to write');
    // The resource ends at the next line indented 2 or less that is not blank or a comment.
    let end = lines.findIndex((l, i) => i > start && /^ {0,2}\S/.test(l) && !/^\s*#/.test(l));
    if (end === -1)
        end = lines.length;
    const props = lines.findIndex((l, i) => i > start && i < end && /^ {4}Properties:\s*$/.test(l));
    if (props === -1)
        throw new Error('the ConfiguredTable resource has no Properties: block to write');
    // Properties runs to the next line indented 4 or less (a key, or the next resource's comment), blank lines kept out.
    let after = lines.findIndex((l, i) => i > props && /^ {0,4}\S/.test(l));
    if (after === -1)
        after = lines.length;
    while (after > props + 1 && lines[after - 1].trim() === '')
        after--;
    const out = [...lines.slice(0, props), ...configuredTableBlock(contract), ...lines.slice(after)];
    // Partners query the table by the association's name: the contract's name too.
    const association = out.findIndex(l => /^ {2}ConfiguredTableAssociation:\s*$/.test(l));
    if (association !== -1) {
        const name = out.findIndex((l, i) => i > association && /^ {6}Name:/.test(l));
        const next = out.findIndex((l, i) => i > association && /^ {0,2}\S/.test(l) && !/^\s*#/.test(l));
        if (name !== -1 && (next === -1 || name < next))
            out[name] = `      Name: ${scalar(contract.name)}`;
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/recipe/model.ts
var model = __webpack_require__(5499);
// EXTERNAL MODULE: ./src/commands/command.ts
var command = __webpack_require__(3155);
;// CONCATENATED MODULE: ./src/commands/contract-template.ts
/** `cleanrooms-connect contract template`: writes the stack's ConfiguredTable from the collaboration contract. */






const HELP = `Usage: cleanrooms-connect contract template [--contract FILE] [--template FILE] [--check]

Writes the AWS::CleanRooms::ConfiguredTable resource of the CloudFormation template from the collaboration contract:
its name, description, allowed columns and analysis rule (the resource's Properties block; the rest of the template
is left byte for byte). The contract is checked first with the Clean Rooms API's rules. npm run package:infra runs it,
so the contract file is the one place the configured table is defined.

Exit status: 0 when the template is (or, with --check, already was) up to date, 1 when the contract has errors or
--check finds the template out of date, 2 on usage errors.

Flags:
  --contract FILE   the collaboration contract (default: infra/cleanrooms.yml)
  --template FILE   the template to write (default: infra/template.yaml)
  --check           change nothing; fail when the template differs from what the contract gives

Example:
  cleanrooms-connect contract template --contract infra/cleanrooms.yml --template infra/template.yaml`;
async function read(io, file, what) {
    try {
        return await (0,promises_.readFile)((0,command/* pathFor */.p)(io, file), 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new errors/* UsageError */.eb(`contract template: cannot read ${what} ${file} (${code}; looked in ${io.cwd})`);
    }
}
const contractTemplateCommand = {
    name: 'contract template',
    help: HELP,
    async run(args, io) {
        const parsed = (0,command/* parseFlags */.b)('contract template', args, {
            contract: { type: 'string', default: 'infra/cleanrooms.yml' },
            template: { type: 'string', default: 'infra/template.yaml' },
            check: { type: 'boolean', default: false }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const contractFile = parsed.values.contract;
        const templateFile = parsed.values.template;
        const { contract, problems } = (0,cleanrooms_contract/* parseContract */.UA)(await read(io, contractFile, 'contract'), contractFile);
        for (const p of problems)
            io.stdout((0,model/* formatProblem */.Vw)(p) + '\n');
        if (!contract)
            throw new errors/* UserError */.yo(`${contractFile} has ${problems.length} error(s): the template was not changed`);
        const before = await read(io, templateFile, 'template');
        let after;
        try {
            after = applyContract(before, contract);
        }
        catch (err) {
            throw new errors/* UserError */.yo(`${templateFile}: ${err.message}`);
        }
        if (after === before) {
            io.stderr(`${templateFile}: ConfiguredTable is up to date with ${contractFile}\n`);
            return 0;
        }
        if (parsed.values.check) {
            io.stderr(`${templateFile}: ConfiguredTable differs from ${contractFile}: run cleanrooms-connect contract template (npm run package:infra) and commit it\n`);
            return 1;
        }
        await (0,promises_.writeFile)((0,command/* pathFor */.p)(io, templateFile), after);
        io.stderr(`${templateFile}: ConfiguredTable written from ${contractFile}\n`);
        return 0;
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
