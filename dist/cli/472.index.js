export const id = 472;
export const ids = [472];
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

/***/ 6472:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  normalizeCommand: () => (/* binding */ normalizeCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js + 42 modules
var parsePhoneNumber = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/recipe/normalize/index.ts
/**
 * Normalization profiles for matching across partners: each destination publishes its own rules for how an email,
 * phone or name must look before it is hashed, and a value normalized the wrong way never matches. One function per
 * (profile, kind); values that cannot be normalized give null with the reason. Pure (libphonenumber is data).
 *
 * Sources (read 2026-11-23):
 *  uid2     https://unifiedid.com/docs/getting-started/gs-normalization-encoding (email, phone; SHA-256, Base64)
 *  meta     https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters
 *  google   Customer Match / enhanced conversions formatting guidelines (support.google.com/google-ads/answer/7659867)
 *  entity-resolution  AWS Entity Resolution normalization rules (docs.aws.amazon.com/entityresolution, "normalization")
 *  liveramp LiveRamp hashed-identifier formatting (docs.liveramp.com, "Formatting Identifiers")
 * The google, entity-resolution and liveramp rules are taken from REFERENCE.md's summary of those pages; where a
 * page was not at hand to confirm a detail, the code says so.
 */


const KINDS = [
    'email',
    'phone',
    'first_name',
    'last_name',
    'name',
    'postal_code',
    'city',
    'state',
    'country',
    'date_of_birth'
];
const ok = (normalized) => normalized === '' ? { normalized: null, reason: 'empty after normalization' } : { normalized };
function lowerTrim(v) {
    return v.normalize('NFC').trim().toLowerCase();
}
function splitEmail(v) {
    const at = v.lastIndexOf('@');
    if (at <= 0 || at === v.length - 1 || /\s/.test(v))
        return undefined;
    return { local: v.slice(0, at), domain: v.slice(at + 1) };
}
/** Gmail ignores dots and +tags in the local part, so these providers remove them before hashing. */
function email(gmailDomains, removeAllWhitespace = false) {
    return v => {
        const t = removeAllWhitespace ? lowerTrim(v).replace(/\s+/g, '') : lowerTrim(v);
        const parts = splitEmail(t);
        if (!parts)
            return { normalized: null, reason: 'not an email address' };
        let { local } = parts;
        let { domain } = parts;
        if (gmailDomains.includes(domain)) {
            local = local.replace(/\+.*$/, '').replace(/\./g, '');
            if (domain === 'googlemail.com')
                domain = 'gmail.com';
        }
        return ok(`${local}@${domain}`);
    };
}
function parsePhone(v, region) {
    const p = (0,parsePhoneNumber/* parsePhoneNumber */.l)(v.trim(), region ? { defaultCountry: region.toUpperCase() } : undefined);
    return p && p.isValid() ? p : undefined;
}
/** E.164 with the '+' (UID2, Google). */
const phoneE164 = (v, o) => {
    const p = parsePhone(v, o.region ?? 'US');
    return p ? ok(p.number) : { normalized: null, reason: 'not a valid phone number for the region' };
};
/** Country code and number as digits only, no '+', no leading zeros (Meta, Entity Resolution). */
const phoneDigits = (v, o) => {
    const p = parsePhone(v, o.region ?? 'US');
    return p ? ok(p.number.slice(1)) : { normalized: null, reason: 'not a valid phone number for the region' };
};
/** National number only, digits, no country code (LiveRamp). */
const phoneNational = (v, o) => {
    const p = parsePhone(v, o.region ?? 'US');
    return p
        ? ok(String(p.nationalNumber))
        : { normalized: null, reason: 'not a valid phone number for the region' };
};
/** Meta names: lowercase, punctuation removed, UTF-8 kept (NFC), no spaces at the ends. */
const metaName = v => ok(lowerTrim(v)
    .replace(/[\p{P}\p{S}]/gu, '')
    .trim());
/** Google names: lowercase, whitespace removed at the ends; letters kept (Google hashes names in UTF-8). */
const googleName = v => ok(lowerTrim(v));
/** Entity Resolution names: trimmed, lowercased, accents stripped, letters only. */
const asciiLetters = v => ok(lowerTrim(v)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, ''));
/** YYYYMMDD from YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY (US order) or YYYYMMDD. */
const dobCompact = v => {
    const t = v.trim();
    let m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})$/.exec(t);
    let y, mo, d;
    if (m)
        [, y, mo, d] = m;
    else {
        m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t);
        if (!m)
            return { normalized: null, reason: 'not a date (use YYYY-MM-DD)' };
        [, mo, d, y] = m;
    }
    const date = new Date(`${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}T00:00:00Z`);
    if (Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d))
        return { normalized: null, reason: 'not a valid calendar date' };
    return ok(`${y}${mo.padStart(2, '0')}${d.padStart(2, '0')}`);
};
/** US ZIP: first 5 digits; elsewhere lowercase without spaces and dashes (Meta's rule). */
const metaPostal = v => {
    const t = lowerTrim(v);
    if (/^\d{5}(-?\d{4})?$/.test(t))
        return ok(t.slice(0, 5));
    return ok(t.replace(/[\s-]/g, ''));
};
const twoLetterCountry = v => {
    const t = lowerTrim(v).replace(/[^a-z]/g, '');
    return t.length === 2 ? ok(t) : { normalized: null, reason: 'not an ISO 3166-1 alpha-2 country code' };
};
const PROFILES = {
    uid2: {
        email: email(['gmail.com']),
        phone: phoneE164
    },
    meta: {
        email: v => ok(lowerTrim(v)),
        phone: phoneDigits,
        first_name: metaName,
        last_name: metaName,
        city: v => ok(lowerTrim(v).replace(/[^\p{L}]/gu, '')),
        state: v => ok(lowerTrim(v).replace(/[^\p{L}]/gu, '')),
        postal_code: metaPostal,
        country: twoLetterCountry,
        date_of_birth: dobCompact
    },
    google: {
        email: email(['gmail.com', 'googlemail.com'], true),
        phone: phoneE164,
        first_name: googleName,
        last_name: googleName,
        postal_code: v => ok(v.trim()),
        country: twoLetterCountry
    },
    'entity-resolution': {
        email: v => ok(lowerTrim(v)),
        phone: phoneDigits,
        first_name: asciiLetters,
        last_name: asciiLetters,
        name: asciiLetters,
        city: asciiLetters,
        state: v => ok(lowerTrim(v).replace(/[^a-z]/g, '')),
        country: twoLetterCountry,
        postal_code: v => ok(lowerTrim(v).replace(/[^a-z0-9]/g, '')),
        date_of_birth: dobCompact
    },
    liveramp: {
        email: v => ok(v.normalize('NFC').toLowerCase().replace(/\s+/g, '')),
        phone: phoneNational
    }
};
function profileKinds(profile) {
    return Object.keys(PROFILES[profile] ?? {});
}
function normalize(profile, kind, value, options = {}) {
    const p = PROFILES[profile];
    if (!p)
        throw new Error(`unknown profile '${profile}' (use ${Object.keys(PROFILES).join(', ')})`);
    const rule = p[kind];
    if (!rule)
        throw new Error(`profile ${profile} does not define kind '${kind}' (it defines ${profileKinds(profile).join(', ')})`);
    return rule(value, options);
}
const oneShot = external_node_crypto_.hash;
function sha256(value, encoding) {
    return oneShot
        ? oneShot('sha256', value, encoding)
        : external_node_crypto_.createHash('sha256').update(value, 'utf8').digest(encoding);
}
/** What each profile's destination expects: hex (Meta, Google, Entity Resolution, LiveRamp) or Base64 (UID2). */
const PROFILE_ENCODING = {
    uid2: 'base64',
    meta: 'hex',
    google: 'hex',
    'entity-resolution': 'hex',
    liveramp: 'hex'
};

// EXTERNAL MODULE: ./src/commands/command.ts
var command = __webpack_require__(3155);
;// CONCATENATED MODULE: ./src/commands/normalize.ts
/** `cleanrooms-connect normalize`: what a value looks like under a partner's normalization rules, and its hashes. */



const HELP = `Usage: cleanrooms-connect normalize --profile P --kind K [--region US] VALUE…

Normalizes each value as the profile's destination requires before hashing, and prints one JSON object per
value: {"input","normalized","sha256_hex","sha256_base64"}. A value that cannot be normalized prints
"normalized": null with an "error"; the exit code is then 1 (0 when every value normalized).
Without VALUEs, reads one value per line from stdin.

Profiles and kinds:
${Object.keys(PROFILES)
    .map(p => `  ${p.padEnd(18)} ${profileKinds(p).join(', ')}`)
    .join('\n')}

Flags:
  --profile P      one of ${Object.keys(PROFILES).join(', ')}
  --kind K         one of ${KINDS.join(', ')} (as the profile defines)
  --region CC      region for phone numbers without +country (default US)

Example:
  cleanrooms-connect normalize --profile uid2 --kind email ' Jane.Saoirse+Work@gmail.com'`;
async function stdinLines() {
    const chunks = [];
    for await (const c of process.stdin)
        chunks.push(c);
    return Buffer.concat(chunks)
        .toString('utf8')
        .split(/\r?\n/)
        .filter(l => l !== '');
}
const normalizeCommand = {
    name: 'normalize',
    help: HELP,
    async run(args, io) {
        const parsed = (0,command/* parseFlags */.b)('normalize', args, { profile: { type: 'string' }, kind: { type: 'string' }, region: { type: 'string' } }, true);
        if (!parsed) {
            io.stdout(HELP + '\n');
            return 0;
        }
        const profile = parsed.values.profile;
        const kind = parsed.values.kind;
        if (!profile || !PROFILES[profile])
            throw new errors/* UsageError */.eb(`normalize: --profile must be one of ${Object.keys(PROFILES).join(', ')}`);
        if (!kind || !profileKinds(profile).includes(kind)) {
            throw new errors/* UsageError */.eb(`normalize: --kind for profile ${profile} must be one of ${profileKinds(profile).join(', ')}`);
        }
        const values = parsed.positionals.length > 0 ? parsed.positionals : await stdinLines();
        let failed = 0;
        for (const input of values) {
            const r = normalize(profile, kind, input, { region: parsed.values.region });
            if (r.normalized === null) {
                failed++;
                io.stdout(JSON.stringify({ input, normalized: null, error: r.reason }) + '\n');
            }
            else {
                io.stdout(JSON.stringify({
                    input,
                    normalized: r.normalized,
                    sha256_hex: sha256(r.normalized, 'hex'),
                    sha256_base64: sha256(r.normalized, 'base64')
                }) + '\n');
            }
        }
        return failed > 0 ? 1 : 0;
    }
};


/***/ })

};
