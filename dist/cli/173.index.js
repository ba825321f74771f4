export const id = 173;
export const ids = [173];
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

/***/ 1018:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ refuseDirectoryInput),
/* harmony export */   su: () => (/* binding */ readTextArg),
/* harmony export */   vF: () => (/* binding */ refuseDirectoryOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3155);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file`);
}
function refuseDirectoryOutput(file, what) {
    if (isDirectory(file))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${what} ${file} is a directory: give a file path (the output is written as one file)`);
}
/** A text file named on the command line; one that cannot be read is a usage error naming it as the caller wrote it. */
async function readTextArg(io, command, file, what) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,_command_js__WEBPACK_IMPORTED_MODULE_3__/* .pathFor */ .p)(io, file), 'utf8');
    }
    catch (err) {
        const code = err.code ?? 'error';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${command}: cannot read ${what} ${file} (${code}; looked in ${io.cwd})`);
    }
}


/***/ }),

/***/ 1242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  It: () => (/* binding */ decryptFile),
  UC: () => (/* binding */ decryptStream),
  Lv: () => (/* binding */ decryptToFile)
});

// UNUSED EXPORTS: explainDecryptError

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/crypto/encrypt.ts + 1 modules
var encrypt = __webpack_require__(6766);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/crypto/packets.ts
/**
 * OpenPGP packet framing (RFC 9580 §4.2) for the native SEIPDv1 path: headers in the old and new formats, and
 * bodies of a fixed length, of partial lengths (new format) or running to the end of their input (old format).
 * Everything here works on chunks as they arrive: a header or a length may be split across two chunks.
 */
/** Framing that is not OpenPGP: the bytes were damaged, or are not a message. */
class PacketFormatError extends Error {
}
const EMPTY = Buffer.alloc(0);
/** A new-format length at buf[at]; null when buf ends before it does. */
function readNewLength(buf, at) {
    if (at >= buf.length)
        return null;
    const o1 = buf[at];
    if (o1 < 192)
        return { length: { kind: 'fixed', length: o1 }, size: 1 };
    if (o1 < 224) {
        if (at + 1 >= buf.length)
            return null;
        return { length: { kind: 'fixed', length: ((o1 - 192) << 8) + buf[at + 1] + 192 }, size: 2 };
    }
    if (o1 < 255)
        return { length: { kind: 'partial', length: 1 << (o1 & 0x1f) }, size: 1 };
    if (at + 4 >= buf.length)
        return null;
    return { length: { kind: 'fixed', length: buf.readUInt32BE(at + 1) }, size: 5 };
}
/** The packet header at buf[at]; null when buf ends before it does. */
function readHeader(buf, at) {
    if (at >= buf.length)
        return null;
    const b = buf[at];
    if ((b & 0x80) === 0)
        throw new PacketFormatError(`Error during parsing: 0x${b.toString(16)} is not a packet tag`);
    if (b & 0x40) {
        const l = readNewLength(buf, at + 1);
        return l && { tag: b & 0x3f, size: 1 + l.size, length: l.length };
    }
    const tag = (b >> 2) & 0x0f;
    const type = b & 3;
    if (type === 3)
        return { tag, size: 1, length: { kind: 'open' } };
    const n = type === 0 ? 1 : type === 1 ? 2 : 4;
    if (at + n >= buf.length)
        return null;
    return { tag, size: 1 + n, length: { kind: 'fixed', length: buf.readUIntBE(at + 1, n) } };
}
/** Strips a packet body's framing: hands on the body bytes and tells where the body ends. */
class BodyDeframer {
    remaining;
    partial;
    open;
    /** Length octets of the next partial segment when a chunk ended inside them. */
    lengthBytes = null;
    constructor(length) {
        this.open = length.kind === 'open';
        this.partial = length.kind === 'partial';
        this.remaining = length.kind === 'open' ? 0 : length.length;
    }
    /** The body is whole: its last segment was read, or (open-ended body) whatever the input held is the body. */
    get complete() {
        return this.open || (this.remaining === 0 && !this.partial && this.lengthBytes === null);
    }
    /**
     * Appends the body bytes in `chunk` to `body`. Returns what follows the body in `chunk` (maybe empty) once the
     * body ended, or null while it goes on.
     */
    push(chunk, body) {
        if (this.open) {
            if (chunk.length > 0)
                body.push(chunk);
            return null;
        }
        let at = 0;
        for (;;) {
            if (this.remaining > 0) {
                if (at >= chunk.length)
                    return null;
                const n = Math.min(this.remaining, chunk.length - at);
                body.push(chunk.subarray(at, at + n));
                at += n;
                this.remaining -= n;
                continue;
            }
            if (!this.partial)
                return chunk.subarray(at);
            if (at >= chunk.length)
                return null;
            const held = this.lengthBytes?.length ?? 0;
            const pending = held > 0 ? Buffer.concat([this.lengthBytes, chunk.subarray(at, at + 5)]) : chunk.subarray(at, at + 5);
            const parsed = readNewLength(pending, 0);
            if (!parsed) {
                // Fewer than 5 bytes were left: all of them are in `pending`.
                this.lengthBytes = Buffer.from(pending);
                return null;
            }
            at += parsed.size - held;
            this.lengthBytes = null;
            this.partial = parsed.length.kind === 'partial';
            this.remaining = parsed.length.kind === 'open' ? 0 : parsed.length.length;
        }
    }
}
/** One packet of an expected tag read from a stream of chunks: its header, then its body via a BodyDeframer. */
class PacketReader {
    tag;
    what;
    head = EMPTY;
    deframer = null;
    constructor(tag, what) {
        this.tag = tag;
        this.what = what;
    }
    get complete() {
        return this.deframer?.complete ?? false;
    }
    /** As BodyDeframer.push; throws a PacketFormatError when the packet is not the expected one. */
    push(chunk, body) {
        if (this.deframer === null) {
            const buf = this.head.length > 0 ? Buffer.concat([this.head, chunk]) : chunk;
            const header = readHeader(buf, 0);
            if (header === null) {
                this.head = Buffer.from(buf);
                return null;
            }
            if (header.tag !== this.tag) {
                throw new PacketFormatError(`Error during parsing: expected a ${this.what} packet, found tag ${header.tag}`);
            }
            this.head = EMPTY;
            this.deframer = new BodyDeframer(header.length);
            chunk = buf.subarray(header.size);
        }
        return this.deframer.push(chunk, body);
    }
}

;// CONCATENATED MODULE: ./src/crypto/inner-packets.ts


const TAG = { compressed: 8, literal: 11 };
/** zlib's output chunk: 256 KiB instead of 16 KiB spends ~35% less CPU per byte (fewer callbacks and writes). */
const INFLATE_CHUNK = 256 * 1024;
/** A literal data packet's data: its framing and its header fields (format, file name, date) stripped. */
class LiteralData {
    reader = new PacketReader(TAG.literal, 'literal data');
    seen = 0;
    headerLength = Infinity;
    push(chunk, data) {
        const body = [];
        const rest = this.reader.push(chunk, body);
        for (let piece of body) {
            while (this.seen < this.headerLength && piece.length > 0) {
                // Byte 1 is the file name's length: format (1), length (1), name, date (4).
                if (this.seen === 1)
                    this.headerLength = 6 + piece[0];
                const n = this.seen === 0 ? 1 : Math.min(this.headerLength - this.seen, piece.length);
                this.seen += n;
                piece = piece.subarray(n);
            }
            if (piece.length > 0)
                data.push(piece);
        }
        if (rest !== null && rest.length > 0) {
            throw new PacketFormatError('Error during parsing: packets follow the literal data packet');
        }
    }
    finish() {
        if (!this.reader.complete || this.seen < this.headerLength) {
            throw new PacketFormatError('Unexpected end of packet: the literal data packet is incomplete');
        }
    }
}
/** Resolves once `stream` can take more (or is gone: the caller checks). */
function drained(stream) {
    if (stream.destroyed)
        return Promise.resolve();
    return new Promise(resolve => {
        const done = () => {
            stream.off('drain', done);
            stream.off('close', done);
            stream.off('error', done);
            resolve();
        };
        stream.on('drain', done);
        stream.on('close', done);
        stream.on('error', done);
    });
}
/** Plaintext packets → literal data → `out`. */
function literalSink(out) {
    const literal = new LiteralData();
    return {
        async write(pieces) {
            for (const piece of pieces) {
                const data = [];
                literal.push(piece, data);
                for (const d of data)
                    if (!out.destroyed && !out.write(d))
                        await drained(out);
            }
        },
        async end() {
            literal.finish();
        }
    };
}
/** Plaintext packets → compressed packet body → node:zlib → literal data → `out`. */
function inflateSink(algorithm, out) {
    const compressed = new PacketReader(TAG.compressed, 'compressed data');
    const inflate = algorithm === 1
        ? (0,external_node_zlib_.createInflateRaw)({ chunkSize: INFLATE_CHUNK })
        : (0,external_node_zlib_.createInflate)({ chunkSize: INFLATE_CHUNK });
    const literal = new LiteralData();
    let algorithmByte = true;
    let failure = null;
    let ended = false;
    let paused = false;
    const fail = (err) => {
        failure ??= err;
        inflate.destroy();
    };
    inflate.on('error', fail);
    inflate.on('end', () => (ended = true));
    inflate.on('data', (d) => {
        if (failure !== null || out.destroyed)
            return;
        try {
            const data = [];
            literal.push(d, data);
            for (const x of data) {
                if (!out.write(x) && !paused) {
                    paused = true;
                    inflate.pause();
                    void drained(out).then(() => {
                        paused = false;
                        inflate.resume();
                    });
                }
            }
        }
        catch (err) {
            fail(err);
        }
    });
    out.once('close', () => inflate.destroy());
    return {
        async write(pieces) {
            for (let piece of pieces) {
                if (failure !== null)
                    throw failure;
                const body = [];
                const rest = compressed.push(piece, body);
                if (rest !== null && rest.length > 0) {
                    throw new PacketFormatError('Error during parsing: packets follow the compressed data packet');
                }
                for (piece of body) {
                    if (algorithmByte && piece.length > 0) {
                        piece = piece.subarray(1);
                        algorithmByte = false;
                    }
                    if (piece.length > 0 && !inflate.write(piece) && failure === null)
                        await drained(inflate);
                }
            }
            if (failure !== null)
                throw failure;
        },
        async end() {
            if (failure === null && !inflate.destroyed) {
                await new Promise(resolve => {
                    inflate.once('close', resolve);
                    inflate.end();
                });
            }
            if (failure !== null)
                throw failure;
            if (!ended || !compressed.complete) {
                throw new PacketFormatError('Unexpected end of packet: the compressed data packet is incomplete');
            }
            literal.finish();
        }
    };
}

;// CONCATENATED MODULE: ./src/crypto/seipd-native.ts
/**
 * The native bulk path for the common message shape: PKESKs, then one SEIPDv1 packet (AES, MDC) holding a literal
 * data packet, bare or inside a ZIP/ZLIB compressed packet. openpgp.js decrypts the session key; node:crypto runs the
 * OpenPGP CFB (RFC 9580 §5.13.1: no resync for SEIPD, so plain CFB with a zero IV over the whole body) and the SHA-1
 * MDC, node:zlib inflates. That is ~4× openpgp.js's web-stream path.
 *
 * The decision is made before anything is consumed for good: the first bytes (≤ PEEK_LIMIT) are held, the session key
 * decrypted and a sample of the body deciphered (and inflated with a sync flush) to see the inner packets. Anything
 * else (SEIPDv2/AEAD, SED, SKESK, other ciphers, bzip2, signed messages, text literals, a failing session key…) is
 * handed back with the held bytes for openpgp.js to read, errors included.
 *
 * The plaintext still comes out before the MDC at the end is checked: the caller commits only on a clean end. A
 * framing or decompression error inside the encrypted data is held until the MDC was checked, so a tampered message
 * fails as an integrity failure, whatever its garbage looked like.
 */






/** Held input while deciding; a message whose inner packets do not show up by then goes to openpgp.js. */
const PEEK_LIMIT = 1 << 20;
/** Deciphered body bytes wanted before deciding (unless the message is shorter). */
const SAMPLE_BYTES = 16 * 1024;
const seipd_native_TAG = { pkesk: 1, compressed: 8, literal: 11, seipd: 18 };
const CIPHERS = {
    aes128: { name: 'aes-128-cfb', keyLength: 16 },
    aes192: { name: 'aes-192-cfb', keyLength: 24 },
    aes256: { name: 'aes-256-cfb', keyLength: 32 }
};
const BLOCK = 16;
const MDC_LENGTH = 22;
/** Decides on the held bytes: a plan, 'more' (hold more input first) or 'fallback' (openpgp.js reads it). */
async function planFastPath(head, ended, keys, cache) {
    const more = ended ? 'fallback' : 'more';
    let at = 0;
    let seipd;
    try {
        for (;;) {
            const header = readHeader(head, at);
            if (header === null)
                return more;
            if (header.tag === seipd_native_TAG.seipd) {
                seipd = header;
                break;
            }
            if (header.tag !== seipd_native_TAG.pkesk || header.length.kind !== 'fixed')
                return 'fallback';
            if (at + header.size + header.length.length > head.length)
                return more;
            at += header.size + header.length.length;
        }
    }
    catch {
        return 'fallback';
    }
    if (at === 0)
        return 'fallback';
    const sample = [];
    const after = new BodyDeframer(seipd.length).push(head.subarray(at + seipd.size), sample);
    const body = Buffer.concat(sample);
    if (body.length < 1 + SAMPLE_BYTES && after === null && !ended)
        return 'more';
    if (body[0] !== 1)
        return 'fallback';
    cache.key ??= sessionKey(head.subarray(0, at), keys);
    const session = await cache.key;
    if (session === null)
        return 'fallback';
    let plain = (0,external_node_crypto_.createDecipheriv)(session.cipher, session.key, Buffer.alloc(BLOCK)).update(body.subarray(1));
    if (plain.length < BLOCK + 2 + MDC_LENGTH)
        return 'fallback';
    plain = plain.subarray(BLOCK + 2, after !== null || ended ? plain.length - MDC_LENGTH : plain.length);
    const inner = innerShape(plain);
    if (inner === 'fallback' || inner === 'more')
        return inner === 'more' ? more : 'fallback';
    return { cipher: session.cipher, key: session.key, compression: inner, seipdAt: at, keyIds: session.keyIds };
}
/** openpgp.js decrypts the session key from the PKESKs alone; any trouble (wrong key included) → null. */
async function sessionKey(pkesks, keys) {
    try {
        const message = await openpgp/* readMessage */._8({ binaryMessage: pkesks });
        const found = await openpgp/* decryptSessionKeys */.Qs({ message, decryptionKeys: keys });
        // Several candidates (hidden recipients tried with several keys): openpgp.decrypt picks the one that works.
        if (found.length !== 1)
            return null;
        const { data, algorithm } = found[0];
        const cipher = algorithm === null ? undefined : CIPHERS[algorithm];
        if (cipher === undefined || data.length !== cipher.keyLength)
            return null;
        const keyIds = message.getEncryptionKeyIDs().map(id => id.toHex().toUpperCase());
        return { cipher: cipher.name, key: Buffer.from(data), keyIds };
    }
    catch {
        return null;
    }
}
/** The inner packets at the start of the plaintext: a binary literal, bare (0) or compressed with ZIP (1) or ZLIB (2). */
function innerShape(plain) {
    try {
        const header = readHeader(plain, 0);
        if (header === null)
            return 'more';
        if (header.tag === seipd_native_TAG.literal)
            return isBinaryLiteral(plain) ? 0 : 'fallback';
        if (header.tag !== seipd_native_TAG.compressed)
            return 'fallback';
        const body = [];
        new BodyDeframer(header.length).push(plain.subarray(header.size), body);
        const compressed = Buffer.concat(body);
        if (compressed.length < 2)
            return 'more';
        const algorithm = compressed[0];
        if (algorithm !== 1 && algorithm !== 2)
            return 'fallback';
        const options = { finishFlush: external_node_zlib_.constants.Z_SYNC_FLUSH };
        const data = compressed.subarray(1);
        const literal = algorithm === 1 ? (0,external_node_zlib_.inflateRawSync)(data, options) : (0,external_node_zlib_.inflateSync)(data, options);
        if (literal.length === 0)
            return 'more';
        return isBinaryLiteral(literal) ? algorithm : 'fallback';
    }
    catch {
        return 'fallback';
    }
}
/** A literal data packet of format 'b': its bytes are the file's, as openpgp.js hands them on. */
function isBinaryLiteral(bytes) {
    const header = readHeader(bytes, 0);
    return header !== null && header.tag === seipd_native_TAG.literal && bytes[header.size] === 0x62;
}
function integrityError(why) {
    return new Error(`Modification detected: ${why}`);
}
/** The SEIPD packet: strips its framing, deciphers, skips the prefix, hashes and holds back the MDC packet. */
class SeipdBody {
    reader = new PacketReader(seipd_native_TAG.seipd, 'encrypted data');
    decipher;
    hash = (0,external_node_crypto_.createHash)('sha1');
    version = false;
    prefixLeft = BLOCK + 2;
    tail = Buffer.alloc(0);
    constructor(plan) {
        this.decipher = (0,external_node_crypto_.createDecipheriv)(plan.cipher, plan.key, Buffer.alloc(BLOCK));
    }
    /** Bytes after the packet: checked once the MDC is (openpgp.js too reports a failing MDC first). */
    trailing = false;
    /** The packets inside (after the prefix, before the MDC) that `chunk` completes. */
    push(chunk) {
        const body = [];
        const rest = this.reader.push(chunk, body);
        if (rest !== null && rest.length > 0)
            this.trailing = true;
        const out = [];
        for (let piece of body) {
            if (!this.version) {
                if (piece.length === 0)
                    continue;
                piece = piece.subarray(1);
                this.version = true;
            }
            const plain = this.decipher.update(piece);
            if (plain.length >= MDC_LENGTH) {
                this.emit(this.tail, out);
                this.emit(plain.subarray(0, plain.length - MDC_LENGTH), out);
                this.tail = plain.subarray(plain.length - MDC_LENGTH);
            }
            else {
                const joined = Buffer.concat([this.tail, plain]);
                const cut = Math.max(0, joined.length - MDC_LENGTH);
                this.emit(joined.subarray(0, cut), out);
                this.tail = joined.subarray(cut);
            }
        }
        return out;
    }
    emit(plain, out) {
        if (plain.length === 0)
            return;
        this.hash.update(plain);
        if (this.prefixLeft > 0) {
            const skip = Math.min(this.prefixLeft, plain.length);
            this.prefixLeft -= skip;
            plain = plain.subarray(skip);
        }
        if (plain.length > 0)
            out.push(plain);
    }
    /** Throws unless the packet ended and its MDC matches. */
    finish() {
        // openpgp.js's words for a message cut inside the packet.
        if (!this.reader.complete)
            throw new PacketFormatError('Unexpected end of packet: the encrypted data packet is cut short');
        const tail = this.tail;
        if (this.prefixLeft > 0 || tail.length !== MDC_LENGTH || tail[0] !== 0xd3 || tail[1] !== 0x14) {
            throw integrityError('no MDC packet at the end of the encrypted data');
        }
        this.hash.update(tail.subarray(0, 2));
        if (!(0,external_node_crypto_.timingSafeEqual)(this.hash.digest(), tail.subarray(2)))
            throw integrityError('the MDC does not match');
        if (this.trailing)
            throw new PacketFormatError('Error during parsing: data follows the encrypted data packet');
    }
}
/**
 * Decrypts the message the plan was made from: `head` (the held bytes) then the rest of the input, the literal data
 * into `out`. Resolves once the MDC matched and the literal data ended; `out` is then for the caller to end.
 */
async function runFastPath(head, rest, plan, out, onProgress) {
    const seipd = new SeipdBody(plan);
    const inner = plan.compression === 0 ? literalSink(out) : inflateSink(plan.compression, out);
    let innerError = null;
    const feed = async (chunk) => {
        const pieces = seipd.push(chunk);
        if (innerError !== null || pieces.length === 0)
            return;
        // Held until the MDC is checked: garbage from a tampered message must read as an integrity failure.
        await inner.write(pieces).catch((err) => void (innerError = err));
    };
    await feed(head.subarray(plan.seipdAt));
    while (!seipd.trailing) {
        if (out.destroyed)
            return;
        const next = await rest.next();
        if (next.done === true)
            break;
        onProgress();
        const value = next.value;
        await feed(Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
    seipd.finish();
    if (innerError !== null)
        throw innerError;
    await inner.end();
}
/** The held bytes, then the rest of the input: for openpgp.js when the fast path does not apply. */
function replay(head, rest) {
    async function* all() {
        if (head.length > 0)
            yield head;
        for (;;) {
            const next = await rest.next();
            if (next.done === true)
                return;
            yield next.value;
        }
    }
    return external_node_stream_.Readable.from(all(), { objectMode: false });
}
async function peek(stream, keys) {
    const rest = stream[Symbol.asyncIterator]();
    const chunks = [];
    let length = 0;
    let ended = false;
    const cache = {};
    for (;;) {
        const head = Buffer.concat(chunks, length);
        const plan = await planFastPath(head, ended, keys, cache);
        if (plan !== 'more')
            return plan === 'fallback' ? replay(head, rest) : { plan, head, rest };
        if (length >= PEEK_LIMIT)
            return replay(head, rest);
        const next = await rest.next();
        if (next.done === true)
            ended = true;
        else {
            const value = next.value;
            chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength));
            length += next.value.length;
        }
    }
}

;// CONCATENATED MODULE: ./src/crypto/decrypt.ts
/**
 * Streaming OpenPGP decryption. `allowUnauthenticatedStream` lets openpgp emit plaintext before the integrity check
 * at the end of the message (otherwise it buffers the whole plaintext); the price is that a consumer sees bytes of
 * a message that may still fail. So nothing is committed until the stream ended cleanly: decryptFile writes a temp
 * file and renames it, the DecryptBatch Lambda completes its multipart upload only then.
 *
 * Inputs: armored or binary; SEIPDv1 (MDC), SEIPDv2 and the older AEAD packet rnp --aead writes; uncompressed or
 * compressed with zip, zlib or bzip2 (openpgp 6 decompresses all three as streams; bzip2 is about 3× slower).
 * Binary SEIPDv1 messages with AES and a binary literal, bare or zip/zlib-compressed, take the native path of
 * seipd-native.ts (same contract, ~4× faster); everything else, and every error before the body, is openpgp.js's.
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
        throw new errors/* UserError */.yo('the input is empty: it is not an OpenPGP message');
    const armored = head.subarray(0, SNIFF_LIMIT).toString('latin1').trimStart().startsWith(ARMOR_HEADER);
    return { armored, stream: external_node_stream_.Readable.from(replay(), { objectMode: false }) };
}
/** openpgp's messages → one line that says what happened and what to do. */
function explainDecryptError(err, keyIds = []) {
    if (err instanceof errors/* UserError */.yo)
        return err;
    // Errors from Node's own streams (zlib) may come from another realm than `Error` (vm contexts): read `.message`.
    const message = typeof err?.message === 'string'
        ? err.message
        : String(err);
    const first = message.split('\n')[0] ?? message;
    if (/Modification detected|Authentication tag mismatch|Integrity check failed|MDC/i.test(first)) {
        return new errors/* UserError */.yo('ciphertext failed the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again', { cause: err });
    }
    // The compressed packet sits inside the integrity-protected packet: data that does not decompress was altered
    // (the decompressor fails before the integrity check at the end of the message is reached).
    if (isCorruptCompressedData(err, first)) {
        return new errors/* UserError */.yo(`ciphertext is damaged (its compressed data is corrupt: ${first}), so it cannot pass the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again`, { cause: err });
    }
    // RSA/ElGamal session-key decryption (bad padding or checksum) and AES key unwrap (ECDH) of a PKESK that was altered.
    if (/Key Data Integrity failed|\bDecryption error\b/.test(first)) {
        // Hidden recipients (gpg --throw-keyids, -R): the key ID is zero and openpgp tries every key, so a wrong key
        // fails here too.
        if (keyIds.length > 0 && keyIds.every(id => /^0+$/.test(id))) {
            return new errors/* UserError */.yo('no given private key can decrypt this message (its recipients are hidden, gpg --throw-keyids; every given key was tried), or its encrypted session key is damaged: pass the matching --key', { cause: err });
        }
        return new errors/* UserError */.yo("the message's encrypted session key is damaged (tampered or corrupted file): nothing was written; fetch the file again", { cause: err });
    }
    if (/Session key decryption failed|No decryption key packets|Could not find (valid )?decryption key/i.test(first)) {
        const to = keyIds.length === 0
            ? ''
            : ` (it is encrypted to key ID${keyIds.length > 1 ? 's' : ''} ${keyIds.join(', ')})`;
        return new errors/* UserError */.yo(`no given private key can decrypt this message${to}: pass the matching --key`, {
            cause: err
        });
    }
    if (/Compression algorithm .* is not supported|Unsupported compression|decompression not supported/i.test(first)) {
        return new errors/* UserError */.yo(`the message uses a compression this build cannot read (${first}): re-encrypt with zlib, zip or no compression (gpg --compress-algo zlib)`, { cause: err });
    }
    if (/Unexpected end of packet|Error during parsing|Unknown packet|not a valid|Misformed armored text|Packet not allowed|Unsupported .*version|Unknown .*version/i.test(first)) {
        return new errors/* UserError */.yo(`the input is not a complete OpenPGP message (${first}): check the file`, {
            cause: err
        });
    }
    return new errors/* UserError */.yo(`decryption failed: ${first}`, { cause: err });
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
    return new errors/* UserError */.yo(`decryption made no progress for ${Math.round(stallMs / 1000)} s: the message is damaged (tampered or truncated; openpgp.js stalls on some corrupt bzip2 data instead of failing its integrity check): nothing was written; fetch the file again`);
}
/**
 * Runs the native path into `out`: ends it once the MDC matched, errors it (a UserError) otherwise. A consumer that
 * gives up (destroys `out`) stops the decryption and the input.
 */
function startNative(peeked, input, out, stopWatching, onProgress) {
    const { plan, head, rest } = peeked;
    out.once('close', () => {
        stopWatching();
        input.destroy();
    });
    // As for openpgp.js's path below: an error before the consumer listens must not crash the process.
    out.on('error', () => { });
    runFastPath(head, rest, plan, out, onProgress).then(() => {
        stopWatching();
        if (!out.destroyed)
            out.end();
    }, (err) => {
        stopWatching();
        out.destroy(explainDecryptError(err, plan.keyIds));
    });
}
/**
 * Decrypts a streamed OpenPGP message (armored or binary). Rejects with a UserError when the message cannot be parsed
 * or no given key can decrypt it; later failures (integrity, truncation) error the returned stream.
 */
async function decryptStream(input, keys, options = {}) {
    const progress = { at: Date.now(), reading: false };
    const { armored, stream } = await sniff(input, progress);
    // The watchdog: first openpgp's parsing and decryption are awaited (`stalled` rejects), then `out` is watched.
    const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    const out = new external_node_stream_.PassThrough();
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
    let encrypted = stream;
    if (!armored) {
        let peeked;
        try {
            peeked = await Promise.race([peek(stream, keys), stalled]);
        }
        catch (err) {
            stopWatching();
            stream.destroy();
            throw explainDecryptError(err);
        }
        if (!(peeked instanceof external_node_stream_.Readable)) {
            onStall = err => out.destroy(err);
            startNative(peeked, stream, out, stopWatching, () => void (progress.at = Date.now()));
            return { stream: out, keyIds: peeked.plan.keyIds, engine: 'native' };
        }
        encrypted = peeked;
    }
    const web = external_node_stream_.Readable.toWeb(encrypted);
    let message;
    try {
        message = await Promise.race([
            armored
                ? openpgp/* readMessage */._8({
                    armoredMessage: web.pipeThrough(new TextDecoderStream())
                })
                : openpgp/* readMessage */._8({ binaryMessage: web }),
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
            openpgp/* decrypt */.Yc({
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
    const source = external_node_stream_.Readable.fromWeb(data);
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
    return { stream: out, keyIds, engine: 'openpgp.js' };
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
        await (0,encrypt/* writeFileAtomically */.lo)(decrypted.stream, outPath);
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
        handle = await (0,promises_.open)(inPath, 'r');
    }
    catch (err) {
        const code = err.code;
        throw new errors/* UserError */.yo(code === 'ENOENT'
            ? `encrypted input ${inPath} not found: fix the path`
            : `encrypted input ${inPath} cannot be read (${code ?? 'error'}): check its permissions`, { cause: err });
    }
    return decryptToFile(handle.createReadStream(), outPath, keys, options);
}


/***/ })

};
