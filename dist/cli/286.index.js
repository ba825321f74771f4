export const id = 286;
export const ids = [286];
export const modules = {

/***/ 6766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UO: () => (/* binding */ encryptStream),
  lo: () => (/* binding */ writeFileAtomically)
});

// UNUSED EXPORTS: encryptFile, partialPath

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/temp-files.ts
var temp_files = __webpack_require__(3551);
;// CONCATENATED MODULE: ./src/crypto/encrypt-native.ts
/**
 * The native bulk path for encryption, the mirror of seipd-native.ts: openpgp.js makes the session key and its PKESK
 * packets (every key type it supports), node:crypto streams the SEIPDv1 body. openpgp.js's web streams cost ~10× the
 * cipher's own work per byte; on a 2-core runner that CPU is taken from the parallel gzip.
 *
 * Output, byte for byte the shape openpgp.js writes (RFC 4880 §5.13, RFC 9580 §5.13.1):
 *   PKESK… ‖ tag 18 (partial lengths): 0x01 ‖ CFB( prefix ‖ literal ‖ MDC )
 *   prefix  = 16 random bytes ‖ their last two again (the quick check)
 *   literal = tag 11 (partial lengths): 'b' ‖ 0 (no filename) ‖ date (4 bytes) ‖ data
 *   MDC     = 0xD3 0x14 ‖ SHA-1(prefix ‖ literal ‖ 0xD3 0x14)
 * CFB is plain CFB-128 with a zero IV over the whole body: SEIPD has no resync step.
 */


/** OpenPGP symmetric algorithm names (openpgp.js's) this path encrypts with, as node:crypto ciphers. */
const NATIVE_CIPHERS = {
    aes128: { name: 'aes-128-cfb', keyLength: 16 },
    aes192: { name: 'aes-192-cfb', keyLength: 24 },
    aes256: { name: 'aes-256-cfb', keyLength: 32 }
};
const BLOCK = 16;
const TAG = { literal: 11, seipd: 18, mdc: 19 };
/** Partial body lengths of 1 MiB: one header byte per MiB, and at most ~2 MiB held by the two framers. */
const DEFAULT_PARTIAL = 1 << 20;
/** A definite new-format body length (RFC 4880 §4.2.2.1–3). */
function definiteLength(n) {
    if (n < 192)
        return Buffer.of(n);
    if (n < 8384)
        return Buffer.of(((n - 192) >> 8) + 192, (n - 192) & 0xff);
    const b = Buffer.alloc(5);
    b[0] = 255;
    b.writeUInt32BE(n, 1);
    return b;
}
/**
 * Cuts a packet body of unknown length into partial pieces of `chunk` bytes (a power of two ≥ 512: the first piece
 * must hold at least 512 bytes) and a definite-length last piece. A piece is written only when more bytes follow it,
 * so the last piece is never empty (a zero-length end is legal but some readers have choked on it).
 */
class PartialFramer {
    chunk;
    emit;
    held = [];
    heldBytes = 0;
    header;
    constructor(chunk, emit) {
        this.chunk = chunk;
        this.emit = emit;
        this.header = Buffer.of(224 + Math.log2(chunk));
    }
    push(b) {
        if (b.length === 0)
            return;
        this.held.push(b);
        this.heldBytes += b.length;
        while (this.heldBytes > this.chunk)
            this.piece();
    }
    piece() {
        this.emit(this.header);
        let left = this.chunk;
        while (left > 0) {
            const b = this.held[0];
            if (b.length <= left) {
                this.emit(b);
                this.held.shift();
                left -= b.length;
            }
            else {
                this.emit(b.subarray(0, left));
                this.held[0] = b.subarray(left);
                left = 0;
            }
        }
        this.heldBytes -= this.chunk;
    }
    end() {
        this.emit(definiteLength(this.heldBytes));
        for (const b of this.held)
            this.emit(b);
        this.held = [];
        this.heldBytes = 0;
    }
}
/** A Transform from plaintext to one binary OpenPGP message (PKESKs + SEIPDv1 with MDC). */
class SeipdV1Encryptor extends external_node_stream_.Transform {
    cipher;
    mdc = (0,external_node_crypto_.createHash)('sha1');
    outer;
    literal;
    constructor(o) {
        super();
        const spec = NATIVE_CIPHERS[o.algorithm];
        if (!spec)
            throw new Error(`native encryption does not support ${o.algorithm}`);
        if (o.key.length !== spec.keyLength)
            throw new Error(`a ${o.algorithm} session key has ${spec.keyLength} bytes, not ${o.key.length}`);
        const chunk = o.partialLength ?? DEFAULT_PARTIAL;
        if (!Number.isInteger(Math.log2(chunk)) || chunk < 512 || chunk > 2 ** 30)
            throw new Error(`partial length ${chunk} is not a power of two from 512 to 2^30`);
        this.cipher = (0,external_node_crypto_.createCipheriv)(spec.name, o.key, Buffer.alloc(BLOCK));
        this.push(Buffer.from(o.keyPackets));
        this.push(Buffer.of(0xc0 | TAG.seipd));
        this.outer = new PartialFramer(chunk, b => this.push(b));
        this.outer.push(Buffer.of(1));
        // The literal packet's bytes are hashed for the MDC and enciphered; the cipher's output is framed.
        this.literal = new PartialFramer(chunk, b => this.seal(b));
        const prefix = (0,external_node_crypto_.randomBytes)(BLOCK + 2);
        prefix[BLOCK] = prefix[BLOCK - 2];
        prefix[BLOCK + 1] = prefix[BLOCK - 1];
        this.seal(prefix);
        this.seal(Buffer.of(0xc0 | TAG.literal));
        const head = Buffer.alloc(6);
        head[0] = 0x62; // 'b': binary
        head[1] = 0; // no filename
        head.writeUInt32BE(Math.floor((o.date ?? new Date()).getTime() / 1000), 2);
        this.literal.push(head);
    }
    /** Plaintext of the SEIPD body: hashed for the MDC, enciphered, framed. */
    seal(b) {
        this.mdc.update(b);
        this.outer.push(this.cipher.update(b));
    }
    _transform(chunk, _encoding, done) {
        this.literal.push(chunk);
        done();
    }
    _flush(done) {
        this.literal.end();
        // The MDC packet's header is part of what the MDC hashes; its hash value is enciphered but not hashed.
        this.seal(Buffer.of(0xc0 | TAG.mdc, 20));
        this.outer.push(this.cipher.update(this.mdc.digest()));
        this.outer.push(this.cipher.final());
        this.outer.end();
        done();
    }
}

;// CONCATENATED MODULE: ./src/crypto/encrypt.ts
/**
 * Streaming OpenPGP encryption with openpgp.js 6. Node streams go in and out through the WHATWG stream adapters
 * (openpgp 6 rejects Node streams). SEIPDv1 is the default because gpg 2.2 and rnp 0.16 cannot read SEIPDv2.
 *
 * openpgp picks SEIPDv2 on its own whenever every recipient key advertises it, whatever `config.aeadProtect` says.
 * To make the choice ours, the session key is generated first and its AEAD algorithm set (or removed) explicitly.
 *
 * SEIPDv1 with an AES session key and no OpenPGP compression (every upload) takes the native path: openpgp.js writes
 * the PKESK packets, encrypt-native.ts the body on node:crypto. SEIPDv2 and `--compress` stay on openpgp.js.
 */











/** A Node Readable of one binary OpenPGP message of the input's bytes, encrypted to every recipient. */
async function encryptStream(input, recipients, options = {}) {
    if (recipients.length === 0)
        throw new errors/* UserError */.yo('no recipient key to encrypt to: pass at least one');
    // The keys take a few event-loop turns: an input failing meanwhile (a missing file) stays on the stream (errored)
    // for the pipeline attached below, instead of becoming an uncaught 'error' event.
    const holdEarlyError = () => { };
    input.on('error', holdEarlyError);
    try {
        return await encryptAttached(input, recipients, options);
    }
    finally {
        input.off('error', holdEarlyError);
    }
}
async function encryptAttached(input, recipients, options) {
    const aead = options.aead === true;
    const generated = await openpgp/* generateSessionKey */.JM({
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
    // SEIPDv1 without OpenPGP compression (every upload): openpgp.js writes the PKESKs, node:crypto the body.
    if (!aead && !options.compress && NATIVE_CIPHERS[sessionKey.algorithm]) {
        const keyPackets = await openpgp/* encryptSessionKey */.TF({
            ...sessionKey,
            encryptionKeys: recipients,
            format: 'binary'
        });
        const encryptor = new SeipdV1Encryptor({
            algorithm: sessionKey.algorithm,
            key: sessionKey.data,
            keyPackets
        });
        // pipeline destroys both ends on a failure: an input error fails the ciphertext, a stopped consumer the input.
        // The error stays on the stream for its consumer (pipeline, async iteration), which may attach only later.
        encryptor.on('error', () => { });
        return (0,external_node_stream_.pipeline)(input, encryptor, () => { });
    }
    const message = await openpgp/* createMessage */.oH({
        binary: external_node_stream_.Readable.toWeb(input),
        format: 'binary'
    });
    const encrypted = await openpgp/* encrypt */.w({
        message,
        encryptionKeys: recipients,
        sessionKey,
        format: 'binary',
        config: {
            aeadProtect: aead,
            preferredCompressionAlgorithm: options.compress
                ? openpgp/* enums */.vP.compression.zlib
                : openpgp/* enums */.vP.compression.uncompressed
        }
    });
    return external_node_stream_.Readable.fromWeb(encrypted);
}
/** Temporary sibling of `out`, renamed into place only after the whole write succeeded. */
function partialPath(out) {
    return `${out}.partial-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
}
/**
 * Writes `source` to `outPath` all or nothing: a temp sibling (created exclusively, mode 0600) is written, fsynced
 * (`flush`), closed and renamed over `outPath`. On any failure (the source erroring included) the temp file is
 * closed and removed, and `outPath` is left as it was.
 */
async function writeFileAtomically(source, outPath) {
    const temp = partialPath(outPath);
    // Tracked, so the CLI removes it on a signal too (a decryption's temp file is unauthenticated plaintext).
    const release = (0,temp_files/* trackTempFile */.UP)(temp);
    try {
        await writeTemp(source, temp, outPath);
    }
    finally {
        release();
    }
}
async function writeTemp(source, temp, outPath) {
    const sink = (0,external_node_fs_.createWriteStream)(temp, { flags: 'wx', mode: 0o600, flush: true });
    try {
        await (0,external_node_events_.once)(sink, 'ready');
    }
    catch (err) {
        source.destroy();
        const code = err.code ?? 'error';
        throw new errors/* UserError */.yo(`cannot create ${outPath} (${code} on its temp file ${external_node_path_default().basename(temp)}): check that the directory exists and is writable`, { cause: err });
    }
    try {
        await (0,external_node_stream_promises_.pipeline)(source, sink);
        await (0,promises_.rename)(temp, outPath);
    }
    catch (err) {
        source.destroy();
        // pipeline rejects as soon as a stream errors, before the file is closed: remove it only once it is closed.
        if (!sink.closed) {
            sink.destroy();
            await (0,external_node_events_.once)(sink, 'close').catch(() => undefined);
        }
        await (0,promises_.rm)(temp, { force: true });
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


/***/ })

};
