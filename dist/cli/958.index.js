export const id = 958;
export const ids = [958];
export const modules = {

/***/ 8958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serveChunks: () => (/* binding */ serveChunks)
/* harmony export */ });
/* unused harmony exports chunkEncoder, runChunk */
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _formats_csv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5756);
/* harmony import */ var _formats_parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6342);
/* harmony import */ var _formats_parquet_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3576);
/* harmony import */ var _formats_table_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9924);
/* harmony import */ var _formats_utf8_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6757);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1098);
/**
 * The worker side of a parallel recipe run (src/recipe/parallel.ts): compiles the recipe once, then turns each chunk
 * of CSV bytes (whole records) into one encoded Parquet row group: decode, parse, run the steps, encode and compress. Only
 * bytes go back to the coordinator (transferred, not copied).
 */







function chunkEncoder(compiled) {
    return new _formats_parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .RowGroupEncoder */ .CD([
        { name: 'root', num_children: compiled.output.length },
        ...compiled.output.map(_formats_parquet_js__WEBPACK_IMPORTED_MODULE_3__/* .schemaElement */ .Kb)
    ]);
}
/** Characters (or bytes) parsed at a time: the records of one piece are live at once, not the chunk's. */
const PIECE = 1 << 20;
/** The chunk's text in pieces; bytes that are not UTF-8 throw `input:line: not valid UTF-8 …`. */
function* pieces(input, chunk) {
    if ('text' in chunk) {
        for (let at = 0; at < chunk.text.length; at += PIECE)
            yield chunk.text.slice(at, at + PIECE);
        return;
    }
    const decoder = new _formats_utf8_js__WEBPACK_IMPORTED_MODULE_5__/* .StrictUtf8Decoder */ .$(input, chunk.utf8Line);
    const bytes = chunk.bytes;
    for (let at = 0; at < bytes.length; at += PIECE)
        yield decoder.write(bytes.subarray(at, at + PIECE));
    // Chunks end after a line break: only the file's last can end inside a multi-byte character.
    yield decoder.end();
}
/** Parses, transforms and encodes one chunk (`encoder` is reused: its page buffers are allocated once). */
function runChunk(compiled, encoder, input, chunk) {
    const names = compiled.input.map(c => c.name);
    const output = compiled.output;
    const convert = output.map(c => (0,_formats_parquet_js__WEBPACK_IMPORTED_MODULE_3__/* .converter */ .Hs)(c.type));
    const parser = new _formats_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvParser */ .C2(',', chunk.line);
    let rowsIn = 0;
    let rowsOut = 0;
    const take = (records) => {
        const lines = parser.recordLines;
        rowsIn += records.length;
        for (let r = 0; r < records.length; r++) {
            const row = (0,_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .throughAll */ .Ph)(compiled, (0,_formats_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .csvRecordRow */ ._N)(input, names, records[r], lines[r]));
            if (!row)
                continue;
            rowsOut++;
            for (let i = 0; i < output.length; i++)
                encoder.addValue(i, convert[i]((0,_formats_table_js__WEBPACK_IMPORTED_MODULE_6__/* .cell */ .Hn)(row, output[i].name)));
        }
    };
    try {
        for (const piece of pieces(input, chunk))
            take(parser.push(piece));
        const tail = parser.end();
        // Chunks end at record ends (src/recipe/byte-chunks.ts): only the file's last may end without a line break.
        if (tail.length > 0 && !chunk.last)
            throw new Error(`${input}:${parser.line}: a chunk ended inside a record`);
        take(tail);
    }
    catch (err) {
        if (err instanceof _formats_csv_js__WEBPACK_IMPORTED_MODULE_1__/* .CsvSyntaxError */ .oC)
            throw new Error(`${input}:${err.line}: ${err.message}`);
        throw err;
    }
    return { rowsIn, rowsOut, group: encoder.take() };
}
/** The worker's loop: one reply per request, in the order asked. */
function serveChunks(task) {
    const compiled = (0,_engine_js__WEBPACK_IMPORTED_MODULE_4__/* .compileRecipe */ .aM)(task.recipe, task.columns, {
        hashKey: task.hashKey ? Buffer.from(task.hashKey) : undefined
    });
    const encoder = chunkEncoder(compiled);
    node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.on('message', (request) => {
        let reply;
        // The chunk is decoded into strings by now: its buffer goes back to be read into again (no new allocation).
        const spare = request.bytes.buffer;
        try {
            const done = runChunk(compiled, encoder, task.input, request);
            reply = { id: request.id, spare, ok: true, ...done, group: (0,_formats_parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .packGroup */ .vE)(done.group, request.groupBuffer) };
        }
        catch (err) {
            reply = { id: request.id, spare, ok: false, error: err instanceof Error ? err.message : String(err) };
        }
        node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.parentPort.postMessage(reply, [spare, ...(reply.ok ? (0,_formats_parquet_columns_js__WEBPACK_IMPORTED_MODULE_2__/* .transferables */ .Hy)(reply.group) : [])]);
    });
}


/***/ })

};
