export const id = 778;
export const ids = [778];
export const modules = {

/***/ 3442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ configuredTableProperties)
/* harmony export */ });
function configuredTableProperties(contract) {
    const names = (cs) => cs.map(c => c.name);
    const r = contract.rule;
    const policy = r.type === 'AGGREGATION'
        ? {
            Aggregation: {
                JoinColumns: names(r.joinColumns),
                ...(r.allowedJoinOperators ? { AllowedJoinOperators: r.allowedJoinOperators } : {}),
                ...(r.joinRequired ? { JoinRequired: r.joinRequired } : {}),
                DimensionColumns: names(r.dimensionColumns),
                ScalarFunctions: r.scalarFunctions,
                AggregateColumns: r.aggregateColumns.map(a => ({
                    ColumnNames: names(a.columnNames),
                    Function: a.function
                })),
                OutputConstraints: r.outputConstraints.map(c => ({
                    ColumnName: c.column.name,
                    Minimum: c.minimum,
                    Type: c.type
                }))
            }
        }
        : r.type === 'LIST'
            ? {
                List: {
                    JoinColumns: names(r.joinColumns),
                    ...(r.allowedJoinOperators ? { AllowedJoinOperators: r.allowedJoinOperators } : {}),
                    ListColumns: names(r.listColumns)
                }
            }
            : {
                Custom: {
                    AllowedAnalyses: r.allowedAnalyses,
                    ...(r.allowedAnalysisProviders ? { AllowedAnalysisProviders: r.allowedAnalysisProviders } : {})
                }
            };
    return {
        Name: contract.name,
        ...(contract.description ? { Description: contract.description } : {}),
        AnalysisMethod: 'DIRECT_QUERY',
        AllowedColumns: names(contract.allowedColumns),
        AnalysisRules: [{ Type: r.type, Policy: { V1: policy } }]
    };
}


/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineLocalCommand: () => (/* binding */ pipelineLocalCommand),
  printContract: () => (/* binding */ printContract)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/cleanrooms/cfn.ts
var cfn = __webpack_require__(3442);
// EXTERNAL MODULE: ./src/cleanrooms/check.ts
var check = __webpack_require__(3571);
// EXTERNAL MODULE: ./src/cleanrooms/contract.ts + 3 modules
var cleanrooms_contract = __webpack_require__(2262);
// EXTERNAL MODULE: ./src/recipe/model.ts
var model = __webpack_require__(5499);
// EXTERNAL MODULE: ./src/recipe/parse.ts + 1 modules
var parse = __webpack_require__(1002);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5408);
// EXTERNAL MODULE: ./src/crypto/keys.ts
var crypto_keys = __webpack_require__(6485);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-glue/dist-cjs/index.js
var dist_cjs = __webpack_require__(6542);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/transfer/batch.ts
var transfer_batch = __webpack_require__(9527);
;// CONCATENATED MODULE: ./src/lambdas/errors.ts
/**
 * How the Lambdas fail and read failures. A PipelineError's name is what the state machine sees as the task's
 * `Error` (the Lambda's errorType), so Catch and Retry can match it; its message is one line for the summary.
 * The readers do not use `instanceof Error`: errors from another realm (Node internals under a VM, the SDK's own
 * classes) are not instances of ours.
 */
/** Errors the state machine reports by name (the Lambda's errorType) with a one-line message. */
class PipelineError extends Error {
    constructor(name, message, options) {
        super(message, options);
        this.name = name;
    }
}
/** The first line of an error's message (or of what it is, when it is not an error). */
function oneLine(err) {
    const message = err?.message;
    const m = typeof message === 'string' ? message : String(err);
    return (m.split('\n')[0] ?? m).trim();
}
/** The error's name: the AWS SDK's exception name (NoSuchKey, EntityNotFoundException …) or 'Error'. */
function errorName(err) {
    const n = err?.name;
    return typeof n === 'string' ? n : 'Error';
}
/** The HTTP status of an AWS SDK error, when it has one. */
function statusOf(err) {
    return err?.$metadata?.httpStatusCode;
}

;// CONCATENATED MODULE: ./src/lambdas/purge.ts
/**
 * Removes everything under a prefix for good, in a versioned bucket too: plaintext under raw/ must not survive as a
 * noncurrent version (a plain DeleteObject in a versioned bucket only adds a delete marker). Every version and delete
 * marker is deleted by VersionId (s3:ListBucketVersions + s3:DeleteObjectVersion), then whatever ListObjectsV2 still
 * shows is deleted by key: that second pass covers S3 servers without versioning (local mode) and objects written
 * while the first pass ran.
 */


/** A server that does not implement ?versions (local S3 servers) answers 405/501 or NotImplemented. */
function versionsUnsupported(err) {
    const status = statusOf(err);
    return status === 405 || status === 501 || errorName(err) === 'NotImplemented';
}
/** Everything under a folder (a prefix ending in /). */
async function purge_purgePrefix(s3, bucket, prefix, options = {}) {
    if (!prefix.endsWith('/') || prefix.length < 2) {
        // A guard against wiping a bucket or a sibling folder through an empty or partial prefix.
        throw new Error(`refusing to purge '${prefix}': the prefix must be a folder ending in /`);
    }
    return purge(s3, bucket, prefix, key => key.startsWith(prefix), options.signal);
}
/** Every version of exactly one key (not the keys it is a prefix of). */
function purgeKey(s3, bucket, key, options = {}) {
    return purge(s3, bucket, key, k => k === key, options.signal);
}
async function purge(s3, bucket, prefix, accept, signal) {
    const options = { signal };
    let removed = 0;
    const failed = [];
    const remove = async (key, versionId) => {
        try {
            await s3.send(new client_s3_dist_cjs/* DeleteObjectCommand */.k4j({ Bucket: bucket, Key: key, VersionId: versionId }), {
                abortSignal: options.signal
            });
            removed++;
        }
        catch (err) {
            if (statusOf(err) !== 404)
                failed.push(`${key}${versionId ? `?versionId=${versionId}` : ''} (${errorName(err)})`);
        }
    };
    let keyMarker;
    let versionMarker;
    try {
        do {
            const page = await s3.send(new client_s3_dist_cjs/* ListObjectVersionsCommand */.uc$({
                Bucket: bucket,
                Prefix: prefix,
                KeyMarker: keyMarker,
                VersionIdMarker: versionMarker
            }), { abortSignal: options.signal });
            for (const v of [...(page.Versions ?? []), ...(page.DeleteMarkers ?? [])]) {
                if (v.Key && accept(v.Key) && v.VersionId)
                    await remove(v.Key, v.VersionId);
            }
            keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
            versionMarker = page.IsTruncated ? page.NextVersionIdMarker : undefined;
        } while (keyMarker);
    }
    catch (err) {
        if (!versionsUnsupported(err))
            throw err;
    }
    let token;
    do {
        const page = await s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }), { abortSignal: options.signal });
        for (const o of page.Contents ?? [])
            if (o.Key && accept(o.Key))
                await remove(o.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return { removed, failed };
}

// EXTERNAL MODULE: ./src/transfer/batch-store.ts
var batch_store = __webpack_require__(3019);
// EXTERNAL MODULE: ./src/transfer/manifest.ts
var transfer_manifest = __webpack_require__(9978);
;// CONCATENATED MODULE: ./src/lambdas/decrypt-batch-input.ts




/** A manifest is a few hundred bytes per object: more than this is not one the uploader wrote. */
const MANIFEST_MAX_BYTES = 1024 * 1024;
/** Objects per batch: the Map state's results must stay far below Step Functions' 256 KiB state limit. */
const MAX_OBJECTS = 1000;
/** A name usable as one path segment of a key. */
function badSegment(value) {
    // eslint-disable-next-line no-control-regex
    return value === '.' || value === '..' || /[/\\\u0000-\u001f\u007f]/.test(value);
}
/**
 * Checks the state machine input: every field a non-empty string, the dataset and batch one key segment each, the
 * manifest exactly where this batch's manifest lives, the bucket the one this function serves.
 */
function decrypt_batch_input_checkEvent(event, landingPrefix, expectedBucket) {
    const e = (typeof event === 'object' && event !== null ? event : {});
    for (const field of ['bucket', 'manifestKey', 'dataset', 'batchId']) {
        if (typeof e[field] !== 'string' || e[field] === '') {
            throw new PipelineError('InvalidInput', `input field ${field} is missing or not a string: the input is {bucket, manifestKey, dataset, batchId} (the upload's manifest reference)`);
        }
    }
    const checked = e;
    if (badSegment(checked.dataset) || badSegment(checked.batchId)) {
        throw new PipelineError('InvalidInput', `dataset '${checked.dataset}' and batchId '${checked.batchId}' must be single key segments (no /, \\, '.', '..' or control characters)`);
    }
    if (expectedBucket !== undefined && checked.bucket !== expectedBucket) {
        throw new PipelineError('InvalidInput', `bucket ${checked.bucket} is not this stack's data bucket ${expectedBucket}: start the pipeline for batches in ${expectedBucket}`);
    }
    const prefix = (0,transfer_batch/* batchPrefix */.RJ)(landingPrefix, checked.dataset, checked.batchId);
    if (checked.manifestKey !== prefix + transfer_batch/* MANIFEST_NAME */.ir) {
        throw new PipelineError('InvalidInput', `manifestKey ${checked.manifestKey} is not this batch's manifest ${prefix}${transfer_batch/* MANIFEST_NAME */.ir}`);
    }
    return { event: checked, prefix };
}
/**
 * Reads and checks the batch's manifest: present (else the batch is incomplete), for this dataset and batch, every
 * object inside the batch prefix and every original name usable as a key, no two objects writing the same key.
 */
async function decrypt_batch_input_loadManifest(s3, event, prefix) {
    const where = `s3://${event.bucket}/${event.manifestKey}`;
    let manifest;
    try {
        manifest = await (0,batch_store/* getManifest */.c2)(s3, event.bucket, event.manifestKey, { maxBytes: MANIFEST_MAX_BYTES });
    }
    catch (err) {
        if (err instanceof transfer_manifest/* ManifestError */.Sh || err instanceof PipelineError) {
            throw new PipelineError('InvalidInput', `${oneLine(err)}: upload the batch again`, { cause: err });
        }
        if (statusOf(err) === 403) {
            // Without s3:ListBucket on the key, S3 answers a missing object with 403, not 404.
            throw new PipelineError('BatchIncomplete', `cannot read ${where} (${errorName(err)}): the batch has no ${transfer_batch/* MANIFEST_NAME */.ir} (missing: incomplete or already archived; upload it again) or this function may not read it (check DecryptFunctionRole)`, { cause: err });
        }
        throw new PipelineError('BatchIncomplete', `cannot read ${where} (${errorName(err)}: ${oneLine(err)}): retry`, {
            cause: err
        });
    }
    if (!manifest) {
        throw new PipelineError('BatchIncomplete', `batch s3://${event.bucket}/${prefix} has no ${transfer_batch/* MANIFEST_NAME */.ir}: it is incomplete (the upload writes it last); upload the batch again`);
    }
    if (manifest.dataset !== event.dataset || manifest.batchId !== event.batchId) {
        throw new PipelineError('InvalidInput', `${where} describes batch ${manifest.dataset}/${manifest.batchId}, not ${event.dataset}/${event.batchId}: start the pipeline with the manifest's own batch`);
    }
    if (manifest.objects.length === 0 || manifest.objects.length > MAX_OBJECTS) {
        throw new PipelineError('InvalidInput', `${where} lists ${manifest.objects.length} objects: a batch holds 1 to ${MAX_OBJECTS} (combine small files into fewer, larger ones)`);
    }
    const names = new Map();
    const keys = new Set();
    for (const o of manifest.objects) {
        if (keys.has(o.key)) {
            throw new PipelineError('InvalidInput', `${where} lists object ${o.key} twice: refusing the batch`);
        }
        keys.add(o.key);
        const inside = o.key.startsWith(prefix) && o.key.length > prefix.length && o.key !== event.manifestKey;
        if (!inside || o.key.split('/').some(part => part === '..' || part === '.')) {
            throw new PipelineError('InvalidInput', `${where} lists object ${o.key}, which is not inside the batch prefix ${prefix}: refusing the batch`);
        }
        const problem = (0,transfer_batch/* checkObjectName */.Rl)(o.originalName);
        if (problem) {
            throw new PipelineError('InvalidInput', `${where}: originalName '${o.originalName}' of ${o.key} ${problem}: refusing the batch`);
        }
        const other = names.get(o.originalName);
        if (other !== undefined) {
            throw new PipelineError('InvalidInput', `${where}: objects ${other} and ${o.key} both decrypt to ${o.originalName}: refusing the batch`);
        }
        names.set(o.originalName, o.key);
    }
    return manifest;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/crypto/decrypt.ts + 3 modules
var decrypt = __webpack_require__(1242);
// EXTERNAL MODULE: ./src/transfer/put-stream.ts
var put_stream = __webpack_require__(3287);
;// CONCATENATED MODULE: ./src/lambdas/decrypt-batch-object.ts
/**
 * One object of a batch, streamed: S3 GetObject → OpenPGP decrypt (every live key; openpgp picks by key ID) → gunzip
 * (when the manifest says so) → sha256/size check → S3 multipart upload. The check sits in the stream's flush, so an
 * integrity failure or a hash mismatch errors the body before it ends and the upload is aborted, never completed.
 * A failed object's error is named for the state machine (failObject) after its cleanup ran.
 */










const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
const MIN_PART_SIZE = 5 * 1024 * 1024;
function isError(v) {
    return typeof v?.message === 'string';
}
/** Hashes and counts what passes; fails in flush (before the stream ends) when it differs from the manifest. */
function verifier(o) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let size = 0;
    return new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            size += chunk.length;
            if (size > o.plaintextSize) {
                done(new Error(`plaintext is longer than the manifest's ${o.plaintextSize} bytes: the object does not match its manifest entry`));
                return;
            }
            done(null, chunk);
        },
        flush(done) {
            const sha = hash.digest('hex');
            if (size !== o.plaintextSize || sha !== o.plaintextSha256) {
                done(new Error(`plaintext differs from the manifest (sha256 ${sha}, ${size} bytes; manifest ${o.plaintextSha256}, ${o.plaintextSize} bytes): the object does not match its manifest entry`));
                return;
            }
            done();
        }
    });
}
function isNoKeyError(err) {
    return /no given private key can decrypt/i.test(oneLine(err));
}
/** The cause of a failed object, phrased for the pipeline (not the CLI). */
function describeCause(err, keys) {
    const text = oneLine(err);
    if (isNoKeyError(err)) {
        const ids = /encrypted to key IDs? ([0-9A-F, ]+)\)/.exec(text)?.[1];
        const live = keys.map(crypto_keys/* fingerprintOf */.ax).join(', ');
        return `no live key of the stack can decrypt it (${ids ? `it is encrypted to key ID ${ids}; ` : ''}live keys: ${live}): encrypt to the stack's current PgpPublicKey output, or re-run after \`keys rotate\` if the key was just replaced`;
    }
    if (/^ciphertext failed the OpenPGP integrity check/.test(text)) {
        return 'the ciphertext failed the OpenPGP integrity check (tampered or truncated): upload the batch again';
    }
    const code = err?.code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR' || /^unexpected end of file$/.test(text)) {
        return `the decrypted data is not valid gzip (${text}): the object was altered or damaged (the OpenPGP integrity check only comes at the end of the message), or it was not gzipped although the manifest says so; upload the batch again`;
    }
    return text.replace(/: pass the matching --key$/, '');
}
/** The live keys, loaded once per call chain and reloaded once when a message names a key none of them has. */
class decrypt_batch_object_KeyRing {
    load;
    keys;
    refreshed = false;
    constructor(load) {
        this.load = load;
    }
    async get() {
        if (this.keys)
            return this.keys;
        try {
            this.keys = await this.load();
        }
        catch (err) {
            throw new PipelineError('KeysUnavailable', `the pipeline's private keys cannot be loaded: ${oneLine(err)}`, {
                cause: err
            });
        }
        return this.keys;
    }
    /** True when a reload brought other keys (a key rotated in since they were cached). Once per ring. */
    async reload(log) {
        if (this.refreshed)
            return false;
        this.refreshed = true;
        const before = (await this.get()).map(crypto_keys/* fingerprintOf */.ax).join();
        this.keys = await this.load({ refresh: true });
        if (this.keys.map(crypto_keys/* fingerprintOf */.ax).join() === before)
            return false;
        log(`reloaded the live keys (now ${this.keys.map(crypto_keys/* fingerprintOf */.ax).join(', ')})`);
        return true;
    }
    current() {
        return this.keys ?? [];
    }
}
/** Streams one object to raw/, verified against its manifest entry; throws without committing anything. */
async function decrypt_batch_object_streamObject(event, o, deps, ring) {
    const log = deps.log ?? (() => { });
    const bucket = event.bucket;
    const partSize = Math.max(deps.partSizeBytes ?? DEFAULT_PART_SIZE, MIN_PART_SIZE);
    const target = (0,transfer_batch/* batchPrefix */.RJ)(deps.rawPrefix, event.dataset, event.batchId) + o.originalName;
    const started = Date.now();
    const open = async () => {
        let got;
        try {
            got = await deps.s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: o.key }), {
                abortSignal: deps.signal
            });
        }
        catch (err) {
            if (statusOf(err) === 404 || errorName(err) === 'NoSuchKey') {
                throw new PipelineError('BatchIncomplete', `${o.key}: the object the manifest lists is missing (incomplete or already archived batch): upload the batch again`, { cause: err });
            }
            throw err;
        }
        const body = got.Body;
        if (got.ContentLength !== undefined && got.ContentLength !== o.storedSize) {
            body.destroy();
            throw new Error(`the object has ${got.ContentLength} bytes but the manifest says ${o.storedSize}: it was replaced or truncated; upload the batch again`);
        }
        try {
            return { body, decrypted: await (0,decrypt/* decryptStream */.UC)(body, await ring.get()) };
        }
        catch (err) {
            body.destroy();
            throw err;
        }
    };
    let opened;
    try {
        opened = await open();
    }
    catch (err) {
        if (!isNoKeyError(err) || !(await ring.reload(log)))
            throw err;
        opened = await open();
    }
    const { body, decrypted } = opened;
    const verify = verifier(o);
    // 1 MiB output chunks instead of zlib's 16 KiB: ~35% less CPU for gunzip + sha256 at 256 KiB (2.1 vs 3.3 s on
    // 512 MiB), ~5% less user CPU again at 1 MiB (1 GiB: 5.33-5.60 vs 5.68-5.80 s); fewer buffers for the GC to sweep.
    const stages = o.compression === 'gzip' ? [(0,external_node_zlib_.createGunzip)({ chunkSize: 1024 * 1024 }), verify] : [verify];
    const feeding = (0,external_node_stream_promises_.pipeline)([decrypted.stream, ...stages]);
    await (0,put_stream/* putStream */.W)({
        s3: deps.s3,
        params: {
            Bucket: bucket,
            Key: target,
            ...(deps.kmsKeyId ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: deps.kmsKeyId } : {}),
            Metadata: { 'plaintext-sha256': o.plaintextSha256, 'batch-id': event.batchId }
        },
        body: verify,
        partSize,
        queueSize: 2,
        feeding,
        upstream: [decrypted.stream, body],
        signal: deps.signal,
        stopError: reason => (isError(reason) ? reason : new Error('aborted'))
    });
    const seconds = (Date.now() - started) / 1000;
    const mib = o.plaintextSize / 1048576;
    log(`decrypted ${o.key} → ${target} (${o.plaintextSize} bytes, sha256 verified, ${seconds.toFixed(1)} s, ${(mib / Math.max(seconds, 0.001)).toFixed(0)} MiB/s)`);
    return { object: o.key, rawKey: target, plaintextBytes: o.plaintextSize };
}
/** A failed object's error, named for the state machine, with what its cleanup left. */
async function decrypt_batch_object_failObject(err, o, ring, cleanup, what) {
    let outcome;
    try {
        const purged = await cleanup();
        outcome =
            purged.failed.length === 0
                ? `nothing was left under ${what}`
                : `could not remove ${purged.failed.join(', ')}: delete them by hand`;
    }
    catch (purgeError) {
        outcome = `could not clean ${what} (${errorName(purgeError)}): CleanupBatch or the raw/ lifecycle rule removes it`;
    }
    if (err instanceof PipelineError) {
        throw new PipelineError(err.name, `${oneLine(err)}; ${outcome}`, { cause: err });
    }
    throw new PipelineError('DecryptFailed', `${o.key}: ${describeCause(err, ring.current())}; ${outcome}`, {
        cause: err
    });
}

;// CONCATENATED MODULE: ./src/lambdas/decrypt-batch.ts
/**
 * DecryptBatch: landing/<dataset>/<batch>/*.pgp → raw/<dataset>/<batch>/<original name>. The state machine calls it
 * twice over: once without `object` to plan (read and check the manifest, list its objects; nothing is written), then
 * once per object from a Map state, so each object has a whole Lambda time budget and several decrypt at once.
 * Each object goes S3 GetObject → OpenPGP decrypt (every live key; openpgp picks by key ID) → gunzip (when the manifest
 * says so) → sha256/size check → S3 multipart upload (transfer/put-stream.ts: 8 MiB parts, 2 in flight, from a pool
 * of 3 reused buffers). The check sits in the stream's flush, so an integrity failure or a hash mismatch errors the
 * body before it ends and the upload is aborted, never completed. A failed object is removed (every version) and an error is thrown whose name (InvalidInput,
 * BatchIncomplete, KeysUnavailable, DecryptFailed) and message (the object key and the cause) the state machine
 * reports; the state machine's CleanupBatch then removes the whole batch from raw/. Re-running is safe: the same keys
 * are overwritten.
 *
 * Memory does not grow with object size: at most two parts are buffered for upload, and openpgp, gunzip and the hash
 * stream with backpressure. Plaintext stops at the manifest's size: a compression bomb fails as soon as it exceeds it.
 */







/** Reads and checks the manifest and lists the batch's objects: the Map state's items. Writes nothing. */
async function planBatch(event, deps) {
    const { prefix } = decrypt_batch_input_checkEvent(event, deps.landingPrefix, deps.bucket);
    const manifest = await decrypt_batch_input_loadManifest(deps.s3, event, prefix);
    return {
        rawPrefix: (0,transfer_batch/* batchPrefix */.RJ)(deps.rawPrefix, event.dataset, event.batchId),
        objectCount: manifest.objects.length,
        objects: manifest.objects.map(o => o.key)
    };
}
/**
 * Decrypts one object of the batch (the Map state's iteration). The manifest is read and checked again: the object
 * must be one it lists. On failure this object's raw key is removed, every version; other objects of the batch may
 * be decrypting at the same time, so their keys are left to CleanupBatch.
 */
async function decryptObject(event, deps) {
    const { prefix } = decrypt_batch_input_checkEvent(event, deps.landingPrefix, deps.bucket);
    if (typeof event.object !== 'string' || event.object === '') {
        throw new PipelineError('InvalidInput', 'input field object is missing or not a string: it is a landing key that PlanDecrypt listed');
    }
    const manifest = await decrypt_batch_input_loadManifest(deps.s3, event, prefix);
    const o = manifest.objects.find(m => m.key === event.object);
    if (!o) {
        throw new PipelineError('InvalidInput', `object ${event.object} is not listed in ${event.manifestKey}: the Map state passes the keys PlanDecrypt listed`);
    }
    const ring = new decrypt_batch_object_KeyRing(deps.keys);
    try {
        deps.signal?.throwIfAborted();
        return await decrypt_batch_object_streamObject(event, o, deps, ring);
    }
    catch (err) {
        const target = (0,transfer_batch/* batchPrefix */.RJ)(deps.rawPrefix, event.dataset, event.batchId) + o.originalName;
        return decrypt_batch_object_failObject(err, o, ring, () => purgeKey(deps.s3, event.bucket, target), target);
    }
}
/**
 * The whole batch in one call, object after object (what the Map state does, without its concurrency): for tools
 * and tests that have no state machine. Any failure removes everything under the batch's raw prefix.
 */
async function decryptBatch(event, deps) {
    const { prefix } = checkEvent(event, deps.landingPrefix, deps.bucket);
    const manifest = await loadManifest(deps.s3, event, prefix);
    const rawPrefix = batchPrefix(deps.rawPrefix, event.dataset, event.batchId);
    const ring = new KeyRing(deps.keys);
    for (const o of manifest.objects) {
        try {
            deps.signal?.throwIfAborted();
            await streamObject(event, o, deps, ring);
        }
        catch (err) {
            return failObject(err, o, ring, () => purgePrefix(deps.s3, event.bucket, rawPrefix), rawPrefix);
        }
    }
    return { rawPrefix: rawPrefix, objectCount: manifest.objects.length };
}

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
;// CONCATENATED MODULE: ./src/lambdas/parquet-schema.ts
/**
 * The Glue columns of a Parquet object in S3, read from its footer with two ranged GETs (hyparquet), never the data.
 * Used by PublishOutput to declare the table from what the DataBrew job actually wrote.
 */


/** An AsyncBuffer over an S3 object: each slice is one ranged GetObject. */
function s3AsyncBuffer(s3, bucket, key, size) {
    return {
        byteLength: size,
        async slice(start, end) {
            const last = (end ?? size) - 1;
            const got = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: bucket, Key: key, Range: `bytes=${start}-${last}` }));
            const bytes = await got.Body.transformToByteArray();
            return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
        }
    };
}
/** Hive/Glue type of one flat Parquet column, or undefined when Glue has no equivalent we support. */
function glueType(e) {
    const logical = e.logical_type;
    if (logical?.type === 'STRING' ||
        logical?.type === 'ENUM' ||
        logical?.type === 'JSON' ||
        logical?.type === 'UUID')
        return 'string';
    if (logical?.type === 'DATE' || e.converted_type === 'DATE')
        return 'date';
    if (logical?.type === 'TIMESTAMP' ||
        e.converted_type === 'TIMESTAMP_MILLIS' ||
        e.converted_type === 'TIMESTAMP_MICROS')
        return 'timestamp';
    if (logical?.type === 'DECIMAL')
        return `decimal(${logical.precision},${logical.scale})`;
    if (e.converted_type === 'DECIMAL' && e.precision !== undefined)
        return `decimal(${e.precision},${e.scale ?? 0})`;
    if (e.converted_type === 'UTF8' || e.converted_type === 'ENUM' || e.converted_type === 'JSON')
        return 'string';
    if (logical?.type === 'INTEGER')
        return logical.bitWidth === 64
            ? 'bigint'
            : logical.bitWidth === 8
                ? 'tinyint'
                : logical.bitWidth === 16
                    ? 'smallint'
                    : 'int';
    switch (e.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
            return 'int';
        case 'INT64':
            return 'bigint';
        case 'INT96':
            return 'timestamp';
        case 'FLOAT':
            return 'float';
        case 'DOUBLE':
            return 'double';
        case 'BYTE_ARRAY':
        case 'FIXED_LEN_BYTE_ARRAY':
            return 'binary';
        default:
            return undefined;
    }
}
/** The top-level columns of a flat Parquet schema; nested columns are refused (Clean Rooms tables are flat). */
async function parquetColumns(s3, bucket, key, size) {
    let metadata;
    try {
        // The smallest Parquet file is "PAR1" + metadata length (4 bytes) + "PAR1".
        if (size < 12)
            throw new Error(`${size} bytes is too short`);
        // An initial fetch of the 8-byte tail (metadata length + magic), then exactly the metadata: two small GETs,
        // where hyparquet's default would read the last 512 KiB, data pages included.
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(s3AsyncBuffer(s3, bucket, key, size), { initialFetchSize: 8 });
    }
    catch (err) {
        // An S3 error (denied, throttled, …) is not a verdict on the file: it keeps its own name and message.
        if (err?.$metadata)
            throw err;
        const why = err?.message;
        throw new Error(`s3://${bucket}/${key} is not a readable Parquet file: ${typeof why === 'string' ? why : String(err)}; check the job's output format (PARQUET)`, { cause: err });
    }
    const [root, ...elements] = metadata.schema;
    if (!root)
        throw new Error(`s3://${bucket}/${key} has an empty Parquet schema`);
    const columns = [];
    for (const e of elements) {
        if (e.num_children) {
            throw new Error(`column ${e.name} of s3://${bucket}/${key} is nested: the output must be flat (a Clean Rooms table)`);
        }
        const type = glueType(e);
        if (!type)
            throw new Error(`column ${e.name} of s3://${bucket}/${key} has Parquet type ${e.type}, which Glue cannot declare`);
        columns.push({ Name: e.name, Type: type });
    }
    if (columns.length !== (root.num_children ?? columns.length)) {
        throw new Error(`s3://${bucket}/${key} has nested columns: the output must be flat (a Clean Rooms table)`);
    }
    return columns;
}

;// CONCATENATED MODULE: ./src/lambdas/publish-output.ts
/**
 * PublishOutput: after the DataBrew run succeeded, makes the Glue table show this batch, and only then. The job wrote
 * Parquet to <dataset>/batch=<batch>/ in the target bucket, a folder no table pointed at so far; a failed or stopped
 * run therefore never changes what Clean Rooms sees.
 *
 * - replace (OutputMode): one unpartitioned table whose location is exactly this batch's folder (Clean Rooms needs the
 *   location to be the data folder). The switch is one UpdateTable. Folders older than the one just replaced are
 *   removed; the replaced one stays, so a query that started before the switch can finish.
 * - append: a table partitioned by `batch` at <dataset>/, and this batch's folder added as partition batch=<batch>
 *   (re-running a batch replaces its partition). New columns are added to the table; a column whose type changed is
 *   refused, since partners' queries would break.
 *
 * The columns are read from the Parquet footers the job wrote (every file must agree). Idempotent: re-running for the
 * same batch leaves the same table.
 */






const PARTITION_KEY = 'batch';
/** Table parameter naming the columns the stack declared (Custom::OutputTable): every batch must have them. */
const DECLARED_COLUMNS_PARAMETER = 'cleanrooms-connect:declared-columns';
const LAST_BATCH_PARAMETER = 'cleanrooms-connect:last-batch';
/** Whether a batch was ever published to the table (a table the stack declared has none yet). */
function isPublished(table) {
    return table.Parameters?.[LAST_BATCH_PARAMETER] !== undefined;
}
/** The folder each run writes to, under the dataset's folder. */
function batchOutputPrefix(dataset, batchId) {
    return `${dataset}/${PARTITION_KEY}=${batchId}/`;
}
const PARQUET_SERDE = {
    InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
    OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
    SerdeInfo: {
        SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
        Parameters: { 'serialization.format': '1' }
    }
};
async function listParquet(s3, bucket, prefix) {
    const out = [];
    let token;
    do {
        const page = await s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) {
            if (o.Key?.endsWith('.parquet') && (o.Size ?? 0) > 0)
                out.push({ key: o.Key, size: o.Size ?? 0 });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out.sort((a, b) => a.key.localeCompare(b.key));
}
function sameColumns(a, b) {
    return a.length === b.length && a.every((c, i) => c.Name === b[i]?.Name && c.Type === b[i]?.Type);
}
/** Every file's columns, which must agree. */
async function readColumns(s3, bucket, objects) {
    let columns;
    for (const o of objects) {
        const these = await parquetColumns(s3, bucket, o.key, o.size);
        if (columns && !sameColumns(columns, these)) {
            throw new PipelineError('PublishFailed', `s3://${bucket}/${o.key} has other columns than s3://${bucket}/${objects[0].key}: the run's output is inconsistent; run the batch again`);
        }
        columns = these;
    }
    return columns;
}
/** The table, or undefined when Glue has none of that name. */
async function getTable(deps) {
    try {
        return (await deps.glue.send(new dist_cjs/* GetTableCommand */.QuZ({ DatabaseName: deps.database, Name: deps.table })))
            .Table;
    }
    catch (err) {
        if (errorName(err) === 'EntityNotFoundException')
            return undefined;
        throw err;
    }
}
/** append: the table's columns with the new ones added at the end; a changed type is refused. */
function mergeColumns(table, existing, incoming) {
    const merged = [...existing];
    for (const c of incoming) {
        const old = existing.find(e => e.Name === c.Name);
        if (!old)
            merged.push(c);
        else if (old.Type !== c.Type) {
            throw new PipelineError('SchemaChanged', `column ${c.Name} of table ${table} is ${old.Type} but this batch has ${c.Type}: partners' queries would break; keep the recipe's output type, or start a new table (another DatasetName) for the new schema`);
        }
    }
    return merged;
}
function tableInput(deps, location, columns, batchId, existing) {
    const declared = existing?.Parameters?.[DECLARED_COLUMNS_PARAMETER];
    return {
        Name: deps.table,
        Description: `cleanrooms-connect output (${deps.mode}); written by the pipeline, do not edit`,
        TableType: 'EXTERNAL_TABLE',
        Parameters: {
            classification: 'parquet',
            'cleanrooms-connect:mode': deps.mode,
            [LAST_BATCH_PARAMETER]: batchId,
            ...(declared !== undefined ? { [DECLARED_COLUMNS_PARAMETER]: declared } : {})
        },
        PartitionKeys: deps.mode === 'append' ? [{ Name: PARTITION_KEY, Type: 'string' }] : [],
        StorageDescriptor: { Columns: columns, Location: location, ...PARQUET_SERDE }
    };
}
async function publishOutput(event, deps) {
    const log = deps.log ?? (() => { });
    decrypt_batch_input_checkEvent(event, deps.landingPrefix, deps.bucket);
    const expected = batchOutputPrefix(event.dataset, event.batchId);
    if (event.outputPrefix !== expected) {
        throw new PipelineError('InvalidInput', `outputPrefix ${event.outputPrefix} is not this batch's output folder ${expected}`);
    }
    const bucket = deps.targetBucket;
    const folder = `s3://${bucket}/${expected}`;
    const { objects, columns } = await readBatchOutput(deps, expected, folder);
    const existing = await getTable(deps);
    const partitioned = (existing?.PartitionKeys?.length ?? 0) > 0;
    if (existing && partitioned !== (deps.mode === 'append')) {
        throw new PipelineError('Misconfigured', `Glue table ${deps.database}.${deps.table} is ${partitioned ? 'partitioned (append)' : 'not partitioned (replace)'} but the stack's OutputMode is ${deps.mode}: drop the table (the data stays in S3) or set OutputMode back`);
    }
    checkDeclaredColumns(deps, existing, columns);
    if (deps.mode === 'replace') {
        const previous = existing && isPublished(existing) ? existing.StorageDescriptor?.Location : undefined;
        const input = tableInput(deps, folder, columns, event.batchId, existing);
        if (existing)
            await deps.glue.send(new dist_cjs/* UpdateTableCommand */.NQf({ DatabaseName: deps.database, TableInput: input }));
        else
            await deps.glue.send(new dist_cjs/* CreateTableCommand */.IxS({ DatabaseName: deps.database, TableInput: input }));
        log(`table ${deps.database}.${deps.table} now reads ${folder} (${objects.length} object(s), ${columns.length} columns)`);
        await removeOlderBatches(deps, event.dataset, [expected, previous]);
        return {
            database: deps.database,
            table: deps.table,
            location: folder,
            mode: 'replace',
            objectCount: objects.length,
            columns: columns.length
        };
    }
    const tableLocation = `s3://${bucket}/${event.dataset}/`;
    // A table the stack declared but no batch filled yet takes this batch's columns (the declaration names them, the
    // data types them); after that, columns are only added.
    const merged = existing && isPublished(existing)
        ? mergeColumns(deps.table, existing.StorageDescriptor?.Columns ?? [], columns)
        : columns;
    const input = tableInput(deps, tableLocation, merged, event.batchId, existing);
    if (!existing)
        await deps.glue.send(new dist_cjs/* CreateTableCommand */.IxS({ DatabaseName: deps.database, TableInput: input }));
    else
        await deps.glue.send(new dist_cjs/* UpdateTableCommand */.NQf({ DatabaseName: deps.database, TableInput: input }));
    const partition = {
        Values: [event.batchId],
        StorageDescriptor: { Columns: columns, Location: folder, ...PARQUET_SERDE },
        Parameters: { classification: 'parquet' }
    };
    await putPartition(deps, event.batchId, partition);
    log(`table ${deps.database}.${deps.table}: partition ${PARTITION_KEY}=${event.batchId} reads ${folder} (${objects.length} object(s))`);
    return {
        database: deps.database,
        table: deps.table,
        location: folder,
        mode: 'append',
        objectCount: objects.length,
        columns: merged.length,
        partition: event.batchId
    };
}
/** The batch's Parquet objects and their columns; any failure to read them is PublishFailed, naming the folder. */
async function readBatchOutput(deps, prefix, folder) {
    try {
        const objects = await listParquet(deps.s3, deps.targetBucket, prefix);
        if (objects.length === 0) {
            throw new PipelineError('PublishFailed', `the DataBrew run wrote no Parquet to ${folder}: check the job's output settings and its run log`);
        }
        return { objects, columns: await readColumns(deps.s3, deps.targetBucket, objects) };
    }
    catch (err) {
        if (err instanceof PipelineError)
            throw err;
        throw new PipelineError('PublishFailed', `cannot read the run's output ${folder}: ${oneLine(err)}`, {
            cause: err
        });
    }
}
/** Creates the batch's partition, or updates it when a retry of the same batch created it already. */
async function putPartition(deps, batchId, partition) {
    try {
        await deps.glue.send(new dist_cjs/* CreatePartitionCommand */.ezc({
            DatabaseName: deps.database,
            TableName: deps.table,
            PartitionInput: partition
        }));
    }
    catch (err) {
        if (errorName(err) !== 'AlreadyExistsException')
            throw err;
        await deps.glue.send(new dist_cjs/* UpdatePartitionCommand */.fgE({
            DatabaseName: deps.database,
            TableName: deps.table,
            PartitionValueList: [batchId],
            PartitionInput: partition
        }));
    }
}
/**
 * The columns the stack declared (the collaboration's configured table allows them) must all be in the batch: a
 * recipe that stopped writing one would make partners' queries fail, so the table is left as it was.
 */
function checkDeclaredColumns(deps, existing, columns) {
    const declared = existing?.Parameters?.[DECLARED_COLUMNS_PARAMETER];
    if (!declared)
        return;
    const missing = declared.split(',').filter(name => name && !columns.some(c => c.Name === name));
    if (missing.length) {
        throw new PipelineError('SchemaChanged', `this batch's output lacks column(s) ${missing.join(', ')} that the stack declares for table ${deps.database}.${deps.table}: deploy the recipe that writes them, or remove them from the stack's declared columns (and the collaboration contract)`);
    }
}
/** replace: removes batch folders of the dataset other than the ones kept (the current and the one it replaced). */
async function removeOlderBatches(deps, dataset, keep) {
    const bucket = deps.targetBucket;
    const kept = new Set(keep
        .filter((k) => !!k)
        .map(k => (k.startsWith('s3://') ? k.slice(`s3://${bucket}/`.length) : k)));
    const parent = `${dataset}/`;
    let token;
    do {
        const page = await deps.s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({
            Bucket: bucket,
            Prefix: `${parent}${PARTITION_KEY}=`,
            Delimiter: '/',
            ContinuationToken: token
        }));
        for (const p of page.CommonPrefixes ?? []) {
            if (!p.Prefix || kept.has(p.Prefix))
                continue;
            const purged = await purge_purgePrefix(deps.s3, bucket, p.Prefix);
            (deps.log ?? (() => { }))(`removed the superseded output s3://${bucket}/${p.Prefix} (${purged.removed} object version(s))`);
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
}

;// CONCATENATED MODULE: ./src/lambdas/declare-table.ts
/**
 * The output table, declared by the stack before the first run (custom resource Custom::OutputTable, served by the
 * PublishOutput function). A Clean Rooms configured table can only be created over a Glue table that exists, and
 * the recipe already says which columns the output has; so the stack creates the table with those columns, pointing
 * at an empty folder, and PublishOutput then switches it to each batch.
 *
 * Why not AWS::Glue::Table: CloudFormation would own the table's location, and any stack update that touched the
 * resource would point the table back at the template's folder, hiding the published batch from the collaboration.
 * Here the one writer of the table stays PublishOutput's code:
 * - Create/Update: the table is created if absent; if present, its location and published columns are kept,
 *   declared columns it lacks are added (a recipe change that adds a column deploys before the run that fills it),
 *   and the declared names are recorded for PublishOutput, which refuses a batch that lacks one.
 * - Delete: the table stays, like the retained buckets whose data it describes.
 */



/** Clean Rooms accepts lowercase letters, digits and underscores in column names (see REFERENCE.md). */
const COLUMN_NAME = /^[a-z0-9_]{1,128}$/;
/** The Hive types PublishOutput reads from Parquet footers (parquet-schema.ts). */
const COLUMN_TYPE = /^(string|bigint|int|smallint|tinyint|double|float|boolean|date|timestamp|binary|decimal\(\d{1,2},\d{1,2}\))$/;
/** The Columns property of Custom::OutputTable: a list of { Name, Type } (Type defaults to string). */
function declaredColumns(value) {
    if (!Array.isArray(value) || value.length === 0) {
        throw new PipelineError('Misconfigured', 'Custom::OutputTable needs Columns: a list of { Name, Type }, the output columns of the recipe');
    }
    const seen = new Set();
    return value.map((c, i) => {
        const { Name, Type = 'string' } = (c ?? {});
        if (typeof Name !== 'string' || !COLUMN_NAME.test(Name)) {
            throw new PipelineError('Misconfigured', `Custom::OutputTable Columns[${i}].Name ${JSON.stringify(Name)} is not a Clean Rooms column name (lowercase letters, digits, _): rename it with a RENAME step in the recipe`);
        }
        if (typeof Type !== 'string' || !COLUMN_TYPE.test(Type)) {
            throw new PipelineError('Misconfigured', `Custom::OutputTable Columns[${i}].Type ${JSON.stringify(Type)} of ${Name} is not a Glue type PublishOutput writes (string, bigint, int, double, boolean, date, timestamp, decimal(p,s) …)`);
        }
        if (seen.has(Name)) {
            throw new PipelineError('Misconfigured', `Custom::OutputTable Columns names ${Name} twice: keep one`);
        }
        seen.add(Name);
        return { Name, Type };
    });
}
/** Where the declared table points before any batch: a folder no run writes to, so it reads as empty. */
function declaredLocation(deps) {
    return deps.mode === 'append'
        ? `s3://${deps.targetBucket}/${deps.dataset}/`
        : `s3://${deps.targetBucket}/${deps.dataset}/${PARTITION_KEY}=_declared/`;
}
async function declareOutputTable(columns, deps) {
    const log = deps.log ?? (() => { });
    const names = columns.map(c => c.Name).join(',');
    const existing = await getTable(deps);
    if (!existing) {
        const location = declaredLocation(deps);
        await deps.glue.send(new dist_cjs/* CreateTableCommand */.IxS({
            DatabaseName: deps.database,
            TableInput: {
                Name: deps.table,
                Description: `cleanrooms-connect output (${deps.mode}); written by the pipeline, do not edit`,
                TableType: 'EXTERNAL_TABLE',
                Parameters: {
                    classification: 'parquet',
                    'cleanrooms-connect:mode': deps.mode,
                    [DECLARED_COLUMNS_PARAMETER]: names
                },
                PartitionKeys: deps.mode === 'append' ? [{ Name: PARTITION_KEY, Type: 'string' }] : [],
                StorageDescriptor: { Columns: columns, Location: location, ...PARQUET_SERDE }
            }
        }));
        log(`declared table ${deps.database}.${deps.table} (${columns.length} columns) at ${location}`);
        return { database: deps.database, table: deps.table, location, action: 'created', addedColumns: [] };
    }
    const partitioned = (existing.PartitionKeys?.length ?? 0) > 0;
    if (partitioned !== (deps.mode === 'append')) {
        throw new PipelineError('Misconfigured', `Glue table ${deps.database}.${deps.table} is ${partitioned ? 'partitioned (append)' : 'not partitioned (replace)'} but the stack's OutputMode is ${deps.mode}: drop the table (the data stays in S3) or set OutputMode back`);
    }
    const current = (existing.StorageDescriptor?.Columns ?? []);
    // Before the first batch the declaration is the schema; after it, the data is (PublishOutput keeps it true).
    const kept = isPublished(existing) ? current : [];
    const added = columns.filter(c => !kept.some(k => k.Name === c.Name));
    const location = existing.StorageDescriptor?.Location ?? declaredLocation(deps);
    await deps.glue.send(new dist_cjs/* UpdateTableCommand */.NQf({
        DatabaseName: deps.database,
        TableInput: {
            Name: deps.table,
            Description: existing.Description,
            TableType: existing.TableType ?? 'EXTERNAL_TABLE',
            Parameters: { ...existing.Parameters, [DECLARED_COLUMNS_PARAMETER]: names },
            PartitionKeys: existing.PartitionKeys ?? [],
            StorageDescriptor: {
                ...PARQUET_SERDE,
                ...existing.StorageDescriptor,
                Columns: [...kept, ...added],
                Location: location
            }
        }
    }));
    const gained = isPublished(existing) ? added.map(c => c.Name) : [];
    log(`kept table ${deps.database}.${deps.table} at ${location}${gained.length ? `; added declared column(s) ${gained.join(', ')}` : ''}`);
    return { database: deps.database, table: deps.table, location, action: 'kept', addedColumns: gained };
}

;// CONCATENATED MODULE: ./src/lambdas/env.ts

function required(env, name) {
    const v = env[name];
    if (!v) {
        throw new PipelineError('Misconfigured', `environment variable ${name} is not set: deploy the function with infra/template.yaml`);
    }
    return v;
}
function outputMode(env) {
    const mode = required(env, 'OUTPUT_MODE');
    if (mode !== 'replace' && mode !== 'append') {
        throw new PipelineError('Misconfigured', `environment variable OUTPUT_MODE is '${mode}', not replace or append: deploy the function with infra/template.yaml`);
    }
    return mode;
}
/** One line per log record; Lambda's JSON log format wraps it. */
function consoleLog(line) {
    console.log(line);
}
/** The output table's settings, which PublishFunction and CleanupFunction both get from the template. */
function outputTableEnv(env) {
    return {
        targetBucket: required(env, 'TARGET_BUCKET'),
        database: required(env, 'GLUE_DATABASE'),
        table: required(env, 'GLUE_TABLE'),
        mode: outputMode(env)
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/local/asl-runner.ts
/**
 * Runs the pipeline's state machine definition in-process with aws-local-stepfunctions, every Task state bound to a
 * local handler. It reads the one definition file (infra/statemachine.asl.json) and applies the DefinitionSubstitutions
 * itself, exactly as CloudFormation does, so local mode and AWS execute the same text.
 *
 * Lambda tasks (`arn:aws:states:::lambda:invoke`) are adapted so their handler sees what the function sees in AWS:
 * the `Payload` as its event, and its return value becomes the invoke response's `Payload`. A function error (any
 * name not starting with `Lambda.`) gets the Cause AWS gives it: `{"errorMessage","errorType"}` as JSON. Errors
 * named `Lambda.*` stand for the Lambda service's own (transient) errors and pass through unchanged.
 */




// aws-local-stepfunctions calls Promise.withResolvers, which Node 20 lacks (tests install the same polyfill).
{
    const P = Promise;
    if (typeof P.withResolvers !== 'function') {
        P.withResolvers = function withResolvers() {
            let resolve;
            let reject;
            const promise = new Promise((res, rej) => {
                resolve = res;
                reject = rej;
            });
            return { promise, resolve, reject };
        };
    }
}
const LAMBDA_INVOKE = /^arn:aws[a-z-]*:states:::lambda:invoke$/;
const VARIABLE = /\$\{([A-Za-z0-9_.:]+)\}/g;
/** The definition file shipped with the stack, found relative to this module (src/local or dist/…). */
function defaultDefinitionPath() {
    // src/local/ and dist/<bundle>/ are both two levels below the package root, where infra/ ships (package.json files).
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    return external_node_path_default().join(here, '..', '..', 'infra', 'statemachine.asl.json');
}
/** The `${…}` variables a definition text uses, sorted. */
function definitionVariables(text) {
    return [...new Set([...text.matchAll(VARIABLE)].map(m => m[1]))].sort();
}
/**
 * Applies DefinitionSubstitutions to the definition text, as CloudFormation does before creating the state machine.
 * Values are JSON-escaped so the result stays valid JSON. A variable without a substitution is a usage error: a
 * literal `${X}` would otherwise reach a Resource or a parameter.
 */
function substituteDefinition(text, substitutions) {
    const missing = definitionVariables(text).filter(v => !Object.hasOwn(substitutions, v));
    if (missing.length) {
        throw new src_errors/* UsageError */.eb(`state machine definition uses ${missing.map(v => '${' + v + '}').join(', ')} without a substitution: pass ${missing.join(', ')} in substitutions`);
    }
    return text.replace(VARIABLE, (_, name) => JSON.stringify(substitutions[name]).slice(1, -1));
}
function definitionText(definition) {
    if (definition === undefined) {
        const path = defaultDefinitionPath();
        return { text: (0,external_node_fs_.readFileSync)(path, 'utf8'), source: path };
    }
    if (typeof definition !== 'string')
        return { text: JSON.stringify(definition), source: 'the given definition' };
    if (definition.trimStart().startsWith('{'))
        return { text: definition, source: 'the given definition' };
    return { text: (0,external_node_fs_.readFileSync)(definition, 'utf8'), source: definition };
}
/** Every state of the definition, nested Parallel branches and Map processors included. */
function allStates(states) {
    const out = [];
    for (const [name, state] of Object.entries(states ?? {})) {
        out.push([name, state]);
        for (const b of state.Branches ?? [])
            out.push(...allStates(b.States));
        out.push(...allStates(state.Iterator?.States), ...allStates(state.ItemProcessor?.States));
    }
    return out;
}
function asl_runner_errorName(err) {
    const name = err?.name;
    return typeof name === 'string' && name ? name : 'Error';
}
function errorText(err) {
    const message = err?.message;
    return typeof message === 'string' ? message : String(err);
}
/** Wraps a handler so it behaves like a Lambda function behind the optimized lambda:invoke integration. */
function asLambdaInvoke(handler) {
    return async (input) => {
        try {
            const result = await handler(input?.Payload);
            return { ExecutedVersion: '$LATEST', StatusCode: 200, Payload: result ?? null };
        }
        catch (err) {
            const name = asl_runner_errorName(err);
            if (name.startsWith('Lambda.'))
                throw err;
            const wrapped = new Error(JSON.stringify({ errorType: name, errorMessage: errorText(err) }));
            wrapped.name = name;
            throw wrapped;
        }
    };
}
function stringOf(v) {
    if (v === undefined || v === null)
        return undefined;
    return typeof v === 'string' ? v : JSON.stringify(v);
}
function flatten(e) {
    const out = { type: e.type, timestamp: e.timestamp };
    if (e.state) {
        out.state = e.state.name;
        out.stateType = e.state.type;
        out.input = e.state.input;
        if ('output' in e.state)
            out.output = e.state.output;
    }
    else {
        if ('input' in e)
            out.input = e.input;
        if ('output' in e)
            out.output = e.output;
    }
    if (e.Error !== undefined)
        out.error = e.Error;
    const cause = stringOf(e.Cause);
    if (cause !== undefined)
        out.cause = cause;
    if (e.retry)
        out.retryAttempt = e.retry.attempt;
    return out;
}
/**
 * Runs one execution to its end and returns its status, output or error, and history. Never throws for a failed
 * execution (that is a result); throws UsageError for a definition that cannot run locally.
 */
async function runStateMachine(opts) {
    const { StateMachine, ExecutionTimeoutError, ExecutionAbortedError } = await __webpack_require__.e(/* import() */ 198).then(__webpack_require__.bind(__webpack_require__, 1198));
    const { text, source } = definitionText(opts.definition);
    let definition;
    try {
        definition = JSON.parse(substituteDefinition(text, opts.substitutions));
    }
    catch (err) {
        if (err instanceof src_errors/* UsageError */.eb)
            throw err;
        throw new src_errors/* UsageError */.eb(`state machine definition ${source} is not valid JSON: ${errorText(err)}`);
    }
    const states = allStates(definition.States);
    const unbound = states
        .filter(([name, s]) => s.Type === 'Task' && !opts.handlers[name])
        .map(([name]) => name);
    if (unbound.length) {
        throw new src_errors/* UsageError */.eb(`Task state(s) ${unbound.join(', ')} have no local handler: bind every Task state (an unbound one would call AWS)`);
    }
    const unknown = Object.keys(opts.handlers).filter(h => !states.some(([name, s]) => name === h && s.Type === 'Task'));
    if (unknown.length) {
        throw new src_errors/* UsageError */.eb(`handlers ${unknown.join(', ')} match no Task state of ${source}: check the state names`);
    }
    const taskResourceLocalHandlers = {};
    for (const [name, state] of states) {
        const handler = opts.handlers[name];
        if (state.Type !== 'Task' || !handler)
            continue;
        taskResourceLocalHandlers[name] = LAMBDA_INVOKE.test(state.Resource ?? '')
            ? asLambdaInvoke(handler)
            : handler;
    }
    const waitTimeOverrides = {};
    const retryIntervalOverrides = {};
    if (opts.noWaits) {
        for (const [name, state] of states) {
            if (state.Type === 'Wait')
                waitTimeOverrides[name] = 0;
            if (state.Retry?.length)
                retryIntervalOverrides[name] = 0;
        }
    }
    const executionName = opts.executionName ?? 'local';
    const stateMachineArn = 'arn:aws:states:local:000000000000:stateMachine:cleanrooms-connect';
    const machine = new StateMachine(definition, {
        validationOptions: { checkArn: true, checkPaths: true }
    });
    const execution = machine.run(opts.input, {
        overrides: {
            taskResourceLocalHandlers: taskResourceLocalHandlers,
            waitTimeOverrides,
            retryIntervalOverrides
        },
        context: {
            Execution: {
                Id: `arn:aws:states:local:000000000000:execution:cleanrooms-connect:${executionName}`,
                Name: executionName,
                StartTime: new Date().toISOString()
            },
            StateMachine: { Id: stateMachineArn, Name: 'cleanrooms-connect' }
        }
    });
    const events = [];
    const collecting = (async () => {
        for await (const e of execution.eventLogs)
            events.push(flatten(e));
    })();
    let result;
    try {
        const output = await execution.result;
        result = { status: 'SUCCEEDED', output, events };
    }
    catch (err) {
        if (err instanceof ExecutionTimeoutError)
            result = { status: 'TIMED_OUT', events };
        else if (err instanceof ExecutionAbortedError)
            result = { status: 'ABORTED', events };
        else
            result = { status: 'FAILED', events };
    }
    await collecting;
    if (result.status === 'FAILED') {
        const failed = events.findLast(e => e.type === 'ExecutionFailed');
        if (failed?.error !== undefined)
            result.error = failed.error;
        if (failed?.cause !== undefined)
            result.cause = failed.cause;
    }
    return result;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/local/cfn-template.ts
/**
 * Reads infra/template.yaml, the stack's contract, as plain data: the short-form intrinsic tags (!Ref, !Sub, !GetAtt,
 * …) become their long JSON forms ({ Ref }, { 'Fn::Sub' }, …). `resolveValue` evaluates the intrinsics local mode
 * needs (Ref, GetAtt, Sub, Join, Split, Select, If on known conditions) against local names, so local mode takes its
 * settings from the template instead of keeping its own copies. Tests walk the same data.
 */




const FUNCTIONS = [
    'And',
    'Base64',
    'Cidr',
    'Equals',
    'FindInMap',
    'GetAZs',
    'GetAtt',
    'If',
    'ImportValue',
    'Join',
    'Not',
    'Or',
    'Select',
    'Split',
    'Sub',
    'Transform',
    'ToJsonString',
    'Length'
];
function longForm(name, value) {
    if (name === 'Ref')
        return { Ref: value };
    if (name === 'Condition')
        return { Condition: value };
    // !GetAtt Resource.Attribute is shorthand for [Resource, Attribute] (the attribute may itself contain dots).
    if (name === 'GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
    }
    return { [`Fn::${name}`]: value };
}
function tagsFor(name) {
    const tag = `!${name}`;
    return [
        { tag, resolve: (v) => longForm(name, v) },
        {
            tag,
            collection: 'seq',
            resolve: (seq) => longForm(name, seq.toJSON())
        },
        {
            tag,
            collection: 'map',
            resolve: (map) => longForm(name, map.toJSON())
        }
    ];
}
const CFN_TAGS = ['Ref', 'Condition', ...FUNCTIONS].flatMap(tagsFor);
function parseTemplate(text) {
    return (0,dist/* parse */.qg)(text, { customTags: CFN_TAGS, strict: true, uniqueKeys: true });
}
/** infra/template.yaml, found relative to this module (src/local/ and dist/<bundle>/ are two levels below the root). */
function defaultTemplatePath() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    return external_node_path_default().join(here, '..', '..', 'infra', 'template.yaml');
}
function readTemplate(file = defaultTemplatePath()) {
    return parseTemplate((0,external_node_fs_.readFileSync)(file, 'utf8'));
}
function intrinsic(value) {
    const keys = Object.keys(value);
    if (keys.length !== 1)
        return undefined;
    const k = keys[0];
    return k === 'Ref' || k.startsWith('Fn::') ? [k, value[k]] : undefined;
}
function substitute(text, ctx, vars) {
    return text.replace(/\$\{([^}]*)\}/g, (_, name) => {
        // ${!Literal} is how a template writes the text ${Literal} (Fn::Sub reference).
        if (name.startsWith('!'))
            return `\${${name.slice(1)}}`;
        if (Object.hasOwn(vars, name))
            return String(resolveValue(vars[name], ctx));
        const dot = name.indexOf('.');
        if (dot > 0)
            return ctx.getAtt(name.slice(0, dot), name.slice(dot + 1));
        return refOf(name, ctx);
    });
}
function refOf(name, ctx) {
    if (Object.hasOwn(ctx.parameters, name))
        return ctx.parameters[name];
    return ctx.ref(name);
}
/** What Ref AWS::NoValue resolves to: the property or list element holding it is removed, as CloudFormation does. */
const NO_VALUE = Symbol('AWS::NoValue');
/** Evaluates a template value's intrinsics; anything it cannot evaluate is a usage error naming it. */
function resolveValue(value, ctx) {
    if (Array.isArray(value))
        return value.map(v => resolveValue(v, ctx)).filter(v => v !== NO_VALUE);
    if (value === null || typeof value !== 'object')
        return value;
    const fn = intrinsic(value);
    if (!fn) {
        return Object.fromEntries(Object.entries(value)
            .map(([k, v]) => [k, resolveValue(v, ctx)])
            .filter(([, v]) => v !== NO_VALUE));
    }
    const [name, arg] = fn;
    switch (name) {
        case 'Ref':
            if (arg === 'AWS::NoValue')
                return NO_VALUE;
            return refOf(String(arg), ctx);
        case 'Fn::GetAtt': {
            const [id, attribute] = arg;
            return ctx.getAtt(id, attribute);
        }
        case 'Fn::Sub':
            return typeof arg === 'string'
                ? substitute(arg, ctx, {})
                : substitute(arg[0], ctx, arg[1]);
        case 'Fn::Join': {
            const [sep, parts] = arg;
            return resolveValue(parts, ctx).join(sep);
        }
        case 'Fn::Split': {
            const [sep, text] = arg;
            return String(resolveValue(text, ctx)).split(sep);
        }
        case 'Fn::Select': {
            const [index, list] = arg;
            return resolveValue(list, ctx)[Number(resolveValue(index, ctx))];
        }
        case 'Fn::If': {
            const [condition, yes, no] = arg;
            if (!ctx.conditions || !(condition in ctx.conditions)) {
                throw new Error(`template condition ${condition} is not known to local mode`);
            }
            return resolveValue(ctx.conditions[condition] ? yes : no, ctx);
        }
        default:
            throw new Error(`template intrinsic ${name} is not supported by local mode`);
    }
}
/** A parameter's default as text ('' when it has none). */
function parameterDefault(template, name) {
    const d = template.Parameters?.[name]?.Default;
    return d === undefined ? '' : String(d);
}
/** The one resource of a type (the template has one DataBrew job, one state machine, …). */
function resourceOfType(template, type) {
    const found = Object.entries(template.Resources).filter(([, r]) => r.Type === type);
    if (found.length !== 1)
        throw new Error(`the template has ${found.length} resources of type ${type}, local mode expects one`);
    return found[0];
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/recipe/hash-key.ts
var hash_key = __webpack_require__(2130);
// EXTERNAL MODULE: ./src/recipe/run-file.ts
var run_file = __webpack_require__(1922);
;// CONCATENATED MODULE: ./src/local/databrew.ts
/**
 * Local stand-in for the stack's DataBrew dataset and recipe job, built from infra/template.yaml and driven by the
 * same calls the state machine makes (updateDataset, updateRecipeJob, startJobRun.sync). It behaves as DataBrew does
 * where that matters for what gets published: a run reads EVERY object under the dataset's current S3 key (so a
 * pipeline that forgets to point the dataset at its batch processes other batches' data here too), writes to the
 * job's current output location in its format, and with Overwrite removes what was there first. The recipe engine
 * stands in for DataBrew's transforms.
 */










/** DataBrew's input formats → the local engine's file extension. */
const INPUT_EXTENSIONS = { CSV: '.csv', JSON: '.jsonl', PARQUET: '.parquet' };
function named(name, message) {
    const e = new Error(message);
    e.name = name;
    return e;
}
class LocalDataBrew {
    o;
    dataset;
    outputs;
    runs = [];
    constructor(o) {
        this.o = o;
        // Checked when the stand-in is built, as DataBrew reads its secret before the job runs. The key is the secret's
        // value Base64-decoded (DataBrew's CRYPTOGRAPHIC_HASH page: "the base64 decoded output for the value of the
        // Secrets Manager secret"); the stack's generated 64-letter alphanumeric secret is valid Base64 of 48 bytes.
        const problem = o.hashKey && (0,hash_key/* hashKeyProblem */.xX)(o.hashKey, 'the local DataBrew job (--hash-key-file)');
        if (problem)
            throw new Error(problem);
        this.dataset = { ...o.dataset };
        this.outputs = o.outputs.map(x => structuredClone(x));
    }
    /** aws-sdk:databrew:updateDataset */
    updateDataset = (p) => {
        if (p.Name !== this.o.datasetName) {
            throw named('DataBrew.ResourceNotFoundException', `dataset ${p.Name} does not exist (the stack's is ${this.o.datasetName})`);
        }
        const s3 = p.Input?.S3InputDefinition;
        if (!s3?.Bucket)
            throw named('DataBrew.ValidationException', 'Input.S3InputDefinition.Bucket is required');
        this.dataset = {
            Bucket: s3.Bucket,
            Key: s3.Key ?? '',
            Format: p.Format ?? 'CSV',
            FormatOptions: p.FormatOptions
        };
        return { Name: p.Name };
    };
    /** aws-sdk:databrew:updateRecipeJob */
    updateRecipeJob = (p) => {
        if (p.Name !== this.o.jobName) {
            throw named('DataBrew.ResourceNotFoundException', `job ${p.Name} does not exist (the stack's is ${this.o.jobName})`);
        }
        if (!p.RoleArn)
            throw named('DataBrew.ValidationException', 'RoleArn is required');
        // UpdateRecipeJob replaces the job's settings: outputs not given are gone.
        this.outputs = (p.Outputs ?? []).map(x => structuredClone(x));
        return { Name: p.Name };
    };
    /** databrew:startJobRun.sync: runs to the end and answers like the .sync integration (or fails its task). */
    startJobRun = async (p) => {
        if (p.Name !== this.o.jobName) {
            throw named('DataBrew.ResourceNotFoundException', `job ${p.Name} does not exist (the stack's is ${this.o.jobName})`);
        }
        const runId = `db_local_${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`;
        try {
            const run = await this.run(runId);
            this.runs.push(run);
            return { Name: p.Name, RunId: runId, State: 'SUCCEEDED', JobName: p.Name };
        }
        catch (err) {
            const message = err.message;
            // What the .sync integration raises for a run that ended FAILED.
            throw named('States.TaskFailed', JSON.stringify({ RunId: runId, State: 'FAILED', ErrorMessage: message }));
        }
    };
    async run(runId) {
        const log = this.o.log ?? (() => { });
        const s3 = this.o.s3;
        const extension = INPUT_EXTENSIONS[this.dataset.Format];
        if (!extension)
            throw new Error(`dataset format ${this.dataset.Format} is not supported by the local engine`);
        const output = this.outputs[0];
        if (!output || this.outputs.length > 1)
            throw new Error('the local engine writes exactly one job output');
        if (output.Format !== 'PARQUET')
            throw new Error(`job output format ${output.Format} is not supported locally (PARQUET is)`);
        if (output.CompressionFormat && output.CompressionFormat !== 'SNAPPY') {
            throw new Error(`job output compression ${output.CompressionFormat} is not supported locally (SNAPPY is)`);
        }
        const inputs = [];
        let token;
        do {
            const page = await s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({
                Bucket: this.dataset.Bucket,
                Prefix: this.dataset.Key,
                ContinuationToken: token
            }));
            for (const c of page.Contents ?? [])
                if (c.Key && !c.Key.endsWith('/'))
                    inputs.push(c.Key);
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        if (inputs.length === 0)
            throw new Error(`the dataset has no data under s3://${this.dataset.Bucket}/${this.dataset.Key}`);
        const location = output.Location;
        // The location is the job's output folder (DataBrew writes its files into it), with or without a trailing /.
        const folder = location.Key.endsWith('/') ? location.Key : `${location.Key}/`;
        if (output.Overwrite)
            await purge_purgePrefix(s3, location.Bucket, folder);
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'cleanrooms-databrew-'));
        const run = { runId, inputs, outputs: [], rowsIn: 0, rowsOut: 0, columns: [] };
        try {
            for (const [i, key] of inputs.entries()) {
                const local = external_node_path_default().join(work, `input-${i}${extension}`);
                const got = await s3.send(new client_s3_dist_cjs/* GetObjectCommand */.jLs({ Bucket: this.dataset.Bucket, Key: key }));
                await (0,external_node_stream_promises_.pipeline)(got.Body, (0,external_node_fs_.createWriteStream)(local, { mode: 0o600 }));
                const out = external_node_path_default().join(work, `part-${i}.parquet`);
                const result = await (0,run_file.runRecipeFile)(this.o.recipe, local, out, { hashKey: this.o.hashKey });
                const target = `${folder}${this.o.jobName}_${runId}_part${String(i).padStart(5, '0')}.snappy.parquet`;
                await s3.send(new client_s3_dist_cjs/* PutObjectCommand */.wKZ({ Bucket: location.Bucket, Key: target, Body: await (0,promises_.readFile)(out) }));
                run.outputs.push(`s3://${location.Bucket}/${target}`);
                run.rowsIn += result.rowsIn;
                run.rowsOut += result.rowsOut;
                run.columns = result.columns;
                log(`recipe job: s3://${this.dataset.Bucket}/${key} → s3://${location.Bucket}/${target} (${result.rowsIn} rows in, ${result.rowsOut} out)`);
                await (0,promises_.rm)(local, { force: true });
            }
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
        return run;
    }
}

;// CONCATENATED MODULE: ./src/local/glue-catalog.ts
/**
 * Local stand-in for the Glue Data Catalog calls PublishOutput and CleanupBatch make (GetTable, CreateTable,
 * UpdateTable, GetPartition, CreatePartition, UpdatePartition), in memory, with Glue's error names
 * (EntityNotFoundException, AlreadyExistsException). It is what `send` of a GlueClient would do for those commands.
 */

const GLUE_ERRORS = { AlreadyExistsException: dist_cjs/* AlreadyExistsException */.iKL, EntityNotFoundException: dist_cjs/* EntityNotFoundException */.wmt, InvalidInputException: dist_cjs/* InvalidInputException */.z5F };
/** The Glue client's own exception (name, $fault, $metadata), so callers see what a GlueClient throws. */
function glue_catalog_named(name, message) {
    return new GLUE_ERRORS[name]({ message, $metadata: { httpStatusCode: 400 } });
}
class LocalGlueCatalog {
    databases;
    tables = new Map();
    partitions = new Map();
    /** Every call, in order: what local mode reports and tests check. */
    calls = [];
    constructor(databases) {
        this.databases = databases;
    }
    table(database, name) {
        if (typeof database !== 'string' || !this.databases.includes(database)) {
            throw glue_catalog_named('EntityNotFoundException', `Database ${String(database)} not found.`);
        }
        return `${database}.${String(name)}`;
    }
    async send(command) {
        const { constructor, input } = command;
        const name = constructor.name.replace(/Command$/, '');
        this.calls.push({ command: name, input: structuredClone(input) });
        switch (name) {
            case 'GetTable': {
                const table = this.tables.get(this.table(input.DatabaseName, input.Name));
                if (!table)
                    throw glue_catalog_named('EntityNotFoundException', `Table ${String(input.Name)} not found.`);
                return { Table: structuredClone(table) };
            }
            case 'CreateTable':
            case 'UpdateTable': {
                const t = input.TableInput;
                const key = this.table(input.DatabaseName, t.Name);
                if (name === 'CreateTable' && this.tables.has(key))
                    throw glue_catalog_named('AlreadyExistsException', `Table ${t.Name} already exists.`);
                if (name === 'UpdateTable' && !this.tables.has(key))
                    throw glue_catalog_named('EntityNotFoundException', `Table ${t.Name} not found.`);
                this.tables.set(key, {
                    ...structuredClone(t),
                    Name: t.Name,
                    DatabaseName: input.DatabaseName
                });
                return {};
            }
            case 'GetPartition': {
                const key = `${this.table(input.DatabaseName, input.TableName)}/${JSON.stringify(input.PartitionValues)}`;
                const partition = this.partitions.get(key);
                if (!partition)
                    throw glue_catalog_named('EntityNotFoundException', 'Cannot find partition.');
                return { Partition: structuredClone(partition) };
            }
            case 'CreatePartition':
            case 'UpdatePartition': {
                const p = input.PartitionInput;
                const tableKey = this.table(input.DatabaseName, input.TableName);
                if (!this.tables.has(tableKey))
                    throw glue_catalog_named('EntityNotFoundException', `Table ${String(input.TableName)} not found.`);
                const values = name === 'UpdatePartition' ? input.PartitionValueList : p.Values;
                const key = `${tableKey}/${JSON.stringify(values)}`;
                if (name === 'CreatePartition' && this.partitions.has(key))
                    throw glue_catalog_named('AlreadyExistsException', 'Partition already exists.');
                if (name === 'UpdatePartition' && !this.partitions.has(key))
                    throw glue_catalog_named('EntityNotFoundException', 'Cannot find partition.');
                this.partitions.set(key, {
                    ...structuredClone(p),
                    DatabaseName: input.DatabaseName,
                    TableName: input.TableName
                });
                return {};
            }
            default:
                throw glue_catalog_named('InvalidInputException', `${name} is not part of the local Glue stand-in`);
        }
    }
}

;// CONCATENATED MODULE: ./src/local/lock-table.ts
function lock_table_named(name, message) {
    const e = new Error(message);
    e.name = name;
    return e;
}
function same(a, b) {
    return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}
/** Evaluates the small subset of DynamoDB condition expressions the state machine uses. */
function conditionHolds(expression, item, values = {}) {
    const term = (t) => {
        const text = t.trim();
        const notExists = /^attribute_not_exists\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)$/.exec(text);
        if (notExists)
            return item?.[notExists[1]] === undefined;
        const exists = /^attribute_exists\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)$/.exec(text);
        if (exists)
            return item?.[exists[1]] !== undefined;
        const equals = /^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(:[A-Za-z0-9_]+)$/.exec(text);
        if (equals) {
            const value = values[equals[2]];
            if (value === undefined)
                throw lock_table_named('DynamoDB.ValidationException', `${equals[2]} is not defined`);
            return same(item?.[equals[1]], value);
        }
        throw lock_table_named('DynamoDB.ValidationException', `unsupported condition term '${text}' (local stand-in)`);
    };
    return expression.split(/\s+OR\s+/i).some(alternative => alternative.split(/\s+AND\s+/i).every(term));
}
class LocalLockTable {
    tableName;
    hashKey;
    items = new Map();
    constructor(tableName, hashKey = 'dataset') {
        this.tableName = tableName;
        this.hashKey = hashKey;
    }
    keyOf(request, from) {
        if (request.TableName !== this.tableName) {
            throw lock_table_named('DynamoDB.ResourceNotFoundException', `table ${request.TableName} does not exist (local: ${this.tableName})`);
        }
        const key = from?.[this.hashKey]?.S;
        if (key === undefined)
            throw lock_table_named('DynamoDB.ValidationException', `the key ${this.hashKey} (S) is missing`);
        return key;
    }
    check(request, current) {
        if (request.ConditionExpression &&
            !conditionHolds(request.ConditionExpression, current, request.ExpressionAttributeValues)) {
            throw lock_table_named('DynamoDB.ConditionalCheckFailedException', 'The conditional request failed');
        }
    }
    putItem = (request) => {
        const key = this.keyOf(request, request.Item);
        this.check(request, this.items.get(key));
        this.items.set(key, structuredClone(request.Item));
        return {};
    };
    getItem = (request) => {
        const item = this.items.get(this.keyOf(request, request.Key));
        return item ? { Item: structuredClone(item) } : {};
    };
    deleteItem = (request) => {
        const key = this.keyOf(request, request.Key);
        this.check(request, this.items.get(key));
        this.items.delete(key);
        return {};
    };
    /** The item of a key, for tests and the local report. */
    peek(key) {
        return this.items.get(key);
    }
    /** Puts an item directly (a lock left by another execution). */
    seed(item) {
        this.items.set(item[this.hashKey].S, structuredClone(item));
    }
}

;// CONCATENATED MODULE: ./src/lambdas/archive-batch.ts
/**
 * ArchiveBatch: moves this batch's landing/<dataset>/<batch>/ objects (ciphertext and manifest, and only those) to
 * archive/<dataset>/<batch>/landing/…: copy (server-side, SSE-KMS, metadata and tags kept), verify the copy, then
 * delete the source. The decrypted plaintext under raw/<dataset>/<batch>/ is then removed for good, every version; it
 * is archived to …/raw/… first only when the stack asks for it (ArchivePlaintext), since the archive keeps data for
 * ArchiveRetentionDays and the ciphertext with its manifest is enough to reproduce the batch. The manifest moves
 * first, so a landing prefix that is being archived is incomplete by definition and a second pipeline run refuses it
 * instead of decrypting half a batch.
 *
 * Retrying after a partial run finishes the move: sources already moved are no longer listed, and a source that
 * vanished between listing and copying counts as moved when its archive copy is there. Objects above CopyObject's
 * 5 GiB limit are copied in parts (UploadPartCopy).
 */





const COPY_OBJECT_LIMIT = 5 * 1024 ** 3;
const DEFAULT_COPY_PART = 512 * 1024 ** 2;
const MAX_PARTS = 10_000;
const PARTS_IN_FLIGHT = 4;
function isNotFound(err) {
    const status = err?.$metadata?.httpStatusCode;
    return status === 404 || errorName(err) === 'NotFound' || errorName(err) === 'NoSuchKey';
}
async function list(s3, bucket, prefix) {
    const out = [];
    let token;
    do {
        const page = await s3.send(new client_s3_dist_cjs/* ListObjectsV2Command */.u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? [])
            if (o.Key)
                out.push({ key: o.Key, size: o.Size ?? 0 });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
}
async function head(s3, bucket, key) {
    try {
        return await s3.send(new client_s3_dist_cjs/* HeadObjectCommand */.l81({ Bucket: bucket, Key: key }));
    }
    catch (err) {
        if (isNotFound(err))
            return undefined;
        throw err;
    }
}
/** CopySource: bucket/key with each key segment URL-encoded. */
function copySource(bucket, key) {
    return `${bucket}/${key.split('/').map(encodeURIComponent).join('/')}`;
}
/** An ETag is the content's MD5 only for single-part objects stored unencrypted or with SSE-S3. */
function md5ETag(h) {
    const etag = h.ETag;
    if (!etag || etag.includes('-'))
        return undefined;
    if (h.ServerSideEncryption && h.ServerSideEncryption !== 'AES256')
        return undefined;
    if (h.SSECustomerAlgorithm)
        return undefined;
    return etag;
}
/** Why the copy does not match its source, or undefined when it does. */
function copyMismatch(source, copy) {
    if ((copy.ContentLength ?? -1) !== (source.ContentLength ?? -2))
        return `it has ${copy.ContentLength} bytes, the source ${source.ContentLength}`;
    const a = md5ETag(source);
    const b = md5ETag(copy);
    if (a && b && a !== b)
        return `its ETag ${b} differs from the source's ${a}`;
    const sm = JSON.stringify(Object.entries(source.Metadata ?? {}).sort());
    const cm = JSON.stringify(Object.entries(copy.Metadata ?? {}).sort());
    if (sm !== cm)
        return 'its metadata differs from the source';
    return undefined;
}
function sse(kmsKeyId) {
    return kmsKeyId ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: kmsKeyId } : {};
}
/** UploadPartCopy in ranges, PARTS_IN_FLIGHT at once; aborted on any failure. */
async function multipartCopy(deps, bucket, key, target, source) {
    const size = source.ContentLength ?? 0;
    const partSize = Math.max(deps.copyPartBytes ?? DEFAULT_COPY_PART, Math.ceil(size / MAX_PARTS));
    const created = await deps.s3.send(new client_s3_dist_cjs/* CreateMultipartUploadCommand */.nG4({
        Bucket: bucket,
        Key: target,
        ContentType: source.ContentType,
        ContentEncoding: source.ContentEncoding,
        ContentDisposition: source.ContentDisposition,
        ContentLanguage: source.ContentLanguage,
        CacheControl: source.CacheControl,
        Metadata: source.Metadata,
        ...sse(deps.kmsKeyId)
    }));
    const uploadId = created.UploadId;
    try {
        const count = Math.max(1, Math.ceil(size / partSize));
        const etags = new Array(count);
        let next = 0;
        let failure;
        const worker = async () => {
            while (failure === undefined && next < count) {
                const i = next++;
                const start = i * partSize;
                const end = Math.min(size, start + partSize) - 1;
                const part = await deps.s3.send(new client_s3_dist_cjs/* UploadPartCopyCommand */.Xp2({
                    Bucket: bucket,
                    Key: target,
                    UploadId: uploadId,
                    PartNumber: i + 1,
                    CopySource: copySource(bucket, key),
                    CopySourceRange: `bytes=${start}-${end}`,
                    CopySourceIfMatch: source.ETag
                }));
                etags[i] = part.CopyPartResult?.ETag ?? '';
                if (!etags[i])
                    throw new Error(`UploadPartCopy of part ${i + 1} returned no ETag`);
            }
        };
        // On a failure no new part starts, and the abort waits for the parts in flight.
        const guarded = async () => {
            try {
                await worker();
            }
            catch (error) {
                failure ??= { error };
            }
        };
        await Promise.all(Array.from({ length: Math.min(PARTS_IN_FLIGHT, count) }, guarded));
        if (failure)
            throw failure.error;
        await deps.s3.send(new client_s3_dist_cjs/* CompleteMultipartUploadCommand */.Gym({
            Bucket: bucket,
            Key: target,
            UploadId: uploadId,
            MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) }
        }));
    }
    catch (err) {
        try {
            await deps.s3.send(new client_s3_dist_cjs/* AbortMultipartUploadCommand */.tfP({ Bucket: bucket, Key: target, UploadId: uploadId }));
        }
        catch {
            // The bucket's lifecycle rule removes incomplete multipart uploads after a day.
        }
        throw err;
    }
}
/** Copies one object to `target`, verifies the copy, deletes the source. A source already gone counts if copied. */
async function moveObject(deps, bucket, key, target) {
    const source = await head(deps.s3, bucket, key);
    if (!source) {
        if (await head(deps.s3, bucket, target))
            return 'done';
        throw new Error(`it disappeared and ${target} does not exist: the object is lost from this batch; check the bucket's versions`);
    }
    if ((source.ContentLength ?? 0) > (deps.copyLimitBytes ?? COPY_OBJECT_LIMIT)) {
        await multipartCopy(deps, bucket, key, target, source);
    }
    else {
        await deps.s3.send(new client_s3_dist_cjs/* CopyObjectCommand */.s9Z({
            Bucket: bucket,
            Key: target,
            CopySource: copySource(bucket, key),
            CopySourceIfMatch: source.ETag,
            MetadataDirective: 'COPY',
            ...sse(deps.kmsKeyId)
        }));
    }
    const copy = await head(deps.s3, bucket, target);
    if (!copy)
        throw new Error(`its copy ${target} is not there after copying: source kept; retry`);
    const mismatch = copyMismatch(source, copy);
    if (mismatch)
        throw new Error(`its copy ${target} does not match (${mismatch}): source kept; retry`);
    await deps.s3.send(new client_s3_dist_cjs/* DeleteObjectCommand */.k4j({ Bucket: bucket, Key: key }));
    return 'moved';
}
async function archiveBatch(event, deps) {
    const log = deps.log ?? (() => { });
    const { prefix: landing } = decrypt_batch_input_checkEvent(event, deps.landingPrefix, deps.bucket);
    const bucket = event.bucket;
    const raw = (0,transfer_batch/* batchPrefix */.RJ)(deps.rawPrefix, event.dataset, event.batchId);
    if (event.rawPrefix !== undefined && event.rawPrefix !== raw) {
        throw new PipelineError('InvalidInput', `rawPrefix ${event.rawPrefix} is not this batch's raw prefix ${raw}`);
    }
    const archive = (0,transfer_batch/* batchPrefix */.RJ)(deps.archivePrefix, event.dataset, event.batchId);
    let moved = 0;
    const areas = [[landing, 'landing/']];
    if (deps.archivePlaintext)
        areas.push([raw, 'raw/']);
    for (const [from, area] of areas) {
        const objects = await list(deps.s3, bucket, from);
        // The manifest first: from then on the landing prefix is an incomplete batch that no run will decrypt.
        objects.sort((a, b) => Number(b.key === from + transfer_batch/* MANIFEST_NAME */.ir) - Number(a.key === from + transfer_batch/* MANIFEST_NAME */.ir));
        for (const o of objects) {
            const target = archive + area + o.key.slice(from.length);
            try {
                if ((await moveObject(deps, bucket, o.key, target)) === 'moved')
                    moved++;
            }
            catch (err) {
                const name = errorName(err);
                const cause = name === 'Error' ? oneLine(err) : `${name}: ${oneLine(err)}`;
                throw new PipelineError('ArchiveFailed', `${o.key}: ${cause}`, { cause: err });
            }
            log(`archived ${o.key} → ${target}`);
        }
    }
    // Plaintext goes for good: a moved raw object leaves its earlier versions behind in the versioned bucket.
    const purged = await purge_purgePrefix(deps.s3, bucket, raw);
    if (purged.failed.length > 0) {
        throw new PipelineError('ArchiveFailed', `could not remove the batch's plaintext ${purged.failed.join(', ')}: check ArchiveFunctionRole (s3:DeleteObjectVersion on raw/); the raw/ lifecycle rule removes it after RawRetentionDays`);
    }
    const archived = await list(deps.s3, bucket, archive);
    if (archived.length === 0) {
        throw new PipelineError('ArchiveFailed', `batch ${event.dataset}/${event.batchId} has nothing under ${landing}, ${raw} or ${archive}: nothing to archive (check the batch id)`);
    }
    log(`archive ${archive}: ${moved} object(s) moved now, ${archived.length} in the archive; ${purged.removed} plaintext object version(s) removed from ${raw}`);
    return { archivePrefix: archive, objectCount: archived.length, rawObjectsRemoved: purged.removed };
}

;// CONCATENATED MODULE: ./src/lambdas/archive.ts
/**
 * The ArchiveBatch Lambda (bundled to infra/build/lambdas/archive/index.mjs): environment → client → core. The
 * environment is what infra/template.yaml sets on ArchiveFunction.
 */



function createArchiveHandler(deps) {
    const env = deps.env ?? process.env;
    const log = deps.log ?? ((line) => console.log(line));
    return (event) => archiveBatch(event, {
        s3: deps.s3,
        landingPrefix: env.LANDING_PREFIX || 'landing/',
        rawPrefix: env.RAW_PREFIX || 'raw/',
        archivePrefix: env.ARCHIVE_PREFIX || 'archive/',
        bucket: env.DATA_BUCKET || undefined,
        kmsKeyId: env.DATA_KMS_KEY_ARN || undefined,
        archivePlaintext: env.ARCHIVE_PLAINTEXT === 'true',
        log
    });
}
let live;
/** The function's entry point (template: Handler index.handler). The client is made once per container. */
async function handler(event) {
    live ??= createArchiveHandler({ s3: new S3Client(lambdaClientConfig('s3')) });
    return live(event);
}

;// CONCATENATED MODULE: ./src/lambdas/cleanup-batch.ts
/**
 * CleanupBatch: after a run that did not succeed, removes what it left: the batch's plaintext under
 * raw/<dataset>/<batch>/ (every version, so nothing survives in the versioned bucket) and its job output under
 * <dataset>/batch=<batch>/ in the target bucket, unless the Glue table already shows that output (the run failed
 * after PublishOutput, e.g. in ArchiveBatch: the published data stays). The ciphertext in landing/ is kept, so the
 * batch can be run again.
 *
 * Two callers: the state machine's failure path (CleanupBatch state, input = the batch reference), and an EventBridge
 * rule for executions that ended without reaching it (aborted, timed out), whose event carries the execution input as
 * JSON text in detail.input. Idempotent: cleaning a clean batch removes nothing.
 */






/**
 * Executions that never reached the CleanupBatch state. FAILED ones did (every failure path passes it); cleaning
 * them again from the event could remove a batch that a later run of the same batch is processing.
 */
const ENDED_BADLY = new Set(['TIMED_OUT', 'ABORTED']);
const EXPECTED_INPUT = 'CleanupBatch takes the batch reference {bucket, manifestKey, dataset, batchId} or a Step Functions Execution Status Change event';
/** The batch reference of either caller, or why there is none; a malformed event is refused. */
function batchOf(event, stateMachineArn) {
    if (typeof event !== 'object' || event === null) {
        throw new PipelineError('InvalidInput', `the event is ${event === null ? 'null' : `a ${typeof event}`}: ${EXPECTED_INPUT}`);
    }
    if (!('detail' in event))
        return { batch: event };
    const detail = event.detail;
    if (typeof detail !== 'object' ||
        detail === null ||
        typeof detail.status !== 'string' ||
        typeof detail.executionArn !== 'string') {
        throw new PipelineError('InvalidInput', `the event's detail has no status or executionArn: ${EXPECTED_INPUT}`);
    }
    const execution = detail.executionArn;
    if (stateMachineArn !== undefined && detail.stateMachineArn !== stateMachineArn) {
        return {
            skipped: `execution ${execution} is of state machine ${detail.stateMachineArn ?? '?'}, not this stack's ${stateMachineArn}`
        };
    }
    if (!ENDED_BADLY.has(detail.status))
        return { skipped: `execution ${execution} ended ${detail.status}` };
    try {
        if (typeof detail.input !== 'string')
            throw new Error('no input');
        return { batch: JSON.parse(detail.input) };
    }
    catch {
        // Step Functions inputs are JSON and ours are far below the event's size limit: without it the batch is unknown,
        // and skipping would leave its plaintext in raw/ unnoticed.
        throw new PipelineError('InvalidInput', `execution ${execution} ended ${detail.status} but its input is missing or not JSON: find its batch in the execution's input (Step Functions console) and remove raw/<dataset>/<batch>/ by hand`);
    }
}
/** Whether the Glue table (replace) or its partition (append) reads this folder. */
async function cleanup_batch_isPublished(deps, batchId, folder) {
    try {
        if (deps.mode === 'replace') {
            const got = await deps.glue.send(new dist_cjs/* GetTableCommand */.QuZ({ DatabaseName: deps.database, Name: deps.table }));
            return got.Table?.StorageDescriptor?.Location === folder;
        }
        const got = await deps.glue.send(new dist_cjs/* GetPartitionCommand */.M$d({
            DatabaseName: deps.database,
            TableName: deps.table,
            PartitionValues: [batchId]
        }));
        return got.Partition?.StorageDescriptor?.Location === folder;
    }
    catch (err) {
        if (errorName(err) === 'EntityNotFoundException')
            return false;
        throw err;
    }
}
async function cleanupBatch(event, deps) {
    const log = deps.log ?? (() => { });
    const { batch, skipped } = batchOf(event, deps.stateMachineArn);
    if (skipped) {
        log(`nothing to clean: ${skipped}`);
        return { skipped, rawObjectsRemoved: 0, outputObjectsRemoved: 0, outputKept: false };
    }
    let checked;
    try {
        checked = decrypt_batch_input_checkEvent(batch, deps.landingPrefix, deps.bucket).event;
    }
    catch (err) {
        // An execution that failed on its input never wrote anything.
        if (err instanceof PipelineError && err.name === 'InvalidInput') {
            log(`nothing to clean: ${err.message}`);
            return { skipped: err.message, rawObjectsRemoved: 0, outputObjectsRemoved: 0, outputKept: false };
        }
        throw err;
    }
    if (deps.dataset !== undefined && checked.dataset !== deps.dataset) {
        const why = `batch ${checked.dataset}/${checked.batchId} is not of this stack's dataset ${deps.dataset}`;
        log(`nothing to clean: ${why}`);
        return { skipped: why, rawObjectsRemoved: 0, outputObjectsRemoved: 0, outputKept: false };
    }
    const raw = (0,transfer_batch/* batchPrefix */.RJ)(deps.rawPrefix, checked.dataset, checked.batchId);
    const rawPurge = await purge_purgePrefix(deps.s3, checked.bucket, raw);
    const output = batchOutputPrefix(checked.dataset, checked.batchId);
    const folder = `s3://${deps.targetBucket}/${output}`;
    const kept = await cleanup_batch_isPublished(deps, checked.batchId, folder);
    const outputPurge = kept
        ? { removed: 0, failed: [] }
        : await purge_purgePrefix(deps.s3, deps.targetBucket, output);
    const failed = [...rawPurge.failed, ...outputPurge.failed];
    if (failed.length > 0) {
        throw new PipelineError('CleanupFailed', `could not remove ${failed.join(', ')}: delete them by hand (the raw/ lifecycle rule expires plaintext after RawRetentionDays)`);
    }
    log(`cleaned batch ${checked.dataset}/${checked.batchId}: ${rawPurge.removed} plaintext object version(s) removed from ${raw}; ` +
        (kept
            ? `output ${folder} kept (the table shows it)`
            : `${outputPurge.removed} output object version(s) removed from ${folder}`));
    return { rawObjectsRemoved: rawPurge.removed, outputObjectsRemoved: outputPurge.removed, outputKept: kept };
}

;// CONCATENATED MODULE: ./src/lambdas/cleanup.ts
/**
 * The CleanupBatch Lambda (bundled to infra/build/lambdas/cleanup/index.mjs): environment → clients → core. Invoked
 * by the state machine's failure path and by the EventBridge rule for aborted or timed-out executions.
 */





function createCleanupHandler(deps) {
    const env = deps.env ?? process.env;
    return (event) => cleanupBatch(event, {
        s3: deps.s3,
        glue: deps.glue,
        ...outputTableEnv(env),
        landingPrefix: env.LANDING_PREFIX || 'landing/',
        rawPrefix: env.RAW_PREFIX || 'raw/',
        bucket: env.DATA_BUCKET || undefined,
        dataset: env.DATASET || undefined,
        stateMachineArn: env.STATE_MACHINE_ARN || undefined,
        log: deps.log ?? consoleLog
    });
}
let cleanup_live;
/** The function's entry point (template: Handler index.handler). Clients are made once per container. */
async function cleanup_handler(event) {
    cleanup_live ??= createCleanupHandler({
        s3: new S3Client(lambdaClientConfig('s3')),
        glue: new GlueClient(lambdaClientConfig('control-plane'))
    });
    return cleanup_live(event);
}

;// CONCATENATED MODULE: ./src/lambdas/cfn-response.ts
/**
 * Answering a CloudFormation custom resource request: a PUT of a JSON document to the request's pre-signed
 * ResponseURL (CloudFormation User Guide, "Custom resource response objects"). A request that is never answered
 * holds the stack in CREATE/UPDATE/DELETE_IN_PROGRESS for an hour, so every path answers, failures included.
 */
/** CloudFormation refuses response bodies over 4096 bytes; the reason is what gets cut. */
const MAX_BODY = 4096;
function isCustomResourceEvent(event) {
    const e = event;
    return (typeof e === 'object' &&
        e !== null &&
        (e.RequestType === 'Create' || e.RequestType === 'Update' || e.RequestType === 'Delete') &&
        typeof e.ResponseURL === 'string');
}
/**
 * The pre-signed URL must be HTTPS (it carries the answer CloudFormation trusts); plain HTTP only to this machine,
 * which is where tests listen.
 */
function checkResponseUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new Error('the custom resource request has no valid ResponseURL');
    }
    const local = parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost';
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local)) {
        throw new Error(`the custom resource ResponseURL must be https, not ${parsed.protocol}`);
    }
    return parsed;
}
function responseBody(response) {
    let body = JSON.stringify(response);
    if (body.length > MAX_BODY && response.Reason) {
        const excess = body.length - MAX_BODY + 3;
        body = JSON.stringify({ ...response, Reason: `${response.Reason.slice(0, -excess)}...` });
    }
    return body;
}
/** PUTs the answer. CloudFormation's pre-signed URL is signed without a content type, so none is sent. */
async function sendResponse(url, response, fetchImpl = fetch) {
    const target = checkResponseUrl(url);
    const body = responseBody(response);
    const res = await fetchImpl(target, {
        method: 'PUT',
        body,
        headers: { 'content-type': '', 'content-length': String(Buffer.byteLength(body)) },
        signal: AbortSignal.timeout(30_000)
    });
    if (!res.ok) {
        throw new Error(`CloudFormation did not take the custom resource answer: HTTP ${res.status}`);
    }
}

;// CONCATENATED MODULE: ./src/lambdas/publish.ts
/**
 * The PublishOutput Lambda (bundled to infra/build/lambdas/publish/index.mjs): environment → clients → core. The
 * environment is what infra/template.yaml sets on PublishFunction. It answers two callers: the state machine
 * (a batch to publish) and CloudFormation (Custom::OutputTable, the table declared before the first run).
 */








/**
 * Custom::OutputTable: declares the table on Create/Update, keeps it on Delete, and always answers CloudFormation
 * (a failure as FAILED with its one-line reason), so a stack never waits an hour for a silent function.
 */
async function answerCustomResource(event, deps, env) {
    const log = deps.log ?? consoleLog;
    const base = {
        StackId: event.StackId,
        RequestId: event.RequestId,
        LogicalResourceId: event.LogicalResourceId
    };
    let response;
    try {
        const output = outputTableEnv(env);
        const { database, table } = output;
        const physicalId = `${database}/${table}`;
        if (event.RequestType === 'Delete') {
            log(`${event.LogicalResourceId}: table ${database}.${table} kept with the retained data (stack delete)`);
            response = { ...base, Status: 'SUCCESS', PhysicalResourceId: event.PhysicalResourceId ?? physicalId };
        }
        else {
            const declared = await declareOutputTable(declaredColumns(event.ResourceProperties.Columns), {
                ...output,
                glue: deps.glue,
                dataset: required(env, 'DATASET'),
                log
            });
            response = {
                ...base,
                Status: 'SUCCESS',
                PhysicalResourceId: physicalId,
                Data: { DatabaseName: database, TableName: table, Location: declared.location }
            };
        }
    }
    catch (err) {
        log(`${event.LogicalResourceId}: ${event.RequestType} failed: ${oneLine(err)}`);
        response = {
            ...base,
            Status: 'FAILED',
            Reason: oneLine(err),
            // A failed Create keeps no resource: an id CloudFormation can later "delete" without touching anything.
            PhysicalResourceId: event.PhysicalResourceId ?? `failed-${event.RequestId}`
        };
    }
    await sendResponse(event.ResponseURL, response, deps.fetch);
    return response;
}
function createPublishHandler(deps) {
    const env = deps.env ?? process.env;
    return (event) => isCustomResourceEvent(event) ? answerCustomResource(event, deps, env) : publishBatch(event, deps, env);
}
function publishBatch(event, deps, env) {
    return publishOutput(event, {
        s3: deps.s3,
        glue: deps.glue,
        ...outputTableEnv(env),
        landingPrefix: env.LANDING_PREFIX || 'landing/',
        bucket: env.DATA_BUCKET || undefined,
        log: deps.log ?? consoleLog
    });
}
let publish_live;
/** The function's entry point (template: Handler index.handler). Clients are made once per container. */
async function publish_handler(event) {
    publish_live ??= createPublishHandler({
        s3: new S3Client(lambdaClientConfig('s3')),
        glue: new GlueClient(lambdaClientConfig('control-plane'))
    });
    return publish_live(event);
}

;// CONCATENATED MODULE: ./src/local/stand-ins.ts






function taskStates(states) {
    const out = [];
    for (const [name, s] of Object.entries(states ?? {})) {
        if (s.Type === 'Task')
            out.push([name, s]);
        out.push(...taskStates(s.ItemProcessor?.States), ...taskStates(s.Iterator?.States));
        for (const b of s.Branches ?? [])
            out.push(...taskStates(b.States));
    }
    return out;
}
function environmentOf(template, functionId, ctx) {
    const vars = template.Resources[functionId]?.Properties?.Environment?.Variables;
    const env = resolveValue(vars ?? {}, ctx) ?? {};
    // Local S3 servers do not do KMS: objects are written with the server's default encryption.
    const { DATA_KMS_KEY_ARN: _kms, ...rest } = env;
    return rest;
}
/** The template's functions by the ARN the state machine invokes, each our handler with its template environment. */
function lambdaStandIns(template, ctx, o) {
    const functions = new Map();
    let tableName = '';
    for (const [id, r] of Object.entries(template.Resources)) {
        if (r.Type !== 'AWS::Lambda::Function' || r.Condition)
            continue;
        const code = String(r.Properties?.Code ?? '');
        const env = environmentOf(template, id, ctx);
        const arn = ctx.getAtt(id, 'Arn');
        if (code.endsWith('/decrypt')) {
            const deps = {
                s3: o.s3,
                keys: async () => o.keys,
                landingPrefix: env.LANDING_PREFIX || 'landing/',
                rawPrefix: env.RAW_PREFIX || 'raw/',
                bucket: env.DATA_BUCKET,
                log: o.log
            };
            functions.set(arn, (e) => 'object' in e ? decryptObject(e, deps) : planBatch(e, deps));
        }
        else if (code.endsWith('/archive'))
            functions.set(arn, createArchiveHandler({ s3: o.s3, env, log: o.log }));
        else if (code.endsWith('/publish')) {
            functions.set(arn, createPublishHandler({ s3: o.s3, glue: o.catalog, env, log: o.log }));
            tableName = env.GLUE_TABLE ?? '';
        }
        else if (code.endsWith('/cleanup'))
            functions.set(arn, createCleanupHandler({ s3: o.s3, glue: o.catalog, env, log: o.log }));
    }
    return { functions, tableName };
}
/** sns:publish: the notification is recorded (and logged) instead of sent. */
function snsStandIn(notifications, log) {
    return (params) => {
        const attributes = Object.fromEntries(Object.entries(params.MessageAttributes ?? {}).map(([k, v]) => [k, v.StringValue ?? '']));
        notifications.push({ subject: params.Subject, message: params.Message, attributes });
        log(`notification: ${params.Subject ?? ''} ${JSON.stringify(attributes)}`);
        return { MessageId: `local-${notifications.length}` };
    };
}
/** sfn:describeExecution: this run is RUNNING; others are what the caller says, or do not exist. */
function describeExecutionStandIn(executionArn, executionStatus) {
    return ({ ExecutionArn }) => {
        const status = ExecutionArn === executionArn ? 'RUNNING' : executionStatus?.(ExecutionArn);
        if (!status) {
            const e = new Error(`Execution Does Not Exist: '${ExecutionArn}'`);
            e.name = 'Sfn.ExecutionDoesNotExistException';
            throw e;
        }
        return { ExecutionArn, Status: status };
    };
}
/** A handler for every Task state: a Lambda stand-in by FunctionName, or a service stand-in by Resource. */
function bindHandlers(states, functions, services) {
    const handlers = {};
    for (const [name, state] of taskStates(states)) {
        const resource = state.Resource ?? '';
        const bound = /:lambda:invoke$/.test(resource)
            ? functions.get(state.Parameters?.FunctionName ?? '')
            : services[resource];
        if (!bound) {
            throw new src_errors/* UsageError */.eb(`state ${name} calls ${resource}${state.Parameters?.FunctionName ? ` (${state.Parameters.FunctionName})` : ''}, which local mode cannot stand in for: add a stand-in in src/local/pipeline.ts`);
        }
        handlers[name] = bound;
    }
    return handlers;
}

;// CONCATENATED MODULE: ./src/local/pipeline.ts
/**
 * The whole pipeline on one machine, as the stack defines it: infra/statemachine.asl.json executed by the local ASL
 * runner with the DefinitionSubstitutions of infra/template.yaml, every Task bound by what it calls:
 *
 * - lambda:invoke → the handler of the function whose ARN the state names, with that function's environment from
 *   the template (DecryptBatch plan/object, PublishOutput, ArchiveBatch, CleanupBatch);
 * - dynamodb:* → an in-memory lock table with DynamoDB's conditional semantics;
 * - databrew:* → the DataBrew stand-in built from the template's dataset, job and recipe (it reads everything under
 *   the dataset's current key, as DataBrew does); the recipe engine stands in for DataBrew's transforms;
 * - sfn:describeExecution → the status of executions this process knows; sns:publish → collected messages.
 *
 * Nothing here repeats a template setting: a divergence between the state machine, the template and the handlers
 * shows up locally. What cannot be local: KMS (objects are written without SSE headers), IAM (see the IAM contract
 * test), and DataBrew's own transforms (the engine implements them; see the README's list).
 */













const LOCAL_ACCOUNT = '000000000000';
const LOCAL_REGION = 'local';
const STATE_MACHINE_NAME = 'cleanrooms-connect';
/** `<dataset>-<batch>`, the execution name the action and the schedule use. */
function localExecutionArn(dataset, batchId) {
    const name = `${dataset}-${batchId}`.replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 80);
    return `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:execution:${STATE_MACHINE_NAME}:${name}`;
}
/** Local physical names for the template's resources. */
function localContext(template, o) {
    const parameters = {
        'AWS::StackName': 'local',
        'AWS::Region': LOCAL_REGION,
        'AWS::AccountId': LOCAL_ACCOUNT,
        'AWS::Partition': 'aws',
        'AWS::URLSuffix': 'amazonaws.com'
    };
    for (const name of Object.keys(template.Parameters ?? {}))
        parameters[name] = parameterDefault(template, name);
    parameters.DatasetName = o.dataset;
    if (o.outputMode)
        parameters.OutputMode = o.outputMode;
    if (o.archivePlaintext !== undefined)
        parameters.ArchivePlaintext = String(o.archivePlaintext);
    const ctx = {
        parameters,
        ref: id => {
            const r = template.Resources[id];
            if (!r)
                throw new src_errors/* UsageError */.eb(`infra/template.yaml has no resource ${id}`);
            if (id === 'DataBucket')
                return o.bucket;
            if (id === 'TargetBucket')
                return o.targetBucket;
            if (r.Type === 'AWS::SNS::Topic')
                return `arn:aws:sns:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${id}`;
            if (r.Type === 'AWS::StepFunctions::StateMachine')
                return `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:stateMachine:${STATE_MACHINE_NAME}`;
            if (r.Type === 'AWS::Glue::Database')
                return parameters.GlueDatabaseName ?? id;
            const name = (r.Properties?.Name ??
                r.Properties?.DatabaseInput?.Name);
            return name !== undefined ? String(resolveValue(name, ctx)) : `local-${id}`;
        },
        getAtt: (id, attribute) => {
            const r = template.Resources[id];
            if (!r)
                throw new src_errors/* UsageError */.eb(`infra/template.yaml has no resource ${id}`);
            if (attribute === 'Arn') {
                if (r.Type === 'AWS::Lambda::Function')
                    return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${id}`;
                if (r.Type === 'AWS::IAM::Role')
                    return `arn:aws:iam::${LOCAL_ACCOUNT}:role/${id}`;
                if (r.Type === 'AWS::KMS::Key')
                    return `arn:aws:kms:${LOCAL_REGION}:${LOCAL_ACCOUNT}:key/${id}`;
                if (r.Type === 'AWS::S3::Bucket')
                    return `arn:aws:s3:::${ctx.ref(id)}`;
                return `arn:aws:local:${LOCAL_REGION}:${LOCAL_ACCOUNT}:${id}`;
            }
            return ctx.ref(id);
        }
    };
    return ctx;
}
/** Two recipes with the same steps (positions aside): the stack's recipe given as a file. */
function sameSteps(a, b) {
    const plainSteps = (r) => JSON.stringify(r.steps.map(s => [s.operation, s.parameters, s.conditions]));
    return plainSteps(a) === plainSteps(b);
}
/** The recipe the job runs: the DataBrew project's (or the job's) recipe resource, steps as the template has them. */
function templateRecipe(template, job, ctx) {
    let recipeRef = job.Recipe?.Name;
    if (job.ProjectName !== undefined) {
        const projectId = job.ProjectName.Ref;
        const project = projectId ? template.Resources[projectId] : undefined;
        recipeRef = project?.Properties?.RecipeName;
    }
    const recipeId = recipeRef?.Ref;
    const steps = recipeId ? template.Resources[recipeId]?.Properties?.Steps : undefined;
    if (!Array.isArray(steps))
        throw new src_errors/* UsageError */.eb('infra/template.yaml: the DataBrew job names no recipe resource with Steps');
    const { recipe, problems } = (0,parse/* parseRecipe */.C)(JSON.stringify(resolveValue(steps, ctx), null, 2), 'infra/template.yaml DataBrewRecipe');
    const errors = problems.filter(p => p.severity === 'error');
    if (!recipe || errors.length > 0)
        throw new src_errors/* UsageError */.eb(errors.map(model/* formatProblem */.Vw).join('\n') || 'the template recipe is empty');
    return recipe;
}
async function runLocalPipeline(o) {
    const log = o.log ?? (() => { });
    const template = readTemplate(o.templatePath);
    const ctx = localContext(template, o);
    const definition = loadDefinition(template, ctx, o.definitionPath);
    const { databrew, stackRecipe } = localDataBrew(template, ctx, o, log);
    const [lockId] = resourceOfType(template, 'AWS::DynamoDB::Table');
    const lockTable = o.lockTable ?? new LocalLockTable(ctx.ref(lockId));
    const glueDatabase = ctx.ref(resourceOfType(template, 'AWS::Glue::Database')[0]);
    const catalog = o.catalog ?? new LocalGlueCatalog([glueDatabase]);
    const executionArn = localExecutionArn(o.dataset, o.batchId);
    const { functions, tableName } = lambdaStandIns(template, ctx, { s3: o.s3, keys: o.keys, catalog, log });
    // A deployment declares the output table (Custom::OutputTable) before any run; local mode does the same, with the
    // template's columns, when it runs the template's recipe (another recipe has other output columns).
    if (!o.recipe || sameSteps(o.recipe, stackRecipe))
        await declareTable(template, ctx, o.dataset, catalog, log);
    const notifications = [];
    const services = {
        'arn:aws:states:::dynamodb:putItem': lockTable.putItem,
        'arn:aws:states:::dynamodb:getItem': lockTable.getItem,
        'arn:aws:states:::dynamodb:deleteItem': lockTable.deleteItem,
        'arn:aws:states:::aws-sdk:sfn:describeExecution': describeExecutionStandIn(executionArn, o.executionStatus),
        'arn:aws:states:::aws-sdk:databrew:updateDataset': databrew.updateDataset,
        'arn:aws:states:::aws-sdk:databrew:updateRecipeJob': databrew.updateRecipeJob,
        'arn:aws:states:::databrew:startJobRun.sync': databrew.startJobRun,
        'arn:aws:states:::sns:publish': snsStandIn(notifications, log)
    };
    const handlers = bindHandlers(definition.States, functions, services);
    const input = {
        bucket: o.bucket,
        manifestKey: (0,transfer_batch/* batchPrefix */.RJ)('landing/', o.dataset, o.batchId) + transfer_batch/* MANIFEST_NAME */.ir,
        dataset: o.dataset,
        batchId: o.batchId
    };
    const runsBefore = databrew.runs.length;
    const result = await runStateMachine({
        definition,
        substitutions: {},
        input,
        noWaits: true,
        executionName: executionArn.slice(executionArn.lastIndexOf(':') + 1),
        handlers
    });
    const runs = databrew.runs.slice(runsBefore);
    const table = catalog.tables.get(`${glueDatabase}.${tableName}`);
    return {
        ...result,
        notifications,
        outputs: runs.flatMap(r => r.outputs),
        inputs: runs.flatMap(r => r.inputs),
        columns: runs.at(-1)?.columns,
        executionArn,
        lockTable,
        catalog,
        table: {
            database: glueDatabase,
            name: tableName,
            location: table?.StorageDescriptor?.Location,
            partitions: [...catalog.partitions.keys()]
                .filter(k => k.startsWith(`${glueDatabase}.${tableName}/`))
                .map(k => JSON.parse(k.slice(k.indexOf('/') + 1)).join('/'))
        }
    };
}
/** The state machine's definition file with the template's DefinitionSubstitutions applied. */
function loadDefinition(template, ctx, definitionPath) {
    const [, machine] = resourceOfType(template, 'AWS::StepFunctions::StateMachine');
    const substitutions = resolveValue(machine.Properties.DefinitionSubstitutions, ctx);
    const definitionFile = definitionPath ?? defaultDefinitionPath();
    return JSON.parse(substituteDefinition((0,external_node_fs_.readFileSync)(definitionFile, 'utf8'), substitutions));
}
/** DataBrew's stand-in, with the template's dataset, job outputs and recipe (or the recipe given instead). */
function localDataBrew(template, ctx, o, log) {
    const [, datasetResource] = resourceOfType(template, 'AWS::DataBrew::Dataset');
    const [, jobResource] = resourceOfType(template, 'AWS::DataBrew::Job');
    const stackRecipe = templateRecipe(template, jobResource.Properties, ctx);
    const dataset = resolveValue(datasetResource.Properties, ctx);
    const job = resolveValue(jobResource.Properties, ctx);
    const databrew = new LocalDataBrew({
        s3: o.s3,
        datasetName: dataset.Name,
        jobName: job.Name,
        dataset: {
            ...dataset.Input.S3InputDefinition,
            Format: dataset.Format,
            FormatOptions: dataset.FormatOptions
        },
        outputs: job.Outputs,
        recipe: o.recipe ?? stackRecipe,
        hashKey: o.hashKey,
        log
    });
    return { databrew, stackRecipe };
}
/** Custom::OutputTable's work: the Glue table with the template's declared columns, before any batch. */
async function declareTable(template, ctx, dataset, catalog, log) {
    const publishFunction = Object.keys(template.Resources).find(id => String(template.Resources[id].Properties?.Code ?? '').endsWith('/publish'));
    if (!publishFunction)
        return;
    const [, outputTable] = resourceOfType(template, 'Custom::OutputTable');
    const env = environmentOf(template, publishFunction, ctx);
    await declareOutputTable(declaredColumns(resolveValue(outputTable.Properties?.Columns, ctx)), {
        glue: catalog,
        targetBucket: env.TARGET_BUCKET ?? '',
        database: env.GLUE_DATABASE ?? '',
        table: env.GLUE_TABLE ?? '',
        dataset: env.DATASET ?? dataset,
        mode: outputMode(env),
        log
    });
}

// EXTERNAL MODULE: ./src/settings/validate.ts
var validate = __webpack_require__(4455);
// EXTERNAL MODULE: ./src/commands/command.ts
var command = __webpack_require__(3155);
// EXTERNAL MODULE: ./src/commands/recipe-run.ts
var recipe_run = __webpack_require__(7086);
;// CONCATENATED MODULE: ./src/commands/pipeline-local.ts
/** `cleanrooms-connect pipeline local`: the stack's state machine, run on this machine against any S3 server. */














const HELP = `Usage: cleanrooms-connect pipeline local --endpoint-url URL --bucket B --target-bucket T --dataset D \\
         --batch-id ID --key PRIVATE.asc [--recipe R.json] [--hash-key-file F] [--output-mode replace|append]
         [--archive-plaintext] [--contract cleanrooms.yml]

Runs the stack on this machine for an uploaded batch, as infra/template.yaml wires it: infra/statemachine.asl.json
with the template's DefinitionSubstitutions; DecryptBatch (plan, then one invocation per object), PublishOutput,
ArchiveBatch and CleanupBatch are the Lambda handlers with their template environment; the dataset lock is an
in-memory table; the DataBrew dataset and job are stand-ins built from the template (a run reads everything under the
dataset's current key, as DataBrew does) with the local recipe engine for the transforms; Glue is an in-memory
catalog; SNS messages are printed. Prints the status, the states, the output objects and the table; exit 0 when the
execution SUCCEEDED. Objects are written without SSE-KMS (local S3 servers do not do KMS). Then the collaboration
contract is checked against the run's output and printed as the configured table the stack would apply (exit 1 when
it does not hold).

Flags:
  --endpoint-url URL     S3-protocol server (or AWS_ENDPOINT_URL_S3)
  --region R             default us-east-1
  --bucket B             data bucket (landing/, raw/, archive/)
  --target-bucket T      bucket for the Parquet output
  --dataset D, --batch-id ID
  --key FILE             the pipeline's private key (armored or binary)
  --passphrase-file F    its passphrase, if protected (or env CLEANROOMS_PGP_PASSPHRASE)
  --recipe FILE          DataBrew recipe JSON instead of the template's recipe (e.g. a pull request's)
  --hash-key-file F      HMAC key for CRYPTOGRAPHIC_HASH, Base64 text as in the stack's secret (or env
                         CLEANROOMS_HASH_KEY)
  --output-mode M        the stack's OutputMode: replace (the table shows the latest batch) or append [default: the
                         template's default]
  --archive-plaintext    the stack's ArchivePlaintext=true: archive the decrypted plaintext too
  --contract FILE        collaboration contract to check against the output [default: infra/cleanrooms.yml when it
                         exists and the run uses the template's recipe]

Example:
  cleanrooms-connect pipeline local --endpoint-url http://127.0.0.1:4566 --bucket data --target-bucket out \\
      --dataset customers --batch-id demo-1 --key private.asc --hash-key-file hashing-key.txt`;
const pipelineLocalCommand = {
    name: 'pipeline local',
    help: HELP,
    async run(args, io) {
        const parsed = (0,command/* parseFlags */.b)('pipeline local', args, {
            'endpoint-url': { type: 'string' },
            region: { type: 'string' },
            bucket: { type: 'string' },
            'target-bucket': { type: 'string' },
            dataset: { type: 'string' },
            'batch-id': { type: 'string' },
            key: { type: 'string' },
            'passphrase-file': { type: 'string' },
            recipe: { type: 'string' },
            'hash-key-file': { type: 'string' },
            'output-mode': { type: 'string' },
            'archive-plaintext': { type: 'boolean' },
            contract: { type: 'string' }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const v = parsed.values;
        const archivePlaintext = parsed.values['archive-plaintext'] === true;
        const outputMode = v['output-mode'];
        if (outputMode !== undefined && outputMode !== 'replace' && outputMode !== 'append') {
            throw new src_errors/* UsageError */.eb(`pipeline local: --output-mode is '${outputMode}': use replace or append`);
        }
        for (const name of ['bucket', 'target-bucket', 'dataset', 'batch-id', 'key']) {
            if (!v[name])
                throw new src_errors/* UsageError */.eb(`pipeline local: --${name} is required (see --help)`);
        }
        const problem = (0,validate/* checkBucketName */.WR)(v.bucket) ??
            (0,validate/* checkBucketName */.WR)(v['target-bucket']) ??
            (0,validate/* checkDataset */.$F)(v.dataset) ??
            (0,validate/* checkBatchId */.s7)(v['batch-id']);
        if (problem)
            throw new src_errors/* UsageError */.eb(`pipeline local: ${problem}`);
        // Base64-decoded, as DataBrew reads the hashing secret; checked before any secret or object is read.
        const hashKey = await (0,recipe_run.hashKeyFrom)(v['hash-key-file'] && (0,command/* pathFor */.p)(io, v['hash-key-file']), io.env, 'base64');
        let passphrase = io.env.CLEANROOMS_PGP_PASSPHRASE;
        if (v['passphrase-file'])
            passphrase = (await (0,promises_.readFile)((0,command/* pathFor */.p)(io, v['passphrase-file']), 'utf8')).split(/\r?\n/)[0];
        const keys = await (0,crypto_keys/* loadPrivateKeys */.as)(await (0,crypto_keys/* readKeyFile */.ml)((0,command/* pathFor */.p)(io, v.key)), passphrase, `key file ${v.key}`);
        const recipe = v.recipe ? await (0,recipe_run.loadRecipe)((0,command/* pathFor */.p)(io, v.recipe)) : undefined;
        const s3 = (0,clients/* createS3Client */.qo)({
            region: v.region ?? io.env.AWS_REGION ?? 'us-east-1',
            endpointUrl: v['endpoint-url'],
            env: io.env
        });
        try {
            const result = await runLocalPipeline({
                s3,
                bucket: v.bucket,
                targetBucket: v['target-bucket'],
                dataset: v.dataset,
                batchId: v['batch-id'],
                keys,
                recipe,
                hashKey,
                outputMode,
                archivePlaintext,
                log: line => io.stderr(line + '\n')
            });
            const path = result.events.filter(e => e.type === 'StateEntered').map(e => e.state);
            io.stdout(`status=${result.status}\nstates=${path.join(' > ')}\n`);
            for (const o of result.outputs)
                io.stdout(`output=${o}\n`);
            if (result.columns)
                io.stdout(`columns=${result.columns.join(',')}\n`);
            if (result.table.location) {
                io.stdout(`glue-table=${result.table.database}.${result.table.name}\ntable-location=${result.table.location}\n`);
                for (const p of result.table.partitions)
                    io.stdout(`partition=batch=${p}\n`);
            }
            if (result.status !== 'SUCCEEDED') {
                io.stderr(`error: pipeline ${result.status}: ${result.error ?? ''} ${result.cause ?? ''}\n`);
                return 1;
            }
            const contractFile = v.contract ??
                (!v.recipe && (0,external_node_fs_.existsSync)((0,command/* pathFor */.p)(io, 'infra/cleanrooms.yml')) ? 'infra/cleanrooms.yml' : undefined);
            return contractFile ? await printContract(contractFile, result.columns, io) : 0;
        }
        finally {
            s3.destroy();
        }
    }
};
/** The contract held against the run's real output, and the configured table the stack would apply. */
async function printContract(file, columns, io) {
    const parsed = (0,cleanrooms_contract/* parseContract */.UA)(await (0,promises_.readFile)((0,command/* pathFor */.p)(io, file), 'utf8'), file);
    let problems = parsed.problems;
    const contract = parsed.contract;
    if (contract) {
        const recipe = contract.recipe
            ? (0,parse/* parseRecipe */.C)(await (0,promises_.readFile)((0,command/* pathFor */.p)(io, contract.recipe), 'utf8'), contract.recipe).recipe
            : undefined;
        problems = (0,check/* checkContract */.n)(contract, { recipe, outputColumns: columns }).problems;
    }
    for (const p of problems)
        io.stderr(`${(0,model/* formatProblem */.Vw)(p)}\n`);
    if (!contract || problems.length > 0) {
        io.stderr(`error: contract ${file} does not hold for this output (${problems.length} problem(s))\n`);
        return 1;
    }
    io.stdout(`contract=${file} holds (configured table ${contract.name}, ${contract.rule.type} rule)\n`);
    io.stdout(`configured-table=${JSON.stringify((0,cfn/* configuredTableProperties */.c)(contract))}\n`);
    return 0;
}


/***/ }),

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashKeyFrom: () => (/* binding */ hashKeyFrom),
/* harmony export */   joinDatasetFlags: () => (/* binding */ joinDatasetFlags),
/* harmony export */   loadRecipe: () => (/* binding */ loadRecipe),
/* harmony export */   recipeRunCommand: () => (/* binding */ recipeRunCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1098);
/* harmony import */ var _recipe_hash_key_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2130);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5499);
/* harmony import */ var _recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1002);
/* harmony import */ var _recipe_validate_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7898);
/* harmony import */ var _recipe_isolated_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5907);
/* harmony import */ var _recipe_run_file_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1922);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3155);
/* harmony import */ var _file_args_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1018);
/** `cleanrooms-connect recipe run`: a DataBrew recipe over a local file, with the local engine. */












const HELP = `Usage: cleanrooms-connect recipe run --recipe R.json --in INPUT --out OUTPUT [--hash-key-file F]
                                [--join-dataset NAME=FILE]...

Applies a DataBrew recipe (the JSON DataBrew exports) to a local file with the local engine, streaming. The recipe
is validated first, as \`recipe validate\` does: any error stops the run before the input is read.
Formats by extension: .csv, .jsonl (.ndjson), .parquet (output Parquet is snappy-compressed). Prints row counts.
An operation the local engine cannot run stops the run and is named (it is never skipped).

Flags:
  --recipe FILE              recipe JSON (array of steps, or describe-recipe output)
  --in FILE                  input table
  --out FILE                 output table; written to a temp file and renamed when complete
  --hash-key-file FILE       HMAC key for CRYPTOGRAPHIC_HASH HMAC_* steps (or env CLEANROOMS_HASH_KEY); the
                             key is the file's text without its trailing newline, as the Secrets Manager
                             secret string would be
  --hash-key-encoding ENC    base64 (default: the text is decoded first, as DataBrew does with the secret's
                             value) or utf8 (the text's own bytes)
  --join-dataset NAME=FILE   the secondary dataset a JOIN step names as secondaryDatasetName (repeatable);
                             read whole into memory
  --force                    overwrite --out

Example:
  cleanrooms-connect recipe run --recipe examples/recipes/customers.json \\
      --in examples/data/customers.csv --out /tmp/customers.parquet --hash-key-file key.txt`;
async function loadRecipe(file) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8');
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe ${file} cannot be read: check the path`);
    }
    const { recipe, problems } = (0,_recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecipe */ .C)(text, file);
    // Run = validate, then execute: whatever `recipe validate` calls an error stops the run before any data is read
    // (an unknown parameter the engine would ignore, a misspelt one, a bad value).
    const errors = [...problems, ...(recipe ? (0,_recipe_validate_js__WEBPACK_IMPORTED_MODULE_5__/* .validateRecipe */ .d)(recipe) : [])]
        .filter(p => p.severity === 'error')
        .sort((a, b) => a.line - b.line || a.column - b.column);
    if (!recipe || errors.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(errors.length > 0
            ? `${(0,_recipe_model_js__WEBPACK_IMPORTED_MODULE_10__/* .formatProblem */ .Vw)(errors[0])}${errors.length > 1 ? ` (and ${errors.length - 1} more error(s): recipe validate ${file} lists them)` : ''}: nothing was run`
            : `recipe ${file} is empty`);
    return recipe;
}
async function hashKeyFrom(file, env, encoding) {
    let text = env.CLEANROOMS_HASH_KEY;
    let source = 'CLEANROOMS_HASH_KEY';
    if (file) {
        source = `--hash-key-file ${file}`;
        try {
            text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8')).replace(/\r?\n$/, '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-file ${file} cannot be read: check the path`);
        }
    }
    else if (text === undefined || text === '')
        return undefined;
    if (encoding !== 'base64' && encoding !== 'utf8')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-encoding must be utf8 or base64, not '${encoding}'`);
    try {
        return (0,_recipe_hash_key_js__WEBPACK_IMPORTED_MODULE_11__/* .decodeHashKey */ .EM)(text ?? '', encoding, source);
    }
    catch (err) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(err));
    }
}
/** `--join-dataset NAME=FILE` flags → name → file; each file must exist and each name be given once. */
function joinDatasetFlags(flags) {
    const files = {};
    for (const flag of flags) {
        const eq = flag.indexOf('=');
        const name = eq > 0 ? flag.slice(0, eq) : '';
        const file = eq > 0 ? flag.slice(eq + 1) : '';
        if (!name || !file)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: --join-dataset '${flag}' must be NAME=FILE (NAME as the JOIN step's secondaryDatasetName)`);
        if (Object.prototype.hasOwnProperty.call(files, name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: --join-dataset ${name} is given twice`);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: join dataset ${name}: ${file} not found`);
        files[name] = file;
    }
    return files;
}
const recipeRunCommand = {
    name: 'recipe run',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_8__/* .parseFlags */ .b)('recipe run', args, {
            recipe: { type: 'string' },
            in: { type: 'string' },
            out: { type: 'string' },
            'hash-key-file': { type: 'string' },
            'hash-key-encoding': { type: 'string' },
            'join-dataset': { type: 'string', multiple: true },
            force: { type: 'boolean' }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const v = parsed.values;
        for (const name of ['recipe', 'in', 'out']) {
            if (typeof v[name] !== 'string' || v[name] === '')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: --${name} is required (see --help)`);
        }
        const input = v.in;
        const output = v.out;
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(input))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: input ${input} not found`);
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_9__/* .refuseDirectoryInput */ .Ax)(input, 'recipe run: input');
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_9__/* .refuseDirectoryInput */ .Ax)(v.recipe, 'recipe run: --recipe');
        (0,_file_args_js__WEBPACK_IMPORTED_MODULE_9__/* .refuseDirectoryOutput */ .vF)(output, 'recipe run: output');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output) && !v.force)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: ${output} exists: remove it or pass --force`);
        const joinFiles = joinDatasetFlags(v['join-dataset'] ?? []);
        const recipe = await loadRecipe(v.recipe);
        const hashKey = await hashKeyFrom(v['hash-key-file'], io.env, v['hash-key-encoding'] ?? 'base64');
        try {
            // From the CLI, the engine runs in a worker with a capped heap (flat memory); in-process when driven by tests.
            const entry = io.env.CLEANROOMS_CLI_ENTRY;
            const result = entry
                ? await (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_6__/* .runRecipeInWorker */ .nB)(entry, { recipe, input, output, temp: (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_7__/* .partialOutputPath */ ._)(output), hashKey, joinFiles }, (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_6__/* .engineHeapMb */ .uT)(io.env))
                : await (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_7__.runRecipeFile)(recipe, input, output, { hashKey }, joinFiles);
            io.stdout(`rows in: ${result.rowsIn}\nrows out: ${result.rowsOut}\ncolumns: ${result.columns.join(', ')}\n`);
            return 0;
        }
        catch (err) {
            if (err instanceof _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .RecipeCompileError */ .M)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(err.problems.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_10__/* .formatProblem */ .Vw).join('\n'));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`recipe run: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
};


/***/ }),

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
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2585);
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
