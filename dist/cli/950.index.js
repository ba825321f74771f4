export const id = 950;
export const ids = [950];
export const modules = {

/***/ 5756:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C2: () => (/* binding */ CsvParser),
/* harmony export */   Ok: () => (/* binding */ openCsvReader),
/* harmony export */   _N: () => (/* binding */ csvRecordRow),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError),
/* harmony export */   qU: () => (/* binding */ openCsvWriter)
/* harmony export */ });
/* unused harmony export csvField */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9924);
/* harmony import */ var _output_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6990);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6757);
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
    const row = (0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .newRow */ .Pg)();
    for (let c = 0; c < names.length; c++)
        row[names[c]] = record[c] ?? null;
    return row;
}
async function openCsvReader(path, options = {}) {
    const stream = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(path, { highWaterMark: 1 << 20 });
    const decoder = new _utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .StrictUtf8Decoder */ .$(path);
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
                while (batch.length >= _table_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_ROWS */ .B8)
                    yield batch.splice(0, _table_js__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_ROWS */ .B8);
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
    const out = (0,_output_file_js__WEBPACK_IMPORTED_MODULE_1__/* .openOutputFile */ .O)(path);
    const names = columns.map(c => c.name);
    const write = (text) => out.write(text);
    await write(names.map(csvField).join(',') + '\n');
    return {
        async write(rows) {
            let text = '';
            for (const row of rows)
                text += names.map(n => csvField((0,_table_js__WEBPACK_IMPORTED_MODULE_2__/* .cell */ .Hn)(row, n))).join(',') + '\n';
            await write(text);
        },
        close: () => out.close(),
        abort: () => out.abort()
    };
}


/***/ }),

/***/ 6990:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ openOutputFile)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/**
 * A text output file of a recipe run (CSV, JSON Lines): created 0600, since it can hold plaintext PII, and removed
 * whole when the run aborts, so no partial output is left behind.
 */



function openOutputFile(path) {
    const out = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(path, { flags: 'w', mode: 0o600 });
    return {
        async write(text) {
            if (!out.write(text))
                await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'drain');
        },
        async close() {
            out.end();
            await (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'finish');
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
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { force: true });
        }
    };
}


/***/ }),

/***/ 6342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CD: () => (/* binding */ RowGroupEncoder),
/* harmony export */   D0: () => (/* binding */ ColumnarParquetWriter),
/* harmony export */   Hy: () => (/* binding */ transferables),
/* harmony export */   vE: () => (/* binding */ packGroup)
/* harmony export */ });
/* unused harmony export compareUtf8 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var hyparquet_writer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3732);
/* harmony import */ var hyparquet_writer_src_datapage_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2098);
/* harmony import */ var hyparquet_writer_src_encoding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3096);
/* harmony import */ var hyparquet_writer_src_metadata_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9067);
/* harmony import */ var hyparquet_writer_src_snappy_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1154);
/**
 * A columnar Parquet writer with bounded buffers. Each value is encoded (PLAIN) into its column's page buffer as the
 * row arrives, a page is snappy-compressed as soon as it passes PAGE_BYTES, and a row group goes to the file as soon
 * as it fills: memory holds one row group of compressed bytes and one open page per column, never a row group of JS
 * values. hyparquet-writer's ParquetWriter, used before, slices and converts every column and encodes every string
 * into a Uint8Array of its own (a TextEncoder per value): about a quarter of a recipe run plus the GC that followed.
 * The thrift page headers, the footer and snappy still come from hyparquet-writer.
 */






/** Uncompressed bytes per data page (hyparquet-writer's default page size). */
const PAGE_BYTES = 1 << 20;
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
        const levels = new hyparquet_writer__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U(64);
        const levelBytes = (0,hyparquet_writer_src_encoding_js__WEBPACK_IMPORTED_MODULE_2__/* .writeRleBitPackedHybrid */ .Y)(levels, this.levels.subarray(0, this.rows), 1);
        const compressed = (0,hyparquet_writer_src_snappy_js__WEBPACK_IMPORTED_MODULE_3__/* .snappyCompress */ .M)(this.data.subarray(0, this.used));
        const header = new hyparquet_writer__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U(64);
        (0,hyparquet_writer_src_datapage_js__WEBPACK_IMPORTED_MODULE_4__/* .writePageHeader */ .s)(header, {
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
class ColumnarParquetWriter {
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
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, bytes, done);
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
        const footer = new hyparquet_writer__WEBPACK_IMPORTED_MODULE_1__/* .ByteWriter */ .U();
        const metadata = {
            version: 2,
            schema: this.schema,
            num_rows: this.rows,
            row_groups: this.rowGroups,
            created_by: this.createdBy,
            metadata_length: 0
        };
        (0,hyparquet_writer_src_metadata_js__WEBPACK_IMPORTED_MODULE_5__/* .writeMetadata */ .f)(footer, metadata);
        footer.appendUint32(0x31524150); // PAR1
        this.write(footer.getBytes());
    }
}


/***/ }),

/***/ 3576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hs: () => (/* binding */ converter),
/* harmony export */   KQ: () => (/* binding */ openParquetReader),
/* harmony export */   Kb: () => (/* binding */ schemaElement),
/* harmony export */   ye: () => (/* binding */ openParquetWriter)
/* harmony export */ });
/* unused harmony export ROW_GROUP_ROWS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6367);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3720);
/* harmony import */ var hyparquet_src_node_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1609);
/* harmony import */ var _parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
/* harmony import */ var _table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9924);
/**
 * Parquet in and out. Reading goes row group by row group (hyparquet); writing encodes each value into its column's
 * page as rows arrive and writes each row group (snappy) as soon as it fills (src/formats/parquet-columns.ts), so
 * memory holds one row group of compressed bytes, not the file. Values are text in the engine; the writer converts columns typed by CHANGE_DATA_TYPE.
 */






function text(value) {
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
    const file = await (0,hyparquet_src_node_js__WEBPACK_IMPORTED_MODULE_3__/* .asyncBufferFromFile */ .Rv)(path);
    const metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_4__/* .parquetMetadataAsync */ .Ei)(file);
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
                    (0,hyparquet__WEBPACK_IMPORTED_MODULE_5__/* .parquetRead */ .bA)({
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
                    const row = (0,_table_js__WEBPACK_IMPORTED_MODULE_6__/* .newRow */ .Pg)();
                    for (let c = 0; c < names.length; c++)
                        row[names[c]] = text(values[c]);
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
async function openParquetWriter(path, columns) {
    // 0600: the output of a recipe run can hold plaintext PII.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'w', 0o600);
    let closed = false;
    try {
        const writer = new _parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .ColumnarParquetWriter */ .D0(fd, [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)], 'cleanrooms-connect');
        const convert = columns.map(c => converter(c.type));
        const names = columns.map(c => c.name);
        let buffered = 0;
        return {
            async write(rows) {
                // Each value is encoded into its column's page as it arrives: rows die young, nothing holds a row group of
                // values (src/formats/parquet-columns.ts).
                for (const row of rows) {
                    for (let i = 0; i < names.length; i++)
                        writer.addValue(i, convert[i]((0,_table_js__WEBPACK_IMPORTED_MODULE_6__/* .cell */ .Hn)(row, names[i])));
                    if (++buffered === ROW_GROUP_ROWS) {
                        writer.endRowGroup();
                        buffered = 0;
                    }
                }
            },
            async close() {
                writer.finish();
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
                closed = true;
            },
            async abort() {
                if (!closed)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
                closed = true;
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(path, { force: true });
            }
        };
    }
    catch (err) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw err;
    }
}


/***/ }),

/***/ 6757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ StrictUtf8Decoder)
/* harmony export */ });
/* unused harmony export firstInvalidUtf8 */
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


/***/ }),

/***/ 1098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ runCompiled),
/* harmony export */   M: () => (/* binding */ RecipeCompileError),
/* harmony export */   Ph: () => (/* binding */ throughAll),
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
    return finishFrom(compiled, rows.map(row => Object.assign((0,_formats_table_js__WEBPACK_IMPORTED_MODULE_2__/* .newRow */ .Pg)(), row)), 0);
}


/***/ })

};
