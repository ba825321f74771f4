export const id = 760;
export const ids = [760];
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

/***/ 3264:
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

// EXTERNAL MODULE: ./src/recipe/operations.ts
var operations = __webpack_require__(1102);
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
        const compile = operations/* OPERATIONS */.xb[step.operation];
        if (!compile) {
            problems.push(problemAt(recipe, step, `step ${step.number}: operation ${step.operation} cannot run in the local engine (it runs in DataBrew only)`));
            continue;
        }
        try {
            const when = compileConditions(step.conditions);
            for (const c of step.conditions) {
                if (!columns.some(col => col.name === c.targetColumn)) {
                    throw new operations/* StepError */.zg(step, `condition ${c.condition} targets column '${c.targetColumn}', which does not exist at this step`);
                }
            }
            const compiled = compile(step, columns.map(c => ({ ...c })), options);
            steps.push({ step, compiled, when });
            columns = compiled.columns;
        }
        catch (err) {
            const message = err instanceof Error ? err.message : String(err);
            const prefix = err instanceof operations/* UnsupportedOperation */.D9 ? 'cannot run locally: ' : '';
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


/***/ })

};
