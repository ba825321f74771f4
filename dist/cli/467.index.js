export const id = 467;
export const ids = [467];
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

/***/ 467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   encryptCommand: () => (/* binding */ encryptCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _crypto_encrypt_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6766);
/* harmony import */ var _crypto_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6485);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2011);
/* harmony import */ var _settings_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4455);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3155);
/** `cleanrooms-connect encrypt`: one file (or stdin) → one OpenPGP message that gpg --decrypt and rnp read. */








const HELP = `Usage: cleanrooms-connect encrypt --recipient KEY.asc [--recipient …] --in FILE --out FILE.pgp

Encrypts one file to one or more OpenPGP public keys, streaming (any size, flat memory). The output is a binary
OpenPGP message of the input's exact bytes (SEIPDv1, readable by gpg 2.2 and rnp); no compression unless --compress.

Flags:
  --recipient FILE               public key file, armored or binary (required, repeatable; a file may hold several keys)
  --recipient-fingerprint FPR    refuse keys other than these (repeatable; 40 or 64 hex digits; default: no pin)
  --in FILE                      input file, or - for stdin (required)
  --out FILE                     output file, or - for stdout (required); written to a temp file, renamed when complete
  --compress                     add an OpenPGP zlib compressed packet (default: off; gpg --decrypt returns the input bytes)
  --aead                         SEIPDv2 (AEAD) instead of SEIPDv1 (default: off): only gpg ≥ 2.5 and rnp ≥ 0.18 read it
  --force                        overwrite --out if it exists (default: refuse)

Example:
  cleanrooms-connect encrypt --recipient pipeline.asc --recipient-fingerprint 0123…CDEF --in customers.csv --out customers.csv.pgp`;
function required(values, name, what) {
    const v = values[name];
    if (typeof v !== 'string' || v === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`encrypt: --${name} is required (${what}; see --help)`);
    return v;
}
const encryptCommand = {
    name: 'encrypt',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFlags */ .b)('encrypt', args, {
            recipient: { type: 'string', multiple: true },
            'recipient-fingerprint': { type: 'string', multiple: true },
            in: { type: 'string' },
            out: { type: 'string' },
            compress: { type: 'boolean' },
            aead: { type: 'boolean' },
            force: { type: 'boolean' }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const v = parsed.values;
        const recipients = v.recipient ?? [];
        if (recipients.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('encrypt: --recipient is required (a public key file; see --help)');
        const inFlag = required(v, 'in', 'a file, or - for stdin');
        const outFlag = required(v, 'out', 'a file, or - for stdout');
        const input = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .pathFor */ .p)(io, inFlag);
        const output = (0,_command_js__WEBPACK_IMPORTED_MODULE_6__/* .pathFor */ .p)(io, outFlag);
        const pins = (v['recipient-fingerprint'] ?? []).map(f => {
            const n = (0,_settings_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .normalizeFingerprint */ .o3)(f);
            if (!n)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`encrypt: --recipient-fingerprint '${f}' is not a fingerprint (give 40 or 64 hex digits, e.g. from gpg --fingerprint)`);
            return n;
        });
        if (input !== '-' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(input))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`encrypt: input ${inFlag} not found (looked in ${io.cwd}): fix --in`);
        if (output !== '-' && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output) && !v.force) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`encrypt: ${outFlag} exists: remove it or pass --force`);
        }
        const keys = await (0,_crypto_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .loadRecipientKeys */ .If)(recipients.map(path => ({ kind: 'path', path })), { cwd: io.cwd, fingerprints: pins });
        const source = input === '-' ? process.stdin : (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(input);
        const encrypted = await (0,_crypto_encrypt_js__WEBPACK_IMPORTED_MODULE_2__/* .encryptStream */ .UO)(source, keys.map(k => k.key), { aead: v.aead === true, compress: v.compress === true });
        if (output === '-')
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_1__.pipeline)(encrypted, process.stdout, { end: false });
        else
            await (0,_crypto_encrypt_js__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomically */ .lo)(encrypted, output);
        const size = input === '-' ? '' : ` (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_7__/* .formatBytes */ .z3)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(input).size)})`;
        io.stderr(`encrypted ${input === '-' ? 'stdin' : inFlag}${size} to ${keys.length} recipient(s): ${keys.map(k => k.fingerprint).join(', ')}\n`);
        return 0;
    }
};


/***/ }),

/***/ 2011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CE: () => (/* binding */ formatRate),
/* harmony export */   CG: () => (/* binding */ ratio),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   xv: () => (/* binding */ truncate),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports escapeHtml, SUMMARY_LIMIT_BYTES, capSummary */
/**
 * Number and text formatting for summaries and logs. Pure. File names and other user text go through
 * escapeMarkdown/escapeHtml: core.summary writes raw markdown and HTML, and GitHub renders what it can.
 */
const UNITS = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
/** 512 → '512 B', 1536 → '1.5 KiB', 3 * 2**30 → '3.0 GiB'. */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes))
        return 'n/a';
    const sign = bytes < 0 ? '-' : '';
    let n = Math.abs(bytes);
    if (n < 1024)
        return `${sign}${Math.round(n)} B`;
    let unit = -1;
    // Step up while the rounded value would read 1024.0 or more.
    while (unit < UNITS.length - 1 && n >= 1023.95) {
        n /= 1024;
        unit++;
    }
    return `${sign}${n.toFixed(1)} ${UNITS[unit]}`;
}
/** 850 → '850 ms', 12_340 → '12.3 s', 245_000 → '4 min 05 s', 7_380_000 → '2 h 03 min'. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return 'n/a';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 59_950)
        return `${(ms / 1000).toFixed(1)} s`;
    const totalSeconds = Math.round(ms / 1000);
    if (totalSeconds < 3600) {
        const min = Math.floor(totalSeconds / 60);
        return `${min} min ${String(totalSeconds % 60).padStart(2, '0')} s`;
    }
    const totalMinutes = Math.round(ms / 60_000);
    return `${Math.floor(totalMinutes / 60)} h ${String(totalMinutes % 60).padStart(2, '0')} min`;
}
/** Throughput as bytes per second in binary units: '98.2 MiB/s'; 'n/a' when no time elapsed. */
function formatRate(bytes, ms) {
    if (!(ms > 0) || !Number.isFinite(bytes))
        return 'n/a';
    return `${formatBytes((bytes * 1000) / ms)}/s`;
}
/** Stored size as a share of the original: ratio(31, 100) → '31.0%'; 'n/a' for an empty original. */
function ratio(stored, original) {
    if (!(original > 0) || !Number.isFinite(stored))
        return 'n/a';
    return `${((stored / original) * 100).toFixed(1)}%`;
}
/** For text placed in HTML, attributes included. */
function escapeHtml(text) {
    return text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * For user text placed in markdown prose or a table cell: one line, HTML neutralized as entities, and markdown
 * punctuation backslash-escaped (| would split a table cell, [ ] ( ) make links, * _ ~ ` emphasis and code).
 */
function escapeMarkdown(text) {
    return text
        .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_{}[\]()#+\-!|~]/g, '\\$&');
}
/**
 * User text as an inline code span. CommonMark treats backslashes inside code spans literally, so nothing is escaped:
 * the fence is one backtick longer than the longest run inside, and padded with spaces when the text starts or ends
 * with a backtick (spec 6.1). Line breaks become spaces; `<` and `&` are literal inside a code span.
 */
function codeSpan(text) {
    const flat = text.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map(run => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ')) ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** Cuts text to at most `max` characters, marking the cut with '…'. */
function truncate(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** GitHub refuses a step summary above 1 MiB; keep a margin for what the runner adds. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024 - 16 * 1024));
/**
 * Cuts a summary that would exceed the step-summary limit at a line boundary, outside any open code fence or
 * <details> block, and says so. Summaries are built far below the limit; this is the guard for the unexpected.
 */
function capSummary(markdown, limitBytes = SUMMARY_LIMIT_BYTES) {
    if (Buffer.byteLength(markdown, 'utf8') <= limitBytes)
        return markdown;
    const note = "\n\n_The summary was cut here: it would exceed GitHub's 1 MiB step-summary limit. The step log has the rest._\n";
    const budget = limitBytes - Buffer.byteLength(note, 'utf8') - 64;
    const kept = [];
    let bytes = 0;
    let fenceOpen = false;
    let detailsOpen = 0;
    for (const line of markdown.split('\n')) {
        const size = Buffer.byteLength(line, 'utf8') + 1;
        if (bytes + size > budget)
            break;
        kept.push(line);
        bytes += size;
        if (/^\s*(```|~~~)/.test(line))
            fenceOpen = !fenceOpen;
        detailsOpen += (line.match(/<details\b/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    }
    if (fenceOpen)
        kept.push('```');
    for (let i = 0; i < detailsOpen; i++)
        kept.push('', '</details>');
    return kept.join('\n') + note;
}


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
/**
 * A key ARN or key id. Aliases are refused: a bucket policy that pins the key (the stack's DenyOtherKmsKeys) compares
 * the x-amz-server-side-encryption-aws-kms-key-id header as sent and cannot match an alias, and S3 resolves an alias in
 * the caller's account, not the bucket owner's.
 */
function checkKmsKeyId(v) {
    if (KMS_KEY_UUID.test(v) || KMS_MRK.test(v))
        return undefined;
    const arn = KMS_ARN.exec(v);
    const [, , , kind, rest = ''] = arn ?? [];
    if (kind === 'key' && (KMS_KEY_UUID.test(rest) || KMS_MRK.test(rest)))
        return undefined;
    if (v.startsWith('alias/') || kind === 'alias')
        return `'${shown(v)}' is a KMS alias, which a bucket policy cannot match (use the key ARN, e.g. the stack output KmsKeyArn, or the key id)`;
    return `'${shown(v)}' is not a KMS key (use a key ARN or key id)`;
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
