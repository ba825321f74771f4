export const id = 227;
export const ids = [227];
export const modules = {

/***/ 9500:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  be: () => (/* binding */ formatOf),
  cE: () => (/* binding */ openReader),
  Kn: () => (/* binding */ openWriter)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: ./src/formats/table.ts
var table = __webpack_require__(9924);
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
    constructor(path) {
        this.path = path;
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
    constructor(delimiter = ',') {
        this.delimiter = delimiter;
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
    const toRow = (record, line) => {
        if (record.length > names.length) {
            throw new Error(`${path}:${line}: ${record.length} fields, the header has ${names.length}`);
        }
        const row = (0,table/* newRow */.Pg)();
        for (let c = 0; c < names.length; c++)
            row[names[c]] = record[c] ?? null;
        return row;
    };
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
                while (batch.length >= table/* BATCH_ROWS */.B8)
                    yield batch.splice(0, table/* BATCH_ROWS */.B8);
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
async function openCsvWriter(path, columns) {
    // 0600: the output of a recipe run can hold plaintext PII.
    const out = (0,external_node_fs_.createWriteStream)(path, { flags: 'w', mode: 0o600 });
    const names = columns.map(c => c.name);
    const write = async (text) => {
        if (!out.write(text))
            await (0,external_node_events_.once)(out, 'drain');
    };
    await write(names.map(csvField).join(',') + '\n');
    return {
        async write(rows) {
            let text = '';
            for (const row of rows)
                text += names.map(n => csvField((0,table/* cell */.Hn)(row, n))).join(',') + '\n';
            await write(text);
        },
        async close() {
            out.end();
            await (0,external_node_events_.once)(out, 'finish');
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
            await (0,promises_.rm)(path, { force: true });
        }
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
        const row = (0,table/* newRow */.Pg)();
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
                if (batch.length >= table/* BATCH_ROWS */.B8) {
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
async function openJsonlWriter(path, columns) {
    // 0600: the output of a recipe run can hold plaintext PII.
    const out = (0,external_node_fs_.createWriteStream)(path, { flags: 'w', mode: 0o600 });
    return {
        async write(rows) {
            let chunk = '';
            for (const row of rows) {
                // No prototype, so a `__proto__` column is an own key JSON.stringify writes, not a prototype change.
                const o = Object.create(null);
                for (const c of columns)
                    o[c.name] = typed((0,table/* cell */.Hn)(row, c.name), c.type);
                chunk += JSON.stringify(o) + '\n';
            }
            if (!out.write(chunk))
                await (0,external_node_events_.once)(out, 'drain');
        },
        async close() {
            out.end();
            await (0,external_node_events_.once)(out, 'finish');
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
            await (0,promises_.rm)(path, { force: true });
        }
    };
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 13 modules
var read = __webpack_require__(9249);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
// EXTERNAL MODULE: ./node_modules/hyparquet-writer/src/bytewriter.js
var bytewriter = __webpack_require__(3732);
// EXTERNAL MODULE: ./node_modules/hyparquet-writer/src/parquet-writer.js + 18 modules
var parquet_writer = __webpack_require__(9640);
;// CONCATENATED MODULE: ./src/formats/parquet.ts
/**
 * Parquet in and out. Reading goes row group by row group (hyparquet), writing one row group per call with snappy
 * compression (hyparquet-writer's incremental ParquetWriter) flushed straight to the file, so memory holds one row
 * group, not the file. Values are text in the engine; the writer converts columns typed by CHANGE_DATA_TYPE.
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
                    const row = (0,table/* newRow */.Pg)();
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
/** Rows per row group: large groups read fast in Athena/Clean Rooms; memory holds one group of text values. */
const ROW_GROUP_ROWS = 65_536;
/** A ByteWriter whose buffer is written to the file whenever it passes 1 MiB, and at each row group. */
function fileSink(fd) {
    const writer = new bytewriter/* ByteWriter */.U();
    const flushToFile = () => {
        if (writer.index > 0) {
            (0,external_node_fs_.writeSync)(fd, new Uint8Array(writer.buffer, 0, writer.index));
            // offset keeps counting absolute file positions; index restarts at the buffer's start.
            writer.index = 0;
        }
    };
    const ensure = writer.ensure.bind(writer);
    writer.ensure = (size) => {
        if (writer.index > 1 << 20)
            flushToFile();
        ensure(size);
    };
    writer.flush = flushToFile;
    writer.finishToFile = flushToFile;
    return writer;
}
async function openParquetWriter(path, columns) {
    // 0600: the output of a recipe run can hold plaintext PII.
    const fd = (0,external_node_fs_.openSync)(path, 'w', 0o600);
    const sink = fileSink(fd);
    const writer = new parquet_writer/* ParquetWriter */.o({
        writer: sink,
        schema: [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)],
        codec: 'SNAPPY',
        createdBy: 'cleanrooms-connect'
    });
    const convert = columns.map(c => converter(c.type));
    let closed = false;
    // Values go into per-column arrays as rows arrive, so row objects die young (in V8's cheap young generation)
    // instead of living until the row group is written: the live set is one row group of values, not of rows.
    let columnsData = columns.map(() => []);
    let buffered = 0;
    const flushGroup = async () => {
        if (buffered === 0)
            return;
        const columnData = columns.map((c, i) => ({ name: c.name, data: columnsData[i] }));
        columnsData = columns.map(() => []);
        const count = buffered;
        buffered = 0;
        await writer.write({ columnData, rowGroupSize: count });
    };
    return {
        async write(rows) {
            for (const row of rows) {
                for (let i = 0; i < columns.length; i++)
                    columnsData[i].push(convert[i]((0,table/* cell */.Hn)(row, columns[i].name)));
            }
            buffered += rows.length;
            if (buffered >= ROW_GROUP_ROWS)
                await flushGroup();
        },
        async close() {
            await flushGroup();
            writer.finish();
            sink.finishToFile();
            (0,external_node_fs_.closeSync)(fd);
            closed = true;
        },
        async abort() {
            if (!closed)
                (0,external_node_fs_.closeSync)(fd);
            closed = true;
            await (0,promises_.rm)(path, { force: true });
        }
    };
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


/***/ }),

/***/ 1098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ runCompiled),
/* harmony export */   M: () => (/* binding */ RecipeCompileError),
/* harmony export */   TO: () => (/* binding */ runRows),
/* harmony export */   aM: () => (/* binding */ compileRecipe)
/* harmony export */ });
/* harmony import */ var _formats_table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9924);
/* harmony import */ var _conditions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2438);
/* harmony import */ var _operations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8600);
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
        const compile = _operations_js__WEBPACK_IMPORTED_MODULE_1__/* .OPERATIONS */ .xb[step.operation];
        if (!compile) {
            problems.push(problemAt(recipe, step, `step ${step.number}: operation ${step.operation} cannot run in the local engine (it runs in DataBrew only)`));
            continue;
        }
        try {
            const when = (0,_conditions_js__WEBPACK_IMPORTED_MODULE_0__/* .compileConditions */ .a)(step.conditions, columns);
            for (const c of step.conditions) {
                if (!columns.some(col => col.name === c.targetColumn)) {
                    throw new _operations_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(step, `condition ${c.condition} targets column '${c.targetColumn}', which does not exist at this step`);
                }
            }
            const compiled = compile(step, columns.map(c => ({ ...c })), options);
            if (compiled.table && when)
                throw new _operations_js__WEBPACK_IMPORTED_MODULE_1__/* .StepError */ .zg(step, `${step.operation} applies to the whole table: ConditionExpressions cannot select rows for it`);
            steps.push({ step, compiled, when });
            columns = compiled.columns;
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            const prefix = err instanceof _operations_js__WEBPACK_IMPORTED_MODULE_1__/* .UnsupportedOperation */ .D9 ? 'cannot run locally: ' : '';
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
    return finishFrom(compiled, rows.map(row => Object.assign((0,_formats_table_js__WEBPACK_IMPORTED_MODULE_2__/* .newRow */ .Pg)(), row)), 0);
}


/***/ })

};
