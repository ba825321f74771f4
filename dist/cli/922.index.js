export const id = 922;
export const ids = [922];
export const modules = {

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ partialOutputPath),
/* harmony export */   runRecipeFile: () => (/* binding */ runRecipeFile)
/* harmony export */ });
/* unused harmony export requireFormat */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9500);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1098);
/* harmony import */ var _temp_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3551);
/**
 * Runs a recipe file over an input file into an output file, formats by extension. The output appears only when
 * complete (temp file + rename). Shared by `recipe run` and the action's validate command. The temp file is tracked
 * (src/temp-files.ts) so a signal removes it; a caller that runs this in a worker names the temp file itself
 * (`tempPath`) and removes it if the worker dies.
 */





function requireFormat(file, what) {
    const format = (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file);
    if (!format)
        throw new Error(`${what} ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    return format;
}
/** JOIN's secondary tables (`--join-dataset NAME=FILE`), read whole into memory. */
async function loadJoinDatasets(files) {
    const datasets = {};
    for (const [name, file] of Object.entries(files)) {
        const reader = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(file, requireFormat(file, `join dataset ${name}:`));
        try {
            const rows = [];
            for await (const batch of reader.batches())
                rows.push(...batch);
            datasets[name] = { columns: reader.columns, rows };
        }
        finally {
            await reader.close();
        }
    }
    return datasets;
}
/** The temp sibling a run writes before renaming it to `outputPath`. */
function partialOutputPath(outputPath) {
    return `${outputPath}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
}
async function runRecipeFile(recipe, inputPath, outputPath, options = {}, joinFiles = {}, tempPath = partialOutputPath(outputPath)) {
    const inFormat = requireFormat(inputPath, 'input');
    const outFormat = requireFormat(outputPath, 'output');
    if (Object.keys(joinFiles).length > 0)
        options = { ...options, joinDatasets: await loadJoinDatasets(joinFiles) };
    const reader = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat);
    let compiled;
    try {
        compiled = (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRecipe */ .aM)(recipe, reader.columns, options);
    }
    catch (err) {
        await reader.close();
        throw err;
    }
    const temp = tempPath;
    const release = (0,_temp_files_js__WEBPACK_IMPORTED_MODULE_4__/* .trackTempFile */ .UP)(temp);
    try {
        const writer = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openWriter */ .Kn)(temp, outFormat, compiled.output);
        const result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runCompiled */ .JY)(compiled, reader, writer, () => (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, outputPath);
        return { ...result, columns: compiled.output.map(c => c.name) };
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw err;
    }
    finally {
        release();
    }
}


/***/ })

};
