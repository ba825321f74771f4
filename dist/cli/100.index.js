export const id = 100;
export const ids = [100];
export const modules = {

/***/ 7428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $D: () => (/* binding */ cliOptions),
/* harmony export */   Lo: () => (/* binding */ COMMANDS),
/* harmony export */   eT: () => (/* binding */ rawInputsFromCli),
/* harmony export */   mc: () => (/* binding */ INPUTS),
/* harmony export */   mm: () => (/* binding */ inputSpec)
/* harmony export */ });
/* unused harmony export readActionInputs */
/**
 * The single declaration of every input. action.yml declares exactly these (a test checks names, descriptions and
 * defaults), the action reads them through `readActionInputs`, and the CLI offers each as a flag of the same
 * kebab-case name through `cliOptions` / `rawInputsFromCli`. Values stay raw strings here; settings.ts types them.
 */
const COMMANDS = ['run', 'upload', 'start', 'validate'];
const ALL = COMMANDS;
const AWS = ['run', 'upload', 'start'];
const UPLOADING = ['run', 'upload', 'validate'];
const STARTING = ['run', 'start'];
const INPUTS = [
    {
        name: 'command',
        description: "What to do. 'run': encrypt and upload the batch, start the pipeline and wait for it. 'upload': encrypt and upload the batch only. 'start': start the pipeline for an existing batch (batch-id) and wait. 'validate': without AWS credentials (fork pull requests), check recipes against the catalog and the PII policy, run them on sample data, and check files and keys when files is given.",
        default: 'run',
        kind: 'string',
        commands: ALL
    },
    {
        name: 'stack-name',
        description: 'Name of the deployed cleanrooms-connect CloudFormation stack. Its outputs fill bucket, prefix, kms-key-id, recipient and state-machine-arn unless given explicitly (needs cloudformation:DescribeStacks).',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'role-to-assume',
        description: 'ARN of the IAM role to assume with the GitHub OIDC token (the job needs permissions: id-token: write). Without it the AWS SDK default credential chain is used.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'aws-region',
        description: 'AWS region of the stack and bucket, e.g. us-east-1. Default: the AWS_REGION or AWS_DEFAULT_REGION environment variable.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'audience',
        description: 'Audience of the OIDC token requested from GitHub; must match the role trust policy aud condition.',
        default: 'sts.amazonaws.com',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'role-session-name',
        description: 'Session name for the assumed role (2-64 characters of letters, digits and +=,.@_-); shows in CloudTrail. Default: cleanrooms-connect.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'role-duration-seconds',
        description: 'Lifetime of the assumed-role credentials in seconds (900-43200, and at most the role maximum session duration).',
        default: '3600',
        kind: 'integer',
        commands: AWS
    },
    {
        name: 'endpoint-url',
        description: 'Custom S3-compatible endpoint (http or https URL), e.g. a local S3 server for tests. Path-style addressing is used with it.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'files',
        description: "Globs of the files of the batch, relative to working-directory, separated by newlines or commas (commas inside {a,b} braces belong to the glob). Required for run, upload and validate. Example: 'exports/**/*.csv'.",
        kind: 'list',
        commands: UPLOADING
    },
    {
        name: 'working-directory',
        description: 'Directory the files globs are resolved in; object names keep the path relative to it.',
        default: '.',
        kind: 'string',
        commands: UPLOADING
    },
    {
        name: 'dataset',
        description: 'Name of the dataset (lowercase letters, digits, _ and -; at most 64): the batch lands under <prefix><dataset>/<batch-id>/ and the pipeline names its output after it. Required for every command.',
        kind: 'string',
        commands: ALL
    },
    {
        name: 'bucket',
        description: 'S3 bucket of the landing zone. Default: the stack output DataBucketName.',
        kind: 'string',
        commands: AWS
    },
    {
        name: 'prefix',
        description: "Key prefix of the landing zone in the bucket, ending in '/'. Default: the stack output LandingPrefix, else 'landing/'.",
        kind: 'string',
        commands: AWS
    },
    {
        name: 'kms-key-id',
        description: 'KMS key for SSE-KMS on the uploaded objects: key id, key ARN, alias/NAME or alias ARN. Default: the stack output KmsKeyArn, else the bucket default encryption.',
        kind: 'string',
        commands: ['run', 'upload']
    },
    {
        name: 'recipient',
        description: 'OpenPGP public key(s) to encrypt to: either one or more ASCII-armored public key blocks (pasted, e.g. from a variable), or one or more paths to key files (armored or binary) relative to the workspace, one per line. Do not mix the two forms. Default: the stack output PgpPublicKey. Private keys are refused.',
        kind: 'list',
        commands: UPLOADING
    },
    {
        name: 'recipient-fingerprint',
        description: 'Expected fingerprint(s) of the recipient keys (40 or 64 hex digits; spaces allowed), separated by commas or newlines. The step fails if the keys do not match exactly: pins the key taken from a stack or a file.',
        kind: 'list',
        commands: UPLOADING
    },
    {
        name: 'aead',
        description: 'Encrypt with OpenPGP AEAD (SEIPDv2). Only newer peers read it (gpg 2.2 and rnp 0.16 do not), so the default is the integrity-protected SEIPDv1 packet.',
        default: 'false',
        kind: 'boolean',
        commands: UPLOADING
    },
    {
        name: 'compression',
        description: "Compress each file before encryption: 'gzip' (objects named .gz.pgp; DataBrew reads gzip) or 'none'.",
        default: 'gzip',
        kind: 'string',
        commands: UPLOADING
    },
    {
        name: 'compression-level',
        description: 'gzip level 1 (fastest) to 9 (smallest). 6 is the zlib default, a balance for CSV; the upload benchmark (bench/) measures the trade-off on your data.',
        default: '6',
        kind: 'integer',
        commands: UPLOADING
    },
    {
        name: 'part-size-mb',
        description: 'Multipart upload part size in MiB (5-5120). Memory in flight is about part-size-mb x concurrency per file, two files at a time; S3 allows at most 10000 parts per object (8 MiB parts: objects up to 78 GiB after compression).',
        default: '8',
        kind: 'integer',
        commands: ['run', 'upload']
    },
    {
        name: 'concurrency',
        description: 'Parts uploaded in parallel per file (1-16). Compressed data rarely outruns two 8 MiB parts in flight; more parts cost memory (part-size-mb each).',
        default: '2',
        kind: 'integer',
        commands: ['run', 'upload']
    },
    {
        name: 'batch-id',
        description: "Identifier of the batch (letters, digits, _ and -; at most 64). Default for run and upload: gh-<run id>-<run attempt> in Actions (local-<time>-<random> elsewhere), so re-running an attempt finds its batch. Required for 'start': the batch-id output of the upload step.",
        kind: 'string',
        commands: ALL
    },
    {
        name: 'state-machine-arn',
        description: 'ARN of the Step Functions state machine of the pipeline. Default: the stack output StateMachineArn.',
        kind: 'string',
        commands: STARTING
    },
    {
        name: 'wait',
        description: 'Wait for the pipeline execution to finish and fail the step if it does not succeed. With false the step ends once the execution has started.',
        default: 'true',
        kind: 'boolean',
        commands: STARTING
    },
    {
        name: 'timeout-minutes',
        description: 'How long to wait for the pipeline (1-7200 minutes). On timeout the step fails; the execution keeps running and its ARN is in the outputs.',
        default: '60',
        kind: 'integer',
        commands: STARTING
    },
    {
        name: 'fail-on-empty',
        description: 'Fail when the files globs match no file (the message names the globs). With false an empty match ends the step successfully without uploading.',
        default: 'true',
        kind: 'boolean',
        commands: UPLOADING
    },
    {
        name: 'dry-run',
        description: 'Resolve settings, match files and load keys, then report what would be uploaded and started without writing to S3 or starting the pipeline.',
        default: 'false',
        kind: 'boolean',
        commands: AWS
    },
    {
        name: 'recipes',
        description: "Globs of DataBrew recipe files (JSON as DataBrew exports them) for command validate, relative to the workspace. Example: 'recipes/*.json'.",
        kind: 'list',
        commands: ['validate']
    },
    {
        name: 'policy',
        description: 'PII policy file (YAML) for command validate: which columns are PII and the hash contract; validation fails when a PII column leaves a recipe unhashed.',
        kind: 'string',
        commands: ['validate']
    },
    {
        name: 'sample-data',
        description: 'Sample file (.csv, .jsonl or .parquet) each recipe is run on by command validate, for the before/after preview and the output schema. Never real customer data: the summary masks policy columns, but the file lives in the repository.',
        kind: 'string',
        commands: ['validate']
    }
];
function inputSpec(name) {
    return INPUTS.find(i => i.name === name);
}
/** Reads every input through the caller's getter (core.getInput in the action; no @actions import here). */
function readActionInputs(getInput) {
    const raw = {};
    for (const input of INPUTS) {
        const value = getInput(input.name);
        raw[input.name] = value === '' ? undefined : value;
    }
    return raw;
}
/**
 * node:util parseArgs options for every input: booleans are bare flags, with `--no-NAME` for those that default to
 * true; lists may be repeated (`--files a --files b`). Pass the parsed values to `rawInputsFromCli`.
 */
function cliOptions() {
    const options = {};
    for (const input of INPUTS) {
        if (input.kind === 'boolean') {
            options[input.name] = { type: 'boolean' };
            if (input.default === 'true')
                options[`no-${input.name}`] = { type: 'boolean' };
        }
        else {
            options[input.name] = input.kind === 'list' ? { type: 'string', multiple: true } : { type: 'string' };
        }
    }
    return options;
}
/** parseArgs values → RawInputs (repeated list flags joined by newlines; `--no-wait` → wait: 'false'). */
function rawInputsFromCli(values) {
    const raw = {};
    for (const input of INPUTS) {
        const value = values[input.name];
        const negated = values[`no-${input.name}`];
        if (negated === true)
            raw[input.name] = 'false';
        else if (Array.isArray(value))
            raw[input.name] = value.map(String).join('\n');
        else if (typeof value === 'boolean')
            raw[input.name] = String(value);
        else if (typeof value === 'string' && value !== '')
            raw[input.name] = value;
    }
    return raw;
}


/***/ }),

/***/ 7100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LC: () => (/* binding */ deriveBatchId),
/* harmony export */   P$: () => (/* binding */ parseSettings),
/* harmony export */   mc: () => (/* binding */ requireForCommand),
/* harmony export */   q: () => (/* binding */ parseRecipients),
/* harmony export */   ry: () => (/* binding */ splitList)
/* harmony export */ });
/* unused harmony export DEFAULT_PREFIX */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7428);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4455);
/**
 * Raw inputs (action or CLI) → one typed, validated Settings object. Pure: the caller passes the inputs and the
 * environment. Every problem is collected and reported at once, so a user fixes a workflow in one round trip.
 */



const DEFAULT_PREFIX = 'landing/';
function problem(problems, name, text) {
    problems.push(`input '${name}': ${text}`);
}
function given(raw, name) {
    const v = raw[name];
    if (v === undefined)
        return undefined;
    const t = v.trim();
    return t === '' ? undefined : t;
}
const TRUE = new Set(['true', 'yes', '1']);
const FALSE = new Set(['false', 'no', '0']);
function bool(raw, name, fallback, problems) {
    const v = given(raw, name);
    if (v === undefined)
        return fallback;
    const lower = v.toLowerCase();
    if (TRUE.has(lower))
        return true;
    if (FALSE.has(lower))
        return false;
    problem(problems, name, `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(v)}' is not a boolean (use true or false)`);
    return fallback;
}
function int(raw, name, fallback, min, max, problems) {
    const v = given(raw, name);
    if (v === undefined)
        return fallback;
    if (!/^\d+$/.test(v)) {
        problem(problems, name, `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(v)}' is not a whole number (use ${min}-${max})`);
        return fallback;
    }
    const n = Number(v);
    if (n < min || n > max) {
        problem(problems, name, `${n} is out of range (use ${min}-${max})`);
        return fallback;
    }
    return n;
}
function checked(raw, name, check, problems) {
    const v = given(raw, name);
    if (v === undefined)
        return undefined;
    const p = check(v);
    if (p) {
        problem(problems, name, p);
        return undefined;
    }
    return v;
}
/** Splits on newlines and on commas outside {…} braces, so `data/{a,b}.csv` stays one glob. */
function splitList(v) {
    const items = [];
    let depth = 0;
    let current = '';
    for (const ch of v) {
        if (ch === '{')
            depth++;
        else if (ch === '}')
            depth = Math.max(0, depth - 1);
        if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) {
            items.push(current);
            current = '';
        }
        else
            current += ch;
    }
    items.push(current);
    return items.map(s => s.trim()).filter(s => s !== '');
}
const ARMOR_BLOCK = /-----BEGIN PGP ([A-Z ]+)-----[\s\S]*?-----END PGP \1-----/g;
/**
 * `recipient` is either one or more armored blocks (pasted text; anything outside the blocks but whitespace is an
 * error) or one or more paths, one per line. Commas are not separators: paths may contain them.
 */
function parseRecipients(v) {
    if (!v.includes('-----BEGIN PGP')) {
        const paths = v
            .split(/\r?\n/)
            .map(s => s.trim())
            .filter(s => s !== '');
        return { recipients: paths.map(path => ({ kind: 'path', path })) };
    }
    const recipients = [];
    for (const m of v.matchAll(ARMOR_BLOCK)) {
        if (m[1] !== 'PUBLIC KEY BLOCK') {
            const what = m[1] === 'PRIVATE KEY BLOCK' ? 'a PRIVATE key' : `a '${m[1]}' block`;
            return {
                recipients: [],
                problem: `holds ${what}, not a public key (export the public key: gpg --export --armor FINGERPRINT)`
            };
        }
        recipients.push({ kind: 'armored', armored: m[0] });
    }
    const rest = v.replace(ARMOR_BLOCK, '').trim();
    if (rest !== '' || recipients.length === 0) {
        return {
            recipients: [],
            problem: 'mixes armored key text with other text, or has an unterminated block (give only complete -----BEGIN/END PGP PUBLIC KEY BLOCK----- blocks, or only file paths one per line)'
        };
    }
    return { recipients };
}
/** Types and validates every input; throws one UsageError listing all problems. */
function parseSettings(raw, env) {
    const problems = [];
    const provenance = {};
    for (const [name, value] of Object.entries(raw)) {
        if ((0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputSpec */ .mm)(name) && value !== undefined && value.trim() !== '')
            provenance[name] = 'input';
    }
    const commandRaw = given(raw, 'command') ?? 'run';
    let command = 'run';
    if (_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.includes(commandRaw))
        command = commandRaw;
    else
        problem(problems, 'command', `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(commandRaw)}' is not a command (use ${_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .COMMANDS */ .Lo.join(', ')})`);
    let region = checked(raw, 'aws-region', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRegion */ .vK, problems);
    if (region === undefined && given(raw, 'aws-region') === undefined) {
        for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
            const v = env[variable]?.trim();
            if (!v)
                continue;
            const p = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRegion */ .vK)(v);
            if (p)
                problem(problems, 'aws-region', `env ${variable}: ${p}`);
            else {
                region = v;
                provenance['aws-region'] = `env ${variable}`;
            }
            break;
        }
    }
    const compressionRaw = given(raw, 'compression') ?? 'gzip';
    let compression = 'gzip';
    if (compressionRaw.toLowerCase() === 'gzip' || compressionRaw.toLowerCase() === 'none')
        compression = compressionRaw.toLowerCase();
    else
        problem(problems, 'compression', `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(compressionRaw)}' is not supported (use gzip or none)`);
    let prefix = DEFAULT_PREFIX;
    const prefixRaw = given(raw, 'prefix');
    if (prefixRaw !== undefined) {
        const p = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizePrefix */ .iG)(prefixRaw);
        if (p.problem)
            problem(problems, 'prefix', p.problem);
        else if (p.value)
            prefix = p.value;
    }
    let recipients = [];
    const recipientRaw = given(raw, 'recipient');
    if (recipientRaw !== undefined) {
        const r = parseRecipients(recipientRaw);
        if (r.problem)
            problem(problems, 'recipient', r.problem);
        recipients = r.recipients;
    }
    const recipientFingerprints = [];
    for (const item of splitList(given(raw, 'recipient-fingerprint') ?? '')) {
        const fpr = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeFingerprint */ .o3)(item);
        if (fpr)
            recipientFingerprints.push(fpr);
        else
            problem(problems, 'recipient-fingerprint', `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(item)}' is not a key fingerprint (use the 40 or 64 hex digits from gpg --fingerprint)`);
    }
    const audience = given(raw, 'audience') ?? 'sts.amazonaws.com';
    const files = splitList(given(raw, 'files') ?? '');
    const settings = {
        command,
        stackName: checked(raw, 'stack-name', v => /^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(v) || /^arn:aws(-[a-z]+)*:cloudformation:/.test(v)
            ? undefined
            : `'${(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .shown */ .SP)(v)}' is not a stack name (use up to 128 letters, digits and -, starting with a letter)`, problems),
        roleToAssume: checked(raw, 'role-to-assume', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoleArn */ .Cz, problems),
        region,
        audience,
        roleSessionName: checked(raw, 'role-session-name', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkRoleSessionName */ .IC, problems),
        roleDurationSeconds: int(raw, 'role-duration-seconds', 3600, 900, 43200, problems),
        endpointUrl: checked(raw, 'endpoint-url', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkEndpointUrl */ .LE, problems),
        files,
        workingDirectory: given(raw, 'working-directory') ?? '.',
        dataset: checked(raw, 'dataset', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkDataset */ .$F, problems),
        bucket: checked(raw, 'bucket', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBucketName */ .WR, problems),
        prefix,
        kmsKeyId: checked(raw, 'kms-key-id', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkKmsKeyId */ .eN, problems),
        recipients,
        recipientFingerprints,
        aead: bool(raw, 'aead', false, problems),
        compression,
        compressionLevel: int(raw, 'compression-level', 6, 1, 9, problems),
        partSizeBytes: int(raw, 'part-size-mb', 8, 5, 5120, problems) * 1024 * 1024,
        concurrency: int(raw, 'concurrency', 2, 1, 16, problems),
        batchId: checked(raw, 'batch-id', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBatchId */ .s7, problems),
        stateMachineArn: checked(raw, 'state-machine-arn', _validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkStateMachineArn */ ._u, problems),
        wait: bool(raw, 'wait', true, problems),
        timeoutMinutes: int(raw, 'timeout-minutes', 60, 1, 7200, problems),
        failOnEmpty: bool(raw, 'fail-on-empty', true, problems),
        dryRun: bool(raw, 'dry-run', false, problems),
        recipes: splitList(given(raw, 'recipes') ?? ''),
        policy: given(raw, 'policy'),
        sampleData: given(raw, 'sample-data'),
        provenance
    };
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(problems.join('; '));
    return settings;
}
/** How a missing value can be supplied, for the message of requireForCommand. */
const HOW = {
    files: "set input 'files' (globs, e.g. exports/*.csv)",
    dataset: "set input 'dataset' (e.g. customers)",
    'aws-region': "set input 'aws-region' or env AWS_REGION",
    bucket: "set input 'bucket' or 'stack-name' (its output DataBucketName)",
    recipient: "set input 'recipient' or 'stack-name' (its output PgpPublicKey)",
    'state-machine-arn': "set input 'state-machine-arn' or 'stack-name' (its output StateMachineArn)",
    'batch-id': "set input 'batch-id' to the batch to start (the batch-id output of the upload step)",
    recipes: "set input 'recipes' (globs of DataBrew recipe files) and/or 'files'"
};
function missing(s) {
    const needs = [];
    if (s.command === 'validate') {
        // Recipes, files, or both: files bring the upload checks (dataset, keys) with them.
        if (s.recipes.length === 0 && s.files.length === 0)
            needs.push('recipes');
        if (s.files.length > 0 && !s.dataset)
            needs.push('dataset');
        return needs;
    }
    const uploads = s.command === 'run' || s.command === 'upload';
    const aws = true;
    if (uploads && s.files.length === 0)
        needs.push('files');
    if (!s.dataset)
        needs.push('dataset');
    if (aws && !s.region)
        needs.push('aws-region');
    if (aws && !s.bucket)
        needs.push('bucket');
    if ((s.command === 'run' || s.command === 'upload') && s.recipients.length === 0)
        needs.push('recipient');
    if ((s.command === 'run' || s.command === 'start') && !s.stateMachineArn)
        needs.push('state-machine-arn');
    if (s.command === 'start' && !s.batchId)
        needs.push('batch-id');
    return needs;
}
/**
 * Checks what the command needs, after stack outputs have been applied: throws one UsageError naming every
 * missing input and how to supply it.
 */
function requireForCommand(s) {
    const needs = missing(s);
    if (needs.length === 0)
        return;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(needs
        .map(n => `input '${n}': required for command '${s.command}' (${HOW[n] ?? `set input '${n}'`})`)
        .join('; '));
}
/**
 * The default batch id: `gh-<run id>-<run attempt>` in GitHub Actions, so a re-run of the same attempt finds its own
 * batch; elsewhere `local-<UTC time>-<random>`. Time and randomness are passed in.
 */
function deriveBatchId(env, now, random) {
    const run = env.GITHUB_RUN_ID?.trim();
    if (run && /^\d+$/.test(run)) {
        const attempt = env.GITHUB_RUN_ATTEMPT?.trim();
        return `gh-${run}-${attempt && /^\d+$/.test(attempt) ? attempt : '1'}`;
    }
    const stamp = now
        .toISOString()
        .replace(/[-:]/g, '')
        .replace(/\.\d+Z$/, 'Z');
    const suffix = random()
        .replace(/[^A-Za-z0-9]/g, '')
        .slice(0, 12) || '0';
    return `local-${stamp}-${suffix}`;
}


/***/ })

};
