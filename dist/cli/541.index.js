export const id = 541;
export const ids = [541,922,86];
export const modules = {

/***/ 3155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   p: () => (/* binding */ pathFor)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/**
 * parseArgs with errors rewritten as UsageError naming the command and pointing at --help.
 * Returns undefined when --help was asked for (the caller prints `help` and exits 0).
 */
function parseFlags(command, args, options, allowPositionals = false) {
    let parsed;
    try {
        parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.parseArgs)({
            args,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            allowPositionals,
            strict: true
        });
    }
    catch (err) {
        const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${command}: ${message} (see 'cleanrooms-connect ${command} --help')`);
    }
    const values = parsed.values;
    if (values.help)
        return undefined;
    return { values, positionals: parsed.positionals };
}
/** A path flag relative to the caller's directory; '-' (stdin/stdout) stays as it is. */
function pathFor(io, file) {
    return file === '-' ? file : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, file);
}


/***/ }),

/***/ 2922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pipelineLocalCommand: () => (/* binding */ pipelineLocalCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/crypto/keys.ts
var crypto_keys = __webpack_require__(6485);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./src/transfer/batch.ts
var batch = __webpack_require__(9527);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/lib-storage/dist-cjs/index.js
var lib_storage_dist_cjs = __webpack_require__(2358);
// EXTERNAL MODULE: ./src/crypto/decrypt.ts
var decrypt = __webpack_require__(3480);
// EXTERNAL MODULE: ./src/transfer/manifest.ts
var transfer_manifest = __webpack_require__(9978);
// EXTERNAL MODULE: ./src/transfer/upload.ts + 1 modules
var upload = __webpack_require__(8908);
;// CONCATENATED MODULE: ./src/lambdas/decrypt-batch.ts
/**
 * DecryptBatch: landing/<dataset>/<batch>/*.pgp → raw/<dataset>/<batch>/<original name>, streamed one object at a
 * time. Each object goes S3 GetObject → OpenPGP decrypt (every live key; openpgp picks by key ID) → gunzip (when the
 * manifest says so) → sha256/size check → S3 multipart upload (lib-storage, 8 MiB parts, 2 in flight). The check sits
 * in the stream's flush, so an integrity failure or a hash mismatch errors the body before it ends and the upload is
 * aborted, never completed. On any failure everything under this batch's raw prefix is removed and an error is thrown
 * whose name (InvalidInput, BatchIncomplete, KeysUnavailable, DecryptFailed) and message (the object key and the
 * cause) the state machine's Catch reports. Re-running is safe: the same keys are overwritten.
 *
 * Memory does not grow with object size: at most two parts are buffered for upload, and openpgp, gunzip and the hash
 * stream with backpressure.
 */











/** Errors the state machine reports by name (the Lambda's errorType) with a one-line message. */
class PipelineError extends Error {
    constructor(name, message, options) {
        super(message, options);
        this.name = name;
    }
}
const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
const MIN_PART_SIZE = 5 * 1024 * 1024;
function oneLine(err) {
    // Not `instanceof Error`: errors from another realm (Node internals under a VM) are not instances of ours.
    const message = err?.message;
    const m = typeof message === 'string' ? message : String(err);
    return (m.split('\n')[0] ?? m).trim();
}
function isError(v) {
    return typeof v?.message === 'string';
}
function errorName(err) {
    const n = err?.name;
    return typeof n === 'string' ? n : 'Error';
}
function statusOf(err) {
    return err?.$metadata?.httpStatusCode;
}
/** A name usable as one path segment of a key. */
function badSegment(value) {
    // eslint-disable-next-line no-control-regex
    return value === '.' || value === '..' || /[/\\\u0000-\u001f\u007f]/.test(value);
}
/**
 * Checks the state machine input: every field a non-empty string, the dataset and batch one key segment each, the
 * manifest exactly where this batch's manifest lives, the bucket the one this function serves.
 */
function checkEvent(event, landingPrefix, expectedBucket) {
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
    const prefix = (0,batch/* batchPrefix */.RJ)(landingPrefix, checked.dataset, checked.batchId);
    if (checked.manifestKey !== prefix + batch/* MANIFEST_NAME */.ir) {
        throw new PipelineError('InvalidInput', `manifestKey ${checked.manifestKey} is not this batch's manifest ${prefix}${batch/* MANIFEST_NAME */.ir}`);
    }
    return { event: checked, prefix };
}
/**
 * Reads and checks the batch's manifest: present (else the batch is incomplete), for this dataset and batch, every
 * object inside the batch prefix and every original name usable as a key, no two objects writing the same key.
 */
async function loadManifest(s3, event, prefix) {
    const where = `s3://${event.bucket}/${event.manifestKey}`;
    let manifest;
    try {
        manifest = await (0,upload/* readManifest */.WI)(s3, event.bucket, event.manifestKey);
    }
    catch (err) {
        if (err instanceof transfer_manifest/* ManifestError */.Sh) {
            throw new PipelineError('InvalidInput', `${oneLine(err)}: upload the batch again`, { cause: err });
        }
        if (statusOf(err) === 403) {
            // Without s3:ListBucket on the key, S3 answers a missing object with 403, not 404.
            throw new PipelineError('BatchIncomplete', `cannot read ${where} (${errorName(err)}): the batch has no ${batch/* MANIFEST_NAME */.ir} (incomplete; upload it again) or this function may not read it`, { cause: err });
        }
        throw new PipelineError('BatchIncomplete', `cannot read ${where} (${errorName(err)}: ${oneLine(err)}): retry`, {
            cause: err
        });
    }
    if (!manifest) {
        throw new PipelineError('BatchIncomplete', `batch s3://${event.bucket}/${prefix} has no ${batch/* MANIFEST_NAME */.ir}: it is incomplete (the upload writes it last); upload the batch again`);
    }
    if (manifest.dataset !== event.dataset || manifest.batchId !== event.batchId) {
        throw new PipelineError('InvalidInput', `${where} describes batch ${manifest.dataset}/${manifest.batchId}, not ${event.dataset}/${event.batchId}: start the pipeline with the manifest's own batch`);
    }
    const names = new Map();
    for (const o of manifest.objects) {
        const inside = o.key.startsWith(prefix) && o.key.length > prefix.length && o.key !== event.manifestKey;
        if (!inside || o.key.split('/').some(part => part === '..' || part === '.')) {
            throw new PipelineError('InvalidInput', `${where} lists object ${o.key}, which is not inside the batch prefix ${prefix}: refusing the batch`);
        }
        const problem = (0,batch/* checkObjectName */.Rl)(o.originalName);
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
function isPrematureClose(err) {
    return err?.code === 'ERR_STREAM_PREMATURE_CLOSE';
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
async function decryptBatch(event, deps) {
    const log = deps.log ?? (() => { });
    const { prefix } = checkEvent(event, deps.landingPrefix, deps.bucket);
    const partSize = Math.max(deps.partSizeBytes ?? DEFAULT_PART_SIZE, MIN_PART_SIZE);
    const manifest = await loadManifest(deps.s3, event, prefix);
    const rawPrefix = (0,batch/* batchPrefix */.RJ)(deps.rawPrefix, event.dataset, event.batchId);
    const bucket = event.bucket;
    let keys;
    try {
        keys = await deps.keys();
    }
    catch (err) {
        throw new PipelineError('KeysUnavailable', `the pipeline's private keys cannot be loaded: ${oneLine(err)}`, {
            cause: err
        });
    }
    let refreshed = false;
    const written = [];
    const open = async (o) => {
        let got;
        try {
            got = await deps.s3.send(new dist_cjs.GetObjectCommand({ Bucket: bucket, Key: o.key }), {
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
            return { body, decrypted: await (0,decrypt/* decryptStream */.UC)(body, keys) };
        }
        catch (err) {
            body.destroy();
            throw err;
        }
    };
    const decryptObject = async (o) => {
        const started = Date.now();
        const target = rawPrefix + o.originalName;
        let opened;
        try {
            opened = await open(o);
        }
        catch (err) {
            if (refreshed || !isNoKeyError(err))
                throw err;
            // A key rotated in after the keys were cached: read them again, once per invocation.
            refreshed = true;
            const before = keys.map(crypto_keys/* fingerprintOf */.ax).join();
            keys = await deps.keys({ refresh: true });
            if (keys.map(crypto_keys/* fingerprintOf */.ax).join() === before)
                throw err;
            log(`reloaded the live keys (now ${keys.map(crypto_keys/* fingerprintOf */.ax).join(', ')})`);
            opened = await open(o);
        }
        const { body, decrypted } = opened;
        const verify = verifier(o);
        const stages = o.compression === 'gzip' ? [(0,external_node_zlib_.createGunzip)(), verify] : [verify];
        const feeding = (0,external_node_stream_promises_.pipeline)([decrypted.stream, ...stages]);
        const upload = new lib_storage_dist_cjs/* Upload */._({
            client: deps.s3,
            queueSize: 2,
            partSize,
            leavePartsOnError: false,
            params: {
                Bucket: bucket,
                Key: target,
                Body: verify,
                ...(deps.kmsKeyId ? { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: deps.kmsKeyId } : {}),
                Metadata: { 'plaintext-sha256': o.plaintextSha256, 'batch-id': event.batchId }
            }
        });
        const stop = (err) => {
            decrypted.stream.destroy(err);
            body.destroy(err);
            verify.destroy(err);
        };
        const onAbort = () => {
            const reason = deps.signal?.reason;
            void upload.abort();
            stop(isError(reason) ? reason : new Error('aborted'));
        };
        deps.signal?.addEventListener('abort', onAbort, { once: true });
        written.push(target);
        try {
            const uploading = upload.done().catch((err) => {
                stop(isError(err) ? err : new Error(String(err)));
                throw err;
            });
            const [up, feed] = await Promise.allSettled([uploading, feeding]);
            // The stream's own error is the cause; the upload's failure (or its abort) is its consequence.
            if (feed.status === 'rejected' && !isPrematureClose(feed.reason))
                throw feed.reason;
            if (up.status === 'rejected')
                throw up.reason;
            if (feed.status === 'rejected')
                throw feed.reason;
        }
        finally {
            deps.signal?.removeEventListener('abort', onAbort);
        }
        const seconds = (Date.now() - started) / 1000;
        const mib = o.plaintextSize / 1048576;
        log(`decrypted ${o.key} → ${target} (${o.plaintextSize} bytes, sha256 verified, ${seconds.toFixed(1)} s, ${(mib / Math.max(seconds, 0.001)).toFixed(0)} MiB/s)`);
    };
    for (const o of manifest.objects) {
        try {
            deps.signal?.throwIfAborted();
            await decryptObject(o);
        }
        catch (err) {
            const leftovers = await removeRawObjects(deps.s3, bucket, rawPrefix, written);
            const cleanup = leftovers.length === 0
                ? `nothing was left under ${rawPrefix}`
                : `could not remove ${leftovers.join(', ')}: delete them by hand`;
            if (err instanceof PipelineError) {
                throw new PipelineError(err.name, `${oneLine(err)}; ${cleanup}`, { cause: err });
            }
            throw new PipelineError('DecryptFailed', `${o.key}: ${describeCause(err, keys)}; ${cleanup}`, {
                cause: err
            });
        }
    }
    return { rawPrefix, objectCount: manifest.objects.length };
}
/**
 * Removes every object under the batch's raw prefix (what this invocation wrote, and whatever an earlier attempt that
 * timed out left). Returns the keys that could not be removed.
 */
async function removeRawObjects(s3, bucket, rawPrefix, written) {
    // Only keys that exist: a DeleteObject of a missing key would leave a delete marker in a versioned bucket.
    const keys = new Set();
    const failed = [];
    try {
        let token;
        do {
            const page = await s3.send(new dist_cjs.ListObjectsV2Command({ Bucket: bucket, Prefix: rawPrefix, ContinuationToken: token }));
            for (const o of page.Contents ?? [])
                if (o.Key)
                    keys.add(o.Key);
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
    }
    catch {
        // Cannot list: fall back to the keys this invocation wrote.
        for (const key of written)
            keys.add(key);
    }
    for (const key of keys) {
        try {
            await s3.send(new dist_cjs.DeleteObjectCommand({ Bucket: bucket, Key: key }));
        }
        catch (err) {
            if (statusOf(err) !== 404)
                failed.push(`${key} (${errorName(err)})`);
        }
    }
    return failed;
}

;// CONCATENATED MODULE: ./src/lambdas/archive-batch.ts
/**
 * ArchiveBatch: moves this batch's landing/<dataset>/<batch>/ and raw/<dataset>/<batch>/ objects (and only those) to
 * archive/<dataset>/<batch>/landing/… and …/raw/…: copy (server-side, SSE-KMS, metadata and tags kept), verify the
 * copy, then delete the source. The manifest moves first, so a landing prefix that is being archived is incomplete by
 * definition and a second pipeline run refuses it instead of decrypting half a batch.
 *
 * Retrying after a partial run finishes the move: sources already moved are no longer listed, and a source that
 * vanished between listing and copying counts as moved when its archive copy is there. Objects above CopyObject's
 * 5 GiB limit are copied in parts (UploadPartCopy).
 */



const COPY_OBJECT_LIMIT = 5 * 1024 ** 3;
const DEFAULT_COPY_PART = 512 * 1024 ** 2;
const MAX_PARTS = 10_000;
const PARTS_IN_FLIGHT = 4;
function archive_batch_errorName(err) {
    const n = err?.name;
    return typeof n === 'string' ? n : 'Error';
}
function archive_batch_oneLine(err) {
    // Not `instanceof Error`: errors from another realm (Node internals under a VM) are not instances of ours.
    const message = err?.message;
    const m = typeof message === 'string' ? message : String(err);
    return (m.split('\n')[0] ?? m).trim();
}
function isNotFound(err) {
    const status = err?.$metadata?.httpStatusCode;
    return status === 404 || archive_batch_errorName(err) === 'NotFound' || archive_batch_errorName(err) === 'NoSuchKey';
}
async function list(s3, bucket, prefix) {
    const out = [];
    let token;
    do {
        const page = await s3.send(new dist_cjs.ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? [])
            if (o.Key)
                out.push({ key: o.Key, size: o.Size ?? 0 });
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return out;
}
async function head(s3, bucket, key) {
    try {
        return await s3.send(new dist_cjs.HeadObjectCommand({ Bucket: bucket, Key: key }));
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
    const created = await deps.s3.send(new dist_cjs.CreateMultipartUploadCommand({
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
                const part = await deps.s3.send(new dist_cjs.UploadPartCopyCommand({
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
        await deps.s3.send(new dist_cjs.CompleteMultipartUploadCommand({
            Bucket: bucket,
            Key: target,
            UploadId: uploadId,
            MultipartUpload: { Parts: etags.map((ETag, i) => ({ ETag, PartNumber: i + 1 })) }
        }));
    }
    catch (err) {
        try {
            await deps.s3.send(new dist_cjs.AbortMultipartUploadCommand({ Bucket: bucket, Key: target, UploadId: uploadId }));
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
        await deps.s3.send(new dist_cjs.CopyObjectCommand({
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
    await deps.s3.send(new dist_cjs.DeleteObjectCommand({ Bucket: bucket, Key: key }));
    return 'moved';
}
async function archiveBatch(event, deps) {
    const log = deps.log ?? (() => { });
    const { prefix: landing } = checkEvent(event, deps.landingPrefix, deps.bucket);
    const bucket = event.bucket;
    const raw = (0,batch/* batchPrefix */.RJ)(deps.rawPrefix, event.dataset, event.batchId);
    if (event.rawPrefix !== undefined && event.rawPrefix !== raw) {
        throw new PipelineError('InvalidInput', `rawPrefix ${event.rawPrefix} is not this batch's raw prefix ${raw}`);
    }
    const archive = (0,batch/* batchPrefix */.RJ)(deps.archivePrefix, event.dataset, event.batchId);
    let moved = 0;
    for (const [from, area] of [
        [landing, 'landing/'],
        [raw, 'raw/']
    ]) {
        const objects = await list(deps.s3, bucket, from);
        // The manifest first: from then on the landing prefix is an incomplete batch that no run will decrypt.
        objects.sort((a, b) => Number(b.key === from + batch/* MANIFEST_NAME */.ir) - Number(a.key === from + batch/* MANIFEST_NAME */.ir));
        for (const o of objects) {
            const target = archive + area + o.key.slice(from.length);
            try {
                if ((await moveObject(deps, bucket, o.key, target)) === 'moved')
                    moved++;
            }
            catch (err) {
                const name = archive_batch_errorName(err);
                const cause = name === 'Error' ? archive_batch_oneLine(err) : `${name}: ${archive_batch_oneLine(err)}`;
                throw new PipelineError('ArchiveFailed', `${o.key}: ${cause}`, { cause: err });
            }
            log(`archived ${o.key} → ${target}`);
        }
    }
    const archived = await list(deps.s3, bucket, archive);
    if (archived.length === 0) {
        throw new PipelineError('ArchiveFailed', `batch ${event.dataset}/${event.batchId} has nothing under ${landing}, ${raw} or ${archive}: nothing to archive (check the batch id)`);
    }
    log(`archive ${archive}: ${moved} object(s) moved now, ${archived.length} in the archive`);
    return { archivePrefix: archive, objectCount: archived.length };
}

// EXTERNAL MODULE: ./src/recipe/run-file.ts
var run_file = __webpack_require__(1922);
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
        throw new errors/* UsageError */.eb(`state machine definition uses ${missing.map(v => '${' + v + '}').join(', ')} without a substitution: pass ${missing.join(', ')} in substitutions`);
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
        if (err instanceof errors/* UsageError */.eb)
            throw err;
        throw new errors/* UsageError */.eb(`state machine definition ${source} is not valid JSON: ${errorText(err)}`);
    }
    const states = allStates(definition.States);
    const unbound = states
        .filter(([name, s]) => s.Type === 'Task' && !opts.handlers[name])
        .map(([name]) => name);
    if (unbound.length) {
        throw new errors/* UsageError */.eb(`Task state(s) ${unbound.join(', ')} have no local handler: bind every Task state (an unbound one would call AWS)`);
    }
    const unknown = Object.keys(opts.handlers).filter(h => !states.some(([name, s]) => name === h && s.Type === 'Task'));
    if (unknown.length) {
        throw new errors/* UsageError */.eb(`handlers ${unknown.join(', ')} match no Task state of ${source}: check the state names`);
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
                Name: executionName
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

;// CONCATENATED MODULE: ./src/local/pipeline.ts
/**
 * The whole pipeline on one machine: infra/statemachine.asl.json executed by the local ASL runner, with the same
 * DecryptBatch and ArchiveBatch handlers the Lambdas run, against any S3-protocol server. The AWS-only services get
 * local stand-ins: the DataBrew job is the local recipe engine (raw/ objects → Parquet in the target bucket), the
 * crawler reports the engine's output schema, and SNS messages are collected and returned.
 */












const LOCAL_NAMES = {
    DecryptFunctionArn: 'arn:aws:lambda:local:000000000000:function:DecryptBatch',
    ArchiveFunctionArn: 'arn:aws:lambda:local:000000000000:function:ArchiveBatch',
    DataBrewJobName: 'local-recipe-engine',
    CrawlerName: 'local-catalog',
    NotificationTopicArn: 'arn:aws:sns:local:000000000000:cleanrooms-connect',
    GlueDatabaseName: 'local'
};
async function runLocalPipeline(o) {
    const log = o.log ?? (() => { });
    const notifications = [];
    const outputs = [];
    let columns;
    const rawPrefix = (0,batch/* batchPrefix */.RJ)('raw/', o.dataset, o.batchId);
    const input = {
        bucket: o.bucket,
        manifestKey: (0,batch/* batchPrefix */.RJ)('landing/', o.dataset, o.batchId) + batch/* MANIFEST_NAME */.ir,
        dataset: o.dataset,
        batchId: o.batchId
    };
    /** DataBrew stand-in: each raw object through the recipe into the target bucket, like the recipe job. */
    const runRecipeJob = async () => {
        const work = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'cleanrooms-local-'));
        try {
            const listed = await o.s3.send(new dist_cjs.ListObjectsV2Command({ Bucket: o.bucket, Prefix: rawPrefix }));
            for (const object of listed.Contents ?? []) {
                const name = object.Key.slice(rawPrefix.length);
                const local = external_node_path_default().join(work, name.replace(/[\\/]/g, '_'));
                const got = await o.s3.send(new dist_cjs.GetObjectCommand({ Bucket: o.bucket, Key: object.Key }));
                await (0,external_node_stream_promises_.pipeline)(got.Body, (0,external_node_fs_.createWriteStream)(local));
                const out = `${local}.parquet`;
                const result = await (0,run_file.runRecipeFile)(o.recipe, local, out, { hashKey: o.hashKey });
                columns = result.columns;
                const key = `${o.dataset}/batch=${o.batchId}/${name.replace(/\.[^./]+$/, '')}.parquet`;
                await o.s3.send(new dist_cjs.PutObjectCommand({ Bucket: o.targetBucket, Key: key, Body: await (0,promises_.readFile)(out) }));
                outputs.push(`s3://${o.targetBucket}/${key}`);
                log(`recipe: ${object.Key} → s3://${o.targetBucket}/${key} (${result.rowsIn} rows in, ${result.rowsOut} out)`);
            }
            return {
                RunId: `local-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`,
                State: 'SUCCEEDED',
                JobName: LOCAL_NAMES.DataBrewJobName
            };
        }
        finally {
            await (0,promises_.rm)(work, { recursive: true, force: true });
        }
    };
    const publish = (params) => {
        const attributes = Object.fromEntries(Object.entries(params.MessageAttributes ?? {}).map(([k, v]) => [k, v.StringValue ?? '']));
        notifications.push({ subject: params.Subject, message: params.Message, attributes });
        log(`notification: ${params.Subject ?? ''} ${JSON.stringify(attributes)}`);
        return { MessageId: (0,external_node_crypto_.randomBytes)(8).toString('hex') };
    };
    const result = await runStateMachine({
        substitutions: {
            ...LOCAL_NAMES,
            DatasetName: o.dataset,
            DataBucketName: o.bucket,
            LandingPrefix: 'landing/',
            TargetBucketName: o.targetBucket
        },
        input,
        noWaits: true,
        executionName: `${o.dataset}-${o.batchId}`,
        handlers: {
            DecryptBatch: (event) => decryptBatch(event, {
                s3: o.s3,
                keys: async () => o.keys,
                landingPrefix: 'landing/',
                rawPrefix: 'raw/',
                log
            }),
            RunDataBrewJob: runRecipeJob,
            StartCrawler: () => ({}),
            GetCrawler: () => ({
                Crawler: { Name: LOCAL_NAMES.CrawlerName, State: 'READY', LastCrawl: { Status: 'SUCCEEDED' } }
            }),
            ArchiveBatch: (event) => archiveBatch(event, {
                s3: o.s3,
                landingPrefix: 'landing/',
                rawPrefix: 'raw/',
                archivePrefix: 'archive/',
                log
            }),
            NotifySuccess: publish,
            NotifyFailure: publish
        }
    });
    return { ...result, notifications, outputs, columns };
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
         --batch-id ID --key PRIVATE.asc --recipe R.json [--hash-key-file F]

Runs infra/statemachine.asl.json on this machine for an uploaded batch, with the DecryptBatch and ArchiveBatch
handlers the Lambdas run; the DataBrew job is the local recipe engine (Parquet into the target bucket), the
crawler and SNS are local stand-ins. Prints the execution's status and the notification; exit 0 when it SUCCEEDED.

Flags:
  --endpoint-url URL     S3-protocol server (or AWS_ENDPOINT_URL_S3)
  --region R             default us-east-1
  --bucket B             data bucket (landing/, raw/, archive/)
  --target-bucket T      bucket for the Parquet output
  --dataset D, --batch-id ID
  --key FILE             the pipeline's private key (armored or binary)
  --passphrase-file F    its passphrase, if protected (or env CLEANROOMS_PGP_PASSPHRASE)
  --recipe FILE          DataBrew recipe JSON (e.g. infra/recipes/default.json)
  --hash-key-file F      HMAC key for CRYPTOGRAPHIC_HASH (or env CLEANROOMS_HASH_KEY)

Example:
  cleanrooms-connect pipeline local --endpoint-url http://127.0.0.1:4566 --bucket data --target-bucket out \\
      --dataset customers --batch-id demo-1 --key private.asc --recipe infra/recipes/default.json --hash-key-file k`;
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
            'hash-key-file': { type: 'string' }
        });
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const v = parsed.values;
        for (const name of ['bucket', 'target-bucket', 'dataset', 'batch-id', 'key', 'recipe']) {
            if (!v[name])
                throw new errors/* UsageError */.eb(`pipeline local: --${name} is required (see --help)`);
        }
        const problem = (0,validate/* checkBucketName */.WR)(v.bucket) ??
            (0,validate/* checkBucketName */.WR)(v['target-bucket']) ??
            (0,validate/* checkDataset */.$F)(v.dataset) ??
            (0,validate/* checkBatchId */.s7)(v['batch-id']);
        if (problem)
            throw new errors/* UsageError */.eb(`pipeline local: ${problem}`);
        let passphrase = io.env.CLEANROOMS_PGP_PASSPHRASE;
        if (v['passphrase-file'])
            passphrase = (await (0,promises_.readFile)((0,command/* pathFor */.p)(io, v['passphrase-file']), 'utf8')).split(/\r?\n/)[0];
        const keys = await (0,crypto_keys/* loadPrivateKeys */.as)(await (0,crypto_keys/* readKeyFile */.ml)((0,command/* pathFor */.p)(io, v.key)), passphrase, `key file ${v.key}`);
        const recipe = await (0,recipe_run.loadRecipe)((0,command/* pathFor */.p)(io, v.recipe));
        // Base64-decoded, as DataBrew reads the hashing secret.
        const hashKey = await (0,recipe_run.hashKeyFrom)(v['hash-key-file'] && (0,command/* pathFor */.p)(io, v['hash-key-file']), io.env, 'base64');
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
                log: line => io.stderr(line + '\n')
            });
            const path = result.events.filter(e => e.type === 'StateEntered').map(e => e.state);
            io.stdout(`status=${result.status}\nstates=${path.join(' > ')}\n`);
            for (const o of result.outputs)
                io.stdout(`output=${o}\n`);
            if (result.columns)
                io.stdout(`columns=${result.columns.join(',')}\n`);
            if (result.status !== 'SUCCEEDED') {
                io.stderr(`error: pipeline ${result.status}: ${result.error ?? ''} ${result.cause ?? ''}\n`);
                return 1;
            }
            return 0;
        }
        finally {
            s3.destroy();
        }
    }
};


/***/ }),

/***/ 7086:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hashKeyFrom: () => (/* binding */ hashKeyFrom),
/* harmony export */   loadRecipe: () => (/* binding */ loadRecipe),
/* harmony export */   recipeRunCommand: () => (/* binding */ recipeRunCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1122);
/* harmony import */ var _recipe_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5499);
/* harmony import */ var _recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9877);
/* harmony import */ var _recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5907);
/* harmony import */ var _recipe_run_file_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1922);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3155);
/** `cleanrooms-connect recipe run`: a DataBrew recipe over a local file, with the local engine. */









const HELP = `Usage: cleanrooms-connect recipe run --recipe R.json --in INPUT --out OUTPUT [--hash-key-file F]

Applies a DataBrew recipe (the JSON DataBrew exports) to a local file with the local engine, streaming.
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
    const { recipe, problems } = (0,_recipe_parse_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRecipe */ .Cl)(text, file);
    const errors = problems.filter(p => p.severity === 'error');
    if (!recipe || errors.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(errors.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_8__/* .formatProblem */ .Vw).join('\n') || `recipe ${file} is empty`);
    return recipe;
}
async function hashKeyFrom(file, env, encoding) {
    let text = env.CLEANROOMS_HASH_KEY;
    if (file) {
        try {
            text = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8')).replace(/\r?\n$/, '');
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-file ${file} cannot be read`);
        }
    }
    if (text === undefined || text === '')
        return undefined;
    if (encoding === 'base64')
        return Buffer.from(text, 'base64');
    if (encoding !== 'utf8')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`--hash-key-encoding must be utf8 or base64, not '${encoding}'`);
    return Buffer.from(text, 'utf8');
}
const recipeRunCommand = {
    name: 'recipe run',
    help: HELP,
    async run(args, io) {
        const parsed = (0,_command_js__WEBPACK_IMPORTED_MODULE_7__/* .parseFlags */ .b)('recipe run', args, {
            recipe: { type: 'string' },
            in: { type: 'string' },
            out: { type: 'string' },
            'hash-key-file': { type: 'string' },
            'hash-key-encoding': { type: 'string' },
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
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(output) && !v.force)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`recipe run: ${output} exists: remove it or pass --force`);
        const recipe = await loadRecipe(v.recipe);
        const hashKey = await hashKeyFrom(v['hash-key-file'], io.env, v['hash-key-encoding'] ?? 'base64');
        try {
            // From the CLI, the engine runs in a worker with a capped heap (flat memory); in-process when driven by tests.
            const entry = io.env.CLEANROOMS_CLI_ENTRY;
            const result = entry
                ? await (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__/* .runRecipeInWorker */ .nB)(entry, { recipe, input, output, hashKey }, (0,_recipe_isolated_js__WEBPACK_IMPORTED_MODULE_5__/* .engineHeapMb */ .uT)(io.env))
                : await (0,_recipe_run_file_js__WEBPACK_IMPORTED_MODULE_6__.runRecipeFile)(recipe, input, output, { hashKey });
            io.stdout(`rows in: ${result.rowsIn}\nrows out: ${result.rowsOut}\ncolumns: ${result.columns.join(', ')}\n`);
            return 0;
        }
        catch (err) {
            if (err instanceof _recipe_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .RecipeCompileError */ .M)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(err.problems.map(_recipe_model_js__WEBPACK_IMPORTED_MODULE_8__/* .formatProblem */ .Vw).join('\n'));
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`recipe run: ${err instanceof Error ? err.message : String(err)}`);
        }
    }
};


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ decryptFile),
/* harmony export */   Lv: () => (/* binding */ decryptToFile),
/* harmony export */   UC: () => (/* binding */ decryptStream)
/* harmony export */ });
/* unused harmony export explainDecryptError */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var openpgp__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3074);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _encrypt_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1552);
/**
 * Streaming OpenPGP decryption. `allowUnauthenticatedStream` lets openpgp emit plaintext before the integrity check
 * at the end of the message (otherwise it buffers the whole plaintext); the price is that a consumer sees bytes of
 * a message that may still fail. So nothing is committed until the stream ended cleanly: decryptFile writes a temp
 * file and renames it, the DecryptBatch Lambda completes its multipart upload only then.
 *
 * Inputs: armored or binary; SEIPDv1 (MDC), SEIPDv2 and the older AEAD packet rnp --aead writes; uncompressed or
 * compressed with zip, zlib or bzip2 (openpgp 6 decompresses all three as streams; bzip2 is about 3× slower).
 */





/** How many bytes at most are read to find the armor header: leading blank lines are allowed before it. */
const SNIFF_LIMIT = 4096;
const ARMOR_HEADER = '-----BEGIN PGP';
/**
 * Reads the first bytes to tell armored from binary, then hands back a stream with them put back. A stream may
 * deliver the header across several small chunks (stdin, a network body): reads until the armor header can be seen.
 */
async function sniff(input, progress) {
    const iterator = input[Symbol.asyncIterator]();
    const chunks = [];
    let length = 0;
    let ended = false;
    for (;;) {
        const text = Buffer.concat(chunks, length).subarray(0, SNIFF_LIMIT).toString('latin1').trimStart();
        if (text.length >= ARMOR_HEADER.length || length >= SNIFF_LIMIT)
            break;
        const next = await iterator.next();
        if (next.done) {
            ended = true;
            break;
        }
        const chunk = Buffer.from(next.value);
        chunks.push(chunk);
        length += chunk.length;
    }
    const head = Buffer.concat(chunks, length);
    async function* replay() {
        if (head.length > 0)
            yield head;
        if (ended)
            return;
        for (;;) {
            progress.reading = true;
            const next = await iterator.next();
            progress.reading = false;
            progress.at = Date.now();
            if (next.done)
                return;
            yield next.value;
        }
    }
    if (head.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('the input is empty: it is not an OpenPGP message');
    const armored = head.subarray(0, SNIFF_LIMIT).toString('latin1').trimStart().startsWith(ARMOR_HEADER);
    return { armored, stream: node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.from(replay(), { objectMode: false }) };
}
/** openpgp's messages → one line that says what happened and what to do. */
function explainDecryptError(err, keyIds = []) {
    if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
        return err;
    // Errors from Node's own streams (zlib) may come from another realm than `Error` (vm contexts): read `.message`.
    const message = typeof err?.message === 'string'
        ? err.message
        : String(err);
    const first = message.split('\n')[0] ?? message;
    if (/Modification detected|Authentication tag mismatch|Integrity check failed|MDC/i.test(first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('ciphertext failed the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again', { cause: err });
    }
    // The compressed packet sits inside the integrity-protected packet: data that does not decompress was altered
    // (the decompressor fails before the integrity check at the end of the message is reached).
    if (isCorruptCompressedData(err, first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`ciphertext is damaged (its compressed data is corrupt: ${first}), so it cannot pass the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again`, { cause: err });
    }
    // RSA/ElGamal session-key decryption (bad padding or checksum) and AES key unwrap (ECDH) of a PKESK that was altered.
    if (/Key Data Integrity failed|\bDecryption error\b/.test(first)) {
        // Hidden recipients (gpg --throw-keyids, -R): the key ID is zero and openpgp tries every key, so a wrong key
        // fails here too.
        if (keyIds.length > 0 && keyIds.every(id => /^0+$/.test(id))) {
            return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo('no given private key can decrypt this message (its recipients are hidden, gpg --throw-keyids; every given key was tried), or its encrypted session key is damaged: pass the matching --key', { cause: err });
        }
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo("the message's encrypted session key is damaged (tampered or corrupted file): nothing was written; fetch the file again", { cause: err });
    }
    if (/Session key decryption failed|No decryption key packets|Could not find (valid )?decryption key/i.test(first)) {
        const to = keyIds.length === 0
            ? ''
            : ` (it is encrypted to key ID${keyIds.length > 1 ? 's' : ''} ${keyIds.join(', ')})`;
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`no given private key can decrypt this message${to}: pass the matching --key`, {
            cause: err
        });
    }
    if (/Compression algorithm .* is not supported|Unsupported compression|decompression not supported/i.test(first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the message uses a compression this build cannot read (${first}): re-encrypt with zlib, zip or no compression (gpg --compress-algo zlib)`, { cause: err });
    }
    if (/Unexpected end of packet|Error during parsing|Unknown packet|not a valid|Misformed armored text|Packet not allowed|Unsupported .*version|Unknown .*version/i.test(first)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`the input is not a complete OpenPGP message (${first}): check the file`, {
            cause: err
        });
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`decryption failed: ${first}`, { cause: err });
}
/**
 * A decompressor's data error: zlib/deflate (Node's zlib codes, or fflate's messages when openpgp falls back to it)
 * or bzip2 (unbzip2-stream's messages).
 */
function isCorruptCompressedData(err, first) {
    const code = err?.code;
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR')
        return true;
    return /^(Error in bzip2|Invalid bzip data|No magic number found|Not a BZIP archive|input stream ended prematurely)|^(incorrect (data|header|length) check|invalid (block type|distance|stored block|code|literal|bit length|window size|zlib data|length\/literal|dictionary)|unexpected EOF|unknown compression method|too many length or distance symbols)/i.test(first.replace(/^(Error( decrypting message)?: )+/, ''));
}
const DEFAULT_STALL_MS = 15_000;
function stallError(stallMs) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`decryption made no progress for ${Math.round(stallMs / 1000)} s: the message is damaged (tampered or truncated; openpgp.js stalls on some corrupt bzip2 data instead of failing its integrity check): nothing was written; fetch the file again`);
}
/**
 * Decrypts a streamed OpenPGP message (armored or binary). Rejects with a UserError when the message cannot be parsed
 * or no given key can decrypt it; later failures (integrity, truncation) error the returned stream.
 */
async function decryptStream(input, keys, options = {}) {
    const progress = { at: Date.now(), reading: false };
    const { armored, stream } = await sniff(input, progress);
    const web = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.toWeb(stream);
    // The watchdog: first openpgp's parsing and decryption are awaited (`stalled` rejects), then `out` is watched.
    const stallMs = options.stallMs ?? DEFAULT_STALL_MS;
    const out = new node_stream__WEBPACK_IMPORTED_MODULE_1__.PassThrough();
    let onStall = () => { };
    const stalled = new Promise((_, reject) => (onStall = reject));
    stalled.catch(() => { });
    const watchdog = setInterval(() => {
        const now = Date.now();
        // A consumer that does not read (data waits in `out`) or an input slow to deliver is not a stall. While it is
        // openpgp that is awaited, the timer holds the process open: a deadlock leaves nothing else pending.
        if (progress.reading || out.writableNeedDrain || out.readableLength > 0) {
            progress.at = now;
            watchdog.unref();
            return;
        }
        watchdog.ref();
        if (now - progress.at < stallMs)
            return;
        clearInterval(watchdog);
        input.destroy();
        onStall(stallError(stallMs));
    }, Math.min(1000, stallMs));
    const stopWatching = () => clearInterval(watchdog);
    let message;
    try {
        message = await Promise.race([
            armored
                ? openpgp__WEBPACK_IMPORTED_MODULE_2__/* .readMessage */ ._8({
                    armoredMessage: web.pipeThrough(new TextDecoderStream())
                })
                : openpgp__WEBPACK_IMPORTED_MODULE_2__/* .readMessage */ ._8({ binaryMessage: web }),
            stalled
        ]);
    }
    catch (err) {
        stopWatching();
        stream.destroy();
        throw explainDecryptError(err);
    }
    const keyIds = message.getEncryptionKeyIDs().map(id => id.toHex().toUpperCase());
    let data;
    try {
        const result = await Promise.race([
            openpgp__WEBPACK_IMPORTED_MODULE_2__/* .decrypt */ .Yc({
                message,
                decryptionKeys: keys,
                format: 'binary',
                // Stream instead of buffering the whole plaintext; the integrity check then errors the stream at the end.
                config: { allowUnauthenticatedStream: true }
            }),
            stalled
        ]);
        data = result.data;
    }
    catch (err) {
        stopWatching();
        stream.destroy();
        throw explainDecryptError(err, keyIds);
    }
    const source = node_stream__WEBPACK_IMPORTED_MODULE_1__.Readable.fromWeb(data);
    onStall = err => out.destroy(err);
    source.on('error', err => out.destroy(explainDecryptError(err, keyIds)));
    source.on('data', () => void (progress.at = Date.now()));
    source.once('end', stopWatching);
    // A consumer that gives up (destroys `out`) stops the decryption and the input behind it.
    out.once('close', () => {
        stopWatching();
        if (!source.destroyed)
            source.destroy();
    });
    source.pipe(out);
    // The integrity error can arrive before the consumer has attached its listeners (small messages decrypt at once):
    // without a listener that 'error' event would crash the process. The error is not lost: `out.errored` keeps it,
    // and pipeline() and async iteration report it to the consumer.
    out.on('error', () => { });
    return { stream: out, keyIds };
}
/**
 * Decrypts a stream to `outPath`, which appears only after the whole message, integrity check included, was read
 * and the data fsynced; on any failure neither it nor the temp file exists.
 */
async function decryptToFile(input, outPath, keys, options = {}) {
    let decrypted;
    try {
        decrypted = await decryptStream(input, keys, options);
    }
    catch (err) {
        input.destroy();
        throw explainDecryptError(err);
    }
    try {
        await (0,_encrypt_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomically */ .lo)(decrypted.stream, outPath);
    }
    catch (err) {
        input.destroy();
        throw explainDecryptError(err, decrypted.keyIds);
    }
    return { keyIds: decrypted.keyIds };
}
/** decryptToFile for a file input; a missing input is named as such. */
async function decryptFile(inPath, outPath, keys, options = {}) {
    let handle;
    try {
        handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(inPath, 'r');
    }
    catch (err) {
        const code = err.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(code === 'ENOENT'
            ? `encrypted input ${inPath} not found: fix the path`
            : `encrypted input ${inPath} cannot be read (${code ?? 'error'}): check its permissions`, { cause: err });
    }
    return decryptToFile(handle.createReadStream(), outPath, keys, options);
}


/***/ }),

/***/ 1922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runRecipeFile: () => (/* binding */ runRecipeFile)
/* harmony export */ });
/* unused harmony export requireFormat */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _formats_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7569);
/* harmony import */ var _engine_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1122);
/**
 * Runs a recipe file over an input file into an output file, formats by extension. The output appears only when
 * complete (temp file + rename). Shared by `recipe run` and the action's validate command.
 */




function requireFormat(file, what) {
    const format = (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .formatOf */ .be)(file);
    if (!format)
        throw new Error(`${what} ${file}: unknown format (use .csv, .jsonl or .parquet)`);
    return format;
}
async function runRecipeFile(recipe, inputPath, outputPath, options = {}) {
    const inFormat = requireFormat(inputPath, 'input');
    const outFormat = requireFormat(outputPath, 'output');
    const reader = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat);
    let compiled;
    try {
        compiled = (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .compileRecipe */ .aM)(recipe, reader.columns, options);
    }
    catch (err) {
        await reader.close();
        throw err;
    }
    const temp = `${outputPath}.partial-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}`;
    const writer = await (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openWriter */ .Kn)(temp, outFormat, compiled.output);
    try {
        const result = await (0,_engine_js__WEBPACK_IMPORTED_MODULE_3__/* .runCompiled */ .JY)(compiled, reader, writer, () => (0,_formats_index_js__WEBPACK_IMPORTED_MODULE_2__/* .openReader */ .cE)(inputPath, inFormat));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, outputPath);
        return { ...result, columns: compiled.output.map(c => c.name) };
    }
    catch (err) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(temp, { force: true });
        throw err;
    }
}


/***/ })

};
