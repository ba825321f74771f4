export const id = 819;
export const ids = [819];
export const modules = {

/***/ 3819:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decryptCommand: () => (/* binding */ decryptCommand)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var _crypto_decrypt_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1242);
/* harmony import */ var _crypto_keys_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6485);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(2011);
/* harmony import */ var _temp_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3551);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(3155);
/* harmony import */ var _file_args_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1018);
/** `cleanrooms-connect decrypt`: streaming; the output appears only after the OpenPGP integrity check passed. */













const HELP = `Usage: cleanrooms-connect decrypt --key PRIVATE.asc [--passphrase-file F] --in FILE.pgp --out FILE

Decrypts one OpenPGP message (armored or binary; uncompressed, zip, zlib or bzip2), streaming. On any failure
(wrong key, tampered or truncated ciphertext) it exits 1 and leaves no output file: data goes to a temp file that is
fsynced and renamed only after the integrity check at the end of the message passed.

Flags:
  --key FILE               private key file, armored or binary (required, repeatable)
  --passphrase-file FILE   passphrase of protected keys (its first line); default: env CLEANROOMS_PGP_PASSPHRASE
  --in FILE                encrypted input, or - for stdin (required)
  --out FILE               plaintext output, or - for stdout (required). For stdout the plaintext is held in a 0600
                           file in the OS temp directory until the integrity check passed, then copied: a damaged
                           message writes nothing to stdout (needs temp space for the whole plaintext)
  --force                  overwrite --out if it exists (default: refuse)

Environment:
  CLEANROOMS_DECRYPT_STALL_MS  fail a decryption that made no progress this long, in ms (default 15000): some damaged
                               compressed messages stall openpgp.js instead of failing its integrity check

Example:
  cleanrooms-connect decrypt --key private.asc --passphrase-file pass.txt --in customers.csv.pgp --out customers.csv`;
const decryptCommand = {
    name: 'decrypt',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .parseFlags */ .b)('decrypt', args, {
            key: { type: 'string', multiple: true },
            'passphrase-file': { type: 'string' },
            in: { type: 'string' },
            out: { type: 'string' },
            force: { type: 'boolean' }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const v = parsed.values;
        const keyFiles = v.key ?? [];
        if (keyFiles.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('decrypt: --key is required (a private key file; see --help)');
        const inFlag = typeof v.in === 'string' && v.in !== '' ? v.in : undefined;
        const outFlag = typeof v.out === 'string' && v.out !== '' ? v.out : undefined;
        if (!inFlag)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('decrypt: --in is required (a file, or - for stdin; see --help)');
        if (!outFlag)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb('decrypt: --out is required (a file, or - for stdout; see --help)');
        const input = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .pathFor */ .p)(io, inFlag);
        const output = (0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .pathFor */ .p)(io, outFlag);
        if (input !== '-' && !(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(input))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`decrypt: input ${inFlag} not found (looked in ${io.cwd}): fix --in`);
        if (input !== '-')
            (0,_file_args_js__WEBPACK_IMPORTED_MODULE_11__/* .refuseDirectoryInput */ .Ax)(input, 'decrypt: input');
        if (output !== '-')
            (0,_file_args_js__WEBPACK_IMPORTED_MODULE_11__/* .refuseDirectoryOutput */ .vF)(output, 'decrypt: output');
        for (const file of keyFiles)
            (0,_file_args_js__WEBPACK_IMPORTED_MODULE_11__/* .refuseDirectoryInput */ .Ax)((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .pathFor */ .p)(io, file), 'decrypt: --key');
        if (output !== '-' && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(output) && !v.force) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`decrypt: ${outFlag} exists: remove it or pass --force`);
        }
        let passphrase = io.env.CLEANROOMS_PGP_PASSPHRASE;
        const passFlag = v['passphrase-file'];
        if (typeof passFlag === 'string') {
            try {
                passphrase = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .pathFor */ .p)(io, passFlag), 'utf8')).split(/\r?\n/)[0];
            }
            catch (err) {
                const code = err.code ?? 'error';
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`decrypt: --passphrase-file ${passFlag} cannot be read (${code}): fix the path`);
            }
        }
        const options = { stallMs: stallMsFrom(io.env) };
        const keys = [];
        for (const file of keyFiles)
            keys.push(...(await (0,_crypto_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .loadPrivateKeys */ .as)(await (0,_crypto_keys_js__WEBPACK_IMPORTED_MODULE_7__/* .readKeyFile */ .ml)((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .pathFor */ .p)(io, file)), passphrase, `key file ${file}`)));
        if (output === '-') {
            // A pipe's reader cannot un-read bytes: nothing reaches stdout before the whole message is authenticated.
            const held = node_path__WEBPACK_IMPORTED_MODULE_4___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_3__.tmpdir)(), `cleanrooms-decrypt-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`);
            const release = (0,_temp_files_js__WEBPACK_IMPORTED_MODULE_9__/* .trackTempFile */ .UP)(held);
            try {
                if (input === '-')
                    await (0,_crypto_decrypt_js__WEBPACK_IMPORTED_MODULE_6__/* .decryptToFile */ .Lv)(process.stdin, held, keys, options);
                else
                    await (0,_crypto_decrypt_js__WEBPACK_IMPORTED_MODULE_6__/* .decryptFile */ .It)(input, held, keys, options);
                await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_5__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(held), process.stdout, { end: false });
            }
            finally {
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(held, { force: true });
                release();
            }
            io.stderr(`decrypted ${input === '-' ? 'stdin' : inFlag} to stdout\n`);
        }
        else {
            if (input === '-')
                await (0,_crypto_decrypt_js__WEBPACK_IMPORTED_MODULE_6__/* .decryptToFile */ .Lv)(process.stdin, output, keys, options);
            else
                await (0,_crypto_decrypt_js__WEBPACK_IMPORTED_MODULE_6__/* .decryptFile */ .It)(input, output, keys, options);
            io.stderr(`decrypted ${input === '-' ? 'stdin' : inFlag} → ${outFlag} (${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_12__/* .formatBytes */ .z3)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(output).size)})\n`);
        }
        return 0;
    }
};
/** CLEANROOMS_DECRYPT_STALL_MS, or undefined for decryptStream's default. */
function stallMsFrom(env) {
    const text = env.CLEANROOMS_DECRYPT_STALL_MS;
    if (text === undefined || text === '')
        return undefined;
    const ms = Number(text);
    if (!Number.isInteger(ms) || ms < 100)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UsageError */ .eb(`decrypt: CLEANROOMS_DECRYPT_STALL_MS=${text} is not a whole number of milliseconds >= 100: fix or unset it`);
    return ms;
}


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


/***/ })

};
