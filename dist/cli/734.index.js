export const id = 734;
export const ids = [734];
export const modules = {

/***/ 7734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CHUNK_CHARS: () => (/* binding */ CHUNK_CHARS),
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
// EXTERNAL MODULE: ./src/formats/utf8.ts
var utf8 = __webpack_require__(6757);
// EXTERNAL MODULE: ./src/recipe/chunk-task.ts
var chunk_task = __webpack_require__(6813);
;// CONCATENATED MODULE: ./src/recipe/csv-chunks.ts
/**
 * Cuts decoded CSV text into chunks of whole records, so that worker threads can parse and transform them apart
 * (src/recipe/parallel.ts). Pure.
 */
/**
 * The index just after the last record end in `text`, which starts at a record's start; -1 when there is none. A
 * record ends at a line break outside quotes: `\n`, or a `\r` with something other than `\n` after it (a `\r` at the
 * very end is no cut: the next text may start with its `\n`). Quotes are read as CsvParser reads them: a quote opens
 * a quoted field only at the field's start (elsewhere it is text), and "" inside a quoted field is one quote.
 */
function lastRecordEnd(text, delimiter = ',') {
    const n = text.length;
    // Each search starts where the last ended (`from` only grows, or the character skipped is no match): linear.
    const finder = (ch) => {
        let at = -2;
        return (from) => (at === -1 || at >= from ? at : (at = text.indexOf(ch, from)));
    };
    const quote = finder('"');
    const lf = finder('\n');
    const cr = finder('\r');
    let cut = -1;
    let i = 0;
    while (i < n) {
        let open = quote(i);
        while (open > 0 && !fieldStart(text.charCodeAt(open - 1), delimiter))
            open = quote(open + 1);
        const stop = open === -1 ? n : open;
        for (let j = lf(i); j !== -1 && j < stop; j = lf(j + 1))
            cut = j + 1;
        // A lone \r ends a record too (\r\n ends at its \n; a \r at the very end cannot tell yet).
        for (let j = cr(i); j !== -1 && j < stop; j = cr(j + 1))
            if (j + 1 < n && text.charCodeAt(j + 1) !== 10 && j + 1 > cut)
                cut = j + 1;
        if (open === -1)
            break;
        let close = quote(open + 1);
        while (close !== -1 && text.charCodeAt(close + 1) === 34)
            close = quote(close + 2);
        if (close === -1)
            break; // inside a quoted field that continues past the text
        i = close + 1;
    }
    return cut;
}
function fieldStart(previous, delimiter) {
    return previous === 10 || previous === 13 || previous === delimiter.charCodeAt(0);
}
/** The index just after the first record end in `text` (which starts at a record's start), or -1. */
function firstRecordEnd(text, delimiter = ',') {
    let i = 0;
    const n = text.length;
    while (i < n) {
        let open = text.indexOf('"', i);
        while (open > 0 && !fieldStart(text.charCodeAt(open - 1), delimiter))
            open = text.indexOf('"', open + 1);
        const stop = open === -1 ? n : open;
        const at = firstBreak(text, i, stop);
        if (at !== 0)
            return at;
        if (open === -1)
            return -1;
        let close = text.indexOf('"', open + 1);
        while (close !== -1 && text.charCodeAt(close + 1) === 34)
            close = text.indexOf('"', close + 2);
        if (close === -1)
            return -1;
        i = close + 1;
    }
    return -1;
}
/** The index after the first record-ending line break in text[from, to); 0: none there; -1: cannot tell yet. */
function firstBreak(text, from, to) {
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        if (c === 10)
            return i + 1;
        if (c === 13)
            return i + 1 >= text.length ? -1 : text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    }
    return 0;
}
/** Line feeds in `text`: the physical lines a chunk spans, so that errors in later chunks name the right line. */
function countLineFeeds(text) {
    let count = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        count++;
    return count;
}

// EXTERNAL MODULE: ./src/recipe/engine.ts
var engine = __webpack_require__(1098);
;// CONCATENATED MODULE: ./src/recipe/parallel.ts
/**
 * A recipe run across worker threads, for the common job: a CSV in, a Parquet out, every step row-local. The
 * coordinator (the calling thread) reads and decodes the file and cuts it into chunks of whole records
 * (src/recipe/csv-chunks.ts); each worker parses its chunks, runs the steps and encodes each chunk as one Parquet row
 * group (src/recipe/chunk-worker.ts); the coordinator writes the row groups in input order. Hashing, normalisation,
 * parsing and compression all scale with the cores; what stays on one thread is decoding, cutting and writing.
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
 * Characters of CSV text per chunk (= per row group): ~32k rows of a 125-byte customer record. Smaller chunks keep
 * less text in flight (RSS); 8 Mi measured 390–440 MiB peak RSS on 2 threads, over the 300 MiB target.
 */
const CHUNK_CHARS = 4 << 20;
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
    waiting = new Map();
    failure;
    failed = () => undefined;
    /** Settles when any worker fails (out of heap, crash): races every wait. */
    failedOnce = new Promise((_resolve, reject) => {
        this.failed = reject;
    });
    constructor(entryFile, task, threads, heapMb) {
        void this.failedOnce.catch(() => undefined); // observed by the waits
        for (let i = 0; i < threads; i++) {
            const worker = new external_node_worker_threads_.Worker(entryFile, {
                workerData: task,
                // A small young generation: chunk garbage dies young either way, and V8's default semi-spaces cost ~55 MiB
                // of peak RSS across 2 workers (80k rows: 302 → 237–248 MiB) for no measurable speed.
                resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: CHUNK_YOUNG_MB }
            });
            worker.on('message', (reply) => {
                const resolve = this.waiting.get(reply.id);
                this.waiting.delete(reply.id);
                resolve?.(reply);
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
        this.failed(this.failure);
    }
    /** Sends a request to worker `id % threads`; the promise settles with its reply. */
    ask(request) {
        const reply = new Promise(resolve => this.waiting.set(request.id, resolve));
        this.workers[request.id % this.workers.length].postMessage(request);
        return Promise.race([reply, this.failedOnce]);
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
        };
        let id = 0;
        for await (const chunk of csvChunks(job.input)) {
            inFlight.push(pool.ask({ id: id++, ...chunk }));
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
/** The input's records after the header, as chunks of whole records with the line each starts at. */
async function* csvChunks(file) {
    const decoder = new utf8/* StrictUtf8Decoder */.$(file);
    let text = '';
    let line = 1;
    let header = false;
    let first = true;
    const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 });
    try {
        for await (const bytes of stream) {
            let decoded = decoder.write(bytes);
            if (first && decoded.charCodeAt(0) === 0xfeff)
                decoded = decoded.slice(1); // BOM
            first = false;
            text += decoded;
            while (!header) {
                // The header (and any blank lines before it, which CsvParser skips) is the reader's: drop it here.
                const end = firstRecordEnd(text);
                if (end === -1)
                    break;
                const head = text.slice(0, end);
                text = text.slice(end);
                line += countLineFeeds(head);
                const parser = new csv/* CsvParser */.C2();
                header = parser.push(head).length + parser.end().length > 0;
            }
            if (!header || text.length < CHUNK_CHARS)
                continue;
            const cut = lastRecordEnd(text);
            if (cut <= 0)
                continue;
            const chunk = text.slice(0, cut);
            text = text.slice(cut);
            yield { text: chunk, line, last: false };
            line += countLineFeeds(chunk);
        }
        text += decoder.end();
        if (header && text.length > 0)
            yield { text, line, last: true };
    }
    finally {
        stream.destroy();
    }
}


/***/ })

};
