export const id = 487;
export const ids = [487];
export const modules = {

/***/ 1487:
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/formats/table.ts
/** The shapes every reader and writer shares. Pure. */
function newRow() {
    return Object.create(null);
}
/** The value of `name` in `row`, or null when the row has no such own column (never an inherited member). */
function table_cell(row, name) {
    return Object.hasOwn(row, name) ? (row[name] ?? null) : null;
}
const BATCH_ROWS = 4096;

// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/formats/output-file.ts
/**
 * A text output file of a recipe run (CSV, JSON Lines): created 0600, since it can hold plaintext PII, and removed
 * whole when the run aborts, so no partial output is left behind.
 */



function output_file_openOutputFile(path) {
    const out = createWriteStream(path, { flags: 'w', mode: 0o600 });
    return {
        async write(text) {
            if (!out.write(text))
                await once(out, 'drain');
        },
        async close() {
            out.end();
            await once(out, 'finish');
        },
        async abort() {
            // The file opens asynchronously: wait for the stream to close, or the open could recreate it after rm. Writes
            // still queued fail with ERR_STREAM_DESTROYED on the way: that is expected here and must not replace the error
            // that made the run abort (events.once would reject with it).
            if (!out.closed) {
                const closed = new Promise(resolve => out.once('close', () => resolve()));
                out.on('error', () => undefined);
                out.destroy();
                await closed;
            }
            await rm(path, { force: true });
        }
    };
}

;// CONCATENATED MODULE: ./src/formats/utf8.ts
/**
 * Strict UTF-8 for the text readers. A Latin-1 or Windows-1252 export decoded leniently turns `é` into U+FFFD, which the
 * recipe then normalizes and hashes: the row can never match a partner's, and nothing says so. Invalid bytes stop the
 * read at `file:line` instead.
 */
/** Position of the first byte that cannot start or continue a UTF-8 sequence (RFC 3629), or -1. A sequence cut off by
 * the end of the chunk is not an error here: the stream decoder carries it into the next chunk. */
function firstInvalidUtf8(bytes) {
    let i = 0;
    const n = bytes.length;
    while (i < n) {
        const c = bytes[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let more;
        // The second byte's range excludes overlong forms, surrogates (ED A0..BF) and code points above U+10FFFF.
        let lo = 0x80;
        let hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf)
            more = 1;
        else if (c >= 0xe0 && c <= 0xef) {
            more = 2;
            if (c === 0xe0)
                lo = 0xa0;
            if (c === 0xed)
                hi = 0x9f;
        }
        else if (c >= 0xf0 && c <= 0xf4) {
            more = 3;
            if (c === 0xf0)
                lo = 0x90;
            if (c === 0xf4)
                hi = 0x8f;
        }
        else
            return i;
        for (let k = 1; k <= more; k++) {
            if (i + k >= n)
                return -1;
            const b = bytes[i + k];
            if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf)
                return i;
        }
        i += more + 1;
    }
    return -1;
}
function newlines(bytes, end = bytes.length) {
    let count = 0;
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, end);
    for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1))
        count++;
    return count;
}
/** Decodes a file's chunks in order; throws `path:line: not valid UTF-8 …` on the first invalid byte. */
class StrictUtf8Decoder {
    path;
    decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    /** Physical line at the start of the next chunk. */
    line = 1;
    /** `firstLine`: the physical line the first chunk starts at (a part of a larger file, src/recipe/chunk-worker.ts). */
    constructor(path, firstLine = 1) {
        this.path = path;
        this.line = firstLine;
    }
    write(chunk) {
        let text;
        try {
            text = this.decoder.decode(chunk, { stream: true });
        }
        catch {
            // An error in a sequence begun in the previous chunk shows up at offset 0 (or not at all) here.
            const at = Math.max(0, firstInvalidUtf8(chunk));
            const line = this.line + newlines(chunk, at);
            const byte = chunk[at];
            throw new Error(`${this.path}:${line}: not valid UTF-8${byte === undefined ? '' : ` (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')})`}: save or convert the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) and run again`);
        }
        this.line += newlines(chunk);
        return text;
    }
    end() {
        try {
            return this.decoder.decode();
        }
        catch {
            throw new Error(`${this.path}:${this.line}: not valid UTF-8 (the file ends inside a multi-byte character): the file is truncated or not UTF-8`);
        }
    }
}

;// CONCATENATED MODULE: ./src/formats/csv.ts
/**
 * Streaming CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes). The first record is the
 * header. An empty unquoted field reads as null (missing), as DataBrew treats it; a quoted empty field ("") is ''.
 */




/** A malformed record; `line` is where it starts (1-based, physical lines). */
class CsvSyntaxError extends Error {
    line;
    constructor(line, message) {
        super(message);
        this.line = line;
        this.name = 'CsvSyntaxError';
    }
}
/**
 * Incremental parser: feed text, get complete records; `end()` returns the last one. After each `push`/`end`,
 * `recordLines[i]` is the physical line where the i-th returned record starts (quoted fields may span lines).
 */
class CsvParser {
    delimiter;
    field = '';
    record = [];
    inQuotes = false;
    quotedField = false;
    afterQuote = false;
    fieldStarted = false;
    pendingCR = false;
    /** Where the record being parsed started, and where its open quoted field did. */
    recordStart = 1;
    quoteStart = 1;
    line = 1;
    recordLines = [];
    /** `firstLine`: the physical line the text starts at (a chunk of a larger file, src/recipe/parallel.ts). */
    constructor(delimiter = ',', firstLine = 1) {
        this.delimiter = delimiter;
        this.line = firstLine;
        this.recordStart = firstLine;
    }
    endField() {
        this.record.push(this.quotedField ? this.field : this.field === '' ? null : this.field);
        this.field = '';
        this.quotedField = false;
        this.afterQuote = false;
        this.fieldStarted = false;
    }
    endRecord(out) {
        this.endField();
        // A blank line (one empty field) is skipped, like most CSV readers and DataBrew do.
        if (!(this.record.length === 1 && this.record[0] === null)) {
            out.push(this.record);
            this.recordLines.push(this.recordStart);
        }
        this.record = [];
    }
    push(text) {
        const out = [];
        this.recordLines = [];
        const d = this.delimiter;
        let i = 0;
        const n = text.length;
        if (this.pendingCR) {
            this.pendingCR = false;
            if (text[0] === '\n')
                i = 1;
        }
        while (i < n) {
            if (this.inQuotes) {
                const q = text.indexOf('"', i);
                if (q === -1) {
                    this.field += text.slice(i);
                    for (let k = i; k < n; k++)
                        if (text.charCodeAt(k) === 10)
                            this.line++;
                    return out;
                }
                const chunk = text.slice(i, q);
                for (let k = 0; k < chunk.length; k++)
                    if (chunk.charCodeAt(k) === 10)
                        this.line++;
                this.field += chunk;
                if (q + 1 >= n) {
                    // Can't tell "" from " + delimiter yet: remember we saw a quote.
                    this.inQuotes = false;
                    this.afterQuote = true;
                    return out;
                }
                if (text[q + 1] === '"') {
                    this.field += '"';
                    i = q + 2;
                }
                else {
                    this.inQuotes = false;
                    this.afterQuote = true;
                    i = q + 1;
                }
                continue;
            }
            const c = text[i];
            if (this.afterQuote && c === '"') {
                // The quote at the end of the previous chunk was the first of a doubled pair.
                this.field += '"';
                this.inQuotes = true;
                this.afterQuote = false;
                i++;
                continue;
            }
            if (this.afterQuote && c !== d && c !== '\n' && c !== '\r') {
                // `"a"junk`: RFC 4180 allows nothing between a closing quote and the delimiter. Joining it (`ajunk`) would
                // hide a broken export, so the record is refused.
                throw new CsvSyntaxError(this.line, `text after the closing quote of field ${this.record.length + 1} (a quote inside a quoted field must be doubled: "")`);
            }
            if (c === '"' && !this.fieldStarted) {
                this.quoteStart = this.line;
                this.inQuotes = true;
                this.quotedField = true;
                this.fieldStarted = true;
                i++;
                continue;
            }
            if (c === d) {
                this.endField();
                i++;
                continue;
            }
            if (c === '\n' || c === '\r') {
                this.endRecord(out);
                this.line++;
                this.recordStart = this.line;
                if (c === '\r') {
                    if (i + 1 < n) {
                        if (text[i + 1] === '\n')
                            i++;
                    }
                    else
                        this.pendingCR = true;
                }
                i++;
                continue;
            }
            // Plain run up to the next special character.
            let j = i;
            while (j < n) {
                const ch = text[j];
                if (ch === d || ch === '\n' || ch === '\r')
                    break;
                j++;
            }
            this.field += text.slice(i, j);
            this.fieldStarted = true;
            this.afterQuote = false;
            i = j;
        }
        return out;
    }
    end() {
        this.recordLines = [];
        if (this.inQuotes)
            throw new CsvSyntaxError(this.quoteStart, 'unterminated quoted field (no closing quote before the end of the file)');
        const out = [];
        if (this.fieldStarted || this.record.length > 0 || this.field !== '')
            this.endRecord(out);
        return out;
    }
}
/** A parsed record as a row of the header's columns (missing trailing fields are null; extra fields refused). */
function csvRecordRow(path, names, record, line) {
    if (record.length > names.length) {
        throw new Error(`${path}:${line}: ${record.length} fields, the header has ${names.length}`);
    }
    const row = newRow();
    for (let c = 0; c < names.length; c++)
        row[names[c]] = record[c] ?? null;
    return row;
}
async function openCsvReader(path, options = {}) {
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    const decoder = new StrictUtf8Decoder(path);
    const parser = new CsvParser(options.delimiter ?? ',');
    const iterator = stream[Symbol.asyncIterator]();
    let pending = [];
    let pendingLines = [];
    let header;
    /** Runs the parser; a syntax error becomes `path:line: …`. */
    const parsed = (records) => {
        try {
            return records();
        }
        catch (err) {
            if (err instanceof CsvSyntaxError)
                throw new Error(`${path}:${err.line}: ${err.message}`);
            throw err;
        }
    };
    let first = true;
    let done = false;
    while (!header && !done) {
        const next = await iterator.next();
        if (next.done) {
            pending = parsed(() => parser.push(decoder.end()));
            pendingLines = parser.recordLines;
            pending.push(...parsed(() => parser.end()));
            pendingLines.push(...parser.recordLines);
            done = true;
        }
        else {
            let text = decoder.write(next.value);
            if (first && text.charCodeAt(0) === 0xfeff)
                text = text.slice(1); // BOM
            first = false;
            pending = parsed(() => parser.push(text));
            pendingLines = parser.recordLines;
        }
        if (pending.length > 0) {
            // Names stay exactly as written (`Lastname ` is not `Lastname`): a recipe names them as DataBrew read them.
            header = pending.shift().map((h, i) => (h === null || h === '' ? `column_${i + 1}` : h));
            pendingLines = pendingLines.slice(1);
        }
    }
    if (!header)
        throw new Error(`${path} is empty: a CSV needs a header line`);
    const names = header;
    const dup = names.find((n, i) => names.indexOf(n) !== i);
    if (dup)
        throw new Error(`${path}: column '${dup}' appears twice in the header`);
    const columns = names.map(name => ({ name, type: 'string' }));
    const toRow = (record, line) => csvRecordRow(path, names, record, line);
    return {
        columns,
        async *batches() {
            let batch = [];
            const emit = (records, lines = parser.recordLines) => {
                for (let i = 0; i < records.length; i++)
                    batch.push(toRow(records[i], lines[i]));
            };
            emit(pending, pendingLines);
            pending = [];
            while (!done) {
                const next = await iterator.next();
                if (next.done) {
                    emit(parsed(() => parser.push(decoder.end())));
                    emit(parsed(() => parser.end()));
                    done = true;
                }
                else
                    emit(parsed(() => parser.push(decoder.write(next.value))));
                while (batch.length >= BATCH_ROWS)
                    yield batch.splice(0, BATCH_ROWS);
                if (done && batch.length > 0) {
                    yield batch;
                    batch = [];
                }
            }
        },
        async close() {
            stream.destroy();
        }
    };
}
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
function csvField(value) {
    if (value === null)
        return '';
    if (value === '')
        return '""';
    return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
async function csv_openCsvWriter(path, columns) {
    const out = openOutputFile(path);
    const names = columns.map(c => c.name);
    const write = (text) => out.write(text);
    await write(names.map(csvField).join(',') + '\n');
    return {
        async write(rows) {
            let text = '';
            for (const row of rows)
                text += names.map(n => csvField(cell(row, n))).join(',') + '\n';
            await write(text);
        },
        close: () => out.close(),
        abort: () => out.abort()
    };
}

;// CONCATENATED MODULE: ./src/formats/jsonl.ts
/**
 * JSON Lines: one object per line. Columns are the keys of the first object (later unknown keys are an error, so a
 * typo cannot silently drop data); values are carried as text, null stays null, nested values as JSON text.
 */




/** Deeper values are refused: JSON.parse takes any depth, but writing one back as text recurses once per level. */
const MAX_JSON_DEPTH = 64;
/** Depth of a parsed value (1 for a flat object or array), counted without recursion; stops past `limit`. */
function depthOf(value, limit) {
    let max = 0;
    const stack = [[value, 1]];
    while (stack.length > 0) {
        const [v, d] = stack.pop();
        if (typeof v !== 'object' || v === null)
            continue;
        if (d > max)
            max = d;
        if (max > limit)
            return max;
        for (const child of Object.values(v))
            if (typeof child === 'object' && child !== null)
                stack.push([child, d + 1]);
    }
    return max;
}
function jsonl_text(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value);
}
/** The file's lines (LF or CRLF), strictly UTF-8, each with its 1-based number. */
async function* linesOf(path, stream) {
    const decoder = new StrictUtf8Decoder(path);
    let carry = '';
    let lineNo = 0;
    const split = function* (text, last) {
        let from = 0;
        for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
            const line = text.slice(from, at);
            from = at + 1;
            yield [line.endsWith('\r') ? line.slice(0, -1) : line, ++lineNo];
        }
        carry = text.slice(from);
        if (last && carry !== '')
            yield [carry.endsWith('\r') ? carry.slice(0, -1) : carry, ++lineNo];
    };
    let first = true;
    for await (const chunk of stream) {
        let decoded = decoder.write(chunk);
        if (first && decoded.charCodeAt(0) === 0xfeff)
            decoded = decoded.slice(1); // BOM
        first = false;
        yield* split(carry + decoded, false);
    }
    yield* split(carry + decoder.end(), true);
}
async function openJsonlReader(path) {
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    const lines = linesOf(path, stream);
    let lineNo = 0;
    let first;
    const parse = (line) => {
        let value;
        try {
            value = JSON.parse(line);
        }
        catch (err) {
            throw new Error(`${path}:${lineNo}: not JSON (${err.message})`);
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value)) {
            throw new Error(`${path}:${lineNo}: each line must be a JSON object`);
        }
        if (depthOf(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
            throw new Error(`${path}:${lineNo}: values nested deeper than ${MAX_JSON_DEPTH} levels: flatten the record (a table column holds text, numbers or shallow JSON)`);
        }
        return value;
    };
    const nextLine = async () => {
        for (;;) {
            const next = await lines.next();
            if (next.done)
                return undefined;
            lineNo = next.value[1];
            if (next.value[0].trim() !== '')
                return next.value[0];
        }
    };
    const firstLine = await nextLine();
    if (firstLine !== undefined)
        first = parse(firstLine);
    if (!first)
        throw new Error(`${path} is empty: JSON Lines needs at least one object`);
    const names = Object.keys(first);
    const known = new Set(names);
    const columns = names.map(name => ({ name, type: 'string' }));
    const toRow = (o) => {
        const row = newRow();
        for (const key of Object.keys(o)) {
            if (!known.has(key))
                throw new Error(`${path}:${lineNo}: key '${key}' is not in the first line's keys`);
        }
        for (const n of names)
            row[n] = Object.hasOwn(o, n) ? jsonl_text(o[n]) : null;
        return row;
    };
    return {
        columns,
        async *batches() {
            let batch = [toRow(first)];
            for (let line = await nextLine(); line !== undefined; line = await nextLine()) {
                batch.push(toRow(parse(line)));
                if (batch.length >= BATCH_ROWS) {
                    yield batch;
                    batch = [];
                }
            }
            if (batch.length > 0)
                yield batch;
        },
        async close() {
            await lines.return(undefined);
            stream.destroy();
        }
    };
}
function typed(value, type) {
    if (value === null)
        return null;
    if (type === 'integer' || type === 'double') {
        const n = Number(value);
        return Number.isFinite(n) ? n : value;
    }
    if (type === 'boolean')
        return value === 'true';
    return value;
}
async function jsonl_openJsonlWriter(path, columns) {
    const out = openOutputFile(path);
    return {
        async write(rows) {
            let chunk = '';
            for (const row of rows) {
                // No prototype, so a `__proto__` column is an own key JSON.stringify writes, not a prototype change.
                const o = Object.create(null);
                for (const c of columns)
                    o[c.name] = typed(cell(row, c.name), c.type);
                chunk += JSON.stringify(o) + '\n';
            }
            await out.write(chunk);
        },
        close: () => out.close(),
        abort: () => out.abort()
    };
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 16 modules
var read = __webpack_require__(3720);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
;// CONCATENATED MODULE: ./src/formats/parquet-columns.ts
/**
 * A columnar Parquet writer with bounded buffers. Each value is encoded (PLAIN) into its column's page buffer as the
 * row arrives, a page is snappy-compressed as soon as it passes PAGE_BYTES, and a row group goes to the file as soon
 * as it fills: memory holds one row group of compressed bytes and one open page per column, never a row group of JS
 * values. hyparquet-writer's ParquetWriter, used before, slices and converts every column and encodes every string
 * into a Uint8Array of its own (a TextEncoder per value): about a quarter of a recipe run plus the GC that followed.
 * The thrift page headers, the footer and snappy still come from hyparquet-writer.
 */






/** Uncompressed bytes per data page (hyparquet-writer's default page size). */
const PAGE_BYTES = (/* unused pure expression or super */ null && (1 << 20));
/**
 * Strings in UTF-8 byte order (= code point order), which Parquet's BYTE_ARRAY bounds use. UTF-16 code units order
 * the same except that surrogates (U+D800–DFFF, halves of code points above U+FFFF) sort below U+E000–FFFF.
 */
function compareUtf8(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        const surrogateX = x >= 0xd800 && x <= 0xdfff;
        const surrogateY = y >= 0xd800 && y <= 0xdfff;
        if (surrogateX !== surrogateY && (x >= 0xe000 || y >= 0xe000))
            return surrogateX ? 1 : -1;
        return x - y;
    }
    return a.length - b.length;
}
function compareValues(a, b) {
    if (typeof a === 'string')
        return compareUtf8(a, b);
    if (typeof a === 'boolean')
        return Number(a) - Number(b);
    const y = b;
    return a < y ? -1 : a > y ? 1 : 0;
}
/** One column's open page and its row group's finished pages. */
class ColumnBuffer {
    physical;
    data = Buffer.allocUnsafe(PAGE_BYTES + 4096);
    used = 0;
    /** Definition level per row of the open page: 1 present, 0 missing. */
    levels = new Uint8Array(8192);
    rows = 0;
    nulls = 0;
    bits = 0;
    pages = [];
    compressedBytes = 0;
    uncompressedBytes = 0;
    groupRows = 0;
    groupNulls = 0;
    min = null;
    max = null;
    constructor(physical) {
        this.physical = physical;
    }
    add(v) {
        // A string that does not fit closes the page first (before its level is recorded: it belongs to the next page).
        if (typeof v === 'string' && this.used + 4 + v.length * 3 > this.data.length)
            this.makeRoom(4 + v.length * 3);
        if (this.rows === this.levels.length) {
            const grown = new Uint8Array(this.levels.length * 2);
            grown.set(this.levels);
            this.levels = grown;
        }
        if (v === null) {
            this.levels[this.rows++] = 0;
            this.nulls++;
            return;
        }
        this.levels[this.rows++] = 1;
        if (typeof v === 'string')
            this.addString(v);
        else if (typeof v === 'bigint') {
            this.data.writeBigInt64LE(v, this.used);
            this.used += 8;
        }
        else if (typeof v === 'number') {
            this.data.writeDoubleLE(v, this.used);
            this.used += 8;
            if (Number.isNaN(v))
                return; // NaN takes no part in bounds (Parquet spec)
        }
        else {
            // PLAIN booleans are bit-packed, least significant bit first.
            if ((this.bits & 7) === 0)
                this.data[this.used++] = 0;
            if (v)
                this.data[this.used - 1] |= 1 << (this.bits & 7);
            this.bits++;
        }
        if (this.min === null || compareValues(v, this.min) < 0)
            this.min = v;
        if (this.max === null || compareValues(v, this.max) > 0)
            this.max = v;
        if (this.used >= PAGE_BYTES)
            this.closePage();
    }
    makeRoom(bytes) {
        if (this.rows > 0)
            this.closePage();
        if (bytes > this.data.length)
            this.data = Buffer.allocUnsafe(bytes);
    }
    addString(v) {
        // ASCII by hand (most values): cheaper than a call into Buffer#write for strings of a few dozen characters.
        const data = this.data;
        const start = this.used + 4;
        let p = start;
        const n = v.length;
        let i = 0;
        for (; i < n; i++) {
            const c = v.charCodeAt(i);
            if (c >= 0x80)
                break;
            data[p++] = c;
        }
        if (i < n)
            p = start + data.write(v, start, 'utf8'); // lone surrogates become U+FFFD, as with TextEncoder
        data.writeUInt32LE(p - start, this.used);
        this.used = p;
    }
    hasRows() {
        return this.rows + this.groupRows > 0;
    }
    /** Compresses the open page into `pages`. */
    closePage() {
        if (this.rows === 0)
            return;
        const levels = new ByteWriter(64);
        const levelBytes = writeRleBitPackedHybrid(levels, this.levels.subarray(0, this.rows), 1);
        const compressed = snappyCompress(this.data.subarray(0, this.used));
        const header = new ByteWriter(64);
        writePageHeader(header, {
            type: 'DATA_PAGE_V2',
            uncompressed_page_size: levelBytes + this.used,
            compressed_page_size: levelBytes + compressed.length,
            data_page_header_v2: {
                num_values: this.rows,
                num_nulls: this.nulls,
                num_rows: this.rows,
                encoding: 'PLAIN',
                definition_levels_byte_length: levelBytes,
                repetition_levels_byte_length: 0,
                is_compressed: true
            }
        });
        // Copies: ByteWriter buffers are larger than what they hold.
        this.pages.push(header.getBytes().slice(), levels.getBytes().slice(), compressed);
        this.compressedBytes += header.offset + levelBytes + compressed.length;
        this.uncompressedBytes += header.offset + levelBytes + this.used;
        this.groupRows += this.rows;
        this.groupNulls += this.nulls;
        this.used = 0;
        this.rows = 0;
        this.nulls = 0;
        this.bits = 0;
    }
    /** Ends the row group: returns its pages and statistics, and starts afresh. */
    take() {
        this.closePage();
        const statistics = { null_count: BigInt(this.groupNulls) };
        if (this.min !== null) {
            // Signed zeros: min is -0 and max +0 (Parquet spec), as hyparquet-writer writes them.
            statistics.min_value = this.min === 0 ? -0 : this.min;
            statistics.max_value = this.max === 0 ? 0 : this.max;
        }
        const taken = {
            pages: this.pages,
            statistics,
            compressed: this.compressedBytes,
            uncompressed: this.uncompressedBytes,
            rows: this.groupRows
        };
        this.pages = [];
        this.compressedBytes = this.uncompressedBytes = this.groupRows = this.groupNulls = 0;
        this.min = this.max = null;
        return taken;
    }
}
/** Encodes values column by column into row groups of pages (no file): used by the writer and by worker threads. */
class RowGroupEncoder {
    buffers;
    constructor(schema) {
        this.buffers = schema.slice(1).map(e => new ColumnBuffer(e.type));
    }
    /** Adds value `v` of column `i` (a row is complete once every column has its value). */
    addValue(i, v) {
        this.buffers[i].add(v);
    }
    hasRows() {
        return this.buffers[0]?.hasRows() ?? false;
    }
    /** The row group so far, per column; the encoder starts the next one. */
    take() {
        return this.buffers.map(b => b.take());
    }
}
/**
 * Copies a row group's pages into one buffer (`into` when it is large enough, else a new one) and points the pages at
 * it: a worker hands the coordinator one buffer per row group, which the coordinator can hand back to be filled again.
 */
function packGroup(columns, into) {
    let total = 0;
    for (const c of columns)
        for (const p of c.pages)
            total += p.length;
    // A new buffer has room to spare, so that it is likely to fit the next row group too.
    const packed = into && into.byteLength >= total ? new Uint8Array(into) : new Uint8Array(Math.ceil(total * 1.25));
    let at = 0;
    return columns.map(c => ({
        ...c,
        pages: c.pages.map(p => {
            const view = packed.subarray(at, at + p.length);
            view.set(p);
            at += p.length;
            return view;
        })
    }));
}
/** The buffers inside encoded columns, for a postMessage transfer list. */
function transferables(columns) {
    const buffers = new Set();
    for (const c of columns)
        for (const p of c.pages)
            buffers.add(p.buffer);
    return [...buffers];
}
/**
 * Writes row groups to an open file descriptor: values added one by one (`addValue`, then `endRowGroup`), or row
 * groups encoded elsewhere (`writeGroup`); `finish` writes the footer.
 */
class parquet_columns_ColumnarParquetWriter {
    fd;
    schema;
    createdBy;
    encoder;
    rowGroups = [];
    offset = 0;
    rows = 0n;
    constructor(fd, schema, createdBy) {
        this.fd = fd;
        this.schema = schema;
        this.createdBy = createdBy;
        this.encoder = new RowGroupEncoder(schema);
        this.write(Buffer.from('PAR1'));
    }
    write(bytes) {
        // writeSync may write less than asked (a disk that is nearly full): write the rest, so a full disk raises ENOSPC
        // instead of leaving a file shorter than its footer says.
        for (let done = 0; done < bytes.length;)
            done += writeSync(this.fd, bytes, done);
        this.offset += bytes.length;
    }
    addValue(i, v) {
        this.encoder.addValue(i, v);
    }
    /** Writes the values added since the last row group as one (none: nothing). */
    endRowGroup() {
        if (this.encoder.hasRows())
            this.writeGroup(this.encoder.take());
    }
    /** Writes one row group encoded by a RowGroupEncoder with this writer's schema. */
    writeGroup(encoded) {
        if (encoded.length === 0 || encoded[0].rows === 0)
            return;
        const groupStart = this.offset;
        const columns = [];
        let uncompressedTotal = 0n;
        encoded.forEach(({ pages, statistics, compressed, uncompressed, rows }, i) => {
            const start = this.offset;
            for (const page of pages)
                this.write(page);
            uncompressedTotal += BigInt(uncompressed);
            columns.push({
                file_offset: BigInt(start),
                meta_data: {
                    type: this.schema[i + 1].type,
                    encodings: ['PLAIN', 'RLE'],
                    path_in_schema: [this.schema[i + 1].name],
                    codec: 'SNAPPY',
                    num_values: BigInt(rows),
                    total_uncompressed_size: BigInt(uncompressed),
                    total_compressed_size: BigInt(compressed),
                    data_page_offset: BigInt(start),
                    statistics
                }
            });
        });
        const rows = BigInt(encoded[0].rows);
        this.rows += rows;
        this.rowGroups.push({
            columns,
            total_byte_size: uncompressedTotal,
            num_rows: rows,
            file_offset: BigInt(groupStart),
            total_compressed_size: BigInt(this.offset - groupStart)
        });
    }
    finish() {
        this.endRowGroup();
        const footer = new ByteWriter();
        const metadata = {
            version: 2,
            schema: this.schema,
            num_rows: this.rows,
            row_groups: this.rowGroups,
            created_by: this.createdBy,
            metadata_length: 0
        };
        writeMetadata(footer, metadata);
        footer.appendUint32(0x31524150); // PAR1
        this.write(footer.getBytes());
    }
}

;// CONCATENATED MODULE: ./src/formats/parquet.ts
/**
 * Parquet in and out. Reading goes row group by row group (hyparquet); writing encodes each value into its column's
 * page as rows arrive and writes each row group (snappy) as soon as it fills (src/formats/parquet-columns.ts), so
 * memory holds one row group of compressed bytes, not the file. Values are text in the engine; the writer converts columns typed by CHANGE_DATA_TYPE.
 */






function parquet_text(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string')
        return value;
    if (value instanceof Date)
        return value.toISOString();
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('base64');
    return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}
async function openParquetReader(path) {
    const file = await (0,node/* asyncBufferFromFile */.Rv)(path);
    const metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(file);
    const names = metadata.schema
        .slice(1)
        .filter(e => !e.num_children)
        .map(e => e.name);
    const columns = names.map(name => ({ name, type: 'string' }));
    return {
        columns,
        async *batches() {
            let rowStart = 0;
            for (const group of metadata.row_groups) {
                const count = Number(group.num_rows);
                // Arrays in `names` order, not hyparquet's objects: those are plain objects, where a `__proto__` column would
                // be lost.
                const arrays = await new Promise((resolve, reject) => {
                    (0,read/* parquetRead */.bA)({
                        file,
                        metadata,
                        columns: names,
                        rowStart,
                        rowEnd: rowStart + count,
                        rowFormat: 'array',
                        onComplete: rows => resolve(rows)
                    }).catch(reject);
                });
                rowStart += count;
                yield arrays.map(values => {
                    const row = newRow();
                    for (let c = 0; c < names.length; c++)
                        row[names[c]] = parquet_text(values[c]);
                    return row;
                });
            }
        },
        async close() { }
    };
}
function converter(type) {
    switch (type) {
        case 'integer':
            return v => {
                if (v === null || !/^[+-]?\d+$/.test(v))
                    return null;
                return BigInt(v);
            };
        case 'double':
            return v => {
                if (v === null)
                    return null;
                const n = Number(v);
                return Number.isFinite(n) ? n : null;
            };
        case 'boolean':
            return v => (v === null ? null : v === 'true');
        default:
            return v => v;
    }
}
function schemaElement(c) {
    switch (c.type) {
        case 'integer':
            return { name: c.name, type: 'INT64', repetition_type: 'OPTIONAL' };
        case 'double':
            return { name: c.name, type: 'DOUBLE', repetition_type: 'OPTIONAL' };
        case 'boolean':
            return { name: c.name, type: 'BOOLEAN', repetition_type: 'OPTIONAL' };
        default:
            return {
                name: c.name,
                type: 'BYTE_ARRAY',
                converted_type: 'UTF8',
                repetition_type: 'OPTIONAL'
            };
    }
}
/** Rows per row group: large groups read fast in Athena/Clean Rooms; memory holds one group of compressed bytes. */
const ROW_GROUP_ROWS = 65_536;
async function parquet_openParquetWriter(path, columns) {
    // 0600: the output of a recipe run can hold plaintext PII.
    const fd = openSync(path, 'w', 0o600);
    let closed = false;
    try {
        const writer = new ColumnarParquetWriter(fd, [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)], 'cleanrooms-connect');
        const convert = columns.map(c => converter(c.type));
        const names = columns.map(c => c.name);
        let buffered = 0;
        return {
            async write(rows) {
                // Each value is encoded into its column's page as it arrives: rows die young, nothing holds a row group of
                // values (src/formats/parquet-columns.ts).
                for (const row of rows) {
                    for (let i = 0; i < names.length; i++)
                        writer.addValue(i, convert[i](cell(row, names[i])));
                    if (++buffered === ROW_GROUP_ROWS) {
                        writer.endRowGroup();
                        buffered = 0;
                    }
                }
            },
            async close() {
                writer.finish();
                closeSync(fd);
                closed = true;
            },
            async abort() {
                if (!closed)
                    closeSync(fd);
                closed = true;
                await rm(path, { force: true });
            }
        };
    }
    catch (err) {
        closeSync(fd);
        throw err;
    }
}

;// CONCATENATED MODULE: ./src/formats/index.ts
/** Picks the reader or writer by file extension: .csv, .jsonl/.ndjson, .parquet. */




function formatOf(file) {
    const ext = external_node_path_default().extname(file).toLowerCase();
    if (ext === '.csv')
        return 'csv';
    if (ext === '.jsonl' || ext === '.ndjson')
        return 'jsonl';
    if (ext === '.parquet')
        return 'parquet';
    return undefined;
}
function openReader(file, format) {
    return format === 'csv'
        ? openCsvReader(file)
        : format === 'jsonl'
            ? openJsonlReader(file)
            : openParquetReader(file);
}
function openWriter(file, format, columns) {
    return format === 'csv'
        ? openCsvWriter(file, columns)
        : format === 'jsonl'
            ? openJsonlWriter(file, columns)
            : openParquetWriter(file, columns);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/recipe/catalog.ts
/**
 * The DataBrew recipe actions this project knows, with their parameters. Pure data plus lookups; no I/O.
 *
 * Where it comes from (read 2026-11, AWS Glue DataBrew Developer Guide):
 * - the operation list: https://docs.aws.amazon.com/databrew/latest/dg/llms.txt, section "Recipe step and function
 *   reference" (the same list as recipe-actions-reference.html and its category pages recipe-actions.basic.html,
 *   .data-cleaning, .data-quality, .pii, .outliers, .column-structure, .column-formatting, .data-structure,
 *   .data-science, .functions.math/.aggregate/.text/.date/.window/.web/.other);
 * - parameters: each action's own page, https://docs.aws.amazon.com/databrew/latest/dg/recipe-actions.<NAME>.html
 *   (functions: recipe-actions.functions.<NAME>.html; some page names differ from the operation: DATE_ADD is
 *   functions.DATEADD, DATE_DIFF functions.DATEDIFF, DATE_TIME functions.DATETIME, IS_EVEN/IS_ODD functions.ISEVEN/
 *   ISODD, REPEAT_STRING functions.REPEAT, STANDARD_DEVIATION functions.STDDEV, VARIANCE functions.VAR,
 *   MERGE_COLUMNS_AND_VALUES functions.MERGE, REMOVE_OUTLIERS/RESCALE_OUTLIERS_WITH_SKEW outliers.<NAME>);
 * - condition names: recipes.html#recipes.structure ("DataBrew supports the following conditions").
 *
 * `verified` says how sure each entry is:
 * - 'doc': the parameter list was read on the action's page;
 * - 'pattern': the page was not available here; the parameters follow the documented siblings of the same family
 *   (e.g. CEILING like ABSOLUTE/ROUND, KTH_LARGEST_UNIQUE like KTH_LARGEST);
 * - 'example': not on a reference page, but in AWS's own recipe examples (REMOVE_VALUES, in recipes.html).
 * It is information only: the validator treats every entry alike (issue 10). A parameter seen in a genuine export
 * (__tests__/fixtures/recipes-in-the-wild) is listed even when the page omits it.
 *
 * Details that could not be verified, and what we assumed:
 * - DELETE: its page lists `sourceColumn`; recipes exported from the console carry `sourceColumns` (a JSON list).
 *   Both are accepted. The same alternative (`sourceColumns` for `sourceColumn`) is accepted on every in-place
 *   single-column step (case, clean, fill, replace, format), as the console writes it when several columns are
 *   selected; this is not on the pages.
 * - Which parameters are required: the pages rarely say. A parameter is required here only when the action cannot
 *   mean anything without it (its columns, the pattern of REPLACE_TEXT, the positions of a split …); options with a
 *   documented default are optional.
 * - Enumerations marked `enumStrict: false` list what the page shows, not necessarily every accepted value (e.g.
 *   FORMAT_PHONE_NUMBER's page names only E164; FORMAT_DATE lists five formats): other values are warnings.
 * - Split columns are named `<source>_1 … <source>_n` and replace the source (what the local engine does; not stated
 *   on the pages). SPLIT_COLUMN_WITH_INTERVALS yields a data-dependent number of columns.
 * - ADD lists `sourceColumn1`, `sourceColumn2`, `value1` (no `value2`); DIVIDE/MULTIPLY/SUBTRACT list all four. None of
 *   the two-operand functions say which combinations are required, so only `targetColumn` is required there.
 * - Not on any page, so unknown here (the validator names them): SCALE (a console category without its own action),
 *   FILL_WITH_MINIMUM/FILL_WITH_MAXIMUM, KTH_SMALLEST, REMOVE_STOPWORDS, REPLACE_VALUE, DECIMAL_PRECISION, IF/CASE
 *   (use BOOLEAN_OPERATION/CASE_OPERATION).
 */
const opt = (name, extra = {}) => ({ name, required: false, ...extra });
const req = (name, extra = {}) => ({ name, required: true, ...extra });
const flag = (name) => opt(name, { boolean: true });
const catalog_int = (name, required = false) => ({ name, required, number: 'integer' });
const num = (name, required = false) => ({ name, required, number: 'number' });
const SOURCE = req('sourceColumn', { column: 'input' });
const SOURCES = req('sourceColumns', { list: true, column: 'input' });
const TARGET = req('targetColumn', { column: 'output' });
const OPT_SOURCE = opt('sourceColumn', { column: 'input' });
const OPT_SOURCES = opt('sourceColumns', { list: true, column: 'input' });
const VALUE = opt('value');
/** sourceColumn, or (as exported by the console for several columns) sourceColumns. */
const SOURCE_OR_SOURCES = [OPT_SOURCE, OPT_SOURCES];
const ONE_SOURCE = [['sourceColumn', 'sourceColumns']];
const SOURCE_OR_VALUE = [['sourceColumn', 'value']];
// ---- enumerations -------------------------------------------------------------------------------------------------
const HASH_ALGORITHMS = [
    'MD5',
    'SHA1',
    'SHA256',
    'SHA512',
    'HMAC_MD5',
    'HMAC_SHA1',
    'HMAC_SHA256',
    'HMAC_SHA512'
];
/** What CRYPTOGRAPHIC_HASH uses when `algorithm` is absent (its page). */
const DEFAULT_HASH_ALGORITHM = 'HMAC_SHA256';
const DATA_TYPES = [
    'byte',
    'short',
    'int',
    'long',
    'float',
    'double',
    'decimal',
    'string',
    'boolean',
    'timestamp',
    'date'
];
/** Not on the CHANGE_DATA_TYPE page but in genuine exports (recipes-in-the-wild/heart-disease.json: "integer"). */
const EXPORTED_DATA_TYPES = ['integer'];
/** The FILL_WITH_* pages' list, and "int" from a genuine console export (recipes-in-the-wild/testingusecase-recipe.json). */
const FILL_TYPES = ['date', 'number', 'boolean', 'unsupported', 'string', 'timestamp', 'int'];
const MODE_TYPES = ['MINIMUM', 'NONE', 'AVERAGE', 'MAXIMUM'];
const OUTLIER_STRATEGIES = ['Z_SCORE', 'MODIFIED_Z_SCORE', 'IQR'];
const UNITS = [
    'MONTHS',
    'YEARS',
    'MILLISECONDS',
    'QUARTERS',
    'HOURS',
    'MICROSECONDS',
    'WEEKS',
    'SECONDS',
    'DAYS',
    'MINUTES'
];
const ADVANCED_TYPES = [
    'Phone',
    'Zip Code',
    'Date Time',
    'State',
    'Credit Card',
    'URL',
    'Email',
    'SSN',
    'Gender',
    'Phone Number',
    'IP Address',
    'DateTime',
    'Currency',
    'ZipCode',
    'Country',
    'Region',
    'City'
];
const ENTITY_FILTER = opt('entityTypeFilter', { list: true });
const ADVANCED_TYPE = opt('advancedDataType', { enum: ADVANCED_TYPES, enumStrict: false });
const LIST = [];
function def(family, name, params, o = {}) {
    LIST.push({
        name,
        family,
        params,
        output: o.output ?? 'in-place',
        deterministic: o.deterministic ?? true,
        verified: o.verified ?? 'doc',
        ...(o.oneOf && { oneOf: o.oneOf }),
        ...(o.atMostOne && { atMostOne: o.atMostOne }),
        ...(o.copiesValue && { copiesValue: true }),
        ...(o.normalizes && { normalizes: true }),
        ...(o.interactiveOnly && { interactiveOnly: true })
    });
}
/** An in-place step on one column (or several, as the console exports them). */
function inPlace(family, name, params, o = {}) {
    def(family, name, [...SOURCE_OR_SOURCES, ...params], { oneOf: ONE_SOURCE, ...o });
}
// Basic column recipe steps
def('basic', 'CHANGE_DATA_TYPE', [
    SOURCE,
    req('columnDataType', { enum: [...DATA_TYPES, ...EXPORTED_DATA_TYPES], caseInsensitive: true })
]);
def('basic', 'DELETE', [...SOURCE_OR_SOURCES], { output: 'reshape', oneOf: ONE_SOURCE });
def('basic', 'DUPLICATE', [SOURCE, TARGET], { output: 'reshape', copiesValue: true });
def('basic', 'JSON_TO_STRUCTS', [OPT_SOURCES, opt('regexColumnSelector'), flag('removeSourceColumn'), catalog_int('unnestLevel')], { output: 'reshape', oneOf: [['sourceColumns', 'regexColumnSelector']] });
def('basic', 'MOVE_AFTER', [SOURCE, req('targetColumn', { column: 'input' })], { output: 'rows' });
def('basic', 'MOVE_BEFORE', [SOURCE, req('targetColumn', { column: 'input' })], { output: 'rows' });
def('basic', 'MOVE_TO_END', [SOURCE], { output: 'rows' });
def('basic', 'MOVE_TO_INDEX', [SOURCE, catalog_int('targetIndex', true)], { output: 'rows' });
// targetIndex: not on the page, exported by the console as "NaN" (recipes-in-the-wild/marketing-research-etl-recipe.yml).
def('basic', 'MOVE_TO_START', [SOURCE, opt('targetIndex')], { output: 'rows', verified: 'pattern' });
def('basic', 'RENAME', [SOURCE, TARGET], { output: 'reshape' });
def('basic', 'SORT', [req('expressions', { json: 'list' })], { output: 'rows' });
def('basic', 'TO_BOOLEAN_COLUMN', [SOURCE, req('columnDataType', { enum: ['boolean'] })]);
def('basic', 'TO_DOUBLE_COLUMN', [SOURCE, req('columnDataType', { enum: ['number'] })]);
def('basic', 'TO_NUMBER_COLUMN', [SOURCE, req('columnDataType', { enum: ['number'] })]);
def('basic', 'TO_STRING_COLUMN', [SOURCE, req('columnDataType', { enum: ['string'] })]);
// Data cleaning recipe steps
const N = { normalizes: true };
inPlace('cleaning', 'CAPITAL_CASE', [], N);
inPlace('cleaning', 'FORMAT_DATE', [
    req('targetDateFormat', {
        enum: ['mm/dd/yyyy', 'mm-dd-yyyy', 'dd month yyyy', 'month yyyy', 'dd month'],
        enumStrict: false,
        // The page writes the formats in lower case; the console exports them as Java patterns, `MM-dd-yyyy`
        // (recipes-in-the-wild/clean-customer-recipe.json).
        caseInsensitive: true
    })
], N);
inPlace('cleaning', 'LOWER_CASE', [], N);
inPlace('cleaning', 'UPPER_CASE', [], { ...N, verified: 'pattern' });
inPlace('cleaning', 'SENTENCE_CASE', [], N);
inPlace('cleaning', 'ADD_DOUBLE_QUOTES', []);
inPlace('cleaning', 'ADD_PREFIX', [req('pattern')]);
inPlace('cleaning', 'ADD_SINGLE_QUOTES', [], { verified: 'pattern' });
inPlace('cleaning', 'ADD_SUFFIX', [req('pattern')], { verified: 'pattern' });
def('cleaning', 'EXTRACT_BETWEEN_DELIMITERS', [SOURCE, TARGET, req('startPattern'), req('endPattern')], {
    output: 'new-column',
    copiesValue: true
});
def('cleaning', 'EXTRACT_BETWEEN_POSITIONS', [SOURCE, TARGET, catalog_int('startPosition', true), catalog_int('endPosition', true)], {
    output: 'new-column',
    copiesValue: true
});
def('cleaning', 'EXTRACT_PATTERN', [SOURCE, TARGET, req('pattern')], {
    output: 'new-column',
    copiesValue: true
});
def('cleaning', 'EXTRACT_VALUE', [SOURCE, TARGET, req('path')], { output: 'new-column', copiesValue: true });
inPlace('cleaning', 'REMOVE_COMBINED', [
    flag('collapseConsecutiveWhitespace'),
    flag('removeAllPunctuation'),
    flag('removeAllQuotes'),
    flag('removeAllWhitespace'),
    opt('customCharacters'),
    opt('customValue'),
    flag('removeCustomCharacters'),
    flag('removeCustomValue'),
    // The page calls these two "punctuationally" and "antidisestablishmentarianism"; its examples use these names.
    flag('removeLeadingAndTrailingPunctuation'),
    flag('removeLeadingAndTrailingQuotes'),
    flag('removeLeadingAndTrailingWhitespace'),
    flag('removeLetters'),
    flag('removeNumbers'),
    flag('removeSpecialCharacters')
], N);
inPlace('cleaning', 'REPLACE_BETWEEN_DELIMITERS', [req('startPattern'), req('endPattern'), VALUE], N);
inPlace('cleaning', 'REPLACE_BETWEEN_POSITIONS', [catalog_int('startPosition', true), catalog_int('endPosition', true), VALUE], N);
inPlace('cleaning', 'REPLACE_TEXT', [req('pattern'), VALUE], N);
// Data quality recipe steps
const ADVANCED_PATTERN = opt('pattern');
const STRATEGY = opt('strategy', { enum: ['KEEP_ROWS', 'DISCARD_ROWS', 'CLEAR_FILTERS', 'CLEAR_OTHERS'] });
def('quality', 'ADVANCED_DATATYPE_FILTER', [
    SOURCE,
    ADVANCED_PATTERN,
    ADVANCED_TYPE,
    opt('filterValues', { list: true }),
    STRATEGY,
    flag('clearWithEmpty')
], { output: 'rows' });
def('quality', 'ADVANCED_DATATYPE_FLAG', [
    SOURCE,
    ADVANCED_PATTERN,
    TARGET,
    ADVANCED_TYPE,
    opt('filterValues', { list: true }),
    opt('trueString'),
    opt('falseString')
], { output: 'new-column' });
def('quality', 'DELETE_DUPLICATE_ROWS', [], { output: 'rows' });
def('quality', 'EXTRACT_ADVANCED_DATATYPE_DETAILS', [SOURCE, TARGET, ADVANCED_PATTERN, ADVANCED_TYPE], {
    output: 'new-column',
    verified: 'pattern'
});
inPlace('quality', 'FILL_WITH_AVERAGE', []);
inPlace('quality', 'FILL_WITH_CUSTOM', [
    opt('columnDataType', { enum: FILL_TYPES, caseInsensitive: true }),
    req('value')
]);
inPlace('quality', 'FILL_WITH_EMPTY', []);
inPlace('quality', 'FILL_WITH_LAST_VALID', [
    opt('columnDataType', { enum: FILL_TYPES, caseInsensitive: true })
]);
inPlace('quality', 'FILL_WITH_MEDIAN', []);
inPlace('quality', 'FILL_WITH_MODE', [opt('modeType', { enum: MODE_TYPES })]);
inPlace('quality', 'FILL_WITH_MOST_FREQUENT', []);
inPlace('quality', 'FILL_WITH_NULL', []);
inPlace('quality', 'FILL_WITH_SUM', []);
def('quality', 'FLAG_DUPLICATE_ROWS', [TARGET, opt('trueString'), opt('falseString')], {
    output: 'new-column'
});
def('quality', 'FLAG_DUPLICATES_IN_COLUMN', [SOURCE, TARGET, opt('trueString'), opt('falseString')], {
    output: 'new-column'
});
def('quality', 'GET_ADVANCED_DATATYPE', [SOURCE], { output: 'rows', interactiveOnly: true });
def('quality', 'REMOVE_DUPLICATES', [SOURCE], { output: 'rows' });
def('quality', 'REMOVE_INVALID', [SOURCE, opt('columnDataType'), ADVANCED_TYPE], { output: 'rows' });
def('quality', 'REMOVE_MISSING', [SOURCE], { output: 'rows' });
// Filters rows with its ConditionExpressions (AWS's chess example in recipes.html); not on a reference page.
def('quality', 'REMOVE_VALUES', [...SOURCE_OR_SOURCES], {
    output: 'rows',
    oneOf: ONE_SOURCE,
    verified: 'example'
});
const NUMBER_TYPE = opt('columnDataType', { enum: ['number'], caseInsensitive: true });
inPlace('quality', 'REPLACE_WITH_AVERAGE', [NUMBER_TYPE]);
inPlace('quality', 'REPLACE_WITH_CUSTOM', [opt('columnDataType'), req('value'), ADVANCED_TYPE]);
inPlace('quality', 'REPLACE_WITH_EMPTY', [opt('columnDataType'), ADVANCED_TYPE]);
inPlace('quality', 'REPLACE_WITH_LAST_VALID', [opt('columnDataType'), ADVANCED_TYPE]);
inPlace('quality', 'REPLACE_WITH_MEDIAN', [NUMBER_TYPE]);
inPlace('quality', 'REPLACE_WITH_MODE', [NUMBER_TYPE, opt('modeType', { enum: MODE_TYPES })]);
inPlace('quality', 'REPLACE_WITH_MOST_FREQUENT', [opt('columnDataType'), ADVANCED_TYPE], {
    verified: 'pattern'
});
inPlace('quality', 'REPLACE_WITH_NULL', [opt('columnDataType'), ADVANCED_TYPE]);
inPlace('quality', 'REPLACE_WITH_ROLLING_AVERAGE', [NUMBER_TYPE, catalog_int('period', true)]);
inPlace('quality', 'REPLACE_WITH_ROLLING_SUM', [NUMBER_TYPE, catalog_int('period', true)]);
inPlace('quality', 'REPLACE_WITH_SUM', [NUMBER_TYPE]);
// Personally identifiable information (PII) recipe steps. The pages' examples give list parameters as native JSON
// arrays; the API model makes them JSON strings. Both are read (parse.ts).
const SECRET = req('secretId');
const SECRET_VERSION = opt('secretVersion');
def('pii', 'CRYPTOGRAPHIC_HASH', [
    SOURCES,
    // Required for the HMAC_ algorithms and the default (HMAC_SHA256) only: validate.ts checks that.
    opt('secretId'),
    SECRET_VERSION,
    ENTITY_FILTER,
    flag('createSecretIfMissing'),
    opt('algorithm', { enum: HASH_ALGORITHMS })
]);
def('pii', 'DECRYPT', [SOURCES, req('kmsKeyArn')]);
def('pii', 'DETERMINISTIC_DECRYPT', [SOURCES, SECRET, SECRET_VERSION]);
def('pii', 'DETERMINISTIC_ENCRYPT', [
    SOURCES,
    SECRET,
    SECRET_VERSION,
    ENTITY_FILTER,
    flag('createSecretIfMissing')
]);
def('pii', 'ENCRYPT', [SOURCES, req('kmsKeyArn'), ENTITY_FILTER, flag('preserveDataType')], {
    deterministic: false
});
const MASK_SYMBOL = req('maskSymbol');
const ALPHABET = opt('alphabet', { list: true, enum: ['SYMBOLS', 'WHITESPACE'] });
def('pii', 'MASK_CUSTOM', [SOURCES, MASK_SYMBOL, flag('regex'), req('customValue'), ENTITY_FILTER]);
def('pii', 'MASK_DATE', [
    SOURCES,
    MASK_SYMBOL,
    req('redact', { list: true, enum: ['YEAR', 'MONTH', 'DAY', 'HOUR', 'MINUTE', 'SECOND', 'MILLISECOND'] }),
    opt('locale')
]);
def('pii', 'MASK_DELIMITER', [
    SOURCES,
    MASK_SYMBOL,
    opt('startDelimiter'),
    opt('endDelimiter'),
    flag('preserveDelimiters'),
    ALPHABET,
    ENTITY_FILTER
]);
// maskMode and firstN: written by the console in real exports (issue 10), not on the page.
def('pii', 'MASK_RANGE', [
    SOURCES,
    MASK_SYMBOL,
    catalog_int('start'),
    catalog_int('stop'),
    ALPHABET,
    ENTITY_FILTER,
    opt('maskMode'),
    catalog_int('firstN')
]);
def('pii', 'REPLACE_WITH_RANDOM_BETWEEN', [SOURCES, num('lowerBound', true), num('upperBound', true)], {
    deterministic: false
});
def('pii', 'REPLACE_WITH_RANDOM_DATE_BETWEEN', [SOURCES, req('startDate'), req('endDate')], {
    deterministic: false
});
def('pii', 'SHUFFLE_ROWS', [SOURCES, opt('groupByColumns', { list: true, column: 'input' })], {
    deterministic: false
});
// Outlier detection and handling recipe steps
const STRATEGY_OUT = opt('outlierStrategy', { enum: OUTLIER_STRATEGIES });
const THRESHOLD = num('threshold');
def('outliers', 'FLAG_OUTLIERS', [SOURCE, TARGET, STRATEGY_OUT, THRESHOLD, opt('trueString'), opt('falseString')], {
    output: 'new-column'
});
def('outliers', 'REMOVE_OUTLIERS', [
    SOURCE,
    STRATEGY_OUT,
    THRESHOLD,
    opt('removeType', { enum: ['DELETE_ROWS', 'CLEAR'] }),
    flag('trimValue'),
    num('minValue'),
    num('maxValue')
], { output: 'rows' });
def('outliers', 'REPLACE_OUTLIERS', [
    SOURCE,
    STRATEGY_OUT,
    THRESHOLD,
    opt('replaceType', {
        enum: [
            'WINSORIZE_VALUES',
            'REPLACE_WITH_CUSTOM',
            'REPLACE_WITH_EMPTY',
            'REPLACE_WITH_NULL',
            'REPLACE_WITH_MODE',
            'REPLACE_WITH_AVERAGE',
            'REPLACE_WITH_MEDIAN',
            'REPLACE_WITH_SUM',
            'REPLACE_WITH_MAX'
        ]
    }),
    // The page lists MIN, MAX and AVERAGE; the fill steps use MINIMUM/MAXIMUM.
    opt('modeType', { enum: ['MIN', 'MAX', 'AVERAGE', ...MODE_TYPES], enumStrict: false }),
    num('minValue'),
    num('maxValue'),
    VALUE,
    flag('trimValue')
]);
def('outliers', 'RESCALE_OUTLIERS_WITH_Z_SCORE', [SOURCE, TARGET, STRATEGY_OUT, THRESHOLD], {
    output: 'new-column'
});
def('outliers', 'RESCALE_OUTLIERS_WITH_SKEW', [
    SOURCE,
    TARGET,
    STRATEGY_OUT,
    THRESHOLD,
    opt('skewFunction', { enum: ['LOG', 'ROOT', 'SQUARE'] }),
    num('value')
], { output: 'new-column' });
// Column structure recipe steps
const WITH = opt('withExpressions', { json: 'list' });
def('column-structure', 'BOOLEAN_OPERATION', [req('trueValueExpression'), req('falseValueExpression'), req('valueExpression'), WITH, TARGET], { output: 'new-column' });
def('column-structure', 'CASE_OPERATION', [req('valueExpression'), WITH, TARGET], { output: 'new-column' });
def('column-structure', 'FLAG_COLUMN_FROM_NULL', [SOURCE, TARGET, req('flagType', { enum: ['Null values'] }), opt('trueString'), opt('falseString')], { output: 'new-column' });
def('column-structure', 'FLAG_COLUMN_FROM_PATTERN', [
    SOURCE,
    TARGET,
    // The page calls flagType required; real exports omit it (issue 10).
    opt('flagType', { enum: ['Pattern'] }),
    req('pattern'),
    opt('trueString'),
    opt('falseString')
], { output: 'new-column' });
def('column-structure', 'MERGE', [SOURCES, opt('delimiter'), TARGET], {
    output: 'reshape',
    copiesValue: true
});
const SPLIT = { output: 'reshape', copiesValue: true };
def('column-structure', 'SPLIT_COLUMN_BETWEEN_DELIMITER', [
    SOURCE,
    req('patternOption1', { json: 'object' }),
    req('patternOption2', { json: 'object' }),
    opt('pattern'),
    flag('includeInSplit')
], SPLIT);
def('column-structure', 'SPLIT_COLUMN_BETWEEN_POSITIONS', [SOURCE, catalog_int('startPosition', true), catalog_int('endPosition', true)], SPLIT);
def('column-structure', 'SPLIT_COLUMN_FROM_END', [SOURCE, catalog_int('position', true)], SPLIT);
def('column-structure', 'SPLIT_COLUMN_FROM_START', [SOURCE, catalog_int('position', true)], SPLIT);
def('column-structure', 'SPLIT_COLUMN_MULTIPLE_DELIMITER', [SOURCE, req('patternOptions', { json: 'list' }), opt('pattern'), catalog_int('limit'), flag('includeInSplit')], SPLIT);
def('column-structure', 'SPLIT_COLUMN_SINGLE_DELIMITER', 
// isText: not on the page, written by the console ("TRUE"; recipes-in-the-wild/clean-customer-recipe.json).
[SOURCE, req('pattern'), catalog_int('limit'), flag('includeInSplit'), flag('isText')], SPLIT);
def('column-structure', 'SPLIT_COLUMN_WITH_INTERVALS', [SOURCE, catalog_int('startPosition'), catalog_int('interval', true)], SPLIT);
// Column formatting recipe steps
inPlace('column-formatting', 'NUMBER_FORMAT', [
    catalog_int('decimalPlaces'),
    opt('numericDecimalSeparator', { enum: ['.', ','] }),
    opt('numericThousandSeparator', { enum: [',', ' ', '.'], enumStrict: false }),
    opt('numericAbbreviatedUnit', { enum: ['THOUSAND', 'MILLION', 'BILLION', 'TRILLION'] }),
    opt('numericUnitAbbreviation')
]);
inPlace('column-formatting', 'FORMAT_PHONE_NUMBER', [
    // The page names E164 only ("valid values include"); default E164.
    opt('phoneNumberFormat', { enum: ['E164'], enumStrict: false }),
    opt('defaultRegion'),
    opt('defaultRegionColumn', { column: 'input' })
], { normalizes: true, atMostOne: [['defaultRegion', 'defaultRegionColumn']] });
// Data structure recipe steps
const NEST = [SOURCES, TARGET, flag('removeSourceColumns')];
def('data-structure', 'NEST_TO_ARRAY', NEST, { output: 'reshape', copiesValue: true });
def('data-structure', 'NEST_TO_MAP', NEST, { output: 'reshape', copiesValue: true });
def('data-structure', 'NEST_TO_STRUCT', NEST, { output: 'reshape', copiesValue: true });
def('data-structure', 'UNNEST_ARRAY', [SOURCE, TARGET], { output: 'reshape', copiesValue: true });
def('data-structure', 'UNNEST_MAP', [SOURCE, flag('removeSourceColumn'), opt('targetColumn')], {
    output: 'reshape'
});
def('data-structure', 'UNNEST_STRUCT', [SOURCE, flag('removeSourceColumn'), opt('targetColumn')], {
    output: 'reshape'
});
def('data-structure', 'UNNEST_STRUCT_N', [OPT_SOURCES, opt('regexColumnSelector'), flag('removeSourceColumn'), catalog_int('unnestLevel'), opt('delimiter')], { output: 'reshape', oneOf: [['sourceColumns', 'regexColumnSelector']] });
def('data-structure', 'GROUP_BY', [SOURCES, req('groupByAggFunctionOptions', { json: 'list' }), flag('useNewDataFrame')], { output: 'reshape' });
def('data-structure', 'JOIN', [
    req('joinKeys', { json: 'list' }),
    req('joinType', {
        enum: [
            'INNER_JOIN',
            'LEFT_JOIN',
            'RIGHT_JOIN',
            'OUTER_JOIN',
            'LEFT_EXCLUDING_JOIN',
            'RIGHT_EXCLUDING_JOIN',
            'OUTER_EXCLUDING_JOIN'
        ]
    }),
    opt('leftColumns', { list: true, column: 'input' }),
    opt('rightColumns', { list: true }),
    opt('secondInputLocation'),
    opt('secondaryDatasetName')
], { output: 'reshape' });
def('data-structure', 'PIVOT', [SOURCE, req('valueColumn', { column: 'input' }), req('aggregateFunction')], {
    output: 'reshape'
});
def('data-structure', 'TRANSPOSE', [
    req('pivotColumns', { list: true, column: 'input' }),
    req('valueColumns', { list: true, column: 'input' }),
    req('aggregateFunction'),
    opt('newColumn')
], { output: 'reshape' });
def('data-structure', 'UNION', [
    opt('datasetsColumns', { json: 'list' }),
    opt('secondaryDatasetNames', { list: true }),
    opt('secondaryInputs', { json: 'list' }),
    opt('targetColumnNames', { list: true })
], { output: 'reshape' });
def('data-structure', 'UNPIVOT', [SOURCES, req('unpivotColumn', { column: 'output' }), req('valueColumn', { column: 'output' })], { output: 'reshape' });
// Data science recipe steps
def('data-science', 'BINARIZATION', [SOURCE, TARGET, num('threshold', true), flag('flip')], {
    output: 'new-column'
});
def('data-science', 'BUCKETIZATION', [SOURCE, TARGET, req('bucketNames', { list: true }), opt('splits', { list: true }), num('percentage')], { output: 'new-column', oneOf: [['splits', 'percentage']] });
def('data-science', 'CATEGORICAL_MAPPING', [
    SOURCE,
    req('categoryMap', { json: 'object' }),
    flag('deleteOtherRows'),
    opt('other'),
    flag('keepOthers'),
    // NUMERIC: the page's example; TEXT: real exports (issue 10). mappingOption: exports (TOP_X_VALUES; ALL_VALUES in
    // recipes-in-the-wild/marketing-research-etl-recipe.yml), not the page.
    opt('mapType', { enum: ['NUMERIC', 'TEXT'], enumStrict: false }),
    opt('mappingOption', { enum: ['TOP_X_VALUES', 'ALL_VALUES'], enumStrict: false }),
    opt('targetColumn', { column: 'output' })
], { output: 'new-column' });
def('data-science', 'ONE_HOT_ENCODING', [SOURCE], { output: 'reshape' });
def('data-science', 'SKEWNESS', [SOURCE, TARGET, req('skewFunction', { enum: ['ROOT', 'LOG', 'SQUARE'] }), num('value')], { output: 'new-column' });
def('data-science', 'TOKENIZATION', [
    SOURCE,
    opt('delimiter'),
    opt('expandContractions', { enum: ['ENABLED', 'DISABLED'], enumStrict: false }),
    opt('stemmingMode', { enum: ['PORTER', 'LANCASTER'] }),
    opt('stopWordRemovalMode', { enum: ['DEFAULT', 'CUSTOM'], enumStrict: false }),
    opt('customStopWords', { list: true }),
    TARGET
], { output: 'new-column' });
// Functions: every one writes a new column (targetColumn).
function fn(family, name, params, o = {}) {
    // The console writes functionStepType (the operation's own name) on every function step it exports (DATE_FORMAT,
    // DIVIDE, MULTIPLY, TODAY in the recipes-in-the-wild corpus); DataBrew runs them. Not on the pages.
    const stepType = opt('functionStepType', { enum: [name], enumStrict: false });
    def(family, name, [...params, TARGET, stepType], { output: 'new-column', ...o });
}
/** One operand: a column or a literal `value`. */
function unary(family, name, extra = [], o = {}) {
    fn(family, name, [OPT_SOURCE, VALUE, ...extra], { oneOf: SOURCE_OR_VALUE, ...o });
}
const BINARY = [
    opt('sourceColumn1', { column: 'input' }),
    opt('sourceColumn2', { column: 'input' }),
    opt('value1'),
    opt('value2')
];
// Mathematical functions
fn('math', 'ABSOLUTE', [SOURCE]);
fn('math', 'ADD', BINARY);
fn('math', 'CEILING', [SOURCE], { verified: 'pattern' });
fn('math', 'DEGREES', [SOURCE], { verified: 'pattern' });
fn('math', 'DIVIDE', BINARY);
fn('math', 'EXPONENT', [SOURCE]);
fn('math', 'FLOOR', [SOURCE], { verified: 'pattern' });
fn('math', 'IS_EVEN', [OPT_SOURCE, VALUE, opt('trueString'), opt('falseString')], { oneOf: SOURCE_OR_VALUE });
fn('math', 'IS_ODD', [OPT_SOURCE, VALUE, opt('trueString'), opt('falseString')], {
    oneOf: SOURCE_OR_VALUE,
    verified: 'pattern'
});
fn('math', 'LN', [SOURCE], { verified: 'pattern' });
fn('math', 'LOG', [SOURCE, num('base')]);
fn('math', 'MOD', BINARY);
fn('math', 'MULTIPLY', BINARY);
fn('math', 'NEGATE', [SOURCE]);
fn('math', 'PI', []);
unary('math', 'POWER', [num('exponent', true)]);
fn('math', 'RADIANS', [SOURCE], { verified: 'pattern' });
fn('math', 'RANDOM', [], { deterministic: false });
fn('math', 'RANDOM_BETWEEN', [num('lowerBound', true), num('upperBound', true)], { deterministic: false });
fn('math', 'ROUND', [SOURCE]);
fn('math', 'SIGN', [SOURCE], { verified: 'pattern' });
fn('math', 'SQUARE_ROOT', [SOURCE], { verified: 'pattern' });
fn('math', 'SUBTRACT', BINARY);
// Aggregate functions (over the listed columns of each row)
for (const name of ['ANY', 'COUNT_DISTINCT', 'STANDARD_DEVIATION', 'SUM'])
    fn('aggregate', name, [SOURCES], { copiesValue: name === 'ANY' });
for (const name of ['AVERAGE', 'COUNT', 'MAX', 'MEDIAN', 'MIN', 'VARIANCE'])
    fn('aggregate', name, [SOURCES], { verified: 'pattern' });
fn('aggregate', 'KTH_LARGEST', [SOURCES, catalog_int('value', true)]);
fn('aggregate', 'KTH_LARGEST_UNIQUE', [SOURCES, catalog_int('value', true)], { verified: 'pattern' });
fn('aggregate', 'MODE', [SOURCES, opt('modeType', { enum: MODE_TYPES })]);
// Text functions
const V = { copiesValue: true };
unary('text', 'CHAR', []);
fn('text', 'ENDS_WITH', [OPT_SOURCE, VALUE, req('pattern')], { oneOf: SOURCE_OR_VALUE });
const COMPARE = { verified: 'pattern' };
fn('text', 'EXACT', BINARY, COMPARE);
fn('text', 'FIND', [OPT_SOURCE, VALUE, req('pattern'), catalog_int('position'), flag('ignoreCase')], {
    oneOf: SOURCE_OR_VALUE
});
unary('text', 'LEFT', [catalog_int('position', true)], V);
unary('text', 'LEN', []);
unary('text', 'LOWER', [], { ...V, normalizes: true });
fn('text', 'MERGE_COLUMNS_AND_VALUES', [SOURCES, opt('delimiter')], V);
unary('text', 'PROPER', [], { ...V, normalizes: true, verified: 'pattern' });
unary('text', 'REMOVE_SYMBOLS', [], { ...V, normalizes: true, verified: 'pattern' });
unary('text', 'REMOVE_WHITESPACE', [], { ...V, normalizes: true });
unary('text', 'REPEAT_STRING', [catalog_int('count', true)], V);
unary('text', 'RIGHT', [catalog_int('position', true)], V);
fn('text', 'RIGHT_FIND', [OPT_SOURCE, VALUE, req('pattern'), catalog_int('position'), flag('ignoreCase')], {
    oneOf: SOURCE_OR_VALUE,
    verified: 'pattern'
});
fn('text', 'STARTS_WITH', [OPT_SOURCE, VALUE, req('pattern')], { oneOf: SOURCE_OR_VALUE });
fn('text', 'STRING_GREATER_THAN', BINARY);
fn('text', 'STRING_GREATER_THAN_EQUAL', BINARY, COMPARE);
fn('text', 'STRING_LESS_THAN', BINARY, COMPARE);
fn('text', 'STRING_LESS_THAN_EQUAL', BINARY, COMPARE);
fn('text', 'SUBSTRING', [OPT_SOURCE, VALUE, catalog_int('startPosition', true), catalog_int('endPosition')], {
    ...V,
    oneOf: SOURCE_OR_VALUE
});
unary('text', 'TRIM', [], { ...V, normalizes: true });
unary('text', 'UNICODE', [], { verified: 'pattern' });
unary('text', 'UPPER', [], { ...V, normalizes: true, verified: 'pattern' });
// Date and time functions
const FORMAT = opt('dateTimeFormat');
const UNITS_PARAM = (required) => (required ? req : opt)('units', { enum: UNITS });
fn('date', 'CONVERT_TIMEZONE', [SOURCE, opt('fromTimeZone'), opt('toTimeZone'), FORMAT], V);
fn('date', 'DATE', [FORMAT, req('dateTimeParameters', { json: 'object' })]);
unary('date', 'DATE_ADD', [UNITS_PARAM(true), num('dateAddValue', true), FORMAT], V);
fn('date', 'DATE_DIFF', [...BINARY, UNITS_PARAM(true)]);
unary('date', 'DATE_FORMAT', [FORMAT], { ...V, normalizes: true });
fn('date', 'DATE_TIME', [FORMAT, req('dateTimeParameters', { json: 'object' })]);
unary('date', 'DAY', []);
for (const name of ['HOUR', 'MILLISECOND', 'MINUTE', 'MONTH', 'MONTH_NAME', 'QUARTER', 'SECOND'])
    unary('date', name, [], { verified: 'pattern' });
fn('date', 'NOW', [opt('timeZone')], { deterministic: false, verified: 'pattern' });
unary('date', 'TIME', [FORMAT], { verified: 'pattern' });
fn('date', 'TODAY', [opt('timeZone')], { deterministic: false, verified: 'pattern' });
unary('date', 'UNIX_TIME', [], { verified: 'pattern' });
unary('date', 'UNIX_TIME_FORMAT', [FORMAT]);
for (const name of ['WEEK_DAY', 'WEEK_NUMBER'])
    unary('date', name, [], { verified: 'pattern' });
// dateTimeFormat on YEAR: written by the console in real exports (issue 10), not on the page.
unary('date', 'YEAR', [FORMAT], { verified: 'pattern' });
// Window functions
const WINDOW = [SOURCE, catalog_int('numRowsBefore'), catalog_int('numRowsAfter')];
fn('window', 'FILL', WINDOW, V);
fn('window', 'NEXT', [SOURCE, catalog_int('numRows', true)], V);
fn('window', 'PREV', [SOURCE, catalog_int('numRows', true)], { ...V, verified: 'pattern' });
for (const name of [
    'ROLLING_AVERAGE',
    'ROLLING_COUNT_A',
    'ROLLING_MAX',
    'ROLLING_MIN',
    'ROLLING_MODE',
    'ROLLING_STANDARD_DEVIATION',
    'ROLLING_SUM',
    'ROLLING_VARIANCE'
])
    fn('window', name, WINDOW, { verified: 'pattern' });
fn('window', 'ROLLING_KTH_LARGEST', [...WINDOW, catalog_int('value', true)]);
fn('window', 'ROLLING_KTH_LARGEST_UNIQUE', [...WINDOW, catalog_int('value', true)], { verified: 'pattern' });
const GROUP_ORDER = [
    opt('groupByColumns', { list: true, column: 'input' }),
    opt('orderByColumns', { list: true, column: 'input' })
];
fn('window', 'ROW_NUMBER', GROUP_ORDER);
fn('window', 'SESSION', [SOURCE, UNITS_PARAM(true), num('value', true), ...GROUP_ORDER]);
// Web functions
unary('web', 'IP_TO_INT', []);
unary('web', 'INT_TO_IP', [], { verified: 'pattern' });
unary('web', 'URL_PARAMS', []);
// Other functions
fn('other', 'COALESCE', [SOURCES], V);
def('other', 'GET_ACTION_RESULT', [req('actionId')], { output: 'rows', interactiveOnly: true });
def('other', 'GET_STEP_DATAFRAME', [catalog_int('stepIndex', true)], { output: 'rows', interactiveOnly: true });
/** Every operation by name. */
const CATALOG = Object.freeze(Object.fromEntries(LIST.map(s => [s.name, s])));
const OPERATION_NAMES = LIST.map(s => s.name);
function operationSpec(name) {
    return Object.prototype.hasOwnProperty.call(CATALOG, name) ? CATALOG[name] : undefined;
}
function paramSpec(operation, parameter) {
    return operationSpec(operation)?.params.find(p => p.name === parameter);
}
/** Parameters that must always be given (groups in `oneOf` are not listed: one of each group is needed). */
function requiredParameters(operation) {
    return (operationSpec(operation)?.params ?? []).filter(p => p.required).map(p => p.name);
}
/** Parameter names whose string value holds JSON (a list or an object), across all operations. */
const JSON_PARAMETERS = new Set(LIST.flatMap(s => s.params.filter(p => p.list || p.json).map(p => p.name)));
/** Names people write that DataBrew does not have, with what to use (REFERENCE.md's traps and common guesses). */
const MISNAMED = {
    HASH: 'CRYPTOGRAPHIC_HASH',
    SHA256: 'CRYPTOGRAPHIC_HASH with "algorithm": "SHA256"',
    HMAC: 'CRYPTOGRAPHIC_HASH with "algorithm": "HMAC_SHA256"',
    REPLACE_PATTERN: 'REPLACE_TEXT (its pattern is a regular expression)',
    REGEX_REPLACE: 'REPLACE_TEXT (its pattern is a regular expression)',
    REPLACE: 'REPLACE_TEXT',
    SPLIT: 'one of the seven SPLIT_COLUMN_* steps (e.g. SPLIT_COLUMN_SINGLE_DELIMITER)',
    SPLIT_COLUMN: 'one of the seven SPLIT_COLUMN_* steps (e.g. SPLIT_COLUMN_SINGLE_DELIMITER)',
    DEDUPLICATE: 'REMOVE_DUPLICATES (duplicates in one column) or DELETE_DUPLICATE_ROWS (whole rows)',
    DEDUP: 'REMOVE_DUPLICATES (duplicates in one column) or DELETE_DUPLICATE_ROWS (whole rows)',
    DROP_DUPLICATES: 'REMOVE_DUPLICATES (duplicates in one column) or DELETE_DUPLICATE_ROWS (whole rows)',
    DROP: 'DELETE',
    DROP_COLUMN: 'DELETE',
    DROP_COLUMNS: 'DELETE',
    REMOVE_COLUMN: 'DELETE',
    DELETE_COLUMN: 'DELETE',
    RENAME_COLUMN: 'RENAME',
    LOWERCASE: 'LOWER_CASE',
    UPPERCASE: 'UPPER_CASE',
    STRIP: 'REMOVE_COMBINED with "removeLeadingAndTrailingWhitespace": "true" (TRIM writes a new column)',
    TRIM_WHITESPACE: 'REMOVE_COMBINED with "removeLeadingAndTrailingWhitespace": "true" (TRIM writes a new column)',
    FILTER: 'REMOVE_VALUES with ConditionExpressions',
    FILTER_ROWS: 'REMOVE_VALUES with ConditionExpressions',
    CONCAT: 'MERGE',
    CONCATENATE: 'MERGE',
    CAST: 'CHANGE_DATA_TYPE',
    FILL_MISSING: 'one of the FILL_WITH_* steps (e.g. FILL_WITH_EMPTY, FILL_WITH_CUSTOM)',
    FILL_MISSING_VALUES: 'one of the FILL_WITH_* steps (e.g. FILL_WITH_EMPTY, FILL_WITH_CUSTOM)',
    FILL_WITH_MINIMUM: 'REPLACE_OUTLIERS or FILL_WITH_CUSTOM (DataBrew has no FILL_WITH_MINIMUM)',
    FILL_WITH_MAXIMUM: 'REPLACE_OUTLIERS or FILL_WITH_CUSTOM (DataBrew has no FILL_WITH_MAXIMUM)',
    MASK: 'MASK_CUSTOM, MASK_RANGE, MASK_DELIMITER or MASK_DATE',
    FORMAT_PHONE: 'FORMAT_PHONE_NUMBER',
    PHONE_NUMBER_FORMAT: 'FORMAT_PHONE_NUMBER',
    IF: 'BOOLEAN_OPERATION',
    CASE: 'CASE_OPERATION'
};
/**
 * ConditionExpressions names. Documented: recipes.html#recipes.structure. The undocumented ones are in use elsewhere
 * (the local engine, the console's "is not missing" filter) but could not be confirmed for recipe jobs.
 */
const CONDITIONS = [
    ...['IS', 'IS_NOT', 'IS_BETWEEN', 'CONTAINS', 'NOT_CONTAINS', 'STARTS_WITH', 'NOT_STARTS_WITH'].map(name => ({ name, documented: true, value: 'one' })),
    ...['ENDS_WITH', 'NOT_ENDS_WITH', 'LESS_THAN', 'LESS_THAN_EQUAL', 'GREATER_THAN', 'GREATER_THAN_EQUAL'].map(name => ({ name, documented: true, value: 'one' })),
    { name: 'IS_INVALID', documented: true, value: 'none' },
    { name: 'IS_MISSING', documented: true, value: 'none' },
    { name: 'IS_NOT_MISSING', documented: false, value: 'none' },
    { name: 'IS_VALID', documented: false, value: 'none' },
    { name: 'MATCHES', documented: false, value: 'one' },
    { name: 'NOT_MATCHES', documented: false, value: 'one' },
    { name: 'EQUALS', documented: false, value: 'one' },
    { name: 'NOT_EQUALS', documented: false, value: 'one' }
];
const CONDITION_NAMES = CONDITIONS.map(c => c.name);
function conditionSpec(name) {
    return CONDITIONS.find(c => c.name === name);
}
/** Operations that normalize values in place or into a new column (what the PII policy wants before a hash). */
const NORMALIZING = new Set(LIST.filter(s => s.normalizes).map(s => s.name));

;// CONCATENATED MODULE: ./src/recipe/suggest.ts
/** "Did you mean …?" for operation, parameter, condition, column and policy key names. Pure. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++)
            row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = row;
    }
    return prev[b.length];
}
const tokens = (s) => s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .sort()
    .join(' ');
/**
 * The candidate closest to `name`: the same words in another order (PHONE_NUMBER_FORMAT → FORMAT_PHONE_NUMBER), else
 * the smallest edit distance within a third of the name's length (at least 2).
 */
function closest(name, candidates) {
    const words = tokens(name);
    const sameWords = candidates.find(c => tokens(c) === words);
    if (sameWords && words !== '')
        return sameWords;
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

;// CONCATENATED MODULE: ./src/recipe/yaml-source.ts
/**
 * A YAML file read for checking (the PII policy, the collaboration contract): the document, where each node is
 * (file:line:col for problems) and the YAML syntax errors as problems, worded like the rest.
 */

function readYamlSource(text, file) {
    const problems = [];
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines });
    const at = (offset) => {
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const where = (node) => at(node?.range?.[0] ?? 0);
    for (const e of doc.errors) {
        problems.push({
            file,
            ...at(e.pos[0]),
            message: `not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?\s*$/, '')}`,
            severity: 'error'
        });
    }
    return {
        doc,
        problems,
        where,
        add: (node, message, severity = 'error') => problems.push({ file, ...where(node), message, severity })
    };
}

;// CONCATENATED MODULE: ./src/recipe/policy.ts
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
    const source = readYamlSource(text, file);
    const { doc, problems, add } = source;
    if (problems.length > 0)
        return { problems };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        add(root, 'a PII policy is a mapping with version, hash and columns (see examples/pii-policy.yml)');
        return { problems };
    }
    unknownKeys(source, root, TOP_KEYS, '');
    const version = value(root, 'version');
    if (version === undefined)
        add(root, 'add "version: 1" (the policy format version)');
    else if (version !== 1)
        add(policy_node(root, 'version'), `version must be 1, not ${JSON.stringify(version)}`);
    const { hash, locations } = readHash(source, root);
    const columns = readColumns(source, root);
    const errors = problems.some(p => p.severity === 'error');
    return errors ? { problems } : { policy: { file, hash, columns, locations }, problems };
}
/** Reports unknown keys of a mapping, with the closest known one. */
function unknownKeys(source, map, allowed, what) {
    if (!(0,dist/* isMap */.jh)(map))
        return;
    for (const pair of map.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key);
        if (allowed.includes(key))
            continue;
        const hint = closest(key, allowed);
        source.add(pair.key, `${what}unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ` (known: ${allowed.join(', ')})`}`);
    }
}
function value(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    const n = map.get(key, true);
    return (0,dist/* isScalar */.jn)(n) ? n.value : n;
}
function policy_node(map, key) {
    return (0,dist/* isMap */.jh)(map) ? map.get(key, true) : undefined;
}
/** The hash contract: algorithm, encoding and the secret holding the key (named so DataBrew may read it). */
function readHash(source, root) {
    const { add, where } = source;
    const hash = { algorithm: DEFAULT_HASH_ALGORITHM, encoding: 'base64' };
    const locations = {};
    const hashNode = policy_node(root, 'hash');
    if (!hashNode) {
        add(root, 'add a "hash" contract: { algorithm, encoding, secretId }');
        return { hash, locations };
    }
    if (!(0,dist/* isMap */.jh)(hashNode)) {
        add(hashNode, 'hash must be a mapping { algorithm, encoding, secretId }');
        return { hash, locations };
    }
    locations.hash = where(hashNode);
    unknownKeys(source, hashNode, HASH_KEYS, 'hash: ');
    const algorithm = value(hashNode, 'algorithm');
    if (algorithm === undefined)
        add(hashNode, `hash: add "algorithm" (one of ${HASH_ALGORITHMS.join(', ')})`);
    else {
        const a = String(algorithm).toUpperCase();
        locations.algorithm = where(policy_node(hashNode, 'algorithm'));
        if (!HASH_ALGORITHMS.includes(a))
            add(policy_node(hashNode, 'algorithm'), `hash.algorithm '${String(algorithm)}' is not a CRYPTOGRAPHIC_HASH algorithm: use one of ${HASH_ALGORITHMS.join(', ')}`);
        hash.algorithm = a;
    }
    const encoding = value(hashNode, 'encoding');
    if (encoding !== undefined) {
        locations.encoding = where(policy_node(hashNode, 'encoding'));
        const e = String(encoding).toLowerCase();
        if (e !== 'base64' && e !== 'hex')
            add(policy_node(hashNode, 'encoding'), 'hash.encoding must be base64 or hex');
        else
            hash.encoding = e;
    }
    const secretId = value(hashNode, 'secretId');
    if (secretId !== undefined) {
        locations.secretId = where(policy_node(hashNode, 'secretId'));
        readSecretId(source, policy_node(hashNode, 'secretId'), secretId, hash);
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
    const colsNode = policy_node(root, 'columns');
    if (!(0,dist/* isSeq */.oP)(colsNode) || colsNode.items.length === 0) {
        add(colsNode ?? root, 'columns must be a non-empty list of { name, kind }');
        return columns;
    }
    for (const item of colsNode.items) {
        if (!(0,dist/* isMap */.jh)(item)) {
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
            const hint = closest(String(kind), PII_KINDS);
            add(policy_node(item, 'kind'), `column ${name}: kind '${String(kind)}' is not one of ${PII_KINDS.join(', ')}${hint ? ` (did you mean ${hint}?)` : ''}`);
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

;// CONCATENATED MODULE: ./src/recipe/model.ts
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
/** A JSON value inside a string parameter, or undefined when it is not JSON. */
function jsonValue(value) {
    try {
        return JSON.parse(value);
    }
    catch {
        return undefined;
    }
}
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

;// CONCATENATED MODULE: ./src/recipe/columns.ts
/** Which columns a recipe step reads and makes, from the catalog's parameter roles: what the validator, the PII policy
 * check and the contract check follow through a recipe. Pure. */


/** The columns a step reads (its 'input' parameters) or creates (its 'output' parameters). */
function stepColumns(step, role) {
    const out = [];
    for (const p of operationSpec(step.operation)?.params ?? []) {
        const v = step.parameters[p.name];
        if (p.column !== role || v === undefined || v === '')
            continue;
        if (p.list)
            out.push(...(listParameter(v) ?? []));
        else
            out.push(v);
    }
    return out;
}
/** How many columns a SPLIT_COLUMN_* step makes (`<source>_1 … _n`), or undefined when the data decides. */
function splitCount(step) {
    const limit = Number(step.parameters.limit ?? '1');
    switch (step.operation) {
        case 'SPLIT_COLUMN_SINGLE_DELIMITER':
        case 'SPLIT_COLUMN_MULTIPLE_DELIMITER':
            return Number.isInteger(limit) && limit >= 1 ? limit + 1 : undefined;
        case 'SPLIT_COLUMN_FROM_START':
        case 'SPLIT_COLUMN_FROM_END':
            return 2;
        case 'SPLIT_COLUMN_BETWEEN_POSITIONS':
        case 'SPLIT_COLUMN_BETWEEN_DELIMITER':
            return 3;
        default:
            return undefined; // SPLIT_COLUMN_WITH_INTERVALS: as many as the longest value needs
    }
}

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
        const algorithm = (p.algorithm ?? DEFAULT_HASH_ALGORITHM).toUpperCase();
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
                !sameSecret(p.secretId, policy.secretId)))
            reasons.push(`the policy requires ${describe(policy.algorithm, policy.secretId)}${this.cite(this.policy.locations?.algorithm ?? this.policy.locations?.hash)}`);
        // With a policy, the policy is the contract; an earlier step is named when it differs as well.
        const first = this.first;
        if (reasons.length > 0 &&
            first &&
            (first.algorithm !== algorithm || (keyed && !sameSecret(first.secretId, p.secretId))))
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

;// CONCATENATED MODULE: ./src/recipe/ops/case-operation-parser.ts
/**
 * The `valueExpression` language of CASE_OPERATION (recipe-actions.CASE_OPERATION.html): a Spark SQL CASE expression,
 * `case when `column11` < `column.2` then 'result1' when `column2` < 'value2' then 'result2' else 'high' end`.
 * Read by a small tokenizer and recursive-descent parser into a tree; nothing is ever evaluated as code.
 *
 * Accepted (keywords in any case): CASE WHEN <condition> THEN <value> … [ELSE <value>] END; conditions built from
 * = == != <> < <= > >=, IS [NOT] NULL, AND, OR, NOT and parentheses; values and operands are columns (in back ticks,
 * or a bare name as Spark SQL reads it), 'text' or "text" (backslash escapes), numbers, NULL, TRUE/FALSE, `:name`
 * (an aggregate declared in withExpressions, as the page's table shows) or a nested CASE. Anything else (functions,
 * arithmetic, LIKE, IN, BETWEEN …) is refused with the token and its position, never guessed at.
 */
/** What the expression accepts, for error messages. */
const CASE_SYNTAX = "CASE WHEN <condition> THEN <value> … [ELSE <value>] END, with columns in back ticks, 'text', numbers, NULL, " +
    ':aggregate names, = != <> < <= > >=, IS [NOT] NULL, AND, OR, NOT and parentheses';
class CaseSyntaxError extends Error {
    token;
    position;
    expected;
    constructor(token, position, expected) {
        super(token === ''
            ? `valueExpression ends early: expected ${expected} (write ${CASE_SYNTAX})`
            : `valueExpression: unsupported \`${token}\` at character ${position + 1}, expected ${expected} (write ${CASE_SYNTAX})`);
        this.token = token;
        this.position = position;
        this.expected = expected;
    }
}
const ESCAPES = { n: '\n', t: '\t', r: '\r', '0': '\0' };
function readQuoted(src, start, quote) {
    let value = '';
    for (let i = start + 1; i < src.length; i++) {
        const c = src[i];
        if (c === '\\' && i + 1 < src.length) {
            const e = src[++i];
            value += ESCAPES[e] ?? e;
        }
        else if (c === quote)
            return { value, end: i + 1 };
        else
            value += c;
    }
    throw new CaseSyntaxError(src.slice(start), start, `a closing ${quote}`);
}
const TOKEN_PATTERNS = [
    ['number', /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![\w.])/y],
    ['aggregate', /:([\w.]+)/y],
    ['word', /[A-Za-z_][\w]*/y],
    ['op', /<=|>=|<>|!=|==|=|<|>|\(|\)/y]
];
function tokenize(src) {
    const tokens = [];
    let i = 0;
    while (i < src.length) {
        if (/\s/.test(src[i])) {
            i++;
            continue;
        }
        const c = src[i];
        if (c === '`') {
            // A back-ticked column; `` inside stands for one back tick (Spark SQL).
            const m = /`((?:[^`]|``)*)`/y;
            m.lastIndex = i;
            const found = m.exec(src);
            if (!found)
                throw new CaseSyntaxError(src.slice(i), i, 'a closing back tick');
            tokens.push({ kind: 'column', value: found[1].replace(/``/g, '`'), raw: found[0], at: i });
            i = m.lastIndex;
            continue;
        }
        if (c === "'" || c === '"') {
            const { value, end } = readQuoted(src, i, c);
            tokens.push({ kind: 'text', value, raw: src.slice(i, end), at: i });
            i = end;
            continue;
        }
        const hit = TOKEN_PATTERNS.map(([kind, re]) => {
            re.lastIndex = i;
            const m = re.exec(src);
            return m ? { kind, m } : undefined;
        }).find(x => x !== undefined);
        if (!hit)
            throw new CaseSyntaxError(src.slice(i).split(/\s/)[0], i, 'a column, a value or an operator');
        const raw = hit.m[0];
        const value = hit.kind === 'aggregate' ? hit.m[1] : hit.kind === 'word' ? raw.toUpperCase() : raw;
        tokens.push({ kind: hit.kind, value, raw, at: i });
        i += raw.length;
    }
    tokens.push({ kind: 'end', value: '', raw: '', at: src.length });
    return tokens;
}
const KEYWORDS = new Set([
    'CASE',
    'WHEN',
    'THEN',
    'ELSE',
    'END',
    'AND',
    'OR',
    'NOT',
    'IS',
    'NULL',
    'TRUE',
    'FALSE'
]);
const case_operation_parser_COMPARE = {
    '=': '=',
    '==': '=',
    '!=': '!=',
    '<>': '!=',
    '<': '<',
    '<=': '<=',
    '>': '>',
    '>=': '>='
};
class Parser {
    tokens;
    i = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    get peek() {
        return this.tokens[this.i];
    }
    fail(expected) {
        throw new CaseSyntaxError(this.peek.raw, this.peek.at, expected);
    }
    isWord(word) {
        return this.peek.kind === 'word' && this.peek.value === word;
    }
    isOp(op) {
        return this.peek.kind === 'op' && this.peek.value === op;
    }
    expectWord(word) {
        if (!this.isWord(word))
            this.fail(word);
        this.i++;
    }
    parseCase() {
        this.expectWord('CASE');
        const branches = [];
        while (this.isWord('WHEN')) {
            this.i++;
            const when = this.parseOr();
            this.expectWord('THEN');
            branches.push({ when, then: this.parseOperand('a value after THEN') });
        }
        if (branches.length === 0)
            this.fail('WHEN');
        let otherwise = { kind: 'null' };
        if (this.isWord('ELSE')) {
            this.i++;
            otherwise = this.parseOperand('a value after ELSE');
        }
        this.expectWord('END');
        return { branches, otherwise };
    }
    parseAll() {
        const expr = this.parseCase();
        if (this.peek.kind !== 'end')
            this.fail('the end of the expression after END');
        return expr;
    }
    parseOr() {
        let left = this.parseAnd();
        while (this.isWord('OR')) {
            this.i++;
            left = { kind: 'or', left, right: this.parseAnd() };
        }
        return left;
    }
    parseAnd() {
        let left = this.parseNot();
        while (this.isWord('AND')) {
            this.i++;
            left = { kind: 'and', left, right: this.parseNot() };
        }
        return left;
    }
    parseNot() {
        if (this.isWord('NOT')) {
            this.i++;
            return { kind: 'not', operand: this.parseNot() };
        }
        if (this.isOp('(')) {
            this.i++;
            const inner = this.parseOr();
            if (!this.isOp(')'))
                this.fail(')');
            this.i++;
            return inner;
        }
        return this.parsePredicate();
    }
    parsePredicate() {
        const left = this.parseOperand('a column or a value');
        if (this.isWord('IS')) {
            this.i++;
            const negated = this.isWord('NOT');
            if (negated)
                this.i++;
            this.expectWord('NULL');
            return { kind: 'isNull', negated, operand: left };
        }
        const op = this.peek.kind === 'op' ? case_operation_parser_COMPARE[this.peek.value] : undefined;
        if (op) {
            this.i++;
            return { kind: 'compare', op, left, right: this.parseOperand(`a column or a value after ${op}`) };
        }
        if (left.kind === 'boolean')
            return { kind: 'literal', value: left.value };
        return this.fail('a comparison (= != <> < <= > >=) or IS [NOT] NULL');
    }
    parseOperand(expected) {
        const t = this.peek;
        if (t.kind === 'column')
            return this.take({ kind: 'column', name: t.value });
        if (t.kind === 'text')
            return this.take({ kind: 'text', value: t.value });
        if (t.kind === 'number')
            return this.take({ kind: 'number', text: t.raw, value: Number(t.raw) });
        if (t.kind === 'aggregate')
            return this.take({ kind: 'aggregate', name: t.value });
        if (t.kind === 'word') {
            if (t.value === 'NULL')
                return this.take({ kind: 'null' });
            if (t.value === 'TRUE' || t.value === 'FALSE')
                return this.take({ kind: 'boolean', value: t.value === 'TRUE' });
            if (t.value === 'CASE')
                return { kind: 'case', expr: this.parseCase() };
            const next = this.tokens[this.i + 1];
            // A bare name is a column (Spark SQL); a name followed by ( is a function, which is not supported.
            if (!KEYWORDS.has(t.value) && !(next.kind === 'op' && next.value === '('))
                return this.take({ kind: 'column', name: t.raw });
        }
        return this.fail(expected);
    }
    take(o) {
        this.i++;
        return o;
    }
}
/** Parses a valueExpression; throws CaseSyntaxError naming the first token it cannot accept. */
function parseCaseExpression(src) {
    return new Parser(tokenize(src)).parseAll();
}
/** Every column and aggregate name the expression reads. */
function references(expr) {
    const columns = new Set();
    const aggregates = new Set();
    const operand = (o) => {
        if (o.kind === 'column')
            columns.add(o.name);
        else if (o.kind === 'aggregate')
            aggregates.add(o.name);
        else if (o.kind === 'case')
            walk(o.expr);
    };
    const condition = (c) => {
        if (c.kind === 'and' || c.kind === 'or') {
            condition(c.left);
            condition(c.right);
        }
        else if (c.kind === 'not')
            condition(c.operand);
        else if (c.kind === 'compare') {
            operand(c.left);
            operand(c.right);
        }
        else if (c.kind === 'isNull')
            operand(c.operand);
    };
    const walk = (e) => {
        for (const b of e.branches) {
            condition(b.when);
            operand(b.then);
        }
        operand(e.otherwise);
    };
    walk(expr);
    return { columns: [...columns], aggregates: [...aggregates] };
}
/**
 * For the PII policy: the columns a valueExpression names, back-ticked or bare; when it does not parse (the validator
 * reports that), the back-ticked names in it.
 */
function caseExpressionColumns(expression) {
    try {
        return references(parseCaseExpression(expression)).columns;
    }
    catch (err) {
        if (!(err instanceof CaseSyntaxError))
            throw err;
        return [...expression.matchAll(/`((?:[^`]|``)+)`/g)].map(m => m[1].replace(/``/g, '`'));
    }
}
/**
 * For the validator: the syntax error in a valueExpression, or an `:aggregate` it uses that `withExpressions` (the JSON
 * list of {name, value, type}) does not declare; undefined when neither.
 */
function caseExpressionProblem(expression, withExpressions) {
    let expr;
    try {
        expr = parseCaseExpression(expression);
    }
    catch (err) {
        if (err instanceof CaseSyntaxError)
            return err.message;
        throw err;
    }
    let declared;
    try {
        declared = withExpressions === undefined ? [] : JSON.parse(withExpressions);
    }
    catch {
        return undefined; // the parameter check reports withExpressions that is not JSON
    }
    const names = new Set(Array.isArray(declared) ? declared.map(d => d?.name) : []);
    const missing = references(expr).aggregates.find(a => !names.has(a));
    return missing === undefined
        ? undefined
        : `valueExpression uses :${missing}, which withExpressions does not declare (add {"name": "${missing}", "value": "sum(\`column\`)", "type": "aggregate"})`;
}

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
        ? caseExpressionColumns(results) // bare names too (`THEN email`), as the engine reads them
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
    const n = splitCount(step);
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
    const report = (step, message, severity = 'error') => problems.push(stepProblem(recipe, step, message, severity));
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
        const spec = CATALOG[step.operation];
        if (!spec)
            continue; // validateRecipe reports it
        const inputs = stepColumns(step, 'input');
        const tainted = live.tainted(inputs);
        if (tainted.length === 0 && !SEES_ALL.has(step.operation))
            continue;
        const flow = FLOWS[step.operation] ?? (step.operation.startsWith('SPLIT_COLUMN_') ? split : byCatalog);
        flow({ step, spec, inputs, outputs: stepColumns(step, 'output'), tainted, live, hashes, report });
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

;// CONCATENATED MODULE: ./src/recipe/json-scan.ts
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const json_scan_ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t'
};
function shown(c) {
    if (c === undefined)
        return 'the end';
    if (c === "'")
        return 'a single quote';
    return `'${JSON.stringify(c).slice(1, -1)}'`;
}
/** Parses JSON text into a tree that keeps offsets. Throws JsonSyntaxError at the first error. */
function scanJson(text, what = 'file') {
    return new Scanner(text, what).document();
}
class Scanner {
    text;
    what;
    i;
    constructor(text, what) {
        this.text = text;
        this.what = what;
        this.i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    document() {
        this.ws();
        if (this.i >= this.text.length)
            this.fail(`the ${this.what} is empty`);
        const root = this.value(0);
        this.ws();
        if (this.i < this.text.length)
            this.fail(`unexpected ${shown(this.text[this.i])} after the end of the JSON value`);
        return root;
    }
    fail(message, at = this.i) {
        throw new JsonSyntaxError(message, at);
    }
    ws() {
        const text = this.text;
        for (;;) {
            const c = text[this.i];
            if (c === ' ' || c === '\n' || c === '\r' || c === '\t')
                this.i++;
            else if (c === '/' && (text[this.i + 1] === '/' || text[this.i + 1] === '*'))
                this.fail('comments are not allowed in JSON');
            else
                return;
        }
    }
    expected(expectation) {
        const c = this.text[this.i];
        if (c === undefined)
            return this.fail(`unexpected end of the ${this.what}: expected ${expectation}`);
        if (c === "'")
            return this.fail(`expected ${expectation}, found ${shown(c)}: JSON strings take double quotes`);
        return this.fail(`expected ${expectation}, found ${shown(c)}`);
    }
    string() {
        const text = this.text;
        const start = this.i++;
        let out = '';
        let map;
        for (;;) {
            const c = text[this.i];
            if (c === undefined || c === '\n')
                return this.fail('unterminated string (a closing " is missing)', start);
            if (c === '"') {
                this.i++;
                return map
                    ? { kind: 'string', start, end: this.i, value: out, map }
                    : { kind: 'string', start, end: this.i, value: out };
            }
            if (c === '\\') {
                if (!map)
                    map = Array.from({ length: out.length }, (_, k) => start + 1 + k);
                const e = text[this.i + 1];
                if (e === 'u') {
                    const hex = text.slice(this.i + 2, this.i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        this.fail('bad \\u escape: four hex digits must follow');
                    map.push(this.i);
                    out += String.fromCharCode(parseInt(hex, 16));
                    this.i += 6;
                }
                else if (e !== undefined && json_scan_ESCAPES[e] !== undefined) {
                    map.push(this.i);
                    out += json_scan_ESCAPES[e];
                    this.i += 2;
                }
                else
                    this.fail(`bad escape \\${e ?? ''} in a string`);
                continue;
            }
            if (c < ' ')
                this.fail('control character in a string (write it as an escape, e.g. \\t)');
            map?.push(this.i);
            out += c;
            this.i++;
        }
    }
    object(depth) {
        const text = this.text;
        const start = this.i++;
        const entries = [];
        this.ws();
        if (text[this.i] === '}')
            return { kind: 'object', start, end: ++this.i, entries };
        let comma = -1;
        for (;;) {
            this.ws();
            if (text[this.i] !== '"') {
                if (text[this.i] === '}' && comma >= 0)
                    this.fail("trailing comma before '}' (JSON allows none)", comma);
                if (text[this.i] !== undefined && /[A-Za-z_$]/.test(text[this.i]))
                    this.fail('keys need double quotes');
                this.expected('a "quoted" key');
            }
            const keyStart = this.i;
            const key = this.string().value;
            this.ws();
            if (text[this.i] !== ':')
                this.expected("':' after the key");
            this.i++;
            entries.push({ key, keyStart, value: this.value(depth + 1) });
            this.ws();
            if (text[this.i] === ',') {
                comma = this.i++;
                continue;
            }
            if (text[this.i] === '}')
                return { kind: 'object', start, end: ++this.i, entries };
            if (text[this.i] === '"')
                this.fail("expected ',' or '}': a comma is missing after the previous value");
            this.expected("',' or '}'");
        }
    }
    array(depth) {
        const text = this.text;
        const start = this.i++;
        const items = [];
        this.ws();
        if (text[this.i] === ']')
            return { kind: 'array', start, end: ++this.i, items };
        let comma = -1;
        for (;;) {
            this.ws();
            if (text[this.i] === ']' && comma >= 0)
                this.fail("trailing comma before ']' (JSON allows none)", comma);
            items.push(this.value(depth + 1));
            this.ws();
            if (text[this.i] === ',') {
                comma = this.i++;
                continue;
            }
            if (text[this.i] === ']')
                return { kind: 'array', start, end: ++this.i, items };
            if (text[this.i] === '"' || text[this.i] === '{' || text[this.i] === '[')
                this.fail("expected ',' or ']': a comma is missing after the previous value");
            this.expected("',' or ']'");
        }
    }
    value(depth) {
        if (depth > MAX_DEPTH)
            this.fail(`nested deeper than ${MAX_DEPTH} levels`);
        this.ws();
        const text = this.text;
        const start = this.i;
        const c = text[start];
        if (c === '{')
            return this.object(depth);
        if (c === '[')
            return this.array(depth);
        if (c === '"')
            return this.string();
        if (text.startsWith('true', start))
            return { kind: 'boolean', start, end: (this.i += 4), value: true };
        if (text.startsWith('false', start))
            return { kind: 'boolean', start, end: (this.i += 5), value: false };
        if (text.startsWith('null', start))
            return { kind: 'null', start, end: (this.i += 4) };
        NUMBER.lastIndex = start;
        const m = NUMBER.exec(text);
        if (m) {
            this.i += m[0].length;
            return { kind: 'number', start, end: this.i, text: m[0] };
        }
        return this.expected('a value');
    }
}
/** The plain JavaScript value of a node. */
function plain(node) {
    switch (node.kind) {
        case 'object':
            return Object.fromEntries(node.entries.map(e => [e.key, plain(e.value)]));
        case 'array':
            return node.items.map(plain);
        case 'number':
            return Number(node.text);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** Maps offsets to 1-based line and column (columns count UTF-16 code units, as editors and GitHub do). */
function lineIndex(text) {
    const starts = [0];
    for (let k = 0; k < text.length; k++)
        if (text.charCodeAt(k) === 10)
            starts.push(k + 1);
    return offset => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - starts[lo] + 1 };
    };
}

;// CONCATENATED MODULE: ./src/recipe/parse.ts
/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps
 * `{ "Action": { "Operation", "Parameters" }, "ConditionExpressions": [ … ] }`, or the describe-recipe output
 * `{ "Name": …, "Steps": [ … ] }` (any object with "Steps"). Parameter values stay in the API's string form; native
 * arrays, objects, booleans and numbers (as the PII pages show them) are normalized to it: arrays and objects to
 * compact JSON, booleans to "true"/"false", numbers to their literal text.
 *
 * Every problem carries file:line:column: of the JSON syntax error, of the step, of the offending key or value, and
 * for bad JSON inside a string parameter, of the exact character inside that string. A small position-keeping JSON
 * scanner (json-scan.ts) does this. Pure.
 */


const LIST_CONDITIONS = new Set(['IS', 'IS_NOT', 'IS_BETWEEN']);
// ---- the recipe ---------------------------------------------------------------------------------------------------
const STEP_KEYS = ['Action', 'ConditionExpressions'];
const ACTION_KEYS = ['Operation', 'Parameters'];
const CONDITION_KEYS = ['Condition', 'Value', 'TargetColumn'];
function kindName(node) {
    return node.kind === 'object' ? 'an object' : node.kind === 'array' ? 'a list' : `a ${node.kind}`;
}
/** A string value in the API's form. */
function apiString(node) {
    switch (node.kind) {
        case 'string':
            return node.value;
        case 'number':
            return node.text;
        case 'boolean':
            return node.value ? 'true' : 'false';
        case 'array':
        case 'object':
            return JSON.stringify(plain(node));
        default:
            return undefined;
    }
}
function get(node, key) {
    let found;
    for (const e of node.entries)
        if (e.key === key)
            found = e;
    return found;
}
function parseRecipe(text, file) {
    return new RecipeReader(text, file).read();
}
/** One pass over a recipe file: each part of a step has its own reader, all reporting into one list. */
class RecipeReader {
    text;
    file;
    problems = [];
    report;
    where;
    constructor(text, file) {
        this.text = text;
        this.file = file;
        const where = lineIndex(text);
        this.where = where;
        this.report = (offset, message, step, severity = 'error') => this.problems.push({ file, ...where(offset), message, ...(step !== undefined && { step }), severity });
    }
    read() {
        let root;
        try {
            root = scanJson(this.text);
        }
        catch (err) {
            if (!(err instanceof JsonSyntaxError))
                throw err;
            this.report(err.offset, `not valid JSON: ${err.message}`);
            return { problems: this.problems };
        }
        const steps = this.stepList(root);
        if (!steps)
            return { problems: this.problems };
        const out = [];
        steps.items.forEach((node, index) => {
            const step = this.step(node, index + 1);
            if (step)
                out.push(step);
        });
        return { recipe: { file: this.file, steps: out }, problems: this.problems };
    }
    /** The list of steps: the file itself, or describe-recipe output's "Steps". */
    stepList(root) {
        let steps = root;
        if (root.kind === 'object') {
            const s = get(root, 'Steps');
            if (!s) {
                const hint = get(root, 'Action')
                    ? 'this looks like a single step: put it in a list, [ { "Action": … } ]'
                    : 'expected a list of steps, or describe-recipe output with "Steps"';
                this.report(root.start, `not a recipe: ${hint}`);
                return undefined;
            }
            steps = s.value;
        }
        if (steps.kind !== 'array') {
            this.report(steps.start, `not a recipe: the steps must be a JSON list, not ${kindName(steps)}`);
            return undefined;
        }
        if (steps.items.length === 0)
            this.report(steps.start, 'the recipe has no steps', undefined, 'warning');
        return steps;
    }
    step(node, number) {
        if (node.kind !== 'object') {
            this.report(node.start, `step ${number}: a step is an object { "Action": … }, not ${kindName(node)}`, number);
            return undefined;
        }
        const wrapped = get(node, 'RecipeStep') ?? get(node, 'RecipeAction');
        if (wrapped && !get(node, 'Action')) {
            const fix = wrapped.key === 'RecipeStep'
                ? 'recipe files list the steps themselves: remove the "RecipeStep" wrapper'
                : '"RecipeAction" is the API name of an action; in a recipe step it is "Action"';
            this.report(wrapped.keyStart, `step ${number}: ${fix}`, number);
            return undefined;
        }
        this.checkKeys(node, STEP_KEYS, `step ${number}: `, number);
        const action = this.action(node, number);
        if (!action)
            return undefined;
        const { operation, node: actionNode } = action;
        const prefix = `step ${number} (${operation}): `;
        this.checkKeys(actionNode, ACTION_KEYS, prefix, number);
        const parameters = this.parameters(actionNode, operation, prefix, number);
        const conditions = this.conditions(node, prefix, number);
        return { number, operation, parameters, conditions, location: this.where(node.start) };
    }
    /** The step's "Action" object and its operation name. */
    action(node, number) {
        const action = get(node, 'Action');
        if (!action) {
            this.report(node.start, `step ${number}: no "Action" (a step is { "Action": { "Operation": … } })`, number);
            return undefined;
        }
        if (action.value.kind !== 'object') {
            this.report(action.value.start, `step ${number}: "Action" must be an object with "Operation" and "Parameters", not ${kindName(action.value)}`, number);
            return undefined;
        }
        const op = get(action.value, 'Operation');
        if (!op) {
            this.report(action.value.start, `step ${number}: "Action" has no "Operation"`, number);
            return undefined;
        }
        if (op.value.kind !== 'string' || op.value.value === '') {
            this.report(op.value.start, `step ${number}: "Operation" must be a non-empty string (e.g. "LOWER_CASE")`, number);
            return undefined;
        }
        return { operation: op.value.value, node: action.value };
    }
    parameters(action, operation, prefix, number) {
        const parameters = {};
        const params = get(action, 'Parameters')?.value;
        if (!params)
            return parameters;
        if (params.kind !== 'object') {
            this.report(params.start, `${prefix}"Parameters" must be an object, not ${kindName(params)}`, number);
            return parameters;
        }
        this.checkKeys(params, params.entries.map(e => e.key), prefix, number);
        for (const { key, keyStart, value } of params.entries) {
            const s = apiString(value);
            if (s === undefined) {
                this.report(keyStart, `${prefix}parameter ${key} is null: give a string or leave the parameter out`, number);
                continue;
            }
            parameters[key] = s;
            const spec = paramSpec(operation, key);
            const jsonValued = spec ? Boolean(spec.list || spec.json) : JSON_PARAMETERS.has(key);
            if (jsonValued && value.kind === 'string')
                this.checkJsonInString(value, `${prefix}parameter ${key}`, number);
        }
        return parameters;
    }
    conditions(node, prefix, number) {
        const conditions = [];
        const conds = get(node, 'ConditionExpressions')?.value;
        if (!conds)
            return conditions;
        if (conds.kind !== 'array') {
            this.report(conds.start, `${prefix}"ConditionExpressions" must be a list, not ${kindName(conds)}`, number);
            return conditions;
        }
        for (const c of conds.items) {
            const condition = this.condition(c, prefix, number);
            if (condition)
                conditions.push(condition);
        }
        return conditions;
    }
    condition(c, prefix, number) {
        if (c.kind !== 'object') {
            this.report(c.start, `${prefix}a condition is an object { "Condition", "Value", "TargetColumn" }`, number);
            return undefined;
        }
        this.checkKeys(c, CONDITION_KEYS, prefix, number);
        const name = get(c, 'Condition')?.value;
        const target = get(c, 'TargetColumn')?.value;
        const value = get(c, 'Value')?.value;
        if (!name || name.kind !== 'string' || name.value === '') {
            this.report(name?.start ?? c.start, `${prefix}a condition needs "Condition" (e.g. "IS_MISSING")`, number);
            return undefined;
        }
        if (!target || target.kind !== 'string' || target.value === '') {
            this.report(target?.start ?? c.start, `${prefix}condition ${name.value} needs "TargetColumn" (the column it tests)`, number);
            return undefined;
        }
        const v = value && apiString(value);
        if (value && v === undefined)
            this.report(value.start, `${prefix}condition ${name.value}: "Value" is null`, number);
        // Only IS, IS_NOT and IS_BETWEEN take a JSON list; STARTS_WITH "[TEST]" is plain text (a real export).
        if (value?.kind === 'string' && LIST_CONDITIONS.has(name.value) && /^\s*\[/.test(value.value))
            this.checkJsonInString(value, `${prefix}condition ${name.value} Value`, number);
        return { condition: name.value, targetColumn: target.value, ...(v !== undefined && { value: v }) };
    }
    /** Unknown and duplicate keys of an object, with `prefix` naming the object. */
    checkKeys(node, allowed, prefix, step) {
        const seen = new Set();
        for (const e of node.entries) {
            if (seen.has(e.key))
                this.report(e.keyStart, `${prefix}duplicate key "${e.key}": only the last one counts`, step, 'warning');
            seen.add(e.key);
            if (allowed.includes(e.key))
                continue;
            const sameCase = allowed.find(a => a.toLowerCase() === e.key.toLowerCase());
            const hint = sameCase
                ? `keys are case-sensitive: write "${sameCase}"`
                : `expected ${allowed.map(a => `"${a}"`).join(' or ')}`;
            this.report(e.keyStart, `${prefix}unknown key "${e.key}" (${hint})`, step);
        }
    }
    /** JSON inside a string value: a syntax error is reported at its own character. */
    checkJsonInString(node, what, step) {
        if (!/^\s*[[{]/.test(node.value))
            return; // not JSON at all: the validator says what it should be
        try {
            scanJson(node.value, 'string');
        }
        catch (err) {
            if (!(err instanceof JsonSyntaxError))
                throw err;
            const inside = node.map ? (node.map[err.offset] ?? node.end - 1) : node.start + 1 + err.offset;
            this.report(inside, `${what} holds invalid JSON: ${err.message}`, step);
        }
    }
}

;// CONCATENATED MODULE: ./src/recipe/column-flow.ts
/**
 * The columns through a recipe, when the input columns are known: every step must refer to columns that exist at that
 * point (following deletes, renames, duplicates, merges, splits and new-column functions); `columnFlow` gives the
 * output columns. Problems point at the step (file:line:col). Pure: the catalog only, no engine.
 */




const isTrue = (v) => v !== undefined && v.toLowerCase() === 'true';
/** Inserts `names` after column `after` (or at the end). */
function insertAfter(columns, after, names) {
    const i = after === undefined ? -1 : columns.lastIndexOf(after);
    return i < 0 ? [...columns, ...names] : [...columns.slice(0, i + 1), ...names, ...columns.slice(i + 1)];
}
/** What a step leaves: the new column list, or undefined when only DataBrew can know it (PIVOT, JOIN, …). */
function apply(spec, step, columns) {
    const p = step.parameters;
    const inputs = stepColumns(step, 'input');
    const outputs = stepColumns(step, 'output');
    switch (step.operation) {
        case 'DELETE':
            return columns.filter(c => !inputs.includes(c));
        case 'RENAME':
            return columns.map(c => (c === p.sourceColumn ? p.targetColumn : c));
        case 'MOVE_TO_START':
        case 'MOVE_TO_END':
        case 'MOVE_TO_INDEX':
        case 'MOVE_AFTER':
        case 'MOVE_BEFORE': {
            const rest = columns.filter(c => c !== p.sourceColumn);
            const src = p.sourceColumn;
            if (step.operation === 'MOVE_TO_START')
                return [src, ...rest];
            if (step.operation === 'MOVE_TO_END')
                return [...rest, src];
            if (step.operation === 'MOVE_TO_INDEX') {
                const i = Math.max(0, Math.min(rest.length, Number(p.targetIndex)));
                return [...rest.slice(0, i), src, ...rest.slice(i)];
            }
            const t = rest.indexOf(p.targetColumn);
            const at = step.operation === 'MOVE_AFTER' ? t + 1 : t;
            return [...rest.slice(0, at), src, ...rest.slice(at)];
        }
        case 'MERGE':
        case 'NEST_TO_ARRAY':
        case 'NEST_TO_MAP':
        case 'NEST_TO_STRUCT': {
            const merged = insertAfter(columns, inputs[inputs.length - 1], outputs);
            return isTrue(p.removeSourceColumns) ? merged.filter(c => !inputs.includes(c)) : merged;
        }
        case 'DUPLICATE':
        case 'UNNEST_ARRAY':
            return insertAfter(columns, p.sourceColumn, outputs);
        case 'UNPIVOT':
            return [...columns.filter(c => !inputs.includes(c)), ...outputs];
        case 'UNION': {
            const names = listParameter(p.targetColumnNames);
            return names && names.length > 0 ? names : undefined;
        }
        case 'GROUP_BY': {
            const options = jsonValue(p.groupByAggFunctionOptions ?? '');
            if (!Array.isArray(options))
                return undefined;
            const targets = options.map(o => o?.targetColumnName);
            if (!targets.every(t => typeof t === 'string'))
                return undefined;
            return [...inputs, ...targets];
        }
    }
    if (step.operation.startsWith('SPLIT_COLUMN_')) {
        const n = splitCount(step);
        const src = p.sourceColumn;
        if (n === undefined || src === undefined)
            return undefined;
        const parts = Array.from({ length: n }, (_, k) => `${src}_${k + 1}`);
        const i = columns.indexOf(src);
        return [...columns.slice(0, i), ...parts, ...columns.slice(i + 1)];
    }
    switch (spec.output) {
        case 'new-column':
            return insertAfter(columns, inputs[0], outputs);
        case 'in-place':
        case 'rows':
            return columns;
        default:
            return undefined; // PIVOT, TRANSPOSE, JOIN, ONE_HOT_ENCODING, UNNEST_MAP/STRUCT(_N), JSON_TO_STRUCTS
    }
}
/**
 * Follows the columns from `input` through the steps. Reports a step that reads a column that does not exist at that
 * point (naming the step that removed or renamed it) or creates one that already exists.
 */
function checkColumns(recipe, input) {
    const problems = [];
    let columns = [...input];
    /** Why a name is gone: "deleted by step 3", "renamed to 'x' by step 2". */
    const gone = new Map();
    for (const step of recipe.steps) {
        const spec = CATALOG[step.operation];
        if (!spec)
            return { problems, unknownAfter: step }; // reported by validateRecipe
        const add = (message) => problems.push(stepProblem(recipe, step, message));
        const missing = (name, what) => {
            const why = gone.get(name);
            const hint = why
                ? ` (${why})`
                : closest(name, columns)
                    ? ` (did you mean '${closest(name, columns)}'?)`
                    : '';
            add(`${what} '${name}' does not exist at this step${hint}`);
        };
        for (const c of step.conditions)
            if (c.targetColumn && !columns.includes(c.targetColumn))
                missing(c.targetColumn, `condition ${c.condition} targets column`);
        const inputs = stepColumns(step, 'input');
        const absent = inputs.filter(c => !columns.includes(c));
        for (const c of absent)
            missing(c, 'column');
        const outputs = stepColumns(step, 'output');
        for (const c of outputs)
            if (columns.includes(c) && !(step.operation === 'RENAME' && c === step.parameters.sourceColumn))
                add(`column '${c}' already exists: choose another targetColumn`);
        if (absent.length > 0)
            continue; // the step would fail; keep following the others
        const next = apply(spec, step, columns);
        if (next === undefined) {
            problems.push(stepProblem(recipe, step, `the columns after this step depend on the data (only DataBrew computes them): columns are not checked past it`, 'warning'));
            return { problems, unknownAfter: step };
        }
        const label = `step ${step.number} (${step.operation})`;
        for (const c of columns) {
            if (next.includes(c))
                continue;
            if (step.operation === 'RENAME')
                gone.set(c, `renamed to '${step.parameters.targetColumn}' by ${label}`);
            else if (step.operation.startsWith('SPLIT_COLUMN_'))
                gone.set(c, `split into ${c}_1 … by ${label}`);
            else
                gone.set(c, `removed by ${label}`);
        }
        for (const c of next)
            gone.delete(c);
        columns = next;
    }
    return { output: columns, problems };
}
/** The output columns of a recipe run on `inputColumns`, or undefined when a step's output only DataBrew knows. */
function columnFlow(recipe, inputColumns) {
    return checkColumns(recipe, inputColumns).output;
}

// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./src/recipe/java-regex.ts
/**
 * The Java-to-JavaScript translation behind recipe patterns (pattern.ts): one left-to-right pass that spells each Java
 * construct the JavaScript way, refuses the Java-only ones, and tracks, per group, what repeats, to refuse patterns
 * that can backtrack for ever. Pure and linear in the pattern's length.
 */
const LINE_END = '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)';
const DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';
const SPACE = '\\t\\n\\x0B\\f\\r ';
/** Characters JavaScript lets a `u` pattern escape outside a class; Java lets any non-alphabetic one be escaped. */
const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/');
const POSIX = new Set([
    'Lower',
    'Upper',
    'ASCII',
    'Alpha',
    'Digit',
    'Alnum',
    'Punct',
    'Graph',
    'Print',
    'Blank',
    'Cntrl',
    'XDigit',
    'Space'
]);
/** Java escapes with no JavaScript equivalent (or a different meaning): letter → what it is in Java. */
const JAVA_ONLY_ESCAPES = {
    A: 'beginning of input (use ^)',
    G: 'end of the previous match',
    h: 'horizontal whitespace',
    H: 'non-horizontal whitespace',
    R: 'any line break',
    X: 'a grapheme cluster',
    N: 'a named character',
    V: 'non-vertical whitespace',
    v: 'vertical whitespace (in JavaScript \\v is only U+000B)',
    e: 'the escape character (use \\x1B)',
    a: 'the bell character (use \\x07)',
    z: 'end of input (use $ only if the value cannot end with a line break)',
    Q: 'a quoted literal \\Q…\\E (escape each character instead)',
    E: 'the end of a quoted literal \\Q…\\E'
};
const java_regex_frame = (lookbehind = false) => ({
    variable: false,
    unbounded: false,
    lookbehind,
    firsts: [],
    atBranchStart: true
});
const hex = (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`;
/** The quantifier at `i`, if any: its text and bounds. */
function quantifierAt(s, i) {
    const c = s[i];
    if (c === '*')
        return { text: c, min: 0, max: Infinity };
    if (c === '+')
        return { text: c, min: 1, max: Infinity };
    if (c === '?')
        return { text: c, min: 0, max: 1 };
    if (c !== '{')
        return undefined;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
    if (!m)
        return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    return { text: m[0], min, max };
}
/** One Java pattern as JavaScript source, or the reason it cannot run here (with the source read so far). */
function translateJava(s) {
    return new Translator(s).run();
}
class Translator {
    s;
    js = '';
    i = 0;
    stack = [java_regex_frame()];
    /** What the last atom was, for the quantifier that may follow it. */
    last;
    constructor(s) {
        this.s = s;
    }
    run() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            const problem = c === '\\'
                ? this.escape()
                : c === '['
                    ? this.charClass()
                    : c === '('
                        ? this.openGroup()
                        : c === ')'
                            ? this.closeGroup()
                            : c === '|'
                                ? this.alternative()
                                : quantifierAt(s, this.i)
                                    ? this.quantifier()
                                    : this.literal(c);
            if (problem !== undefined)
                return { js: this.js, problem };
        }
        if (this.stack.length > 1)
            return { js: this.js, problem: 'has an unclosed (' };
        return { js: this.js };
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    noteFirst(token) {
        const f = this.top();
        if (f.atBranchStart) {
            f.firsts.push(token);
            f.atBranchStart = false;
        }
    }
    escape() {
        const { s, i } = this;
        const e = s[i + 1];
        if (e === undefined)
            return 'ends with a lone backslash';
        let token = s.slice(i, i + 2);
        let out = token;
        if (JAVA_ONLY_ESCAPES[e])
            return `\\${e} is Java-only (${JAVA_ONLY_ESCAPES[e]}) and cannot run here`;
        if (e === 'Z')
            out = LINE_END;
        else if (e === 's')
            out = `[${SPACE}]`;
        else if (e === 'S')
            out = `[^${SPACE}]`;
        else if (e === 'p' || e === 'P') {
            const m = /^\{(\w+)\}/.exec(s.slice(i + 2));
            if (!m)
                return `\\${e} without braces is Java-only: write \\${e}{…}`;
            const name = m[1];
            if (/^(java|In|Is)/.test(name) || POSIX.has(name))
                return `\\${e}{${name}} is a Java-only character class: use a Unicode property such as \\p{Ll} or a class`;
            token = out = s.slice(i, i + 3 + m[0].length - 1);
        }
        else if (e === '0') {
            if (/[0-7]/.test(s[i + 2] ?? ''))
                return '\\0n is a Java octal escape: use \\xHH instead';
        }
        else if (e === 'x' && s[i + 2] === '{')
            return '\\x{…} is Java-only: use \\u{…}';
        else if (e === 'u' && s[i + 2] === '{') {
            const m = /^\{[0-9a-fA-F]+\}/.exec(s.slice(i + 2));
            if (m)
                token = out = s.slice(i, i + 2 + m[0].length);
        }
        else if (e === 'k' && s[i + 2] === '<') {
            const end = s.indexOf('>', i);
            if (end > 0)
                token = out = s.slice(i, end + 1);
        }
        else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e))
            out = hex(e);
        this.noteFirst(token);
        this.js += out;
        this.i += token.length;
        this.last = {};
        return undefined;
    }
    charClass() {
        const { s, i } = this;
        let j = i + 1;
        let out = '[';
        if (s[j] === '^')
            out += s[j++];
        if (s[j] === ']')
            return '[] starting a class is a literal ] in Java but an empty class here: escape it as \\]';
        for (; j < s.length && s[j] !== ']'; j++) {
            const d = s[j];
            if (d === '[')
                return 'a [ inside a class is a Java union or a literal here: escape it as \\[';
            if (d === '&' && s[j + 1] === '&')
                return '&& inside a class is a Java intersection: list the characters instead';
            if (d !== '\\') {
                out += d;
                continue;
            }
            const e = s[j + 1] ?? '';
            if (e === 's')
                out += SPACE;
            else if (e === 'S')
                return '\\S inside a class differs between Java and here: use [^…] with the characters';
            else if (e === 'Q' || e === 'h' || e === 'v' || e === 'p' || e === 'P' || e === 'e' || e === 'a') {
                if (e === 'p' || e === 'P') {
                    const m = /^\{(\w+)\}/.exec(s.slice(j + 2));
                    if (m && !/^(java|In|Is)/.test(m[1]) && !POSIX.has(m[1])) {
                        out += s.slice(j, j + 2 + m[0].length);
                        j += 1 + m[0].length;
                        continue;
                    }
                }
                return `\\${e} inside a class is Java-only or means something else here`;
            }
            else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e) && e !== '-')
                out += hex(e);
            else
                out += d + e;
            j++;
        }
        if (j >= s.length)
            return 'a character class is not closed: add ]';
        out += ']';
        this.noteFirst(s.slice(i, j + 1));
        this.js += out;
        this.i = j + 1;
        this.last = {};
        return undefined;
    }
    openGroup() {
        const rest = this.s.slice(this.i);
        if (rest.startsWith('(?>'))
            return '(?>…) is a Java atomic group and cannot run here';
        const flags = /^\(\?[idmsuxU]*(-[idmsuxU]*)?[:)]/.exec(rest);
        if (flags && !rest.startsWith('(?:'))
            return `${flags[0]} sets Java inline flags, which cannot run here: write the pattern without them`;
        const open = /^\((\?(:|=|!|<=|<!|<[A-Za-z][A-Za-z0-9]*>))?/.exec(rest)[0];
        // Groups count as distinct first tokens: their own alternatives are checked when they close.
        this.noteFirst(`(${this.i}`);
        this.stack.push(java_regex_frame(open === '(?<=' || open === '(?<!'));
        this.js += open;
        this.i += open.length;
        this.last = undefined;
        return undefined;
    }
    closeGroup() {
        if (this.stack.length === 1)
            return 'has an unmatched )';
        const g = this.stack.pop();
        if (g.lookbehind && g.unbounded)
            return 'a lookbehind with * + or {n,} is refused by Java (no obvious maximum length)';
        const seen = new Set();
        const overlap = g.firsts.some(f => f === '.' || seen.size === seen.add(f).size);
        const parent = this.top();
        parent.variable ||= g.variable;
        parent.unbounded ||= g.unbounded;
        this.js += ')';
        this.i++;
        this.last = { group: g, overlap: g.firsts.length > 1 && overlap };
        return undefined;
    }
    alternative() {
        this.top().atBranchStart = true;
        this.js += '|';
        this.i++;
        this.last = undefined;
        return undefined;
    }
    quantifier() {
        const q = quantifierAt(this.s, this.i);
        const last = this.last;
        if (!last)
            return `the quantifier ${q.text} has nothing to repeat`;
        const next = this.s[this.i + q.text.length];
        if (next === '+')
            return `${q.text}+ is a Java possessive quantifier and cannot run here`;
        const g = last.group;
        if (g && q.max > 1) {
            if ((q.max === Infinity && g.variable) || g.unbounded)
                return `nested quantifiers (a repeated group that itself repeats, like (a+)+) can take exponential time: rewrite without the outer repetition`;
            if (q.max === Infinity && last.overlap)
                return `a repeated group whose alternatives can match the same text (like (a|a)*) can take exponential time: make the alternatives distinct`;
        }
        const f = this.top();
        if (q.max > 1 && q.min !== q.max)
            f.variable = true;
        if (q.max === Infinity)
            f.unbounded = true;
        this.js += q.text;
        this.i += q.text.length;
        if (next === '?') {
            this.js += '?';
            this.i++;
        }
        this.last = undefined;
        return undefined;
    }
    literal(c) {
        const out = c === '.' ? DOT : c === '$' ? LINE_END : c;
        if (c !== '^' && c !== '$')
            this.noteFirst(c);
        this.js += out;
        this.i++;
        this.last = c === '^' || c === '$' ? undefined : {};
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/recipe/pattern.ts
/**
 * Regular expressions from a recipe (REPLACE_TEXT, MASK_CUSTOM with regex, MATCHES conditions) are untrusted: a pull
 * request can change them. DataBrew runs them with java.util.regex; we run them with the JavaScript engine. This
 * module is the one door between the two:
 * - `checkPattern` refuses what would run differently or not at all here (Java-only constructs) and what can
 *   backtrack for ever (nested quantifiers, quantified overlapping alternatives): the validator reports it on the step;
 * - `compilePattern` translates the Java constructs that have an exact JavaScript spelling and compiles the result;
 * - `withinBudget` bounds synchronous work that runs patterns (the sample run of `validate`), because the static check
 *   is a heuristic and JavaScript's engine backtracks. A linear-time engine (re2js, pure JS) could replace the
 *   native RegExp behind `RecipePattern` without touching the callers.
 * Java semantics are from the java.util.regex.Pattern reference (Java 17): escapes of non-alphabetic characters are
 * literals, `.` excludes \n \r \u0085 \u2028 \u2029, `$` and `\Z` also match before a final line terminator, `\s`
 * is ASCII whitespace, `\0n` is octal, `[a[b]]` is a union and `&&` an intersection.
 */


class PatternError extends Error {
}
function translate(source) {
    const scanned = translateJava(source);
    if (scanned.problem !== undefined)
        throw new PatternError(scanned.problem);
    try {
        new RegExp(scanned.js, 'u');
    }
    catch (err) {
        throw new PatternError(`is not a valid regular expression (${err.message.replace(/^.*: /, '')})`);
    }
    return scanned.js;
}
/** Why `source` cannot be a recipe pattern here, or undefined. Pure and linear in the pattern's length. */
function checkPattern(source) {
    try {
        translate(source);
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}
/** The pattern that is running right now, to name it when a time budget runs out. */
let running;
/** Compiles a recipe pattern; `describe` names it in every error ("REPLACE_TEXT pattern"). */
function compilePattern(source, what) {
    const describe = `${what} \`${source}\``;
    let js;
    try {
        js = translate(source);
    }
    catch (err) {
        throw new PatternError(`${describe} ${err.message}`);
    }
    const global = new RegExp(js, 'gu');
    const single = new RegExp(js, 'u');
    const pattern = {
        source,
        describe,
        test(text) {
            running = pattern;
            const r = single.test(text);
            running = undefined;
            return r;
        },
        replaceAll(text, replacement) {
            running = pattern;
            const r = text.replace(global, (m, ...rest) => {
                const end = rest.findIndex(x => typeof x === 'number');
                return replacement(m, rest.slice(0, end));
            });
            running = undefined;
            return r;
        },
        firstMatch(text) {
            running = pattern;
            const m = single.exec(text);
            running = undefined;
            return m ? { index: m.index, length: m[0].length } : undefined;
        }
    };
    return pattern;
}
/**
 * Java's replacement syntax (Matcher.appendReplacement): `$n` and `${name}` insert a group, `\x` is a literal x, a
 * lone `$` or `\` is an error. JavaScript's own (`$&`, `$$`, `$<name>`) would read a DataBrew value differently.
 */
function javaReplacement(value, groupCount) {
    const parts = [];
    let literal = '';
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c === '\\') {
            if (i + 1 >= value.length)
                throw new PatternError('replacement ends with a lone \\: write \\\\ for a backslash');
            literal += value[++i];
        }
        else if (c === '$') {
            if (value[i + 1] === '{')
                throw new PatternError('replacement ${name} group references are not supported here: use the group number $n');
            const digits = /^\$(\d+)/.exec(value.slice(i));
            if (!digits)
                throw new PatternError('replacement has a $ that is not a group reference: write \\$ for a dollar sign');
            // Java reads as many digits as still name an existing group; the first digit must.
            let n = Number(digits[1][0]);
            let used = 1;
            if (n > groupCount)
                throw new PatternError(`replacement refers to group $${n}, but the pattern has ${groupCount}`);
            for (const d of digits[1].slice(1)) {
                const next = n * 10 + Number(d);
                if (next > groupCount)
                    break;
                n = next;
                used++;
            }
            if (literal)
                parts.push(literal);
            literal = '';
            parts.push(n);
            i += used;
        }
        else
            literal += c;
    }
    if (literal)
        parts.push(literal);
    return (match, groups) => parts.map(p => (typeof p === 'number' ? (p === 0 ? match : (groups[p - 1] ?? '')) : p)).join('');
}
/** Capturing groups in a compiled pattern (for `$n` checks). */
function groupCount(p) {
    return new RegExp(`${translate(p.source)}|`, 'u').exec('').length - 1;
}
class PatternBudgetError extends Error {
    pattern;
    constructor(message, 
    /** The pattern that was running when the budget ran out, if a recipe pattern was. */
    pattern) {
        super(message);
        this.pattern = pattern;
    }
}
/**
 * Runs synchronous work with a hard time limit: V8 stops the script (regular-expression backtracking included) when
 * the limit passes. Meant for bounded work such as a sample run, not for a streaming job (each call costs ~0.3 ms).
 */
function withinBudget(work, ms, what) {
    const box = { work };
    try {
        external_node_vm_default().runInNewContext('box.result = box.work()', { box }, { timeout: ms });
    }
    catch (err) {
        if (err.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            throw err;
        const p = running;
        running = undefined;
        throw new PatternBudgetError(p
            ? `${what} stopped after ${ms} ms in ${p.describe}: the pattern backtracks too much, simplify it`
            : `${what} stopped after ${ms} ms`, p?.source);
    }
    return box.result;
}

;// CONCATENATED MODULE: ./src/recipe/validate.ts
/**
 * Static checks of a parsed recipe against the catalog: operation names (with the fix for names DataBrew does not
 * have), parameters (unknown, missing, JSON lists, enumerations, booleans, numbers), condition names; and, when the
 * input columns are known, the column checks of column-flow.ts. Problems point at the step (file:line:col). Pure:
 * the catalog only, no engine.
 */






/** DataBrew's limit on steps in one recipe (recipes.html: "up to 100 data transformations"). */
const MAX_STEPS = 100;
/** JSON that starts like JSON but does not parse: parse.ts reported it at the exact character. */
const brokenJson = (value) => /^\s*[[{]/.test(value) && jsonValue(value) === undefined;
function enumAccepts(p, v) {
    if (!p.enum)
        return true;
    return p.caseInsensitive ? p.enum.some(e => e.toLowerCase() === v.toLowerCase()) : p.enum.includes(v);
}
function checkValue(p, value, add) {
    const name = p.name;
    if (p.list) {
        if (brokenJson(value))
            return;
        const items = listParameter(value);
        if (!items) {
            const parsed = jsonValue(value);
            if (Array.isArray(parsed))
                add(`parameter ${name} must list strings only (every item in double quotes)`);
            else {
                // Show the fix: the value's comma-separated parts as the JSON list DataBrew expects, as it appears in a file.
                const parts = value.split(',').map(v => v.trim());
                const example = JSON.stringify(JSON.stringify(parts.some(Boolean) ? parts.filter(Boolean) : ['a']));
                add(`parameter ${name} must be a JSON list of strings in a string, e.g. ${example}`);
            }
            return;
        }
        if (items.length === 0 && p.column === 'input')
            add(`parameter ${name} lists no column`);
        if (p.enum) {
            for (const v of items.filter(v => !enumAccepts(p, v)))
                add(`parameter ${name}: "${v}" is not one of ${p.enum.join(', ')}`, p.enumStrict === false ? 'warning' : 'error');
        }
        return;
    }
    if (p.json) {
        if (brokenJson(value))
            return;
        const parsed = jsonValue(value);
        const ok = p.json === 'list' ? Array.isArray(parsed) : parsed !== null && typeof parsed === 'object';
        if (!ok)
            add(`parameter ${name} must be a JSON ${p.json === 'list' ? 'list' : 'object'} in a string`);
        return;
    }
    if (p.boolean && !/^(true|false)$/i.test(value)) {
        add(`parameter ${name} must be "true" or "false", not "${value}"`);
        return;
    }
    if (p.number) {
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n) || (p.number === 'integer' && !Number.isInteger(n))) {
            add(`parameter ${name} must be ${p.number === 'integer' ? 'a whole number' : 'a number'}, not "${value}"`);
            return;
        }
    }
    if (p.required && value === '')
        add(`parameter ${name} is empty`);
    if (p.enum && !enumAccepts(p, value)) {
        const strict = p.enumStrict !== false;
        add(`parameter ${name}: "${value}" is not ${strict ? 'one of' : 'among the documented values'} ${p.enum.map(e => `"${e}"`).join(', ')}`, strict ? 'error' : 'warning');
    }
}
/** Checks specific to one operation, beyond what its parameter specs say. */
function checkOperation(step, add) {
    const p = step.parameters;
    switch (step.operation) {
        case 'CRYPTOGRAPHIC_HASH': {
            const algorithm = p.algorithm ?? DEFAULT_HASH_ALGORITHM;
            const keyed = algorithm.startsWith('HMAC_');
            if (keyed && !p.secretId)
                add(`${algorithm}${p.algorithm ? '' : ' (the default algorithm)'} needs secretId: the Secrets Manager secret holding the HMAC key`);
            if (!keyed && p.secretId)
                add(`secretId is not used by ${algorithm} (only the HMAC_ algorithms take a key)`, 'warning');
            break;
        }
        case 'SPLIT_COLUMN_SINGLE_DELIMITER':
        case 'SPLIT_COLUMN_MULTIPLE_DELIMITER': {
            const limit = Number(p.limit ?? '1');
            if (Number.isInteger(limit) && (limit < 1 || limit > 20))
                add(`parameter limit must be 1 to 20, not ${p.limit}`);
            break;
        }
        case 'CASE_OPERATION': {
            const problem = p.valueExpression === undefined
                ? undefined
                : caseExpressionProblem(p.valueExpression, p.withExpressions);
            if (problem)
                add(problem);
            break;
        }
        case 'RENAME':
            if (p.sourceColumn !== undefined && p.sourceColumn === p.targetColumn)
                add(`renames ${p.sourceColumn} to itself`, 'warning');
            break;
    }
}
function checkStep(recipe, step, problems) {
    const add = (message, severity = 'error') => problems.push(stepProblem(recipe, step, message, severity));
    const spec = operationSpec(step.operation);
    if (!spec) {
        const upper = step.operation.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
        const unknown = (fix) => problems.push({
            file: recipe.file,
            ...step.location,
            step: step.number,
            message: `step ${step.number}: unknown operation ${step.operation}: ${fix}`,
            severity: 'error'
        });
        if (upper !== step.operation && CATALOG[upper])
            unknown(`operation names are upper case, use ${upper}`);
        else if (MISNAMED[upper])
            unknown(`DataBrew has no ${upper}, use ${MISNAMED[upper]}`);
        else {
            const hint = closest(step.operation, OPERATION_NAMES);
            unknown(hint ? `did you mean ${hint}?` : 'it is not in the DataBrew recipe step and function reference');
        }
        return;
    }
    if (spec.interactiveOnly)
        add('works only in an interactive project session, not in a recipe job: remove the step');
    const known = spec.params.map(p => p.name);
    // One rule for every operation, however its catalog entry was sourced (issue 10): an unknown parameter is a warning
    // (the console writes parameters the pages do not list, and DataBrew runs them), unless it is provably a mistake for
    // a known one — the same name in another case, or a close misspelling — which is an error with the fix.
    for (const [name, value] of Object.entries(step.parameters)) {
        const p = spec.params.find(q => q.name === name);
        if (!p) {
            const sameCase = known.find(k => k.toLowerCase() === name.toLowerCase());
            const hint = sameCase ? undefined : closest(name, known);
            if (sameCase)
                add(`unknown parameter ${name} (parameter names are case-sensitive: ${sameCase})`);
            else if (hint)
                add(`unknown parameter ${name} (did you mean ${hint}?)`);
            else {
                const takes = known.length
                    ? `${step.operation} takes ${known.join(', ')}`
                    : `${step.operation} takes none`;
                add(`unknown parameter ${name}: DataBrew may ignore or reject it (${takes})`, 'warning');
            }
            continue;
        }
        checkValue(p, value, add);
    }
    for (const p of spec.params)
        if (p.required && step.parameters[p.name] === undefined)
            add(`missing required parameter ${p.name}`);
    for (const group of spec.oneOf ?? []) {
        const given = group.filter(n => step.parameters[n] !== undefined);
        if (given.length === 0)
            add(`needs ${group.join(' or ')}`);
        else if (given.length > 1)
            add(`give ${group.join(' or ')}, not both`);
    }
    for (const group of spec.atMostOne ?? []) {
        const given = group.filter(n => step.parameters[n] !== undefined);
        if (given.length > 1)
            add(`give at most one of ${group.join(', ')}`);
    }
    checkOperation(step, add);
    checkPatterns(step, add);
    for (const c of step.conditions) {
        const cs = conditionSpec(c.condition);
        if (!cs) {
            const hint = closest(c.condition, CONDITION_NAMES);
            add(`unknown condition ${c.condition}${hint ? ` (did you mean ${hint}?)` : ` (known: ${CONDITION_NAMES.join(', ')})`}`);
            continue;
        }
        if (!c.targetColumn)
            add(`condition ${c.condition} needs TargetColumn`);
        if (!cs.documented)
            add(`condition ${c.condition} is not in DataBrew's documented condition list (recipes.html#recipes.structure); check that your DataBrew accepts it`, 'warning');
        if (cs.value === 'one' && (c.value === undefined || c.value === ''))
            add(`condition ${c.condition} needs a Value`);
    }
}
/** Parameters that DataBrew reads as a Java regular expression, by operation (a function of the step's parameters). */
const REGEX_PARAMETERS = {
    REPLACE_TEXT: () => ['pattern'],
    EXTRACT_PATTERN: () => ['pattern'],
    MASK_CUSTOM: step => (step.parameters.regex?.toLowerCase() === 'true' ? ['customValue'] : [])
};
const REGEX_CONDITIONS = new Set(['MATCHES', 'NOT_MATCHES']);
/** Patterns that would run differently here than in DataBrew, or could backtrack for ever (see pattern.ts). */
function checkPatterns(step, add) {
    for (const name of REGEX_PARAMETERS[step.operation]?.(step) ?? []) {
        const source = step.parameters[name];
        const problem = source === undefined ? undefined : checkPattern(source);
        if (problem)
            add(`${name} \`${source}\` ${problem}`);
    }
    for (const c of step.conditions) {
        if (!REGEX_CONDITIONS.has(c.condition) || c.value === undefined)
            continue;
        const problem = checkPattern(c.value);
        if (problem)
            add(`condition ${c.condition} pattern \`${c.value}\` ${problem}`);
    }
}
function validateRecipe(recipe, options = {}) {
    const problems = [];
    if (recipe.steps.length > MAX_STEPS) {
        const step = recipe.steps[MAX_STEPS];
        problems.push(stepProblem(recipe, step, `a DataBrew recipe holds at most ${MAX_STEPS} steps; this one has ${recipe.steps.length}`));
    }
    for (const step of recipe.steps)
        checkStep(recipe, step, problems);
    if (options.columns)
        problems.push(...checkColumns(recipe, options.columns).problems);
    return problems;
}

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
    return parsePolicy(await readText(file, 'policy'), file);
}
function checkRecipeText(text, file, o) {
    const parsed = parseRecipe(text, file);
    if (!parsed.recipe)
        return { problems: parsed.problems };
    const recipe = parsed.recipe;
    const problems = [...parsed.problems, ...validateRecipe(recipe)];
    let output;
    if (o.columns) {
        const flow = checkColumns(recipe, o.columns);
        problems.push(...flow.problems);
        output = flow.output;
    }
    if (o.policy)
        problems.push(...checkPolicy(recipe, o.policy));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { recipe, problems, output };
}

;// CONCATENATED MODULE: ./src/recipe/ops/date-format.ts
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
class DateFormatError extends Error {
}
/** Console labels → Java letters (see the header). */
function fromConsoleLabel(format) {
    const java = { month: 'MMMM', mm: 'MM', MM: 'mm', SS: 'ss' };
    return format.replace(/month|mm|MM|SS/g, label => java[label]);
}
function isConsoleLabel(format) {
    if (format.includes('month'))
        return true;
    if (format.includes('SS') && !format.includes('ss'))
        return true;
    // `mm` as a month: next to date parts, not after a colon, and no `MM` month elsewhere.
    return /(^|[^:])mm/.test(format) && /(yy|dd)/.test(format) && !format.replace(/HH:MM/g, '').includes('MM');
}
const SUPPORTED = new Set(['y', 'M', 'd', 'H', 'h', 'm', 's', 'S', 'a', 'E']);
/** Splits a Java pattern into tokens; throws naming the first letter this engine cannot print or parse. */
function compileFormat(format) {
    const java = isConsoleLabel(format) ? fromConsoleLabel(format) : format;
    const tokens = [];
    for (let i = 0; i < java.length;) {
        const ch = java[i];
        if (ch === "'") {
            const end = java.indexOf("'", i + 1);
            if (end < 0)
                throw new DateFormatError(`unterminated quote in date format '${format}'`);
            tokens.push({ literal: end === i + 1 ? "'" : java.slice(i + 1, end) });
            i = end + 1;
        }
        else if (/[A-Za-z]/.test(ch)) {
            if (!SUPPORTED.has(ch))
                throw new DateFormatError(`date format '${format}' uses '${ch}', which the local engine does not support (supported: y M d H h m s S a E and quoted text)`);
            let j = i;
            while (java[j] === ch)
                j++;
            tokens.push({ letter: ch, width: j - i });
            i = j;
        }
        else {
            tokens.push({ literal: ch });
            i++;
        }
    }
    return tokens;
}
const pad = (n, width) => String(n).padStart(width, '0');
/** Day of the week, 0 = Sunday. */
function weekDayIndex(p) {
    return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}
function printDate(tokens, p) {
    let out = '';
    for (const t of tokens) {
        if ('literal' in t) {
            out += t.literal;
            continue;
        }
        const w = t.width;
        switch (t.letter) {
            case 'y':
                out += w === 2 ? pad(p.year % 100, 2) : pad(p.year, w);
                break;
            case 'M':
                out += w >= 4 ? MONTHS[p.month - 1] : w === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, w);
                break;
            case 'd':
                out += pad(p.day, w);
                break;
            case 'H':
                out += pad(p.hour, w);
                break;
            case 'h':
                out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, w);
                break;
            case 'm':
                out += pad(p.minute, w);
                break;
            case 's':
                out += pad(p.second, w);
                break;
            case 'S':
                out += pad(p.millisecond, 3).padEnd(w, '0').slice(0, w);
                break;
            case 'a':
                out += p.hour < 12 ? 'AM' : 'PM';
                break;
            case 'E': {
                const name = DAYS[weekDayIndex(p)];
                out += w >= 4 ? name : name.slice(0, 3);
                break;
            }
        }
    }
    return out;
}
function valid(p) {
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59)
        return undefined;
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
    return d.getUTCDate() === p.day && d.getUTCMonth() === p.month - 1 ? p : undefined;
}
const date_format_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A parser for values written in `tokens`' format; undefined for a value that does not match. */
function formatParser(tokens) {
    const fields = [];
    let source = '^';
    for (const t of tokens) {
        if ('literal' in t) {
            source += date_format_escape(t.literal);
            continue;
        }
        fields.push(t.letter + (t.letter === 'M' && t.width >= 3 ? 'name' : ''));
        source +=
            t.letter === 'M' && t.width >= 3
                ? '([A-Za-z]+)'
                : t.letter === 'E'
                    ? '([A-Za-z]+)'
                    : t.letter === 'a'
                        ? '(AM|PM|am|pm)'
                        : t.width >= 2 && t.letter !== 'y' && t.letter !== 'S'
                            ? `(\\d{${t.width}})`
                            : '(\\d+)';
    }
    const re = new RegExp(`${source}$`);
    return v => {
        const m = re.exec(v.trim());
        if (!m)
            return undefined;
        const p = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
        let pm;
        fields.forEach((f, i) => {
            const text = m[i + 1];
            const n = Number(text);
            if (f === 'y')
                p.year = text.length === 2 ? 2000 + n : n;
            else if (f === 'M')
                p.month = n;
            else if (f === 'Mname')
                p.month = MONTHS.findIndex(x => x.toLowerCase().startsWith(text.toLowerCase())) + 1;
            else if (f === 'd')
                p.day = n;
            else if (f === 'H' || f === 'h')
                p.hour = n;
            else if (f === 'm')
                p.minute = n;
            else if (f === 's')
                p.second = n;
            else if (f === 'S')
                p.millisecond = Number(text.padEnd(3, '0').slice(0, 3));
            else if (f === 'a')
                pm = text.toUpperCase() === 'PM';
        });
        if (pm !== undefined)
            p.hour = (p.hour % 12) + (pm ? 12 : 0);
        return valid(p);
    };
}
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const US = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/**
 * A value in one of the forms DataBrew reads without a format: ISO dates and timestamps (`2020-01-15`,
 * `2020-01-15T10:30:00Z`, `2020-01-15 10:30:00.123`, `2020/01/15`) and US month-first dates (`01/15/2020`,
 * `1-15-2020 10:30`). A timestamp with an offset is converted to UTC (DataBrew jobs run in UTC).
 */
function parseDate(v) {
    const t = v.trim();
    const iso = ISO.exec(t);
    if (iso) {
        const [, y, mo, d, h, mi, s, frac, zone] = iso;
        const p = valid({
            year: Number(y),
            month: Number(mo),
            day: Number(d),
            hour: Number(h ?? 0),
            minute: Number(mi ?? 0),
            second: Number(s ?? 0),
            millisecond: frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0
        });
        if (!p || !zone || zone === 'Z')
            return p;
        const sign = zone[0] === '-' ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
        const utc = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - offset * 60_000);
        return fromDate(utc);
    }
    const us = US.exec(t);
    if (us) {
        const [, mo, , d, y, h, mi, s] = us;
        return valid({
            year: Number(y),
            month: Number(mo),
            day: Number(d),
            hour: Number(h ?? 0),
            minute: Number(mi ?? 0),
            second: Number(s ?? 0),
            millisecond: 0
        });
    }
    return undefined;
}
function fromDate(d) {
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millisecond: d.getUTCMilliseconds()
    };
}
/** ISO-8601 week of the year (1–53), as Spark's weekofyear. */
function isoWeek(p) {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
    const day = d.getUTCDay() || 7;
    d.setUTCDate(d.getUTCDate() + 4 - day);
    const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
    return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
const monthName = (p) => MONTHS[p.month - 1];

;// CONCATENATED MODULE: ./src/recipe/conditions.ts
/**
 * ConditionExpressions: every condition of a step must hold (AND) for the row, evaluated before the action.
 * Values compare as numbers when both sides are numeric, else as text. Unknown condition names are reported by the
 * engine as "cannot run", never ignored.
 */


const missing = (v) => v === null || v === undefined || v === '';
function conditions_num(v) {
    if (missing(v))
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
}
function compare(a, b) {
    const x = conditions_num(a);
    const y = conditions_num(b);
    if (x !== undefined && y !== undefined)
        return x - y;
    if (missing(a))
        return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Values given as a JSON list ("[\"a\",\"b\"]") or a single value. */
function values(value) {
    if (value === undefined)
        return [];
    try {
        const parsed = JSON.parse(value);
        if (Array.isArray(parsed))
            return parsed.map(String);
    }
    catch {
        // a plain value
    }
    return [value];
}
/**
 * IS_INVALID: a present value that is not of its column's type at this step (DataBrew's "invalid" values). Text is
 * never invalid; numbers, booleans and dates as CHANGE_DATA_TYPE writes them. Assumption: locally a CSV column is
 * text until a CHANGE_DATA_TYPE step types it, where DataBrew infers types from the data, so on untyped columns
 * IS_INVALID selects nothing here.
 */
const VALID = {
    string: () => true,
    integer: v => /^\s*[+-]?\d+\s*$/.test(v),
    double: v => v.trim() !== '' && Number.isFinite(Number(v)),
    boolean: v => /^(true|false)$/i.test(v.trim()),
    date: v => parseDate(v) !== undefined,
    timestamp: v => parseDate(v) !== undefined
};
const conditions_CONDITIONS = {
    IS_MISSING: c => r => missing(r[c]),
    IS_NOT_MISSING: c => r => !missing(r[c]),
    IS: (c, v) => {
        const set = new Set(values(v));
        return r => !missing(r[c]) && set.has(r[c]);
    },
    IS_NOT: (c, v) => {
        const set = new Set(values(v));
        return r => missing(r[c]) || !set.has(r[c]);
    },
    EQUALS: (c, v) => r => compare(r[c], v ?? '') === 0,
    NOT_EQUALS: (c, v) => r => compare(r[c], v ?? '') !== 0,
    LESS_THAN: (c, v) => r => (compare(r[c], v ?? '') ?? 0) < 0 && !missing(r[c]),
    LESS_THAN_EQUAL: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? 1) <= 0,
    GREATER_THAN: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? 0) > 0,
    GREATER_THAN_EQUAL: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? -1) >= 0,
    CONTAINS: (c, v) => r => !missing(r[c]) && r[c].includes(v ?? ''),
    NOT_CONTAINS: (c, v) => r => missing(r[c]) || !r[c].includes(v ?? ''),
    STARTS_WITH: (c, v) => r => !missing(r[c]) && r[c].startsWith(v ?? ''),
    NOT_STARTS_WITH: (c, v) => r => missing(r[c]) || !r[c].startsWith(v ?? ''),
    ENDS_WITH: (c, v) => r => !missing(r[c]) && r[c].endsWith(v ?? ''),
    NOT_ENDS_WITH: (c, v) => r => missing(r[c]) || !r[c].endsWith(v ?? ''),
    IS_BETWEEN: (c, v) => {
        const [lo, hi] = values(v);
        return r => {
            const a = lo === undefined ? undefined : compare(r[c], lo);
            const b = hi === undefined ? undefined : compare(r[c], hi);
            return a !== undefined && b !== undefined && a >= 0 && b <= 0;
        };
    },
    IS_INVALID: (c, _v, type) => {
        const valid = VALID[type];
        return r => !missing(r[c]) && !valid(r[c]);
    },
    // The value is a Java regular expression (DataBrew); found anywhere in the cell, as before (assumed: the condition
    // reference does not say whether it must match the whole value).
    MATCHES: (c, v) => {
        const re = compilePattern(v ?? '', 'MATCHES condition pattern');
        return r => !missing(r[c]) && re.test(r[c]);
    },
    NOT_MATCHES: (c, v) => {
        const re = compilePattern(v ?? '', 'NOT_MATCHES condition pattern');
        return r => missing(r[c]) || !re.test(r[c]);
    }
};
const SUPPORTED_CONDITIONS = Object.keys(conditions_CONDITIONS);
/** The AND of the step's conditions; throws naming the first condition that cannot be evaluated here. */
function compileConditions(conditions, columns = []) {
    if (conditions.length === 0)
        return undefined;
    const predicates = conditions.map(c => {
        const factory = conditions_CONDITIONS[c.condition];
        if (!factory)
            throw new Error(`condition ${c.condition} cannot be evaluated locally`);
        return factory(c.targetColumn, c.value, columns.find(col => col.name === c.targetColumn)?.type ?? 'string');
    });
    return predicates.length === 1 ? predicates[0] : row => predicates.every(p => p(row));
}

;// CONCATENATED MODULE: ./src/recipe/ops/common.ts

class StepError extends Error {
    step;
    constructor(step, message) {
        super(message);
        this.step = step;
    }
}
/** The operation is valid DataBrew but this engine cannot run it (reported, never skipped). */
class UnsupportedOperation extends StepError {
}
const common_missing = (v) => v === null || v === undefined || v === '';
function param(step, name) {
    const v = step.parameters[name];
    if (v === undefined)
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    return v;
}
function common_flag(step, name) {
    return (step.parameters[name] ?? 'false').toLowerCase() === 'true';
}
function list(step, name) {
    const raw = step.parameters[name];
    if (raw === undefined)
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    const items = listParameter(raw);
    if (!items)
        throw new StepError(step, `${step.operation} parameter ${name} must be a JSON list of strings`);
    return items;
}
function requireColumn(step, columns, name) {
    if (!columns.some(c => c.name === name)) {
        throw new StepError(step, `column '${name}' does not exist at this step (columns: ${columns.map(c => c.name).join(', ')})`);
    }
}
function requireNew(step, columns, name) {
    if (columns.some(c => c.name === name))
        throw new StepError(step, `column '${name}' already exists`);
}
/** An in-place text transform of one or more columns. */
function common_inPlace(columns, targets, f) {
    return {
        columns,
        apply: row => {
            for (const t of targets) {
                const v = row[t];
                if (v !== null && v !== undefined)
                    row[t] = f(v);
            }
            return row;
        }
    };
}
function sourceColumns(step, columns) {
    const names = step.parameters.sourceColumns !== undefined ? list(step, 'sourceColumns') : [param(step, 'sourceColumn')];
    for (const n of names)
        requireColumn(step, columns, n);
    return names;
}
function common_insertAfter(columns, after, added) {
    const i = columns.findIndex(c => c.name === after);
    return [...columns.slice(0, i + 1), ...added, ...columns.slice(i + 1)];
}
function intParam(step, name, fallback) {
    const raw = step.parameters[name];
    if (raw === undefined) {
        if (fallback !== undefined)
            return fallback;
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    }
    const n = Number(raw);
    if (!Number.isInteger(n))
        throw new StepError(step, `${step.operation} parameter ${name} must be an integer, got '${raw}'`);
    return n;
}
/**
 * A function step's output column (`targetColumn`): new, placed after the column it reads (or last when it reads
 * only literal values), as the DataBrew console shows function results.
 */
function newColumn(step, columns, after, type = 'string') {
    const name = param(step, 'targetColumn');
    requireNew(step, columns, name);
    const added = { name, type };
    return {
        name,
        columns: after !== undefined && columns.some(c => c.name === after)
            ? common_insertAfter(columns, after, [added])
            : [...columns, added]
    };
}
/**
 * One operand of a function step: the column `sourceColumn` (or `sourceColumn1`…) or the literal `value`
 * (`value1`…); the pages say one or the other, never both.
 */
function operand(step, columns, columnParam, valueParam) {
    const column = step.parameters[columnParam];
    const value = step.parameters[valueParam];
    if (column !== undefined && value !== undefined)
        throw new StepError(step, `${step.operation} takes ${columnParam} or ${valueParam}, not both`);
    if (column !== undefined) {
        requireColumn(step, columns, column);
        return { column, read: row => row[column] ?? null };
    }
    if (value !== undefined)
        return { read: () => value };
    throw new StepError(step, `${step.operation} needs ${columnParam} or ${valueParam}`);
}
/** A literal string as a regular expression source. */
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Text order by code point, as Spark compares UTF-8 strings (JS `<` compares UTF-16 units, which orders U+E000–U+FFFF
 * above characters outside the BMP).
 */
const byCodePoint = (a, b) => {
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(j);
        if (x !== y)
            return x - y;
        i += x > 0xffff ? 2 : 1;
        j += y > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
};

;// CONCATENATED MODULE: ./src/recipe/ops/case-operation.ts


const HOLDS = {
    '=': d => d === 0,
    '!=': d => d !== 0,
    '<': d => d < 0,
    '<=': d => d <= 0,
    '>': d => d > 0,
    '>=': d => d >= 0
};
const NUMERIC = new Set(['integer', 'double']);
/** The aggregate functions the page's table lists, over the numeric values of one column. */
const AGGREGATES = {
    sum: xs => (xs.length ? xs.reduce((a, b) => a + b, 0) : null),
    avg: xs => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null),
    product: xs => (xs.length ? xs.reduce((a, b) => a * b, 1) : null),
    median: xs => {
        if (!xs.length)
            return null;
        const s = [...xs].sort((a, b) => a - b);
        const m = (s.length - 1) / 2;
        return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
    },
    mean_absolute_deviation: xs => {
        const mean = AGGREGATES.avg(xs);
        return mean === null ? null : xs.reduce((a, x) => a + Math.abs(x - mean), 0) / xs.length;
    },
    variance: xs => {
        if (xs.length < 2)
            return null;
        const mean = AGGREGATES.avg(xs);
        return xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
    },
    stddev: xs => {
        const v = AGGREGATES.variance(xs);
        return v === null ? null : Math.sqrt(v);
    }
};
function parseWith(step, columns) {
    const raw = step.parameters.withExpressions;
    const out = new Map();
    if (raw === undefined || raw.trim() === '')
        return out;
    let list;
    try {
        list = JSON.parse(raw);
    }
    catch {
        list = undefined;
    }
    const shape = 'withExpressions must be a JSON list of {"name", "value": "sum(`column`)", "type": "aggregate"}';
    if (!Array.isArray(list))
        throw new StepError(step, shape);
    for (const item of list) {
        const m = /^\s*(\w+)\s*\(\s*(?:`((?:[^`]|``)*)`|(\w+))\s*\)\s*$/.exec(String(item?.value ?? ''));
        if (typeof item?.name !== 'string' || !m)
            throw new StepError(step, shape);
        const fn = AGGREGATES[m[1].toLowerCase()];
        if (!fn)
            throw new StepError(step, `withExpressions ${item.name}: aggregate ${m[1]} is not supported locally (use ${Object.keys(AGGREGATES).join(', ')})`);
        const column = m[2]?.replace(/``/g, '`') ?? m[3];
        requireColumn(step, columns, column);
        out.set(item.name, { fn, column });
    }
    return out;
}
const isNull = (v) => v === null || v === undefined || v === '';
const asNumber = (v) => {
    if (v === null)
        return null;
    if (v.num !== undefined)
        return v.num;
    const n = v.text.trim() === '' ? NaN : Number(v.text);
    return Number.isFinite(n) ? n : null;
};
/** Compiles the tree into row functions; `aggregates` is filled before the first row when the step has any. */
function compileExpr(expr, types, aggregates) {
    const operand = (o) => {
        switch (o.kind) {
            case 'column': {
                const numeric = NUMERIC.has(types.get(o.name));
                return { numeric, read: row => (isNull(row[o.name]) ? null : { text: row[o.name] }) };
            }
            case 'text':
                return { numeric: false, read: () => ({ text: o.value }) };
            case 'number':
                return { numeric: true, read: () => ({ text: o.text, num: o.value }) };
            case 'boolean':
                return { numeric: false, read: () => ({ text: String(o.value) }) };
            case 'null':
                return { numeric: false, read: () => null };
            case 'aggregate':
                return {
                    numeric: true,
                    read: () => {
                        const v = aggregates.get(o.name);
                        return v === null || v === undefined ? null : { text: String(v), num: v };
                    }
                };
            case 'case': {
                const inner = compileExpr(o.expr, types, aggregates);
                return {
                    numeric: false,
                    read: row => {
                        const v = inner(row);
                        return isNull(v) ? null : { text: v };
                    }
                };
            }
        }
    };
    const condition = (c) => {
        switch (c.kind) {
            case 'literal':
                return () => c.value;
            case 'not': {
                const f = condition(c.operand);
                return row => {
                    const v = f(row);
                    return v === null ? null : !v;
                };
            }
            case 'and':
            case 'or': {
                const [l, r] = [condition(c.left), condition(c.right)];
                const short = c.kind === 'or';
                return row => {
                    const a = l(row);
                    if (a === short)
                        return short;
                    const b = r(row);
                    if (b === short)
                        return short;
                    return a === null || b === null ? null : !short;
                };
            }
            case 'isNull': {
                const f = operand(c.operand).read;
                return row => (f(row) === null) !== c.negated;
            }
            case 'compare': {
                const [l, r] = [operand(c.left), operand(c.right)];
                const numeric = l.numeric || r.numeric;
                const holds = HOLDS[c.op];
                return row => {
                    const [a, b] = [l.read(row), r.read(row)];
                    if (a === null || b === null)
                        return null;
                    if (!numeric)
                        return holds(byCodePoint(a.text, b.text));
                    const [x, y] = [asNumber(a), asNumber(b)];
                    return x === null || y === null ? null : holds(x - y);
                };
            }
        }
    };
    const branches = expr.branches.map(b => ({ when: condition(b.when), then: operand(b.then).read }));
    const otherwise = operand(expr.otherwise).read;
    return row => {
        for (const b of branches)
            if (b.when(row) === true)
                return b.then(row)?.text ?? null;
        return otherwise(row)?.text ?? null;
    };
}
const caseOperation = (step, columns) => {
    let expr;
    try {
        expr = parseCaseExpression(param(step, 'valueExpression'));
    }
    catch (err) {
        if (err instanceof CaseSyntaxError)
            throw new StepError(step, err.message);
        throw err;
    }
    const refs = references(expr);
    for (const name of refs.columns)
        requireColumn(step, columns, name);
    const declared = parseWith(step, columns);
    for (const name of refs.aggregates)
        if (!declared.has(name))
            throw new StepError(step, `valueExpression uses :${name}, which withExpressions does not declare`);
    const types = new Map(columns.map(c => [c.name, c.type]));
    const values = new Map();
    const evaluate = compileExpr(expr, types, values);
    const out = newColumn(step, columns, undefined);
    const apply = (row) => {
        row[out.name] = evaluate(row);
        return row;
    };
    if (declared.size === 0)
        return { columns: out.columns, apply };
    return {
        columns: out.columns,
        apply,
        table: rows => {
            for (const [name, a] of declared) {
                const xs = rows
                    .map(r => r[a.column])
                    .filter(v => !isNull(v))
                    .map(Number)
                    .filter(Number.isFinite);
                values.set(name, a.fn(xs));
            }
            return rows.map(apply);
        }
    };
};
const CASE_OPERATIONS = { CASE_OPERATION: caseOperation };

;// CONCATENATED MODULE: ./src/recipe/ops/dates.ts


/** DATE_FORMAT's default, as its page gives it: "yyyy-mm-dd HH:MM:SS". */
const DEFAULT_OUTPUT = 'yyyy-mm-dd HH:MM:SS';
function dates_tokens(step, format) {
    try {
        return compileFormat(format);
    }
    catch (err) {
        if (err instanceof DateFormatError)
            throw new StepError(step, `${step.operation}: ${err.message}`);
        throw err;
    }
}
/** A function of one date operand (`sourceColumn` or `value`) into a new column. */
function fromDateValue(type, compute, inputFormatParam) {
    return (step, columns) => {
        const input = operand(step, columns, 'sourceColumn', 'value');
        const f = compute(step);
        const inputFormat = inputFormatParam ? step.parameters[inputFormatParam] : undefined;
        const parse = inputFormat ? formatParser(dates_tokens(step, inputFormat)) : parseDate;
        const out = newColumn(step, columns, input.column, type);
        return {
            columns: out.columns,
            apply: row => {
                const v = input.read(row);
                const p = v === null || v === '' ? undefined : (parse(v) ?? (inputFormat ? parseDate(v) : undefined));
                row[out.name] = p ? f(p) : null;
                return row;
            }
        };
    };
}
const part = (get) => fromDateValue('integer', () => p => String(get(p)), 'dateTimeFormat');
const dateFormat = fromDateValue('string', step => {
    const t = dates_tokens(step, step.parameters.dateTimeFormat ?? DEFAULT_OUTPUT);
    return p => printDate(t, p);
});
/** The date and time now in `timeZone` (default UTC), as wall-clock parts. */
function nowIn(step, clock) {
    const zone = step.parameters.timeZone;
    if (zone === undefined || zone === '' || zone.toUpperCase() === 'UTC')
        return () => fromDate(clock());
    let format;
    try {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
    }
    catch {
        throw new StepError(step, `${step.operation} timeZone '${zone}' is not a time zone name (e.g. America/New_York)`);
    }
    return () => {
        const parts = Object.fromEntries(format.formatToParts(clock()).map(x => [x.type, x.value]));
        return {
            year: Number(parts.year),
            month: Number(parts.month),
            day: Number(parts.day),
            hour: Number(parts.hour),
            minute: Number(parts.minute),
            second: Number(parts.second),
            millisecond: 0
        };
    };
}
/** TODAY/NOW: the same value in every row, taken once when the step is compiled (one job = one "now"). */
function clockColumn(pattern, type) {
    return (step, columns, options) => {
        const now = nowIn(step, options.now ?? (() => new Date()))();
        const value = printDate(compileFormat(pattern), now);
        const out = newColumn(step, columns, undefined, type);
        return {
            columns: out.columns,
            apply: row => {
                row[out.name] = value;
                return row;
            }
        };
    };
}
/**
 * FORMAT_DATE (recipe-actions.FORMAT_DATE.html): the column's dates rewritten in place in `targetDateFormat`, one of
 * the page's console labels (mm/dd/yyyy, mm-dd-yyyy, dd month yyyy, month yyyy, dd month) or the Java pattern the
 * console exports (`MM-dd-yyyy`, recipes-in-the-wild/clean-customer-recipe.json). Assumption (the page is silent): a
 * value that is not a date stays as it is, as FORMAT_PHONE_NUMBER leaves what it cannot format.
 */
const formatDate = (step, columns) => {
    const t = dates_tokens(step, param(step, 'targetDateFormat'));
    return common_inPlace(columns, sourceColumns(step, columns), v => {
        const p = parseDate(v);
        return p ? printDate(t, p) : v;
    });
};
const DATE_OPERATIONS = {
    DATE_FORMAT: dateFormat,
    FORMAT_DATE: formatDate,
    YEAR: part(p => p.year),
    MONTH: part(p => p.month),
    DAY: part(p => p.day),
    HOUR: part(p => p.hour),
    MINUTE: part(p => p.minute),
    SECOND: part(p => p.second),
    MILLISECOND: part(p => p.millisecond),
    QUARTER: part(p => Math.ceil(p.month / 3)),
    WEEK_DAY: part(p => weekDayIndex(p) + 1),
    WEEK_NUMBER: part(isoWeek),
    MONTH_NAME: fromDateValue('string', () => monthName, 'dateTimeFormat'),
    TODAY: clockColumn('yyyy-MM-dd', 'date'),
    NOW: clockColumn('yyyy-MM-dd HH:mm:ss', 'timestamp')
};

;// CONCATENATED MODULE: ./src/recipe/ops/extract-value.ts

/** `a`.`b`[1].c → ['a', 'b', 1, 'c']; throws on anything else. */
function parsePath(step, path) {
    const out = [];
    const re = /\s*(?:`((?:[^`]|``)*)`|([^.`[\]\s]+)|\[(\d+)\])\s*(\.|(?=\[)|$)/y;
    let at = 0;
    while (at < path.length) {
        re.lastIndex = at;
        const m = re.exec(path);
        if (!m || m[0] === '')
            throw new StepError(step, `EXTRACT_VALUE path '${path}' is not fields in back ticks joined by dots, with [n] for array items`);
        out.push(m[3] !== undefined ? Number(m[3]) : (m[1]?.replace(/``/g, '`') ?? m[2]));
        at = re.lastIndex;
    }
    if (out.length === 0)
        throw new StepError(step, 'EXTRACT_VALUE path is empty');
    return out;
}
function walk(value, path) {
    let v = value;
    for (const s of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v =
            typeof s === 'number'
                ? Array.isArray(v)
                    ? v[s]
                    : undefined
                : Object.hasOwn(v, s)
                    ? v[s]
                    : undefined;
    }
    return v;
}
const extractValue = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const full = parsePath(step, param(step, 'path'));
    // The path names the column first; a path without it is read from inside the value.
    const path = full[0] === source ? full.slice(1) : full;
    const out = newColumn(step, columns, source);
    return {
        columns: out.columns,
        apply: row => {
            const text = row[source];
            let found;
            if (text !== null && text !== undefined) {
                try {
                    found = walk(JSON.parse(text), path);
                }
                catch {
                    found = undefined;
                }
            }
            row[out.name] =
                found === undefined || found === null
                    ? null
                    : typeof found === 'string'
                        ? found
                        : JSON.stringify(found);
            return row;
        }
    };
};
const EXTRACT_VALUE_OPERATIONS = { EXTRACT_VALUE: extractValue };

;// CONCATENATED MODULE: ./src/recipe/ops/fill.ts
/** Missing values and duplicates: REMOVE_MISSING, REMOVE_VALUES, the FILL_WITH_* family and the duplicate removers. */


const removeMissing = (step, columns) => {
    const cols = sourceColumns(step, columns);
    return { columns, apply: row => (cols.some(c => common_missing(row[c])) ? null : row) };
};
function fillWith(value) {
    return (step, columns) => {
        const cols = sourceColumns(step, columns);
        const v = value(step);
        return {
            columns,
            apply: row => {
                for (const c of cols)
                    if (common_missing(row[c]))
                        row[c] = v;
                return row;
            }
        };
    };
}
/** Aggregate fills need the statistic of the column as it is at this step: the engine runs a first pass for it. */
function fillWithStat(kind) {
    return (step, columns) => {
        const [col] = sourceColumns(step, columns);
        let nums = [];
        const counts = new Map();
        let fill = null;
        return {
            columns,
            stats: {
                column: col,
                collect: v => {
                    if (common_missing(v))
                        return;
                    if (kind === 'mode')
                        counts.set(v, (counts.get(v) ?? 0) + 1);
                    else {
                        const n = Number(v);
                        if (Number.isFinite(n))
                            nums.push(n);
                    }
                },
                done: () => {
                    if (kind === 'mode') {
                        let best;
                        for (const e of counts)
                            if (!best || e[1] > best[1])
                                best = e;
                        fill = best ? best[0] : null;
                    }
                    else if (nums.length > 0) {
                        if (kind === 'average')
                            fill = String(nums.reduce((a, b) => a + b, 0) / nums.length);
                        else if (kind === 'sum')
                            fill = String(nums.reduce((a, b) => a + b, 0));
                        else {
                            const sorted = Float64Array.from(nums).sort();
                            const m = sorted.length >> 1;
                            fill = String(sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2);
                        }
                    }
                    nums = [];
                }
            },
            apply: row => {
                if (common_missing(row[col]))
                    row[col] = fill;
                return row;
            }
        };
    };
}
/** REMOVE_DUPLICATES keeps the first row of each value of the column (missing values are kept). */
const removeDuplicates = (step, columns) => {
    const [col] = sourceColumns(step, columns);
    const seen = new Set();
    return {
        columns,
        apply: row => {
            const v = row[col];
            if (common_missing(v))
                return row;
            if (seen.has(v))
                return null;
            seen.add(v);
            return row;
        }
    };
};
/** DELETE_DUPLICATE_ROWS keeps the first of identical rows. Rows are remembered by a 128-bit digest, not by value. */
const deleteDuplicateRows = (_step, columns) => {
    const seen = new Set();
    return {
        columns,
        apply: row => {
            const h = (0,external_node_crypto_.createHash)('md5');
            for (const c of columns) {
                const v = row[c.name];
                h.update(v === null || v === undefined ? '\u0000N' : `\u0001${v}`);
                h.update('\u0002');
            }
            const key = h.digest('base64');
            if (seen.has(key))
                return null;
            seen.add(key);
            return row;
        }
    };
};
/** REMOVE_VALUES deletes the rows its conditions select (the console's "remove rows where …"). */
const removeValues = (step, columns) => {
    sourceColumns(step, columns);
    if (step.conditions.length === 0) {
        throw new UnsupportedOperation(step, 'REMOVE_VALUES without ConditionExpressions cannot run locally: its effect is defined by the conditions');
    }
    return { columns, apply: () => null }; // the engine applies it only where the conditions hold
};
const FILL_OPERATIONS = {
    REMOVE_MISSING: removeMissing,
    REMOVE_VALUES: removeValues,
    FILL_WITH_CUSTOM: fillWith(s => param(s, 'value')),
    FILL_WITH_EMPTY: fillWith(() => ''),
    FILL_WITH_NULL: fillWith(() => null),
    FILL_WITH_AVERAGE: fillWithStat('average'),
    FILL_WITH_MEDIAN: fillWithStat('median'),
    FILL_WITH_MODE: fillWithStat('mode'),
    FILL_WITH_MOST_FREQUENT: fillWithStat('mode'),
    FILL_WITH_SUM: fillWithStat('sum'),
    REMOVE_DUPLICATES: removeDuplicates,
    DELETE_DUPLICATE_ROWS: deleteDuplicateRows
};

;// CONCATENATED MODULE: ./src/recipe/ops/math.ts

const INTEGER = /^\s*[+-]?\d+\s*$/;
function toNumber(v) {
    if (v === null || v.trim() === '')
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
}
/** Java's Double.toString for finite values: "85.0", "0.001", "1.0E-4", "1.2345678E7". */
function javaDouble(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? 'Infinity' : '-Infinity';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const abs = Math.abs(x);
    if (abs >= 1e-3 && abs < 1e7) {
        const s = String(x);
        return s.includes('.') ? s : `${s}.0`;
    }
    const [mantissa, exponent] = x.toExponential().split('e');
    return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`;
}
const integerText = (v) => v !== null && INTEGER.test(v);
function writeNumber(x, asInteger) {
    if (Number.isNaN(x))
        return null;
    return asInteger && Number.isSafeInteger(x) ? String(x) : javaDouble(x);
}
/** One-column functions: `sourceColumn` → `targetColumn`. */
function math_unary({ f, integer }) {
    return (step, columns) => {
        const input = operand(step, columns, 'sourceColumn', 'value');
        const out = newColumn(step, columns, input.column, integer === 'always' ? 'integer' : 'double');
        return {
            columns: out.columns,
            apply: row => {
                const raw = input.read(row);
                const x = toNumber(raw);
                row[out.name] =
                    x === undefined
                        ? null
                        : writeNumber(f(x), integer === 'always' || (integer === 'when-input-is' && integerText(raw)));
                return row;
            }
        };
    };
}
/** Two operands, each a column (`sourceColumn1`/`sourceColumn2`) or a literal (`value1`/`value2`). */
function binary({ f, integer }) {
    return (step, columns) => {
        const a = operand(step, columns, 'sourceColumn1', 'value1');
        const b = operand(step, columns, 'sourceColumn2', 'value2');
        const out = newColumn(step, columns, a.column ?? b.column, 'double');
        return {
            columns: out.columns,
            apply: (row) => {
                const ra = a.read(row);
                const rb = b.read(row);
                const x = toNumber(ra);
                const y = toNumber(rb);
                row[out.name] =
                    x === undefined || y === undefined
                        ? null
                        : writeNumber(f(x, y), integer && integerText(ra) && integerText(rb));
                return row;
            }
        };
    };
}
function numberParam(step, name, fallback) {
    const raw = step.parameters[name];
    if (raw === undefined) {
        if (fallback !== undefined)
            return fallback;
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    }
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n))
        throw new StepError(step, `${step.operation} parameter ${name} must be a number, got '${raw}'`);
    return n;
}
/** IS_EVEN / IS_ODD: "true"/"false" unless trueString/falseString say otherwise; non-integers give missing. */
function parity(wantEven) {
    return (step, columns) => {
        const input = operand(step, columns, 'sourceColumn', 'value');
        const out = newColumn(step, columns, input.column, 'string');
        const yes = step.parameters.trueString ?? 'true';
        const no = step.parameters.falseString ?? 'false';
        return {
            columns: out.columns,
            apply: row => {
                const raw = input.read(row);
                const x = toNumber(raw);
                row[out.name] =
                    x === undefined || !Number.isInteger(x) ? null : (Math.abs(x) % 2 === 0) === wantEven ? yes : no;
                return row;
            }
        };
    };
}
/** POWER: `exponent` is required (catalog); LOG: `base` defaults to 10 (the page's "LOG … base 10" default). */
const power = (step, columns, options) => {
    const e = numberParam(step, 'exponent');
    return math_unary({ f: x => Math.pow(x, e) })(step, columns, options);
};
const log = (step, columns, options) => {
    const base = numberParam(step, 'base', 10);
    if (base <= 0 || base === 1)
        throw new StepError(step, `LOG parameter base must be positive and not 1, got ${base}`);
    return math_unary({ f: x => (x <= 0 ? NaN : Math.log(x) / Math.log(base)) })(step, columns, options);
};
/** PI: a new column holding π in every row. */
const pi = (step, columns) => {
    const out = newColumn(step, columns, undefined, 'double');
    const value = javaDouble(Math.PI);
    return {
        columns: out.columns,
        apply: row => {
            row[out.name] = value;
            return row;
        }
    };
};
const MATH_OPERATIONS = {
    ADD: binary({ f: (a, b) => a + b, integer: true }),
    SUBTRACT: binary({ f: (a, b) => a - b, integer: true }),
    MULTIPLY: binary({ f: (a, b) => a * b, integer: true }),
    // Division by zero gives a missing value (Spark SQL's `/` returns NULL for a zero divisor).
    DIVIDE: binary({ f: (a, b) => (b === 0 ? NaN : a / b), integer: false }),
    MOD: binary({ f: (a, b) => (b === 0 ? NaN : a % b), integer: true }),
    ABSOLUTE: math_unary({ f: Math.abs, integer: 'when-input-is' }),
    NEGATE: math_unary({ f: x => -x, integer: 'when-input-is' }),
    CEILING: math_unary({ f: Math.ceil, integer: 'always' }),
    FLOOR: math_unary({ f: Math.floor, integer: 'always' }),
    ROUND: math_unary({ f: x => Math.sign(x) * Math.round(Math.abs(x)), integer: 'always' }),
    SIGN: math_unary({ f: Math.sign, integer: 'always' }),
    SQUARE_ROOT: math_unary({ f: x => (x < 0 ? NaN : Math.sqrt(x)) }),
    EXPONENT: math_unary({ f: Math.exp }),
    LN: math_unary({ f: x => (x <= 0 ? NaN : Math.log(x)) }),
    DEGREES: math_unary({ f: x => (x * 180) / Math.PI }),
    RADIANS: math_unary({ f: x => (x * Math.PI) / 180 }),
    POWER: power,
    LOG: log,
    PI: pi,
    IS_EVEN: parity(true),
    IS_ODD: parity(false)
};

;// CONCATENATED MODULE: ./src/recipe/ops/group-by.ts
/**
 * GROUP_BY (recipe-actions.GROUP_BY.html): groups rows by `sourceColumns` and aggregates each group as
 * `groupByAggFunctionOptions` lists (`{sourceColumnName, targetColumnName, targetColumnDataType, functionName}`).
 *
 * - `useNewDataFrame: true`: the table becomes one row per group, the group columns then the aggregates, groups in
 *   the order they first appear;
 * - otherwise (assumption: the page only says "true" replaces the session's contents): every row stays and gains the
 *   aggregates of its group, after the last column.
 * Functions: COUNT (present values), COUNT_DISTINCT, SUM, MIN, MAX, AVERAGE (also MEAN), MEDIAN; missing values are
 * skipped as SQL aggregates skip NULL; MIN/MAX compare numbers when every value is a number, else text. Any other
 * function (UNAGGREGATED included) stops the run naming it. The step holds every row in memory.
 */



const numbers = (values) => values.map(Number).filter(Number.isFinite);
const REDUCERS = {
    COUNT: { reduce: v => String(v.length), type: 'integer' },
    COUNT_DISTINCT: { reduce: v => String(new Set(v).size), type: 'integer' },
    SUM: {
        reduce: v => {
            const n = numbers(v);
            return n.length === 0 ? null : javaDouble(n.reduce((a, b) => a + b, 0));
        },
        type: 'double'
    },
    AVERAGE: {
        reduce: v => {
            const n = numbers(v);
            return n.length === 0 ? null : javaDouble(n.reduce((a, b) => a + b, 0) / n.length);
        },
        type: 'double'
    },
    MEDIAN: {
        reduce: v => {
            const n = Float64Array.from(numbers(v)).sort();
            if (n.length === 0)
                return null;
            const m = n.length >> 1;
            return javaDouble(n.length % 2 ? n[m] : (n[m - 1] + n[m]) / 2);
        },
        type: 'double'
    },
    MIN: { reduce: v => extreme(v, -1), type: 'string' },
    MAX: { reduce: v => extreme(v, 1), type: 'string' }
};
REDUCERS.MEAN = REDUCERS.AVERAGE;
function extreme(values, sign) {
    if (values.length === 0)
        return null;
    const numeric = values.every(v => v.trim() !== '' && Number.isFinite(Number(v)));
    return values.reduce((best, v) => {
        const cmp = numeric ? Number(v) - Number(best) : v < best ? -1 : v > best ? 1 : 0;
        return cmp * sign > 0 ? v : best;
    });
}
function aggregates(raw, step) {
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) || parsed.length === 0)
        throw new StepError(step, 'GROUP_BY groupByAggFunctionOptions must be a JSON list of {sourceColumnName, targetColumnName, functionName}');
    return parsed.map((o, i) => {
        const r = (o ?? {});
        const [source, target, fn] = [r.sourceColumnName, r.targetColumnName, r.functionName];
        if (typeof source !== 'string' || typeof target !== 'string' || typeof fn !== 'string')
            throw new StepError(step, `GROUP_BY groupByAggFunctionOptions[${i}] needs sourceColumnName, targetColumnName and functionName`);
        return { source, target, fn: fn.toUpperCase() };
    });
}
const groupBy = (step, columns) => {
    const keys = list(step, 'sourceColumns');
    for (const k of keys)
        requireColumn(step, columns, k);
    const aggs = aggregates(param(step, 'groupByAggFunctionOptions'), step);
    for (const a of aggs) {
        requireColumn(step, columns, a.source);
        if (!REDUCERS[a.fn])
            throw new UnsupportedOperation(step, `GROUP_BY function ${a.fn} cannot run locally (supported: ${Object.keys(REDUCERS).join(', ')})`);
    }
    const newFrame = common_flag(step, 'useNewDataFrame');
    const added = aggs.map(a => ({ name: a.target, type: REDUCERS[a.fn].type }));
    const kept = newFrame
        ? columns.filter(c => keys.includes(c.name)).sort((a, b) => keys.indexOf(a.name) - keys.indexOf(b.name))
        : columns;
    for (const c of added)
        requireNew(step, kept, c.name);
    return {
        columns: [...kept, ...added],
        apply: row => row,
        table: rows => {
            const groups = new Map();
            for (const row of rows) {
                const key = JSON.stringify(keys.map(k => row[k] ?? null));
                const members = groups.get(key);
                if (members)
                    members.push(row);
                else
                    groups.set(key, [row]);
            }
            const out = [];
            for (const members of groups.values()) {
                const results = aggs.map(a => REDUCERS[a.fn].reduce(members
                    .map(m => m[a.source])
                    .filter((v) => v !== null && v !== undefined && v !== '')));
                if (newFrame) {
                    const row = newRow();
                    for (const k of keys)
                        row[k] = members[0][k] ?? null;
                    aggs.forEach((a, i) => (row[a.target] = results[i]));
                    out.push(row);
                }
                else {
                    for (const m of members) {
                        aggs.forEach((a, i) => (m[a.target] = results[i]));
                        out.push(m);
                    }
                }
            }
            return newFrame ? out : rows;
        }
    };
};
const GROUP_OPERATIONS = {
    GROUP_BY: groupBy
};

;// CONCATENATED MODULE: ./src/recipe/ops/join.ts
/**
 * JOIN (recipe-actions.JOIN.html) with a local secondary dataset: `secondaryDatasetName` names a table given to the
 * engine (EngineOptions.joinDatasets; from the CLI, `recipe run --join-dataset NAME=FILE`). `secondInputLocation`
 * (an S3 URL) is DataBrew's and is not read locally.
 *
 * - `joinKeys`: JSON list of `{key, value}`, `key` a column of the current table and `value` one of the secondary;
 *   rows match when every pair is equal; a missing key value matches nothing (SQL NULL semantics);
 * - `joinType`: INNER_JOIN, LEFT_JOIN, RIGHT_JOIN, OUTER_JOIN, and the *_EXCLUDING_JOIN forms, which keep only the
 *   rows without a match on that side (left, right, or both);
 * - output columns: `leftColumns` (default: every current column) then `rightColumns` (default: every secondary
 *   column). Assumption (the page does not say): a right column whose name is already taken is written as
 *   `<name>_<secondaryDatasetName>`. Rows: left order, each left row followed by its matches in secondary order;
 *   unmatched secondary rows last.
 * The step holds both tables in memory.
 */


const TYPES = {
    INNER_JOIN: { matched: true, left: false, right: false },
    LEFT_JOIN: { matched: true, left: true, right: false },
    RIGHT_JOIN: { matched: true, left: false, right: true },
    OUTER_JOIN: { matched: true, left: true, right: true },
    LEFT_EXCLUDING_JOIN: { matched: false, left: true, right: false },
    RIGHT_EXCLUDING_JOIN: { matched: false, left: false, right: true },
    OUTER_EXCLUDING_JOIN: { matched: false, left: true, right: true }
};
function joinKeys(step) {
    let parsed;
    try {
        parsed = JSON.parse(param(step, 'joinKeys'));
    }
    catch {
        parsed = undefined;
    }
    const pairs = Array.isArray(parsed) ? parsed : [];
    if (pairs.length === 0 ||
        !pairs.every(p => p && typeof p === 'object' && typeof p.key === 'string' && typeof p.value === 'string'))
        throw new StepError(step, 'JOIN joinKeys must be a JSON list of {"key": left column, "value": secondary column}');
    return pairs;
}
const join = (step, columns, options) => {
    const type = TYPES[param(step, 'joinType')];
    if (!type)
        throw new StepError(step, `JOIN joinType '${step.parameters.joinType}' is not one of ${Object.keys(TYPES).join(', ')}`);
    const name = param(step, 'secondaryDatasetName');
    const secondary = options.joinDatasets?.[name];
    if (!secondary)
        throw new StepError(step, `JOIN needs the secondary dataset '${name}' locally: pass --join-dataset ${name}=FILE`);
    const keys = joinKeys(step);
    for (const k of keys) {
        requireColumn(step, columns, k.key);
        if (!secondary.columns.some(c => c.name === k.value))
            throw new StepError(step, `JOIN key '${k.value}' is not a column of the secondary dataset '${name}'`);
    }
    const left = step.parameters.leftColumns !== undefined ? list(step, 'leftColumns') : columns.map(c => c.name);
    for (const c of left)
        requireColumn(step, columns, c);
    const right = step.parameters.rightColumns !== undefined
        ? list(step, 'rightColumns')
        : secondary.columns.map(c => c.name);
    for (const c of right)
        if (!secondary.columns.some(s => s.name === c))
            throw new StepError(step, `JOIN right column '${c}' is not a column of the secondary dataset '${name}'`);
    const taken = new Set(left);
    const rightOut = right.map(c => {
        const out = taken.has(c) ? `${c}_${name}` : c;
        if (taken.has(out))
            throw new StepError(step, `JOIN output column '${out}' would appear twice`);
        taken.add(out);
        return { from: c, to: out };
    });
    const outColumns = [
        ...left.map(c => columns.find(x => x.name === c)),
        ...rightOut.map(r => ({ ...secondary.columns.find(x => x.name === r.from), name: r.to }))
    ];
    const keyOf = (row, names) => {
        const values = names.map(n => row[n] ?? null);
        return values.some(v => v === null || v === '') ? undefined : JSON.stringify(values);
    };
    const combine = (l, r) => {
        const row = newRow();
        for (const c of left)
            row[c] = l ? (l[c] ?? null) : null;
        for (const c of rightOut)
            row[c.to] = r ? (r[c.from] ?? null) : null;
        return row;
    };
    return {
        columns: outColumns,
        apply: row => row,
        table: rows => {
            const index = new Map();
            secondary.rows.forEach((r, i) => {
                const k = keyOf(r, keys.map(p => p.value));
                if (k === undefined)
                    return;
                const list = index.get(k);
                if (list)
                    list.push(i);
                else
                    index.set(k, [i]);
            });
            const usedRight = new Set();
            const out = [];
            for (const l of rows) {
                const k = keyOf(l, keys.map(p => p.key));
                const matches = k === undefined ? undefined : index.get(k);
                if (matches) {
                    for (const i of matches)
                        usedRight.add(i);
                    if (type.matched)
                        for (const i of matches)
                            out.push(combine(l, secondary.rows[i]));
                }
                else if (type.left)
                    out.push(combine(l, undefined));
            }
            if (type.right)
                secondary.rows.forEach((r, i) => usedRight.has(i) || out.push(combine(undefined, r)));
            return out;
        }
    };
};
const JOIN_OPERATIONS = { JOIN: join };

;// CONCATENATED MODULE: ./src/recipe/ops/mapping.ts

function categoryMap(raw) {
    try {
        const parsed = JSON.parse(raw);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            return undefined;
        const map = new Map();
        for (const [k, v] of Object.entries(parsed)) {
            if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                return undefined;
            map.set(k, String(v));
        }
        return map;
    }
    catch {
        return undefined;
    }
}
const categoricalMapping = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const map = categoryMap(param(step, 'categoryMap'));
    if (!map)
        throw new StepError(step, 'CATEGORICAL_MAPPING categoryMap must be a JSON object of value → category, e.g. {"Canada":"2"}');
    const deleteOthers = common_flag(step, 'deleteOtherRows');
    const other = step.parameters.other;
    const keepOthers = common_flag(step, 'keepOthers');
    const mapType = (step.parameters.mapType ?? 'TEXT').toUpperCase();
    const numeric = mapType === 'NUMERIC' && [...map.values()].every(v => v.trim() !== '' && Number.isFinite(Number(v)));
    const target = step.parameters.targetColumn ?? source;
    if (target !== source)
        requireNew(step, columns, target);
    const type = numeric && (other === undefined || Number.isFinite(Number(other))) && !keepOthers ? 'double' : 'string';
    const outColumns = target === source
        ? columns.map(c => (c.name === source ? { ...c, type } : c))
        : common_insertAfter(columns, source, [{ name: target, type }]);
    return {
        columns: outColumns,
        apply: row => {
            const v = row[source] ?? null;
            const mapped = v === null ? undefined : map.get(v);
            if (mapped !== undefined)
                row[target] = mapped;
            else if (deleteOthers)
                return null;
            else if (other !== undefined)
                row[target] = other;
            else if (keepOthers)
                row[target] = v;
            else
                row[target] = null;
            return row;
        }
    };
};
const MAPPING_OPERATIONS = {
    CATEGORICAL_MAPPING: categoricalMapping
};

;// CONCATENATED MODULE: ./src/recipe/ops/mask.ts
/** Masking: MASK_CUSTOM, MASK_RANGE, MASK_DELIMITER, MASK_DATE and REPLACE_WITH_RANDOM_BETWEEN. */



/** Characters kept unmasked for `alphabet` (SYMBOLS, WHITESPACE). */
function keeper(step) {
    const alphabet = step.parameters.alphabet !== undefined ? list(step, 'alphabet').map(a => a.toUpperCase()) : [];
    const symbols = alphabet.includes('SYMBOLS');
    const whitespace = alphabet.includes('WHITESPACE');
    return ch => (whitespace && /\s/u.test(ch)) || (symbols && /[^\p{L}\p{N}\s]/u.test(ch));
}
function maskChars(text, symbol, keep) {
    let out = '';
    for (const ch of text)
        out += keep(ch) ? ch : symbol;
    return out;
}
const maskCustom = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const value = param(step, 'customValue');
    let re;
    try {
        re = compilePattern(common_flag(step, 'regex') ? value : escapeRegex(value), 'MASK_CUSTOM customValue');
    }
    catch (err) {
        if (!(err instanceof PatternError))
            throw err;
        throw new StepError(step, err.message);
    }
    return common_inPlace(columns, cols, v => re.replaceAll(v, m => maskChars(m, symbol, () => false)));
};
/** MASK_RANGE: [start, stop) with Python-style negative indexes, on characters (code points). */
const maskRange = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const start = step.parameters.start !== undefined ? intParam(step, 'start') : undefined;
    const stop = step.parameters.stop !== undefined ? intParam(step, 'stop') : undefined;
    const keep = keeper(step);
    return common_inPlace(columns, cols, v => {
        const chars = [...v];
        const n = chars.length;
        const norm = (i, fallback) => i === undefined ? fallback : i < 0 ? Math.max(0, n + i) : Math.min(n, i);
        const a = norm(start, 0);
        const b = norm(stop, n);
        return chars.map((ch, i) => (i >= a && i < b && !keep(ch) ? symbol : ch)).join('');
    });
};
/** MASK_DELIMITER: masks between the first startDelimiter and the next endDelimiter after it. */
const maskDelimiter = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const open = step.parameters.startDelimiter;
    const close = step.parameters.endDelimiter;
    const preserve = !common_flag(step, 'preserveDelimiters') ? true : false;
    const keep = keeper(step);
    return common_inPlace(columns, cols, v => {
        const a = open ? v.indexOf(open) : 0;
        if (open && a < 0)
            return v;
        const from = open ? a + open.length : 0;
        const b = close ? v.indexOf(close, from) : v.length;
        if (close && b < 0)
            return v;
        // preserveDelimiters (documented as "if true, applies mask on delimiters"): false keeps the delimiters visible.
        const start = preserve ? from : a;
        const end = preserve ? b : close ? b + close.length : b;
        return v.slice(0, start) + maskChars(v.slice(start, end), symbol, keep) + v.slice(end);
    });
};
const DATE_PARTS = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:([ T])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(.*)$/;
const US_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(.*)$/;
/** MASK_DATE: masks the digits of the listed components; values that do not parse as a date are left as they are. */
const maskDate = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const redact = new Set(list(step, 'redact').map(r => r.toUpperCase()));
    const m = (part, name) => part === undefined ? '' : redact.has(name) ? symbol.repeat(part.length) : part;
    return common_inPlace(columns, cols, v => {
        const iso = DATE_PARTS.exec(v);
        if (iso) {
            const [, y, sep, mo, d, t, h, mi, s, ms, rest] = iso;
            let out = `${m(y, 'YEAR')}${sep}${m(mo, 'MONTH')}${sep}${m(d, 'DAY')}`;
            if (t !== undefined) {
                out += `${t}${m(h, 'HOUR')}:${m(mi, 'MINUTE')}`;
                if (s !== undefined)
                    out += `:${m(s, 'SECOND')}`;
                if (ms !== undefined)
                    out += `.${m(ms, 'MILLISECOND')}`;
            }
            return out + (rest ?? '');
        }
        const us = US_DATE.exec(v);
        if (us) {
            const [, mo, sep, d, y, rest] = us;
            return `${m(mo, 'MONTH')}${sep}${m(d, 'DAY')}${sep}${m(y, 'YEAR')}${rest ?? ''}`;
        }
        return v;
    });
};
/** Random, so no local run can match DataBrew byte for byte; the range is what can be checked. */
const replaceWithRandomBetween = (step, columns, options) => {
    const cols = sourceColumns(step, columns);
    const lo = Number(param(step, 'lowerBound'));
    const hi = Number(param(step, 'upperBound'));
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi)
        throw new StepError(step, 'lowerBound and upperBound must be numbers with lowerBound ≤ upperBound');
    const rand = options.randomInt ?? ((a, b) => (0,external_node_crypto_.randomInt)(a, b + 1));
    return {
        columns,
        apply: row => {
            for (const c of cols)
                row[c] = String(rand(Math.ceil(lo), Math.floor(hi)));
            return row;
        }
    };
};
const MASK_OPERATIONS = {
    MASK_CUSTOM: maskCustom,
    MASK_DATE: maskDate,
    MASK_DELIMITER: maskDelimiter,
    MASK_RANGE: maskRange,
    REPLACE_WITH_RANDOM_BETWEEN: replaceWithRandomBetween
};

;// CONCATENATED MODULE: ./src/recipe/ops/patterns.ts


/**
 * The recipe's pattern through the engine's one door for untrusted patterns (../pattern.ts: refuses nested
 * quantifiers and Java-only constructs, translates Java's syntax). An unusable pattern is a one-line error naming the
 * step's pattern.
 */
function patterns_compilePattern(step, pattern) {
    let re;
    try {
        re = compilePattern(pattern, `${step.operation} pattern`);
    }
    catch (err) {
        if (err instanceof PatternError)
            throw new StepError(step, err.message);
        throw err;
    }
    return {
        find: v => {
            const m = re.firstMatch(v);
            return m ? v.slice(m.index, m.index + m.length) : undefined;
        },
        test: v => re.test(v)
    };
}
/** EXTRACT_PATTERN: the first match in the value (the whole match, not a group); no match gives a missing value. */
const extractPattern = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const pattern = patterns_compilePattern(step, param(step, 'pattern'));
    const out = newColumn(step, columns, source);
    return {
        columns: out.columns,
        apply: row => {
            const v = row[source];
            row[out.name] = v === null || v === undefined ? null : (pattern.find(v) ?? null);
            return row;
        }
    };
};
/**
 * FLAG_COLUMN_FROM_PATTERN: trueString (default "True") where the pattern occurs anywhere in the value ("based on
 * the presence of a pattern"), else falseString (default "False"); a missing value has no pattern, so it is false.
 * `flagType` must be Pattern when given; some console exports omit it, and it means nothing else.
 */
const flagFromPattern = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const flagType = step.parameters.flagType;
    if (flagType !== undefined && flagType !== 'Pattern')
        throw new StepError(step, `FLAG_COLUMN_FROM_PATTERN flagType must be Pattern, got '${flagType}'`);
    const pattern = patterns_compilePattern(step, param(step, 'pattern'));
    const yes = step.parameters.trueString ?? 'True';
    const no = step.parameters.falseString ?? 'False';
    const out = newColumn(step, columns, source);
    return {
        columns: out.columns,
        apply: row => {
            const v = row[source];
            row[out.name] = v !== null && v !== undefined && pattern.test(v) ? yes : no;
            return row;
        }
    };
};
const PATTERN_OPERATIONS = {
    EXTRACT_PATTERN: extractPattern,
    FLAG_COLUMN_FROM_PATTERN: flagFromPattern
};

// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js + 42 modules
var parsePhoneNumber = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/recipe/hash-key.ts
/**
 * The HMAC key of CRYPTOGRAPHIC_HASH, checked wherever it enters (engine, CLI flags, local mode). `Buffer.from(text,
 * 'base64')` never fails: `!!!!` decodes to zero bytes, and every PII column would then be "hashed" with an empty
 * key, which anyone can recompute. So the text must be strict Base64 and the key at least 32 bytes (the HMAC-SHA256
 * output size, the strength NIST SP 800-107 asks of an HMAC key; DataBrew creates its own secrets with 32 random
 * bytes too).
 */
const MIN_HASH_KEY_BYTES = 32;
const MAKE_A_KEY = 'make one with: openssl rand -base64 32';
/** Standard Base64 (RFC 4648 §4), padded or not; no whitespace, no URL-safe letters. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
/** Why `key` cannot be an HMAC key, or undefined when it can. `source` names where it came from. */
function hashKeyProblem(key, source) {
    if (key.length === 0)
        return `the HMAC key from ${source} is empty: ${MAKE_A_KEY}`;
    if (key.length < MIN_HASH_KEY_BYTES)
        return `the HMAC key from ${source} is ${key.length} bytes, fewer than ${MIN_HASH_KEY_BYTES}: ${MAKE_A_KEY}`;
    return undefined;
}
/**
 * The key bytes of a key's text: Base64-decoded (as DataBrew reads its secret) or the text's UTF-8 bytes. Throws an
 * Error with one line naming `source` and how to make a key.
 */
function decodeHashKey(text, encoding, source) {
    if (text.trim() === '')
        throw new Error(`the HMAC key from ${source} is empty: ${MAKE_A_KEY}`);
    if (encoding === 'base64' && !BASE64.test(text))
        throw new Error(`the HMAC key from ${source} is not valid Base64 (only A-Z a-z 0-9 + / and = padding, on one line): ${MAKE_A_KEY}, or pass --hash-key-encoding utf8 for a text key`);
    const key = Buffer.from(text, encoding);
    const problem = hashKeyProblem(key, source);
    if (problem)
        throw new Error(problem);
    return key;
}

;// CONCATENATED MODULE: ./src/recipe/ops/pii.ts
/** Personal data: CRYPTOGRAPHIC_HASH (digests and HMACs) and FORMAT_PHONE_NUMBER. */





const FORMATS = {
    E164: 'E.164',
    'E.164': 'E.164',
    INTERNATIONAL: 'INTERNATIONAL',
    NATIONAL: 'NATIONAL',
    RFC3966: 'RFC3966'
};
/**
 * FORMAT_PHONE_NUMBER: values that cannot be parsed stay unchanged; without a region, numbers lacking `+country` are
 * left as they are (DataBrew's documented behaviour).
 */
const formatPhone = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const format = FORMATS[(step.parameters.phoneNumberFormat ?? 'E164').toUpperCase()];
    if (!format)
        throw new StepError(step, `phoneNumberFormat '${step.parameters.phoneNumberFormat}' is not E164, INTERNATIONAL, NATIONAL or RFC3966`);
    const regionColumn = step.parameters.defaultRegionColumn;
    if (regionColumn)
        requireColumn(step, columns, regionColumn);
    const fixedRegion = step.parameters.defaultRegion?.toUpperCase();
    return {
        columns,
        apply: row => {
            const region = (regionColumn ? row[regionColumn]?.toUpperCase() : fixedRegion);
            for (const c of cols) {
                const v = row[c];
                if (common_missing(v))
                    continue;
                const parsed = (0,parsePhoneNumber/* parsePhoneNumber */.l)(v, region ? { defaultCountry: region } : undefined);
                if (parsed && parsed.isValid())
                    row[c] = parsed.format(format);
            }
            return row;
        }
    };
};
const DIGESTS = {
    MD5: { hmac: false, algorithm: 'md5' },
    SHA1: { hmac: false, algorithm: 'sha1' },
    SHA256: { hmac: false, algorithm: 'sha256' },
    SHA512: { hmac: false, algorithm: 'sha512' },
    HMAC_MD5: { hmac: true, algorithm: 'md5' },
    HMAC_SHA1: { hmac: true, algorithm: 'sha1' },
    HMAC_SHA256: { hmac: true, algorithm: 'sha256' },
    HMAC_SHA512: { hmac: true, algorithm: 'sha512' }
};
const oneShot = external_node_crypto_.hash;
function digestBase64(algorithm) {
    if (oneShot)
        return v => oneShot(algorithm, v, 'base64');
    return v => (0,external_node_crypto_.createHash)(algorithm).update(v, 'utf8').digest('base64');
}
/**
 * HMAC (RFC 2104) from two one-shot digests over preallocated buffers: about 25% faster per value than createHmac,
 * which sets up a keyed context for every call. Falls back to createHmac where crypto.hash is missing (Node < 20.12).
 */
function hmacBase64(algorithm, key) {
    if (!oneShot)
        return v => (0,external_node_crypto_.createHmac)(algorithm, key).update(v, 'utf8').digest('base64');
    const blockSize = algorithm === 'sha512' ? 128 : 64;
    const block = Buffer.alloc(blockSize);
    (key.length > blockSize ? (0,external_node_crypto_.createHash)(algorithm).update(key).digest() : key).copy(block);
    const digestSize = (0,external_node_crypto_.createHash)(algorithm).digest().length;
    let inner = Buffer.alloc(blockSize + 1024);
    for (let i = 0; i < blockSize; i++)
        inner[i] = block[i] ^ 0x36;
    const outer = Buffer.alloc(blockSize + digestSize);
    for (let i = 0; i < blockSize; i++)
        outer[i] = block[i] ^ 0x5c;
    return v => {
        if (Buffer.byteLength(v) > inner.length - blockSize) {
            const grown = Buffer.alloc(blockSize + Buffer.byteLength(v) * 2);
            inner.copy(grown, 0, 0, blockSize);
            inner = grown;
        }
        const n = inner.write(v, blockSize, 'utf8');
        oneShot(algorithm, inner.subarray(0, blockSize + n), 'buffer').copy(outer, blockSize);
        return oneShot(algorithm, outer, 'base64');
    };
}
/**
 * CRYPTOGRAPHIC_HASH: Base64 of the raw digest (AWS's samples show 44-character outputs for SHA-256). Missing values
 * stay missing: hashing them would give every blank the same token, which would then "match" across partners.
 */
const cryptographicHash = (step, columns, options) => {
    const cols = sourceColumns(step, columns);
    const name = (step.parameters.algorithm ?? 'HMAC_SHA256').toUpperCase();
    const d = DIGESTS[name];
    if (!d)
        throw new StepError(step, `CRYPTOGRAPHIC_HASH algorithm '${name}' is not one of ${Object.keys(DIGESTS).join(', ')}`);
    if (d.hmac && !options.hashKey) {
        throw new StepError(step, `CRYPTOGRAPHIC_HASH ${name} needs the HMAC key: pass --hash-key-file (or CLEANROOMS_HASH_KEY)`);
    }
    const keyProblem = d.hmac ? hashKeyProblem(options.hashKey, 'the hashKey option') : undefined;
    if (keyProblem)
        throw new StepError(step, `CRYPTOGRAPHIC_HASH ${name}: ${keyProblem}`);
    const digest = d.hmac ? hmacBase64(d.algorithm, options.hashKey) : digestBase64(d.algorithm);
    // A digest is text whatever the column held (an integer column hashed is a string column, as in DataBrew's output).
    const typed = columns.map(c => (cols.includes(c.name) ? { ...c, type: 'string' } : c));
    return common_inPlace(typed, cols, v => (v === '' ? v : digest(v)));
};
const PII_OPERATIONS = {
    CRYPTOGRAPHIC_HASH: cryptographicHash,
    FORMAT_PHONE_NUMBER: formatPhone
};

;// CONCATENATED MODULE: ./src/recipe/ops/rows.ts
/**
 * SHUFFLE_ROWS (recipe-actions.SHUFFLE_ROWS.html, a PII step): the values of `sourceColumns` move together to
 * other rows, chosen at random; with `groupByColumns`, only among rows that share those columns' values. The other
 * columns stay where they are, so a row keeps its own non-PII values. The step needs every row at once (the engine
 * holds them in memory for it).
 *
 * Randomness: without a seed, node's CSPRNG; with EngineOptions.shuffleSeed (the CLI's --shuffle-seed) a PRNG
 * seeded from SHA-256 of the seed, so tests and reviews can reproduce a run. No local run matches DataBrew's
 * permutation: what can be checked is that each column keeps the same multiset of values.
 */


/** xoshiro128** seeded from SHA-256(seed): fast, deterministic, well distributed; not for secrets. */
function seededDraw(seed) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(seed, 'utf8').digest();
    const s = [0, 4, 8, 12].map(i => digest.readUInt32LE(i));
    const next = () => {
        const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
        const t = s[1] << 9;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 11);
        return result;
    };
    return n => {
        // Rejection sampling: no modulo bias.
        const limit = Math.floor(0x1_0000_0000 / n) * n;
        for (;;) {
            const x = next();
            if (x < limit)
                return x % n;
        }
    };
}
const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;
/** Fisher–Yates over the indexes of one group. */
function permutation(n, draw) {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
        const j = draw(i + 1);
        [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
}
const shuffleRows = (step, columns, options) => {
    const moved = sourceColumns(step, columns);
    const groupBy = step.parameters.groupByColumns !== undefined ? list(step, 'groupByColumns') : [];
    for (const g of groupBy)
        requireColumn(step, columns, g);
    const draw = options.shuffleSeed !== undefined ? seededDraw(options.shuffleSeed) : n => (0,external_node_crypto_.randomInt)(n);
    return {
        columns,
        apply: row => row,
        table: rows => {
            const groups = new Map();
            rows.forEach((row, i) => {
                const key = JSON.stringify(groupBy.map(g => row[g] ?? null));
                const members = groups.get(key);
                if (members)
                    members.push(i);
                else
                    groups.set(key, [i]);
            });
            const values = rows.map(row => Object.fromEntries(moved.map(c => [c, row[c] ?? null])));
            for (const members of groups.values()) {
                const p = permutation(members.length, draw);
                members.forEach((rowIndex, k) => {
                    const from = values[members[p[k]]];
                    for (const c of moved)
                        rows[rowIndex][c] = from[c] ?? null;
                });
            }
            return rows;
        }
    };
};
const ROW_OPERATIONS = {
    SHUFFLE_ROWS: shuffleRows
};

;// CONCATENATED MODULE: ./src/recipe/ops/sort.ts

function parseKeys(step, columns) {
    let raw;
    try {
        raw = JSON.parse(param(step, 'expressions'));
    }
    catch {
        throw new StepError(step, 'SORT expressions must be a JSON list of {sourceColumn, ordering, nullsOrdering}');
    }
    if (!Array.isArray(raw) || raw.length === 0)
        throw new StepError(step, 'SORT expressions must be a non-empty JSON list of {sourceColumn, ordering, nullsOrdering}');
    return raw.map((e, i) => {
        const column = e?.sourceColumn;
        if (typeof column !== 'string')
            throw new StepError(step, `SORT expression ${i + 1} needs sourceColumn`);
        requireColumn(step, columns, column);
        const ordering = String(e.ordering ?? 'ASCENDING').toUpperCase();
        const nulls = String(e.nullsOrdering ?? 'NULLS_TOP').toUpperCase();
        if (ordering !== 'ASCENDING' && ordering !== 'DESCENDING')
            throw new StepError(step, `SORT expression ${i + 1}: ordering must be ASCENDING or DESCENDING, not ${ordering}`);
        if (nulls !== 'NULLS_TOP' && nulls !== 'NULLS_BOTTOM')
            throw new StepError(step, `SORT expression ${i + 1}: nullsOrdering must be NULLS_TOP or NULLS_BOTTOM, not ${nulls}`);
        const type = columns.find(c => c.name === column).type;
        const key = {
            column,
            descending: ordering === 'DESCENDING',
            nullsFirst: nulls === 'NULLS_TOP',
            numeric: type === 'integer' || type === 'double'
        };
        if (Array.isArray(e.customOrder)) {
            const sensitive = e.isCustomOrderCaseSensitive === true || e.isCustomOrderCaseSensitive === 'true';
            const fold = (v) => (sensitive ? v : v.toLowerCase());
            const ranks = new Map(e.customOrder.map((v, k) => [fold(String(v)), k]));
            key.rank = v => ranks.get(fold(v));
        }
        return key;
    });
}
function sort_compareValues(key, a, b) {
    if (key.rank) {
        const ra = key.rank(a);
        const rb = key.rank(b);
        if (ra !== undefined || rb !== undefined)
            return (ra ?? Infinity) - (rb ?? Infinity);
    }
    if (key.numeric) {
        const x = Number(a);
        const y = Number(b);
        if (!Number.isNaN(x) && !Number.isNaN(y))
            return x - y;
    }
    return byCodePoint(a, b);
}
const sort = (step, columns) => {
    const keys = parseKeys(step, columns);
    const compare = (r, s) => {
        for (const key of keys) {
            const a = r[key.column] ?? null;
            const b = s[key.column] ?? null;
            if (a === null || b === null) {
                if (a === b)
                    continue;
                // Nulls go where nullsOrdering says, whatever the direction.
                return (a === null ? -1 : 1) * (key.nullsFirst ? 1 : -1);
            }
            const c = sort_compareValues(key, a, b);
            if (c !== 0)
                return key.descending ? -c : c;
        }
        return 0;
    };
    return { columns, apply: row => row, table: rows => rows.sort(compare) };
};
const SORT_OPERATIONS = { SORT: sort };

;// CONCATENATED MODULE: ./src/recipe/ops/split.ts

/** Split results go to `<source>_1 … <source>_n` in place of the source column. */
function splitInto(step, columns, count, split) {
    const from = param(step, 'sourceColumn');
    requireColumn(step, columns, from);
    const names = Array.from({ length: count }, (_, i) => `${from}_${i + 1}`);
    for (const n of names)
        requireNew(step, columns, n);
    const i = columns.findIndex(c => c.name === from);
    return {
        columns: [
            ...columns.slice(0, i),
            ...names.map(name => ({ name, type: 'string' })),
            ...columns.slice(i + 1)
        ],
        apply: row => {
            const v = row[from];
            const parts = common_missing(v) ? [] : split(v);
            for (let k = 0; k < count; k++)
                row[names[k]] = parts[k] ?? null;
            delete row[from];
            return row;
        }
    };
}
/** Splits at most `limit` times on the delimiter, from the start; the rest stays in the last part. */
function splitLimited(v, delimiter, limit) {
    const out = [];
    let rest = v;
    for (let k = 0; k < limit; k++) {
        const m = typeof delimiter === 'string'
            ? { index: rest.indexOf(delimiter), length: delimiter.length }
            : (() => {
                const r = delimiter.exec(rest);
                return r ? { index: r.index, length: r[0].length } : { index: -1, length: 0 };
            })();
        if (m.index < 0)
            break;
        out.push(rest.slice(0, m.index));
        rest = rest.slice(m.index + m.length);
    }
    out.push(rest);
    return out;
}
const splitSingle = (step, columns) => {
    const delimiter = param(step, 'pattern');
    const limit = intParam(step, 'limit', 1);
    return splitInto(step, columns, limit + 1, v => splitLimited(v, delimiter, limit));
};
const splitMultiple = (step, columns) => {
    const delimiters = list(step, 'patternOptions');
    const limit = intParam(step, 'limit', 1);
    const re = new RegExp(delimiters.map(escapeRegex).join('|'));
    return splitInto(step, columns, limit + 1, v => splitLimited(v, re, limit));
};
const splitFromStart = (step, columns) => {
    const position = intParam(step, 'position');
    return splitInto(step, columns, 2, v => [v.slice(0, position), v.slice(position)]);
};
const splitFromEnd = (step, columns) => {
    const position = intParam(step, 'position');
    return splitInto(step, columns, 2, v => [
        v.slice(0, Math.max(0, v.length - position)),
        v.slice(Math.max(0, v.length - position))
    ]);
};
const splitBetweenPositions = (step, columns) => {
    const start = intParam(step, 'startPosition');
    const end = intParam(step, 'endPosition');
    return splitInto(step, columns, 3, v => [v.slice(0, start), v.slice(start, end), v.slice(end)]);
};
const splitBetweenDelimiter = (step, columns) => {
    const open = param(step, 'patternOption1');
    const close = param(step, 'patternOption2');
    return splitInto(step, columns, 3, v => {
        const a = v.indexOf(open);
        if (a < 0)
            return [v, null, null];
        const b = v.indexOf(close, a + open.length);
        if (b < 0)
            return [v.slice(0, a), v.slice(a + open.length), null];
        return [v.slice(0, a), v.slice(a + open.length, b), v.slice(b + close.length)];
    });
};
const SPLIT_OPERATIONS = {
    SPLIT_COLUMN_SINGLE_DELIMITER: splitSingle,
    SPLIT_COLUMN_MULTIPLE_DELIMITER: splitMultiple,
    SPLIT_COLUMN_FROM_START: splitFromStart,
    SPLIT_COLUMN_FROM_END: splitFromEnd,
    SPLIT_COLUMN_BETWEEN_POSITIONS: splitBetweenPositions,
    SPLIT_COLUMN_BETWEEN_DELIMITER: splitBetweenDelimiter
};

;// CONCATENATED MODULE: ./src/recipe/ops/structure.ts
/** Column structure: DELETE, RENAME, DUPLICATE and MERGE. */

const deleteColumns = (step, columns) => {
    const names = sourceColumns(step, columns);
    const drop = new Set(names);
    return {
        columns: columns.filter(c => !drop.has(c.name)),
        apply: row => {
            for (const n of names)
                delete row[n];
            return row;
        }
    };
};
const rename = (step, columns) => {
    const from = param(step, 'sourceColumn');
    const to = param(step, 'targetColumn');
    requireColumn(step, columns, from);
    if (from !== to)
        requireNew(step, columns, to);
    return {
        columns: columns.map(c => (c.name === from ? { ...c, name: to } : c)),
        apply: row => {
            if (from === to)
                return row;
            row[to] = row[from] ?? null;
            delete row[from];
            return row;
        }
    };
};
const duplicate = (step, columns) => {
    const from = param(step, 'sourceColumn');
    const to = param(step, 'targetColumn');
    requireColumn(step, columns, from);
    requireNew(step, columns, to);
    const type = columns.find(c => c.name === from).type;
    return {
        columns: common_insertAfter(columns, from, [{ name: to, type }]),
        apply: row => {
            row[to] = row[from] ?? null;
            return row;
        }
    };
};
/** MERGE: the new column follows the last source column; sources stay. Missing values are skipped, not joined. */
const merge = (step, columns) => {
    const from = list(step, 'sourceColumns');
    for (const f of from)
        requireColumn(step, columns, f);
    const to = param(step, 'targetColumn');
    requireNew(step, columns, to);
    const delimiter = step.parameters.delimiter ?? '';
    return {
        columns: common_insertAfter(columns, from[from.length - 1], [{ name: to, type: 'string' }]),
        apply: row => {
            const parts = from.map(f => row[f]).filter(v => !common_missing(v));
            row[to] = parts.length === 0 ? null : parts.join(delimiter);
            return row;
        }
    };
};
const STRUCTURE_OPERATIONS = {
    DELETE: deleteColumns,
    RENAME: rename,
    DUPLICATE: duplicate,
    MERGE: merge
};

;// CONCATENATED MODULE: ./src/recipe/ops/text.ts
/** Text operations: case, REMOVE_COMBINED's cleaning and REPLACE_TEXT. */


/**
 * CAPITAL_CASE: "the first letter of each word is capitalized and the rest of the word is transformed to lowercase"
 * (recipe-actions.CAPITAL_CASE.html). A word is a run of characters between white space, as in Spark's initcap,
 * which DataBrew runs on: the word's first character is upper-cased (a digit stays as it is) and the rest
 * lower-cased, so `M1A` → `M1a`, `1ST` → `1st`, `mary-ann` → `Mary-ann`, `o'neil` → `O'neil`.
 */
function capitalCase(v) {
    return v.replace(/[^\s]+/gu, w => {
        const [first = '', ...rest] = [...w];
        return first.toUpperCase() + rest.join('').toLowerCase();
    });
}
/**
 * SENTENCE_CASE: "the first letter of each sentence is capitalized, and the rest of the sentence is transformed to
 * lowercase" (recipe-actions.SENTENCE_CASE.html, example `The quick brown fox. Jumped over. The fence`). A sentence
 * starts the value or follows `.`, `!` or `?` and white space.
 */
function sentenceCase(v) {
    return v
        .toLowerCase()
        .replace(/(^|[.!?]\s+)(\P{L}*?)(\p{L})/gu, (_m, end, lead, letter) => {
        return end + lead + letter.toUpperCase();
    });
}
// REMOVE_COMBINED's character sets are the page's own (recipe-actions.REMOVE_COMBINED.html), not Unicode classes:
// punctuation is `. ! , ?`, letters A–Z and a–z, numbers 0–9, special characters the ASCII list below.
const PUNCT = /[.!,?]/g;
const EDGE_PUNCT = /^[.!,?]+|[.!,?]+$/g;
const QUOTES = /["'`\u2018\u2019\u201C\u201D]/g;
const EDGE_QUOTES = /^["'`\u2018\u2019\u201C\u201D]+|["'`\u2018\u2019\u201C\u201D]+$/g;
// Special characters: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~ (the page's list).
const SPECIAL = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/**
 * REMOVE_COMBINED. Order: custom value, custom characters, letters, numbers, punctuation/quotes/special
 * characters, then whitespace — so removing punctuation cannot leave whitespace that a later trim misses.
 */
const removeCombined = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const fs = [];
    if (common_flag(step, 'removeCustomValue') && step.parameters.customValue) {
        const re = new RegExp(escapeRegex(step.parameters.customValue), 'g');
        fs.push(v => v.replace(re, ''));
    }
    if (common_flag(step, 'removeCustomCharacters') && step.parameters.customCharacters) {
        const re = new RegExp(`[${escapeRegex(step.parameters.customCharacters)}]`, 'gu');
        fs.push(v => v.replace(re, ''));
    }
    if (common_flag(step, 'removeLetters'))
        fs.push(v => v.replace(/[A-Za-z]/g, ''));
    if (common_flag(step, 'removeNumbers'))
        fs.push(v => v.replace(/[0-9]/g, ''));
    if (common_flag(step, 'removeSpecialCharacters'))
        fs.push(v => v.replace(SPECIAL, ''));
    if (common_flag(step, 'removeAllPunctuation'))
        fs.push(v => v.replace(PUNCT, ''));
    if (common_flag(step, 'removeLeadingAndTrailingPunctuation'))
        fs.push(v => v.trim().replace(EDGE_PUNCT, ''));
    if (common_flag(step, 'removeAllQuotes'))
        fs.push(v => v.replace(QUOTES, ''));
    if (common_flag(step, 'removeLeadingAndTrailingQuotes'))
        fs.push(v => v.trim().replace(EDGE_QUOTES, ''));
    if (common_flag(step, 'removeAllWhitespace'))
        fs.push(v => v.replace(/\s+/gu, ''));
    if (common_flag(step, 'collapseConsecutiveWhitespace'))
        fs.push(v => v.replace(/\s+/gu, ' '));
    if (common_flag(step, 'removeLeadingAndTrailingWhitespace'))
        fs.push(v => v.trim());
    return common_inPlace(columns, cols, v => fs.reduce((acc, f) => f(acc), v));
};
/**
 * REPLACE_TEXT: `pattern` is a Java regular expression (DataBrew); `value` uses Java's replacement syntax ($n, \$).
 * Assumed from the parameter names and DataBrew's Java runtime: the reference does not spell the dialect out.
 */
const replaceText = (step, columns) => {
    const cols = sourceColumns(step, columns);
    let re;
    let replacement;
    try {
        re = compilePattern(param(step, 'pattern'), 'REPLACE_TEXT pattern');
        replacement = javaReplacement(step.parameters.value ?? '', groupCount(re));
    }
    catch (err) {
        if (!(err instanceof PatternError))
            throw err;
        throw new StepError(step, err.message);
    }
    return common_inPlace(columns, cols, v => re.replaceAll(v, replacement));
};
const TEXT_OPERATIONS = {
    LOWER_CASE: (s, c) => common_inPlace(c, sourceColumns(s, c), v => v.toLowerCase()),
    UPPER_CASE: (s, c) => common_inPlace(c, sourceColumns(s, c), v => v.toUpperCase()),
    CAPITAL_CASE: (s, c) => common_inPlace(c, sourceColumns(s, c), capitalCase),
    SENTENCE_CASE: (s, c) => common_inPlace(c, sourceColumns(s, c), sentenceCase),
    REMOVE_COMBINED: removeCombined,
    REPLACE_TEXT: replaceText
};

;// CONCATENATED MODULE: ./src/recipe/ops/types.ts

const types_TYPES = {
    string: 'string',
    integer: 'integer',
    int: 'integer',
    long: 'integer',
    bigint: 'integer',
    double: 'double',
    float: 'double',
    decimal: 'double',
    boolean: 'boolean',
    date: 'date',
    timestamp: 'timestamp'
};
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** CHANGE_DATA_TYPE: values that cannot be converted become NULL (DataBrew's documented behaviour). */
const changeDataType = (step, columns) => {
    const from = param(step, 'sourceColumn');
    requireColumn(step, columns, from);
    const raw = param(step, 'columnDataType');
    const type = types_TYPES[raw.toLowerCase()];
    if (!type)
        throw new UnsupportedOperation(step, `CHANGE_DATA_TYPE to '${raw}' cannot run locally (supported: ${Object.keys(types_TYPES).join(', ')})`);
    const convert = type === 'integer'
        ? v => /^\s*[+-]?\d+\s*$/.test(v)
            ? String(BigInt(v.trim()))
            : /^\s*[+-]?\d+\.0*\s*$/.test(v)
                ? String(BigInt(v.trim().split('.')[0]))
                : null
        : type === 'double'
            ? v => (v.trim() !== '' && Number.isFinite(Number(v)) ? String(Number(v)) : null)
            : type === 'boolean'
                ? v => /^(true|1|yes|y|t)$/i.test(v.trim())
                    ? 'true'
                    : /^(false|0|no|n|f)$/i.test(v.trim())
                        ? 'false'
                        : null
                : type === 'date'
                    ? v => {
                        const t = v.trim();
                        if (DATE.test(t))
                            return Number.isNaN(Date.parse(t)) ? null : t;
                        const d = new Date(t);
                        return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
                    }
                    : type === 'timestamp'
                        ? v => {
                            const d = new Date(v.trim());
                            return Number.isNaN(d.getTime()) ? null : d.toISOString();
                        }
                        : v => v;
    return {
        columns: columns.map(c => (c.name === from ? { ...c, type } : c)),
        apply: row => {
            const v = row[from];
            row[from] = common_missing(v) ? null : convert(v);
            return row;
        }
    };
};
const TYPE_OPERATIONS = {
    CHANGE_DATA_TYPE: changeDataType
};

;// CONCATENATED MODULE: ./src/recipe/operations.ts
/**
 * The operations the local engine runs, each compiled once per step into a row function. Semantics follow the
 * DataBrew recipe actions reference; where the reference is silent the choice is written next to the code.
 * Values are text (or null = missing); CHANGE_DATA_TYPE records the column type for the writer.
 * Each family lives in its own module under ops/; this is the registry.
 */



















const OPERATIONS = {
    ...TEXT_OPERATIONS,
    ...PII_OPERATIONS,
    ...STRUCTURE_OPERATIONS,
    ...SPLIT_OPERATIONS,
    ...TYPE_OPERATIONS,
    ...FILL_OPERATIONS,
    ...MASK_OPERATIONS,
    ...MATH_OPERATIONS,
    ...DATE_OPERATIONS,
    ...PATTERN_OPERATIONS,
    ...MAPPING_OPERATIONS,
    ...ROW_OPERATIONS,
    ...SORT_OPERATIONS,
    ...EXTRACT_VALUE_OPERATIONS,
    ...GROUP_OPERATIONS,
    ...CASE_OPERATIONS,
    ...JOIN_OPERATIONS
};
const SUPPORTED_OPERATIONS = Object.keys(OPERATIONS);

;// CONCATENATED MODULE: ./src/recipe/engine.ts
/**
 * The local recipe engine: compiles a DataBrew recipe into row functions and streams a table through them, batch by
 * batch, so memory does not grow with the input (except for what an operation must remember: the values seen by
 * REMOVE_DUPLICATES, the numbers of FILL_WITH_MEDIAN). Steps with ConditionExpressions apply only to the rows the
 * conditions select. An operation this engine cannot run stops the run with its step number: never skipped.
 */



class RecipeCompileError extends Error {
    problems;
    constructor(problems) {
        super(problems.map(p => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('; '));
        this.problems = problems;
    }
}
function problemAt(recipe, step, message) {
    return {
        file: recipe.file,
        line: step.location.line,
        column: step.location.column,
        step: step.number,
        message,
        severity: 'error'
    };
}
/** Compiles every step against the columns it will see; collects every problem before failing. */
function compileRecipe(recipe, input, options = {}) {
    const problems = [];
    let columns = input;
    const steps = [];
    for (const step of recipe.steps) {
        const compile = OPERATIONS[step.operation];
        if (!compile) {
            problems.push(problemAt(recipe, step, `step ${step.number}: operation ${step.operation} cannot run in the local engine (it runs in DataBrew only)`));
            continue;
        }
        try {
            const when = compileConditions(step.conditions, columns);
            for (const c of step.conditions) {
                if (!columns.some(col => col.name === c.targetColumn)) {
                    throw new StepError(step, `condition ${c.condition} targets column '${c.targetColumn}', which does not exist at this step`);
                }
            }
            const compiled = compile(step, columns.map(c => ({ ...c })), options);
            if (compiled.table && when)
                throw new StepError(step, `${step.operation} applies to the whole table: ConditionExpressions cannot select rows for it`);
            steps.push({ step, compiled, when });
            columns = compiled.columns;
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            const prefix = err instanceof UnsupportedOperation ? 'cannot run locally: ' : '';
            problems.push(problemAt(recipe, step, `step ${step.number} (${step.operation}): ${prefix}${message}`));
        }
    }
    if (problems.length > 0)
        throw new RecipeCompileError(problems);
    return { input, output: columns, steps };
}
function applyStep(s, row) {
    if (s.when && !s.when(row))
        return row;
    return s.compiled.apply(row);
}
/** Runs rows through steps [0, upTo). */
function through(recipe, row, upTo) {
    let r = row;
    for (let i = 0; i < upTo && r; i++)
        r = applyStep(recipe.steps[i], r);
    return r;
}
/** Runs one row through the whole recipe (row-local steps only: see src/recipe/parallel.ts). */
function throughAll(recipe, row) {
    return through(recipe, row, recipe.steps.length);
}
/**
 * Streams the reader through the recipe into the writer. `reopen` gives a fresh reader of the same input for the
 * first passes that aggregate fills need. The writer is aborted (no partial output) on any failure.
 */
async function runCompiled(compiled, reader, writer, reopen) {
    try {
        const firstTable = compiled.steps.findIndex(s => s.compiled.table);
        // Statistics of steps after a whole-table step are taken from the held rows (finishFrom).
        const streamed = firstTable >= 0 ? firstTable : compiled.steps.length;
        for (let i = 0; i < streamed; i++) {
            const stats = compiled.steps[i].compiled.stats;
            if (!stats)
                continue;
            if (!reopen)
                throw new Error(`step ${compiled.steps[i].step.number} needs a first pass over the input, which this input cannot give`);
            const pass = await reopen();
            try {
                for await (const batch of pass.batches()) {
                    for (const row of batch) {
                        const r = through(compiled, row, i);
                        if (r && (!compiled.steps[i].when || compiled.steps[i].when(r)))
                            stats.collect(r[stats.column] ?? null);
                    }
                }
            }
            finally {
                await pass.close();
            }
            stats.done();
        }
        let rowsIn = 0;
        let rowsOut = 0;
        const n = compiled.steps.length;
        if (firstTable >= 0) {
            // A whole-table step (SHUFFLE_ROWS) needs every row that reaches it: hold them, then stream the rest.
            const held = [];
            for await (const batch of reader.batches()) {
                rowsIn += batch.length;
                for (const row of batch) {
                    const r = through(compiled, row, firstTable);
                    if (r)
                        held.push(r);
                }
            }
            const out = finishFrom(compiled, held, firstTable);
            for (let i = 0; i < out.length; i += 10_000)
                await writer.write(out.slice(i, i + 10_000));
            await writer.close();
            return { rowsIn, rowsOut: out.length };
        }
        for await (const batch of reader.batches()) {
            rowsIn += batch.length;
            const out = [];
            for (const row of batch) {
                const r = through(compiled, row, n);
                if (r)
                    out.push(r);
            }
            rowsOut += out.length;
            if (out.length > 0)
                await writer.write(out);
        }
        await writer.close();
        return { rowsIn, rowsOut };
    }
    catch (err) {
        await writer.abort();
        throw err;
    }
    finally {
        await reader.close();
    }
}
/** Runs every row that reached step `from` through the rest of the recipe, whole-table steps included. */
function finishFrom(compiled, rows, from) {
    let current = rows;
    for (let i = from; i < compiled.steps.length; i++) {
        const s = compiled.steps[i];
        const stats = s.compiled.stats;
        if (stats) {
            for (const row of current)
                if (!s.when || s.when(row))
                    stats.collect(row[stats.column] ?? null);
            stats.done();
        }
        if (s.compiled.table) {
            current = s.compiled.table(current);
            continue;
        }
        const next = [];
        for (const row of current) {
            const r = applyStep(s, row);
            if (r)
                next.push(r);
        }
        current = next;
    }
    return current;
}
/** Runs a recipe over in-memory rows (previews, tests). */
function runRows(compiled, rows) {
    return finishFrom(compiled, rows.map(row => Object.assign(newRow(), row)), 0);
}

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
function validate_summary_cell(value, masked) {
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
        lines.push(`| ${columns.map(c => validate_summary_cell(row[c] ?? null, masked(c, row[c] ?? null))).join(' | ')} |`);
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

// EXTERNAL MODULE: ./src/jobs/expand-files.ts + 3 modules
var expand_files = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/jobs/upload-job.ts + 10 modules
var upload_job = __webpack_require__(9817);
;// CONCATENATED MODULE: ./src/cleanrooms/contract-model.ts
const AGGREGATE_FUNCTIONS = ['SUM', 'SUM_DISTINCT', 'COUNT', 'COUNT_DISTINCT', 'AVG'];
const SCALAR_FUNCTIONS = [
    'ABS',
    'CAST',
    'CEILING',
    'COALESCE',
    'CONVERT',
    'CURRENT_DATE',
    'DATEADD',
    'EXTRACT',
    'FLOOR',
    'GETDATE',
    'LN',
    'LOG',
    'LOWER',
    'ROUND',
    'RTRIM',
    'SQRT',
    'SUBSTRING',
    'TO_CHAR',
    'TO_DATE',
    'TO_NUMBER',
    'TO_TIMESTAMP',
    'TRIM',
    'TRUNC',
    'UPPER'
];

;// CONCATENATED MODULE: ./src/cleanrooms/yaml-fields.ts
/**
 * Typed reads of a YAML mapping that report every problem at its node (file:line:col): the contract's fields, each
 * checked against the Clean Rooms API's rules by its caller.
 */

/** A Clean Rooms analysis-rule column name (the API admits inner spaces and hyphens; this pipeline never makes them). */
const COLUMN = /^[a-z0-9_]{1,127}$/;
class YamlFields {
    source;
    constructor(source) {
        this.source = source;
    }
    add(node, message) {
        this.source.add(node, message);
    }
    where(node) {
        return this.source.where(node);
    }
    get(map, key) {
        return map.get(key, true);
    }
    unknownKeys(map, allowed, what) {
        for (const pair of map.items) {
            const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : '';
            if (!allowed.includes(key))
                this.add(pair.key, `${what} has no key '${key}' (known: ${allowed.join(', ')})`);
        }
    }
    text(map, key, what, required) {
        const node = this.get(map, key);
        if (node === undefined) {
            if (required)
                this.add(map, `${what} needs ${key}`);
            return undefined;
        }
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value.trim() === '') {
            this.add(node, `${what}.${key} must be a non-empty text`);
            return undefined;
        }
        return node.value;
    }
    list(map, key, what, o) {
        const node = this.get(map, key);
        if (node === undefined) {
            if (o.required)
                this.add(map, `${what} needs ${key} (a list)`);
            return [];
        }
        if (!(0,dist/* isSeq */.oP)(node)) {
            this.add(node, `${what}.${key} must be a list`);
            return [];
        }
        if (o.min !== undefined && node.items.length < o.min)
            this.add(node, `${what}.${key} needs at least ${o.min} item(s)`);
        return node.items;
    }
    columns(map, key, what, o) {
        const out = [];
        for (const item of this.list(map, key, what, o)) {
            const name = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
            if (!COLUMN.test(name)) {
                this.add(item, `${what}.${key}: '${name}' is not a Clean Rooms column name (1-127 of a-z, 0-9, _): rename it in the recipe (RENAME step)`);
                continue;
            }
            if (out.some(c => c.name === name))
                this.add(item, `${what}.${key} names ${name} twice`);
            out.push({ name, location: this.where(item) });
        }
        return out;
    }
    words(map, key, what, allowed, o) {
        const out = [];
        const items = this.list(map, key, what, { required: o.required });
        if (o.max !== undefined && items.length > o.max)
            this.add(this.get(map, key), `${what}.${key} has at most ${o.max} item(s)`);
        for (const item of items) {
            const v = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
            if (!allowed.includes(v))
                this.add(item, `${what}.${key}: '${v}' is not one of ${allowed.join(', ')}`);
            else
                out.push(v);
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/cleanrooms/contract-rules.ts
/** The analysis rule of a contract: AGGREGATION, LIST or CUSTOM, read and checked against the Clean Rooms API. */



const JOIN_OPERATORS = ['OR', 'AND'];
const ANALYSIS_TEMPLATE_ARN = /^arn:aws[a-z-]*:cleanrooms:[a-z0-9-]+:\d{12}:membership\/[0-9a-f-]+\/analysistemplate\/[0-9a-f-]+$/;
const WHAT = 'analysisRule';
const RULE_KEYS = {
    AGGREGATION: [
        'type',
        'joinColumns',
        'dimensionColumns',
        'aggregateColumns',
        'scalarFunctions',
        'outputConstraints',
        'allowedJoinOperators',
        'joinRequired'
    ],
    LIST: ['type', 'joinColumns', 'listColumns', 'allowedJoinOperators'],
    CUSTOM: ['type', 'allowedAnalyses', 'allowedAnalysisProviders']
};
/** The rule under `analysisRule`, or undefined (with the problems reported) when it cannot be read. */
function readRule(ruleNode, f) {
    const type = f.text(ruleNode, 'type', WHAT, true);
    if (!type)
        return undefined;
    if (!(type in RULE_KEYS)) {
        f.add(f.get(ruleNode, 'type'), `analysisRule.type '${type}' is not AGGREGATION, LIST or CUSTOM`);
        return undefined;
    }
    f.unknownKeys(ruleNode, RULE_KEYS[type], `an ${type} rule`);
    if (type === 'AGGREGATION')
        return aggregationRule(ruleNode, f);
    if (type === 'LIST')
        return listRule(ruleNode, f);
    return customRule(ruleNode, f);
}
function joinOperators(ruleNode, f) {
    return f.get(ruleNode, 'allowedJoinOperators')
        ? f.words(ruleNode, 'allowedJoinOperators', WHAT, JOIN_OPERATORS, { required: false, max: 2 })
        : undefined;
}
function aggregationRule(ruleNode, f) {
    const rule = {
        type: 'AGGREGATION',
        joinColumns: f.columns(ruleNode, 'joinColumns', WHAT, { required: true }),
        dimensionColumns: f.columns(ruleNode, 'dimensionColumns', WHAT, { required: true }),
        aggregateColumns: f
            .list(ruleNode, 'aggregateColumns', WHAT, { required: true, min: 1 })
            .flatMap(item => aggregateColumn(item, f)),
        scalarFunctions: f.words(ruleNode, 'scalarFunctions', WHAT, SCALAR_FUNCTIONS, { required: true }),
        outputConstraints: f
            .list(ruleNode, 'outputConstraints', WHAT, { required: true, min: 1 })
            .flatMap(item => outputConstraint(item, f)),
        allowedJoinOperators: joinOperators(ruleNode, f),
        joinRequired: f.text(ruleNode, 'joinRequired', WHAT, false)
    };
    if (rule.joinRequired !== undefined && rule.joinRequired !== 'QUERY_RUNNER')
        f.add(f.get(ruleNode, 'joinRequired'), `analysisRule.joinRequired '${rule.joinRequired}' is not QUERY_RUNNER`);
    return rule;
}
function aggregateColumn(item, f) {
    if (!(0,dist/* isMap */.jh)(item)) {
        f.add(item, 'analysisRule.aggregateColumns: each is { columnNames: [...], function: ... }');
        return [];
    }
    const fn = f.text(item, 'function', 'an aggregate column', true) ?? '';
    if (fn && !AGGREGATE_FUNCTIONS.includes(fn))
        f.add(f.get(item, 'function'), `aggregate function '${fn}' is not one of ${AGGREGATE_FUNCTIONS.join(', ')}`);
    return [
        {
            columnNames: f.columns(item, 'columnNames', 'an aggregate column', { required: true, min: 1 }),
            function: fn
        }
    ];
}
function outputConstraint(item, f) {
    if (!(0,dist/* isMap */.jh)(item)) {
        f.add(item, 'analysisRule.outputConstraints: each is { columnName, minimum, type: COUNT_DISTINCT }');
        return [];
    }
    const columnNode = f.get(item, 'columnName');
    const column = (0,dist/* isScalar */.jn)(columnNode) ? String(columnNode.value) : '';
    const minimumNode = f.get(item, 'minimum');
    const minimum = (0,dist/* isScalar */.jn)(minimumNode) ? Number(minimumNode.value) : NaN;
    if (!Number.isInteger(minimum) || minimum < 2 || minimum > 100_000)
        f.add(minimumNode ?? item, 'an output constraint needs minimum: a whole number from 2 to 100000');
    const t = f.text(item, 'type', 'an output constraint', true) ?? '';
    if (t && t !== 'COUNT_DISTINCT')
        f.add(f.get(item, 'type'), `output constraint type '${t}' is not COUNT_DISTINCT`);
    if (!COLUMN.test(column))
        f.add(columnNode ?? item, 'an output constraint needs columnName: a column name');
    return [{ column: { name: column, location: f.where(columnNode ?? item) }, minimum, type: t }];
}
function listRule(ruleNode, f) {
    return {
        type: 'LIST',
        joinColumns: f.columns(ruleNode, 'joinColumns', WHAT, { required: true, min: 1 }),
        listColumns: f.columns(ruleNode, 'listColumns', WHAT, { required: true, min: 1 }),
        allowedJoinOperators: joinOperators(ruleNode, f)
    };
}
function customRule(ruleNode, f) {
    const analyses = f.list(ruleNode, 'allowedAnalyses', WHAT, { required: true, min: 1 }).map(item => {
        const v = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
        if (v !== 'ANY_QUERY' && !ANALYSIS_TEMPLATE_ARN.test(v))
            f.add(item, `analysisRule.allowedAnalyses: '${v}' is neither ANY_QUERY nor an analysis template ARN`);
        return v;
    });
    const providers = f.list(ruleNode, 'allowedAnalysisProviders', WHAT, { required: false }).map(item => {
        const v = (0,dist/* isScalar */.jn)(item) ? String(item.value) : '';
        if (!/^\d{12}$/.test(v))
            f.add(item, `analysisRule.allowedAnalysisProviders: '${v}' is not an AWS account id`);
        return v;
    });
    return {
        type: 'CUSTOM',
        allowedAnalyses: analyses,
        ...(providers.length ? { allowedAnalysisProviders: providers } : {})
    };
}
/** Columns the rule names must be allowed columns, and a join column is never output (dimension or list) too. */
function checkRuleColumns(rule, allowedColumns, file) {
    const problems = [];
    const at = (c, message) => problems.push({ file, ...c.location, severity: 'error', message });
    const allowed = new Set(allowedColumns.map(c => c.name));
    const mustBeAllowed = (role) => (c) => {
        if (!allowed.has(c.name))
            at(c, `${role} ${c.name} is not in configuredTable.allowedColumns: add it there or remove it here`);
    };
    const neverOutput = (joinColumns, output, role) => {
        const joins = new Set(joinColumns.map(c => c.name));
        for (const c of output)
            if (joins.has(c.name))
                at(c, `${c.name} is a join column, which Clean Rooms never outputs: it cannot be a ${role} column too`);
    };
    if (rule.type === 'AGGREGATION') {
        rule.joinColumns.forEach(mustBeAllowed('join column'));
        rule.dimensionColumns.forEach(mustBeAllowed('dimension column'));
        rule.aggregateColumns.forEach(a => a.columnNames.forEach(mustBeAllowed('aggregate column')));
        rule.outputConstraints.forEach(o => mustBeAllowed('output constraint column')(o.column));
        neverOutput(rule.joinColumns, rule.dimensionColumns, 'dimension');
    }
    else if (rule.type === 'LIST') {
        rule.joinColumns.forEach(mustBeAllowed('join column'));
        rule.listColumns.forEach(mustBeAllowed('list column'));
        neverOutput(rule.joinColumns, rule.listColumns, 'list');
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/cleanrooms/contract.ts
/**
 * The collaboration contract (cleanrooms.yml): the Clean Rooms configured table over the pipeline's output table —
 * its name, description, allowed columns and analysis rule — kept in the repository, checked on every pull request
 * and copied into the stack (infra/template.yaml's ConfiguredTable, which a test keeps equal to infra/cleanrooms.yml).
 *
 * The rules checked here are the Clean Rooms API's own (API Reference: CreateConfiguredTable, AnalysisRuleAggregation,
 * AnalysisRuleList, AnalysisRuleCustom, AggregateColumn, AggregationConstraint; read 2026-11), so that a contract
 * that passes here is one the API accepts:
 * - analysis rule columns: 1–127 characters of [a-z0-9_] (the API's pattern also admits inner spaces and hyphens,
 *   which Glue/Clean Rooms column names from this pipeline never have, so they are refused here);
 * - aggregation: aggregateColumns (≥ 1, functions SUM, SUM_DISTINCT, COUNT, COUNT_DISTINCT, AVG), joinColumns,
 *   dimensionColumns, scalarFunctions (the API's list), outputConstraints (≥ 1, type COUNT_DISTINCT, minimum 2 or
 *   more), allowedJoinOperators (OR, AND; at most 2), joinRequired (QUERY_RUNNER). Join columns "can never be outputted
 *   directly", so one may not also be a dimension column;
 * - list: joinColumns (≥ 1) and listColumns, allowedJoinOperators; a join column is not listed;
 * - custom: allowedAnalyses (≥ 1: analysis template ARNs or ANY_QUERY), allowedAnalysisProviders (account ids);
 * - every column a rule names is an allowed column; the configured table allows 1–100 columns.
 * Every problem is reported at once, with file:line:col, like recipe problems.
 */





const MEMBERSHIP_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const contract_TOP_KEYS = ['version', 'revision', 'recipe', 'configuredTable', 'analysisRule', 'membershipId'];
const TABLE_KEYS = ['name', 'description', 'allowedColumns'];
function parseContract(text, file) {
    const source = readYamlSource(text, file);
    const { doc, problems, where, add } = source;
    if (problems.length)
        return { problems };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        add(root, 'a collaboration contract is a mapping with version, configuredTable and analysisRule (see examples/cleanrooms.yml)');
        return { problems };
    }
    const f = new YamlFields(source);
    const header = readHeader(root, f);
    const tableNode = f.get(root, 'configuredTable');
    const table = (0,dist/* isMap */.jh)(tableNode) ? readTable(tableNode, f) : undefined;
    if (!table)
        add(tableNode ?? root, 'the contract needs configuredTable: { name, description, allowedColumns }');
    const ruleNode = f.get(root, 'analysisRule');
    const rule = (0,dist/* isMap */.jh)(ruleNode) ? readRule(ruleNode, f) : undefined;
    if (!(0,dist/* isMap */.jh)(ruleNode))
        add(ruleNode ?? root, 'the contract needs analysisRule: { type: AGGREGATION | LIST | CUSTOM, … }');
    if (rule)
        problems.push(...checkRuleColumns(rule, table?.allowedColumns ?? [], file));
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    if (problems.length || !rule || !table)
        return { problems };
    return {
        contract: {
            file,
            recipe: header.recipe,
            name: table.name,
            description: table.description,
            allowedColumns: table.allowedColumns,
            rule,
            ...(header.membershipId ? { membershipId: header.membershipId } : {}),
            revision: header.revision,
            at: { root: where(root), table: where(tableNode), rule: where(ruleNode) }
        },
        problems
    };
}
/** version, revision, recipe and membershipId. */
function readHeader(root, f) {
    f.unknownKeys(root, contract_TOP_KEYS, 'the contract');
    const version = f.get(root, 'version');
    if (!(0,dist/* isScalar */.jn)(version) || version.value !== 1)
        f.add(version ?? root, 'the contract needs version: 1');
    const revisionNode = f.get(root, 'revision');
    const revision = revisionNode === undefined ? 1 : (0,dist/* isScalar */.jn)(revisionNode) ? Number(revisionNode.value) : NaN;
    if (!Number.isSafeInteger(revision) || revision < 1)
        f.add(revisionNode, "revision must be a whole number from 1 (raise it with a change that breaks partners' queries)");
    const recipe = f.text(root, 'recipe', 'the contract', false);
    const membershipId = f.text(root, 'membershipId', 'the contract', false);
    if (membershipId !== undefined && !MEMBERSHIP_ID.test(membershipId)) {
        f.add(f.get(root, 'membershipId'), `membershipId '${membershipId}' is not a membership id (a UUID from the Clean Rooms console)`);
    }
    return { revision, recipe, membershipId };
}
/** configuredTable: name (1-100), description (up to 255) and 1-100 allowed columns, as CreateConfiguredTable takes. */
function readTable(table, f) {
    f.unknownKeys(table, TABLE_KEYS, 'configuredTable');
    const name = f.text(table, 'name', 'configuredTable', true) ?? '';
    if (name.length > 100)
        f.add(f.get(table, 'name'), 'configuredTable.name is longer than 100 characters');
    const description = f.text(table, 'description', 'configuredTable', false);
    if (description && description.length > 255)
        f.add(f.get(table, 'description'), 'configuredTable.description is longer than 255 characters');
    const allowedColumns = f.columns(table, 'allowedColumns', 'configuredTable', { required: true, min: 1 });
    if (allowedColumns.length > 100)
        f.add(f.get(table, 'allowedColumns'), 'configuredTable.allowedColumns has more than 100 columns');
    return { name, description, allowedColumns };
}
/** The columns of a rule by role: what the summary's table and the policy check read. */
function columnRoles(contract) {
    const roles = new Map(contract.allowedColumns.map(c => [c.name, []]));
    const tag = (name, role) => roles.get(name)?.push(role);
    const r = contract.rule;
    if (r.type === 'AGGREGATION') {
        r.joinColumns.forEach(c => tag(c.name, 'join'));
        r.dimensionColumns.forEach(c => tag(c.name, 'dimension'));
        r.aggregateColumns.forEach(a => a.columnNames.forEach(c => tag(c.name, `aggregate (${a.function})`)));
    }
    else if (r.type === 'LIST') {
        r.joinColumns.forEach(c => tag(c.name, 'join'));
        r.listColumns.forEach(c => tag(c.name, 'list'));
    }
    else
        for (const c of contract.allowedColumns)
            tag(c.name, 'custom analyses');
    return roles;
}

;// CONCATENATED MODULE: ./src/cleanrooms/check.ts



/** The columns a recipe's CRYPTOGRAPHIC_HASH steps hash, with the algorithm each uses. */
function hashedColumns(recipe) {
    const out = new Map();
    for (const step of recipe.steps) {
        if (step.operation !== 'CRYPTOGRAPHIC_HASH')
            continue;
        // The step's input columns, as the catalog names them (sourceColumns list or sourceColumn).
        for (const n of stepColumns(step, 'input'))
            out.set(n, step.parameters.algorithm ?? DEFAULT_HASH_ALGORITHM);
    }
    return out;
}
function checkContract(contract, o) {
    const problems = [];
    const add = (c, message) => problems.push({ file: contract.file, ...c.location, message, severity: 'error' });
    if (o.outputColumns) {
        const output = new Set(o.outputColumns);
        for (const c of contract.allowedColumns) {
            if (!output.has(c.name))
                add(c, `allowed column ${c.name} is not in the recipe's output (${o.outputColumns.join(', ')}): the configured table can only allow the table's columns`);
        }
    }
    const hashed = o.recipe ? hashedColumns(o.recipe) : new Map();
    const pii = new Map((o.policy?.columns ?? []).map(c => [c.name, c.kind]));
    const roles = columnRoles(contract);
    const r = contract.rule;
    const joinColumns = r.type === 'CUSTOM' ? [] : r.joinColumns;
    const exposed = r.type === 'AGGREGATION' ? r.dimensionColumns : r.type === 'LIST' ? r.listColumns : [];
    if (o.recipe) {
        for (const j of joinColumns) {
            const algorithm = hashed.get(j.name);
            if (!algorithm)
                add(j, `join column ${j.name} is not hashed by the recipe (CRYPTOGRAPHIC_HASH): partners would join on the raw value`);
            else if (o.policy && algorithm !== o.policy.hash.algorithm)
                add(j, `join column ${j.name} is hashed with ${algorithm}, not the policy's ${o.policy.hash.algorithm}: partners' tokens would not match`);
        }
    }
    for (const e of exposed) {
        const kind = pii.get(e.name);
        if (kind)
            add(e, `${e.name} is PII (${kind} in the policy) and the rule outputs it as a ${r.type === 'LIST' ? 'list' : 'dimension'} column: make it a join column, or remove it`);
    }
    const table = [...roles].map(([column, columnRolesOf]) => {
        const algorithm = hashed.get(column);
        const kind = pii.get(column);
        const protection = algorithm
            ? `hashed (${algorithm}${o.policy?.hash.secretId ? `, key ${o.policy.hash.secretId}` : ''})`
            : kind
                ? `PII (${kind}), not hashed`
                : columnRolesOf.some(x => x.startsWith('join'))
                    ? 'never output (join only)'
                    : columnRolesOf.length === 0
                        ? 'allowed, not usable by this rule'
                        : 'output as is';
        return { column, roles: columnRolesOf, protection };
    });
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { problems, table };
}

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
        const compiled = compileRecipe(recipe, columns.map(name => ({ name, type: 'string' })), { hashKey: (0,external_node_crypto_.randomBytes)(32) });
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
    const contract = parseContract(text, file).contract;
    if (!contract)
        return undefined;
    let types;
    if (contract.recipe && sampleColumns) {
        const recipeText = await baseVersion(ctx.env, ctx.cwd, contract.recipe);
        const recipe = recipeText === undefined ? undefined : parseRecipe(recipeText, contract.recipe).recipe;
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
    const text = await readText(external_node_path_default().resolve(ctx.cwd, file), 'contract');
    const parsed = parseContract(text, file);
    const c = parsed.contract;
    if (!c)
        return { problems: parsed.problems, report: { file, problems: parsed.problems.length, table: [] } };
    // The contract's recipe, followed through its steps on the sample's columns when there is a sample.
    let recipe;
    let outputColumns;
    let types;
    if (c.recipe) {
        const recipeText = await readText(external_node_path_default().resolve(ctx.cwd, c.recipe), 'recipe');
        recipe = parseRecipe(recipeText, c.recipe).recipe;
        if (recipe && o.sampleColumns) {
            outputColumns = checkColumns(recipe, o.sampleColumns).output;
            types = outputTypes(recipe, o.sampleColumns);
        }
    }
    const checked = checkContract(c, { recipe, outputColumns, policy: o.policy });
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
    const format = formatOf(file);
    if (!format)
        throw new Error(`sample-data ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    const reader = await openReader(file, format).catch((err) => {
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
        const loaded = await loadPolicy(external_node_path_default().resolve(cwd, policyFile));
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
    const text = await readText(file.path, 'recipe');
    const checked = checkRecipeText(text, file.name, { policy: o.policy, columns: sample?.columns });
    const report = { file: file.name, problems: checked.problems, schema: checked.output };
    const base = await baseVersion(ctx.env, ctx.cwd, file.name);
    if (base !== undefined && sample) {
        const old = parseRecipe(base, file.name).recipe;
        if (old)
            report.baseSchema = checkColumns(old, sample.columns).output;
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
        const { compiled, after } = withinBudget(() => {
            const compiled = compileRecipe(recipe, sample.columns.map(name => ({ name, type: 'string' })), { hashKey: previewKey });
            return { compiled, after: runRows(compiled, sample.rows) };
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
        if (!(err instanceof PatternBudgetError))
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
