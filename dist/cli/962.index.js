export const id = 962;
export const ids = [962];
export const modules = {

/***/ 7569:
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
async function openCsvWriter(path, columns) {
    const out = (0,external_node_fs_.createWriteStream)(path, { flags: 'w' });
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
                text += names.map(n => csvField(row[n] ?? null)).join(',') + '\n';
            await write(text);
        },
        async close() {
            out.end();
            await (0,external_node_events_.once)(out, 'finish');
        },
        async abort() {
            // The file opens asynchronously: wait for the stream to close, or the open could recreate it after rm.
            if (!out.closed) {
                const closed = (0,external_node_events_.once)(out, 'close');
                out.destroy();
                await closed;
            }
            await (0,promises_.rm)(path, { force: true });
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
async function openJsonlWriter(path, columns) {
    const out = (0,external_node_fs_.createWriteStream)(path, { flags: 'w' });
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
                await (0,external_node_events_.once)(out, 'drain');
        },
        async close() {
            out.end();
            await (0,external_node_events_.once)(out, 'finish');
        },
        async abort() {
            // The file opens asynchronously: wait for the stream to close, or the open could recreate it after rm.
            if (!out.closed) {
                const closed = (0,external_node_events_.once)(out, 'close');
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
    const fd = (0,external_node_fs_.openSync)(path, 'w');
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

/***/ 1122:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  M: () => (/* binding */ RecipeCompileError),
  aM: () => (/* binding */ compileRecipe),
  JY: () => (/* binding */ runCompiled),
  TO: () => (/* binding */ runRows)
});

;// CONCATENATED MODULE: ./src/recipe/conditions.ts
const missing = (v) => v === null || v === undefined || v === '';
function num(v) {
    if (missing(v))
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
}
function compare(a, b) {
    const x = num(a);
    const y = num(b);
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
const CONDITIONS = {
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
    MATCHES: (c, v) => {
        const re = new RegExp(v ?? '');
        return r => !missing(r[c]) && re.test(r[c]);
    },
    NOT_MATCHES: (c, v) => {
        const re = new RegExp(v ?? '');
        return r => missing(r[c]) || !re.test(r[c]);
    }
};
const SUPPORTED_CONDITIONS = Object.keys(CONDITIONS);
/** The AND of the step's conditions; throws naming the first condition that cannot be evaluated here. */
function compileConditions(conditions) {
    if (conditions.length === 0)
        return undefined;
    const predicates = conditions.map(c => {
        const factory = CONDITIONS[c.condition];
        if (!factory)
            throw new Error(`condition ${c.condition} cannot be evaluated locally`);
        return factory(c.targetColumn, c.value);
    });
    return predicates.length === 1 ? predicates[0] : row => predicates.every(p => p(row));
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js + 2 modules
var parsePhoneNumber = __webpack_require__(6506);
// EXTERNAL MODULE: ./src/recipe/model.ts
var model = __webpack_require__(5499);
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
const operations_missing = (v) => v === null || v === undefined || v === '';
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
    const items = (0,model/* listParameter */.MH)(raw);
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
                if (operations_missing(v))
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
            const parts = from.map(f => row[f]).filter(v => !operations_missing(v));
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
            const parts = operations_missing(v) ? [] : split(v);
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
            row[from] = operations_missing(v) ? null : convert(v);
            return row;
        }
    };
};
const removeMissing = (step, columns) => {
    const cols = sourceColumns(step, columns);
    return { columns, apply: row => (cols.some(c => operations_missing(row[c])) ? null : row) };
};
function fillWith(value) {
    return (step, columns) => {
        const cols = sourceColumns(step, columns);
        const v = value(step);
        return {
            columns,
            apply: row => {
                for (const c of cols)
                    if (operations_missing(row[c]))
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
                    if (operations_missing(v))
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
                if (operations_missing(row[col]))
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
            if (operations_missing(v))
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


/***/ }),

/***/ 5499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ listParameter),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   gI: () => (/* binding */ stepProblem)
/* harmony export */ });
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


/***/ })

};
