export const id = 966;
export const ids = [966];
export const modules = {

/***/ 5408:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U_: () => (/* binding */ createCloudFormationClient),
  Lr: () => (/* binding */ createKmsClient),
  qo: () => (/* binding */ createS3Client),
  mb: () => (/* binding */ createSecretsManagerClient),
  Pf: () => (/* binding */ createSfnClient),
  cO: () => (/* binding */ createSnsClient),
  uW: () => (/* binding */ createStsClient),
  FS: () => (/* binding */ customS3Endpoint)
});

// UNUSED EXPORTS: cloudFormationClientConfig, createRequestHandler, kmsClientConfig, s3ClientConfig, secretsManagerClientConfig, sfnClientConfig, snsClientConfig, stsClientConfig

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(3711);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(2994);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sfn/dist-cjs/index.js
var client_sfn_dist_cjs = __webpack_require__(8476);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sns/dist-cjs/index.js
var client_sns_dist_cjs = __webpack_require__(8797);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-sts/dist-cjs/index.js
var client_sts_dist_cjs = __webpack_require__(1695);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/settings/validate.ts
var validate = __webpack_require__(4455);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-cjs/index.js
var node_http_handler_dist_cjs = __webpack_require__(1279);
;// CONCATENATED MODULE: ./src/aws/http.ts
/**
 * The HTTP side every AWS SDK client of this project shares (the action's clients in clients.ts, the Lambdas'):
 * SDK retries, connect/socket/request timeouts and keep-alive. No SDK client is imported here, so a Lambda bundle
 * takes only the clients it uses.
 */

const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;
const DEFAULT_CONTROL_PLANE_TIMEOUT_MS = 30_000;
/**
 * The HTTP handler every client gets. throwOnRequestTimeout makes requestTimeout an error instead of a logged warning
 * (the handler's default); that is what keeps a hung call from hanging the job.
 */
function createRequestHandler(o) {
    const agent = { keepAlive: true, maxSockets: 50 };
    return new node_http_handler_dist_cjs.NodeHttpHandler({
        connectionTimeout: o.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
        socketTimeout: o.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
        ...(o.requestTimeoutMs ? { requestTimeout: o.requestTimeoutMs, throwOnRequestTimeout: true } : {}),
        httpAgent: agent,
        httpsAgent: agent
    });
}
/**
 * What a Lambda gives its SDK clients (the region and credentials come from the function's environment). Control-plane
 * calls (Glue, KMS, Secrets Manager, Step Functions) get a request timeout, so a hung call fails and is retried
 * instead of holding the function until its own timeout; S3 gets none, since a large part legitimately takes long
 * (the idle-socket timeout catches hangs there).
 */
function lambdaClientConfig(kind) {
    return {
        maxAttempts: DEFAULT_MAX_ATTEMPTS,
        requestHandler: createRequestHandler({
            requestTimeoutMs: kind === 'control-plane' ? DEFAULT_CONTROL_PLANE_TIMEOUT_MS : undefined
        })
    };
}

;// CONCATENATED MODULE: ./src/aws/clients.ts
/**
 * One place that builds AWS SDK clients: region check, endpoint override, SDK retries, HTTP timeouts, keep-alive,
 * and the S3 settings a non-AWS endpoint (s3rver, MinIO, local mode) needs.
 *
 * Endpoint environment variables: the SDK itself already resolves AWS_ENDPOINT_URL_<SERVICE> and AWS_ENDPOINT_URL
 * (and the profile's endpoint_url, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) when no `endpoint` is configured
 * (@smithy/core middleware-endpoint getEndpointFromConfig, checked 2026-11-22). So we never copy them into `endpoint`;
 * we only read them to know that S3 will talk to a non-AWS server and needs path-style + WHEN_REQUIRED checksums.
 */











/**
 * Most callers pass values settings already validated; the CLI doors that build clients from their own flags (keys,
 * pipeline-local) do not. So the one rule for each lives in settings/validate.ts and is applied here as is, never a
 * looser copy of it.
 */
function requireRegion(region) {
    const r = region?.trim();
    if (!r)
        throw new errors/* UsageError */.eb('aws-region is not set: pass the aws-region input (CLI: --region) or set AWS_REGION');
    const problem = (0,validate/* checkRegion */.vK)(r);
    if (problem)
        throw new errors/* UsageError */.eb(`aws-region: ${problem}`);
    return r;
}
function checkEndpoint(url) {
    const problem = (0,validate/* checkEndpointUrl */.LE)(url);
    if (problem)
        throw new errors/* UsageError */.eb(`endpoint-url: ${problem}`);
    return url;
}
function commonConfig(o, defaultRequestTimeoutMs) {
    const config = {
        region: requireRegion(o.region),
        maxAttempts: o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        requestHandler: createRequestHandler({
            requestTimeoutMs: o.requestTimeoutMs ?? defaultRequestTimeoutMs,
            connectionTimeoutMs: o.connectionTimeoutMs,
            socketTimeoutMs: o.socketTimeoutMs
        })
    };
    if (o.credentials)
        config.credentials = o.credentials;
    if (o.endpointUrl)
        config.endpoint = checkEndpoint(o.endpointUrl);
    return config;
}
/** The endpoint S3 requests will go to when it is not AWS's own: explicit option first, then what the SDK will read. */
function customS3Endpoint(o) {
    if (o.endpointUrl)
        return o.endpointUrl;
    if (o.s3EndpointUrl)
        return o.s3EndpointUrl;
    const env = o.env ?? process.env;
    if ((env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '').toLowerCase() === 'true')
        return undefined;
    return env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
}
function s3ClientConfig(o) {
    const config = commonConfig(o, undefined);
    if (!o.endpointUrl && o.s3EndpointUrl)
        config.endpoint = checkEndpoint(o.s3EndpointUrl);
    if (customS3Endpoint(o)) {
        // Local S3 servers serve buckets by path, not by virtual host, and do not implement the CRC checksums the SDK
        // adds by default since 3.729; against AWS the SDK's defaults stay.
        config.forcePathStyle = true;
        config.requestChecksumCalculation = 'WHEN_REQUIRED';
        config.responseChecksumValidation = 'WHEN_REQUIRED';
    }
    return config;
}
function createS3Client(o) {
    return new client_s3_dist_cjs/* S3Client */.YxF(s3ClientConfig(o));
}
function cloudFormationClientConfig(o) {
    return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS);
}
function createCloudFormationClient(o) {
    return new dist_cjs/* CloudFormationClient */.m1N(cloudFormationClientConfig(o));
}
function sfnClientConfig(o) {
    return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS);
}
function createSfnClient(o) {
    return new client_sfn_dist_cjs/* SFNClient */.ZIB(sfnClientConfig(o));
}
function snsClientConfig(o) {
    return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS);
}
function createSnsClient(o) {
    return new client_sns_dist_cjs/* SNSClient */.kye(snsClientConfig(o));
}
/** KMS and Secrets Manager for the keys command (key wrapping and the key secret). */
function kmsClientConfig(o) {
    return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS);
}
function createKmsClient(o) {
    return new client_kms_dist_cjs/* KMSClient */.pgq(kmsClientConfig(o));
}
function secretsManagerClientConfig(o) {
    return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS);
}
function createSecretsManagerClient(o) {
    return new client_secrets_manager_dist_cjs/* SecretsManagerClient */._H(secretsManagerClientConfig(o));
}
/** STS for the credentials module: one attempt per call, because resolveCredentials runs its own retry loop. */
function stsClientConfig(o) {
    return { ...commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS), maxAttempts: o.maxAttempts ?? 1 };
}
function createStsClient(o) {
    return new client_sts_dist_cjs/* STSClient */.iM(stsClientConfig(o));
}


/***/ }),

/***/ 4455:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $F: () => (/* binding */ checkDataset),
/* harmony export */   Cz: () => (/* binding */ checkRoleArn),
/* harmony export */   IC: () => (/* binding */ checkRoleSessionName),
/* harmony export */   LE: () => (/* binding */ checkEndpointUrl),
/* harmony export */   SP: () => (/* binding */ shown),
/* harmony export */   WR: () => (/* binding */ checkBucketName),
/* harmony export */   _u: () => (/* binding */ checkStateMachineArn),
/* harmony export */   eN: () => (/* binding */ checkKmsKeyId),
/* harmony export */   iG: () => (/* binding */ normalizePrefix),
/* harmony export */   o3: () => (/* binding */ normalizeFingerprint),
/* harmony export */   s7: () => (/* binding */ checkBatchId),
/* harmony export */   vK: () => (/* binding */ checkRegion)
/* harmony export */ });
/**
 * Value checks shared by the input parser and the stack-output reader. Each returns undefined when the value is
 * fine, else a short problem with its fix, so callers can collect every problem before failing once.
 */
// Regions: us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1 …
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;
const PARTITION = 'aws(-[a-z]+)*';
const ACCOUNT = '\\d{12}';
const ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::${ACCOUNT}:role/[\\w+=,.@/-]{1,512}$`);
// State machine names: 1-80 characters, no whitespace, brackets, wildcards or control characters.
const STATE_MACHINE_ARN = new RegExp(`^arn:${PARTITION}:states:[a-z]{2}(-[a-z]+)+-\\d{1,2}:${ACCOUNT}:stateMachine:[^\\s<>{}\\[\\]?*"#%\\\\^|~\`$&,;:/]{1,80}$`);
const KMS_KEY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KMS_MRK = /^mrk-[0-9a-f]{32}$/;
const KMS_ARN = new RegExp(`^arn:${PARTITION}:kms:[a-z]{2}(-[a-z]+)+-\\d{1,2}:${ACCOUNT}:(key|alias)/(.+)$`);
function checkRegion(v) {
    return REGION.test(v) ? undefined : `'${shown(v)}' is not a region name (use one like us-east-1)`;
}
function checkRoleArn(v) {
    return ROLE_ARN.test(v)
        ? undefined
        : `'${shown(v)}' is not an IAM role ARN (use arn:aws:iam::123456789012:role/NAME)`;
}
function checkStateMachineArn(v) {
    return STATE_MACHINE_ARN.test(v)
        ? undefined
        : `'${shown(v)}' is not a state machine ARN (use arn:aws:states:REGION:123456789012:stateMachine:NAME)`;
}
/**
 * A key ARN or key id. Aliases are refused: a bucket policy that pins the key (the stack's DenyOtherKmsKeys) compares
 * the x-amz-server-side-encryption-aws-kms-key-id header as sent and cannot match an alias, and S3 resolves an alias in
 * the caller's account, not the bucket owner's.
 */
function checkKmsKeyId(v) {
    if (KMS_KEY_UUID.test(v) || KMS_MRK.test(v))
        return undefined;
    const arn = KMS_ARN.exec(v);
    const [, , , kind, rest = ''] = arn ?? [];
    if (kind === 'key' && (KMS_KEY_UUID.test(rest) || KMS_MRK.test(rest)))
        return undefined;
    if (v.startsWith('alias/') || kind === 'alias')
        return `'${shown(v)}' is a KMS alias, which a bucket policy cannot match (use the key ARN, e.g. the stack output KmsKeyArn, or the key id)`;
    return `'${shown(v)}' is not a KMS key (use a key ARN or key id)`;
}
/** S3 general purpose bucket naming rules. */
function checkBucketName(v) {
    const fix = '(use 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit)';
    if (v.length < 3 || v.length > 63)
        return `'${shown(v)}' must be 3-63 characters long ${fix}`;
    if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(v))
        return `'${shown(v)}' is not a valid bucket name ${fix}`;
    if (v.includes('..'))
        return `'${shown(v)}' has two adjacent dots ${fix}`;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(v))
        return `'${shown(v)}' looks like an IP address ${fix}`;
    if (/^(xn--|sthree-|amzn-s3-demo-)/.test(v))
        return `'${shown(v)}' starts with a prefix S3 reserves ${fix}`;
    if (/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(v))
        return `'${shown(v)}' ends with a suffix S3 reserves ${fix}`;
    return undefined;
}
/** A key prefix: relative, '/'-separated, no empty, '.' or '..' segments; returned normalized to end with '/'. */
function normalizePrefix(v) {
    const trimmed = v.trim();
    const withSlash = trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
    const segments = withSlash.slice(0, -1).split('/');
    if (trimmed.startsWith('/'))
        return { problem: `'${shown(v)}' starts with '/' (S3 keys are relative: use e.g. landing/)` };
    if (segments.some(s => s === '' || s === '.' || s === '..'))
        return {
            problem: `'${shown(v)}' has an empty, '.' or '..' segment (use e.g. landing/ or teams/a/landing/)`
        };
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
    if (/[\u0000-\u001f\u007f\\{}^%`[\]"<>~#|]/.test(trimmed))
        return {
            problem: `'${shown(v)}' has characters S3 keys should avoid (use letters, digits, / ! - _ . * ' ( ))`
        };
    return { value: withSlash };
}
function checkDataset(v) {
    return /^[a-z0-9][a-z0-9_-]{0,63}$/.test(v)
        ? undefined
        : `'${shown(v)}' is not a dataset name (use up to 64 lowercase letters, digits, _ and -, starting with a letter or digit)`;
}
/** Batch ids end up in S3 keys and Step Functions execution names (≤ 80 of [A-Za-z0-9_-]). */
function checkBatchId(v) {
    return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(v)
        ? undefined
        : `'${shown(v)}' is not a batch id (use up to 64 letters, digits, _ and -)`;
}
function checkEndpointUrl(v) {
    let url;
    try {
        url = new URL(v);
    }
    catch {
        return `'${shown(v)}' is not a URL (use e.g. http://127.0.0.1:9000)`;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return `'${shown(v)}' is not an http or https URL (use e.g. https://s3.example.com)`;
    if (url.username || url.password)
        return 'the URL must not contain credentials (remove user:password@)';
    return undefined;
}
function checkRoleSessionName(v) {
    return /^[\w+=,.@-]{2,64}$/.test(v)
        ? undefined
        : `'${shown(v)}' is not a role session name (use 2-64 letters, digits and +=,.@_-)`;
}
/** OpenPGP v4 (40 hex) or v6 (64 hex) fingerprint; spaces and a 0x prefix are dropped, letters uppercased. */
function normalizeFingerprint(v) {
    const compact = v.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase();
    return /^([0-9A-F]{40}|[0-9A-F]{64})$/.test(compact) ? compact : undefined;
}
/** Shortens a user value for a one-line message: no newlines, at most 60 characters. */
function shown(v) {
    const flat = v.replace(/[\r\n\t]+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}


/***/ }),

/***/ 3019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gf: () => (/* binding */ explainS3),
/* harmony export */   LE: () => (/* binding */ statusOf),
/* harmony export */   WI: () => (/* binding */ readManifest),
/* harmony export */   c2: () => (/* binding */ getManifest),
/* harmony export */   cF: () => (/* binding */ removeFailedBatch),
/* harmony export */   f9: () => (/* binding */ removeBatchObjects),
/* harmony export */   kc: () => (/* binding */ errorText)
/* harmony export */ });
/* unused harmony export cleanupIncompleteBatch */
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9527);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9978);




/** `Name: first line of the message`; the name is left out when it is only 'Error'. */
function errorText(err) {
    const e = err;
    const name = e?.name && e.name !== 'Error' ? `${e.name}: ` : '';
    return `${name}${(e?.message ?? String(err)).split('\n')[0]}`;
}
/** The HTTP status of an AWS SDK error, when it has one. */
function statusOf(err) {
    return err?.$metadata?.httpStatusCode;
}
/** One line for a failed S3 call on the batch: what was done, and what to check for the usual refusals. */
function explainS3(err, what, t) {
    const name = err?.name ?? '';
    if (/AccessDenied/.test(name)) {
        return `${what}: access denied: the role needs s3:PutObject on arn:aws:s3:::${t.bucket}/${t.landingPrefix}*${t.kmsKeyId ? ` and kms:GenerateDataKey on ${t.kmsKeyId}` : ''}`;
    }
    if (name === 'NoSuchBucket')
        return `${what}: bucket ${t.bucket} does not exist: check bucket / stack-name and aws-region`;
    if (/KMS/.test(name))
        return `${what}: KMS refused the key ${t.kmsKeyId ?? ''} (${errorText(err)}): check kms-key-id and the key policy`;
    return `${what}: ${errorText(err)}`;
}
/**
 * The manifest at `key`, parsed; undefined when S3 says it does not exist (404). With maxBytes, a larger object is
 * refused (ManifestError) before or while it is read, so a huge object never fills the memory. Other errors,
 * including 403, are thrown as the SDK raised them.
 */
async function getManifest(s3, bucket, key, options = {}) {
    let got;
    try {
        got = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .GetObjectCommand */ .jLs({ Bucket: bucket, Key: key }));
    }
    catch (err) {
        const name = err.name;
        // A missing bucket is a 404 too, but it says nothing about the batch: the caller names the bucket.
        if (name !== 'NoSuchBucket' && (statusOf(err) === 404 || name === 'NoSuchKey'))
            return undefined;
        throw err;
    }
    const where = `s3://${bucket}/${key}`;
    const max = options.maxBytes;
    if (max === undefined)
        return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(await got.Body.transformToString(), where);
    const body = got.Body;
    if ((got.ContentLength ?? 0) > max) {
        body.destroy();
        throw new _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(`${where} has ${got.ContentLength} bytes, more than a manifest's ${max}: it is not one the uploader wrote`);
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of body) {
        size += chunk.length;
        if (size > max) {
            body.destroy();
            throw new _manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .ManifestError */ .Sh(`${where} is larger than a manifest's ${max} bytes: it is not one the uploader wrote`);
        }
        chunks.push(chunk);
    }
    return (0,_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(Buffer.concat(chunks).toString('utf8'), where);
}
/**
 * The batch's manifest, or undefined when there is none.
 *
 * AWS answers a read of a missing object with 403 instead of 404 unless the caller may list the bucket without a
 * prefix condition, which the stack's CI role may not (its ListBucket is scoped to landing/<dataset>/). So a 403 is
 * followed by a listing of the key itself, which the role may do: not listed means absent; listed means present but
 * unreadable; a refused listing leaves "missing or not allowed", reported with what to check.
 */
async function readManifest(s3, bucket, key) {
    try {
        return await getManifest(s3, bucket, key);
    }
    catch (err) {
        if (statusOf(err) !== 403)
            throw err;
        const listed = await isListed(s3, bucket, key);
        if (listed === false)
            return undefined;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(forbiddenObjectMessage(bucket, key, listed), { cause: err });
    }
}
/** Whether `key` exists according to a listing of exactly that prefix; undefined when the listing is refused too. */
async function isListed(s3, bucket, key) {
    try {
        // The key itself sorts before every longer key it prefixes, so one result is enough.
        const page = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .ListObjectsV2Command */ .u6x({ Bucket: bucket, Prefix: key, MaxKeys: 1 }));
        return (page.Contents ?? []).some(o => o.Key === key);
    }
    catch (err) {
        if (statusOf(err) === 403)
            return undefined;
        throw err;
    }
}
/** The one-line explanation of a 403 on an object, after isListed said `listed`. */
function forbiddenObjectMessage(bucket, key, listed) {
    const uri = `s3://${bucket}/${key}`;
    const prefix = key.slice(0, key.lastIndexOf('/') + 1);
    return listed
        ? `${uri} exists but this role may not read it (403): it needs s3:GetObject on it and kms:Decrypt on the bucket's KMS key`
        : `${uri} is missing or not allowed (403; S3 answers 403 for a missing object when the role may not list the bucket): check that the batch exists, and that the role has s3:GetObject on it and s3:ListBucket for prefix ${prefix}`;
}
/** Aborts every multipart upload under the prefix; returns how many. */
async function abortMultipartUploads(s3, bucket, prefix) {
    let aborted = 0;
    let keyMarker;
    let uploadIdMarker;
    for (;;) {
        let page;
        try {
            page = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .ListMultipartUploadsCommand */ .mo2({
                Bucket: bucket,
                Prefix: prefix,
                KeyMarker: keyMarker,
                UploadIdMarker: uploadIdMarker
            }));
        }
        catch (err) {
            // Some S3-compatible servers (s3rver, fauxqs) do not list multipart uploads. Our own uploads abort themselves
            // on failure (leavePartsOnError: false); AWS S3 always lists, so nothing escapes there.
            if (statusOf(err) === 501 || err.name === 'NotImplemented')
                return aborted;
            throw err;
        }
        for (const u of page.Uploads ?? []) {
            await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .AbortMultipartUploadCommand */ .tfP({ Bucket: bucket, Key: u.Key, UploadId: u.UploadId }));
            aborted++;
        }
        if (!page.IsTruncated)
            return aborted;
        keyMarker = page.NextKeyMarker;
        uploadIdMarker = page.NextUploadIdMarker;
    }
}
/** Deletes every object and aborts every multipart upload under the prefix. Returns the counts. */
async function removeBatchObjects(s3, bucket, prefix) {
    const multipartUploads = await abortMultipartUploads(s3, bucket, prefix);
    let objects = 0;
    let token;
    do {
        const page = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .ListObjectsV2Command */ .u6x({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) {
            await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .DeleteObjectCommand */ .k4j({ Bucket: bucket, Key: o.Key }));
            objects++;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return { objects, multipartUploads };
}
/**
 * For the post step after a cancelled or killed run: removes the batch when it has no manifest (incomplete by
 * definition); leaves a complete batch alone.
 */
async function cleanupIncompleteBatch(s3, bucket, prefix, log = () => { }) {
    if (await readManifest(s3, bucket, prefix + MANIFEST_NAME)) {
        log(`batch s3://${bucket}/${prefix} is complete; nothing to clean up`);
        return { complete: true, objects: 0, multipartUploads: 0 };
    }
    const removed = await removeBatchObjects(s3, bucket, prefix);
    log(`removed ${removed.objects} object(s) and ${removed.multipartUploads} multipart upload(s) of incomplete batch s3://${bucket}/${prefix}`);
    return { complete: false, ...removed };
}
/**
 * After a failed upload: removes what it wrote under the prefix, unless another run of the same batch id committed
 * the batch meanwhile (a re-run racing the first attempt: its objects share our keys, and removing them would break
 * the batch it just completed). Never throws: a failed cleanup is logged and left to the post step or a re-run.
 */
async function removeFailedBatch(s3, bucket, prefix, why, log) {
    try {
        const committed = await readManifest(s3, bucket, prefix + _batch_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_NAME */ .ir).catch(() => undefined);
        if (committed) {
            log(`${why}: another run completed s3://${bucket}/${prefix} meanwhile; nothing of it was removed`);
            return;
        }
        const removed = await removeBatchObjects(s3, bucket, prefix);
        log(`${why}: removed ${removed.objects} object(s) and aborted ${removed.multipartUploads} multipart upload(s) under s3://${bucket}/${prefix}`);
    }
    catch (err) {
        log(`${why}: could not clean up s3://${bucket}/${prefix} (${errorText(err)}); the post step or a re-run removes it`);
    }
}


/***/ }),

/***/ 9527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C3: () => (/* binding */ storedKeys),
/* harmony export */   RJ: () => (/* binding */ batchPrefix),
/* harmony export */   Rl: () => (/* binding */ checkObjectName),
/* harmony export */   ir: () => (/* binding */ MANIFEST_NAME)
/* harmony export */ });
/* unused harmony export storedSuffix */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/** Where a batch lives in S3 and what its objects are called. Pure. */

/** Written last: a batch prefix without it is incomplete by definition. */
const MANIFEST_NAME = '_manifest.json';
/** `landing/` + `customers` + `gh-1-1` → `landing/customers/gh-1-1/`. */
function batchPrefix(landingPrefix, dataset, batchId) {
    const base = landingPrefix === '' || landingPrefix.endsWith('/') ? landingPrefix : `${landingPrefix}/`;
    return `${base}${dataset}/${batchId}/`;
}
function storedSuffix(compression) {
    return compression === 'gzip' ? '.gz.pgp' : '.pgp';
}
/** Checks a file name for use inside a key; returns the problem or undefined. */
function checkObjectName(name) {
    if (name === '' || name.startsWith('/'))
        return 'is empty or absolute';
    if (name.includes('\\'))
        return 'contains a backslash';
    if (name.split('/').some(part => part === '..' || part === '.' || part === ''))
        return "has '.', '..' or empty path parts";
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'contains control characters';
    if (name === MANIFEST_NAME)
        return `is the reserved name ${MANIFEST_NAME}`;
    if (Buffer.byteLength(name) > 900)
        return 'is longer than 900 bytes (S3 keys are limited to 1024)';
    return undefined;
}
/** The stored object key of each file; throws one UsageError naming every bad or colliding name. */
function storedKeys(prefix, names, compression) {
    const problems = [];
    const seen = new Map();
    const keys = names.map(name => {
        const problem = checkObjectName(name);
        if (problem)
            problems.push(`file name '${name}' ${problem}`);
        const key = `${prefix}${name}${storedSuffix(compression)}`;
        const other = seen.get(key);
        if (other !== undefined)
            problems.push(`files '${other}' and '${name}' map to the same key ${key}`);
        seen.set(key, name);
        return key;
    });
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${problems.join('; ')}: rename the files or narrow the files globs`);
    return keys;
}


/***/ }),

/***/ 9978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cm: () => (/* binding */ sameContent),
/* harmony export */   MZ: () => (/* binding */ serializeManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   Sh: () => (/* binding */ ManifestError),
/* harmony export */   u1: () => (/* binding */ buildManifest),
/* harmony export */   x9: () => (/* binding */ reuseMismatch)
/* harmony export */ });
/**
 * The batch manifest (`_manifest.json`, version 1): written last by the upload, read by the DecryptBatch Lambda and by
 * re-runs. Pure: building, serializing, parsing with validation that names the bad field.
 */
function buildManifest(o) {
    const objects = [...o.objects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
        version: 1,
        dataset: o.dataset,
        batchId: o.batchId,
        createdAt: o.createdAt.toISOString(),
        compression: o.compression,
        encryption: { format: 'openpgp', aead: o.aead, recipients: [...o.recipients] },
        objects,
        totals: {
            objects: objects.length,
            plaintextBytes: objects.reduce((n, x) => n + x.plaintextSize, 0),
            storedBytes: objects.reduce((n, x) => n + x.storedSize, 0)
        }
    };
}
function serializeManifest(m) {
    return JSON.stringify(m, null, 2) + '\n';
}
class ManifestError extends Error {
    name = 'ManifestError';
}
const SHA256 = /^[0-9a-f]{64}$/;
function fail(where, field, problem) {
    throw new ManifestError(`manifest ${where}: ${field} ${problem}`);
}
function isCount(v) {
    return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
/** Parses and checks a manifest; errors name the file and the field. */
function parseManifest(text, where) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        fail(where, 'content', `is not JSON (${err.message})`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        fail(where, 'content', 'is not an object');
    const m = data;
    if (m.version !== 1)
        fail(where, 'version', `is ${JSON.stringify(m.version)}, expected 1`);
    for (const field of ['dataset', 'batchId', 'createdAt']) {
        if (typeof m[field] !== 'string' || m[field] === '')
            fail(where, field, 'must be a non-empty string');
    }
    if (m.compression !== 'gzip' && m.compression !== 'none')
        fail(where, 'compression', "must be 'gzip' or 'none'");
    const enc = m.encryption;
    if (!enc || enc.format !== 'openpgp')
        fail(where, 'encryption.format', "must be 'openpgp'");
    if (typeof enc.aead !== 'boolean')
        fail(where, 'encryption.aead', 'must be true or false');
    if (!Array.isArray(enc.recipients) || !enc.recipients.every(r => typeof r === 'string'))
        fail(where, 'encryption.recipients', 'must be a list of fingerprints');
    if (!Array.isArray(m.objects) || m.objects.length === 0)
        fail(where, 'objects', 'must be a non-empty list');
    const keys = new Set();
    m.objects.forEach((raw, i) => {
        const o = raw;
        const at = `objects[${i}]`;
        if (typeof o !== 'object' || o === null)
            fail(where, at, 'is not an object');
        if (typeof o.key !== 'string' || o.key === '')
            fail(where, `${at}.key`, 'must be a non-empty string');
        if (keys.has(o.key))
            fail(where, `${at}.key`, `repeats ${o.key}`);
        keys.add(o.key);
        if (typeof o.originalName !== 'string' || o.originalName === '')
            fail(where, `${at}.originalName`, 'must be a non-empty string');
        if (!isCount(o.plaintextSize))
            fail(where, `${at}.plaintextSize`, 'must be a byte count');
        if (!isCount(o.storedSize))
            fail(where, `${at}.storedSize`, 'must be a byte count');
        if (typeof o.plaintextSha256 !== 'string' || !SHA256.test(o.plaintextSha256))
            fail(where, `${at}.plaintextSha256`, 'must be 64 lowercase hex digits');
        if (o.compression !== 'gzip' && o.compression !== 'none')
            fail(where, `${at}.compression`, "must be 'gzip' or 'none'");
    });
    const t = m.totals;
    if (!t || !isCount(t.objects) || !isCount(t.plaintextBytes) || !isCount(t.storedBytes))
        fail(where, 'totals', 'must hold objects, plaintextBytes and storedBytes counts');
    if (t.objects !== m.objects.length)
        fail(where, 'totals.objects', `is ${t.objects} but ${m.objects.length} objects are listed`);
    return data;
}
/** True when the manifest lists exactly these files with these hashes and sizes (a re-run of the same batch). */
function sameContent(m, files) {
    if (m.objects.length !== files.length)
        return false;
    // Same count is not enough when a name repeats: [a, a] must not match [a, b].
    if (new Set(files.map(f => f.originalName)).size !== files.length)
        return false;
    const byName = new Map(m.objects.map(o => [o.originalName, o]));
    return files.every(f => {
        const o = byName.get(f.originalName);
        return o !== undefined && o.plaintextSha256 === f.plaintextSha256 && o.plaintextSize === f.plaintextSize;
    });
}
/**
 * Why a complete batch with the same files may still not be reused: it was encrypted to other keys, or compressed or
 * sealed (AEAD) differently, so reusing it would report settings S3 does not hold. Undefined when all match.
 * Fingerprints compare as sets, case-insensitively.
 */
function reuseMismatch(m, want) {
    const differences = [];
    const norm = (list) => [...new Set(list.map(f => f.toUpperCase()))].sort();
    const stored = norm(m.encryption.recipients);
    const wanted = norm(want.recipients);
    if (stored.join(',') !== wanted.join(',')) {
        differences.push(`recipients (in S3: ${stored.join(', ') || 'none'}; now: ${wanted.join(', ') || 'none'})`);
    }
    if (m.compression !== want.compression)
        differences.push(`compression (in S3: ${m.compression}; now: ${want.compression})`);
    if (m.encryption.aead !== want.aead)
        differences.push(`aead (in S3: ${m.encryption.aead}; now: ${want.aead})`);
    return differences.length > 0 ? differences.join(', ') : undefined;
}


/***/ }),

/***/ 3287:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ putStream)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3711);

/** S3's limits on a multipart upload. */
const MAX_PARTS = 10_000;
const MIN_PART_SIZE = 5 * 1024 * 1024;
function isPrematureClose(err) {
    return err?.code === 'ERR_STREAM_PREMATURE_CLOSE';
}
function asError(err) {
    return typeof err?.message === 'string' ? err : new Error(String(err));
}
/**
 * The parts of one multipart upload: started on the first full part, each part sent from a pooled buffer that is
 * given back when S3 has it. A failed part calls `onFailure` and makes take, send and complete throw its error; the
 * caller then calls `abort`.
 */
class MultipartParts {
    s3;
    params;
    partSize;
    queueSize;
    onFailure;
    uploadId;
    done = [];
    inFlight = new Set();
    free = [];
    waiters = [];
    allocated = 0;
    partNumber = 0;
    error;
    constructor(s3, params, partSize, queueSize, 
    /** Called once with the first failed part, to stop the body at once rather than at the next full part. */
    onFailure) {
        this.s3 = s3;
        this.params = params;
        this.partSize = partSize;
        this.queueSize = queueSize;
        this.onFailure = onFailure;
    }
    /** A buffer to fill: a free one, a new one while the pool is below queueSize + 1, else the next one given back. */
    async take() {
        for (;;) {
            this.throwIfFailed();
            const buf = this.free.pop();
            if (buf)
                return buf;
            if (this.allocated <= this.queueSize) {
                this.allocated++;
                return Buffer.allocUnsafeSlow(this.partSize);
            }
            await new Promise(resolve => this.waiters.push(resolve));
        }
    }
    get started() {
        return this.uploadId !== undefined;
    }
    /** Sends `buf[0, length)` as the next part; `buf` returns to the pool when S3 has it. */
    send(buf, length) {
        this.throwIfFailed();
        const partNumber = ++this.partNumber;
        if (partNumber > MAX_PARTS) {
            throw new Error(`${this.params.Key}: more than ${MAX_PARTS} parts of ${this.partSize / 1048576} MiB (S3's limit): raise the part size`);
        }
        this.uploadId ??= this.create();
        const sending = this.uploadPart(partNumber, buf.subarray(0, length)).then(part => {
            this.done.push(part);
            this.free.push(buf);
        }, (err) => {
            if (this.error !== undefined)
                return;
            this.error = err;
            this.onFailure(err);
        });
        const tracked = sending.finally(() => {
            this.inFlight.delete(tracked);
            this.waiters.shift()?.();
        });
        this.inFlight.add(tracked);
    }
    /** Waits for every part in flight, then completes the upload. */
    async complete() {
        await this.settle();
        this.throwIfFailed();
        const parts = this.done.sort((a, b) => a.PartNumber - b.PartNumber);
        await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .CompleteMultipartUploadCommand */ .Gym({
            Bucket: this.params.Bucket,
            Key: this.params.Key,
            UploadId: await this.uploadId,
            MultipartUpload: { Parts: parts }
        }));
    }
    /** Waits for every part in flight (a part sent after the abort would start the upload's storage again), then aborts. */
    async abort() {
        await this.settle();
        const id = await this.uploadId?.catch(() => undefined);
        if (id === undefined)
            return;
        await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .AbortMultipartUploadCommand */ .tfP({ Bucket: this.params.Bucket, Key: this.params.Key, UploadId: id }));
    }
    async settle() {
        while (this.inFlight.size > 0)
            await Promise.all(this.inFlight);
    }
    throwIfFailed() {
        if (this.error !== undefined)
            throw this.error;
    }
    async create() {
        // What lib-storage asks for: with the SDK's default checksums (WHEN_SUPPORTED, against AWS) every part carries a
        // CRC32 and the upload must be created for it; local servers (WHEN_REQUIRED) get none.
        const checksummed = (await this.s3.config.requestChecksumCalculation()) === 'WHEN_SUPPORTED';
        const out = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .CreateMultipartUploadCommand */ .nG4({
            ...this.params,
            ...(checksummed ? { ChecksumAlgorithm: this.params.ChecksumAlgorithm ?? 'CRC32' } : {})
        }));
        if (!out.UploadId)
            throw new Error(`${this.params.Key}: S3 started a multipart upload without an UploadId`);
        return out.UploadId;
    }
    async uploadPart(partNumber, body) {
        const uploadId = await this.uploadId;
        const out = await this.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .UploadPartCommand */ .iVK({
            Bucket: this.params.Bucket,
            Key: this.params.Key,
            UploadId: uploadId,
            PartNumber: partNumber,
            Body: body,
            ContentLength: body.length
        }));
        if (!out.ETag)
            throw new Error(`${this.params.Key}: S3 returned part ${partNumber} without an ETag`);
        return {
            PartNumber: partNumber,
            ETag: out.ETag,
            ...(out.ChecksumCRC32 && { ChecksumCRC32: out.ChecksumCRC32 }),
            ...(out.ChecksumCRC32C && { ChecksumCRC32C: out.ChecksumCRC32C }),
            ...(out.ChecksumSHA1 && { ChecksumSHA1: out.ChecksumSHA1 }),
            ...(out.ChecksumSHA256 && { ChecksumSHA256: out.ChecksumSHA256 })
        };
    }
}
/**
 * Reads the body into part buffers: a full buffer is sent once more data follows it, so a body that fits in one part
 * is one PutObject and an exact multiple of the part size sends no empty last part.
 */
async function upload(o, fail) {
    if (!Number.isInteger(o.partSize) || o.partSize < MIN_PART_SIZE)
        throw new Error(`part size ${o.partSize} is below S3's minimum of 5 MiB`);
    if (!Number.isInteger(o.queueSize) || o.queueSize < 1)
        throw new Error(`parts in flight ${o.queueSize}: use at least 1`);
    const parts = new MultipartParts(o.s3, o.params, o.partSize, o.queueSize, err => fail(asError(err)));
    try {
        let buf = await parts.take();
        let filled = 0;
        for await (const chunk of o.body) {
            let offset = 0;
            while (offset < chunk.length) {
                if (filled === o.partSize) {
                    parts.send(buf, filled);
                    buf = await parts.take();
                    filled = 0;
                }
                const n = chunk.copy(buf, filled, offset);
                filled += n;
                offset += n;
            }
        }
        if (!parts.started) {
            await o.s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_0__/* .PutObjectCommand */ .wKZ({ ...o.params, Body: buf.subarray(0, filled), ContentLength: filled }));
            return;
        }
        parts.send(buf, filled);
        await parts.complete();
    }
    catch (err) {
        if (parts.started) {
            await parts.abort().catch((abortError) => {
                if (err instanceof Error && err.cause === undefined)
                    err.cause = abortError;
            });
        }
        throw err;
    }
}
/**
 * Uploads `body` and waits for both the upload and the pipeline feeding it. Throws the chain's own error when it
 * failed (the cause), else the upload's; both promises settle before it returns or throws, so neither rejection is
 * left unhandled.
 */
async function putStream(o) {
    const fail = (err) => {
        for (const s of o.upstream)
            s.destroy(err);
        o.body.destroy(err);
    };
    // Stop by failing the body: the upload then waits for the parts in flight and aborts the multipart upload, so no
    // request lands after the caller's cleanup.
    const onAbort = () => fail(o.stopError(o.signal?.reason));
    o.signal?.addEventListener('abort', onAbort, { once: true });
    if (o.signal?.aborted)
        onAbort();
    try {
        // A failed upload stops reading its body: destroy the chain too, or the feeding pipeline would wait on
        // backpressure forever.
        const uploading = upload(o, fail).catch((err) => {
            fail(asError(err));
            throw err;
        });
        const [up, feed] = await Promise.allSettled([uploading, o.feeding]);
        // The chain's own error is the cause; the upload's failure (or a premature close) is its consequence.
        if (feed.status === 'rejected' && !isPrematureClose(feed.reason))
            throw feed.reason;
        if (up.status === 'rejected')
            throw up.reason;
        if (feed.status === 'rejected')
            throw feed.reason;
    }
    finally {
        o.signal?.removeEventListener('abort', onAbort);
    }
}


/***/ })

};
