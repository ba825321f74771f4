export const id = 770;
export const ids = [770];
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

/***/ 7770:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  normalizeCommand: () => (/* binding */ normalizeCommand),
  runNormalize: () => (/* binding */ runNormalize)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/withMetadataArgument.js + 1 modules
var withMetadataArgument = __webpack_require__(2460);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/es6/metadata.js + 2 modules
var es6_metadata = __webpack_require__(6575);
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/min/exports/isSupportedCountry.js



function isSupportedCountry() {
	return (0,withMetadataArgument/* default */.A)(es6_metadata/* isSupportedCountry */.J_, arguments)
}
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js + 2 modules
var parsePhoneNumber = __webpack_require__(6506);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/es6/normalizeArguments.js
var normalizeArguments = __webpack_require__(4831);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/es6/parsePhoneNumberWithError_.js + 29 modules
var parsePhoneNumberWithError_ = __webpack_require__(6212);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/es6/ParseError.js
var ParseError = __webpack_require__(2853);
// EXTERNAL MODULE: ./node_modules/libphonenumber-js/es6/helpers/checkNumberLength.js + 1 modules
var checkNumberLength = __webpack_require__(4262);
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/validatePhoneNumberLength.js
function _typeof(o) { "@babel/helpers - typeof"; return _typeof = "function" == typeof Symbol && "symbol" == typeof Symbol.iterator ? function (o) { return typeof o; } : function (o) { return o && "function" == typeof Symbol && o.constructor === Symbol && o !== Symbol.prototype ? "symbol" : typeof o; }, _typeof(o); }
function ownKeys(e, r) { var t = Object.keys(e); if (Object.getOwnPropertySymbols) { var o = Object.getOwnPropertySymbols(e); r && (o = o.filter(function (r) { return Object.getOwnPropertyDescriptor(e, r).enumerable; })), t.push.apply(t, o); } return t; }
function _objectSpread(e) { for (var r = 1; r < arguments.length; r++) { var t = null != arguments[r] ? arguments[r] : {}; r % 2 ? ownKeys(Object(t), !0).forEach(function (r) { _defineProperty(e, r, t[r]); }) : Object.getOwnPropertyDescriptors ? Object.defineProperties(e, Object.getOwnPropertyDescriptors(t)) : ownKeys(Object(t)).forEach(function (r) { Object.defineProperty(e, r, Object.getOwnPropertyDescriptor(t, r)); }); } return e; }
function _defineProperty(e, r, t) { return (r = _toPropertyKey(r)) in e ? Object.defineProperty(e, r, { value: t, enumerable: !0, configurable: !0, writable: !0 }) : e[r] = t, e; }
function _toPropertyKey(t) { var i = _toPrimitive(t, "string"); return "symbol" == _typeof(i) ? i : i + ""; }
function _toPrimitive(t, r) { if ("object" != _typeof(t) || !t) return t; var e = t[Symbol.toPrimitive]; if (void 0 !== e) { var i = e.call(t, r || "default"); if ("object" != _typeof(i)) return i; throw new TypeError("@@toPrimitive must return a primitive value."); } return ("string" === r ? String : Number)(t); }





function validatePhoneNumberLength() {
  var _normalizeArguments = (0,normalizeArguments/* default */.A)(arguments),
    text = _normalizeArguments.text,
    options = _normalizeArguments.options,
    metadata = _normalizeArguments.metadata;
  options = _objectSpread(_objectSpread({}, options), {}, {
    extract: false
  });

  // Parse phone number.
  try {
    var phoneNumber = (0,parsePhoneNumberWithError_/* default */.A)(text, options, metadata);
    var metadataInstance = new es6_metadata/* default */.Ay(metadata);
    metadataInstance.selectNumberingPlan(phoneNumber.country || phoneNumber.countryCallingCode);
    var result = (0,checkNumberLength/* default */.A)(phoneNumber.nationalNumber, undefined, metadataInstance);
    if (result !== 'IS_POSSIBLE') {
      return result;
    }
  } catch (error) {
    /* istanbul ignore else */
    if (error instanceof ParseError/* default */.A) {
      return error.message;
    } else {
      throw error;
    }
  }
}
//# sourceMappingURL=validatePhoneNumberLength.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/min/exports/validatePhoneNumberLength.js



function validatePhoneNumberLength_validatePhoneNumberLength() {
	return (0,withMetadataArgument/* default */.A)(validatePhoneNumberLength, arguments)
}
;// CONCATENATED MODULE: ./src/recipe/normalize/common.ts
/**
 * Building blocks shared by the normalization profiles: the result type, Unicode helpers, the email split, phone
 * parsing (libphonenumber-js) and the hashes. Pure: no I/O, no action or AWS imports.
 */


/** Every kind of value some profile defines. A profile defines only the kinds its destination documents. */
const KINDS = [
    'email',
    'phone',
    'first_name',
    'last_name',
    'name',
    'gender',
    'date_of_birth',
    'city',
    'state',
    'postal_code',
    'country'
];
const DEFAULT_REGION = 'US';
function fail(reason) {
    return { normalized: null, reason };
}
function ok(value) {
    return value === '' ? fail('empty after normalization') : { normalized: value };
}
/** NFC, then lowercase (full Unicode, locale-independent), then NFC again (lowercasing can decompose). */
function lower(value) {
    return value.normalize('NFC').toLowerCase().normalize('NFC');
}
/** Letters without their accents: NFD, then every combining mark dropped ("Zoë" → "Zoe"). */
function stripAccents(value) {
    return value.normalize('NFD').replace(/\p{M}/gu, '');
}
/**
 * local@domain, exactly one '@', both sides non-empty, no whitespace left. This structural check is ours (an address
 * without it cannot match anything); the destinations' own clients (UID2's SDK, Meta's and Google's formatters)
 * reject the same inputs.
 */
function splitEmail(value) {
    if (value === '')
        return { reason: 'empty' };
    if (/\s/u.test(value))
        return { reason: 'email contains whitespace inside the address' };
    const parts = value.split('@');
    if (parts.length !== 2 || !parts[0] || !parts[1])
        return { reason: 'not an email address (local@domain)' };
    return { local: parts[0], domain: parts[1] };
}
/** Gmail ignores dots and everything from '+' in the local part; the profiles that say so remove them. */
function gmailLocal(local) {
    return local.replace(/\+.*$/u, '').replace(/\./g, '');
}
/** True for a region libphonenumber-js knows (ISO 3166-1 alpha-2, any case). */
function isPhoneRegion(region) {
    return isSupportedCountry(region.toUpperCase());
}
function checkRegion(region) {
    const r = (region ?? DEFAULT_REGION).toUpperCase();
    if (!isSupportedCountry(r))
        throw new Error(`unknown phone region '${region}' (use an ISO 3166-1 alpha-2 code)`);
    return r;
}
/**
 * A phone number as libphonenumber-js reads it, or undefined. Order: (1) as written, with `region` for numbers without
 * +country, accepted when it is a possible number; (2) when no '+' was written and the digits are too many for the
 * region, the digits read as already carrying their country code (Google's formatter example 441134960987; Meta's
 * "include the country code"), leading zeros (an international prefix such as 00) dropped, accepted only when that
 * gives a valid number. A number too short for the region is never reread as another country's.
 *
 * Possible rather than valid in (1): the destinations check syntax only (UID2's operator: '+' and 10–15 digits;
 * Google's and Meta's formatters keep the digits), and libphonenumber's validity tables reject the fictitious numbers
 * of the published examples (+1 555 123 4567, 1-888-123-4567) and change between metadata releases, which would make
 * hashes depend on the library version. Possible = a known country code and a length that country uses.
 */
function parsePhone(value, options) {
    const region = checkRegion(options.region);
    const text = value.trim();
    if (text === '')
        return undefined;
    const asWritten = (0,parsePhoneNumber/* parsePhoneNumber */.l)(text, { defaultCountry: region });
    if (asWritten?.isPossible())
        return asWritten;
    if (text.startsWith('+') || validatePhoneNumberLength_validatePhoneNumberLength(text, region) !== 'TOO_LONG')
        return undefined;
    const digits = text.replace(/\D/g, '').replace(/^0+/, '');
    if (digits === '')
        return undefined;
    const withCountry = (0,parsePhoneNumber/* parsePhoneNumber */.l)(`+${digits}`);
    return withCountry?.isValid() ? withCountry : undefined;
}
/**
 * Why a number libphonenumber calls possible still cannot exist, or undefined. Only plan rules that never change are
 * checked (not libphonenumber's validity tables, see parsePhone): in the North American Numbering Plan (+1) an area code
 * starts with 2–9 (NANPA, "NPA format NXX"), so (012) 555-0123 or 123-456-7890 would otherwise become +10125550123 /
 * +11234567890, E.164 values no one has. The exchange (the next three digits) has the same NXX rule, but the vendors'
 * own published examples use exchange 123 (LiveRamp's and Meta's +1 (555) 123-4567), so it is not checked here.
 */
function impossibleReason(phone) {
    const national = String(phone.nationalNumber);
    if (phone.countryCallingCode === '1' && !/^[2-9]/.test(national))
        return `the North American area code ${national.slice(0, 3)} cannot exist (area codes start with 2–9)`;
    return undefined;
}
const NOT_A_PHONE = 'not a possible phone number (check the digits, or give --region / +country)';
// crypto.hash (Node ≥ 20.12 / 21.7) is a one-shot digest about 4× faster per short value than createHash.
const oneShot = typeof external_node_crypto_.hash === 'function'
    ? (algorithm, data, encoding) => external_node_crypto_.hash(algorithm, data, encoding)
    : undefined;
/** The raw digest of the UTF-8 bytes of `value`. */
function digestBytes(value, algorithm) {
    return oneShot
        ? oneShot(algorithm, value, 'buffer')
        : external_node_crypto_.createHash(algorithm).update(value, 'utf8').digest();
}
/** parsePhone, then the numbering-plan check: the number, or the one-line reason it cannot be used. */
function readPhone(value, options) {
    const phone = parsePhone(value, options);
    if (!phone)
        return { reason: NOT_A_PHONE };
    const impossible = impossibleReason(phone);
    return impossible ? { reason: impossible } : { phone };
}

;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/es6/getCountries.js

function getCountries(metadata) {
  return new es6_metadata/* default */.Ay(metadata).getCountries();
}
//# sourceMappingURL=getCountries.js.map
;// CONCATENATED MODULE: ./node_modules/libphonenumber-js/min/exports/getCountries.js



function getCountries_getCountries() {
	return (0,withMetadataArgument/* default */.A)(getCountries, arguments)
}
;// CONCATENATED MODULE: ./src/recipe/normalize/tables.ts
/**
 * Name → code lookups the profiles use, built here from facts rather than taken from anyone's code: country names
 * come from ICU's English region names (Intl.DisplayNames) for every region libphonenumber knows, plus a few common
 * aliases; US states, territories and Canadian provinces are the USPS and Canada Post codes. Keys are squashed:
 * accents stripped, lowercase a–z only. Lookups in the profiles are exact matches on the whole squashed value.
 */

/** Accents stripped, lowercase, letters a–z only: "Côte d’Ivoire" → "cotedivoire". */
function squashName(value) {
    return value
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^a-z]/g, '');
}
/** Names people write that ICU's English names do not cover. */
const COUNTRY_ALIASES = {
    usa: 'us',
    unitedstatesofamerica: 'us',
    america: 'us',
    uk: 'gb',
    greatbritain: 'gb',
    england: 'gb',
    scotland: 'gb',
    wales: 'gb',
    northernireland: 'gb',
    southkorea: 'kr',
    republicofkorea: 'kr',
    northkorea: 'kp',
    russianfederation: 'ru',
    czechrepublic: 'cz',
    turkey: 'tr',
    ivorycoast: 'ci',
    holland: 'nl',
    vietnam: 'vn',
    burma: 'mm',
    swaziland: 'sz',
    macedonia: 'mk',
    uae: 'ae'
};
function buildCountries() {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    const table = {};
    for (const code of getCountries_getCountries()) {
        const name = names.of(code);
        if (name && name !== code)
            table[squashName(name)] = code.toLowerCase();
    }
    return { ...table, ...COUNTRY_ALIASES };
}
/** Squashed English country name → ISO 3166-1 alpha-2 (lowercase). */
const COUNTRY_NAMES = buildCountries();
/** Every alpha-2 code the name table maps to: a 2-letter input must be one of these. */
const COUNTRY_CODES = new Set([
    ...getCountries_getCountries().map(c => c.toLowerCase()),
    ...Object.values(COUNTRY_ALIASES)
]);
/** US states, DC, the inhabited territories (USPS codes) and Canadian provinces and territories (Canada Post). */
const STATES = Object.fromEntries([
    ['Alabama', 'al'],
    ['Alaska', 'ak'],
    ['Arizona', 'az'],
    ['Arkansas', 'ar'],
    ['California', 'ca'],
    ['Colorado', 'co'],
    ['Connecticut', 'ct'],
    ['Delaware', 'de'],
    ['Florida', 'fl'],
    ['Georgia', 'ga'],
    ['Hawaii', 'hi'],
    ['Idaho', 'id'],
    ['Illinois', 'il'],
    ['Indiana', 'in'],
    ['Iowa', 'ia'],
    ['Kansas', 'ks'],
    ['Kentucky', 'ky'],
    ['Louisiana', 'la'],
    ['Maine', 'me'],
    ['Maryland', 'md'],
    ['Massachusetts', 'ma'],
    ['Michigan', 'mi'],
    ['Minnesota', 'mn'],
    ['Mississippi', 'ms'],
    ['Missouri', 'mo'],
    ['Montana', 'mt'],
    ['Nebraska', 'ne'],
    ['Nevada', 'nv'],
    ['New Hampshire', 'nh'],
    ['New Jersey', 'nj'],
    ['New Mexico', 'nm'],
    ['New York', 'ny'],
    ['North Carolina', 'nc'],
    ['North Dakota', 'nd'],
    ['Ohio', 'oh'],
    ['Oklahoma', 'ok'],
    ['Oregon', 'or'],
    ['Pennsylvania', 'pa'],
    ['Rhode Island', 'ri'],
    ['South Carolina', 'sc'],
    ['South Dakota', 'sd'],
    ['Tennessee', 'tn'],
    ['Texas', 'tx'],
    ['Utah', 'ut'],
    ['Vermont', 'vt'],
    ['Virginia', 'va'],
    ['Washington', 'wa'],
    ['West Virginia', 'wv'],
    ['Wisconsin', 'wi'],
    ['Wyoming', 'wy'],
    ['District of Columbia', 'dc'],
    ['Puerto Rico', 'pr'],
    ['Guam', 'gu'],
    ['US Virgin Islands', 'vi'],
    ['American Samoa', 'as'],
    ['Northern Mariana Islands', 'mp'],
    ['Alberta', 'ab'],
    ['British Columbia', 'bc'],
    ['Manitoba', 'mb'],
    ['New Brunswick', 'nb'],
    ['Newfoundland and Labrador', 'nl'],
    ['Nova Scotia', 'ns'],
    ['Ontario', 'on'],
    ['Prince Edward Island', 'pe'],
    ['Quebec', 'qc'],
    ['Saskatchewan', 'sk'],
    ['Northwest Territories', 'nt'],
    ['Nunavut', 'nu'],
    ['Yukon', 'yt']
].map(([name, code]) => [squashName(name), code]));
/** German and Nordic letters spelled out (ß → ss, ä → ae …) before accents are stripped, as transliteration does. */
const SPELLED_OUT = {
    ß: 'ss',
    ä: 'ae',
    ö: 'oe',
    ü: 'ue',
    ø: 'o',
    æ: 'ae'
};

;// CONCATENATED MODULE: ./src/recipe/normalize/entity-resolution.ts
/**
 * AWS Entity Resolution. The managed service's "Normalize data" option is not specified character by character in its
 * user guide; AWS publishes its rules as the normalization library of "Guidance for Customizing Normalization Library
 * for AWS Entity Resolution", which this profile follows step for step:
 * https://github.com/aws-solutions-library-samples/guidance-for-customizing-normalization-library-for-aws-entity-resolution
 * (src/main/resources/normalizeRules.json, src/main/java/com/amazon/util/Operations.java; vectors from
 * src/main/java/com/amazon/test/NormalizerTest.java).
 *  - name, first/last name: trim, lowercase, accents converted (å → aa, then NFD), keep a–z only.
 *  - email: trim, lowercase, accents converted, the part between '<' and '>' if any, whitespace removed, "(at)" → '@',
 *    then only [A-Za-z0-9_.@-] kept (so '+' goes: jane+news@x.com → janenews@x.com). No gmail rule.
 *  - phone: digits with the country code, no '+', no leading zeros (US: 1 + 10 digits).
 *  - city: trim, lowercase, accents converted, keep a–z and 0–9.
 *  - state: trim, lowercase, ß ä ö ü ø æ spelt out (ss ae oe ue o ae), accents converted, a–z 0–9 only, then state names
 *    mapped to codes (US, Canada, Germany, France, Italy, Spain).
 *  - postal_code: trim, lowercase, everything from the first '-' dropped, a–z 0–9 only.
 *  - country: trim, lowercase, accents converted, a–z 0–9 only, 21 country names mapped to codes; other names stay.
 * Deliberate differences from the library (its behaviour there is order-dependent or loses the country code):
 *  - the state map is applied to the whole value (the library replaces substrings in map order, so "westvirginia"
 *    can become "westva");
 *  - phones are parsed with libphonenumber-js (region for numbers without +country) and written as E.164 digits. The
 *    library strips non-digits first and then parses as US, so "+44 20 7946 0958" with country US would become
 *    "144…"; and for national-format numbers whose E.164 form keeps a leading 0 (Italy: 06 1234 5678) it drops the 0
 *    (39612345678 instead of 390612345678).
 * Hashing: Entity Resolution compares hashed values as they are given; SHA-256 hex is this profile's default.
 * The service's own ApplyNormalization is documented by one example only (AWS::EntityResolution::MatchingWorkflow
 * InputSource: a PHONE_NUMBER 1234567890 is written as (123)-456-7890): a display format, not a hash input, and a
 * number whose area code 123 cannot exist, which this profile refuses like every other profile.
 */


/** TRIM, LOWERCASE, CONVERT_ACCENT: the library replaces å by aa and decomposes (NFD); marks go with the next filter. */
function base(value) {
    return value.trim().toLowerCase().replace(/å/g, 'aa').normalize('NFD');
}
function erName(value) {
    return ok(base(value).replace(/[^a-z]/g, ''));
}
function erAlphanumeric(value) {
    return ok(base(value).replace(/[^a-z0-9]/g, ''));
}
function erEmail(value) {
    let email = base(value);
    const bracketed = /<([^>]*)>/.exec(email);
    if (bracketed)
        email = bracketed[1];
    email = email
        .replace(/\s+/g, '')
        .replace(/\(at\)/g, '@')
        .replace(/[^\w.@-]+/g, '');
    const parts = splitEmail(email);
    return 'reason' in parts ? fail(parts.reason) : ok(email);
}
function erPhone(value, options) {
    const read = readPhone(value, options);
    return 'reason' in read ? fail(read.reason) : ok(read.phone.number.slice(1));
}
function erState(value) {
    let s = value.trim().toLowerCase();
    for (const [from, to] of Object.entries(SPELLED_OUT))
        s = s.replaceAll(from, to);
    s = s
        .replace(/å/g, 'aa')
        .normalize('NFD')
        .replace(/[^a-z0-9]/g, '');
    return ok(STATES[s] ?? s);
}
function erPostalCode(value) {
    return ok(value
        .trim()
        .toLowerCase()
        .replace(/-.*$/su, '')
        .replace(/[^a-z0-9]/g, ''));
}
function erCountry(value) {
    const c = base(value).replace(/[^a-z0-9]/g, '');
    return ok(COUNTRY_NAMES[c] ?? c);
}
const sha256 = ['sha256'];
const entityResolution = {
    name: 'entity-resolution',
    title: 'AWS Entity Resolution (AWS normalization library)',
    encoding: 'hex',
    sources: [
        'https://github.com/aws-solutions-library-samples/guidance-for-customizing-normalization-library-for-aws-entity-resolution',
        'https://aws.amazon.com/solutions/guidance/customizing-normalization-library-for-aws-entity-resolution/'
    ],
    kinds: {
        email: {
            normalize: erEmail,
            hashes: sha256,
            rule: 'trim, lowercase, accents stripped, only a-z 0-9 _ . @ -'
        },
        phone: { normalize: erPhone, hashes: sha256, rule: 'digits with country code, no + (18881234567)' },
        first_name: { normalize: erName, hashes: sha256, rule: 'trim, lowercase, accents stripped, a-z only' },
        last_name: { normalize: erName, hashes: sha256, rule: 'trim, lowercase, accents stripped, a-z only' },
        name: { normalize: erName, hashes: sha256, rule: 'trim, lowercase, accents stripped, a-z only' },
        city: {
            normalize: erAlphanumeric,
            hashes: sha256,
            rule: 'trim, lowercase, accents stripped, a-z 0-9 only'
        },
        state: { normalize: erState, hashes: sha256, rule: 'as city, then state names mapped to codes' },
        postal_code: {
            normalize: erPostalCode,
            hashes: sha256,
            rule: 'lowercase, cut at the first -, a-z 0-9 only'
        },
        country: { normalize: erCountry, hashes: sha256, rule: 'as city, then country names mapped to codes' }
    }
};

;// CONCATENATED MODULE: ./src/recipe/normalize/google.ts
/**
 * Google (Customer Match, enhanced conversions, Data Manager API): SHA-256, hex or Base64 (both accepted).
 *
 * Rules: https://developers.google.com/data-manager/api/devguides/concepts/formatting
 *  - email_address: lowercase; trim leading, trailing AND intermediate whitespace; for gmail.com and googlemail.com
 *    only, remove every '.' before the '@' and a '+' with everything after it (cloudy.sanfrancisco+shopping@gmail.com →
 *    cloudysanfrancisco@gmail.com); other domains keep dots and plus signs (user.name+NYC@Example.com →
 *    user.name+nyc@example.com). The domain is kept: googlemail.com is NOT rewritten to gmail.com.
 *  - phone_number: E.164, '+' and the country code, only digits after it ((800)555-0100 → +18005550100).
 *  - given_name / family_name: lowercase, trimmed, without prefixes such as Mrs. / suffixes such as Jr.
 *  - region_code: ISO 3166-1 alpha-2; postal_code: trimmed; neither is hashed. City and state (administrative area) are
 *    sent unhashed as well ("Don't hash: country, state, city, zip code",
 *    https://developers.google.com/google-ads/api/docs/conversions/enhance-conversions).
 * Details (which prefixes and suffixes, uppercase region codes, lowercase city/state) follow Google's own formatter and
 * its tests: https://github.com/googleads/data-manager-node util/src/formatter.ts, util/test/formatter.test.ts.
 * Where the two disagree: the formatter refuses an email with whitespace inside, the page says to remove it (this
 * profile removes it); the API reference describes names "without punctuation" while the formatter keeps it
 * (quinn-alex): the formatter, which comes with test vectors, is followed.
 */

const GMAIL = new Set(['gmail.com', 'googlemail.com']);
function googleEmail(value) {
    const parts = splitEmail(lower(value).replace(/\s+/gu, ''));
    if ('reason' in parts)
        return fail(parts.reason);
    const local = GMAIL.has(parts.domain) ? gmailLocal(parts.local) : parts.local;
    if (local === '')
        return fail('nothing left of the local part after removing dots and +tag');
    return ok(`${local}@${parts.domain}`);
}
function googlePhone(value, options) {
    const read = readPhone(value, options);
    return 'reason' in read ? fail(read.reason) : ok(read.phone.number);
}
/**
 * Google's page says given names come "without prefixes such as Mrs.": a prefix is removed with or without its dot
 * (Mr. John and Dr Jane alike). Google's formatter removes it only when the dot is written (its test data has no
 * dotless prefix), which would hash "Dr Jane" as "dr jane"; the page's rule, applied consistently, is followed.
 */
const PREFIX = /^(?:mr|mrs|ms|dr)(?:\.\s*|\s+|\.?$)/u;
const SUFFIX_WORD = /^(?:jr\.?|sr\.?|2nd|3rd|ii|iii|iv|v|vi|cpa|dc|dds|vm|jd|md|phd)$/u;
const SPACE = /\s/u;
/**
 * Where `name.slice(0, end)` keeps after removing one trailing suffix and its separator (", " or whitespace), or -1.
 * Same result as matching /(?:,\s*|\s+)(?:jr\.?|…)\s?$/ (Google's formatter), found by walking back from the end:
 * that regex, tried at every start, is quadratic in a whitespace run (400k spaces took 52 s); this is linear.
 */
function suffixStart(name, end) {
    let e = end;
    if (e > 0 && SPACE.test(name[e - 1]))
        e--;
    let w = e;
    while (w > 0 && name[w - 1] !== ',' && !SPACE.test(name[w - 1]))
        w--;
    if (w === e || !SUFFIX_WORD.test(name.slice(w, e)))
        return -1;
    let k = w;
    while (k > 0 && SPACE.test(name[k - 1]))
        k--;
    if (k > 0 && name[k - 1] === ',')
        return k - 1;
    return k < w ? k : -1;
}
function googleGivenName(value) {
    const name = lower(value).trim();
    if (name === '')
        return fail('empty');
    const rest = name.replace(PREFIX, '').trim();
    return rest === '' ? fail('the name is only a prefix') : ok(rest);
}
function googleFamilyName(value) {
    let name = lower(value).trim();
    if (name === '')
        return fail('empty');
    let end = name.length;
    for (let start = suffixStart(name, end); start >= 0; start = suffixStart(name, end))
        end = start;
    name = name.slice(0, end);
    return name === '' ? fail('the name is only a suffix') : ok(name);
}
function googleRegionCode(value) {
    const code = value.trim().toUpperCase();
    return /^[A-Z]{2}$/.test(code)
        ? ok(code)
        : fail(`'${value.trim()}' is not a 2-letter ISO 3166-1 region code`);
}
function googleTrimmed(value) {
    return ok(value.normalize('NFC').trim());
}
function googleLowerTrimmed(value) {
    return ok(lower(value).trim());
}
const google_sha256 = ['sha256'];
const google = {
    name: 'google',
    title: 'Google Customer Match / enhanced conversions / Data Manager API',
    encoding: 'hex',
    sources: [
        'https://developers.google.com/data-manager/api/devguides/concepts/formatting',
        'https://developers.google.com/google-ads/api/docs/conversions/enhance-conversions',
        'https://github.com/googleads/data-manager-node/blob/main/util/test/formatter.test.ts'
    ],
    kinds: {
        email: {
            normalize: googleEmail,
            hashes: google_sha256,
            rule: 'lowercase, no whitespace; gmail.com/googlemail.com: remove dots and +tag'
        },
        phone: { normalize: googlePhone, hashes: google_sha256, rule: 'E.164 with + (+18005550100)' },
        first_name: {
            normalize: googleGivenName,
            hashes: google_sha256,
            rule: 'lowercase, trimmed, no Mr/Mrs/Ms/Dr prefix (dot or not)'
        },
        last_name: {
            normalize: googleFamilyName,
            hashes: google_sha256,
            rule: 'lowercase, trimmed, no Jr./Sr./II/… suffix'
        },
        city: { normalize: googleLowerTrimmed, hashes: [], rule: 'lowercase, trimmed; sent unhashed' },
        state: { normalize: googleLowerTrimmed, hashes: [], rule: 'lowercase, trimmed; sent unhashed' },
        postal_code: { normalize: googleTrimmed, hashes: [], rule: 'trimmed; sent unhashed' },
        country: { normalize: googleRegionCode, hashes: [], rule: 'ISO 3166-1 alpha-2, uppercase; sent unhashed' }
    }
};

;// CONCATENATED MODULE: ./src/recipe/normalize/liveramp.ts
/**
 * LiveRamp (Connect / Safe Haven file onboarding). Hashed identifiers it accepts: email (SHA-256, MD5 or SHA-1; it
 * recommends sending all three, each in its own column) and phone (SHA-1 only; EU files cannot contain hashed phones).
 * "LiveRamp cannot accept hashed name and postal address data", so this profile defines no name or address kinds.
 *
 * Rules: https://docs.liveramp.com/connect/en/hashing-identifiers.html
 *  - email: convert all characters to lowercase, remove all whitespace, UTF-8 ("MyName@liveramp.com " →
 *    myname@liveramp.com). No gmail rule.
 *  - phone: remove all country extensions, parentheses and hyphens ("+1 (555) 123-4567" → 5551234567): the national
 *    number, digits only, without the country code.
 * Hashes are lowercase hex; the page only forbids a "0x" prefix.
 * Unclear: the page shows only US numbers. For other countries this profile writes libphonenumber's national number
 * (without the trunk prefix 0: UK 020 7946 0958 → 2079460958); LiveRamp does not say whether it expects the 0.
 */

function liverampEmail(value) {
    const email = lower(value).replace(/\s+/gu, '');
    const parts = splitEmail(email);
    return 'reason' in parts ? fail(parts.reason) : ok(email);
}
function liverampPhone(value, options) {
    const read = readPhone(value, options);
    return 'reason' in read ? fail(read.reason) : ok(String(read.phone.nationalNumber));
}
const liveramp = {
    name: 'liveramp',
    title: 'LiveRamp',
    encoding: 'hex',
    sources: [
        'https://docs.liveramp.com/connect/en/hashing-identifiers.html',
        'https://docs.liveramp.com/connect/en/formatting-identifiers.html'
    ],
    kinds: {
        email: {
            normalize: liverampEmail,
            hashes: ['sha256', 'md5', 'sha1'],
            rule: 'lowercase, all whitespace removed; SHA-256, MD5 and SHA-1'
        },
        phone: {
            normalize: liverampPhone,
            hashes: ['sha1'],
            rule: 'national number, digits only, no country code (5551234567); SHA-1 only'
        }
    }
};

;// CONCATENATED MODULE: ./src/recipe/normalize/meta.ts
/**
 * Meta (Conversions API / Custom Audiences): every customer-information field is SHA-256, lowercase hex.
 *
 * Rules: https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters
 *  - em: trim leading and trailing spaces, lowercase. No gmail rule.
 *  - ph: remove symbols, letters and leading zeros; must include the country code ("the number 1 must precede a phone
 *    number in the United States"): E.164 digits without '+'. Letters are removed, not read as keypad digits (metaPhone).
 *  - fn / ln: "Lowercase only with no punctuation. If using special characters, the text must be encoded in UTF-8":
 *    accents and non-Latin letters are kept (the page's own examples: Valéry → valéry, 정 → 정), NFC so a decomposed é
 *    hashes like a composed one. Whitespace is removed as Meta's own parameter builder does ("John Smith" → johnsmith,
 *    https://github.com/facebook/capi-param-builder php/capi-param-builder/tests/PIIUtilsTest.php).
 *  - ge: "an initial in lowercase": f or m.
 *  - db: YYYYMMDD, year 1900 to the current year.
 *  - ct: lowercase, no punctuation, no special characters, no spaces (newyork); no digits (Meta's SDK test).
 *  - st: the 2-character ANSI code in lowercase for US states; other states lowercase without punctuation, special
 *    characters or spaces.
 *  - zp: lowercase, no spaces, cut at the first dash (Meta's SDK); US ZIP codes: first 5 digits only (UK: m11ae).
 *  - country: ISO 3166-1 alpha-2, lowercase.
 * Unclear on the page (choices made here): for ct and st "no special characters" sits next to "if using special
 * characters, encode in UTF-8"; this profile keeps letters and digits of any script and drops everything else (Meta's
 * parameter builder drops every non-ASCII letter there, so Zürich would become zrich). Which characters count as
 * punctuation is not listed; Unicode punctuation plus the ASCII symbols Meta's builder strips ($+<=>^`|~) are removed.
 */


function metaEmail(value) {
    const email = lower(value).trim();
    const parts = splitEmail(email);
    return 'reason' in parts ? fail(parts.reason) : ok(email);
}
/** An extension at the end ("ext. 12", "x12", "#12"): not part of the number (libphonenumber drops it too). */
const EXTENSION = /\s*(?:ext(?:ension)?\.?|x|#)\s*\d+\s*$/iu;
/**
 * The page: "Remove symbols, letters, and any leading zeros". Letters are dropped, never read as keypad digits, so
 * `650A555B1212` and `ph 0044 20 7946 0958` keep their digits, while a vanity number (1-800-FLOWERS) keeps too few and
 * is refused with that reason. Choice where the page is silent: a trailing extension is dropped first, since removing
 * only its letters would glue its digits onto the number (Meta's SDK does: 650-555-1212 x12 → 650555121212).
 */
function metaPhone(value, options) {
    const number = value.replace(EXTENSION, '');
    const letters = /\p{L}/u.test(number);
    const read = readPhone(letters ? number.replace(/\p{L}/gu, ' ') : number, options);
    if ('reason' in read)
        return fail(letters
            ? `${read.reason}; Meta removes the letters of a phone number, so a number spelled with letters (1-800-FLOWERS) must be written in digits`
            : read.reason);
    return ok(read.phone.number.slice(1));
}
function metaName(value) {
    return ok(lower(value).replace(/[\p{P}$+<=>^`|~\s]/gu, ''));
}
/** Letters, marks and digits of any script, lowercase; everything else (spaces, punctuation, symbols) removed. */
function squash(value) {
    return lower(value).replace(/[^\p{L}\p{M}\p{N}]/gu, '');
}
/**
 * Letters only: Meta's SDK removes digits with the punctuation and spaces (its test: Seattle-98121 → seattle,
 * facebook/facebook-php-business-sdk test/FacebookAdsTest/Object/ServerSide/ServerSideNormalizeTest.php).
 */
function metaCity(value) {
    return ok(lower(value).replace(/[^\p{L}\p{M}]/gu, ''));
}
function metaState(value) {
    const s = squash(value);
    return ok(STATES[s] ?? s);
}
/**
 * As Meta's SDK (Normalizer::normalizeZipCode and its tests): lowercase, spaces removed, only the part before the first
 * '-' kept (98121-4892 → 98121, 98-121-4892 → 98, NR9 5AL → nr95al); then a 9-digit US ZIP+4 written without the dash
 * keeps its first 5 digits (the page: "US zip codes, use only the first 5 digits").
 */
function metaPostalCode(value) {
    const z = lower(value).replace(/\s/gu, '').split('-')[0];
    return ok(/^\d{9}$/.test(z) ? z.slice(0, 5) : z);
}
function metaCountry(value) {
    const c = stripAccents(value.toLowerCase()).replace(/[^a-z]/g, '');
    if (c.length === 2)
        return COUNTRY_CODES.has(c) ? ok(c) : fail(`'${value.trim()}' is not an ISO 3166-1 country code`);
    const code = COUNTRY_NAMES[c];
    return code ? ok(code) : fail(`unknown country '${value.trim()}' (give its ISO 3166-1 alpha-2 code)`);
}
function metaGender(value) {
    const g = lower(value).trim();
    if (g === 'f' || g === 'female' || g === 'woman')
        return ok('f');
    if (g === 'm' || g === 'male' || g === 'man')
        return ok('m');
    return g === '' ? fail('empty') : fail(`gender '${value.trim()}' is not f or m`);
}
/**
 * YYYYMMDD from the orders Meta's parameter builder accepts (DOBUtils.php): a year of four digits first (1997-02-16,
 * 1997/2/16) or last, month before day unless the first number is over 12 (2/16/1997 and 16/2/1997 both → 19970216;
 * 05/07/1990 is read as May 7), or 8 digits already in YYYYMMDD order. The date must exist and its year be in
 * 1900..this year (the page's range). Day-first dates with a day ≤ 12 cannot be told apart: normalize them upstream.
 */
function metaDateOfBirth(value) {
    const groups = value
        .trim()
        .split(/\D+/)
        .filter(g => g !== '');
    let y, m, d;
    if (groups.length === 1 && groups[0].length === 8) {
        const g = groups[0];
        [y, m, d] = [Number(g.slice(0, 4)), Number(g.slice(4, 6)), Number(g.slice(6, 8))];
    }
    else if (groups.length === 3) {
        const [a, b, c] = groups.map(Number);
        if (groups[0].length === 4)
            [y, m, d] = b > 12 ? [a, c, b] : [a, b, c];
        else if (groups[2].length === 4)
            [y, m, d] = a > 12 ? [c, b, a] : [c, a, b];
        else
            return fail('not a date of birth with a 4-digit year (use YYYY-MM-DD)');
    }
    else
        return fail('not a date of birth (use YYYY-MM-DD)');
    const thisYear = new Date().getUTCFullYear();
    if (y < 1900 || y > thisYear)
        return fail(`year ${y} is outside 1900..${thisYear}`);
    const date = new Date(Date.UTC(y, m - 1, d));
    if (m < 1 || m > 12 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
        return fail('not a calendar date');
    return ok(`${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`);
}
const meta_sha256 = ['sha256'];
const meta = {
    name: 'meta',
    title: 'Meta Conversions API / Custom Audiences',
    encoding: 'hex',
    sources: [
        'https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters',
        'https://github.com/facebook/capi-param-builder',
        'https://github.com/facebook/facebook-php-business-sdk/blob/main/src/FacebookAds/Object/ServerSide/Normalizer.php'
    ],
    kinds: {
        email: { normalize: metaEmail, hashes: meta_sha256, rule: 'trim, lowercase (no gmail rule)' },
        phone: { normalize: metaPhone, hashes: meta_sha256, rule: 'digits with country code, no + (16505551212)' },
        first_name: {
            normalize: metaName,
            hashes: meta_sha256,
            rule: 'lowercase, no punctuation or spaces, UTF-8 kept'
        },
        last_name: {
            normalize: metaName,
            hashes: meta_sha256,
            rule: 'lowercase, no punctuation or spaces, UTF-8 kept'
        },
        gender: { normalize: metaGender, hashes: meta_sha256, rule: 'f or m' },
        date_of_birth: { normalize: metaDateOfBirth, hashes: meta_sha256, rule: 'YYYYMMDD' },
        city: { normalize: metaCity, hashes: meta_sha256, rule: 'lowercase, letters only (newyork)' },
        state: {
            normalize: metaState,
            hashes: meta_sha256,
            rule: 'US/CA: 2-letter code; else lowercase letters/digits'
        },
        postal_code: {
            normalize: metaPostalCode,
            hashes: meta_sha256,
            rule: 'lowercase, no spaces, cut at the first dash; US: 5 digits'
        },
        country: { normalize: metaCountry, hashes: meta_sha256, rule: 'ISO 3166-1 alpha-2, lowercase (names mapped)' }
    }
};

;// CONCATENATED MODULE: ./src/recipe/normalize/uid2.ts
/**
 * UID2 (Unified ID 2.0): email and phone, SHA-256, Base64 of the raw digest (not of the hex string).
 *
 * Rules: https://unifiedid.com/docs/getting-started/gs-normalization-encoding
 *  - email: remove leading and trailing spaces, lowercase; in gmail.com addresses only, remove every '.' and a '+' with
 *    everything after it in the local part. googlemail.com is NOT special-cased (UID2 names gmail.com only).
 *  - phone: E.164, '+' country code subscriber number, no spaces or punctuation, at most 15 digits; UID2's operator
 *    (IABTechLab/uid2-operator InputUtil.isPhoneNumberNormalized) and its JS SDK (uid2-web-integrations
 *    isNormalizedPhone, /^\+[0-9]{10,15}$/) also refuse fewer than 10 digits, so this profile does too.
 * Edge cases follow UID2's own SDK tests (uid2-web-integrations src/shared/unitTests/diiNormalization.test.ts): an address
 * with whitespace inside is refused (the Java operator would keep it: the SDK's stricter reading is used); non-ASCII
 * characters are kept; uppercase is lowered with full Unicode lowercasing as the JS SDK does (the Java operator lowers
 * ASCII A–Z only: the two differ only for non-ASCII capitals).
 */

function uid2Email(value) {
    const parts = splitEmail(lower(value).trim());
    if ('reason' in parts)
        return fail(parts.reason);
    const local = parts.domain === 'gmail.com' ? gmailLocal(parts.local) : parts.local;
    if (local === '')
        return fail('nothing left of the gmail.com local part after removing dots and +tag');
    return ok(`${local}@${parts.domain}`);
}
function uid2Phone(value, options) {
    const read = readPhone(value, options);
    if ('reason' in read)
        return fail(read.reason);
    const { phone } = read;
    const digits = phone.number.length - 1;
    if (digits < 10 || digits > 15)
        return fail(`UID2 accepts 10 to 15 digits after '+', this number has ${digits}`);
    return ok(phone.number);
}
const uid2 = {
    name: 'uid2',
    title: 'Unified ID 2.0',
    encoding: 'base64',
    sources: [
        'https://unifiedid.com/docs/getting-started/gs-normalization-encoding',
        'https://github.com/IABTechLab/uid2-web-integrations/blob/main/src/shared/unitTests/diiNormalization.test.ts'
    ],
    kinds: {
        email: {
            normalize: uid2Email,
            hashes: ['sha256'],
            rule: 'trim, lowercase; gmail.com only: remove dots and +tag from the local part'
        },
        phone: { normalize: uid2Phone, hashes: ['sha256'], rule: 'E.164 with + (10–15 digits)' }
    }
};

;// CONCATENATED MODULE: ./src/recipe/normalize/index.ts
/**
 * Normalization profiles for matching across partners. Each destination publishes its own rules for how an email,
 * phone or name must look before it is hashed, and a value normalized the wrong way never matches: one profile per
 * destination, one module per profile (rules, sources and their doubts are written there), the vectors each publishes
 * in __tests__/recipe/normalize. Values that cannot be normalized give `normalized: null` with the reason.
 */







const PROFILES = {
    uid2: uid2,
    meta: meta,
    google: google,
    'entity-resolution': entityResolution,
    liveramp: liveramp
};
const PROFILE_NAMES = Object.keys(PROFILES);
function isProfile(name) {
    return Object.hasOwn(PROFILES, name);
}
function isKind(name) {
    return KINDS.includes(name);
}
/** The kinds a profile defines, in KINDS order. */
function profileKinds(profile) {
    const kinds = PROFILES[profile].kinds;
    return KINDS.filter(k => kinds[k] !== undefined);
}
/** The rule of one (profile, kind); throws, naming the valid choices, when the profile or the kind is unknown. */
function kindSpec(profile, kind) {
    if (!isProfile(profile))
        throw new Error(`unknown profile '${profile}' (use ${PROFILE_NAMES.join(', ')})`);
    const spec = isKind(kind) ? PROFILES[profile].kinds[kind] : undefined;
    if (!spec)
        throw new Error(`profile ${profile} has no kind '${kind}' (it defines ${profileKinds(profile).join(', ')})`);
    return spec;
}
/**
 * Invisible format characters: soft hyphen, zero-width space, left-to-right/right-to-left marks and embeddings, word
 * joiner and invisible operators, and the byte-order mark. They come with copy-paste from web forms and spreadsheets,
 * no export tool shows them, no email, phone or name contains them on purpose, and one is enough to make a hash
 * differ. ZWJ and ZWNJ (U+200C/U+200D) are not here: they change how Persian, Indic and emoji text is written.
 */
const INVISIBLE = /[\u00AD\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** In an email every format character is noise, the joiners too (an address is ASCII under every profile's rules). */
const INVISIBLE_IN_EMAIL = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/**
 * Unicode handling before a profile's own rules, where no destination publishes one (README: "Unicode before the
 * rules"). Invisible format characters go from every value. Emails are also folded with NFKC, so fullwidth forms typed
 * by CJK input methods (ＪＡＮＥ@example.com) become the ASCII address they stand for. Other kinds keep their
 * profile's form (Meta: UTF-8 in NFC): NFKC would also rewrite ligatures and superscripts a partner following the
 * published rule keeps. Entity Resolution follows its own library (NFD, then a–z only) and is not folded.
 */
function prepare(profile, kind, value) {
    if (kind !== 'email')
        return value.replace(INVISIBLE, '');
    const stripped = value.replace(INVISIBLE_IN_EMAIL, '');
    return profile === 'entity-resolution' ? stripped : stripped.normalize('NFKC');
}
/**
 * `value` normalized as `profile`'s destination requires for `kind`. A missing value (null, undefined, empty or blank)
 * gives `normalized: null` like any other value that cannot be normalized; an unknown profile, kind or phone region
 * throws (a configuration error, not a data error).
 */
function normalize(profile, kind, value, options = {}) {
    const spec = kindSpec(profile, kind);
    const prepared = value === null || value === undefined ? '' : prepare(profile, kind, value);
    if (prepared.trim() === '')
        return { normalized: null, reason: 'empty' };
    return spec.normalize(prepared, options);
}
/** SHA-256 of the UTF-8 bytes, as lowercase hex and as Base64 of the raw digest (UID2's form), from one digest. */
function hashValue(normalized) {
    const d = digestBytes(normalized, 'sha256');
    return { sha256_hex: d.toString('hex'), sha256_base64: d.toString('base64') };
}
/** One digest of the UTF-8 bytes in the given encoding (LiveRamp also takes MD5 and SHA-1, as lowercase hex). */
function digest(value, algorithm, encoding = 'hex') {
    return digestBytes(value, algorithm).toString(encoding);
}

// EXTERNAL MODULE: ./src/commands/command.ts
var command = __webpack_require__(3155);
;// CONCATENATED MODULE: ./src/commands/normalize.ts
/** `cleanrooms-connect normalize`: a value as a partner's normalization rules make it, and its hashes. */





function profileList() {
    return PROFILE_NAMES.map(name => {
        const p = PROFILES[name];
        const kinds = profileKinds(name).map(k => `      ${k.padEnd(14)} ${kindSpec(name, k).rule}`);
        return [`  ${name} — ${p.title}; SHA-256 ${p.encoding}`, ...kinds].join('\n');
    }).join('\n');
}
const HELP = `Usage: cleanrooms-connect normalize --profile P --kind K [--region CC] [--strict] [VALUE…]

Normalizes each VALUE as the profile's destination requires before hashing, and prints one JSON object per value:
  {"input","normalized","sha256_hex","sha256_base64"}
plus "md5_hex"/"sha1_hex" where the destination takes those (liveramp), and "send_unhashed": true where it wants the
value in plain text (google city, state, postal_code, country). A value that cannot be normalized prints
{"input","normalized":null,"error"} and does not stop the others. Without VALUEs, reads one value per line from stdin
(every line, blank ones included, gets its own output line).

Flags:
  --profile P      one of ${PROFILE_NAMES.join(', ')} (required)
  --kind K         a kind the profile defines (required; see below)
  --region CC      ISO 3166-1 alpha-2 region for phone numbers written without +country (default ${DEFAULT_REGION})
  --strict         exit 1 when any value could not be normalized (default: exit 0, errors only in the output)

Exit codes: 0 done (values that failed carry "error"), 1 with --strict when a value failed, 2 unknown profile, kind or
region.

Profiles and kinds:
${profileList()}

Example:
  cleanrooms-connect normalize --profile uid2 --kind email ' Jane.Saoirse+Work@gmail.com'`;
function lines(stdin) {
    const input = stdin instanceof external_node_stream_.Readable ? stdin : external_node_stream_.Readable.from(stdin);
    return (0,external_node_readline_.createInterface)({ input, crlfDelay: Infinity });
}
function output(input, profile, kind, spec, region) {
    const r = normalize(profile, kind, input, { region });
    if (r.normalized === null)
        return { line: JSON.stringify({ input, normalized: null, error: r.reason }), ok: false };
    const out = { input, normalized: r.normalized, ...hashValue(r.normalized) };
    for (const algorithm of spec.hashes)
        if (algorithm !== 'sha256')
            out[`${algorithm}_hex`] = digest(r.normalized, algorithm);
    if (spec.hashes.length === 0)
        out.send_unhashed = true;
    return { line: JSON.stringify(out), ok: true };
}
/** The command with its input injectable (tests pass a stream; the CLI reads process.stdin). */
async function runNormalize(args, io, stdin = process.stdin) {
    const parsed = (0,command/* parseFlags */.b)('normalize', args, {
        profile: { type: 'string' },
        kind: { type: 'string' },
        region: { type: 'string' },
        strict: { type: 'boolean' }
    }, true);
    if (!parsed) {
        io.stdout(HELP + '\n');
        return 0;
    }
    const v = parsed.values;
    const profile = v.profile;
    const kind = v.kind;
    const region = v.region;
    if (!profile)
        throw new errors/* UsageError */.eb(`normalize: --profile is required (one of ${PROFILE_NAMES.join(', ')})`);
    if (!isProfile(profile))
        throw new errors/* UsageError */.eb(`normalize: unknown profile '${profile}': use one of ${PROFILE_NAMES.join(', ')}`);
    const kinds = profileKinds(profile);
    if (!kind)
        throw new errors/* UsageError */.eb(`normalize: --kind is required (profile ${profile}: ${kinds.join(', ')})`);
    if (!kinds.includes(kind))
        throw new errors/* UsageError */.eb(`normalize: profile ${profile} has no kind '${kind}': use one of ${kinds.join(', ')}`);
    const spec = kindSpec(profile, kind);
    if (region !== undefined && !isPhoneRegion(region))
        throw new errors/* UsageError */.eb(`normalize: --region '${region}' is not a region code (ISO 3166-1 alpha-2, e.g. US, GB, DE)`);
    let failed = 0;
    const emit = (input) => {
        const { line, ok } = output(input, profile, kind, spec, region);
        if (!ok)
            failed++;
        io.stdout(line + '\n');
    };
    if (parsed.positionals.length > 0)
        parsed.positionals.forEach(emit);
    else
        for await (const input of lines(stdin))
            emit(input);
    return v.strict && failed > 0 ? 1 : 0;
}
const normalizeCommand = {
    name: 'normalize',
    help: HELP,
    run: (args, io) => runNormalize(args, io)
};


/***/ })

};
