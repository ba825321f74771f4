export const id = 789;
export const ids = [789];
export const modules = {

/***/ 201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FS: () => (/* binding */ customS3Endpoint),
/* harmony export */   Pf: () => (/* binding */ createSfnClient),
/* harmony export */   U_: () => (/* binding */ createCloudFormationClient),
/* harmony export */   qo: () => (/* binding */ createS3Client),
/* harmony export */   uW: () => (/* binding */ createStsClient)
/* harmony export */ });
/* unused harmony exports createRequestHandler, s3ClientConfig, cloudFormationClientConfig, sfnClientConfig, stsClientConfig */
/* harmony import */ var _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3805);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3711);
/* harmony import */ var _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8476);
/* harmony import */ var _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1695);
/* harmony import */ var _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1279);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/**
 * One place that builds AWS SDK clients: region check, endpoint override, SDK retries, HTTP timeouts, keep-alive,
 * and the S3 settings a non-AWS endpoint (s3rver, MinIO, local mode) needs.
 *
 * Endpoint environment variables: the SDK itself already resolves AWS_ENDPOINT_URL_<SERVICE> and AWS_ENDPOINT_URL
 * (and the profile's endpoint_url, unless AWS_IGNORE_CONFIGURED_ENDPOINT_URLS) when no `endpoint` is configured
 * (@smithy/core middleware-endpoint getEndpointFromConfig, checked 2026-11-22). So we never copy them into `endpoint`;
 * we only read them to know that S3 will talk to a non-AWS server and needs path-style + WHEN_REQUIRED checksums.
 */






const DEFAULT_MAX_ATTEMPTS = 5;
const DEFAULT_CONNECTION_TIMEOUT_MS = 5_000;
const DEFAULT_SOCKET_TIMEOUT_MS = 60_000;
const DEFAULT_CONTROL_PLANE_TIMEOUT_MS = 30_000;
function checkRegion(region) {
    const r = region?.trim();
    if (!r)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('aws-region is not set: pass the aws-region input (CLI: --region) or set AWS_REGION');
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`aws-region '${r}' is not an AWS region name (like eu-west-1): fix aws-region`);
    }
    return r;
}
function checkEndpoint(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`endpoint-url '${url}' is not a URL: use http(s)://host[:port]`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`endpoint-url '${url}' must start with http:// or https://`);
    }
    return url;
}
/**
 * The HTTP handler every client gets. throwOnRequestTimeout makes requestTimeout an error instead of a logged warning
 * (the handler's default); that is what keeps a hung call from hanging the job.
 */
function createRequestHandler(o) {
    const agent = { keepAlive: true, maxSockets: 50 };
    return new _smithy_node_http_handler__WEBPACK_IMPORTED_MODULE_1__.NodeHttpHandler({
        connectionTimeout: o.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS,
        socketTimeout: o.socketTimeoutMs ?? DEFAULT_SOCKET_TIMEOUT_MS,
        ...(o.requestTimeoutMs ? { requestTimeout: o.requestTimeoutMs, throwOnRequestTimeout: true } : {}),
        httpAgent: agent,
        httpsAgent: agent
    });
}
function commonConfig(o, defaultRequestTimeoutMs) {
    const config = {
        region: checkRegion(o.region),
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
    const env = o.env ?? process.env;
    if ((env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS ?? '').toLowerCase() === 'true')
        return undefined;
    return env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL || undefined;
}
function s3ClientConfig(o) {
    const config = commonConfig(o, undefined);
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
    return new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__.S3Client(s3ClientConfig(o));
}
function cloudFormationClientConfig(o) {
    return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS);
}
function createCloudFormationClient(o) {
    return new _aws_sdk_client_cloudformation__WEBPACK_IMPORTED_MODULE_3__/* .CloudFormationClient */ .m1N(cloudFormationClientConfig(o));
}
function sfnClientConfig(o) {
    return commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS);
}
function createSfnClient(o) {
    return new _aws_sdk_client_sfn__WEBPACK_IMPORTED_MODULE_4__/* .SFNClient */ .ZIB(sfnClientConfig(o));
}
/** STS for the credentials module: one attempt per call, because resolveCredentials runs its own retry loop. */
function stsClientConfig(o) {
    return { ...commonConfig(o, DEFAULT_CONTROL_PLANE_TIMEOUT_MS), maxAttempts: o.maxAttempts ?? 1 };
}
function createStsClient(o) {
    return new _aws_sdk_client_sts__WEBPACK_IMPORTED_MODULE_5__/* .STSClient */ .iM(stsClientConfig(o));
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

/***/ 7789:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  keysCommand: () => (/* binding */ keysCommand)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-kms/dist-cjs/index.js
var dist_cjs = __webpack_require__(2632);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var client_secrets_manager_dist_cjs = __webpack_require__(2994);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var client_cloudformation_dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/stack-outputs.ts
var stack_outputs = __webpack_require__(5910);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/keys/envelope.ts
/**
 * How the pipeline's PGP private keys are stored: the Secrets Manager secret holds, per key, the armored private key
 * encrypted with AES-256-GCM under a random data key, and that data key encrypted by kms:Encrypt under the stack's
 * KeyWrappingKey with encryption context {stack, purpose: pgp-private-key}. Reading the secret alone yields nothing;
 * only a principal the key policy lets kms:Decrypt with that context (DecryptBatch's role) can unwrap. The data key
 * is generated here (not kms:GenerateDataKey) because the key policy grants kms:Encrypt for wrapping, and an armored
 * RSA-4096 private key is larger than kms:Encrypt's 4 KiB plaintext limit. The fingerprint is the GCM associated
 * data, so an entry's ciphertext cannot be swapped onto another entry.
 */


const KEY_PURPOSE = 'pgp-private-key';
function encryptionContext(stackName) {
    return { stack: stackName, purpose: KEY_PURPOSE };
}
async function wrapPrivateKey(kms, wrappingKeyArn, stackName, armoredPrivateKey, meta) {
    const dataKey = (0,external_node_crypto_.randomBytes)(32);
    try {
        const out = await kms.send(new dist_cjs/* EncryptCommand */.b8v({
            KeyId: wrappingKeyArn,
            Plaintext: dataKey,
            EncryptionContext: encryptionContext(stackName)
        }));
        const iv = (0,external_node_crypto_.randomBytes)(12);
        const cipher = (0,external_node_crypto_.createCipheriv)('aes-256-gcm', dataKey, iv);
        cipher.setAAD(Buffer.from(meta.fingerprint));
        const ciphertext = Buffer.concat([cipher.update(armoredPrivateKey, 'utf8'), cipher.final()]);
        return {
            fingerprint: meta.fingerprint,
            keyIds: meta.keyIds,
            createdAt: meta.createdAt.toISOString(),
            encryptedDataKey: Buffer.from(out.CiphertextBlob).toString('base64'),
            iv: iv.toString('base64'),
            tag: cipher.getAuthTag().toString('base64'),
            ciphertext: ciphertext.toString('base64')
        };
    }
    finally {
        dataKey.fill(0);
    }
}
async function unwrapPrivateKey(kms, stackName, w) {
    const out = await kms.send(new DecryptCommand({
        CiphertextBlob: Buffer.from(w.encryptedDataKey, 'base64'),
        EncryptionContext: encryptionContext(stackName)
    }));
    const dataKey = Buffer.from(out.Plaintext);
    try {
        const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(w.iv, 'base64'));
        decipher.setAAD(Buffer.from(w.fingerprint));
        decipher.setAuthTag(Buffer.from(w.tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(w.ciphertext, 'base64')), decipher.final()]).toString('utf8');
    }
    catch {
        throw new Error(`wrapped key ${w.fingerprint} failed its integrity check: the secret entry was altered; rotate the key`);
    }
    finally {
        dataKey.fill(0);
    }
}
/** Parses the secret string; errors name the field. An empty or missing secret has no keys. */
function parseKeySecret(text) {
    if (!text || text.trim() === '')
        return { version: 1, keys: [] };
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        throw new Error('the PGP key secret is not JSON: write it with `cleanrooms-connect keys create`');
    }
    const s = data;
    if (s.version !== 1 || !Array.isArray(s.keys)) {
        throw new Error('the PGP key secret must be {"version": 1, "keys": [...]}: write it with `cleanrooms-connect keys create`');
    }
    s.keys.forEach((k, i) => {
        for (const field of [
            'fingerprint',
            'createdAt',
            'encryptedDataKey',
            'iv',
            'tag',
            'ciphertext'
        ]) {
            if (typeof k?.[field] !== 'string' || k[field] === '')
                throw new Error(`the PGP key secret's keys[${i}].${field} is missing`);
        }
        if (!Array.isArray(k.keyIds))
            throw new Error(`the PGP key secret's keys[${i}].keyIds is missing`);
    });
    return s;
}

// EXTERNAL MODULE: ./src/commands/command.ts
var command = __webpack_require__(3155);
;// CONCATENATED MODULE: ./src/commands/keys.ts
/**
 * `cleanrooms-connect keys create|rotate`: makes the pipeline's OpenPGP key pair in memory, stores the private key
 * KMS-wrapped in the stack's secret (create: the first key; rotate: a new key beside the current one, so batches
 * encrypted to either still decrypt; the newest two are kept), and publishes the public key as the stack's
 * PgpPublicKey parameter, which stack discovery reads. The private key never touches disk or logs.
 */









const HELP = `Usage: cleanrooms-connect keys create|rotate --stack-name S [--region R] [--rsa] [--user-id TEXT] [--no-publish]

create  generates the pipeline's key pair (Curve25519; RSA-4096 with --rsa), stores the private key wrapped by the
        stack's KeyWrappingKey (KMS, encryption context {stack, purpose}) in its PgpPrivateKeySecret, and publishes
        the public key as the stack parameter PgpPublicKey (stack discovery's recipient). Refuses if a key exists.
rotate  the same with a new key, kept beside the current one: batches encrypted to either still decrypt. The two
        newest keys stay; older ones are removed.

The armored public key is printed to stdout. The private key exists only in memory and, wrapped, in the secret.
Needs: cloudformation:DescribeStacks and UpdateStack (publishing), secretsmanager:GetSecretValue and
PutSecretValue on the secret, kms:Encrypt on the KeyWrappingKey (the key policy allows it with the context).

Flags:
  --stack-name S     the deployed cleanrooms-connect stack
  --region R         default AWS_REGION
  --rsa              RSA-4096 instead of Curve25519 (its armored public key may exceed the 4,096-byte
                     parameter limit: then it is not published; pass it as the recipient input instead)
  --user-id TEXT     user ID of the key (default "cleanrooms-connect <stack>")
  --no-publish       do not update the stack parameter

Example:
  cleanrooms-connect keys rotate --stack-name cleanrooms-prod --region us-east-1 > pipeline-public.asc`;
/** CloudFormation parameter values are limited to 4,096 bytes. */
const PARAMETER_LIMIT = 4096;
const KEEP = 2;
function keysCommand(deps = {}) {
    return {
        name: 'keys',
        help: HELP,
        async run(args, io) {
            const parsed = (0,command/* parseFlags */.b)('keys', args, {
                'stack-name': { type: 'string' },
                region: { type: 'string' },
                rsa: { type: 'boolean' },
                'user-id': { type: 'string' },
                'no-publish': { type: 'boolean' }
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
            const cfn = (0,clients/* createCloudFormationClient */.U_)({ region, env: io.env });
            const kms = deps.kms ?? new dist_cjs/* KMSClient */.pgq({ region });
            const secrets = deps.secrets ?? new client_secrets_manager_dist_cjs/* SecretsManagerClient */._H({ region });
            try {
                const outputs = await (0,stack_outputs/* readStackOutputs */.F)(cfn, stack);
                const secretArn = outputs.PgpPrivateKeySecretArn;
                const wrappingKey = outputs.KeyWrappingKeyArn;
                if (!secretArn || !wrappingKey) {
                    throw new errors/* UserError */.yo(`stack ${stack} has no PgpPrivateKeySecretArn/KeyWrappingKeyArn outputs: deploy the current infra/template.yaml`);
                }
                let current;
                try {
                    const r = await secrets.send(new client_secrets_manager_dist_cjs/* GetSecretValueCommand */.d2({ SecretId: secretArn }));
                    current = parseKeySecret(r.SecretString);
                }
                catch (err) {
                    // A secret the stack created empty has no value yet.
                    if (err.name !== 'ResourceNotFoundException')
                        throw err;
                    current = { version: 1, keys: [] };
                }
                if (action === 'create' && current.keys.length > 0) {
                    throw new errors/* UsageError */.eb(`keys: stack ${stack} already has a key (${current.keys.at(-1).fingerprint}): use 'keys rotate'`);
                }
                const userId = parsed.values['user-id'] ?? `cleanrooms-connect ${stack}`;
                const generated = await openpgp/* generateKey */.rh({
                    ...(parsed.values.rsa
                        ? { type: 'rsa', rsaBits: 4096 }
                        : { type: 'ecc', curve: 'curve25519Legacy' }),
                    userIDs: [{ name: userId }],
                    format: 'object'
                });
                const privateKey = generated.privateKey;
                const fingerprint = privateKey.getFingerprint().toUpperCase();
                const entry = await wrapPrivateKey(kms, wrappingKey, stack, privateKey.armor(), {
                    fingerprint,
                    keyIds: privateKey.getKeyIDs().map(id => id.toHex().toUpperCase()),
                    createdAt: (deps.now ?? (() => new Date()))()
                });
                const next = { version: 1, keys: [...current.keys, entry].slice(-KEEP) };
                await secrets.send(new client_secrets_manager_dist_cjs/* PutSecretValueCommand */.cp({ SecretId: secretArn, SecretString: JSON.stringify(next) }));
                const publicArmored = generated.publicKey.armor();
                io.stdout(publicArmored);
                io.stderr(`stored key ${fingerprint} in ${secretArn} (${next.keys.length} live key(s))\n`);
                if (parsed.values['no-publish']) {
                    io.stderr('not published (--no-publish): pass the public key above as the recipient input, or update PgpPublicKey\n');
                }
                else if (Buffer.byteLength(publicArmored) > PARAMETER_LIMIT) {
                    io.stderr(`not published: the armored key is ${Buffer.byteLength(publicArmored)} bytes, over the 4,096-byte parameter limit; pass it as the recipient input\n`);
                }
                else {
                    const described = await cfn.send(new client_cloudformation_dist_cjs/* DescribeStacksCommand */.Y47({ StackName: stack }));
                    const parameters = (described.Stacks?.[0]?.Parameters ?? []).map(p => p.ParameterKey === 'PgpPublicKey'
                        ? { ParameterKey: 'PgpPublicKey', ParameterValue: publicArmored }
                        : { ParameterKey: p.ParameterKey, UsePreviousValue: true });
                    await cfn.send(new client_cloudformation_dist_cjs/* UpdateStackCommand */.zPv({
                        StackName: stack,
                        UsePreviousTemplate: true,
                        Parameters: parameters,
                        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM']
                    }));
                    io.stderr(`publishing: stack ${stack} is updating its PgpPublicKey parameter (uploads use the new key once the update completes)\n`);
                }
                return 0;
            }
            finally {
                cfn.destroy();
                if (!deps.kms)
                    kms.destroy();
                if (!deps.secrets)
                    secrets.destroy();
            }
        }
    };
}


/***/ })

};
