export const id = 704;
export const ids = [704];
export const modules = {

/***/ 704:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHUNK_BYTES: () => (/* binding */ CHUNK_BYTES),
  ROW_LOCAL_OPERATIONS: () => (/* binding */ ROW_LOCAL_OPERATIONS),
  chunkedColumns: () => (/* binding */ chunkedColumns),
  engineThreads: () => (/* binding */ engineThreads),
  runChunked: () => (/* binding */ runChunked)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./src/formats/csv.ts
var csv = __webpack_require__(5756);
// EXTERNAL MODULE: ./src/formats/parquet-columns.ts
var parquet_columns = __webpack_require__(6342);
// EXTERNAL MODULE: ./src/formats/parquet.ts
var parquet = __webpack_require__(3576);
// EXTERNAL MODULE: ./src/recipe/chunk-task.ts
var chunk_task = __webpack_require__(6813);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/formats/utf8.ts
var utf8 = __webpack_require__(6757);
;// CONCATENATED MODULE: ./src/recipe/csv-chunks.ts
/**
 * Cuts CSV into chunks of whole records, so that worker threads can parse and transform them apart
 * (src/recipe/parallel.ts). Pure. Works on decoded text or on UTF-8 bytes alike: the characters that matter (`"`, CR,
 * LF and the delimiter) are ASCII, and in UTF-8 an ASCII byte never occurs inside a multi-byte sequence, so a cut on
 * bytes falls between characters and the positions found are byte offsets.
 */
function units(source) {
    if (typeof source === 'string')
        return {
            length: source.length,
            find: (unit, from) => source.indexOf(String.fromCharCode(unit), from),
            at: i => source.charCodeAt(i)
        };
    // Buffer#indexOf is a native memchr: far faster than a loop over the bytes.
    const buf = Buffer.from(source.buffer, source.byteOffset, source.byteLength);
    return { length: buf.length, find: (unit, from) => buf.indexOf(unit, from), at: i => buf[i] ?? NaN };
}
const QUOTE = 34;
const LF = 10;
const CR = 13;
/**
 * The index just after the last record end in `source`, which starts at a record's start; -1 when there is none. A
 * record ends at a line break outside quotes: `\n`, or a `\r` with something other than `\n` after it (a `\r` at the
 * very end is no cut: the next text may start with its `\n`). Quotes are read as eachUnquoted reads them.
 */
function lastRecordEnd(source, delimiter = ',') {
    const text = units(source);
    const lf = finder(text, LF);
    const cr = finder(text, CR);
    let cut = -1;
    eachUnquoted(text, delimiter, (from, to) => {
        for (let j = lf(from); j !== -1 && j < to; j = lf(j + 1))
            cut = j + 1;
        // A lone \r ends a record too (\r\n ends at its \n; a \r at the very end cannot tell yet).
        for (let j = cr(from); j !== -1 && j < to; j = cr(j + 1))
            if (j + 1 < text.length && text.at(j + 1) !== LF && j + 1 > cut)
                cut = j + 1;
        return false;
    });
    return cut;
}
/**
 * Calls `visit(from, to)` for each stretch of `text` outside quoted fields, in order, until `visit` returns true or the
 * text ends (also when it ends inside a quoted field). Quotes are read as CsvParser reads them: a quote opens a quoted
 * field only at the field's start (elsewhere it is text), and "" inside a quoted field is one quote.
 */
function eachUnquoted(text, delimiter, visit) {
    const sep = delimiter.charCodeAt(0);
    const quote = finder(text, QUOTE);
    const n = text.length;
    let i = 0;
    while (i < n) {
        let open = quote(i);
        while (open > 0 && !fieldStart(text.at(open - 1), sep))
            open = quote(open + 1);
        if (visit(i, open === -1 ? n : open) || open === -1)
            return;
        let close = quote(open + 1);
        while (close !== -1 && text.at(close + 1) === QUOTE)
            close = quote(close + 2);
        if (close === -1)
            return; // inside a quoted field that continues past the text
        i = close + 1;
    }
}
/** Searches for `unit`, each from where the last ended (`from` only grows, or what it skips is no match): linear. */
function finder(text, unit) {
    let at = -2;
    return from => (at === -1 || at >= from ? at : (at = text.find(unit, from)));
}
function fieldStart(previous, delimiter) {
    return previous === LF || previous === CR || previous === delimiter;
}
/** The index just after the first record end in `source` (which starts at a record's start), or -1. */
function firstRecordEnd(source, delimiter = ',') {
    const text = units(source);
    let end = -1;
    eachUnquoted(text, delimiter, (from, to) => {
        const at = firstBreak(text, from, to);
        if (at !== 0)
            end = at;
        return at !== 0;
    });
    return end;
}
/** The index after the first record-ending line break in text[from, to); 0: none there; -1: cannot tell yet. */
function firstBreak(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.at(i);
        if (c === LF)
            return i + 1;
        if (c === CR)
            return i + 1 >= text.length ? -1 : text.at(i + 1) === LF ? i + 2 : i + 1;
    }
    return 0;
}
/** Line feeds in `source`: the physical lines a chunk spans, so that errors in later chunks name the right line. */
function countLineFeeds(source) {
    const text = units(source);
    let count = 0;
    for (let i = text.find(LF, 0); i !== -1; i = text.find(LF, i + 1))
        count++;
    return count;
}
/**
 * The line breaks CsvParser counts in `source` (whole records): every `\n`, inside quotes or not, and a `\r` outside
 * quotes with no `\n` after it (a lone `\r` ends a record). Line feeds alone miss those `\r`: in a file whose records
 * end in `\r`, errors in later chunks would name lines the one-thread engine does not.
 */
function countLineBreaks(source, delimiter = ',') {
    const text = units(source);
    const cr = finder(text, CR);
    let count = countLineFeeds(source);
    eachUnquoted(text, delimiter, (from, to) => {
        if (cr(from) === -1)
            return true; // no \r left to count
        for (let j = cr(from); j !== -1 && j < to; j = cr(j + 1))
            if (text.at(j + 1) !== LF)
                count++;
        return false;
    });
    return count;
}

;// CONCATENATED MODULE: ./src/recipe/byte-chunks.ts
/**
 * Reads a CSV file as chunks of whole records in bytes, for a chunked recipe run (src/recipe/parallel.ts). Each chunk
 * is a view on an ArrayBuffer of its own, so the coordinator can transfer it to a worker (no copy) and holds no text:
 * it neither decodes nor keeps strings; the worker decodes strictly (src/recipe/chunk-worker.ts).
 */




/** Room in a chunk buffer beyond `chunkBytes`, for the part record carried over from the last chunk. */
const CARRY_BYTES = 64 << 10;
/**
 * The input's records after the header, as chunks of about `chunkBytes` bytes of whole records. Buffers given back
 * into `spares` (by the workers, once they have decoded a chunk) are read into again: a fixed set of buffers circulates
 * instead of a fresh one per chunk, whose churn through malloc kept ~40 MiB more RSS (a fixed mmap threshold,
 * which stops that reuse, measured 213-217 MiB against 253-272 MiB).
 */
async function* byteChunks(file, chunkBytes, spares = []) {
    const handle = await (0,promises_.open)(file, 'r');
    let buf = new Uint8Array(0);
    let start = 0; // buf[start, filled) is read and not yet sent
    let filled = 0;
    let eof = false;
    /** A buffer of `size` bytes (a spare, or a new one): what is left of the last one, then the file. */
    const refill = async (size) => {
        const spare = spares.pop();
        const next = spare && spare.byteLength >= size
            ? new Uint8Array(spare, 0, size)
            : new Uint8Array(Math.max(size, chunkBytes + CARRY_BYTES)).subarray(0, size);
        next.set(buf.subarray(start, filled));
        filled -= start;
        start = 0;
        buf = next;
        while (!eof && filled < size) {
            const { bytesRead } = await handle.read(buf, filled, size - filled, null);
            if (bytesRead === 0)
                eof = true;
            filled += bytesRead;
        }
    };
    try {
        await refill(chunkBytes);
        if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
            start = 3; // BOM
        let line = 1;
        let utf8Line = 1;
        // The header (and any blank lines before it, which CsvParser skips) is the reader's: skip it here.
        for (let header = false; !header;) {
            const end = firstRecordEnd(buf.subarray(start, filled));
            if (end === -1) {
                if (eof)
                    return; // a header and no records
                await refill(Math.max(chunkBytes, 2 * (filled - start)));
                continue;
            }
            const head = buf.subarray(start, start + end);
            const decoder = new utf8/* StrictUtf8Decoder */.$(file, line);
            const parser = new csv/* CsvParser */.C2();
            header = parser.push(decoder.write(head) + decoder.end()).length + parser.end().length > 0;
            line += countLineBreaks(head);
            utf8Line += countLineFeeds(head);
            start += end;
        }
        for (;;) {
            const view = buf.subarray(start, filled);
            if (eof) {
                if (view.length > 0)
                    yield { bytes: view, line, utf8Line, last: true };
                return;
            }
            const cut = lastRecordEnd(view);
            if (cut <= 0) {
                // One record longer than the buffer: read on into a larger one.
                await refill(Math.max(chunkBytes, 2 * view.length));
                continue;
            }
            const chunk = { bytes: view.subarray(0, cut), line, utf8Line, last: false };
            line += countLineBreaks(chunk.bytes);
            utf8Line += countLineFeeds(chunk.bytes);
            start += cut;
            // The rest moves to the next buffer before this one is handed over (a transfer detaches it).
            await refill(chunkBytes + (filled - start));
            yield chunk;
        }
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/recipe/engine.ts
var engine = __webpack_require__(1098);
;// CONCATENATED MODULE: ./src/recipe/parallel.ts
/**
 * A recipe run across worker threads, for the common job: a CSV in, a Parquet out, every step row-local. The
 * coordinator (the calling thread) reads the file's bytes and cuts them into chunks of whole records
 * (src/recipe/byte-chunks.ts), transferred to the workers; each worker decodes and parses its chunks, runs the steps
 * and encodes each chunk as one Parquet row group (src/recipe/chunk-worker.ts); the coordinator writes the row groups
 * in input order. Decoding, hashing, normalisation, parsing and compression all scale with the cores; what stays on
 * one thread is reading, cutting and writing.
 */










/**
 * Operations whose result for a row depends on that row alone (no state across rows, no first pass, no whole-table
 * step): only recipes made of these run in chunks. Anything else runs on one thread as before.
 */
const ROW_LOCAL_OPERATIONS = new Set([
    'LOWER_CASE',
    'UPPER_CASE',
    'CAPITAL_CASE',
    'SENTENCE_CASE',
    'REMOVE_COMBINED',
    'REPLACE_TEXT',
    'FORMAT_PHONE_NUMBER',
    'DELETE',
    'RENAME',
    'DUPLICATE',
    'MERGE',
    'CHANGE_DATA_TYPE',
    'REMOVE_MISSING',
    'REMOVE_VALUES',
    'FILL_WITH_CUSTOM',
    'FILL_WITH_EMPTY',
    'FILL_WITH_NULL',
    'CRYPTOGRAPHIC_HASH'
]);
/**
 * Bytes of CSV per chunk (= per row group): ~17k rows of a 125-byte customer record. Smaller chunks keep less in
 * flight (RSS): at 1M rows on 2 threads, 2 MiB measured 203–213 MiB peak RSS against 232–234 MiB for 4 MiB, in the
 * same time.
 */
const CHUNK_BYTES = 2 << 20;
/** Young generation of each chunk worker, MiB. */
const CHUNK_YOUNG_MB = 4;
/** Worker threads for a chunked run: CLEANROOMS_ENGINE_THREADS, else the cores (at most 4); below 2, none. */
function engineThreads(env) {
    const raw = env.CLEANROOMS_ENGINE_THREADS;
    if (raw !== undefined && raw !== '') {
        const v = Number(raw);
        if (!Number.isInteger(v) || v < 1 || v > 64)
            throw new Error(`CLEANROOMS_ENGINE_THREADS=${raw}: use a whole number from 1 to 64 (1 = one thread)`);
        return v;
    }
    return Math.min((0,external_node_os_.availableParallelism)(), 4);
}
/**
 * The columns when the job can run in chunks (CSV in, Parquet out, no JOIN dataset, every step row-local and
 * compiling); undefined sends it down the one-thread path, which also reports any recipe problem as before.
 */
async function chunkedColumns(job, output) {
    if (external_node_path_default().extname(job.input).toLowerCase() !== '.csv')
        return undefined;
    if (external_node_path_default().extname(output).toLowerCase() !== '.parquet')
        return undefined;
    if (Object.keys(job.joinFiles ?? {}).length > 0)
        return undefined;
    if (!job.recipe.steps.every(s => ROW_LOCAL_OPERATIONS.has(s.operation)))
        return undefined;
    try {
        const reader = await (0,csv/* openCsvReader */.Ok)(job.input);
        const input = reader.columns;
        await reader.close();
        const hashKey = job.hashKey ? Buffer.from(job.hashKey) : undefined;
        return { input, output: (0,engine/* compileRecipe */.aM)(job.recipe, input, { hashKey }).output };
    }
    catch {
        return undefined;
    }
}
/** Workers that answer chunk requests; replies are matched by id. */
class ChunkPool {
    workers = [];
    /**
     * The settle functions of the requests in flight. A failure rejects them here rather than through a Promise.race
     * against one long-lived promise: each race left a reaction on it that kept its reply (a whole encoded row group)
     * reachable to the end of the run, ~120 MiB of RSS at 1M rows, growing with the file.
     */
    waiting = new Map();
    failure;
    /** Chunk buffers the workers gave back, for the reader to fill again (src/recipe/byte-chunks.ts). */
    spares = [];
    constructor(entryFile, task, threads, heapMb) {
        for (let i = 0; i < threads; i++) {
            const worker = new external_node_worker_threads_.Worker(entryFile, {
                workerData: task,
                // A small young generation: chunk garbage dies young either way, and V8's default semi-spaces cost ~55 MiB
                // of peak RSS across 2 workers (80k rows: 302 → 237–248 MiB) for no measurable speed.
                resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: CHUNK_YOUNG_MB }
            });
            worker.on('message', (reply) => {
                if (reply.spare)
                    this.spares.push(reply.spare);
                delete reply.spare;
                const waiter = this.waiting.get(reply.id);
                this.waiting.delete(reply.id);
                waiter?.resolve(reply);
            });
            worker.once('error', err => this.fail(err, heapMb));
            worker.once('exit', code => {
                if (code !== 0)
                    this.fail(new Error(`a recipe engine worker exited with code ${code}`), heapMb);
            });
            this.workers.push(worker);
        }
    }
    fail(err, heapMb) {
        if (this.failure)
            return;
        this.failure =
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new Error(`a recipe engine worker ran out of its ${heapMb} MiB heap: set CLEANROOMS_ENGINE_HEAP_MB higher`)
                : err;
        for (const waiter of this.waiting.values())
            waiter.reject(this.failure);
        this.waiting.clear();
    }
    /** Sends a request to worker `id % threads`; the promise settles with its reply, or rejects when a worker fails. */
    ask(request, transfer = []) {
        if (this.failure)
            return Promise.reject(this.failure);
        const reply = new Promise((resolve, reject) => this.waiting.set(request.id, { resolve, reject }));
        void reply.catch(() => undefined); // handled when its turn to be written comes; others may fail first
        this.workers[request.id % this.workers.length].postMessage(request, transfer);
        return reply;
    }
    async close() {
        await Promise.all(this.workers.map(w => w.terminate()));
    }
}
/**
 * Runs the job in chunks: reads `job.input`, writes `job.temp` (the caller renames or removes it). `columns` come
 * from chunkedColumns, which compiled the recipe on them.
 */
async function runChunked(entryFile, job, columns, threads, heapMb) {
    const hashKey = job.hashKey ? Buffer.from(job.hashKey) : undefined;
    const { output } = columns;
    const task = {
        task: chunk_task/* RECIPE_CHUNKS_TASK */.s,
        recipe: job.recipe,
        input: job.input,
        columns: columns.input,
        hashKey
    };
    const pool = new ChunkPool(entryFile, task, threads, heapMb);
    const fd = (0,external_node_fs_.openSync)(job.temp, 'w', 0o600); // 0600: the output of a recipe run can hold plaintext PII
    try {
        const writer = new parquet_columns/* ColumnarParquetWriter */.D0(fd, [{ name: 'root', num_children: output.length }, ...output.map(parquet/* schemaElement */.Kb)], 'cleanrooms-connect');
        let rowsIn = 0;
        let rowsOut = 0;
        // Replies are written in request order; one request per worker in flight, plus one queued.
        const inFlight = [];
        const settleOldest = async () => {
            const reply = await inFlight.shift();
            if (!reply.ok)
                throw new Error(reply.error);
            rowsIn += reply.rowsIn;
            rowsOut += reply.rowsOut;
            writer.writeGroup(reply.group);
            // Its buffer goes back to a worker with the next request: left to the coordinator's GC, which runs seldom (it
            // allocates little), written row groups piled up as external memory (up to ~70 MiB seen at 5M rows).
            groupBuffers.push(...(0,parquet_columns/* transferables */.Hy)(reply.group));
        };
        let id = 0;
        const groupBuffers = [];
        for await (const chunk of byteChunks(job.input, CHUNK_BYTES, pool.spares)) {
            // The chunk's buffer is transferred, not copied: the coordinator keeps no input once it is sent.
            const groupBuffer = groupBuffers.pop();
            const transfer = [chunk.bytes.buffer, ...(groupBuffer ? [groupBuffer] : [])];
            inFlight.push(pool.ask({ id: id++, ...chunk, groupBuffer }, transfer));
            if (inFlight.length > threads)
                await settleOldest();
        }
        while (inFlight.length > 0)
            await settleOldest();
        writer.finish();
        return { rowsIn, rowsOut, columns: output.map(c => c.name) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
        await pool.close();
    }
}


/***/ })

};
