export const id = 819;
export const ids = [819];
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
/* harmony import */ var _crypto_decrypt_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3480);
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
            (0,_file_args_js__WEBPACK_IMPORTED_MODULE_11__/* .refuseDirectoryInput */ .A)(input, 'decrypt: input');
        if (output !== '-')
            (0,_file_args_js__WEBPACK_IMPORTED_MODULE_11__/* .refuseDirectoryOutput */ .v)(output, 'decrypt: output');
        for (const file of keyFiles)
            (0,_file_args_js__WEBPACK_IMPORTED_MODULE_11__/* .refuseDirectoryInput */ .A)((0,_command_js__WEBPACK_IMPORTED_MODULE_10__/* .pathFor */ .p)(io, file), 'decrypt: --key');
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

/***/ 1018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ refuseDirectoryInput),
/* harmony export */   v: () => (/* binding */ refuseDirectoryOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file`);
}
function refuseDirectoryOutput(file, what) {
    if (isDirectory(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file path (the output is written as one file)`);
}


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ decryptFile),
/* harmony export */   Lv: () => (/* binding */ decryptToFile),
/* harmony export */   UC: () => (/* binding */ decryptStream)
/* harmony export */ });
/* unused harmony export explainDecryptError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var openpgp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3074);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _encrypt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1552);
/**
 * Streaming OpenPGP decryption. `allowUnauthenticatedStream` lets openpgp emit plaintext before the integrity check
 * at the end of the message (otherwise it buffers the whole plaintext); the price is that a consumer sees bytes of
 * a message that may still fail. So nothing is committed until the stream ended cleanly: decryptFile writes a temp
 * file and renames it, the DecryptBatch Lambda completes its multipart upload only then.
 *
 * Inputs: armored or binary; SEIPDv1 (MDC), SEIPDv2 and the older AEAD packet rnp --aead writes; uncompressed or
 * compressed with zip, zlib or bzip2 (openpgp 6 decompresses all three as streams; bzip2 is about 3× slower).
 */





/** How many bytes at most are read to find the armor header: leading blank lines are allowed before it. */
const SNIFF_LIMIT = 4096;
const ARMOR_HEADER = '-----BEGIN PGP';
/**
 * Reads the first bytes to tell armored from binary, then hands back a stream with them put back. A stream may
 * deliver the header across several small chunks (stdin, a network body): reads until the armor header can be seen.
 */
async function sniff(input, progress) {
    const iterator = input[Symbol.asyncIterator]();
    const chunks = [];
    let length = 0;
    let ended = false;
    for (;;) {
        const text = Buffer.concat(chunks, length).subarray(0, SNIFF_LIMIT).toString('latin1').trimStart();
        if (text.length >= ARMOR_HEADER.length || length >= SNIFF_LIMIT)
            break;
        const next = await iterator.next();
        if (next.done) {
            ended = true;
            break;
        }
        const chunk = Buffer.from(next.value);
        chunks.push(chunk);
        length += chunk.length;
    }
    const head = Buffer.concat(chunks, length);
    async function* replay() {
        if (head.length > 0)
            yield head;
        if (ended)
            return;
        for (;;) {
            progress.reading = true;
            const next = await iterator.next();
            progress.reading = false;
            progress.at = Date.now();
            if (next.done)
                return;
            yield next.value;
        }
    }
    if (head.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the input is empty: it is not an OpenPGP message');
    const armored = head.subarray(0, SNIFF_LIMIT).toString('latin1').trimStart().startsWith(ARMOR_HEADER);
    return { armored, stream: node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(replay(), { objectMode: false }) };
}
/** openpgp's messages → one line that says what happened and what to do. */
function explainDecryptError(err, keyIds = []) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
        return err;
    // Errors from Node's own streams (zlib) may come from another realm than `Error` (vm contexts): read `.message`.
    const message = typeof err?.message === 'string'
        ? err.message
        : String(err);
    const first = message.split('\n')[0] ?? message;
    if (/Modification detected|Authentication tag mismatch|Integrity check failed|MDC/i.test(first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('ciphertext failed the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again', { cause: err });
    }
    // The compressed packet sits inside the integrity-protected packet: data that does not decompress was altered
    // (the decompressor fails before the integrity check at the end of the message is reached).
    if (isCorruptCompressedData(err, first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`ciphertext is damaged (its compressed data is corrupt: ${first}), so it cannot pass the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again`, { cause: err });
    }
    // RSA/ElGamal session-key decryption (bad padding or checksum) and AES key unwrap (ECDH) of a PKESK that was altered.
    if (/Key Data Integrity failed|\bDecryption error\b/.test(first)) {
        // Hidden recipients (gpg --throw-keyids, -R): the key ID is zero and openpgp tries every key, so a wrong key
        // fails here too.
        if (keyIds.length > 0 && keyIds.every(id => /^0+$/.test(id))) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('no given private key can decrypt this message (its recipients are hidden, gpg --throw-keyids; every given key was tried), or its encrypted session key is damaged: pass the matching --key', { cause: err });
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("the message's encrypted session key is damaged (tampered or corrupted file): nothing was written; fetch the file again", { cause: err });
    }
    if (/Session key decryption failed|No decryption key packets|Could not find (valid )?decryption key/i.test(first)) {
        const to = keyIds.length === 0
            ? ''
            : ` (it is encrypted to key ID${keyIds.length > 1 ? 's' : ''} ${keyIds.join(', ')})`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no given private key can decrypt this message${to}: pass the matching --key`, {
            cause: err
        });
    }
    if (/Compression algorithm .* is not supported|Unsupported compression|decompression not supported/i.test(first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the message uses a compression this build cannot read (${first}): re-encrypt with zlib, zip or no compression (gpg --compress-algo zlib)`, { cause: err });
    }
    if (/Unexpected end of packet|Error during parsing|Unknown packet|not a valid|Misformed armored text|Packet not allowed|Unsupported .*version|Unknown .*version/i.test(first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the input is not a complete OpenPGP message (${first}): check the file`, {
            cause: err
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`decryption failed: ${first}`, { cause: err });
}
/**
 * A decompressor's data error: zlib/deflate (Node's zlib codes, or fflate's messages when openpgp falls back to it)
 * or bzip2 (unbzip2-stream's messages).
 */
function isCorruptCompressedData(err, first) {
    const code = err?.code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
        return true;
    return /^(Error in bzip2|Invalid bzip data|No magic number found|Not a BZIP archive|input stream ended prematurely)|^(incorrect (data|header|length) check|invalid (block type|distance|stored block|code|literal|bit length|window size|zlib data|length\/literal|dictionary)|unexpected EOF|unknown compression method|too many length or distance symbols)/i.test(first.replace(/^(Error( decrypting message)?: )+/, ''));
}
const DEFAULT_STALL_MS = 15_000;
function stallError(stallMs) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`decryption made no progress for ${Math.round(stallMs / 1000)} s: the message is damaged (tampered or truncated; openpgp.js stalls on some corrupt bzip2 data instead of failing its integrity check): nothing was written; fetch the file again`);
}
/**
 * Decrypts a streamed OpenPGP message (armored or binary). Rejects with a UserError when the message cannot be parsed
 * or no given key can decrypt it; later failures (integrity, truncation) error the returned stream.
 */
async function decryptStream(input, keys, options = {}) {
    const progress = { at: Date.now(), reading: false };
    const { armored, stream } = await sniff(input, progress);
    const web = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.toWeb(stream);
    // The watchdog: first openpgp's parsing and decryption are awaited (`stalled` rejects), then `out` is watched.
    const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough();
    let onStall = () => { };
    const stalled = new Promise((_, reject) => (onStall = reject));
    stalled.catch(() => { });
    const watchdog = setInterval(() => {
        const now = Date.now();
        // A consumer that does not read (data waits in `out`) or an input slow to deliver is not a stall. A consumer
        // that stopped reading is the consumer's business: the timer does not hold the process for it. Otherwise the
        // timer stays referenced, including while the input is read: when openpgp deadlocks right after a read, the
        // loop must not empty (and end the process without this message) before the next tick sees the stall.
        if (out.writableNeedDrain || out.readableLength > 0) {
            progress.at = now;
            watchdog.unref();
            return;
        }
        watchdog.ref();
        if (progress.reading) {
            progress.at = now;
            return;
        }
        if (now - progress.at < stallMs)
            return;
        clearInterval(watchdog);
        input.destroy();
        onStall(stallError(stallMs));
    }, Math.min(1000, stallMs));
    const stopWatching = () => clearInterval(watchdog);
    let message;
    try {
        message = await Promise.race([
            armored
                ? openpgp__WEBPACK_IMPORTED_MODULE_2__/* .readMessage */ ._8({
                    armoredMessage: web.pipeThrough(new TextDecoderStream())
                })
                : openpgp__WEBPACK_IMPORTED_MODULE_2__/* .readMessage */ ._8({ binaryMessage: web }),
            stalled
        ]);
    }
    catch (err) {
        stopWatching();
        stream.destroy();
        throw explainDecryptError(err);
    }
    const keyIds = message.getEncryptionKeyIDs().map(id => id.toHex().toUpperCase());
    let data;
    try {
        const result = await Promise.race([
            openpgp__WEBPACK_IMPORTED_MODULE_2__/* .decrypt */ .Yc({
                message,
                decryptionKeys: keys,
                format: 'binary',
                // Stream instead of buffering the whole plaintext; the integrity check then errors the stream at the end.
                config: { allowUnauthenticatedStream: true }
            }),
            stalled
        ]);
        data = result.data;
    }
    catch (err) {
        stopWatching();
        stream.destroy();
        throw explainDecryptError(err, keyIds);
    }
    const source = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(data);
    onStall = err => out.destroy(err);
    source.on('error', err => out.destroy(explainDecryptError(err, keyIds)));
    source.on('data', () => void (progress.at = Date.now()));
    source.once('end', stopWatching);
    // A consumer that gives up (destroys `out`) stops the decryption and the input behind it.
    out.once('close', () => {
        stopWatching();
        if (!source.destroyed)
            source.destroy();
    });
    source.pipe(out);
    // The integrity error can arrive before the consumer has attached its listeners (small messages decrypt at once):
    // without a listener that 'error' event would crash the process. The error is not lost: `out.errored` keeps it,
    // and pipeline() and async iteration report it to the consumer.
    out.on('error', () => { });
    return { stream: out, keyIds };
}
/**
 * Decrypts a stream to `outPath`, which appears only after the whole message, integrity check included, was read
 * and the data fsynced; on any failure neither it nor the temp file exists.
 */
async function decryptToFile(input, outPath, keys, options = {}) {
    let decrypted;
    try {
        decrypted = await decryptStream(input, keys, options);
    }
    catch (err) {
        input.destroy();
        throw explainDecryptError(err);
    }
    try {
        await (0,_encrypt_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomically */ .lo)(decrypted.stream, outPath);
    }
    catch (err) {
        input.destroy();
        throw explainDecryptError(err, decrypted.keyIds);
    }
    return { keyIds: decrypted.keyIds };
}
/** decryptToFile for a file input; a missing input is named as such. */
async function decryptFile(inPath, outPath, keys, options = {}) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(inPath, 'r');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(code === 'ENOENT'
            ? `encrypted input ${inPath} not found: fix the path`
            : `encrypted input ${inPath} cannot be read (${code ?? 'error'}): check its permissions`, { cause: err });
    }
    return decryptToFile(handle.createReadStream(), outPath, keys, options);
}


/***/ }),

/***/ 1552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UO: () => (/* binding */ encryptStream),
/* harmony export */   lo: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* unused harmony exports partialPath, encryptFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_5__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_6___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_6__);
/* harmony import */ var openpgp__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3074);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3916);
/* harmony import */ var _temp_files_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3551);
/**
 * Streaming OpenPGP encryption with openpgp.js 6. Node streams go in and out through the WHATWG stream adapters
 * (openpgp 6 rejects Node streams). SEIPDv1 is the default because gpg 2.2 and rnp 0.16 cannot read SEIPDv2.
 *
 * openpgp picks SEIPDv2 on its own whenever every recipient key advertises it, whatever `config.aeadProtect` says.
 * To make the choice ours, the session key is generated first and its AEAD algorithm set (or removed) explicitly.
 */










/** A Node Readable of one binary OpenPGP message of the input's bytes, encrypted to every recipient. */
async function encryptStream(input, recipients, options = {}) {
    if (recipients.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo('no recipient key to encrypt to: pass at least one');
    const aead = options.aead === true;
    const generated = await openpgp__WEBPACK_IMPORTED_MODULE_7__/* .generateSessionKey */ .JM({
        encryptionKeys: recipients,
        config: { aeadProtect: aead }
    });
    const sessionKey = aead
        ? {
            data: generated.data,
            algorithm: generated.algorithm,
            aeadAlgorithm: generated.aeadAlgorithm ?? 'ocb'
        }
        : { data: generated.data, algorithm: generated.algorithm };
    const message = await openpgp__WEBPACK_IMPORTED_MODULE_7__/* .createMessage */ .oH({
        binary: node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.toWeb(input),
        format: 'binary'
    });
    const encrypted = await openpgp__WEBPACK_IMPORTED_MODULE_7__/* .encrypt */ .w({
        message,
        encryptionKeys: recipients,
        sessionKey,
        format: 'binary',
        config: {
            aeadProtect: aead,
            preferredCompressionAlgorithm: options.compress
                ? openpgp__WEBPACK_IMPORTED_MODULE_7__/* .enums */ .vP.compression.zlib
                : openpgp__WEBPACK_IMPORTED_MODULE_7__/* .enums */ .vP.compression.uncompressed
        }
    });
    return node_stream__WEBPACK_IMPORTED_MODULE_5__.Readable.fromWeb(encrypted);
}
/** Temporary sibling of `out`, renamed into place only after the whole write succeeded. */
function partialPath(out) {
    return `${out}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
/**
 * Writes `source` to `outPath` all or nothing: a temp sibling (created exclusively, mode 0600) is written, fsynced
 * (`flush`), closed and renamed over `outPath`. On any failure (the source erroring included) the temp file is
 * closed and removed, and `outPath` is left as it was.
 */
async function writeFileAtomically(source, outPath) {
    const temp = partialPath(outPath);
    // Tracked, so the CLI removes it on a signal too (a decryption's temp file is unauthenticated plaintext).
    const release = (0,_temp_files_js__WEBPACK_IMPORTED_MODULE_9__/* .trackTempFile */ .UP)(temp);
    try {
        await writeTemp(source, temp, outPath);
    }
    finally {
        release();
    }
}
async function writeTemp(source, temp, outPath) {
    const sink = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.createWriteStream)(temp, { flags: 'wx', mode: 0o600, flush: true });
    try {
        await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(sink, 'ready');
    }
    catch (err) {
        source.destroy();
        const code = err.code ?? 'error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_8__/* .UserError */ .yo(`cannot create ${outPath} (${code} on its temp file ${node_path__WEBPACK_IMPORTED_MODULE_4___default().basename(temp)}): check that the directory exists and is writable`, { cause: err });
    }
    try {
        await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_6__.pipeline)(source, sink);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rename)(temp, outPath);
    }
    catch (err) {
        source.destroy();
        // pipeline rejects as soon as a stream errors, before the file is closed: remove it only once it is closed.
        if (!sink.closed) {
            sink.destroy();
            await (0,node_events__WEBPACK_IMPORTED_MODULE_1__.once)(sink, 'close').catch(() => undefined);
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_3__.rm)(temp, { force: true });
        throw err;
    }
}
/** Encrypts a file; `outPath` appears only when complete (a failure leaves neither it nor a temp file). */
async function encryptFile(inPath, outPath, recipients, options = {}) {
    const encrypted = await encryptStream(createReadStream(inPath), recipients, options);
    try {
        await writeFileAtomically(encrypted, outPath);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' && err.path === inPath) {
            throw new UserError(`input ${inPath} not found: fix the path`, { cause: err });
        }
        throw err;
    }
}


/***/ }),

/***/ 6485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   If: () => (/* binding */ loadRecipientKeys),
/* harmony export */   as: () => (/* binding */ loadPrivateKeys),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   ml: () => (/* binding */ readKeyFile)
/* harmony export */ });
/* unused harmony export readRecipientSource */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var openpgp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3074);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * Recipient and private keys: read, check, fingerprint. A recipient must be a public key that is neither expired nor
 * revoked and can encrypt; an optional fingerprint pin says which keys are expected. Errors name the key and the fix.
 */




const ARMOR_BLOCKS = /-----BEGIN PGP (PUBLIC|PRIVATE) KEY BLOCK-----[\s\S]*?-----END PGP \1 KEY BLOCK-----/g;
function where(source) {
    return source.kind === 'path' ? `recipient file ${source.path}` : 'recipient key text';
}
async function readKeyBytes(source, cwd) {
    if (source.kind === 'armored')
        return source.armored;
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, source.path);
    let data;
    try {
        data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(code === 'ENOENT'
            ? `recipient file ${source.path} not found (looked in ${cwd}): fix the path or pass the armored key text`
            : `recipient file ${source.path} cannot be read (${code ?? 'error'}): check its permissions`);
    }
    if (data.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`recipient file ${source.path} is empty: export the key into it (gpg --export --armor FPR)`);
    }
    const text = data.toString('latin1');
    return text.includes('-----BEGIN PGP') ? data.toString('utf8') : new Uint8Array(data);
}
/**
 * The key material of one recipient source as armored text. Armored text and armored files are returned as given;
 * a binary key file (gpg --export without --armor) is parsed and re-armored, one block per key.
 */
async function readRecipientSource(source, cwd) {
    const material = await readKeyBytes(source, cwd);
    if (typeof material === 'string')
        return material;
    const keys = await parseKeys(material, where(source));
    return keys.map(k => k.armor()).join('\n');
}
/** Every key in armored text (one or more blocks) or binary bytes. */
async function readAllKeys(material) {
    if (typeof material !== 'string')
        return await openpgp__WEBPACK_IMPORTED_MODULE_2__/* .readKeys */ .x4({ binaryKeys: material });
    // openpgp reads one armor block per call; a file may hold several (keys exported one after another).
    const blocks = material.match(ARMOR_BLOCKS) ?? [material];
    return (await Promise.all(blocks.map(armoredKeys => openpgp__WEBPACK_IMPORTED_MODULE_2__/* .readKeys */ .x4({ armoredKeys })))).flat();
}
/** Parses every key in the text or bytes; private keys are returned as such so the caller can refuse them. */
async function parseKeys(material, label) {
    try {
        return await readAllKeys(material);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label} is not an OpenPGP key (${oneLine(err)}): export it with gpg --export --armor FINGERPRINT`);
    }
}
function oneLine(err) {
    const m = err instanceof Error ? err.message : String(err);
    return (m.split('\n')[0] ?? m).replace(/^Error (reading|parsing)[^:]*: /, '');
}
function fingerprintOf(key) {
    return key.getFingerprint().toUpperCase();
}
const ENCRYPT_FLAGS = openpgp__WEBPACK_IMPORTED_MODULE_2__/* .enums */ .vP.keyFlags.encryptCommunication | openpgp__WEBPACK_IMPORTED_MODULE_2__/* .enums */ .vP.keyFlags.encryptStorage;
/**
 * Fingerprints of the subkeys flagged for encryption (a pin may name one of them instead of the primary key).
 * Whether the subkey is still valid is checked by getEncryptionKey in checkRecipient.
 */
function encryptionSubkeyFingerprints(key) {
    return key.subkeys
        .filter(s => s.bindingSignatures.some(sig => ((sig.keyFlags?.[0] ?? 0) & ENCRYPT_FLAGS) !== 0))
        .map(s => s.getFingerprint().toUpperCase());
}
async function checkRecipient(key, label, now) {
    const fpr = fingerprintOf(key);
    if (await key.isRevoked(undefined, undefined, now)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: key ${fpr} is revoked: ask the pipeline owner for its current public key`);
    }
    const expiry = await key.getExpirationTime().catch(() => null);
    if (expiry instanceof Date && expiry.getTime() <= now.getTime()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: key ${fpr} expired on ${expiry.toISOString().slice(0, 10)}: extend it (gpg --quick-set-expire ${fpr}) or use the current key`);
    }
    try {
        await key.getEncryptionKey(undefined, now);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: key ${fpr} has no valid encryption-capable (sub)key (${oneLine(err)}): add an encryption subkey or use another key`);
    }
}
/**
 * Loads, checks and de-duplicates the recipient keys. With `fingerprints`, every key must be pinned (by its primary
 * or a subkey fingerprint) and every pin must match a key.
 */
async function loadRecipientKeys(sources, options) {
    const now = options.now ?? new Date();
    if (sources.length === 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb("no recipient key given: pass a public key file (--recipient KEY.asc, or input 'recipient') or set 'stack-name'");
    }
    const byFingerprint = new Map();
    for (const source of sources) {
        const label = where(source);
        const keys = await parseKeys(await readKeyBytes(source, options.cwd), label);
        if (keys.length === 0)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label} holds no key: export one with gpg --export --armor FPR`);
        for (const key of keys) {
            const fpr = fingerprintOf(key);
            if (key.isPrivate()) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: key ${fpr} is a PRIVATE key; pass the public key instead (gpg --export --armor ${fpr}) and keep the private key out of CI`);
            }
            const pub = key;
            await checkRecipient(pub, label, now);
            const primaryUser = pub.getUserIDs();
            byFingerprint.set(fpr, {
                key: pub,
                fingerprint: fpr,
                userIds: primaryUser,
                algorithm: describeAlgorithm(pub)
            });
        }
    }
    const recipients = [...byFingerprint.values()];
    const pins = (options.fingerprints ?? []).map(f => f.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase());
    if (pins.length > 0) {
        for (const r of recipients) {
            const names = [r.fingerprint, ...encryptionSubkeyFingerprints(r.key)];
            if (!names.some(n => pins.includes(n))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`recipient key ${r.fingerprint} is not in recipient-fingerprint (${pins.join(', ')}): check that the key is the expected one, or add its fingerprint`);
            }
        }
        for (const pin of pins) {
            const matched = recipients.some(r => [r.fingerprint, ...encryptionSubkeyFingerprints(r.key)].includes(pin));
            if (!matched) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`recipient-fingerprint ${pin} matches none of the recipient keys (${recipients.map(r => r.fingerprint).join(', ')}): fix the pin or add that key`);
            }
        }
    }
    return recipients;
}
function describeAlgorithm(key) {
    const info = key.getAlgorithmInfo();
    return info.bits
        ? `${info.algorithm}-${info.bits}`
        : info.curve
            ? `${info.algorithm}/${info.curve}`
            : info.algorithm;
}
/**
 * Private keys for decryption, unlocked with the passphrase when they are protected. Accepts armored text or binary.
 */
async function loadPrivateKeys(material, passphrase, label = 'private key') {
    let keys;
    try {
        keys = await readAllKeys(material);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label} is not an OpenPGP key (${oneLine(err)}): export it with gpg --export-secret-keys --armor FPR`);
    }
    const unlocked = [];
    for (const key of keys) {
        const fpr = fingerprintOf(key);
        if (!key.isPrivate()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: key ${fpr} is a public key; decryption needs the private key (gpg --export-secret-keys --armor ${fpr})`);
        }
        const priv = key;
        if (priv.isDecrypted()) {
            unlocked.push(priv);
            continue;
        }
        if (passphrase === undefined || passphrase === '') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label}: key ${fpr} is protected by a passphrase: pass --passphrase-file (or set CLEANROOMS_PGP_PASSPHRASE)`);
        }
        try {
            unlocked.push(await openpgp__WEBPACK_IMPORTED_MODULE_2__/* .decryptKey */ .Vw({ privateKey: priv, passphrase }));
        }
        catch (err) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${label}: wrong passphrase for key ${fpr} (${oneLine(err)}): check the passphrase file`);
        }
    }
    if (unlocked.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`${label} holds no key`);
    return unlocked;
}
/** Reads a private key file (armored or binary) for loadPrivateKeys. */
async function readKeyFile(file) {
    let data;
    try {
        data = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file);
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(code === 'ENOENT'
            ? `key file ${file} not found: fix the path`
            : `key file ${file} cannot be read (${code ?? 'error'}): check its permissions`);
    }
    return data.toString('latin1').includes('-----BEGIN PGP') ? data.toString('utf8') : new Uint8Array(data);
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
