export const id = 856;
export const ids = [856];
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

/***/ 5910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readStackOutputs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * Reads the outputs of the deployed cleanrooms-connect stack (bucket, state machine ARN, …) so users pass one
 * stack-name instead of copying ARNs. A stack that is not usable (failed, rolled back, being deleted) is reported as
 * such rather than as missing outputs.
 */


// States in which the stack's resources are missing or not (yet) what the outputs describe.
const UNUSABLE = /^(CREATE_FAILED|CREATE_IN_PROGRESS|REVIEW_IN_PROGRESS|ROLLBACK_|DELETE_|UPDATE_ROLLBACK_FAILED|IMPORT_ROLLBACK_FAILED)/;
async function regionOf(cfn) {
    try {
        return await cfn.config.region();
    }
    catch {
        return 'the configured region';
    }
}
async function readStackOutputs(cfn, stackName) {
    const region = await regionOf(cfn);
    let stack;
    try {
        const out = await cfn.send(new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_1__/* .DescribeStacksCommand */ .Y47({ StackName: stackName }));
        stack = out.Stacks?.[0];
    }
    catch (err) {
        const name = err?.name ?? '';
        const message = err?.message ?? '';
        if (name === 'ValidationError' && /does not exist/i.test(message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`stack ${stackName} not found in region ${region}: check stack-name and aws-region`, { cause: err });
        }
        if (/^AccessDenied/.test(name)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`not allowed to describe stack ${stackName} in ${region}: the role needs cloudformation:DescribeStacks on arn:aws:cloudformation:${region}:ACCOUNT:stack/${stackName}/*`, { cause: err });
        }
        throw err;
    }
    if (!stack)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`stack ${stackName} not found in region ${region}: check stack-name and aws-region`);
    const status = stack.StackStatus ?? 'UNKNOWN';
    if (UNUSABLE.test(status)) {
        const reason = stack.StackStatusReason ? ` (${stack.StackStatusReason.replace(/\s+/g, ' ')})` : '';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`stack ${stackName} in ${region} is in state ${status}${reason}: fix or redeploy the stack (see its Events in the CloudFormation console) and retry`);
    }
    const outputs = {};
    for (const o of stack.Outputs ?? []) {
        if (o.OutputKey)
            outputs[o.OutputKey] = o.OutputValue ?? '';
    }
    return outputs;
}


/***/ }),

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

/***/ 1856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createKeysCommand: () => (/* binding */ createKeysCommand),
  keysCommand: () => (/* binding */ keysCommand)
});

// EXTERNAL MODULE: ./src/aws/clients.ts + 1 modules
var clients = __webpack_require__(5408);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(2994);
// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(5910);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var client_kms_dist_cjs = __webpack_require__(2632);
;// CONCATENATED MODULE: ./src/keys/envelope.ts
/**
 * How the pipeline's PGP private keys are stored in the stack's Secrets Manager secret (PgpPrivateKeySecret):
 *
 *   { "version": 1, "keys": [ { "fingerprint", "keyIds": [hex…], "createdAt", "wrapped", "passphraseWrapped"? } ] }
 *
 * `wrapped` is a KMS envelope of the armored private key, Base64: kms:GenerateDataKey (AES_256) under the stack's
 * KeyWrappingKey with encryption context {stack: <stack name>, purpose: pgp-private-key} gives a data key, which
 * encrypts the armored key with AES-256-GCM here (kms:Encrypt takes at most 4,096 bytes; an armored RSA-4096 private
 * key is larger). The envelope keeps the KMS ciphertext of the data key beside the IV, tag and ciphertext. Reading the
 * secret alone therefore yields nothing: only a principal allowed kms:Decrypt with that context (DecryptBatch's role)
 * can unwrap. `passphraseWrapped` (optional, same envelope) holds the passphrase of a protected key.
 *
 * Envelope layout, version 1:  "CCK1" | u16 BE n | n bytes: KMS CiphertextBlob of the data key | 12-byte IV |
 * 16-byte GCM tag | ciphertext. The header (magic, length, encrypted data key) is the GCM associated data.
 */



const KEY_PURPOSE = 'pgp-private-key';
const KEY_SECRET_VERSION = 1;
const MAGIC = Buffer.from('CCK1');
const IV_BYTES = 12;
const TAG_BYTES = 16;
const FINGERPRINT = /^[0-9A-F]{40}$|^[0-9A-F]{64}$/;
const KEY_ID = /^[0-9A-F]{16}$/;
function encryptionContext(stackName) {
    return { stack: stackName, purpose: KEY_PURPOSE };
}
function awsErrorName(err) {
    const name = err?.name;
    return typeof name === 'string' ? name : 'Error';
}
function firstLine(err) {
    // Not `instanceof Error`: errors from another realm (Node internals under a VM) are not instances of ours.
    const message = err?.message;
    const m = typeof message === 'string' ? message : String(err);
    return m.split('\n')[0] ?? m;
}
/**
 * Wraps `plaintext` (the armored private key, or a passphrase) for the stack: the Base64 envelope that goes into the
 * secret. Needs kms:GenerateDataKey on the wrapping key with the context {stack, purpose}.
 */
async function wrapPrivateKey(kms, keyArn, stackName, plaintext) {
    let generated;
    try {
        generated = await kms.send(new client_kms_dist_cjs/* GenerateDataKeyCommand */.OhQ({
            KeyId: keyArn,
            KeySpec: 'AES_256',
            EncryptionContext: encryptionContext(stackName)
        }));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`kms:GenerateDataKey on ${keyArn} failed (${awsErrorName(err)}: ${firstLine(err)}): the caller needs kms:GenerateDataKey on the stack's KeyWrappingKey with encryption context {stack: ${stackName}, purpose: ${KEY_PURPOSE}}`, { cause: err });
    }
    if (!generated.Plaintext || !generated.CiphertextBlob) {
        throw new errors/* UserError */.yo(`kms:GenerateDataKey on ${keyArn} returned no data key: retry`);
    }
    const dataKey = Buffer.from(generated.Plaintext);
    try {
        if (dataKey.length !== 32)
            throw new errors/* UserError */.yo(`kms:GenerateDataKey returned a ${dataKey.length}-byte key, not 32`);
        const encryptedKey = Buffer.from(generated.CiphertextBlob);
        if (encryptedKey.length > 0xffff)
            throw new errors/* UserError */.yo('the KMS ciphertext of the data key is too large');
        const length = Buffer.alloc(2);
        length.writeUInt16BE(encryptedKey.length);
        const header = Buffer.concat([MAGIC, length, encryptedKey]);
        const iv = (0,external_node_crypto_.randomBytes)(IV_BYTES);
        const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', dataKey, iv);
        cipher.setAAD(header);
        const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
        return Buffer.concat([header, iv, cipher.getAuthTag(), ciphertext]).toString('base64');
    }
    finally {
        dataKey.fill(0);
        if (generated.Plaintext instanceof Uint8Array)
            generated.Plaintext.fill(0);
    }
}
function splitEnvelope(wrapped, label) {
    const blob = Buffer.from(wrapped, 'base64');
    const bad = (why) => new UserError(`${label} is not a key envelope (${why}): write the secret with \`cleanrooms-connect keys create\``);
    if (blob.length < MAGIC.length + 2 || !blob.subarray(0, MAGIC.length).equals(MAGIC))
        throw bad('unknown format');
    const n = blob.readUInt16BE(MAGIC.length);
    const headerEnd = MAGIC.length + 2 + n;
    if (n === 0 || blob.length < headerEnd + IV_BYTES + TAG_BYTES)
        throw bad('truncated');
    return {
        header: blob.subarray(0, headerEnd),
        encryptedKey: blob.subarray(MAGIC.length + 2, headerEnd),
        iv: blob.subarray(headerEnd, headerEnd + IV_BYTES),
        tag: blob.subarray(headerEnd + IV_BYTES, headerEnd + IV_BYTES + TAG_BYTES),
        ciphertext: blob.subarray(headerEnd + IV_BYTES + TAG_BYTES)
    };
}
/**
 * Unwraps an envelope made by wrapPrivateKey: kms:Decrypt of the data key with the stack's context (and, when given,
 * only under `keyArn`), then AES-256-GCM. Fails when the context differs (another stack), the caller may not decrypt,
 * or any byte of the envelope was altered.
 */
async function unwrapPrivateKey(kms, wrapped, stackName, options = {}) {
    const label = options.label ?? 'the wrapped private key';
    const envelope = splitEnvelope(wrapped, label);
    let decrypted;
    try {
        decrypted = await kms.send(new DecryptCommand({
            CiphertextBlob: envelope.encryptedKey,
            EncryptionContext: encryptionContext(stackName),
            ...(options.keyArn ? { KeyId: options.keyArn } : {})
        }));
    }
    catch (err) {
        const name = awsErrorName(err);
        const why = name === 'InvalidCiphertextException'
            ? `it was not wrapped for stack ${stackName} (encryption context {stack, purpose: ${KEY_PURPOSE}}) or is damaged: re-create it with \`cleanrooms-connect keys rotate --stack-name ${stackName}\``
            : name === 'AccessDeniedException'
                ? `this role may not kms:Decrypt on the KeyWrappingKey with context {stack: ${stackName}, purpose: ${KEY_PURPOSE}}: check the key policy and the role`
                : name === 'IncorrectKeyException'
                    ? `it was wrapped under another KMS key than ${options.keyArn}: re-create it with \`cleanrooms-connect keys rotate\``
                    : 'retry; if it persists check KMS';
        throw new UserError(`${label} cannot be unwrapped (kms:Decrypt: ${name}: ${firstLine(err)}): ${why}`, {
            cause: err
        });
    }
    if (!decrypted.Plaintext)
        throw new UserError(`${label}: kms:Decrypt returned no data key: retry`);
    const dataKey = Buffer.from(decrypted.Plaintext);
    try {
        const decipher = createDecipheriv('aes-256-gcm', dataKey, envelope.iv);
        decipher.setAAD(envelope.header);
        decipher.setAuthTag(envelope.tag);
        return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]).toString('utf8');
    }
    catch {
        throw new UserError(`${label} failed its integrity check (the secret entry was altered): rotate the key with \`cleanrooms-connect keys rotate --stack-name ${stackName}\``);
    }
    finally {
        dataKey.fill(0);
        if (decrypted.Plaintext instanceof Uint8Array)
            decrypted.Plaintext.fill(0);
    }
}
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/**
 * Parses and checks the secret string; errors name the field. A secret without a value (created empty by the stack)
 * or with an empty string has no keys.
 */
function parseKeySecret(text, where = 'the PGP key secret') {
    if (text === undefined || text.trim() === '')
        return { version: 1, keys: [] };
    const fix = 'write it with `cleanrooms-connect keys create`';
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new errors/* UserError */.yo(`${where} is not JSON: ${fix}`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        throw new errors/* UserError */.yo(`${where} is not a JSON object: ${fix}`);
    const s = data;
    if (s.version !== KEY_SECRET_VERSION)
        throw new errors/* UserError */.yo(`${where}: version is ${JSON.stringify(s.version)}, expected 1: ${fix}`);
    if (!Array.isArray(s.keys))
        throw new errors/* UserError */.yo(`${where}: keys must be a list: ${fix}`);
    const seen = new Set();
    const keys = s.keys.map((raw, i) => {
        const at = `${where}: keys[${i}]`;
        if (typeof raw !== 'object' || raw === null)
            throw new errors/* UserError */.yo(`${at} is not an object: ${fix}`);
        const k = raw;
        if (typeof k.fingerprint !== 'string' || !FINGERPRINT.test(k.fingerprint))
            throw new errors/* UserError */.yo(`${at}.fingerprint must be 40 or 64 uppercase hex digits: ${fix}`);
        if (seen.has(k.fingerprint))
            throw new errors/* UserError */.yo(`${at}.fingerprint repeats ${k.fingerprint}: ${fix}`);
        seen.add(k.fingerprint);
        if (!Array.isArray(k.keyIds) ||
            k.keyIds.length === 0 ||
            !k.keyIds.every(id => typeof id === 'string' && KEY_ID.test(id)))
            throw new errors/* UserError */.yo(`${at}.keyIds must be a non-empty list of 16-digit uppercase hex key IDs: ${fix}`);
        if (typeof k.createdAt !== 'string' || Number.isNaN(Date.parse(k.createdAt)))
            throw new errors/* UserError */.yo(`${at}.createdAt must be an ISO 8601 date: ${fix}`);
        if (typeof k.wrapped !== 'string' || !BASE64.test(k.wrapped))
            throw new errors/* UserError */.yo(`${at}.wrapped must be a Base64 key envelope: ${fix}`);
        if (k.passphraseWrapped !== undefined &&
            (typeof k.passphraseWrapped !== 'string' || !BASE64.test(k.passphraseWrapped)))
            throw new errors/* UserError */.yo(`${at}.passphraseWrapped must be a Base64 key envelope when present: ${fix}`);
        return {
            fingerprint: k.fingerprint,
            keyIds: k.keyIds,
            createdAt: k.createdAt,
            wrapped: k.wrapped,
            ...(k.passphraseWrapped !== undefined ? { passphraseWrapped: k.passphraseWrapped } : {})
        };
    });
    return { version: 1, keys };
}
function serializeKeySecret(secret) {
    return JSON.stringify(secret);
}

;// CONCATENATED MODULE: ./src/keys/rotate.ts
/**
 * Key creation and rotation for the pipeline: reads the stack's key secret, makes a new OpenPGP key pair in memory,
 * stores its private key KMS-wrapped beside the current one (the newest LIVE_KEYS are kept, so batches encrypted to
 * either still decrypt), and publishes the public key as the stack's PgpPublicKey parameter. The private key exists
 * only in memory and, wrapped, in the secret. The `keys` command parses flags, builds the clients and prints.
 */






/** CloudFormation parameter values are limited to 4,096 bytes. */
const PARAMETER_LIMIT = 4096;
/** Live keys kept by rotate: the new one and the one before it. */
const LIVE_KEYS = 2;
function oneLine(err) {
    // Not `instanceof Error`: errors from another realm (Node internals under a VM) are not instances of ours.
    const message = err?.message;
    const m = typeof message === 'string' ? message : String(err);
    return m.split('\n')[0] ?? m;
}
function errorName(err) {
    const n = err?.name;
    return typeof n === 'string' ? n : 'Error';
}
function userIdOf(text) {
    const m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text.trim());
    return m ? { ...(m[1] ? { name: m[1] } : {}), email: m[2] } : { name: text.trim() };
}
function keyKind(rsa) {
    return rsa ? 'RSA-4096' : 'Curve25519';
}
async function readKeySecret(secrets, secretArn) {
    try {
        const r = await secrets.send(new client_secrets_manager_dist_cjs/* GetSecretValueCommand */.d2({ SecretId: secretArn }));
        return parseKeySecret(r.SecretString, `secret ${secretArn}`);
    }
    catch (err) {
        if (err instanceof errors/* UserError */.yo)
            throw err;
        // The stack creates the secret without a value: nothing is stored yet.
        if (errorName(err) === 'ResourceNotFoundException' && /value|version|AWSCURRENT/i.test(oneLine(err)))
            return { version: 1, keys: [] };
        throw new errors/* UserError */.yo(`cannot read secret ${secretArn} (${errorName(err)}: ${oneLine(err)}): the caller needs secretsmanager:GetSecretValue on it and kms:Decrypt on the stack's DataKey`, { cause: err });
    }
}
/** Reads the stack's secret and wrapping key; refuses a create over a stored key and a rotate with none. */
async function readKeyState(clients, stack, action) {
    const outputs = await (0,stack_outputs/* readStackOutputs */.F)(clients.cfn, stack);
    const secretArn = outputs.PgpPrivateKeySecretArn;
    const wrappingKey = outputs.KeyWrappingKeyArn;
    if (!secretArn || !wrappingKey) {
        throw new errors/* UserError */.yo(`stack ${stack} has no ${!secretArn ? 'PgpPrivateKeySecretArn' : 'KeyWrappingKeyArn'} output: deploy the current infra/template.yaml`);
    }
    const current = await readKeySecret(clients.secrets, secretArn);
    if (action === 'create' && current.keys.length > 0) {
        throw new errors/* UsageError */.eb(`keys: stack ${stack} already has a key (${current.keys.map(k => k.fingerprint).join(', ')}): use 'keys rotate'`);
    }
    if (action === 'rotate' && current.keys.length === 0) {
        throw new errors/* UsageError */.eb(`keys: stack ${stack} has no key yet: use 'keys create'`);
    }
    const dropped = current.keys.slice(0, Math.max(0, current.keys.length + 1 - LIVE_KEYS));
    return { stack, secretArn, wrappingKey, current, dropped };
}
/** Generates the key pair, wraps the private key under the stack's KeyWrappingKey and stores it beside the live ones. */
async function generateAndStoreKey(clients, state, o) {
    const generated = await openpgp/* generateKey */.rh({
        ...(o.rsa
            ? { type: 'rsa', rsaBits: 4096 }
            : { type: 'ecc', curve: 'curve25519Legacy' }),
        userIDs: [userIdOf(o.userId)],
        format: 'object'
    });
    const privateKey = generated.privateKey;
    const fingerprint = privateKey.getFingerprint().toUpperCase();
    const wrapped = await wrapPrivateKey(clients.kms, state.wrappingKey, state.stack, privateKey.armor());
    const next = {
        version: 1,
        keys: [
            ...state.current.keys,
            {
                fingerprint,
                keyIds: privateKey.getKeyIDs().map(id => id.toHex().toUpperCase()),
                createdAt: o.now().toISOString(),
                wrapped
            }
        ].slice(-LIVE_KEYS)
    };
    try {
        await clients.secrets.send(new client_secrets_manager_dist_cjs/* PutSecretValueCommand */.cp({ SecretId: state.secretArn, SecretString: serializeKeySecret(next) }));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`cannot store the key in ${state.secretArn} (${errorName(err)}: ${oneLine(err)}): the caller needs secretsmanager:PutSecretValue on it and kms:GenerateDataKey on the stack's DataKey; nothing was stored or published`, { cause: err });
    }
    return {
        publicArmored: generated.publicKey.armor(),
        fingerprint,
        kind: keyKind(o.rsa),
        live: next.keys.map(k => k.fingerprint)
    };
}
/** How to publish by hand, for the messages that leave it to the user. */
function publishCommand(stack, region) {
    return `aws cloudformation update-stack --region ${region} --stack-name ${stack} --use-previous-template --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM --parameters file://params.json (PgpPublicKey = the key above, UsePreviousValue for every other parameter)`;
}
/** Sets the stack's PgpPublicKey parameter (every other parameter keeps its value); the stack update runs on. */
async function publishPublicKey(cfn, stack, region, publicArmored) {
    const described = await cfn.send(new dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stack }));
    const current = described.Stacks?.[0]?.Parameters ?? [];
    if (!current.some(p => p.ParameterKey === 'PgpPublicKey')) {
        throw new errors/* UserError */.yo(`the key is stored, but stack ${stack} has no PgpPublicKey parameter to publish it: deploy the current infra/template.yaml, then run with the public key above as PgpPublicKey`);
    }
    const parameters = current.map(p => p.ParameterKey === 'PgpPublicKey'
        ? { ParameterKey: 'PgpPublicKey', ParameterValue: publicArmored }
        : { ParameterKey: p.ParameterKey, UsePreviousValue: true });
    try {
        await cfn.send(new dist_cjs/* UpdateStackCommand */.zPv({
            StackName: stack,
            UsePreviousTemplate: true,
            Parameters: parameters,
            Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM']
        }));
    }
    catch (err) {
        throw new errors/* UserError */.yo(`the key is stored, but publishing it failed (UpdateStack: ${errorName(err)}: ${oneLine(err)}): publish the public key above yourself: ${publishCommand(stack, region)}`, { cause: err });
    }
}

// EXTERNAL MODULE: ./src/commands/command.ts
var command = __webpack_require__(3155);
;// CONCATENATED MODULE: ./src/commands/keys.ts




const HELP = `Usage: cleanrooms-connect keys create|rotate --stack-name S [--region R] [--rsa] [--user-id TEXT]
                                         [--endpoint-url URL] [--no-publish] [--dry-run]

create  generates the pipeline's key pair (Curve25519; RSA-4096 with --rsa), stores the private key wrapped by the
        stack's KeyWrappingKey (KMS envelope, encryption context {stack, purpose: pgp-private-key}) in its
        PgpPrivateKeySecret, and publishes the public key as the stack parameter PgpPublicKey, which the stack
        outputs for the action's stack discovery. Refuses when a key is stored already.
rotate  the same with a new key, stored beside the current one: batches encrypted to either still decrypt. The two
        newest keys stay live; older ones are removed from the secret.

The armored public key goes to stdout, its fingerprint to stderr. The private key exists only in memory and, wrapped,
in the secret. Needs: cloudformation:DescribeStacks (+ UpdateStack to publish), secretsmanager:GetSecretValue and
PutSecretValue on the secret, kms:GenerateDataKey on the KeyWrappingKey with that encryption context.

Flags:
  --stack-name S      the deployed cleanrooms-connect stack (required)
  --region R          AWS region [default: AWS_REGION]
  --rsa               RSA-4096 instead of Curve25519 (for peers that cannot use Curve25519)
  --user-id TEXT      user ID of the key, "Name" or "Name <email>" [default: cleanrooms-connect <stack>]
  --endpoint-url URL  endpoint for CloudFormation, Secrets Manager and KMS (a local emulator)
  --no-publish        store the key but leave the PgpPublicKey parameter alone (publish it yourself)
  --dry-run           check the stack, the secret and the permissions to read them; generate and write nothing

Example:
  cleanrooms-connect keys rotate --stack-name cleanrooms-prod --region us-east-1 > pipeline-public.asc`;
function createKeysCommand(deps = {}) {
    return {
        name: 'keys',
        help: HELP,
        async run(args, io) {
            const parsed = (0,command/* parseFlags */.b)('keys', args, {
                'stack-name': { type: 'string' },
                region: { type: 'string' },
                rsa: { type: 'boolean' },
                'user-id': { type: 'string' },
                'endpoint-url': { type: 'string' },
                'no-publish': { type: 'boolean' },
                'dry-run': { type: 'boolean' }
            }, true);
            if (!parsed) {
                io.stdout(HELP + '\n');
                return 0;
            }
            const [action, ...extra] = parsed.positionals;
            if ((action !== 'create' && action !== 'rotate') || extra.length > 0) {
                throw new errors/* UsageError */.eb("keys: say 'create' or 'rotate' (see 'cleanrooms-connect keys --help')");
            }
            const stack = parsed.values['stack-name'];
            if (!stack)
                throw new errors/* UsageError */.eb('keys: --stack-name is required');
            const region = parsed.values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
            if (!region)
                throw new errors/* UsageError */.eb('keys: --region is required (or set AWS_REGION)');
            const endpointUrl = parsed.values['endpoint-url'];
            const rsa = parsed.values.rsa === true;
            const dryRun = parsed.values['dry-run'] === true;
            const noPublish = parsed.values['no-publish'] === true;
            const userId = parsed.values['user-id'] ?? `cleanrooms-connect ${stack}`;
            if (userId.trim() === '')
                throw new errors/* UsageError */.eb('keys: --user-id may not be empty');
            // --endpoint-url is for all three services (a local emulator); region and endpoint are checked here.
            const options = { region, endpointUrl, env: io.env };
            const cfn = deps.cfn ?? (0,clients/* createCloudFormationClient */.U_)(options);
            const kms = deps.kms ?? (0,clients/* createKmsClient */.Lr)(options);
            const secrets = deps.secrets ?? (0,clients/* createSecretsManagerClient */.mb)(options);
            try {
                const clients = { cfn, kms, secrets };
                const state = await readKeyState(clients, stack, action);
                if (dryRun) {
                    io.stderr([
                        `dry run: would generate a ${keyKind(rsa)} key pair, wrap it under ${state.wrappingKey} and store it in ${state.secretArn}`,
                        `  live keys now: ${state.current.keys.map(k => k.fingerprint).join(', ') || 'none'}`,
                        state.dropped.length
                            ? `  would drop: ${state.dropped.map(k => k.fingerprint).join(', ')}`
                            : '  would drop: none',
                        noPublish
                            ? '  would not publish (--no-publish)'
                            : `  would publish the public key as the PgpPublicKey parameter of stack ${stack}`,
                        ''
                    ].join('\n'));
                    return 0;
                }
                const stored = await generateAndStoreKey(clients, state, {
                    rsa,
                    userId,
                    now: deps.now ?? (() => new Date())
                });
                io.stdout(stored.publicArmored);
                io.stderr(`fingerprint ${stored.fingerprint}\n`);
                io.stderr(`stored the ${stored.kind} key in ${state.secretArn}; live keys: ${stored.live.join(', ')}${state.dropped.length ? `; dropped ${state.dropped.map(k => k.fingerprint).join(', ')}` : ''}\n`);
                const size = Buffer.byteLength(stored.publicArmored);
                if (noPublish) {
                    io.stderr(`not published (--no-publish): set the stack parameter PgpPublicKey to the key above (${publishCommand(stack, region)})\n`);
                }
                else if (size > PARAMETER_LIMIT) {
                    io.stderr(`not published: the armored public key is ${size} bytes, over the 4,096-byte parameter limit; pass it to the action as its recipient input instead\n`);
                }
                else {
                    await publishPublicKey(cfn, stack, region, stored.publicArmored);
                    io.stderr(`publishing: stack ${stack} is updating its PgpPublicKey parameter; uploads use the new key once the update completes (aws cloudformation wait stack-update-complete --stack-name ${stack})\n`);
                }
                return 0;
            }
            finally {
                if (!deps.cfn)
                    cfn.destroy();
                if (!deps.kms)
                    kms.destroy();
                if (!deps.secrets)
                    secrets.destroy();
            }
        }
    };
}
const keysCommand = createKeysCommand();


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


/***/ })

};
