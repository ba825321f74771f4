export const id = 62;
export const ids = [62];
export const modules = {

/***/ 1062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ANNOTATIONS_PER_STEP: () => (/* binding */ ANNOTATIONS_PER_STEP),
  SAMPLE_ROWS: () => (/* binding */ SAMPLE_ROWS),
  runValidateJob: () => (/* binding */ runValidateJob)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __webpack_require__(8474);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./src/formats/table.ts
/** The shapes every reader and writer shares. Pure. */
const BATCH_ROWS = 4096;

;// CONCATENATED MODULE: ./src/formats/csv.ts
/**
 * Streaming CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes). The first record is the
 * header. An empty unquoted field reads as null (missing), as DataBrew treats it; a quoted empty field ("") is ''.
 */





/** Incremental parser: feed text, get complete records; `end()` returns the last one. */
class CsvParser {
    delimiter;
    field = '';
    record = [];
    inQuotes = false;
    quotedField = false;
    afterQuote = false;
    fieldStarted = false;
    pendingCR = false;
    line = 1;
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
        if (!(this.record.length === 1 && this.record[0] === null))
            out.push(this.record);
        this.record = [];
    }
    push(text) {
        const out = [];
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
            if (c === '"' && !this.fieldStarted) {
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
        if (this.inQuotes)
            throw new Error(`unterminated quoted field starting before line ${this.line}`);
        const out = [];
        if (this.fieldStarted || this.record.length > 0 || this.field !== '')
            this.endRecord(out);
        return out;
    }
}
async function openCsvReader(path, options = {}) {
    const stream = (0,external_node_fs_.createReadStream)(path, { highWaterMark: 1 << 20 });
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    const parser = new CsvParser(options.delimiter ?? ',');
    const iterator = stream[Symbol.asyncIterator]();
    let pending = [];
    let header;
    let first = true;
    let done = false;
    while (!header && !done) {
        const next = await iterator.next();
        if (next.done) {
            pending = parser.end();
            done = true;
        }
        else {
            let text = decoder.write(next.value);
            if (first && text.charCodeAt(0) === 0xfeff)
                text = text.slice(1); // BOM
            first = false;
            pending = parser.push(text);
        }
        if (pending.length > 0)
            header = pending.shift().map((h, i) => (h ?? '').trim() || `column_${i + 1}`);
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
        const row = {};
        for (let c = 0; c < names.length; c++)
            row[names[c]] = record[c] ?? null;
        return row;
    };
    return {
        columns,
        async *batches() {
            let batch = [];
            const emit = (records) => {
                for (const r of records)
                    batch.push(toRow(r, parser.line));
            };
            emit(pending);
            pending = [];
            while (!done) {
                const next = await iterator.next();
                if (next.done) {
                    emit(parser.push(decoder.end()));
                    emit(parser.end());
                    done = true;
                }
                else
                    emit(parser.push(decoder.write(next.value)));
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
    const out = createWriteStream(path, { flags: 'w' });
    const names = columns.map(c => c.name);
    const write = async (text) => {
        if (!out.write(text))
            await once(out, 'drain');
    };
    await write(names.map(csvField).join(',') + '\n');
    return {
        async write(rows) {
            let text = '';
            for (const row of rows)
                text += names.map(n => csvField(row[n] ?? null)).join(',') + '\n';
            await write(text);
        },
        async close() {
            out.end();
            await once(out, 'finish');
        },
        async abort() {
            // The file opens asynchronously: wait for the stream to close, or the open could recreate it after rm.
            if (!out.closed) {
                const closed = once(out, 'close');
                out.destroy();
                await closed;
            }
            await rm(path, { force: true });
        }
    };
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./src/formats/jsonl.ts
/**
 * JSON Lines: one object per line. Columns are the keys of the first object (later unknown keys are an error, so a
 * typo cannot silently drop data); values are carried as text, null stays null, nested values as JSON text.
 */





function jsonl_text(value) {
    if (value === null || value === undefined)
        return null;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value);
}
async function openJsonlReader(path) {
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
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
        return value;
    };
    for (;;) {
        const next = await lines.next();
        if (next.done)
            break;
        lineNo++;
        if (next.value.trim() === '')
            continue;
        first = parse(next.value);
        break;
    }
    if (!first)
        throw new Error(`${path} is empty: JSON Lines needs at least one object`);
    const names = Object.keys(first);
    const known = new Set(names);
    const columns = names.map(name => ({ name, type: 'string' }));
    const toRow = (o) => {
        const row = {};
        for (const key of Object.keys(o)) {
            if (!known.has(key))
                throw new Error(`${path}:${lineNo}: key '${key}' is not in the first line's keys`);
        }
        for (const n of names)
            row[n] = jsonl_text(o[n]);
        return row;
    };
    return {
        columns,
        async *batches() {
            let batch = [toRow(first)];
            for (;;) {
                const next = await lines.next();
                if (next.done)
                    break;
                lineNo++;
                if (next.value.trim() === '')
                    continue;
                batch.push(toRow(parse(next.value)));
                if (batch.length >= BATCH_ROWS) {
                    yield batch;
                    batch = [];
                }
            }
            if (batch.length > 0)
                yield batch;
        },
        async close() {
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
    const out = createWriteStream(path, { flags: 'w' });
    return {
        async write(rows) {
            let chunk = '';
            for (const row of rows) {
                const o = {};
                for (const c of columns)
                    o[c.name] = typed(row[c.name] ?? null, c.type);
                chunk += JSON.stringify(o) + '\n';
            }
            if (!out.write(chunk))
                await once(out, 'drain');
        },
        async close() {
            out.end();
            await once(out, 'finish');
        },
        async abort() {
            // The file opens asynchronously: wait for the stream to close, or the open could recreate it after rm.
            if (!out.closed) {
                const closed = once(out, 'close');
                out.destroy();
                await closed;
            }
            await rm(path, { force: true });
        }
    };
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 16 modules
var read = __webpack_require__(3720);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
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
                const objects = (await (0,read/* parquetReadObjects */.pS)({
                    file,
                    metadata,
                    rowStart,
                    rowEnd: rowStart + count
                }));
                rowStart += count;
                yield objects.map(o => {
                    const row = {};
                    for (const n of names)
                        row[n] = parquet_text(o[n]);
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
    const writer = new ByteWriter();
    const flushToFile = () => {
        if (writer.index > 0) {
            writeSync(fd, new Uint8Array(writer.buffer, 0, writer.index));
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
async function parquet_openParquetWriter(path, columns) {
    const fd = openSync(path, 'w');
    const sink = fileSink(fd);
    const writer = new ParquetWriter({
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
                    columnsData[i].push(convert[i](row[columns[i].name] ?? null));
            }
            buffered += rows.length;
            if (buffered >= ROW_GROUP_ROWS)
                await flushGroup();
        },
        async close() {
            await flushGroup();
            writer.finish();
            sink.finishToFile();
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
 * The DataBrew recipe operations this project knows. Names come from the AWS Glue DataBrew developer guide's
 * "Recipe step and function reference" (docs.aws.amazon.com/databrew/latest/dg/recipe-actions-reference.html).
 * Operations with `params` have their parameters checked (names, required, list- and enum-valued); their specs were
 * read from the per-action pages (e.g. recipe-actions.MASK_RANGE.html, recipe-actions.REPLACE_WITH_RANDOM_BETWEEN.html)
 * or from exported recipes. Operations without `params` are known names whose parameters are passed through
 * unchecked, because the reference pages were not all available to verify: a typo there is caught by DataBrew at
 * job start, not here. Pure.
 */
const column = { sourceColumn: { required: true } };
const columns = { sourceColumns: { required: true, list: true } };
const bool = { boolean: true };
const target = { targetColumn: { required: true } };
const REMOVE_COMBINED_FLAGS = [
    'collapseConsecutiveWhitespace',
    'removeAllPunctuation',
    'removeAllQuotes',
    'removeAllWhitespace',
    'removeCustomCharacters',
    'removeCustomValue',
    'removeLeadingAndTrailingPunctuation',
    'removeLeadingAndTrailingQuotes',
    'removeLeadingAndTrailingWhitespace',
    'removeLetters',
    'removeNumbers',
    'removeSpecialCharacters'
];
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
const CHECKED = {
    LOWER_CASE: { family: 'cleaning', params: { ...column } },
    UPPER_CASE: { family: 'cleaning', params: { ...column } },
    CAPITAL_CASE: { family: 'cleaning', params: { ...column } },
    SENTENCE_CASE: { family: 'cleaning', params: { ...column } },
    REMOVE_COMBINED: {
        family: 'cleaning',
        params: {
            ...column,
            ...Object.fromEntries(REMOVE_COMBINED_FLAGS.map(f => [f, bool])),
            customCharacters: {},
            customValue: {}
        }
    },
    REPLACE_TEXT: { family: 'cleaning', params: { ...column, pattern: { required: true }, value: {} } },
    REMOVE_VALUES: { family: 'quality', params: { ...column } },
    FORMAT_PHONE_NUMBER: {
        family: 'formatting',
        params: {
            ...column,
            phoneNumberFormat: { enum: ['E164', 'INTERNATIONAL', 'NATIONAL', 'RFC3966'] },
            defaultRegion: {},
            defaultRegionColumn: {}
        }
    },
    DELETE: { family: 'column', params: { ...columns } },
    RENAME: { family: 'column', params: { ...column, ...target } },
    DUPLICATE: { family: 'column', params: { ...column, ...target } },
    MERGE: { family: 'structure', params: { ...columns, delimiter: {}, ...target } },
    SPLIT_COLUMN_SINGLE_DELIMITER: {
        family: 'structure',
        params: { ...column, pattern: { required: true }, limit: {}, includeInSplit: bool }
    },
    SPLIT_COLUMN_MULTIPLE_DELIMITER: {
        family: 'structure',
        params: { ...column, patternOptions: { required: true, list: true }, limit: {}, includeInSplit: bool }
    },
    SPLIT_COLUMN_BETWEEN_DELIMITER: {
        family: 'structure',
        params: {
            ...column,
            patternOption1: { required: true },
            patternOption2: { required: true },
            includeInSplit: bool
        }
    },
    SPLIT_COLUMN_BETWEEN_POSITIONS: {
        family: 'structure',
        params: { ...column, startPosition: { required: true }, endPosition: { required: true } }
    },
    SPLIT_COLUMN_FROM_START: { family: 'structure', params: { ...column, position: { required: true } } },
    SPLIT_COLUMN_FROM_END: { family: 'structure', params: { ...column, position: { required: true } } },
    SPLIT_COLUMN_WITH_INTERVALS: {
        family: 'structure',
        params: { ...column, startPosition: {}, interval: { required: true } }
    },
    CHANGE_DATA_TYPE: {
        family: 'formatting',
        params: {
            ...column,
            columnDataType: {
                required: true,
                enum: [
                    'string',
                    'integer',
                    'int',
                    'long',
                    'bigint',
                    'double',
                    'float',
                    'decimal',
                    'boolean',
                    'date',
                    'timestamp'
                ]
            }
        }
    },
    REMOVE_MISSING: { family: 'quality', params: { ...column } },
    FILL_WITH_CUSTOM: { family: 'quality', params: { ...column, value: { required: true } } },
    FILL_WITH_EMPTY: { family: 'quality', params: { ...column } },
    FILL_WITH_NULL: { family: 'quality', params: { ...column } },
    FILL_WITH_AVERAGE: { family: 'quality', params: { ...column } },
    FILL_WITH_MEDIAN: { family: 'quality', params: { ...column } },
    FILL_WITH_MODE: { family: 'quality', params: { ...column, modeType: {} } },
    FILL_WITH_MOST_FREQUENT: { family: 'quality', params: { ...column } },
    FILL_WITH_SUM: { family: 'quality', params: { ...column } },
    FILL_WITH_MINIMUM: { family: 'quality', params: { ...column } },
    FILL_WITH_MAXIMUM: { family: 'quality', params: { ...column } },
    REMOVE_DUPLICATES: { family: 'duplicates', params: { ...column } },
    DELETE_DUPLICATE_ROWS: { family: 'duplicates', params: {} },
    CRYPTOGRAPHIC_HASH: {
        family: 'pii',
        params: {
            ...columns,
            secretId: {},
            secretVersion: {},
            entityTypeFilter: { list: true },
            createSecretIfMissing: bool,
            algorithm: { enum: HASH_ALGORITHMS }
        }
    },
    MASK_CUSTOM: {
        family: 'pii',
        params: {
            ...columns,
            maskSymbol: { required: true },
            customValue: { required: true },
            regex: bool,
            entityTypeFilter: { list: true }
        }
    },
    MASK_DATE: {
        family: 'pii',
        params: {
            ...columns,
            maskSymbol: { required: true },
            redact: { required: true, list: true },
            locale: {}
        }
    },
    MASK_DELIMITER: {
        family: 'pii',
        params: {
            ...columns,
            maskSymbol: { required: true },
            startDelimiter: {},
            endDelimiter: {},
            preserveDelimiters: bool,
            alphabet: { list: true },
            entityTypeFilter: { list: true }
        }
    },
    MASK_RANGE: {
        family: 'pii',
        params: {
            ...columns,
            maskSymbol: { required: true },
            start: {},
            stop: {},
            alphabet: { list: true },
            entityTypeFilter: { list: true }
        }
    },
    REPLACE_WITH_RANDOM_BETWEEN: {
        family: 'pii',
        params: { ...columns, lowerBound: { required: true }, upperBound: { required: true } },
        nondeterministic: true
    }
};
/** Known operation names whose parameters are not checked here (see the header). */
const NAMES_ONLY = {
    column: [
        'MOVE_AFTER',
        'MOVE_BEFORE',
        'MOVE_TO_END',
        'MOVE_TO_INDEX',
        'MOVE_TO_START',
        'SORT',
        'JSON_TO_STRUCTS'
    ],
    cleaning: [
        'ADD_DOUBLE_QUOTES',
        'ADD_PREFIX',
        'ADD_SINGLE_QUOTES',
        'ADD_SUFFIX',
        'EXTRACT_BETWEEN_DELIMITERS',
        'EXTRACT_BETWEEN_POSITIONS',
        'EXTRACT_PATTERN',
        'EXTRACT_VALUE',
        'FORMAT_DATE',
        'REMOVE_INVALID',
        'REPLACE_BETWEEN_DELIMITERS',
        'REPLACE_BETWEEN_POSITIONS',
        'REPLACE_VALUE'
    ],
    quality: [
        'FILL_WITH_LAST_VALID',
        'FLAG_COLUMN_FROM_INVALID',
        'FLAG_COLUMN_FROM_NULL',
        'FLAG_COLUMN_FROM_PATTERN'
    ],
    duplicates: ['FLAG_DUPLICATE_ROWS', 'FLAG_DUPLICATES_IN_COLUMN'],
    outliers: [
        'FLAG_OUTLIERS',
        'REMOVE_OUTLIERS',
        'REPLACE_OUTLIERS',
        'RESCALE_OUTLIERS_WITH_Z_SCORE',
        'RESCALE_OUTLIERS_WITH_SKEW'
    ],
    structure: [
        'BOOLEAN_OPERATION',
        'CASE_OPERATION',
        'NEST_TO_ARRAY',
        'NEST_TO_MAP',
        'NEST_TO_STRUCT',
        'UNNEST_ARRAY',
        'UNNEST_MAP',
        'UNNEST_STRUCT',
        'UNNEST_STRUCT_N',
        'GROUP_BY',
        'JOIN',
        'UNION',
        'PIVOT',
        'UNPIVOT',
        'TRANSPOSE'
    ],
    formatting: ['DECIMAL_PRECISION', 'THOUSANDS_SEPARATOR', 'ABSOLUTE_VALUE', 'NUMBER_FORMAT'],
    'data science': [
        'BINARIZATION',
        'BUCKETIZATION',
        'CATEGORICAL_MAPPING',
        'ONE_HOT_ENCODING',
        'SCALE',
        'SKEWNESS',
        'TOKENIZATION'
    ],
    pii: [
        'DECRYPT',
        'DETERMINISTIC_DECRYPT',
        'DETERMINISTIC_ENCRYPT',
        'ENCRYPT',
        'REPLACE_WITH_RANDOM_DATE_BETWEEN',
        'SHUFFLE_ROWS'
    ],
    'math functions': [
        'ABSOLUTE',
        'ADD',
        'CEILING',
        'DEGREES',
        'DIVIDE',
        'EXPONENT',
        'FLOOR',
        'IS_EVEN',
        'IS_ODD',
        'LN',
        'LOG',
        'MOD',
        'MULTIPLY',
        'NEGATE',
        'PI',
        'POWER',
        'RADIANS',
        'RANDOM',
        'RANDOM_BETWEEN',
        'ROUND',
        'SIGN',
        'SQUARE_ROOT',
        'SUBTRACT'
    ],
    'aggregate functions': [
        'ANY',
        'AVERAGE',
        'COUNT',
        'COUNT_DISTINCT',
        'KTH_LARGEST',
        'KTH_LARGEST_UNIQUE',
        'KTH_SMALLEST',
        'KTH_SMALLEST_UNIQUE',
        'MAX',
        'MEDIAN',
        'MIN',
        'MODE',
        'STANDARD_DEVIATION',
        'SUM',
        'VARIANCE'
    ],
    'text functions': [
        'CHAR',
        'ENDS_WITH',
        'EXACT',
        'FIND',
        'LEFT',
        'LEN',
        'LOWER',
        'MERGE_COLUMNS_AND_VALUES',
        'PROPER',
        'REMOVE_STOPWORDS',
        'REMOVE_SYMBOLS',
        'REMOVE_WHITESPACE',
        'REPEAT_STRING',
        'RIGHT',
        'RIGHT_FIND',
        'STARTS_WITH',
        'STRING_GREATER_THAN',
        'STRING_GREATER_THAN_EQUAL',
        'STRING_LESS_THAN',
        'STRING_LESS_THAN_EQUAL',
        'SUBSTRING',
        'TRIM',
        'UNICODE',
        'UPPER'
    ],
    'date functions': [
        'CONVERT_TIMEZONE',
        'DATE',
        'DATE_ADD',
        'DATE_DIFF',
        'DATE_FORMAT',
        'DATE_TIME',
        'DAY',
        'HOUR',
        'MILLISECOND',
        'MINUTE',
        'MONTH',
        'MONTH_NAME',
        'NOW',
        'QUARTER',
        'SECOND',
        'TIME',
        'TODAY',
        'UNIX_TIME',
        'UNIX_TIME_FORMAT',
        'WEEK_DAY',
        'WEEK_NUMBER',
        'YEAR'
    ],
    'window functions': [
        'FILL',
        'NEXT',
        'PREV',
        'ROLLING_AVERAGE',
        'ROLLING_COUNT_A',
        'ROLLING_KTH_LARGEST',
        'ROLLING_KTH_LARGEST_UNIQUE',
        'ROLLING_KTH_SMALLEST',
        'ROLLING_KTH_SMALLEST_UNIQUE',
        'ROLLING_MAX',
        'ROLLING_MIN',
        'ROLLING_MODE',
        'ROLLING_STANDARD_DEVIATION',
        'ROLLING_SUM',
        'ROLLING_VARIANCE',
        'ROW_NUMBER',
        'SESSION'
    ],
    'web functions': ['IP_TO_INT', 'INT_TO_IP', 'URL_PARAMS'],
    'other functions': ['COALESCE', 'IF']
};
const CATALOG = {
    ...Object.fromEntries(Object.entries(NAMES_ONLY).flatMap(([family, names]) => names.map(name => [
        name,
        { family, nondeterministic: /RANDOM|SHUFFLE|^ENCRYPT$|^NOW$|^TODAY$/.test(name) }
    ]))),
    ...CHECKED
};
/** Names people type that DataBrew does not have, with what to use instead (REFERENCE.md's traps). */
const MISNAMED = {
    HASH: 'CRYPTOGRAPHIC_HASH',
    SHA256: 'CRYPTOGRAPHIC_HASH with algorithm SHA256',
    REPLACE_PATTERN: 'REPLACE_TEXT (its pattern is a regular expression)',
    SPLIT: 'one of the SPLIT_COLUMN_* operations (e.g. SPLIT_COLUMN_SINGLE_DELIMITER)',
    DEDUPLICATE: 'REMOVE_DUPLICATES (by column) or DELETE_DUPLICATE_ROWS (whole rows)',
    DROP: 'DELETE',
    DROP_COLUMN: 'DELETE',
    TRIM_WHITESPACE: 'REMOVE_COMBINED with removeLeadingAndTrailingWhitespace (TRIM writes a new column)',
    LOWERCASE: 'LOWER_CASE',
    UPPERCASE: 'UPPER_CASE'
};
/** Condition names of ConditionExpressions. */
const CONDITIONS = [
    'IS',
    'IS_NOT',
    'IS_MISSING',
    'IS_NOT_MISSING',
    'IS_VALID',
    'IS_INVALID',
    'EQUALS',
    'NOT_EQUALS',
    'LESS_THAN',
    'LESS_THAN_EQUAL',
    'GREATER_THAN',
    'GREATER_THAN_EQUAL',
    'IS_BETWEEN',
    'CONTAINS',
    'NOT_CONTAINS',
    'STARTS_WITH',
    'NOT_STARTS_WITH',
    'ENDS_WITH',
    'NOT_ENDS_WITH',
    'MATCHES',
    'NOT_MATCHES'
];
/** Operations that normalize a value in place (what the PII policy wants before a hash). */
const NORMALIZING = new Set([
    'LOWER_CASE',
    'UPPER_CASE',
    'CAPITAL_CASE',
    'SENTENCE_CASE',
    'REMOVE_COMBINED',
    'REPLACE_TEXT',
    'FORMAT_PHONE_NUMBER',
    'FORMAT_DATE',
    'CHANGE_DATA_TYPE'
]);

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

;// CONCATENATED MODULE: ./src/recipe/policy.ts
/**
 * The PII policy: which columns hold PII (and of what kind) and the hash contract every one of them must leave the
 * pipeline under. `checkPolicy` follows each PII column through the recipe (renames, duplicates, merges, splits,
 * deletes) and fails when one reaches the output unhashed, is normalized only after it was hashed, is hashed for some
 * rows only, or is hashed under a different contract than the policy's. Pure.
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
function parsePolicy(text, file) {
    const problems = [];
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines });
    const where = (node) => {
        const offset = node?.range?.[0] ?? 0;
        const p = lines.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const add = (node, message) => problems.push({ file, ...where(node), message, severity: 'error' });
    for (const e of doc.errors) {
        const p = lines.linePos(e.pos[0]);
        problems.push({
            file,
            line: p.line,
            column: p.col,
            message: `not valid YAML: ${e.message.split('\n')[0]}`,
            severity: 'error'
        });
    }
    if (problems.length > 0)
        return { problems };
    const root = doc.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        add(root, 'a PII policy is a mapping with version, hash and columns');
        return { problems };
    }
    const version = doc.toJS()?.version;
    if (version !== 1)
        add(root.get('version', true), `version must be 1, not ${JSON.stringify(version)}`);
    const hashNode = root.get('hash', true);
    const hash = { algorithm: 'HMAC_SHA256', encoding: 'base64' };
    if (hashNode !== undefined) {
        if (!(0,dist/* isMap */.jh)(hashNode))
            add(hashNode, 'hash must be a mapping (algorithm, encoding, secretId)');
        else {
            const algorithm = String(hashNode.get('algorithm') ?? 'HMAC_SHA256').toUpperCase();
            if (!HASH_ALGORITHMS.includes(algorithm))
                add(hashNode.get('algorithm', true), `hash.algorithm must be one of ${HASH_ALGORITHMS.join(', ')}`);
            const encoding = String(hashNode.get('encoding') ?? 'base64').toLowerCase();
            if (encoding !== 'base64' && encoding !== 'hex')
                add(hashNode.get('encoding', true), 'hash.encoding must be base64 or hex');
            const secretId = hashNode.get('secretId');
            if (secretId !== undefined && typeof secretId !== 'string')
                add(hashNode.get('secretId', true), 'hash.secretId must be a string');
            hash.algorithm = algorithm;
            hash.encoding = encoding === 'hex' ? 'hex' : 'base64';
            if (typeof secretId === 'string')
                hash.secretId = secretId;
            if (hash.secretId && hash.algorithm.startsWith('HMAC') && !/^AwsGlueDataBrew-/.test(hash.secretId)) {
                add(hashNode.get('secretId', true), `hash.secretId '${hash.secretId}' must start with AwsGlueDataBrew- (DataBrew may only read secrets named so)`);
            }
        }
    }
    const columns = [];
    const colsNode = root.get('columns', true);
    if (!(0,dist/* isSeq */.oP)(colsNode) || colsNode.items.length === 0)
        add(colsNode ?? root, 'columns must be a non-empty list of { name, kind }');
    else {
        for (const item of colsNode.items) {
            const node = item;
            if (!(0,dist/* isMap */.jh)(node)) {
                add(node, 'each column is a mapping { name, kind }');
                continue;
            }
            const name = node.get('name');
            const kind = String(node.get('kind') ?? '');
            if (typeof name !== 'string' || name === '')
                add(node, 'column needs a name');
            else if (!PII_KINDS.includes(kind))
                add(node.get('kind', true) ?? node, `column ${name}: kind '${kind}' is not one of ${PII_KINDS.join(', ')}`);
            else if (columns.some(c => c.name === name))
                add(node, `column ${name} is listed twice`);
            else
                columns.push({ name, kind: kind, location: where(node) });
        }
    }
    return problems.length > 0 ? { problems } : { policy: { file, hash, columns }, problems };
}
function sources(step) {
    return (listParameter(step.parameters.sourceColumns) ??
        (step.parameters.sourceColumn ? [step.parameters.sourceColumn] : []));
}
/** Follows every policy column through the recipe and reports where the contract breaks. */
function checkPolicy(recipe, policy) {
    const problems = [];
    const at = (step, message, severity = 'error') => problems.push(stepProblem(recipe, step, message, severity));
    const live = new Map(policy.columns.map(c => [c.name, { origin: c, normalized: false }]));
    const label = (t, name) => name === t.origin.name ? `PII column '${name}'` : `'${name}' (from PII column '${t.origin.name}')`;
    let contract;
    for (const step of recipe.steps) {
        const cols = sources(step);
        const p = step.parameters;
        switch (step.operation) {
            case 'DELETE':
                for (const c of cols)
                    live.delete(c);
                continue;
            case 'RENAME': {
                const t = live.get(p.sourceColumn ?? '');
                if (t && p.targetColumn) {
                    live.delete(p.sourceColumn);
                    live.set(p.targetColumn, t);
                }
                continue;
            }
            case 'DUPLICATE': {
                const t = live.get(p.sourceColumn ?? '');
                if (t && p.targetColumn)
                    live.set(p.targetColumn, { ...t });
                continue;
            }
            case 'MERGE': {
                const t = cols.map(c => live.get(c)).find(Boolean);
                if (t && p.targetColumn)
                    live.set(p.targetColumn, { origin: t.origin, normalized: false, hashedAt: undefined });
                continue;
            }
            case 'CRYPTOGRAPHIC_HASH': {
                const algorithm = (p.algorithm ?? 'HMAC_SHA256').toUpperCase();
                const secretId = p.secretId;
                if (cols.some(c => live.has(c))) {
                    if (contract && (contract.algorithm !== algorithm || contract.secretId !== secretId)) {
                        at(step, `hashes with ${algorithm}${secretId ? ` and secret ${secretId}` : ''}, but step ${contract.step.number} used ${contract.algorithm}${contract.secretId ? ` and secret ${contract.secretId}` : ''}: every PII column must use one contract`);
                    }
                    contract ??= { algorithm, secretId, step };
                    if (algorithm !== policy.hash.algorithm)
                        at(step, `hashes with ${algorithm}; the policy requires ${policy.hash.algorithm}`);
                    if (policy.hash.secretId && secretId !== policy.hash.secretId) {
                        at(step, `uses secret ${secretId ?? '(none)'}; the policy requires ${policy.hash.secretId}`);
                    }
                    if (policy.hash.encoding === 'hex')
                        at(step, 'DataBrew writes base64 digests; the policy asks for hex', 'warning');
                    if (step.conditions.length > 0) {
                        at(step, 'hashes only the rows its ConditionExpressions select: the other rows reach the output unhashed');
                    }
                }
                for (const c of cols) {
                    const t = live.get(c);
                    if (t)
                        t.hashedAt ??= step;
                }
                continue;
            }
            default: {
                if (step.operation.startsWith('SPLIT_COLUMN_')) {
                    const t = live.get(p.sourceColumn ?? '');
                    if (t) {
                        live.delete(p.sourceColumn);
                        // The engine's naming: <source>_1 … ; enough parts for any split this project runs.
                        for (let i = 1; i <= 16; i++)
                            live.set(`${p.sourceColumn}_${i}`, { ...t });
                    }
                    continue;
                }
                for (const c of cols) {
                    const t = live.get(c);
                    if (!t)
                        continue;
                    if (t.hashedAt) {
                        at(step, `changes ${label(t, c)} after step ${t.hashedAt.number} hashed it: normalize before hashing, or the hashes will not match partners'`);
                    }
                    else if (NORMALIZING.has(step.operation))
                        t.normalized = true;
                }
            }
        }
    }
    const first = recipe.steps[0]?.location ?? { line: 1, column: 1 };
    const last = recipe.steps.at(-1);
    for (const [name, t] of live) {
        if (name !== t.origin.name && /_\d+$/.test(name) && t.origin.name !== name) {
            // Split parts only count if the split really produced them; the tracked range is generous.
            if (!recipe.steps.some(s => s.operation.startsWith('SPLIT_COLUMN_')))
                continue;
        }
        if (!t.hashedAt) {
            problems.push({
                file: recipe.file,
                ...(last?.location ?? first),
                step: last?.number,
                message: `${label(t, name)} (${t.origin.kind}, ${policy.file}:${t.origin.location.line}) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it`,
                severity: 'error'
            });
        }
        else if (!t.normalized && (t.origin.kind === 'email' || t.origin.kind === 'phone')) {
            problems.push({
                file: recipe.file,
                ...t.hashedAt.location,
                step: t.hashedAt.number,
                message: `step ${t.hashedAt.number} (CRYPTOGRAPHIC_HASH): ${label(t, name)} (${t.origin.kind}) is hashed without being normalized first (e.g. REMOVE_COMBINED + LOWER_CASE for email, FORMAT_PHONE_NUMBER for phone): its hashes will rarely match`,
                severity: 'warning'
            });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/recipe/json-positions.ts
/**
 * A JSON parser that remembers where things are: every object and array node carries its start offset, and every
 * object its keys' offsets, so recipe problems can point at `file:line:col`. Pure; throws JsonSyntaxError with the
 * offset of the first syntax error.
 */
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function parseJsonWithPositions(text) {
    let i = 0;
    const ws = () => {
        while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t'))
            i++;
    };
    const fail = (what) => {
        throw new JsonSyntaxError(i >= text.length ? `unexpected end of JSON (${what})` : `${what}, found '${text[i]}'`, i);
    };
    const string = () => {
        const start = i;
        i++; // opening quote
        let out = '';
        for (;;) {
            if (i >= text.length) {
                i = start;
                fail('unterminated string');
            }
            const c = text[i];
            if (c === '"') {
                i++;
                return out;
            }
            if (c === '\\') {
                const e = text[i + 1];
                const map = {
                    '"': '"',
                    '\\': '\\',
                    '/': '/',
                    b: '\b',
                    f: '\f',
                    n: '\n',
                    r: '\r',
                    t: '\t'
                };
                if (e === 'u') {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('bad \\u escape');
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                }
                else if (e !== undefined && map[e] !== undefined) {
                    out += map[e];
                    i += 2;
                }
                else
                    fail('bad escape in string');
                continue;
            }
            if (c < ' ')
                fail('control character in string');
            out += c;
            i++;
        }
    };
    const value = () => {
        ws();
        const start = i;
        const c = text[i];
        if (c === '{') {
            i++;
            const entries = new Map();
            ws();
            if (text[i] === '}') {
                i++;
                return { kind: 'object', start, entries };
            }
            for (;;) {
                ws();
                if (text[i] !== '"')
                    fail('expected a "quoted" key');
                const keyAt = i;
                const key = string();
                ws();
                if (text[i] !== ':')
                    fail("expected ':' after a key");
                i++;
                entries.set(key, { key: keyAt, value: value() });
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === '}') {
                    i++;
                    return { kind: 'object', start, entries };
                }
                fail("expected ',' or '}'");
            }
        }
        if (c === '[') {
            i++;
            const items = [];
            ws();
            if (text[i] === ']') {
                i++;
                return { kind: 'array', start, items };
            }
            for (;;) {
                items.push(value());
                ws();
                if (text[i] === ',') {
                    i++;
                    continue;
                }
                if (text[i] === ']') {
                    i++;
                    return { kind: 'array', start, items };
                }
                fail("expected ',' or ']'");
            }
        }
        if (c === '"')
            return { kind: 'string', start, value: string() };
        const literal = /^(true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
        if (!literal)
            fail('expected a JSON value');
        i += literal[0].length;
        const t = literal[0];
        if (t === 'true' || t === 'false')
            return { kind: 'boolean', start, value: t === 'true' };
        if (t === 'null')
            return { kind: 'null', start };
        return { kind: 'number', start, value: Number(t) };
    };
    const root = value();
    ws();
    if (i < text.length)
        fail('unexpected text after the JSON value');
    return root;
}
/** 1-based line and column of an offset. */
function positionOf(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset && k < text.length; k++) {
        if (text.charCodeAt(k) === 10) {
            line++;
            lineStart = k + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./src/recipe/parse.ts
/**
 * Reads a DataBrew recipe file exactly as AWS exports it: a JSON array of steps, or the describe-recipe output
 * (`{ "Name": …, "Steps": [ … ] }`). Parameter values are kept in the API's string form; native arrays, booleans and
 * numbers (as some doc pages show them) are accepted and normalized to that form. Every problem carries the
 * file:line:column of the step or key it is about. Pure.
 */

function toPlain(node) {
    switch (node.kind) {
        case 'object':
            return Object.fromEntries([...node.entries].map(([k, v]) => [k, toPlain(v.value)]));
        case 'array':
            return node.items.map(toPlain);
        case 'null':
            return null;
        default:
            return node.value;
    }
}
/** Parameters whose string value must itself be JSON (lists and structured options). */
const JSON_VALUED = /^(sourceColumns|columns|positions|patternOptions|alphabet|redact|entityTypeFilter|valuesToRemove|delimiters|.*List|.*Columns)$/;
function parseRecipe(text, file) {
    const problems = [];
    const at = (offset, message, step) => {
        problems.push({ file, ...positionOf(text, offset), message, step, severity: 'error' });
    };
    let root;
    try {
        root = parseJsonWithPositions(text);
    }
    catch (err) {
        if (err instanceof JsonSyntaxError) {
            at(err.offset, `not valid JSON: ${err.message}`);
            return { problems };
        }
        throw err;
    }
    let stepsNode = root;
    if (root.kind === 'object') {
        stepsNode = root.entries.get('Steps')?.value;
        if (!stepsNode) {
            at(root.start, 'a recipe is a JSON array of steps (or describe-recipe output with "Steps"): no "Steps" here');
            return { problems };
        }
    }
    if (stepsNode.kind !== 'array') {
        at(stepsNode.start, 'a recipe is a JSON array of steps');
        return { problems };
    }
    const steps = [];
    stepsNode.items.forEach((node, index) => {
        const number = index + 1;
        const location = positionOf(text, node.start);
        if (node.kind !== 'object') {
            at(node.start, `step ${number} is not an object`, number);
            return;
        }
        for (const [key, entry] of node.entries) {
            if (key === 'RecipeAction') {
                at(entry.key, `step ${number}: "RecipeAction" is the docs' name for a single action; recipe steps use "Action"`, number);
            }
            else if (key !== 'Action' && key !== 'ConditionExpressions') {
                at(entry.key, `step ${number}: unknown key "${key}" (a step has "Action" and optional "ConditionExpressions")`, number);
            }
        }
        const action = node.entries.get('Action')?.value;
        if (!action) {
            if (!node.entries.has('RecipeAction'))
                at(node.start, `step ${number} has no "Action"`, number);
            return;
        }
        if (action.kind !== 'object') {
            at(action.start, `step ${number}: "Action" must be an object with "Operation" and "Parameters"`, number);
            return;
        }
        const op = action.entries.get('Operation');
        if (!op || op.value.kind !== 'string' || op.value.value === '') {
            at(op?.value.start ?? action.start, `step ${number}: "Action" needs an "Operation" name`, number);
            return;
        }
        const operation = op.value.value;
        if (!/^[A-Z_]+$/.test(operation))
            at(op.value.start, `step ${number}: operation "${operation}" must match ^[A-Z_]+$`, number);
        const parameters = {};
        const paramsNode = action.entries.get('Parameters')?.value;
        if (paramsNode && paramsNode.kind !== 'object')
            at(paramsNode.start, `step ${number}: "Parameters" must be an object`, number);
        if (paramsNode?.kind === 'object') {
            for (const [name, { value }] of paramsNode.entries) {
                if (value.kind === 'string') {
                    parameters[name] = value.value;
                    if (JSON_VALUED.test(name) && /^\s*[[{]/.test(value.value)) {
                        try {
                            // Our parser, not JSON.parse: its messages are the same on every Node version.
                            parseJsonWithPositions(value.value);
                        }
                        catch (err) {
                            if (!(err instanceof JsonSyntaxError))
                                throw err;
                            const where = `${err.message} at character ${err.offset + 1}`;
                            at(value.start, `step ${number}: parameter ${name} holds invalid JSON (${where})`, number);
                        }
                    }
                }
                else if (value.kind === 'null') {
                    at(value.start, `step ${number}: parameter ${name} is null (omit it or give a string)`, number);
                }
                else
                    parameters[name] =
                        value.kind === 'array' || value.kind === 'object'
                            ? JSON.stringify(toPlain(value))
                            : String(value.value);
            }
        }
        const conditions = [];
        const condNode = node.entries.get('ConditionExpressions')?.value;
        if (condNode && condNode.kind !== 'array')
            at(condNode.start, `step ${number}: "ConditionExpressions" must be an array`, number);
        if (condNode?.kind === 'array') {
            for (const c of condNode.items) {
                if (c.kind !== 'object') {
                    at(c.start, `step ${number}: a condition must be an object`, number);
                    continue;
                }
                const get = (k) => c.entries.get(k)?.value;
                const name = get('Condition');
                const target = get('TargetColumn');
                const value = get('Value');
                if (!name || name.kind !== 'string') {
                    at(c.start, `step ${number}: condition needs "Condition"`, number);
                    continue;
                }
                if (!target || target.kind !== 'string') {
                    at(c.start, `step ${number}: condition ${name.value} needs "TargetColumn"`, number);
                    continue;
                }
                conditions.push({
                    condition: name.value,
                    targetColumn: target.value,
                    value: value === undefined
                        ? undefined
                        : value.kind === 'string'
                            ? value.value
                            : JSON.stringify(toPlain(value))
                });
            }
        }
        steps.push({ number, operation, parameters, conditions, location });
    });
    return { recipe: { file, steps }, problems };
}

// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js + 42 modules
var parsePhoneNumber = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/recipe/operations.ts
/**
 * The operations the local engine runs, each compiled once per step into a row function. Semantics follow the
 * DataBrew recipe actions reference; where the reference is silent the choice is written next to the code.
 * Values are text (or null = missing); CHANGE_DATA_TYPE records the column type for the writer.
 */




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
const missing = (v) => v === null || v === undefined || v === '';
function param(step, name) {
    const v = step.parameters[name];
    if (v === undefined)
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    return v;
}
function flag(step, name) {
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
/** An in-place text transform of one or more columns. */
function inPlace(columns, targets, f) {
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
const capitalize = (w) => (w.length === 0 ? w : w[0].toUpperCase() + w.slice(1).toLowerCase());
// ---------------------------------------------------------------- text cleaning
const PUNCT = /\p{P}/gu;
const EDGE_PUNCT = /^\p{P}+|\p{P}+$/gu;
const QUOTES = /["'`\u2018\u2019\u201C\u201D]/g;
const EDGE_QUOTES = /^["'`\u2018\u2019\u201C\u201D]+|["'`\u2018\u2019\u201C\u201D]+$/g;
// Special characters: anything that is neither a letter, a digit nor whitespace.
const SPECIAL = /[^\p{L}\p{N}\s]/gu;
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * REMOVE_COMBINED. Order: custom value, custom characters, letters, numbers, punctuation/quotes/special
 * characters, then whitespace — so removing punctuation cannot leave whitespace that a later trim misses.
 */
const removeCombined = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const fs = [];
    if (flag(step, 'removeCustomValue') && step.parameters.customValue) {
        const re = new RegExp(escapeRegex(step.parameters.customValue), 'g');
        fs.push(v => v.replace(re, ''));
    }
    if (flag(step, 'removeCustomCharacters') && step.parameters.customCharacters) {
        const re = new RegExp(`[${escapeRegex(step.parameters.customCharacters)}]`, 'gu');
        fs.push(v => v.replace(re, ''));
    }
    if (flag(step, 'removeLetters'))
        fs.push(v => v.replace(/\p{L}/gu, ''));
    if (flag(step, 'removeNumbers'))
        fs.push(v => v.replace(/\p{N}/gu, ''));
    if (flag(step, 'removeSpecialCharacters'))
        fs.push(v => v.replace(SPECIAL, ''));
    if (flag(step, 'removeAllPunctuation'))
        fs.push(v => v.replace(PUNCT, ''));
    if (flag(step, 'removeLeadingAndTrailingPunctuation'))
        fs.push(v => v.trim().replace(EDGE_PUNCT, ''));
    if (flag(step, 'removeAllQuotes'))
        fs.push(v => v.replace(QUOTES, ''));
    if (flag(step, 'removeLeadingAndTrailingQuotes'))
        fs.push(v => v.trim().replace(EDGE_QUOTES, ''));
    if (flag(step, 'removeAllWhitespace'))
        fs.push(v => v.replace(/\s+/gu, ''));
    if (flag(step, 'collapseConsecutiveWhitespace'))
        fs.push(v => v.replace(/\s+/gu, ' '));
    if (flag(step, 'removeLeadingAndTrailingWhitespace'))
        fs.push(v => v.trim());
    return inPlace(columns, cols, v => fs.reduce((acc, f) => f(acc), v));
};
/** REPLACE_TEXT: `pattern` is a regular expression (Java syntax in DataBrew; the common subset behaves the same). */
const replaceText = (step, columns) => {
    const cols = sourceColumns(step, columns);
    let re;
    try {
        re = new RegExp(param(step, 'pattern'), 'gu');
    }
    catch (err) {
        throw new StepError(step, `REPLACE_TEXT pattern is not a valid regular expression: ${err.message}`);
    }
    const value = step.parameters.value ?? '';
    return inPlace(columns, cols, v => v.replace(re, value));
};
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
                if (missing(v))
                    continue;
                const parsed = (0,parsePhoneNumber/* parsePhoneNumber */.l)(v, region ? { defaultCountry: region } : undefined);
                if (parsed && parsed.isValid())
                    row[c] = parsed.format(format);
            }
            return row;
        }
    };
};
// ---------------------------------------------------------------- structure
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
function insertAfter(columns, after, added) {
    const i = columns.findIndex(c => c.name === after);
    return [...columns.slice(0, i + 1), ...added, ...columns.slice(i + 1)];
}
function requireNew(step, columns, name) {
    if (columns.some(c => c.name === name))
        throw new StepError(step, `column '${name}' already exists`);
}
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
        columns: insertAfter(columns, from, [{ name: to, type }]),
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
        columns: insertAfter(columns, from[from.length - 1], [{ name: to, type: 'string' }]),
        apply: row => {
            const parts = from.map(f => row[f]).filter(v => !missing(v));
            row[to] = parts.length === 0 ? null : parts.join(delimiter);
            return row;
        }
    };
};
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
            const parts = missing(v) ? [] : split(v);
            for (let k = 0; k < count; k++)
                row[names[k]] = parts[k] ?? null;
            delete row[from];
            return row;
        }
    };
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
// ---------------------------------------------------------------- types and quality
const TYPES = {
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
    const type = TYPES[raw.toLowerCase()];
    if (!type)
        throw new UnsupportedOperation(step, `CHANGE_DATA_TYPE to '${raw}' cannot run locally (supported: ${Object.keys(TYPES).join(', ')})`);
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
            row[from] = missing(v) ? null : convert(v);
            return row;
        }
    };
};
const removeMissing = (step, columns) => {
    const cols = sourceColumns(step, columns);
    return { columns, apply: row => (cols.some(c => missing(row[c])) ? null : row) };
};
function fillWith(value) {
    return (step, columns) => {
        const cols = sourceColumns(step, columns);
        const v = value(step);
        return {
            columns,
            apply: row => {
                for (const c of cols)
                    if (missing(row[c]))
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
                    if (missing(v))
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
                        else if (kind === 'min')
                            fill = String(Math.min(...nums));
                        else if (kind === 'max')
                            fill = String(Math.max(...nums));
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
                if (missing(row[col]))
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
            if (missing(v))
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
// ---------------------------------------------------------------- PII
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
    const digest = d.hmac ? hmacBase64(d.algorithm, options.hashKey) : digestBase64(d.algorithm);
    return inPlace(columns, cols, v => (v === '' ? v : digest(v)));
};
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
    const re = new RegExp(flag(step, 'regex') ? value : escapeRegex(value), 'gu');
    return inPlace(columns, cols, v => v.replace(re, m => maskChars(m, symbol, () => false)));
};
/** MASK_RANGE: [start, stop) with Python-style negative indexes, on characters (code points). */
const maskRange = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const start = step.parameters.start !== undefined ? intParam(step, 'start') : undefined;
    const stop = step.parameters.stop !== undefined ? intParam(step, 'stop') : undefined;
    const keep = keeper(step);
    return inPlace(columns, cols, v => {
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
    const preserve = !flag(step, 'preserveDelimiters') ? true : false;
    const keep = keeper(step);
    return inPlace(columns, cols, v => {
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
    return inPlace(columns, cols, v => {
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
/** REMOVE_VALUES deletes the rows its conditions select (the console's "remove rows where …"). */
const removeValues = (step, columns) => {
    sourceColumns(step, columns);
    if (step.conditions.length === 0) {
        throw new UnsupportedOperation(step, 'REMOVE_VALUES without ConditionExpressions cannot run locally: its effect is defined by the conditions');
    }
    return { columns, apply: () => null }; // the engine applies it only where the conditions hold
};
const OPERATIONS = {
    LOWER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toLowerCase()),
    UPPER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toUpperCase()),
    CAPITAL_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.replace(/\p{L}[\p{L}\p{M}'’]*/gu, capitalize)),
    SENTENCE_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => capitalize(v)),
    REMOVE_COMBINED: removeCombined,
    REPLACE_TEXT: replaceText,
    FORMAT_PHONE_NUMBER: formatPhone,
    DELETE: deleteColumns,
    RENAME: rename,
    DUPLICATE: duplicate,
    MERGE: merge,
    SPLIT_COLUMN_SINGLE_DELIMITER: splitSingle,
    SPLIT_COLUMN_MULTIPLE_DELIMITER: splitMultiple,
    SPLIT_COLUMN_FROM_START: splitFromStart,
    SPLIT_COLUMN_FROM_END: splitFromEnd,
    SPLIT_COLUMN_BETWEEN_POSITIONS: splitBetweenPositions,
    SPLIT_COLUMN_BETWEEN_DELIMITER: splitBetweenDelimiter,
    CHANGE_DATA_TYPE: changeDataType,
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
    FILL_WITH_MINIMUM: fillWithStat('min'),
    FILL_WITH_MAXIMUM: fillWithStat('max'),
    REMOVE_DUPLICATES: removeDuplicates,
    DELETE_DUPLICATE_ROWS: deleteDuplicateRows,
    CRYPTOGRAPHIC_HASH: cryptographicHash,
    MASK_CUSTOM: maskCustom,
    MASK_DATE: maskDate,
    MASK_DELIMITER: maskDelimiter,
    MASK_RANGE: maskRange,
    REPLACE_WITH_RANDOM_BETWEEN: replaceWithRandomBetween
};
const SUPPORTED_OPERATIONS = Object.keys(OPERATIONS);

;// CONCATENATED MODULE: ./src/recipe/validate.ts



function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    return d[a.length][b.length];
}
/** The closest name within a third of the length, for "did you mean". */
function closest(name, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const dd = distance(name.toLowerCase(), c.toLowerCase());
        if (dd < bestD) {
            bestD = dd;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
function validateRecipe(recipe, options = {}) {
    const problems = [];
    const add = (step, message, severity = 'error') => problems.push(stepProblem(recipe, step, message, severity));
    for (const step of recipe.steps) {
        const spec = CATALOG[step.operation];
        if (!spec) {
            const instead = MISNAMED[step.operation] ?? closest(step.operation, Object.keys(CATALOG));
            problems.push({
                file: recipe.file,
                ...step.location,
                step: step.number,
                message: `step ${step.number}: unknown operation ${step.operation}${instead ? `: use ${instead}` : ''}`,
                severity: 'error'
            });
            continue;
        }
        if (spec.params) {
            const known = Object.keys(spec.params);
            for (const [name, value] of Object.entries(step.parameters)) {
                const p = spec.params[name];
                if (!p) {
                    const hint = closest(name, known);
                    add(step, `unknown parameter ${name}${hint ? ` (did you mean ${hint}?)` : ` (known: ${known.join(', ')})`}`);
                    continue;
                }
                if (p.list && !listParameter(value))
                    add(step, `parameter ${name} must be a JSON list of strings, e.g. "[\\"a\\",\\"b\\"]"`);
                if (p.boolean && value !== 'true' && value !== 'false')
                    add(step, `parameter ${name} must be "true" or "false", not "${value}"`);
                if (p.enum) {
                    const values = p.list ? (listParameter(value) ?? []) : [value];
                    for (const v of values) {
                        if (!p.enum.includes(v))
                            add(step, `parameter ${name}: "${v}" is not one of ${p.enum.join(', ')}`);
                    }
                }
            }
            const hasSource = step.parameters.sourceColumn !== undefined || step.parameters.sourceColumns !== undefined;
            for (const [name, p] of Object.entries(spec.params)) {
                if (!p.required || step.parameters[name] !== undefined)
                    continue;
                // Single-column operations also accept sourceColumns (one list), as exported recipes show both forms.
                if ((name === 'sourceColumn' || name === 'sourceColumns') && hasSource)
                    continue;
                add(step, `missing required parameter ${name}`);
            }
        }
        for (const c of step.conditions) {
            if (!CONDITIONS.includes(c.condition)) {
                const hint = closest(c.condition, CONDITIONS);
                add(step, `unknown condition ${c.condition}${hint ? ` (did you mean ${hint}?)` : ''}`);
            }
        }
        if (spec.nondeterministic) {
            add(step, 'is random: a local run cannot reproduce DataBrew output for it byte for byte', 'warning');
        }
    }
    if (options.columns)
        problems.push(...checkColumns(recipe, options.columns).problems);
    return problems;
}
/**
 * Follows the columns through the steps the local engine knows (it compiles each step against the columns before
 * it). Returns the output columns, or undefined when a step changes the schema in a way only DataBrew computes.
 */
function checkColumns(recipe, input) {
    const problems = [];
    let columns = input.map(name => ({ name, type: 'string' }));
    for (const step of recipe.steps) {
        const compile = OPERATIONS[step.operation];
        if (!compile) {
            if (CATALOG[step.operation]) {
                problems.push({
                    file: recipe.file,
                    ...step.location,
                    step: step.number,
                    message: `step ${step.number} (${step.operation}): columns after this step are not checked (the local engine cannot run it)`,
                    severity: 'warning'
                });
            }
            return { problems };
        }
        for (const c of step.conditions) {
            if (!columns.some(col => col.name === c.targetColumn)) {
                problems.push({
                    file: recipe.file,
                    ...step.location,
                    step: step.number,
                    message: `step ${step.number} (${step.operation}): condition targets column '${c.targetColumn}', which does not exist at this step`,
                    severity: 'error'
                });
            }
        }
        try {
            // A placeholder key: only the schema is computed here, nothing is hashed.
            columns = compile(step, columns, { hashKey: Buffer.alloc(1) }).columns;
        }
        catch (err) {
            if (!(err instanceof StepError))
                throw err;
            // Parameter problems are validateRecipe's to report; here only what the columns reveal.
            if (/needs parameter|must be a JSON list/.test(err.message))
                return { problems };
            problems.push({
                file: recipe.file,
                ...step.location,
                step: step.number,
                message: `step ${step.number} (${step.operation}): ${err.message}`,
                severity: 'error'
            });
            return { problems };
        }
    }
    return { output: columns.map(c => c.name), problems };
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
        throw new Error(`${what} ${file} cannot be read (${err.code ?? 'error'})`);
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

;// CONCATENATED MODULE: ./src/recipe/conditions.ts
const conditions_missing = (v) => v === null || v === undefined || v === '';
function num(v) {
    if (conditions_missing(v))
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
}
function compare(a, b) {
    const x = num(a);
    const y = num(b);
    if (x !== undefined && y !== undefined)
        return x - y;
    if (conditions_missing(a))
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
const conditions_CONDITIONS = {
    IS_MISSING: c => r => conditions_missing(r[c]),
    IS_NOT_MISSING: c => r => !conditions_missing(r[c]),
    IS: (c, v) => {
        const set = new Set(values(v));
        return r => !conditions_missing(r[c]) && set.has(r[c]);
    },
    IS_NOT: (c, v) => {
        const set = new Set(values(v));
        return r => conditions_missing(r[c]) || !set.has(r[c]);
    },
    EQUALS: (c, v) => r => compare(r[c], v ?? '') === 0,
    NOT_EQUALS: (c, v) => r => compare(r[c], v ?? '') !== 0,
    LESS_THAN: (c, v) => r => (compare(r[c], v ?? '') ?? 0) < 0 && !conditions_missing(r[c]),
    LESS_THAN_EQUAL: (c, v) => r => !conditions_missing(r[c]) && (compare(r[c], v ?? '') ?? 1) <= 0,
    GREATER_THAN: (c, v) => r => !conditions_missing(r[c]) && (compare(r[c], v ?? '') ?? 0) > 0,
    GREATER_THAN_EQUAL: (c, v) => r => !conditions_missing(r[c]) && (compare(r[c], v ?? '') ?? -1) >= 0,
    CONTAINS: (c, v) => r => !conditions_missing(r[c]) && r[c].includes(v ?? ''),
    NOT_CONTAINS: (c, v) => r => conditions_missing(r[c]) || !r[c].includes(v ?? ''),
    STARTS_WITH: (c, v) => r => !conditions_missing(r[c]) && r[c].startsWith(v ?? ''),
    NOT_STARTS_WITH: (c, v) => r => conditions_missing(r[c]) || !r[c].startsWith(v ?? ''),
    ENDS_WITH: (c, v) => r => !conditions_missing(r[c]) && r[c].endsWith(v ?? ''),
    NOT_ENDS_WITH: (c, v) => r => conditions_missing(r[c]) || !r[c].endsWith(v ?? ''),
    IS_BETWEEN: (c, v) => {
        const [lo, hi] = values(v);
        return r => {
            const a = lo === undefined ? undefined : compare(r[c], lo);
            const b = hi === undefined ? undefined : compare(r[c], hi);
            return a !== undefined && b !== undefined && a >= 0 && b <= 0;
        };
    },
    MATCHES: (c, v) => {
        const re = new RegExp(v ?? '');
        return r => !conditions_missing(r[c]) && re.test(r[c]);
    },
    NOT_MATCHES: (c, v) => {
        const re = new RegExp(v ?? '');
        return r => conditions_missing(r[c]) || !re.test(r[c]);
    }
};
const SUPPORTED_CONDITIONS = Object.keys(conditions_CONDITIONS);
/** The AND of the step's conditions; throws naming the first condition that cannot be evaluated here. */
function compileConditions(conditions) {
    if (conditions.length === 0)
        return undefined;
    const predicates = conditions.map(c => {
        const factory = conditions_CONDITIONS[c.condition];
        if (!factory)
            throw new Error(`condition ${c.condition} cannot be evaluated locally`);
        return factory(c.targetColumn, c.value);
    });
    return predicates.length === 1 ? predicates[0] : row => predicates.every(p => p(row));
}

;// CONCATENATED MODULE: ./src/recipe/engine.ts


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
            const when = compileConditions(step.conditions);
            for (const c of step.conditions) {
                if (!columns.some(col => col.name === c.targetColumn)) {
                    throw new StepError(step, `condition ${c.condition} targets column '${c.targetColumn}', which does not exist at this step`);
                }
            }
            const compiled = compile(step, columns.map(c => ({ ...c })), options);
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
/**
 * Streams the reader through the recipe into the writer. `reopen` gives a fresh reader of the same input for the
 * first passes that aggregate fills need. The writer is aborted (no partial output) on any failure.
 */
async function runCompiled(compiled, reader, writer, reopen) {
    try {
        for (let i = 0; i < compiled.steps.length; i++) {
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
/** Runs a recipe over in-memory rows (previews, tests). */
function runRows(compiled, rows) {
    const out = [];
    for (const row of rows) {
        const r = through(compiled, { ...row }, compiled.steps.length);
        if (r)
            out.push(r);
    }
    return out;
}

// EXTERNAL MODULE: ./src/report/format.ts
var format = __webpack_require__(2011);
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
function cell(value, masked) {
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
        lines.push(`| ${columns.map(c => cell(row[c] ?? null, masked(c, row[c] ?? null))).join(' | ')} |`);
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
function renderRecipeReport(r, piiColumns) {
    const errors = r.problems.filter(p => p.severity === 'error');
    const warnings = r.problems.filter(p => p.severity === 'warning');
    const icon = errors.length > 0 ? '❌' : warnings.length > 0 ? '⚠️' : '✅';
    const lines = [`### ${icon} ${(0,format/* escapeMarkdown */.FV)(r.file)}`, ''];
    if (r.problems.length === 0)
        lines.push('Valid: every step is known and its parameters are complete; the PII policy holds.', '');
    else {
        lines.push(`${errors.length} error(s), ${warnings.length} warning(s):`, '');
        for (const p of r.problems) {
            lines.push(`- \`${(0,format/* escapeMarkdown */.FV)(`${p.file}:${p.line}:${p.column}`)}\` ${p.severity === 'warning' ? 'warning: ' : ''}${(0,format/* escapeMarkdown */.FV)(p.message)}`);
        }
        lines.push('');
    }
    if (r.schema) {
        lines.push(`**Output schema** (${r.schema.length} columns): ${r.schema.map(c => `\`${(0,format/* escapeMarkdown */.FV)(c)}\``).join(', ')}`, '');
        if (r.baseSchema) {
            const d = schemaDiff(r.baseSchema, r.schema);
            if (d.added.length === 0 && d.removed.length === 0 && !d.moved)
                lines.push('Schema unchanged from the base branch.', '');
            else {
                lines.push('**Schema change against the base branch:**', '');
                for (const c of d.added)
                    lines.push(`- added \`${(0,format/* escapeMarkdown */.FV)(c)}\``);
                for (const c of d.removed)
                    lines.push(`- removed \`${(0,format/* escapeMarkdown */.FV)(c)}\``);
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
        lines.push(`**Sample** \`${(0,format/* escapeMarkdown */.FV)(s.file)}\`: ${s.rowsIn} row(s) in, ${s.rowsOut} out. PII columns of the policy are masked before, and wherever they are not hashed after.`, '', '<details><summary>Before</summary>', '', ...table(s.beforeColumns, s.before, c => piiColumns.has(c)), '', '</details>', '', '<details open><summary>After</summary>', '', ...table(s.afterColumns, s.after, (c, v) => piiColumns.has(c) && !looksHashed(v)), '', '</details>', '');
    }
    else if (r.sampleNote)
        lines.push(`Sample not run: ${(0,format/* escapeMarkdown */.FV)(r.sampleNote)}`, '');
    return lines.join('\n');
}
function renderValidateSummary(reports, piiColumns, policyFile) {
    const errors = reports.reduce((n, r) => n + r.problems.filter(p => p.severity === 'error').length, 0);
    const head = errors > 0 ? `## ❌ ${errors} recipe problem(s)` : '## ✅ Recipes valid';
    const policy = policyFile ? `PII policy \`${(0,format/* escapeMarkdown */.FV)(policyFile)}\`` : 'no PII policy';
    return [
        head,
        '',
        `${reports.length} recipe(s) checked against ${policy}, without AWS credentials.`,
        '',
        ...reports.map(r => renderRecipeReport(r, piiColumns))
    ].join('\n');
}

// EXTERNAL MODULE: ./src/settings/settings.ts
var settings = __webpack_require__(7100);
// EXTERNAL MODULE: ./src/jobs/expand-files.ts + 3 modules
var expand_files = __webpack_require__(8134);
// EXTERNAL MODULE: ./src/jobs/upload-job.ts + 7 modules
var upload_job = __webpack_require__(3407);
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
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
async function readSample(file) {
    const format = formatOf(file);
    if (!format)
        throw new Error(`sample-data ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    const reader = await openReader(file, format);
    const rows = [];
    try {
        for await (const batch of reader.batches()) {
            rows.push(...batch.slice(0, SAMPLE_ROWS - rows.length));
            if (rows.length >= SAMPLE_ROWS)
                break;
        }
    }
    finally {
        await reader.close();
    }
    return { columns: reader.columns.map(c => c.name), rows };
}
/** The recipe's text on the PR's base branch, if the checkout has it (actions/checkout with fetch-depth: 0). */
async function baseVersion(env, cwd, relative) {
    const base = env.GITHUB_BASE_REF?.trim();
    if (!base)
        return undefined;
    for (const ref of [`origin/${base}`, base]) {
        try {
            const { stdout } = await run('git', ['show', `${ref}:${relative.split((external_node_path_default()).sep).join('/')}`], {
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
async function runValidateJob(s, ctx) {
    (0,settings/* requireForCommand */.mc)(s);
    const cwd = ctx.cwd;
    const problems = [];
    const reports = [];
    let policy;
    if (s.policy) {
        const loaded = await loadPolicy(external_node_path_default().resolve(cwd, s.policy));
        problems.push(...loaded.problems.map(p => ({ ...p, file: s.policy })));
        policy = loaded.policy && { ...loaded.policy, file: s.policy };
    }
    const sample = s.sampleData ? await readSample(external_node_path_default().resolve(cwd, s.sampleData)) : undefined;
    const recipes = s.recipes.length > 0 ? await (0,expand_files/* expandFiles */.C)(s.recipes, cwd, { failOnEmpty: true }) : [];
    const previewKey = (0,external_node_crypto_.randomBytes)(32);
    for (const file of recipes) {
        const text = await readText(file.path, 'recipe');
        const checked = checkRecipeText(text, file.name, { policy, columns: sample?.columns });
        const report = { file: file.name, problems: checked.problems, schema: checked.output };
        const base = await baseVersion(ctx.env, cwd, file.name);
        if (base !== undefined && sample) {
            const old = parseRecipe(base, file.name).recipe;
            if (old)
                report.baseSchema = checkColumns(old, sample.columns).output;
        }
        if (!sample)
            report.sampleNote = "no sample-data input: set it to preview the recipe's output";
        else if (checked.recipe && !checked.problems.some(p => p.severity === 'error')) {
            try {
                const compiled = compileRecipe(checked.recipe, sample.columns.map(name => ({ name, type: 'string' })), { hashKey: previewKey });
                const after = runRows(compiled, sample.rows);
                report.sample = {
                    file: s.sampleData,
                    rowsIn: sample.rows.length,
                    rowsOut: after.length,
                    beforeColumns: sample.columns,
                    before: sample.rows.slice(0, PREVIEW_ROWS),
                    afterColumns: compiled.output.map(c => c.name),
                    after: after.slice(0, PREVIEW_ROWS)
                };
            }
            catch (err) {
                report.sampleNote = err instanceof Error ? err.message.split('\n')[0] : String(err);
            }
        }
        else
            report.sampleNote = 'the recipe has errors';
        problems.push(...checked.problems);
        reports.push(report);
    }
    if (s.files.length > 0) {
        const plan = await (0,upload_job/* planUpload */.d)(s, ctx);
        ctx.log(`files: ${plan.files.length} matched; keys: ${plan.recipients.map(r => r.fingerprint).join(', ')}`);
    }
    const errors = problems.filter(p => p.severity === 'error');
    let shown = 0;
    for (const p of problems) {
        if (p.severity === 'error' && shown >= ANNOTATIONS_PER_STEP)
            continue;
        if (p.severity === 'error')
            shown++;
        ctx.annotate?.(p);
        ctx.log(`${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`);
    }
    const piiColumns = new Set(policy?.columns.map(c => c.name) ?? []);
    const summary = renderValidateSummary(reports, piiColumns, s.policy);
    return {
        outputs: { status: errors.length > 0 ? 'invalid' : 'valid', files: String(recipes.length) },
        summary,
        failure: errors.length > 0
            ? `${errors.length} problem(s) in ${reports.filter(r => r.problems.some(p => p.severity === 'error')).length} recipe(s)${errors.length > ANNOTATIONS_PER_STEP ? ` (first ${ANNOTATIONS_PER_STEP} annotated; all in the job summary)` : ''}: first: ${errors[0].file}:${errors[0].line}:${errors[0].column}: ${errors[0].message}`
            : undefined
    };
}


/***/ })

};
