export const id = 189;
export const ids = [189];
export const modules = {

/***/ 9924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ BATCH_ROWS),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   Pg: () => (/* binding */ newRow)
/* harmony export */ });
/** The shapes every reader and writer shares. Pure. */
function newRow() {
    return Object.create(null);
}
/** The value of `name` in `row`, or null when the row has no such own column (never an inherited member). */
function cell(row, name) {
    return Object.hasOwn(row, name) ? (row[name] ?? null) : null;
}
const BATCH_ROWS = 4096;


/***/ }),

/***/ 2438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ SUPPORTED_CONDITIONS),
/* harmony export */   a: () => (/* binding */ compileConditions)
/* harmony export */ });
/* harmony import */ var _pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8508);
/* harmony import */ var _ops_date_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5617);
/**
 * ConditionExpressions: every condition of a step must hold (AND) for the row, evaluated before the action.
 * Values compare as numbers when both sides are numeric, else as text. Unknown condition names are reported by the
 * engine as "cannot run", never ignored.
 */


const missing = (v) => v === null || v === undefined || v === '';
function num(v) {
    if (missing(v))
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
}
function compare(a, b) {
    const x = num(a);
    const y = num(b);
    if (x !== undefined && y !== undefined)
        return x - y;
    if (missing(a))
        return undefined;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Values given as a JSON list ("[\"a\",\"b\"]") or a single value. */
function values(value) {
    if (value === undefined)
        return [];
    try {
        const parsed = JSON.parse(value);
        if (Array.isArray(parsed))
            return parsed.map(String);
    }
    catch {
        // a plain value
    }
    return [value];
}
/**
 * IS_INVALID: a present value that is not of its column's type at this step (DataBrew's "invalid" values). Text is
 * never invalid; numbers, booleans and dates as CHANGE_DATA_TYPE writes them. Assumption: locally a CSV column is
 * text until a CHANGE_DATA_TYPE step types it, where DataBrew infers types from the data, so on untyped columns
 * IS_INVALID selects nothing here.
 */
const VALID = {
    string: () => true,
    integer: v => /^\s*[+-]?\d+\s*$/.test(v),
    double: v => v.trim() !== '' && Number.isFinite(Number(v)),
    boolean: v => /^(true|false)$/i.test(v.trim()),
    date: v => (0,_ops_date_format_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(v) !== undefined,
    timestamp: v => (0,_ops_date_format_js__WEBPACK_IMPORTED_MODULE_1__/* .parseDate */ ._U)(v) !== undefined
};
const CONDITIONS = {
    IS_MISSING: c => r => missing(r[c]),
    IS_NOT_MISSING: c => r => !missing(r[c]),
    IS: (c, v) => {
        const set = new Set(values(v));
        return r => !missing(r[c]) && set.has(r[c]);
    },
    IS_NOT: (c, v) => {
        const set = new Set(values(v));
        return r => missing(r[c]) || !set.has(r[c]);
    },
    EQUALS: (c, v) => r => compare(r[c], v ?? '') === 0,
    NOT_EQUALS: (c, v) => r => compare(r[c], v ?? '') !== 0,
    LESS_THAN: (c, v) => r => (compare(r[c], v ?? '') ?? 0) < 0 && !missing(r[c]),
    LESS_THAN_EQUAL: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? 1) <= 0,
    GREATER_THAN: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? 0) > 0,
    GREATER_THAN_EQUAL: (c, v) => r => !missing(r[c]) && (compare(r[c], v ?? '') ?? -1) >= 0,
    CONTAINS: (c, v) => r => !missing(r[c]) && r[c].includes(v ?? ''),
    NOT_CONTAINS: (c, v) => r => missing(r[c]) || !r[c].includes(v ?? ''),
    STARTS_WITH: (c, v) => r => !missing(r[c]) && r[c].startsWith(v ?? ''),
    NOT_STARTS_WITH: (c, v) => r => missing(r[c]) || !r[c].startsWith(v ?? ''),
    ENDS_WITH: (c, v) => r => !missing(r[c]) && r[c].endsWith(v ?? ''),
    NOT_ENDS_WITH: (c, v) => r => missing(r[c]) || !r[c].endsWith(v ?? ''),
    IS_BETWEEN: (c, v) => {
        const [lo, hi] = values(v);
        return r => {
            const a = lo === undefined ? undefined : compare(r[c], lo);
            const b = hi === undefined ? undefined : compare(r[c], hi);
            return a !== undefined && b !== undefined && a >= 0 && b <= 0;
        };
    },
    IS_INVALID: (c, _v, type) => {
        const valid = VALID[type];
        return r => !missing(r[c]) && !valid(r[c]);
    },
    // The value is a Java regular expression (DataBrew); found anywhere in the cell, as before (assumed: the condition
    // reference does not say whether it must match the whole value).
    MATCHES: (c, v) => {
        const re = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .Eb)(v ?? '', 'MATCHES condition pattern');
        return r => !missing(r[c]) && re.test(r[c]);
    },
    NOT_MATCHES: (c, v) => {
        const re = (0,_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .Eb)(v ?? '', 'NOT_MATCHES condition pattern');
        return r => missing(r[c]) || !re.test(r[c]);
    }
};
const SUPPORTED_CONDITIONS = Object.keys(CONDITIONS);
/** The AND of the step's conditions; throws naming the first condition that cannot be evaluated here. */
function compileConditions(conditions, columns = []) {
    if (conditions.length === 0)
        return undefined;
    const predicates = conditions.map(c => {
        const factory = CONDITIONS[c.condition];
        if (!factory)
            throw new Error(`condition ${c.condition} cannot be evaluated locally`);
        return factory(c.targetColumn, c.value, columns.find(col => col.name === c.targetColumn)?.type ?? 'string');
    });
    return predicates.length === 1 ? predicates[0] : row => predicates.every(p => p(row));
}


/***/ }),

/***/ 2130:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ decodeHashKey),
/* harmony export */   xX: () => (/* binding */ hashKeyProblem)
/* harmony export */ });
/* unused harmony exports MIN_HASH_KEY_BYTES, MAKE_A_KEY */
/**
 * The HMAC key of CRYPTOGRAPHIC_HASH, checked wherever it enters (engine, CLI flags, local mode). `Buffer.from(text,
 * 'base64')` never fails: `!!!!` decodes to zero bytes, and every PII column would then be "hashed" with an empty
 * key, which anyone can recompute. So the text must be strict Base64 and the key at least 32 bytes (the HMAC-SHA256
 * output size, the strength NIST SP 800-107 asks of an HMAC key; DataBrew creates its own secrets with 32 random
 * bytes too).
 */
const MIN_HASH_KEY_BYTES = 32;
const MAKE_A_KEY = 'make one with: openssl rand -base64 32';
/** Standard Base64 (RFC 4648 §4), padded or not; no whitespace, no URL-safe letters. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;
/** Why `key` cannot be an HMAC key, or undefined when it can. `source` names where it came from. */
function hashKeyProblem(key, source) {
    if (key.length === 0)
        return `the HMAC key from ${source} is empty: ${MAKE_A_KEY}`;
    if (key.length < MIN_HASH_KEY_BYTES)
        return `the HMAC key from ${source} is ${key.length} bytes, fewer than ${MIN_HASH_KEY_BYTES}: ${MAKE_A_KEY}`;
    return undefined;
}
/**
 * The key bytes of a key's text: Base64-decoded (as DataBrew reads its secret) or the text's UTF-8 bytes. Throws an
 * Error with one line naming `source` and how to make a key.
 */
function decodeHashKey(text, encoding, source) {
    if (text.trim() === '')
        throw new Error(`the HMAC key from ${source} is empty: ${MAKE_A_KEY}`);
    if (encoding === 'base64' && !BASE64.test(text))
        throw new Error(`the HMAC key from ${source} is not valid Base64 (only A-Z a-z 0-9 + / and = padding, on one line): ${MAKE_A_KEY}, or pass --hash-key-encoding utf8 for a text key`);
    const key = Buffer.from(text, encoding);
    const problem = hashKeyProblem(key, source);
    if (problem)
        throw new Error(problem);
    return key;
}


/***/ }),

/***/ 8600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xb: () => (/* binding */ OPERATIONS),
  YR: () => (/* binding */ SUPPORTED_OPERATIONS),
  zg: () => (/* reexport */ StepError),
  D9: () => (/* reexport */ UnsupportedOperation)
});

// UNUSED EXPORTS: inPlace, param, sourceColumns

// EXTERNAL MODULE: ./src/recipe/ops/case-operation-parser.ts
var case_operation_parser = __webpack_require__(557);
// EXTERNAL MODULE: ./src/recipe/model.ts
var model = __webpack_require__(5499);
;// CONCATENATED MODULE: ./src/recipe/ops/common.ts

class StepError extends Error {
    step;
    constructor(step, message) {
        super(message);
        this.step = step;
    }
}
/** The operation is valid DataBrew but this engine cannot run it (reported, never skipped). */
class UnsupportedOperation extends StepError {
}
const missing = (v) => v === null || v === undefined || v === '';
function param(step, name) {
    const v = step.parameters[name];
    if (v === undefined)
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    return v;
}
function flag(step, name) {
    return (step.parameters[name] ?? 'false').toLowerCase() === 'true';
}
function list(step, name) {
    const raw = step.parameters[name];
    if (raw === undefined)
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    const items = (0,model/* listParameter */.MH)(raw);
    if (!items)
        throw new StepError(step, `${step.operation} parameter ${name} must be a JSON list of strings`);
    return items;
}
function requireColumn(step, columns, name) {
    if (!columns.some(c => c.name === name)) {
        throw new StepError(step, `column '${name}' does not exist at this step (columns: ${columns.map(c => c.name).join(', ')})`);
    }
}
function requireNew(step, columns, name) {
    if (columns.some(c => c.name === name))
        throw new StepError(step, `column '${name}' already exists`);
}
/** An in-place text transform of one or more columns. */
function inPlace(columns, targets, f) {
    return {
        columns,
        apply: row => {
            for (const t of targets) {
                const v = row[t];
                if (v !== null && v !== undefined)
                    row[t] = f(v);
            }
            return row;
        }
    };
}
function sourceColumns(step, columns) {
    const names = step.parameters.sourceColumns !== undefined ? list(step, 'sourceColumns') : [param(step, 'sourceColumn')];
    for (const n of names)
        requireColumn(step, columns, n);
    return names;
}
function insertAfter(columns, after, added) {
    const i = columns.findIndex(c => c.name === after);
    return [...columns.slice(0, i + 1), ...added, ...columns.slice(i + 1)];
}
function intParam(step, name, fallback) {
    const raw = step.parameters[name];
    if (raw === undefined) {
        if (fallback !== undefined)
            return fallback;
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    }
    const n = Number(raw);
    if (!Number.isInteger(n))
        throw new StepError(step, `${step.operation} parameter ${name} must be an integer, got '${raw}'`);
    return n;
}
/**
 * A function step's output column (`targetColumn`): new, placed after the column it reads (or last when it reads
 * only literal values), as the DataBrew console shows function results.
 */
function newColumn(step, columns, after, type = 'string') {
    const name = param(step, 'targetColumn');
    requireNew(step, columns, name);
    const added = { name, type };
    return {
        name,
        columns: after !== undefined && columns.some(c => c.name === after)
            ? insertAfter(columns, after, [added])
            : [...columns, added]
    };
}
/**
 * One operand of a function step: the column `sourceColumn` (or `sourceColumn1`…) or the literal `value`
 * (`value1`…); the pages say one or the other, never both.
 */
function operand(step, columns, columnParam, valueParam) {
    const column = step.parameters[columnParam];
    const value = step.parameters[valueParam];
    if (column !== undefined && value !== undefined)
        throw new StepError(step, `${step.operation} takes ${columnParam} or ${valueParam}, not both`);
    if (column !== undefined) {
        requireColumn(step, columns, column);
        return { column, read: row => row[column] ?? null };
    }
    if (value !== undefined)
        return { read: () => value };
    throw new StepError(step, `${step.operation} needs ${columnParam} or ${valueParam}`);
}
/** A literal string as a regular expression source. */
function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * Text order by code point, as Spark compares UTF-8 strings (JS `<` compares UTF-16 units, which orders U+E000–U+FFFF
 * above characters outside the BMP).
 */
const byCodePoint = (a, b) => {
    for (let i = 0, j = 0; i < a.length && j < b.length;) {
        const x = a.codePointAt(i);
        const y = b.codePointAt(j);
        if (x !== y)
            return x - y;
        i += x > 0xffff ? 2 : 1;
        j += y > 0xffff ? 2 : 1;
    }
    return a.length - b.length;
};

;// CONCATENATED MODULE: ./src/recipe/ops/case-operation.ts


const HOLDS = {
    '=': d => d === 0,
    '!=': d => d !== 0,
    '<': d => d < 0,
    '<=': d => d <= 0,
    '>': d => d > 0,
    '>=': d => d >= 0
};
const NUMERIC = new Set(['integer', 'double']);
/** The aggregate functions the page's table lists, over the numeric values of one column. */
const AGGREGATES = {
    sum: xs => (xs.length ? xs.reduce((a, b) => a + b, 0) : null),
    avg: xs => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null),
    product: xs => (xs.length ? xs.reduce((a, b) => a * b, 1) : null),
    median: xs => {
        if (!xs.length)
            return null;
        const s = [...xs].sort((a, b) => a - b);
        const m = (s.length - 1) / 2;
        return (s[Math.floor(m)] + s[Math.ceil(m)]) / 2;
    },
    mean_absolute_deviation: xs => {
        const mean = AGGREGATES.avg(xs);
        return mean === null ? null : xs.reduce((a, x) => a + Math.abs(x - mean), 0) / xs.length;
    },
    variance: xs => {
        if (xs.length < 2)
            return null;
        const mean = AGGREGATES.avg(xs);
        return xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1);
    },
    stddev: xs => {
        const v = AGGREGATES.variance(xs);
        return v === null ? null : Math.sqrt(v);
    }
};
function parseWith(step, columns) {
    const raw = step.parameters.withExpressions;
    const out = new Map();
    if (raw === undefined || raw.trim() === '')
        return out;
    let list;
    try {
        list = JSON.parse(raw);
    }
    catch {
        list = undefined;
    }
    const shape = 'withExpressions must be a JSON list of {"name", "value": "sum(`column`)", "type": "aggregate"}';
    if (!Array.isArray(list))
        throw new StepError(step, shape);
    for (const item of list) {
        const m = /^\s*(\w+)\s*\(\s*(?:`((?:[^`]|``)*)`|(\w+))\s*\)\s*$/.exec(String(item?.value ?? ''));
        if (typeof item?.name !== 'string' || !m)
            throw new StepError(step, shape);
        const fn = AGGREGATES[m[1].toLowerCase()];
        if (!fn)
            throw new StepError(step, `withExpressions ${item.name}: aggregate ${m[1]} is not supported locally (use ${Object.keys(AGGREGATES).join(', ')})`);
        const column = m[2]?.replace(/``/g, '`') ?? m[3];
        requireColumn(step, columns, column);
        out.set(item.name, { fn, column });
    }
    return out;
}
const isNull = (v) => v === null || v === undefined || v === '';
const asNumber = (v) => {
    if (v === null)
        return null;
    if (v.num !== undefined)
        return v.num;
    const n = v.text.trim() === '' ? NaN : Number(v.text);
    return Number.isFinite(n) ? n : null;
};
/** Compiles the tree into row functions; `aggregates` is filled before the first row when the step has any. */
function compileExpr(expr, types, aggregates) {
    const operand = (o) => {
        switch (o.kind) {
            case 'column': {
                const numeric = NUMERIC.has(types.get(o.name));
                return { numeric, read: row => (isNull(row[o.name]) ? null : { text: row[o.name] }) };
            }
            case 'text':
                return { numeric: false, read: () => ({ text: o.value }) };
            case 'number':
                return { numeric: true, read: () => ({ text: o.text, num: o.value }) };
            case 'boolean':
                return { numeric: false, read: () => ({ text: String(o.value) }) };
            case 'null':
                return { numeric: false, read: () => null };
            case 'aggregate':
                return {
                    numeric: true,
                    read: () => {
                        const v = aggregates.get(o.name);
                        return v === null || v === undefined ? null : { text: String(v), num: v };
                    }
                };
            case 'case': {
                const inner = compileExpr(o.expr, types, aggregates);
                return {
                    numeric: false,
                    read: row => {
                        const v = inner(row);
                        return isNull(v) ? null : { text: v };
                    }
                };
            }
        }
    };
    const condition = (c) => {
        switch (c.kind) {
            case 'literal':
                return () => c.value;
            case 'not': {
                const f = condition(c.operand);
                return row => {
                    const v = f(row);
                    return v === null ? null : !v;
                };
            }
            case 'and':
            case 'or': {
                const [l, r] = [condition(c.left), condition(c.right)];
                const short = c.kind === 'or';
                return row => {
                    const a = l(row);
                    if (a === short)
                        return short;
                    const b = r(row);
                    if (b === short)
                        return short;
                    return a === null || b === null ? null : !short;
                };
            }
            case 'isNull': {
                const f = operand(c.operand).read;
                return row => (f(row) === null) !== c.negated;
            }
            case 'compare': {
                const [l, r] = [operand(c.left), operand(c.right)];
                const numeric = l.numeric || r.numeric;
                const holds = HOLDS[c.op];
                return row => {
                    const [a, b] = [l.read(row), r.read(row)];
                    if (a === null || b === null)
                        return null;
                    if (!numeric)
                        return holds(byCodePoint(a.text, b.text));
                    const [x, y] = [asNumber(a), asNumber(b)];
                    return x === null || y === null ? null : holds(x - y);
                };
            }
        }
    };
    const branches = expr.branches.map(b => ({ when: condition(b.when), then: operand(b.then).read }));
    const otherwise = operand(expr.otherwise).read;
    return row => {
        for (const b of branches)
            if (b.when(row) === true)
                return b.then(row)?.text ?? null;
        return otherwise(row)?.text ?? null;
    };
}
const caseOperation = (step, columns) => {
    let expr;
    try {
        expr = (0,case_operation_parser/* parseCaseExpression */.kY)(param(step, 'valueExpression'));
    }
    catch (err) {
        if (err instanceof case_operation_parser/* CaseSyntaxError */.kv)
            throw new StepError(step, err.message);
        throw err;
    }
    const refs = (0,case_operation_parser/* references */.Ft)(expr);
    for (const name of refs.columns)
        requireColumn(step, columns, name);
    const declared = parseWith(step, columns);
    for (const name of refs.aggregates)
        if (!declared.has(name))
            throw new StepError(step, `valueExpression uses :${name}, which withExpressions does not declare`);
    const types = new Map(columns.map(c => [c.name, c.type]));
    const values = new Map();
    const evaluate = compileExpr(expr, types, values);
    const out = newColumn(step, columns, undefined);
    const apply = (row) => {
        row[out.name] = evaluate(row);
        return row;
    };
    if (declared.size === 0)
        return { columns: out.columns, apply };
    return {
        columns: out.columns,
        apply,
        table: rows => {
            for (const [name, a] of declared) {
                const xs = rows
                    .map(r => r[a.column])
                    .filter(v => !isNull(v))
                    .map(Number)
                    .filter(Number.isFinite);
                values.set(name, a.fn(xs));
            }
            return rows.map(apply);
        }
    };
};
const CASE_OPERATIONS = { CASE_OPERATION: caseOperation };

// EXTERNAL MODULE: ./src/recipe/ops/date-format.ts
var date_format = __webpack_require__(5617);
;// CONCATENATED MODULE: ./src/recipe/ops/dates.ts


/** DATE_FORMAT's default, as its page gives it: "yyyy-mm-dd HH:MM:SS". */
const DEFAULT_OUTPUT = 'yyyy-mm-dd HH:MM:SS';
function tokens(step, format) {
    try {
        return (0,date_format/* compileFormat */.d2)(format);
    }
    catch (err) {
        if (err instanceof date_format/* DateFormatError */.Co)
            throw new StepError(step, `${step.operation}: ${err.message}`);
        throw err;
    }
}
/** A function of one date operand (`sourceColumn` or `value`) into a new column. */
function fromDateValue(type, compute, inputFormatParam) {
    return (step, columns) => {
        const input = operand(step, columns, 'sourceColumn', 'value');
        const f = compute(step);
        const inputFormat = inputFormatParam ? step.parameters[inputFormatParam] : undefined;
        const parse = inputFormat ? (0,date_format/* formatParser */.BU)(tokens(step, inputFormat)) : date_format/* parseDate */._U;
        const out = newColumn(step, columns, input.column, type);
        return {
            columns: out.columns,
            apply: row => {
                const v = input.read(row);
                const p = v === null || v === '' ? undefined : (parse(v) ?? (inputFormat ? (0,date_format/* parseDate */._U)(v) : undefined));
                row[out.name] = p ? f(p) : null;
                return row;
            }
        };
    };
}
const part = (get) => fromDateValue('integer', () => p => String(get(p)), 'dateTimeFormat');
const dateFormat = fromDateValue('string', step => {
    const t = tokens(step, step.parameters.dateTimeFormat ?? DEFAULT_OUTPUT);
    return p => (0,date_format/* printDate */.ik)(t, p);
});
/** The date and time now in `timeZone` (default UTC), as wall-clock parts. */
function nowIn(step, clock) {
    const zone = step.parameters.timeZone;
    if (zone === undefined || zone === '' || zone.toUpperCase() === 'UTC')
        return () => (0,date_format/* fromDate */.Bq)(clock());
    let format;
    try {
        format = new Intl.DateTimeFormat('en-US', {
            timeZone: zone,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric'
        });
    }
    catch {
        throw new StepError(step, `${step.operation} timeZone '${zone}' is not a time zone name (e.g. America/New_York)`);
    }
    return () => {
        const parts = Object.fromEntries(format.formatToParts(clock()).map(x => [x.type, x.value]));
        return {
            year: Number(parts.year),
            month: Number(parts.month),
            day: Number(parts.day),
            hour: Number(parts.hour),
            minute: Number(parts.minute),
            second: Number(parts.second),
            millisecond: 0
        };
    };
}
/** TODAY/NOW: the same value in every row, taken once when the step is compiled (one job = one "now"). */
function clockColumn(pattern, type) {
    return (step, columns, options) => {
        const now = nowIn(step, options.now ?? (() => new Date()))();
        const value = (0,date_format/* printDate */.ik)((0,date_format/* compileFormat */.d2)(pattern), now);
        const out = newColumn(step, columns, undefined, type);
        return {
            columns: out.columns,
            apply: row => {
                row[out.name] = value;
                return row;
            }
        };
    };
}
/**
 * FORMAT_DATE (recipe-actions.FORMAT_DATE.html): the column's dates rewritten in place in `targetDateFormat`, one of
 * the page's console labels (mm/dd/yyyy, mm-dd-yyyy, dd month yyyy, month yyyy, dd month) or the Java pattern the
 * console exports (`MM-dd-yyyy`, recipes-in-the-wild/clean-customer-recipe.json). Assumption (the page is silent): a
 * value that is not a date stays as it is, as FORMAT_PHONE_NUMBER leaves what it cannot format.
 */
const formatDate = (step, columns) => {
    const t = tokens(step, param(step, 'targetDateFormat'));
    return inPlace(columns, sourceColumns(step, columns), v => {
        const p = (0,date_format/* parseDate */._U)(v);
        return p ? (0,date_format/* printDate */.ik)(t, p) : v;
    });
};
const DATE_OPERATIONS = {
    DATE_FORMAT: dateFormat,
    FORMAT_DATE: formatDate,
    YEAR: part(p => p.year),
    MONTH: part(p => p.month),
    DAY: part(p => p.day),
    HOUR: part(p => p.hour),
    MINUTE: part(p => p.minute),
    SECOND: part(p => p.second),
    MILLISECOND: part(p => p.millisecond),
    QUARTER: part(p => Math.ceil(p.month / 3)),
    WEEK_DAY: part(p => (0,date_format/* weekDayIndex */.hp)(p) + 1),
    WEEK_NUMBER: part(date_format/* isoWeek */.ed),
    MONTH_NAME: fromDateValue('string', () => date_format/* monthName */.g6, 'dateTimeFormat'),
    TODAY: clockColumn('yyyy-MM-dd', 'date'),
    NOW: clockColumn('yyyy-MM-dd HH:mm:ss', 'timestamp')
};

;// CONCATENATED MODULE: ./src/recipe/ops/extract-value.ts

/** `a`.`b`[1].c → ['a', 'b', 1, 'c']; throws on anything else. */
function parsePath(step, path) {
    const out = [];
    const re = /\s*(?:`((?:[^`]|``)*)`|([^.`[\]\s]+)|\[(\d+)\])\s*(\.|(?=\[)|$)/y;
    let at = 0;
    while (at < path.length) {
        re.lastIndex = at;
        const m = re.exec(path);
        if (!m || m[0] === '')
            throw new StepError(step, `EXTRACT_VALUE path '${path}' is not fields in back ticks joined by dots, with [n] for array items`);
        out.push(m[3] !== undefined ? Number(m[3]) : (m[1]?.replace(/``/g, '`') ?? m[2]));
        at = re.lastIndex;
    }
    if (out.length === 0)
        throw new StepError(step, 'EXTRACT_VALUE path is empty');
    return out;
}
function walk(value, path) {
    let v = value;
    for (const s of path) {
        if (v === null || typeof v !== 'object')
            return undefined;
        v =
            typeof s === 'number'
                ? Array.isArray(v)
                    ? v[s]
                    : undefined
                : Object.hasOwn(v, s)
                    ? v[s]
                    : undefined;
    }
    return v;
}
const extractValue = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const full = parsePath(step, param(step, 'path'));
    // The path names the column first; a path without it is read from inside the value.
    const path = full[0] === source ? full.slice(1) : full;
    const out = newColumn(step, columns, source);
    return {
        columns: out.columns,
        apply: row => {
            const text = row[source];
            let found;
            if (text !== null && text !== undefined) {
                try {
                    found = walk(JSON.parse(text), path);
                }
                catch {
                    found = undefined;
                }
            }
            row[out.name] =
                found === undefined || found === null
                    ? null
                    : typeof found === 'string'
                        ? found
                        : JSON.stringify(found);
            return row;
        }
    };
};
const EXTRACT_VALUE_OPERATIONS = { EXTRACT_VALUE: extractValue };

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/recipe/ops/fill.ts
/** Missing values and duplicates: REMOVE_MISSING, REMOVE_VALUES, the FILL_WITH_* family and the duplicate removers. */


const removeMissing = (step, columns) => {
    const cols = sourceColumns(step, columns);
    return { columns, apply: row => (cols.some(c => missing(row[c])) ? null : row) };
};
function fillWith(value) {
    return (step, columns) => {
        const cols = sourceColumns(step, columns);
        const v = value(step);
        return {
            columns,
            apply: row => {
                for (const c of cols)
                    if (missing(row[c]))
                        row[c] = v;
                return row;
            }
        };
    };
}
/** Aggregate fills need the statistic of the column as it is at this step: the engine runs a first pass for it. */
function fillWithStat(kind) {
    return (step, columns) => {
        const [col] = sourceColumns(step, columns);
        let nums = [];
        const counts = new Map();
        let fill = null;
        return {
            columns,
            stats: {
                column: col,
                collect: v => {
                    if (missing(v))
                        return;
                    if (kind === 'mode')
                        counts.set(v, (counts.get(v) ?? 0) + 1);
                    else {
                        const n = Number(v);
                        if (Number.isFinite(n))
                            nums.push(n);
                    }
                },
                done: () => {
                    if (kind === 'mode') {
                        let best;
                        for (const e of counts)
                            if (!best || e[1] > best[1])
                                best = e;
                        fill = best ? best[0] : null;
                    }
                    else if (nums.length > 0) {
                        if (kind === 'average')
                            fill = String(nums.reduce((a, b) => a + b, 0) / nums.length);
                        else if (kind === 'sum')
                            fill = String(nums.reduce((a, b) => a + b, 0));
                        else {
                            const sorted = Float64Array.from(nums).sort();
                            const m = sorted.length >> 1;
                            fill = String(sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2);
                        }
                    }
                    nums = [];
                }
            },
            apply: row => {
                if (missing(row[col]))
                    row[col] = fill;
                return row;
            }
        };
    };
}
/** REMOVE_DUPLICATES keeps the first row of each value of the column (missing values are kept). */
const removeDuplicates = (step, columns) => {
    const [col] = sourceColumns(step, columns);
    const seen = new Set();
    return {
        columns,
        apply: row => {
            const v = row[col];
            if (missing(v))
                return row;
            if (seen.has(v))
                return null;
            seen.add(v);
            return row;
        }
    };
};
/** DELETE_DUPLICATE_ROWS keeps the first of identical rows. Rows are remembered by a 128-bit digest, not by value. */
const deleteDuplicateRows = (_step, columns) => {
    const seen = new Set();
    return {
        columns,
        apply: row => {
            const h = (0,external_node_crypto_.createHash)('md5');
            for (const c of columns) {
                const v = row[c.name];
                h.update(v === null || v === undefined ? '\u0000N' : `\u0001${v}`);
                h.update('\u0002');
            }
            const key = h.digest('base64');
            if (seen.has(key))
                return null;
            seen.add(key);
            return row;
        }
    };
};
/** REMOVE_VALUES deletes the rows its conditions select (the console's "remove rows where …"). */
const removeValues = (step, columns) => {
    sourceColumns(step, columns);
    if (step.conditions.length === 0) {
        throw new UnsupportedOperation(step, 'REMOVE_VALUES without ConditionExpressions cannot run locally: its effect is defined by the conditions');
    }
    return { columns, apply: () => null }; // the engine applies it only where the conditions hold
};
const FILL_OPERATIONS = {
    REMOVE_MISSING: removeMissing,
    REMOVE_VALUES: removeValues,
    FILL_WITH_CUSTOM: fillWith(s => param(s, 'value')),
    FILL_WITH_EMPTY: fillWith(() => ''),
    FILL_WITH_NULL: fillWith(() => null),
    FILL_WITH_AVERAGE: fillWithStat('average'),
    FILL_WITH_MEDIAN: fillWithStat('median'),
    FILL_WITH_MODE: fillWithStat('mode'),
    FILL_WITH_MOST_FREQUENT: fillWithStat('mode'),
    FILL_WITH_SUM: fillWithStat('sum'),
    REMOVE_DUPLICATES: removeDuplicates,
    DELETE_DUPLICATE_ROWS: deleteDuplicateRows
};

// EXTERNAL MODULE: ./src/formats/table.ts
var table = __webpack_require__(9924);
;// CONCATENATED MODULE: ./src/recipe/ops/math.ts

const INTEGER = /^\s*[+-]?\d+\s*$/;
function toNumber(v) {
    if (v === null || v.trim() === '')
        return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
}
/** Java's Double.toString for finite values: "85.0", "0.001", "1.0E-4", "1.2345678E7". */
function javaDouble(x) {
    if (Number.isNaN(x))
        return 'NaN';
    if (!Number.isFinite(x))
        return x > 0 ? 'Infinity' : '-Infinity';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const abs = Math.abs(x);
    if (abs >= 1e-3 && abs < 1e7) {
        const s = String(x);
        return s.includes('.') ? s : `${s}.0`;
    }
    const [mantissa, exponent] = x.toExponential().split('e');
    return `${mantissa.includes('.') ? mantissa : `${mantissa}.0`}E${exponent.replace('+', '')}`;
}
const integerText = (v) => v !== null && INTEGER.test(v);
function writeNumber(x, asInteger) {
    if (Number.isNaN(x))
        return null;
    return asInteger && Number.isSafeInteger(x) ? String(x) : javaDouble(x);
}
/** One-column functions: `sourceColumn` → `targetColumn`. */
function unary({ f, integer }) {
    return (step, columns) => {
        const input = operand(step, columns, 'sourceColumn', 'value');
        const out = newColumn(step, columns, input.column, integer === 'always' ? 'integer' : 'double');
        return {
            columns: out.columns,
            apply: row => {
                const raw = input.read(row);
                const x = toNumber(raw);
                row[out.name] =
                    x === undefined
                        ? null
                        : writeNumber(f(x), integer === 'always' || (integer === 'when-input-is' && integerText(raw)));
                return row;
            }
        };
    };
}
/** Two operands, each a column (`sourceColumn1`/`sourceColumn2`) or a literal (`value1`/`value2`). */
function binary({ f, integer }) {
    return (step, columns) => {
        const a = operand(step, columns, 'sourceColumn1', 'value1');
        const b = operand(step, columns, 'sourceColumn2', 'value2');
        const out = newColumn(step, columns, a.column ?? b.column, 'double');
        return {
            columns: out.columns,
            apply: (row) => {
                const ra = a.read(row);
                const rb = b.read(row);
                const x = toNumber(ra);
                const y = toNumber(rb);
                row[out.name] =
                    x === undefined || y === undefined
                        ? null
                        : writeNumber(f(x, y), integer && integerText(ra) && integerText(rb));
                return row;
            }
        };
    };
}
function numberParam(step, name, fallback) {
    const raw = step.parameters[name];
    if (raw === undefined) {
        if (fallback !== undefined)
            return fallback;
        throw new StepError(step, `${step.operation} needs parameter ${name}`);
    }
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n))
        throw new StepError(step, `${step.operation} parameter ${name} must be a number, got '${raw}'`);
    return n;
}
/** IS_EVEN / IS_ODD: "true"/"false" unless trueString/falseString say otherwise; non-integers give missing. */
function parity(wantEven) {
    return (step, columns) => {
        const input = operand(step, columns, 'sourceColumn', 'value');
        const out = newColumn(step, columns, input.column, 'string');
        const yes = step.parameters.trueString ?? 'true';
        const no = step.parameters.falseString ?? 'false';
        return {
            columns: out.columns,
            apply: row => {
                const raw = input.read(row);
                const x = toNumber(raw);
                row[out.name] =
                    x === undefined || !Number.isInteger(x) ? null : (Math.abs(x) % 2 === 0) === wantEven ? yes : no;
                return row;
            }
        };
    };
}
/** POWER: `exponent` is required (catalog); LOG: `base` defaults to 10 (the page's "LOG … base 10" default). */
const power = (step, columns, options) => {
    const e = numberParam(step, 'exponent');
    return unary({ f: x => Math.pow(x, e) })(step, columns, options);
};
const log = (step, columns, options) => {
    const base = numberParam(step, 'base', 10);
    if (base <= 0 || base === 1)
        throw new StepError(step, `LOG parameter base must be positive and not 1, got ${base}`);
    return unary({ f: x => (x <= 0 ? NaN : Math.log(x) / Math.log(base)) })(step, columns, options);
};
/** PI: a new column holding π in every row. */
const pi = (step, columns) => {
    const out = newColumn(step, columns, undefined, 'double');
    const value = javaDouble(Math.PI);
    return {
        columns: out.columns,
        apply: row => {
            row[out.name] = value;
            return row;
        }
    };
};
const MATH_OPERATIONS = {
    ADD: binary({ f: (a, b) => a + b, integer: true }),
    SUBTRACT: binary({ f: (a, b) => a - b, integer: true }),
    MULTIPLY: binary({ f: (a, b) => a * b, integer: true }),
    // Division by zero gives a missing value (Spark SQL's `/` returns NULL for a zero divisor).
    DIVIDE: binary({ f: (a, b) => (b === 0 ? NaN : a / b), integer: false }),
    MOD: binary({ f: (a, b) => (b === 0 ? NaN : a % b), integer: true }),
    ABSOLUTE: unary({ f: Math.abs, integer: 'when-input-is' }),
    NEGATE: unary({ f: x => -x, integer: 'when-input-is' }),
    CEILING: unary({ f: Math.ceil, integer: 'always' }),
    FLOOR: unary({ f: Math.floor, integer: 'always' }),
    ROUND: unary({ f: x => Math.sign(x) * Math.round(Math.abs(x)), integer: 'always' }),
    SIGN: unary({ f: Math.sign, integer: 'always' }),
    SQUARE_ROOT: unary({ f: x => (x < 0 ? NaN : Math.sqrt(x)) }),
    EXPONENT: unary({ f: Math.exp }),
    LN: unary({ f: x => (x <= 0 ? NaN : Math.log(x)) }),
    DEGREES: unary({ f: x => (x * 180) / Math.PI }),
    RADIANS: unary({ f: x => (x * Math.PI) / 180 }),
    POWER: power,
    LOG: log,
    PI: pi,
    IS_EVEN: parity(true),
    IS_ODD: parity(false)
};

;// CONCATENATED MODULE: ./src/recipe/ops/group-by.ts
/**
 * GROUP_BY (recipe-actions.GROUP_BY.html): groups rows by `sourceColumns` and aggregates each group as
 * `groupByAggFunctionOptions` lists (`{sourceColumnName, targetColumnName, targetColumnDataType, functionName}`).
 *
 * - `useNewDataFrame: true`: the table becomes one row per group, the group columns then the aggregates, groups in
 *   the order they first appear;
 * - otherwise (assumption: the page only says "true" replaces the session's contents): every row stays and gains the
 *   aggregates of its group, after the last column.
 * Functions: COUNT (present values), COUNT_DISTINCT, SUM, MIN, MAX, AVERAGE (also MEAN), MEDIAN; missing values are
 * skipped as SQL aggregates skip NULL; MIN/MAX compare numbers when every value is a number, else text. Any other
 * function (UNAGGREGATED included) stops the run naming it. The step holds every row in memory.
 */



const numbers = (values) => values.map(Number).filter(Number.isFinite);
const REDUCERS = {
    COUNT: { reduce: v => String(v.length), type: 'integer' },
    COUNT_DISTINCT: { reduce: v => String(new Set(v).size), type: 'integer' },
    SUM: {
        reduce: v => {
            const n = numbers(v);
            return n.length === 0 ? null : javaDouble(n.reduce((a, b) => a + b, 0));
        },
        type: 'double'
    },
    AVERAGE: {
        reduce: v => {
            const n = numbers(v);
            return n.length === 0 ? null : javaDouble(n.reduce((a, b) => a + b, 0) / n.length);
        },
        type: 'double'
    },
    MEDIAN: {
        reduce: v => {
            const n = Float64Array.from(numbers(v)).sort();
            if (n.length === 0)
                return null;
            const m = n.length >> 1;
            return javaDouble(n.length % 2 ? n[m] : (n[m - 1] + n[m]) / 2);
        },
        type: 'double'
    },
    MIN: { reduce: v => extreme(v, -1), type: 'string' },
    MAX: { reduce: v => extreme(v, 1), type: 'string' }
};
REDUCERS.MEAN = REDUCERS.AVERAGE;
function extreme(values, sign) {
    if (values.length === 0)
        return null;
    const numeric = values.every(v => v.trim() !== '' && Number.isFinite(Number(v)));
    return values.reduce((best, v) => {
        const cmp = numeric ? Number(v) - Number(best) : v < best ? -1 : v > best ? 1 : 0;
        return cmp * sign > 0 ? v : best;
    });
}
function aggregates(raw, step) {
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        parsed = undefined;
    }
    if (!Array.isArray(parsed) || parsed.length === 0)
        throw new StepError(step, 'GROUP_BY groupByAggFunctionOptions must be a JSON list of {sourceColumnName, targetColumnName, functionName}');
    return parsed.map((o, i) => {
        const r = (o ?? {});
        const [source, target, fn] = [r.sourceColumnName, r.targetColumnName, r.functionName];
        if (typeof source !== 'string' || typeof target !== 'string' || typeof fn !== 'string')
            throw new StepError(step, `GROUP_BY groupByAggFunctionOptions[${i}] needs sourceColumnName, targetColumnName and functionName`);
        return { source, target, fn: fn.toUpperCase() };
    });
}
const groupBy = (step, columns) => {
    const keys = list(step, 'sourceColumns');
    for (const k of keys)
        requireColumn(step, columns, k);
    const aggs = aggregates(param(step, 'groupByAggFunctionOptions'), step);
    for (const a of aggs) {
        requireColumn(step, columns, a.source);
        if (!REDUCERS[a.fn])
            throw new UnsupportedOperation(step, `GROUP_BY function ${a.fn} cannot run locally (supported: ${Object.keys(REDUCERS).join(', ')})`);
    }
    const newFrame = flag(step, 'useNewDataFrame');
    const added = aggs.map(a => ({ name: a.target, type: REDUCERS[a.fn].type }));
    const kept = newFrame
        ? columns.filter(c => keys.includes(c.name)).sort((a, b) => keys.indexOf(a.name) - keys.indexOf(b.name))
        : columns;
    for (const c of added)
        requireNew(step, kept, c.name);
    return {
        columns: [...kept, ...added],
        apply: row => row,
        table: rows => {
            const groups = new Map();
            for (const row of rows) {
                const key = JSON.stringify(keys.map(k => row[k] ?? null));
                const members = groups.get(key);
                if (members)
                    members.push(row);
                else
                    groups.set(key, [row]);
            }
            const out = [];
            for (const members of groups.values()) {
                const results = aggs.map(a => REDUCERS[a.fn].reduce(members
                    .map(m => m[a.source])
                    .filter((v) => v !== null && v !== undefined && v !== '')));
                if (newFrame) {
                    const row = (0,table/* newRow */.Pg)();
                    for (const k of keys)
                        row[k] = members[0][k] ?? null;
                    aggs.forEach((a, i) => (row[a.target] = results[i]));
                    out.push(row);
                }
                else {
                    for (const m of members) {
                        aggs.forEach((a, i) => (m[a.target] = results[i]));
                        out.push(m);
                    }
                }
            }
            return newFrame ? out : rows;
        }
    };
};
const GROUP_OPERATIONS = {
    GROUP_BY: groupBy
};

;// CONCATENATED MODULE: ./src/recipe/ops/join.ts
/**
 * JOIN (recipe-actions.JOIN.html) with a local secondary dataset: `secondaryDatasetName` names a table given to the
 * engine (EngineOptions.joinDatasets; from the CLI, `recipe run --join-dataset NAME=FILE`). `secondInputLocation`
 * (an S3 URL) is DataBrew's and is not read locally.
 *
 * - `joinKeys`: JSON list of `{key, value}`, `key` a column of the current table and `value` one of the secondary;
 *   rows match when every pair is equal; a missing key value matches nothing (SQL NULL semantics);
 * - `joinType`: INNER_JOIN, LEFT_JOIN, RIGHT_JOIN, OUTER_JOIN, and the *_EXCLUDING_JOIN forms, which keep only the
 *   rows without a match on that side (left, right, or both);
 * - output columns: `leftColumns` (default: every current column) then `rightColumns` (default: every secondary
 *   column). Assumption (the page does not say): a right column whose name is already taken is written as
 *   `<name>_<secondaryDatasetName>`. Rows: left order, each left row followed by its matches in secondary order;
 *   unmatched secondary rows last.
 * The step holds both tables in memory.
 */


const TYPES = {
    INNER_JOIN: { matched: true, left: false, right: false },
    LEFT_JOIN: { matched: true, left: true, right: false },
    RIGHT_JOIN: { matched: true, left: false, right: true },
    OUTER_JOIN: { matched: true, left: true, right: true },
    LEFT_EXCLUDING_JOIN: { matched: false, left: true, right: false },
    RIGHT_EXCLUDING_JOIN: { matched: false, left: false, right: true },
    OUTER_EXCLUDING_JOIN: { matched: false, left: true, right: true }
};
function joinKeys(step) {
    let parsed;
    try {
        parsed = JSON.parse(param(step, 'joinKeys'));
    }
    catch {
        parsed = undefined;
    }
    const pairs = Array.isArray(parsed) ? parsed : [];
    if (pairs.length === 0 ||
        !pairs.every(p => p && typeof p === 'object' && typeof p.key === 'string' && typeof p.value === 'string'))
        throw new StepError(step, 'JOIN joinKeys must be a JSON list of {"key": left column, "value": secondary column}');
    return pairs;
}
const join = (step, columns, options) => {
    const type = TYPES[param(step, 'joinType')];
    if (!type)
        throw new StepError(step, `JOIN joinType '${step.parameters.joinType}' is not one of ${Object.keys(TYPES).join(', ')}`);
    const name = param(step, 'secondaryDatasetName');
    const secondary = options.joinDatasets?.[name];
    if (!secondary)
        throw new StepError(step, `JOIN needs the secondary dataset '${name}' locally: pass --join-dataset ${name}=FILE`);
    const keys = joinKeys(step);
    for (const k of keys) {
        requireColumn(step, columns, k.key);
        if (!secondary.columns.some(c => c.name === k.value))
            throw new StepError(step, `JOIN key '${k.value}' is not a column of the secondary dataset '${name}'`);
    }
    const left = step.parameters.leftColumns !== undefined ? list(step, 'leftColumns') : columns.map(c => c.name);
    for (const c of left)
        requireColumn(step, columns, c);
    const right = step.parameters.rightColumns !== undefined
        ? list(step, 'rightColumns')
        : secondary.columns.map(c => c.name);
    for (const c of right)
        if (!secondary.columns.some(s => s.name === c))
            throw new StepError(step, `JOIN right column '${c}' is not a column of the secondary dataset '${name}'`);
    const taken = new Set(left);
    const rightOut = right.map(c => {
        const out = taken.has(c) ? `${c}_${name}` : c;
        if (taken.has(out))
            throw new StepError(step, `JOIN output column '${out}' would appear twice`);
        taken.add(out);
        return { from: c, to: out };
    });
    const outColumns = [
        ...left.map(c => columns.find(x => x.name === c)),
        ...rightOut.map(r => ({ ...secondary.columns.find(x => x.name === r.from), name: r.to }))
    ];
    const keyOf = (row, names) => {
        const values = names.map(n => row[n] ?? null);
        return values.some(v => v === null || v === '') ? undefined : JSON.stringify(values);
    };
    const combine = (l, r) => {
        const row = (0,table/* newRow */.Pg)();
        for (const c of left)
            row[c] = l ? (l[c] ?? null) : null;
        for (const c of rightOut)
            row[c.to] = r ? (r[c.from] ?? null) : null;
        return row;
    };
    return {
        columns: outColumns,
        apply: row => row,
        table: rows => {
            const index = new Map();
            secondary.rows.forEach((r, i) => {
                const k = keyOf(r, keys.map(p => p.value));
                if (k === undefined)
                    return;
                const list = index.get(k);
                if (list)
                    list.push(i);
                else
                    index.set(k, [i]);
            });
            const usedRight = new Set();
            const out = [];
            for (const l of rows) {
                const k = keyOf(l, keys.map(p => p.key));
                const matches = k === undefined ? undefined : index.get(k);
                if (matches) {
                    for (const i of matches)
                        usedRight.add(i);
                    if (type.matched)
                        for (const i of matches)
                            out.push(combine(l, secondary.rows[i]));
                }
                else if (type.left)
                    out.push(combine(l, undefined));
            }
            if (type.right)
                secondary.rows.forEach((r, i) => usedRight.has(i) || out.push(combine(undefined, r)));
            return out;
        }
    };
};
const JOIN_OPERATIONS = { JOIN: join };

;// CONCATENATED MODULE: ./src/recipe/ops/mapping.ts

function categoryMap(raw) {
    try {
        const parsed = JSON.parse(raw);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
            return undefined;
        const map = new Map();
        for (const [k, v] of Object.entries(parsed)) {
            if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
                return undefined;
            map.set(k, String(v));
        }
        return map;
    }
    catch {
        return undefined;
    }
}
const categoricalMapping = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const map = categoryMap(param(step, 'categoryMap'));
    if (!map)
        throw new StepError(step, 'CATEGORICAL_MAPPING categoryMap must be a JSON object of value → category, e.g. {"Canada":"2"}');
    const deleteOthers = flag(step, 'deleteOtherRows');
    const other = step.parameters.other;
    const keepOthers = flag(step, 'keepOthers');
    const mapType = (step.parameters.mapType ?? 'TEXT').toUpperCase();
    const numeric = mapType === 'NUMERIC' && [...map.values()].every(v => v.trim() !== '' && Number.isFinite(Number(v)));
    const target = step.parameters.targetColumn ?? source;
    if (target !== source)
        requireNew(step, columns, target);
    const type = numeric && (other === undefined || Number.isFinite(Number(other))) && !keepOthers ? 'double' : 'string';
    const outColumns = target === source
        ? columns.map(c => (c.name === source ? { ...c, type } : c))
        : insertAfter(columns, source, [{ name: target, type }]);
    return {
        columns: outColumns,
        apply: row => {
            const v = row[source] ?? null;
            const mapped = v === null ? undefined : map.get(v);
            if (mapped !== undefined)
                row[target] = mapped;
            else if (deleteOthers)
                return null;
            else if (other !== undefined)
                row[target] = other;
            else if (keepOthers)
                row[target] = v;
            else
                row[target] = null;
            return row;
        }
    };
};
const MAPPING_OPERATIONS = {
    CATEGORICAL_MAPPING: categoricalMapping
};

// EXTERNAL MODULE: ./src/recipe/pattern.ts + 1 modules
var recipe_pattern = __webpack_require__(8508);
;// CONCATENATED MODULE: ./src/recipe/ops/mask.ts
/** Masking: MASK_CUSTOM, MASK_RANGE, MASK_DELIMITER, MASK_DATE and REPLACE_WITH_RANDOM_BETWEEN. */



/** Characters kept unmasked for `alphabet` (SYMBOLS, WHITESPACE). */
function keeper(step) {
    const alphabet = step.parameters.alphabet !== undefined ? list(step, 'alphabet').map(a => a.toUpperCase()) : [];
    const symbols = alphabet.includes('SYMBOLS');
    const whitespace = alphabet.includes('WHITESPACE');
    return ch => (whitespace && /\s/u.test(ch)) || (symbols && /[^\p{L}\p{N}\s]/u.test(ch));
}
function maskChars(text, symbol, keep) {
    let out = '';
    for (const ch of text)
        out += keep(ch) ? ch : symbol;
    return out;
}
const maskCustom = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const value = param(step, 'customValue');
    let re;
    try {
        re = (0,recipe_pattern/* compilePattern */.Eb)(flag(step, 'regex') ? value : escapeRegex(value), 'MASK_CUSTOM customValue');
    }
    catch (err) {
        if (!(err instanceof recipe_pattern/* PatternError */.JM))
            throw err;
        throw new StepError(step, err.message);
    }
    return inPlace(columns, cols, v => re.replaceAll(v, m => maskChars(m, symbol, () => false)));
};
/** MASK_RANGE: [start, stop) with Python-style negative indexes, on characters (code points). */
const maskRange = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const start = step.parameters.start !== undefined ? intParam(step, 'start') : undefined;
    const stop = step.parameters.stop !== undefined ? intParam(step, 'stop') : undefined;
    const keep = keeper(step);
    return inPlace(columns, cols, v => {
        const chars = [...v];
        const n = chars.length;
        const norm = (i, fallback) => i === undefined ? fallback : i < 0 ? Math.max(0, n + i) : Math.min(n, i);
        const a = norm(start, 0);
        const b = norm(stop, n);
        return chars.map((ch, i) => (i >= a && i < b && !keep(ch) ? symbol : ch)).join('');
    });
};
/** MASK_DELIMITER: masks between the first startDelimiter and the next endDelimiter after it. */
const maskDelimiter = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const open = step.parameters.startDelimiter;
    const close = step.parameters.endDelimiter;
    const preserve = !flag(step, 'preserveDelimiters') ? true : false;
    const keep = keeper(step);
    return inPlace(columns, cols, v => {
        const a = open ? v.indexOf(open) : 0;
        if (open && a < 0)
            return v;
        const from = open ? a + open.length : 0;
        const b = close ? v.indexOf(close, from) : v.length;
        if (close && b < 0)
            return v;
        // preserveDelimiters (documented as "if true, applies mask on delimiters"): false keeps the delimiters visible.
        const start = preserve ? from : a;
        const end = preserve ? b : close ? b + close.length : b;
        return v.slice(0, start) + maskChars(v.slice(start, end), symbol, keep) + v.slice(end);
    });
};
const DATE_PARTS = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:([ T])(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?(.*)$/;
const US_DATE = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(.*)$/;
/** MASK_DATE: masks the digits of the listed components; values that do not parse as a date are left as they are. */
const maskDate = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const symbol = param(step, 'maskSymbol');
    const redact = new Set(list(step, 'redact').map(r => r.toUpperCase()));
    const m = (part, name) => part === undefined ? '' : redact.has(name) ? symbol.repeat(part.length) : part;
    return inPlace(columns, cols, v => {
        const iso = DATE_PARTS.exec(v);
        if (iso) {
            const [, y, sep, mo, d, t, h, mi, s, ms, rest] = iso;
            let out = `${m(y, 'YEAR')}${sep}${m(mo, 'MONTH')}${sep}${m(d, 'DAY')}`;
            if (t !== undefined) {
                out += `${t}${m(h, 'HOUR')}:${m(mi, 'MINUTE')}`;
                if (s !== undefined)
                    out += `:${m(s, 'SECOND')}`;
                if (ms !== undefined)
                    out += `.${m(ms, 'MILLISECOND')}`;
            }
            return out + (rest ?? '');
        }
        const us = US_DATE.exec(v);
        if (us) {
            const [, mo, sep, d, y, rest] = us;
            return `${m(mo, 'MONTH')}${sep}${m(d, 'DAY')}${sep}${m(y, 'YEAR')}${rest ?? ''}`;
        }
        return v;
    });
};
/** Random, so no local run can match DataBrew byte for byte; the range is what can be checked. */
const replaceWithRandomBetween = (step, columns, options) => {
    const cols = sourceColumns(step, columns);
    const lo = Number(param(step, 'lowerBound'));
    const hi = Number(param(step, 'upperBound'));
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi)
        throw new StepError(step, 'lowerBound and upperBound must be numbers with lowerBound ≤ upperBound');
    const rand = options.randomInt ?? ((a, b) => (0,external_node_crypto_.randomInt)(a, b + 1));
    return {
        columns,
        apply: row => {
            for (const c of cols)
                row[c] = String(rand(Math.ceil(lo), Math.floor(hi)));
            return row;
        }
    };
};
const MASK_OPERATIONS = {
    MASK_CUSTOM: maskCustom,
    MASK_DATE: maskDate,
    MASK_DELIMITER: maskDelimiter,
    MASK_RANGE: maskRange,
    REPLACE_WITH_RANDOM_BETWEEN: replaceWithRandomBetween
};

;// CONCATENATED MODULE: ./src/recipe/ops/patterns.ts


/**
 * The recipe's pattern through the engine's one door for untrusted patterns (../pattern.ts: refuses nested
 * quantifiers and Java-only constructs, translates Java's syntax). An unusable pattern is a one-line error naming the
 * step's pattern.
 */
function compilePattern(step, pattern) {
    let re;
    try {
        re = (0,recipe_pattern/* compilePattern */.Eb)(pattern, `${step.operation} pattern`);
    }
    catch (err) {
        if (err instanceof recipe_pattern/* PatternError */.JM)
            throw new StepError(step, err.message);
        throw err;
    }
    return {
        find: v => {
            const m = re.firstMatch(v);
            return m ? v.slice(m.index, m.index + m.length) : undefined;
        },
        test: v => re.test(v)
    };
}
/** EXTRACT_PATTERN: the first match in the value (the whole match, not a group); no match gives a missing value. */
const extractPattern = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const pattern = compilePattern(step, param(step, 'pattern'));
    const out = newColumn(step, columns, source);
    return {
        columns: out.columns,
        apply: row => {
            const v = row[source];
            row[out.name] = v === null || v === undefined ? null : (pattern.find(v) ?? null);
            return row;
        }
    };
};
/**
 * FLAG_COLUMN_FROM_PATTERN: trueString (default "True") where the pattern occurs anywhere in the value ("based on
 * the presence of a pattern"), else falseString (default "False"); a missing value has no pattern, so it is false.
 * `flagType` must be Pattern when given; some console exports omit it, and it means nothing else.
 */
const flagFromPattern = (step, columns) => {
    const source = param(step, 'sourceColumn');
    requireColumn(step, columns, source);
    const flagType = step.parameters.flagType;
    if (flagType !== undefined && flagType !== 'Pattern')
        throw new StepError(step, `FLAG_COLUMN_FROM_PATTERN flagType must be Pattern, got '${flagType}'`);
    const pattern = compilePattern(step, param(step, 'pattern'));
    const yes = step.parameters.trueString ?? 'True';
    const no = step.parameters.falseString ?? 'False';
    const out = newColumn(step, columns, source);
    return {
        columns: out.columns,
        apply: row => {
            const v = row[source];
            row[out.name] = v !== null && v !== undefined && pattern.test(v) ? yes : no;
            return row;
        }
    };
};
const PATTERN_OPERATIONS = {
    EXTRACT_PATTERN: extractPattern,
    FLAG_COLUMN_FROM_PATTERN: flagFromPattern
};

// EXTERNAL MODULE: ./node_modules/libphonenumber-js/min/exports/parsePhoneNumber.js + 2 modules
var parsePhoneNumber = __webpack_require__(6506);
// EXTERNAL MODULE: ./src/recipe/hash-key.ts
var hash_key = __webpack_require__(2130);
;// CONCATENATED MODULE: ./src/recipe/ops/pii.ts
/** Personal data: CRYPTOGRAPHIC_HASH (digests and HMACs) and FORMAT_PHONE_NUMBER. */





const FORMATS = {
    E164: 'E.164',
    'E.164': 'E.164',
    INTERNATIONAL: 'INTERNATIONAL',
    NATIONAL: 'NATIONAL',
    RFC3966: 'RFC3966'
};
/**
 * FORMAT_PHONE_NUMBER: values that cannot be parsed stay unchanged; without a region, numbers lacking `+country` are
 * left as they are (DataBrew's documented behaviour).
 */
const formatPhone = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const format = FORMATS[(step.parameters.phoneNumberFormat ?? 'E164').toUpperCase()];
    if (!format)
        throw new StepError(step, `phoneNumberFormat '${step.parameters.phoneNumberFormat}' is not E164, INTERNATIONAL, NATIONAL or RFC3966`);
    const regionColumn = step.parameters.defaultRegionColumn;
    if (regionColumn)
        requireColumn(step, columns, regionColumn);
    const fixedRegion = step.parameters.defaultRegion?.toUpperCase();
    return {
        columns,
        apply: row => {
            const region = (regionColumn ? row[regionColumn]?.toUpperCase() : fixedRegion);
            for (const c of cols) {
                const v = row[c];
                if (missing(v))
                    continue;
                const parsed = (0,parsePhoneNumber/* parsePhoneNumber */.l)(v, region ? { defaultCountry: region } : undefined);
                if (parsed && parsed.isValid())
                    row[c] = parsed.format(format);
            }
            return row;
        }
    };
};
const DIGESTS = {
    MD5: { hmac: false, algorithm: 'md5' },
    SHA1: { hmac: false, algorithm: 'sha1' },
    SHA256: { hmac: false, algorithm: 'sha256' },
    SHA512: { hmac: false, algorithm: 'sha512' },
    HMAC_MD5: { hmac: true, algorithm: 'md5' },
    HMAC_SHA1: { hmac: true, algorithm: 'sha1' },
    HMAC_SHA256: { hmac: true, algorithm: 'sha256' },
    HMAC_SHA512: { hmac: true, algorithm: 'sha512' }
};
const oneShot = external_node_crypto_.hash;
function digestBase64(algorithm) {
    if (oneShot)
        return v => oneShot(algorithm, v, 'base64');
    return v => (0,external_node_crypto_.createHash)(algorithm).update(v, 'utf8').digest('base64');
}
/**
 * HMAC (RFC 2104) from two one-shot digests over preallocated buffers: about 25% faster per value than createHmac,
 * which sets up a keyed context for every call. Falls back to createHmac where crypto.hash is missing (Node < 20.12).
 */
function hmacBase64(algorithm, key) {
    if (!oneShot)
        return v => (0,external_node_crypto_.createHmac)(algorithm, key).update(v, 'utf8').digest('base64');
    const blockSize = algorithm === 'sha512' ? 128 : 64;
    const block = Buffer.alloc(blockSize);
    (key.length > blockSize ? (0,external_node_crypto_.createHash)(algorithm).update(key).digest() : key).copy(block);
    const digestSize = (0,external_node_crypto_.createHash)(algorithm).digest().length;
    let inner = Buffer.alloc(blockSize + 1024);
    for (let i = 0; i < blockSize; i++)
        inner[i] = block[i] ^ 0x36;
    const outer = Buffer.alloc(blockSize + digestSize);
    for (let i = 0; i < blockSize; i++)
        outer[i] = block[i] ^ 0x5c;
    return v => {
        if (Buffer.byteLength(v) > inner.length - blockSize) {
            const grown = Buffer.alloc(blockSize + Buffer.byteLength(v) * 2);
            inner.copy(grown, 0, 0, blockSize);
            inner = grown;
        }
        const n = inner.write(v, blockSize, 'utf8');
        oneShot(algorithm, inner.subarray(0, blockSize + n), 'buffer').copy(outer, blockSize);
        return oneShot(algorithm, outer, 'base64');
    };
}
/**
 * CRYPTOGRAPHIC_HASH: Base64 of the raw digest (AWS's samples show 44-character outputs for SHA-256). Missing values
 * stay missing: hashing them would give every blank the same token, which would then "match" across partners.
 */
const cryptographicHash = (step, columns, options) => {
    const cols = sourceColumns(step, columns);
    const name = (step.parameters.algorithm ?? 'HMAC_SHA256').toUpperCase();
    const d = DIGESTS[name];
    if (!d)
        throw new StepError(step, `CRYPTOGRAPHIC_HASH algorithm '${name}' is not one of ${Object.keys(DIGESTS).join(', ')}`);
    if (d.hmac && !options.hashKey) {
        throw new StepError(step, `CRYPTOGRAPHIC_HASH ${name} needs the HMAC key: pass --hash-key-file (or CLEANROOMS_HASH_KEY)`);
    }
    const keyProblem = d.hmac ? (0,hash_key/* hashKeyProblem */.xX)(options.hashKey, 'the hashKey option') : undefined;
    if (keyProblem)
        throw new StepError(step, `CRYPTOGRAPHIC_HASH ${name}: ${keyProblem}`);
    const digest = d.hmac ? hmacBase64(d.algorithm, options.hashKey) : digestBase64(d.algorithm);
    // A digest is text whatever the column held (an integer column hashed is a string column, as in DataBrew's output).
    const typed = columns.map(c => (cols.includes(c.name) ? { ...c, type: 'string' } : c));
    return inPlace(typed, cols, v => (v === '' ? v : digest(v)));
};
const PII_OPERATIONS = {
    CRYPTOGRAPHIC_HASH: cryptographicHash,
    FORMAT_PHONE_NUMBER: formatPhone
};

;// CONCATENATED MODULE: ./src/recipe/ops/rows.ts
/**
 * SHUFFLE_ROWS (recipe-actions.SHUFFLE_ROWS.html, a PII step): the values of `sourceColumns` move together to
 * other rows, chosen at random; with `groupByColumns`, only among rows that share those columns' values. The other
 * columns stay where they are, so a row keeps its own non-PII values. The step needs every row at once (the engine
 * holds them in memory for it).
 *
 * Randomness: without a seed, node's CSPRNG; with EngineOptions.shuffleSeed (the CLI's --shuffle-seed) a PRNG
 * seeded from SHA-256 of the seed, so tests and reviews can reproduce a run. No local run matches DataBrew's
 * permutation: what can be checked is that each column keeps the same multiset of values.
 */


/** xoshiro128** seeded from SHA-256(seed): fast, deterministic, well distributed; not for secrets. */
function seededDraw(seed) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(seed, 'utf8').digest();
    const s = [0, 4, 8, 12].map(i => digest.readUInt32LE(i));
    const next = () => {
        const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
        const t = s[1] << 9;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = rotl(s[3], 11);
        return result;
    };
    return n => {
        // Rejection sampling: no modulo bias.
        const limit = Math.floor(0x1_0000_0000 / n) * n;
        for (;;) {
            const x = next();
            if (x < limit)
                return x % n;
        }
    };
}
const rotl = (x, k) => ((x << k) | (x >>> (32 - k))) >>> 0;
/** Fisher–Yates over the indexes of one group. */
function permutation(n, draw) {
    const p = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
        const j = draw(i + 1);
        [p[i], p[j]] = [p[j], p[i]];
    }
    return p;
}
const shuffleRows = (step, columns, options) => {
    const moved = sourceColumns(step, columns);
    const groupBy = step.parameters.groupByColumns !== undefined ? list(step, 'groupByColumns') : [];
    for (const g of groupBy)
        requireColumn(step, columns, g);
    const draw = options.shuffleSeed !== undefined ? seededDraw(options.shuffleSeed) : n => (0,external_node_crypto_.randomInt)(n);
    return {
        columns,
        apply: row => row,
        table: rows => {
            const groups = new Map();
            rows.forEach((row, i) => {
                const key = JSON.stringify(groupBy.map(g => row[g] ?? null));
                const members = groups.get(key);
                if (members)
                    members.push(i);
                else
                    groups.set(key, [i]);
            });
            const values = rows.map(row => Object.fromEntries(moved.map(c => [c, row[c] ?? null])));
            for (const members of groups.values()) {
                const p = permutation(members.length, draw);
                members.forEach((rowIndex, k) => {
                    const from = values[members[p[k]]];
                    for (const c of moved)
                        rows[rowIndex][c] = from[c] ?? null;
                });
            }
            return rows;
        }
    };
};
const ROW_OPERATIONS = {
    SHUFFLE_ROWS: shuffleRows
};

;// CONCATENATED MODULE: ./src/recipe/ops/sort.ts

function parseKeys(step, columns) {
    let raw;
    try {
        raw = JSON.parse(param(step, 'expressions'));
    }
    catch {
        throw new StepError(step, 'SORT expressions must be a JSON list of {sourceColumn, ordering, nullsOrdering}');
    }
    if (!Array.isArray(raw) || raw.length === 0)
        throw new StepError(step, 'SORT expressions must be a non-empty JSON list of {sourceColumn, ordering, nullsOrdering}');
    return raw.map((e, i) => {
        const column = e?.sourceColumn;
        if (typeof column !== 'string')
            throw new StepError(step, `SORT expression ${i + 1} needs sourceColumn`);
        requireColumn(step, columns, column);
        const ordering = String(e.ordering ?? 'ASCENDING').toUpperCase();
        const nulls = String(e.nullsOrdering ?? 'NULLS_TOP').toUpperCase();
        if (ordering !== 'ASCENDING' && ordering !== 'DESCENDING')
            throw new StepError(step, `SORT expression ${i + 1}: ordering must be ASCENDING or DESCENDING, not ${ordering}`);
        if (nulls !== 'NULLS_TOP' && nulls !== 'NULLS_BOTTOM')
            throw new StepError(step, `SORT expression ${i + 1}: nullsOrdering must be NULLS_TOP or NULLS_BOTTOM, not ${nulls}`);
        const type = columns.find(c => c.name === column).type;
        const key = {
            column,
            descending: ordering === 'DESCENDING',
            nullsFirst: nulls === 'NULLS_TOP',
            numeric: type === 'integer' || type === 'double'
        };
        if (Array.isArray(e.customOrder)) {
            const sensitive = e.isCustomOrderCaseSensitive === true || e.isCustomOrderCaseSensitive === 'true';
            const fold = (v) => (sensitive ? v : v.toLowerCase());
            const ranks = new Map(e.customOrder.map((v, k) => [fold(String(v)), k]));
            key.rank = v => ranks.get(fold(v));
        }
        return key;
    });
}
function compareValues(key, a, b) {
    if (key.rank) {
        const ra = key.rank(a);
        const rb = key.rank(b);
        if (ra !== undefined || rb !== undefined)
            return (ra ?? Infinity) - (rb ?? Infinity);
    }
    if (key.numeric) {
        const x = Number(a);
        const y = Number(b);
        if (!Number.isNaN(x) && !Number.isNaN(y))
            return x - y;
    }
    return byCodePoint(a, b);
}
const sort = (step, columns) => {
    const keys = parseKeys(step, columns);
    const compare = (r, s) => {
        for (const key of keys) {
            const a = r[key.column] ?? null;
            const b = s[key.column] ?? null;
            if (a === null || b === null) {
                if (a === b)
                    continue;
                // Nulls go where nullsOrdering says, whatever the direction.
                return (a === null ? -1 : 1) * (key.nullsFirst ? 1 : -1);
            }
            const c = compareValues(key, a, b);
            if (c !== 0)
                return key.descending ? -c : c;
        }
        return 0;
    };
    return { columns, apply: row => row, table: rows => rows.sort(compare) };
};
const SORT_OPERATIONS = { SORT: sort };

;// CONCATENATED MODULE: ./src/recipe/ops/split.ts

/** Split results go to `<source>_1 … <source>_n` in place of the source column. */
function splitInto(step, columns, count, split) {
    const from = param(step, 'sourceColumn');
    requireColumn(step, columns, from);
    const names = Array.from({ length: count }, (_, i) => `${from}_${i + 1}`);
    for (const n of names)
        requireNew(step, columns, n);
    const i = columns.findIndex(c => c.name === from);
    return {
        columns: [
            ...columns.slice(0, i),
            ...names.map(name => ({ name, type: 'string' })),
            ...columns.slice(i + 1)
        ],
        apply: row => {
            const v = row[from];
            const parts = missing(v) ? [] : split(v);
            for (let k = 0; k < count; k++)
                row[names[k]] = parts[k] ?? null;
            delete row[from];
            return row;
        }
    };
}
/** Splits at most `limit` times on the delimiter, from the start; the rest stays in the last part. */
function splitLimited(v, delimiter, limit) {
    const out = [];
    let rest = v;
    for (let k = 0; k < limit; k++) {
        const m = typeof delimiter === 'string'
            ? { index: rest.indexOf(delimiter), length: delimiter.length }
            : (() => {
                const r = delimiter.exec(rest);
                return r ? { index: r.index, length: r[0].length } : { index: -1, length: 0 };
            })();
        if (m.index < 0)
            break;
        out.push(rest.slice(0, m.index));
        rest = rest.slice(m.index + m.length);
    }
    out.push(rest);
    return out;
}
const splitSingle = (step, columns) => {
    const delimiter = param(step, 'pattern');
    const limit = intParam(step, 'limit', 1);
    return splitInto(step, columns, limit + 1, v => splitLimited(v, delimiter, limit));
};
const splitMultiple = (step, columns) => {
    const delimiters = list(step, 'patternOptions');
    const limit = intParam(step, 'limit', 1);
    const re = new RegExp(delimiters.map(escapeRegex).join('|'));
    return splitInto(step, columns, limit + 1, v => splitLimited(v, re, limit));
};
const splitFromStart = (step, columns) => {
    const position = intParam(step, 'position');
    return splitInto(step, columns, 2, v => [v.slice(0, position), v.slice(position)]);
};
const splitFromEnd = (step, columns) => {
    const position = intParam(step, 'position');
    return splitInto(step, columns, 2, v => [
        v.slice(0, Math.max(0, v.length - position)),
        v.slice(Math.max(0, v.length - position))
    ]);
};
const splitBetweenPositions = (step, columns) => {
    const start = intParam(step, 'startPosition');
    const end = intParam(step, 'endPosition');
    return splitInto(step, columns, 3, v => [v.slice(0, start), v.slice(start, end), v.slice(end)]);
};
const splitBetweenDelimiter = (step, columns) => {
    const open = param(step, 'patternOption1');
    const close = param(step, 'patternOption2');
    return splitInto(step, columns, 3, v => {
        const a = v.indexOf(open);
        if (a < 0)
            return [v, null, null];
        const b = v.indexOf(close, a + open.length);
        if (b < 0)
            return [v.slice(0, a), v.slice(a + open.length), null];
        return [v.slice(0, a), v.slice(a + open.length, b), v.slice(b + close.length)];
    });
};
const SPLIT_OPERATIONS = {
    SPLIT_COLUMN_SINGLE_DELIMITER: splitSingle,
    SPLIT_COLUMN_MULTIPLE_DELIMITER: splitMultiple,
    SPLIT_COLUMN_FROM_START: splitFromStart,
    SPLIT_COLUMN_FROM_END: splitFromEnd,
    SPLIT_COLUMN_BETWEEN_POSITIONS: splitBetweenPositions,
    SPLIT_COLUMN_BETWEEN_DELIMITER: splitBetweenDelimiter
};

;// CONCATENATED MODULE: ./src/recipe/ops/structure.ts
/** Column structure: DELETE, RENAME, DUPLICATE and MERGE. */

const deleteColumns = (step, columns) => {
    const names = sourceColumns(step, columns);
    const drop = new Set(names);
    return {
        columns: columns.filter(c => !drop.has(c.name)),
        apply: row => {
            for (const n of names)
                delete row[n];
            return row;
        }
    };
};
const rename = (step, columns) => {
    const from = param(step, 'sourceColumn');
    const to = param(step, 'targetColumn');
    requireColumn(step, columns, from);
    if (from !== to)
        requireNew(step, columns, to);
    return {
        columns: columns.map(c => (c.name === from ? { ...c, name: to } : c)),
        apply: row => {
            if (from === to)
                return row;
            row[to] = row[from] ?? null;
            delete row[from];
            return row;
        }
    };
};
const duplicate = (step, columns) => {
    const from = param(step, 'sourceColumn');
    const to = param(step, 'targetColumn');
    requireColumn(step, columns, from);
    requireNew(step, columns, to);
    const type = columns.find(c => c.name === from).type;
    return {
        columns: insertAfter(columns, from, [{ name: to, type }]),
        apply: row => {
            row[to] = row[from] ?? null;
            return row;
        }
    };
};
/** MERGE: the new column follows the last source column; sources stay. Missing values are skipped, not joined. */
const merge = (step, columns) => {
    const from = list(step, 'sourceColumns');
    for (const f of from)
        requireColumn(step, columns, f);
    const to = param(step, 'targetColumn');
    requireNew(step, columns, to);
    const delimiter = step.parameters.delimiter ?? '';
    return {
        columns: insertAfter(columns, from[from.length - 1], [{ name: to, type: 'string' }]),
        apply: row => {
            const parts = from.map(f => row[f]).filter(v => !missing(v));
            row[to] = parts.length === 0 ? null : parts.join(delimiter);
            return row;
        }
    };
};
const STRUCTURE_OPERATIONS = {
    DELETE: deleteColumns,
    RENAME: rename,
    DUPLICATE: duplicate,
    MERGE: merge
};

;// CONCATENATED MODULE: ./src/recipe/ops/text.ts
/** Text operations: case, REMOVE_COMBINED's cleaning and REPLACE_TEXT. */


/**
 * CAPITAL_CASE: "the first letter of each word is capitalized and the rest of the word is transformed to lowercase"
 * (recipe-actions.CAPITAL_CASE.html). A word is a run of characters between white space, as in Spark's initcap,
 * which DataBrew runs on: the word's first character is upper-cased (a digit stays as it is) and the rest
 * lower-cased, so `M1A` → `M1a`, `1ST` → `1st`, `mary-ann` → `Mary-ann`, `o'neil` → `O'neil`.
 */
function capitalCase(v) {
    return v.replace(/[^\s]+/gu, w => {
        const [first = '', ...rest] = [...w];
        return first.toUpperCase() + rest.join('').toLowerCase();
    });
}
/**
 * SENTENCE_CASE: "the first letter of each sentence is capitalized, and the rest of the sentence is transformed to
 * lowercase" (recipe-actions.SENTENCE_CASE.html, example `The quick brown fox. Jumped over. The fence`). A sentence
 * starts the value or follows `.`, `!` or `?` and white space.
 */
function sentenceCase(v) {
    return v
        .toLowerCase()
        .replace(/(^|[.!?]\s+)(\P{L}*?)(\p{L})/gu, (_m, end, lead, letter) => {
        return end + lead + letter.toUpperCase();
    });
}
// REMOVE_COMBINED's character sets are the page's own (recipe-actions.REMOVE_COMBINED.html), not Unicode classes:
// punctuation is `. ! , ?`, letters A–Z and a–z, numbers 0–9, special characters the ASCII list below.
const PUNCT = /[.!,?]/g;
const EDGE_PUNCT = /^[.!,?]+|[.!,?]+$/g;
const QUOTES = /["'`\u2018\u2019\u201C\u201D]/g;
const EDGE_QUOTES = /^["'`\u2018\u2019\u201C\u201D]+|["'`\u2018\u2019\u201C\u201D]+$/g;
// Special characters: ! " # $ % & ' ( ) * + , - . / : ; < = > ? @ [ \ ] ^ _ ` { | } ~ (the page's list).
const SPECIAL = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;
/**
 * REMOVE_COMBINED. Order: custom value, custom characters, letters, numbers, punctuation/quotes/special
 * characters, then whitespace — so removing punctuation cannot leave whitespace that a later trim misses.
 */
const removeCombined = (step, columns) => {
    const cols = sourceColumns(step, columns);
    const fs = [];
    if (flag(step, 'removeCustomValue') && step.parameters.customValue) {
        const re = new RegExp(escapeRegex(step.parameters.customValue), 'g');
        fs.push(v => v.replace(re, ''));
    }
    if (flag(step, 'removeCustomCharacters') && step.parameters.customCharacters) {
        const re = new RegExp(`[${escapeRegex(step.parameters.customCharacters)}]`, 'gu');
        fs.push(v => v.replace(re, ''));
    }
    if (flag(step, 'removeLetters'))
        fs.push(v => v.replace(/[A-Za-z]/g, ''));
    if (flag(step, 'removeNumbers'))
        fs.push(v => v.replace(/[0-9]/g, ''));
    if (flag(step, 'removeSpecialCharacters'))
        fs.push(v => v.replace(SPECIAL, ''));
    if (flag(step, 'removeAllPunctuation'))
        fs.push(v => v.replace(PUNCT, ''));
    if (flag(step, 'removeLeadingAndTrailingPunctuation'))
        fs.push(v => v.trim().replace(EDGE_PUNCT, ''));
    if (flag(step, 'removeAllQuotes'))
        fs.push(v => v.replace(QUOTES, ''));
    if (flag(step, 'removeLeadingAndTrailingQuotes'))
        fs.push(v => v.trim().replace(EDGE_QUOTES, ''));
    if (flag(step, 'removeAllWhitespace'))
        fs.push(v => v.replace(/\s+/gu, ''));
    if (flag(step, 'collapseConsecutiveWhitespace'))
        fs.push(v => v.replace(/\s+/gu, ' '));
    if (flag(step, 'removeLeadingAndTrailingWhitespace'))
        fs.push(v => v.trim());
    return inPlace(columns, cols, v => fs.reduce((acc, f) => f(acc), v));
};
/**
 * REPLACE_TEXT: `pattern` is a Java regular expression (DataBrew); `value` uses Java's replacement syntax ($n, \$).
 * Assumed from the parameter names and DataBrew's Java runtime: the reference does not spell the dialect out.
 */
const replaceText = (step, columns) => {
    const cols = sourceColumns(step, columns);
    let re;
    let replacement;
    try {
        re = (0,recipe_pattern/* compilePattern */.Eb)(param(step, 'pattern'), 'REPLACE_TEXT pattern');
        replacement = (0,recipe_pattern/* javaReplacement */.$W)(step.parameters.value ?? '', (0,recipe_pattern/* groupCount */.hl)(re));
    }
    catch (err) {
        if (!(err instanceof recipe_pattern/* PatternError */.JM))
            throw err;
        throw new StepError(step, err.message);
    }
    return inPlace(columns, cols, v => re.replaceAll(v, replacement));
};
const TEXT_OPERATIONS = {
    LOWER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toLowerCase()),
    UPPER_CASE: (s, c) => inPlace(c, sourceColumns(s, c), v => v.toUpperCase()),
    CAPITAL_CASE: (s, c) => inPlace(c, sourceColumns(s, c), capitalCase),
    SENTENCE_CASE: (s, c) => inPlace(c, sourceColumns(s, c), sentenceCase),
    REMOVE_COMBINED: removeCombined,
    REPLACE_TEXT: replaceText
};

;// CONCATENATED MODULE: ./src/recipe/ops/types.ts

const types_TYPES = {
    string: 'string',
    integer: 'integer',
    int: 'integer',
    long: 'integer',
    bigint: 'integer',
    double: 'double',
    float: 'double',
    decimal: 'double',
    boolean: 'boolean',
    date: 'date',
    timestamp: 'timestamp'
};
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** CHANGE_DATA_TYPE: values that cannot be converted become NULL (DataBrew's documented behaviour). */
const changeDataType = (step, columns) => {
    const from = param(step, 'sourceColumn');
    requireColumn(step, columns, from);
    const raw = param(step, 'columnDataType');
    const type = types_TYPES[raw.toLowerCase()];
    if (!type)
        throw new UnsupportedOperation(step, `CHANGE_DATA_TYPE to '${raw}' cannot run locally (supported: ${Object.keys(types_TYPES).join(', ')})`);
    const convert = type === 'integer'
        ? v => /^\s*[+-]?\d+\s*$/.test(v)
            ? String(BigInt(v.trim()))
            : /^\s*[+-]?\d+\.0*\s*$/.test(v)
                ? String(BigInt(v.trim().split('.')[0]))
                : null
        : type === 'double'
            ? v => (v.trim() !== '' && Number.isFinite(Number(v)) ? String(Number(v)) : null)
            : type === 'boolean'
                ? v => /^(true|1|yes|y|t)$/i.test(v.trim())
                    ? 'true'
                    : /^(false|0|no|n|f)$/i.test(v.trim())
                        ? 'false'
                        : null
                : type === 'date'
                    ? v => {
                        const t = v.trim();
                        if (DATE.test(t))
                            return Number.isNaN(Date.parse(t)) ? null : t;
                        const d = new Date(t);
                        return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
                    }
                    : type === 'timestamp'
                        ? v => {
                            const d = new Date(v.trim());
                            return Number.isNaN(d.getTime()) ? null : d.toISOString();
                        }
                        : v => v;
    return {
        columns: columns.map(c => (c.name === from ? { ...c, type } : c)),
        apply: row => {
            const v = row[from];
            row[from] = missing(v) ? null : convert(v);
            return row;
        }
    };
};
const TYPE_OPERATIONS = {
    CHANGE_DATA_TYPE: changeDataType
};

;// CONCATENATED MODULE: ./src/recipe/operations.ts
/**
 * The operations the local engine runs, each compiled once per step into a row function. Semantics follow the
 * DataBrew recipe actions reference; where the reference is silent the choice is written next to the code.
 * Values are text (or null = missing); CHANGE_DATA_TYPE records the column type for the writer.
 * Each family lives in its own module under ops/; this is the registry.
 */



















const OPERATIONS = {
    ...TEXT_OPERATIONS,
    ...PII_OPERATIONS,
    ...STRUCTURE_OPERATIONS,
    ...SPLIT_OPERATIONS,
    ...TYPE_OPERATIONS,
    ...FILL_OPERATIONS,
    ...MASK_OPERATIONS,
    ...MATH_OPERATIONS,
    ...DATE_OPERATIONS,
    ...PATTERN_OPERATIONS,
    ...MAPPING_OPERATIONS,
    ...ROW_OPERATIONS,
    ...SORT_OPERATIONS,
    ...EXTRACT_VALUE_OPERATIONS,
    ...GROUP_OPERATIONS,
    ...CASE_OPERATIONS,
    ...JOIN_OPERATIONS
};
const SUPPORTED_OPERATIONS = Object.keys(OPERATIONS);


/***/ }),

/***/ 5617:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ formatParser),
/* harmony export */   Bq: () => (/* binding */ fromDate),
/* harmony export */   Co: () => (/* binding */ DateFormatError),
/* harmony export */   _U: () => (/* binding */ parseDate),
/* harmony export */   d2: () => (/* binding */ compileFormat),
/* harmony export */   ed: () => (/* binding */ isoWeek),
/* harmony export */   g6: () => (/* binding */ monthName),
/* harmony export */   hp: () => (/* binding */ weekDayIndex),
/* harmony export */   ik: () => (/* binding */ printDate)
/* harmony export */ });
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December'
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
class DateFormatError extends Error {
}
/** Console labels → Java letters (see the header). */
function fromConsoleLabel(format) {
    const java = { month: 'MMMM', mm: 'MM', MM: 'mm', SS: 'ss' };
    return format.replace(/month|mm|MM|SS/g, label => java[label]);
}
function isConsoleLabel(format) {
    if (format.includes('month'))
        return true;
    if (format.includes('SS') && !format.includes('ss'))
        return true;
    // `mm` as a month: next to date parts, not after a colon, and no `MM` month elsewhere.
    return /(^|[^:])mm/.test(format) && /(yy|dd)/.test(format) && !format.replace(/HH:MM/g, '').includes('MM');
}
const SUPPORTED = new Set(['y', 'M', 'd', 'H', 'h', 'm', 's', 'S', 'a', 'E']);
/** Splits a Java pattern into tokens; throws naming the first letter this engine cannot print or parse. */
function compileFormat(format) {
    const java = isConsoleLabel(format) ? fromConsoleLabel(format) : format;
    const tokens = [];
    for (let i = 0; i < java.length;) {
        const ch = java[i];
        if (ch === "'") {
            const end = java.indexOf("'", i + 1);
            if (end < 0)
                throw new DateFormatError(`unterminated quote in date format '${format}'`);
            tokens.push({ literal: end === i + 1 ? "'" : java.slice(i + 1, end) });
            i = end + 1;
        }
        else if (/[A-Za-z]/.test(ch)) {
            if (!SUPPORTED.has(ch))
                throw new DateFormatError(`date format '${format}' uses '${ch}', which the local engine does not support (supported: y M d H h m s S a E and quoted text)`);
            let j = i;
            while (java[j] === ch)
                j++;
            tokens.push({ letter: ch, width: j - i });
            i = j;
        }
        else {
            tokens.push({ literal: ch });
            i++;
        }
    }
    return tokens;
}
const pad = (n, width) => String(n).padStart(width, '0');
/** Day of the week, 0 = Sunday. */
function weekDayIndex(p) {
    return new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay();
}
function printDate(tokens, p) {
    let out = '';
    for (const t of tokens) {
        if ('literal' in t) {
            out += t.literal;
            continue;
        }
        const w = t.width;
        switch (t.letter) {
            case 'y':
                out += w === 2 ? pad(p.year % 100, 2) : pad(p.year, w);
                break;
            case 'M':
                out += w >= 4 ? MONTHS[p.month - 1] : w === 3 ? MONTHS[p.month - 1].slice(0, 3) : pad(p.month, w);
                break;
            case 'd':
                out += pad(p.day, w);
                break;
            case 'H':
                out += pad(p.hour, w);
                break;
            case 'h':
                out += pad(p.hour % 12 === 0 ? 12 : p.hour % 12, w);
                break;
            case 'm':
                out += pad(p.minute, w);
                break;
            case 's':
                out += pad(p.second, w);
                break;
            case 'S':
                out += pad(p.millisecond, 3).padEnd(w, '0').slice(0, w);
                break;
            case 'a':
                out += p.hour < 12 ? 'AM' : 'PM';
                break;
            case 'E': {
                const name = DAYS[weekDayIndex(p)];
                out += w >= 4 ? name : name.slice(0, 3);
                break;
            }
        }
    }
    return out;
}
function valid(p) {
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59)
        return undefined;
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
    return d.getUTCDate() === p.day && d.getUTCMonth() === p.month - 1 ? p : undefined;
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A parser for values written in `tokens`' format; undefined for a value that does not match. */
function formatParser(tokens) {
    const fields = [];
    let source = '^';
    for (const t of tokens) {
        if ('literal' in t) {
            source += escape(t.literal);
            continue;
        }
        fields.push(t.letter + (t.letter === 'M' && t.width >= 3 ? 'name' : ''));
        source +=
            t.letter === 'M' && t.width >= 3
                ? '([A-Za-z]+)'
                : t.letter === 'E'
                    ? '([A-Za-z]+)'
                    : t.letter === 'a'
                        ? '(AM|PM|am|pm)'
                        : t.width >= 2 && t.letter !== 'y' && t.letter !== 'S'
                            ? `(\\d{${t.width}})`
                            : '(\\d+)';
    }
    const re = new RegExp(`${source}$`);
    return v => {
        const m = re.exec(v.trim());
        if (!m)
            return undefined;
        const p = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0, millisecond: 0 };
        let pm;
        fields.forEach((f, i) => {
            const text = m[i + 1];
            const n = Number(text);
            if (f === 'y')
                p.year = text.length === 2 ? 2000 + n : n;
            else if (f === 'M')
                p.month = n;
            else if (f === 'Mname')
                p.month = MONTHS.findIndex(x => x.toLowerCase().startsWith(text.toLowerCase())) + 1;
            else if (f === 'd')
                p.day = n;
            else if (f === 'H' || f === 'h')
                p.hour = n;
            else if (f === 'm')
                p.minute = n;
            else if (f === 's')
                p.second = n;
            else if (f === 'S')
                p.millisecond = Number(text.padEnd(3, '0').slice(0, 3));
            else if (f === 'a')
                pm = text.toUpperCase() === 'PM';
        });
        if (pm !== undefined)
            p.hour = (p.hour % 12) + (pm ? 12 : 0);
        return valid(p);
    };
}
const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;
const US = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
/**
 * A value in one of the forms DataBrew reads without a format: ISO dates and timestamps (`2020-01-15`,
 * `2020-01-15T10:30:00Z`, `2020-01-15 10:30:00.123`, `2020/01/15`) and US month-first dates (`01/15/2020`,
 * `1-15-2020 10:30`). A timestamp with an offset is converted to UTC (DataBrew jobs run in UTC).
 */
function parseDate(v) {
    const t = v.trim();
    const iso = ISO.exec(t);
    if (iso) {
        const [, y, mo, d, h, mi, s, frac, zone] = iso;
        const p = valid({
            year: Number(y),
            month: Number(mo),
            day: Number(d),
            hour: Number(h ?? 0),
            minute: Number(mi ?? 0),
            second: Number(s ?? 0),
            millisecond: frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0
        });
        if (!p || !zone || zone === 'Z')
            return p;
        const sign = zone[0] === '-' ? -1 : 1;
        const digits = zone.slice(1).replace(':', '');
        const offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
        const utc = new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond) - offset * 60_000);
        return fromDate(utc);
    }
    const us = US.exec(t);
    if (us) {
        const [, mo, , d, y, h, mi, s] = us;
        return valid({
            year: Number(y),
            month: Number(mo),
            day: Number(d),
            hour: Number(h ?? 0),
            minute: Number(mi ?? 0),
            second: Number(s ?? 0),
            millisecond: 0
        });
    }
    return undefined;
}
function fromDate(d) {
    return {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate(),
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millisecond: d.getUTCMilliseconds()
    };
}
/** ISO-8601 week of the year (1–53), as Spark's weekofyear. */
function isoWeek(p) {
    const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
    const day = d.getUTCDay() || 7;
    d.setUTCDate(d.getUTCDate() + 4 - day);
    const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
    return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}
const monthName = (p) => MONTHS[p.month - 1];


/***/ })

};
