export const id = 666;
export const ids = [666];
export const modules = {

/***/ 5499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MH: () => (/* binding */ listParameter),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   gI: () => (/* binding */ stepProblem)
/* harmony export */ });
/**
 * The DataBrew recipe as AWS exports it (describe-recipe / console download): an array of steps
 * `{ Action: { Operation, Parameters }, ConditionExpressions? }`. Parameter values are strings in the API model
 * (lists are JSON inside the string); plain arrays and booleans are accepted on input and normalized to strings
 * here, so the validator and the engine see one shape. Pure: no @actions or @aws-sdk imports.
 */
/** `file:line:col: message` — the one format every recipe problem is printed in. */
function formatProblem(p) {
    return `${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
/** A list parameter ("[\"a\",\"b\"]" or a plain array already normalized to that string) → its items. */
function listParameter(value) {
    if (value === undefined)
        return undefined;
    try {
        const parsed = JSON.parse(value);
        if (Array.isArray(parsed) && parsed.every(v => typeof v === 'string'))
            return parsed;
    }
    catch {
        // not JSON: the validator reports it
    }
    return undefined;
}
/** A problem at a step, its message prefixed with the step's number and operation. */
function stepProblem(recipe, step, message, severity = 'error') {
    return {
        file: recipe.file,
        ...step.location,
        step: step.number,
        message: `step ${step.number} (${step.operation}): ${message}`,
        severity
    };
}


/***/ }),

/***/ 557:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Em: () => (/* binding */ caseExpressionColumns),
/* harmony export */   Ft: () => (/* binding */ references),
/* harmony export */   Mo: () => (/* binding */ caseExpressionProblem),
/* harmony export */   kY: () => (/* binding */ parseCaseExpression),
/* harmony export */   kv: () => (/* binding */ CaseSyntaxError)
/* harmony export */ });
/* unused harmony exports CASE_SYNTAX, tokenize */
/**
 * The `valueExpression` language of CASE_OPERATION (recipe-actions.CASE_OPERATION.html): a Spark SQL CASE expression,
 * `case when `column11` < `column.2` then 'result1' when `column2` < 'value2' then 'result2' else 'high' end`.
 * Read by a small tokenizer and recursive-descent parser into a tree; nothing is ever evaluated as code.
 *
 * Accepted (keywords in any case): CASE WHEN <condition> THEN <value> … [ELSE <value>] END; conditions built from
 * = == != <> < <= > >=, IS [NOT] NULL, AND, OR, NOT and parentheses; values and operands are columns (in back ticks,
 * or a bare name as Spark SQL reads it), 'text' or "text" (backslash escapes), numbers, NULL, TRUE/FALSE, `:name`
 * (an aggregate declared in withExpressions, as the page's table shows) or a nested CASE. Anything else (functions,
 * arithmetic, LIKE, IN, BETWEEN …) is refused with the token and its position, never guessed at.
 */
/** What the expression accepts, for error messages. */
const CASE_SYNTAX = "CASE WHEN <condition> THEN <value> … [ELSE <value>] END, with columns in back ticks, 'text', numbers, NULL, " +
    ':aggregate names, = != <> < <= > >=, IS [NOT] NULL, AND, OR, NOT and parentheses';
class CaseSyntaxError extends Error {
    token;
    position;
    expected;
    constructor(token, position, expected) {
        super(token === ''
            ? `valueExpression ends early: expected ${expected} (write ${CASE_SYNTAX})`
            : `valueExpression: unsupported \`${token}\` at character ${position + 1}, expected ${expected} (write ${CASE_SYNTAX})`);
        this.token = token;
        this.position = position;
        this.expected = expected;
    }
}
const ESCAPES = { n: '\n', t: '\t', r: '\r', '0': '\0' };
function readQuoted(src, start, quote) {
    let value = '';
    for (let i = start + 1; i < src.length; i++) {
        const c = src[i];
        if (c === '\\' && i + 1 < src.length) {
            const e = src[++i];
            value += ESCAPES[e] ?? e;
        }
        else if (c === quote)
            return { value, end: i + 1 };
        else
            value += c;
    }
    throw new CaseSyntaxError(src.slice(start), start, `a closing ${quote}`);
}
const TOKEN_PATTERNS = [
    ['number', /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![\w.])/y],
    ['aggregate', /:([\w.]+)/y],
    ['word', /[A-Za-z_][\w]*/y],
    ['op', /<=|>=|<>|!=|==|=|<|>|\(|\)/y]
];
function tokenize(src) {
    const tokens = [];
    let i = 0;
    while (i < src.length) {
        if (/\s/.test(src[i])) {
            i++;
            continue;
        }
        const c = src[i];
        if (c === '`') {
            // A back-ticked column; `` inside stands for one back tick (Spark SQL).
            const m = /`((?:[^`]|``)*)`/y;
            m.lastIndex = i;
            const found = m.exec(src);
            if (!found)
                throw new CaseSyntaxError(src.slice(i), i, 'a closing back tick');
            tokens.push({ kind: 'column', value: found[1].replace(/``/g, '`'), raw: found[0], at: i });
            i = m.lastIndex;
            continue;
        }
        if (c === "'" || c === '"') {
            const { value, end } = readQuoted(src, i, c);
            tokens.push({ kind: 'text', value, raw: src.slice(i, end), at: i });
            i = end;
            continue;
        }
        const hit = TOKEN_PATTERNS.map(([kind, re]) => {
            re.lastIndex = i;
            const m = re.exec(src);
            return m ? { kind, m } : undefined;
        }).find(x => x !== undefined);
        if (!hit)
            throw new CaseSyntaxError(src.slice(i).split(/\s/)[0], i, 'a column, a value or an operator');
        const raw = hit.m[0];
        const value = hit.kind === 'aggregate' ? hit.m[1] : hit.kind === 'word' ? raw.toUpperCase() : raw;
        tokens.push({ kind: hit.kind, value, raw, at: i });
        i += raw.length;
    }
    tokens.push({ kind: 'end', value: '', raw: '', at: src.length });
    return tokens;
}
const KEYWORDS = new Set([
    'CASE',
    'WHEN',
    'THEN',
    'ELSE',
    'END',
    'AND',
    'OR',
    'NOT',
    'IS',
    'NULL',
    'TRUE',
    'FALSE'
]);
const COMPARE = {
    '=': '=',
    '==': '=',
    '!=': '!=',
    '<>': '!=',
    '<': '<',
    '<=': '<=',
    '>': '>',
    '>=': '>='
};
class Parser {
    tokens;
    i = 0;
    constructor(tokens) {
        this.tokens = tokens;
    }
    get peek() {
        return this.tokens[this.i];
    }
    fail(expected) {
        throw new CaseSyntaxError(this.peek.raw, this.peek.at, expected);
    }
    isWord(word) {
        return this.peek.kind === 'word' && this.peek.value === word;
    }
    isOp(op) {
        return this.peek.kind === 'op' && this.peek.value === op;
    }
    expectWord(word) {
        if (!this.isWord(word))
            this.fail(word);
        this.i++;
    }
    parseCase() {
        this.expectWord('CASE');
        const branches = [];
        while (this.isWord('WHEN')) {
            this.i++;
            const when = this.parseOr();
            this.expectWord('THEN');
            branches.push({ when, then: this.parseOperand('a value after THEN') });
        }
        if (branches.length === 0)
            this.fail('WHEN');
        let otherwise = { kind: 'null' };
        if (this.isWord('ELSE')) {
            this.i++;
            otherwise = this.parseOperand('a value after ELSE');
        }
        this.expectWord('END');
        return { branches, otherwise };
    }
    parseAll() {
        const expr = this.parseCase();
        if (this.peek.kind !== 'end')
            this.fail('the end of the expression after END');
        return expr;
    }
    parseOr() {
        let left = this.parseAnd();
        while (this.isWord('OR')) {
            this.i++;
            left = { kind: 'or', left, right: this.parseAnd() };
        }
        return left;
    }
    parseAnd() {
        let left = this.parseNot();
        while (this.isWord('AND')) {
            this.i++;
            left = { kind: 'and', left, right: this.parseNot() };
        }
        return left;
    }
    parseNot() {
        if (this.isWord('NOT')) {
            this.i++;
            return { kind: 'not', operand: this.parseNot() };
        }
        if (this.isOp('(')) {
            this.i++;
            const inner = this.parseOr();
            if (!this.isOp(')'))
                this.fail(')');
            this.i++;
            return inner;
        }
        return this.parsePredicate();
    }
    parsePredicate() {
        const left = this.parseOperand('a column or a value');
        if (this.isWord('IS')) {
            this.i++;
            const negated = this.isWord('NOT');
            if (negated)
                this.i++;
            this.expectWord('NULL');
            return { kind: 'isNull', negated, operand: left };
        }
        const op = this.peek.kind === 'op' ? COMPARE[this.peek.value] : undefined;
        if (op) {
            this.i++;
            return { kind: 'compare', op, left, right: this.parseOperand(`a column or a value after ${op}`) };
        }
        if (left.kind === 'boolean')
            return { kind: 'literal', value: left.value };
        return this.fail('a comparison (= != <> < <= > >=) or IS [NOT] NULL');
    }
    parseOperand(expected) {
        const t = this.peek;
        if (t.kind === 'column')
            return this.take({ kind: 'column', name: t.value });
        if (t.kind === 'text')
            return this.take({ kind: 'text', value: t.value });
        if (t.kind === 'number')
            return this.take({ kind: 'number', text: t.raw, value: Number(t.raw) });
        if (t.kind === 'aggregate')
            return this.take({ kind: 'aggregate', name: t.value });
        if (t.kind === 'word') {
            if (t.value === 'NULL')
                return this.take({ kind: 'null' });
            if (t.value === 'TRUE' || t.value === 'FALSE')
                return this.take({ kind: 'boolean', value: t.value === 'TRUE' });
            if (t.value === 'CASE')
                return { kind: 'case', expr: this.parseCase() };
            const next = this.tokens[this.i + 1];
            // A bare name is a column (Spark SQL); a name followed by ( is a function, which is not supported.
            if (!KEYWORDS.has(t.value) && !(next.kind === 'op' && next.value === '('))
                return this.take({ kind: 'column', name: t.raw });
        }
        return this.fail(expected);
    }
    take(o) {
        this.i++;
        return o;
    }
}
/** Parses a valueExpression; throws CaseSyntaxError naming the first token it cannot accept. */
function parseCaseExpression(src) {
    return new Parser(tokenize(src)).parseAll();
}
/** Every column and aggregate name the expression reads. */
function references(expr) {
    const columns = new Set();
    const aggregates = new Set();
    const operand = (o) => {
        if (o.kind === 'column')
            columns.add(o.name);
        else if (o.kind === 'aggregate')
            aggregates.add(o.name);
        else if (o.kind === 'case')
            walk(o.expr);
    };
    const condition = (c) => {
        if (c.kind === 'and' || c.kind === 'or') {
            condition(c.left);
            condition(c.right);
        }
        else if (c.kind === 'not')
            condition(c.operand);
        else if (c.kind === 'compare') {
            operand(c.left);
            operand(c.right);
        }
        else if (c.kind === 'isNull')
            operand(c.operand);
    };
    const walk = (e) => {
        for (const b of e.branches) {
            condition(b.when);
            operand(b.then);
        }
        operand(e.otherwise);
    };
    walk(expr);
    return { columns: [...columns], aggregates: [...aggregates] };
}
/**
 * For the PII policy: the columns a valueExpression names, back-ticked or bare; when it does not parse (the validator
 * reports that), the back-ticked names in it.
 */
function caseExpressionColumns(expression) {
    try {
        return references(parseCaseExpression(expression)).columns;
    }
    catch (err) {
        if (!(err instanceof CaseSyntaxError))
            throw err;
        return [...expression.matchAll(/`((?:[^`]|``)+)`/g)].map(m => m[1].replace(/``/g, '`'));
    }
}
/**
 * For the validator: the syntax error in a valueExpression, or an `:aggregate` it uses that `withExpressions` (the JSON
 * list of {name, value, type}) does not declare; undefined when neither.
 */
function caseExpressionProblem(expression, withExpressions) {
    let expr;
    try {
        expr = parseCaseExpression(expression);
    }
    catch (err) {
        if (err instanceof CaseSyntaxError)
            return err.message;
        throw err;
    }
    let declared;
    try {
        declared = withExpressions === undefined ? [] : JSON.parse(withExpressions);
    }
    catch {
        return undefined; // the parameter check reports withExpressions that is not JSON
    }
    const names = new Set(Array.isArray(declared) ? declared.map(d => d?.name) : []);
    const missing = references(expr).aggregates.find(a => !names.has(a));
    return missing === undefined
        ? undefined
        : `valueExpression uses :${missing}, which withExpressions does not declare (add {"name": "${missing}", "value": "sum(\`column\`)", "type": "aggregate"})`;
}


/***/ }),

/***/ 8508:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sE: () => (/* binding */ PatternBudgetError),
  JM: () => (/* binding */ PatternError),
  rg: () => (/* binding */ checkPattern),
  Eb: () => (/* binding */ compilePattern),
  hl: () => (/* binding */ groupCount),
  $W: () => (/* binding */ javaReplacement),
  xV: () => (/* binding */ withinBudget)
});

// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
;// CONCATENATED MODULE: ./src/recipe/java-regex.ts
/**
 * The Java-to-JavaScript translation behind recipe patterns (pattern.ts): one left-to-right pass that spells each Java
 * construct the JavaScript way, refuses the Java-only ones, and tracks, per group, what repeats, to refuse patterns
 * that can backtrack for ever. Pure and linear in the pattern's length.
 */
const LINE_END = '(?=(?:\\r\\n|[\\n\\r\\u0085\\u2028\\u2029])?$)';
const DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';
const SPACE = '\\t\\n\\x0B\\f\\r ';
/** Characters JavaScript lets a `u` pattern escape outside a class; Java lets any non-alphabetic one be escaped. */
const JS_SYNTAX = new Set('^$\\.*+?()[]{}|/');
const POSIX = new Set([
    'Lower',
    'Upper',
    'ASCII',
    'Alpha',
    'Digit',
    'Alnum',
    'Punct',
    'Graph',
    'Print',
    'Blank',
    'Cntrl',
    'XDigit',
    'Space'
]);
/** Java escapes with no JavaScript equivalent (or a different meaning): letter → what it is in Java. */
const JAVA_ONLY_ESCAPES = {
    A: 'beginning of input (use ^)',
    G: 'end of the previous match',
    h: 'horizontal whitespace',
    H: 'non-horizontal whitespace',
    R: 'any line break',
    X: 'a grapheme cluster',
    N: 'a named character',
    V: 'non-vertical whitespace',
    v: 'vertical whitespace (in JavaScript \\v is only U+000B)',
    e: 'the escape character (use \\x1B)',
    a: 'the bell character (use \\x07)',
    z: 'end of input (use $ only if the value cannot end with a line break)',
    Q: 'a quoted literal \\Q…\\E (escape each character instead)',
    E: 'the end of a quoted literal \\Q…\\E'
};
const java_regex_frame = (lookbehind = false) => ({
    variable: false,
    unbounded: false,
    lookbehind,
    firsts: [],
    atBranchStart: true
});
const hex = (ch) => `\\u{${ch.codePointAt(0).toString(16)}}`;
/** The quantifier at `i`, if any: its text and bounds. */
function quantifierAt(s, i) {
    const c = s[i];
    if (c === '*')
        return { text: c, min: 0, max: Infinity };
    if (c === '+')
        return { text: c, min: 1, max: Infinity };
    if (c === '?')
        return { text: c, min: 0, max: 1 };
    if (c !== '{')
        return undefined;
    const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(i));
    if (!m)
        return undefined;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    return { text: m[0], min, max };
}
/** One Java pattern as JavaScript source, or the reason it cannot run here (with the source read so far). */
function translateJava(s) {
    return new Translator(s).run();
}
class Translator {
    s;
    js = '';
    i = 0;
    stack = [java_regex_frame()];
    /** What the last atom was, for the quantifier that may follow it. */
    last;
    constructor(s) {
        this.s = s;
    }
    run() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s[this.i];
            const problem = c === '\\'
                ? this.escape()
                : c === '['
                    ? this.charClass()
                    : c === '('
                        ? this.openGroup()
                        : c === ')'
                            ? this.closeGroup()
                            : c === '|'
                                ? this.alternative()
                                : quantifierAt(s, this.i)
                                    ? this.quantifier()
                                    : this.literal(c);
            if (problem !== undefined)
                return { js: this.js, problem };
        }
        if (this.stack.length > 1)
            return { js: this.js, problem: 'has an unclosed (' };
        return { js: this.js };
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    noteFirst(token) {
        const f = this.top();
        if (f.atBranchStart) {
            f.firsts.push(token);
            f.atBranchStart = false;
        }
    }
    escape() {
        const { s, i } = this;
        const e = s[i + 1];
        if (e === undefined)
            return 'ends with a lone backslash';
        let token = s.slice(i, i + 2);
        let out = token;
        if (JAVA_ONLY_ESCAPES[e])
            return `\\${e} is Java-only (${JAVA_ONLY_ESCAPES[e]}) and cannot run here`;
        if (e === 'Z')
            out = LINE_END;
        else if (e === 's')
            out = `[${SPACE}]`;
        else if (e === 'S')
            out = `[^${SPACE}]`;
        else if (e === 'p' || e === 'P') {
            const m = /^\{(\w+)\}/.exec(s.slice(i + 2));
            if (!m)
                return `\\${e} without braces is Java-only: write \\${e}{…}`;
            const name = m[1];
            if (/^(java|In|Is)/.test(name) || POSIX.has(name))
                return `\\${e}{${name}} is a Java-only character class: use a Unicode property such as \\p{Ll} or a class`;
            token = out = s.slice(i, i + 3 + m[0].length - 1);
        }
        else if (e === '0') {
            if (/[0-7]/.test(s[i + 2] ?? ''))
                return '\\0n is a Java octal escape: use \\xHH instead';
        }
        else if (e === 'x' && s[i + 2] === '{')
            return '\\x{…} is Java-only: use \\u{…}';
        else if (e === 'u' && s[i + 2] === '{') {
            const m = /^\{[0-9a-fA-F]+\}/.exec(s.slice(i + 2));
            if (m)
                token = out = s.slice(i, i + 2 + m[0].length);
        }
        else if (e === 'k' && s[i + 2] === '<') {
            const end = s.indexOf('>', i);
            if (end > 0)
                token = out = s.slice(i, end + 1);
        }
        else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e))
            out = hex(e);
        this.noteFirst(token);
        this.js += out;
        this.i += token.length;
        this.last = {};
        return undefined;
    }
    charClass() {
        const { s, i } = this;
        let j = i + 1;
        let out = '[';
        if (s[j] === '^')
            out += s[j++];
        if (s[j] === ']')
            return '[] starting a class is a literal ] in Java but an empty class here: escape it as \\]';
        for (; j < s.length && s[j] !== ']'; j++) {
            const d = s[j];
            if (d === '[')
                return 'a [ inside a class is a Java union or a literal here: escape it as \\[';
            if (d === '&' && s[j + 1] === '&')
                return '&& inside a class is a Java intersection: list the characters instead';
            if (d !== '\\') {
                out += d;
                continue;
            }
            const e = s[j + 1] ?? '';
            if (e === 's')
                out += SPACE;
            else if (e === 'S')
                return '\\S inside a class differs between Java and here: use [^…] with the characters';
            else if (e === 'Q' || e === 'h' || e === 'v' || e === 'p' || e === 'P' || e === 'e' || e === 'a') {
                if (e === 'p' || e === 'P') {
                    const m = /^\{(\w+)\}/.exec(s.slice(j + 2));
                    if (m && !/^(java|In|Is)/.test(m[1]) && !POSIX.has(m[1])) {
                        out += s.slice(j, j + 2 + m[0].length);
                        j += 1 + m[0].length;
                        continue;
                    }
                }
                return `\\${e} inside a class is Java-only or means something else here`;
            }
            else if (!/[0-9A-Za-z]/.test(e) && !JS_SYNTAX.has(e) && e !== '-')
                out += hex(e);
            else
                out += d + e;
            j++;
        }
        if (j >= s.length)
            return 'a character class is not closed: add ]';
        out += ']';
        this.noteFirst(s.slice(i, j + 1));
        this.js += out;
        this.i = j + 1;
        this.last = {};
        return undefined;
    }
    openGroup() {
        const rest = this.s.slice(this.i);
        if (rest.startsWith('(?>'))
            return '(?>…) is a Java atomic group and cannot run here';
        const flags = /^\(\?[idmsuxU]*(-[idmsuxU]*)?[:)]/.exec(rest);
        if (flags && !rest.startsWith('(?:'))
            return `${flags[0]} sets Java inline flags, which cannot run here: write the pattern without them`;
        const open = /^\((\?(:|=|!|<=|<!|<[A-Za-z][A-Za-z0-9]*>))?/.exec(rest)[0];
        // Groups count as distinct first tokens: their own alternatives are checked when they close.
        this.noteFirst(`(${this.i}`);
        this.stack.push(java_regex_frame(open === '(?<=' || open === '(?<!'));
        this.js += open;
        this.i += open.length;
        this.last = undefined;
        return undefined;
    }
    closeGroup() {
        if (this.stack.length === 1)
            return 'has an unmatched )';
        const g = this.stack.pop();
        if (g.lookbehind && g.unbounded)
            return 'a lookbehind with * + or {n,} is refused by Java (no obvious maximum length)';
        const seen = new Set();
        const overlap = g.firsts.some(f => f === '.' || seen.size === seen.add(f).size);
        const parent = this.top();
        parent.variable ||= g.variable;
        parent.unbounded ||= g.unbounded;
        this.js += ')';
        this.i++;
        this.last = { group: g, overlap: g.firsts.length > 1 && overlap };
        return undefined;
    }
    alternative() {
        this.top().atBranchStart = true;
        this.js += '|';
        this.i++;
        this.last = undefined;
        return undefined;
    }
    quantifier() {
        const q = quantifierAt(this.s, this.i);
        const last = this.last;
        if (!last)
            return `the quantifier ${q.text} has nothing to repeat`;
        const next = this.s[this.i + q.text.length];
        if (next === '+')
            return `${q.text}+ is a Java possessive quantifier and cannot run here`;
        const g = last.group;
        if (g && q.max > 1) {
            if ((q.max === Infinity && g.variable) || g.unbounded)
                return `nested quantifiers (a repeated group that itself repeats, like (a+)+) can take exponential time: rewrite without the outer repetition`;
            if (q.max === Infinity && last.overlap)
                return `a repeated group whose alternatives can match the same text (like (a|a)*) can take exponential time: make the alternatives distinct`;
        }
        const f = this.top();
        if (q.max > 1 && q.min !== q.max)
            f.variable = true;
        if (q.max === Infinity)
            f.unbounded = true;
        this.js += q.text;
        this.i += q.text.length;
        if (next === '?') {
            this.js += '?';
            this.i++;
        }
        this.last = undefined;
        return undefined;
    }
    literal(c) {
        const out = c === '.' ? DOT : c === '$' ? LINE_END : c;
        if (c !== '^' && c !== '$')
            this.noteFirst(c);
        this.js += out;
        this.i++;
        this.last = c === '^' || c === '$' ? undefined : {};
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/recipe/pattern.ts
/**
 * Regular expressions from a recipe (REPLACE_TEXT, MASK_CUSTOM with regex, MATCHES conditions) are untrusted: a pull
 * request can change them. DataBrew runs them with java.util.regex; we run them with the JavaScript engine. This
 * module is the one door between the two:
 * - `checkPattern` refuses what would run differently or not at all here (Java-only constructs) and what can
 *   backtrack for ever (nested quantifiers, quantified overlapping alternatives): the validator reports it on the step;
 * - `compilePattern` translates the Java constructs that have an exact JavaScript spelling and compiles the result;
 * - `withinBudget` bounds synchronous work that runs patterns (the sample run of `validate`), because the static check
 *   is a heuristic and JavaScript's engine backtracks. A linear-time engine (re2js, pure JS) could replace the
 *   native RegExp behind `RecipePattern` without touching the callers.
 * Java semantics are from the java.util.regex.Pattern reference (Java 17): escapes of non-alphabetic characters are
 * literals, `.` excludes \n \r \u0085 \u2028 \u2029, `$` and `\Z` also match before a final line terminator, `\s`
 * is ASCII whitespace, `\0n` is octal, `[a[b]]` is a union and `&&` an intersection.
 */


class PatternError extends Error {
}
function translate(source) {
    const scanned = translateJava(source);
    if (scanned.problem !== undefined)
        throw new PatternError(scanned.problem);
    try {
        new RegExp(scanned.js, 'u');
    }
    catch (err) {
        throw new PatternError(`is not a valid regular expression (${err.message.replace(/^.*: /, '')})`);
    }
    return scanned.js;
}
/** Why `source` cannot be a recipe pattern here, or undefined. Pure and linear in the pattern's length. */
function checkPattern(source) {
    try {
        translate(source);
        return undefined;
    }
    catch (err) {
        return err.message;
    }
}
/** The pattern that is running right now, to name it when a time budget runs out. */
let running;
/** Compiles a recipe pattern; `describe` names it in every error ("REPLACE_TEXT pattern"). */
function compilePattern(source, what) {
    const describe = `${what} \`${source}\``;
    let js;
    try {
        js = translate(source);
    }
    catch (err) {
        throw new PatternError(`${describe} ${err.message}`);
    }
    const global = new RegExp(js, 'gu');
    const single = new RegExp(js, 'u');
    const pattern = {
        source,
        describe,
        test(text) {
            running = pattern;
            const r = single.test(text);
            running = undefined;
            return r;
        },
        replaceAll(text, replacement) {
            running = pattern;
            const r = text.replace(global, (m, ...rest) => {
                const end = rest.findIndex(x => typeof x === 'number');
                return replacement(m, rest.slice(0, end));
            });
            running = undefined;
            return r;
        },
        firstMatch(text) {
            running = pattern;
            const m = single.exec(text);
            running = undefined;
            return m ? { index: m.index, length: m[0].length } : undefined;
        }
    };
    return pattern;
}
/**
 * Java's replacement syntax (Matcher.appendReplacement): `$n` and `${name}` insert a group, `\x` is a literal x, a
 * lone `$` or `\` is an error. JavaScript's own (`$&`, `$$`, `$<name>`) would read a DataBrew value differently.
 */
function javaReplacement(value, groupCount) {
    const parts = [];
    let literal = '';
    for (let i = 0; i < value.length; i++) {
        const c = value[i];
        if (c === '\\') {
            if (i + 1 >= value.length)
                throw new PatternError('replacement ends with a lone \\: write \\\\ for a backslash');
            literal += value[++i];
        }
        else if (c === '$') {
            if (value[i + 1] === '{')
                throw new PatternError('replacement ${name} group references are not supported here: use the group number $n');
            const digits = /^\$(\d+)/.exec(value.slice(i));
            if (!digits)
                throw new PatternError('replacement has a $ that is not a group reference: write \\$ for a dollar sign');
            // Java reads as many digits as still name an existing group; the first digit must.
            let n = Number(digits[1][0]);
            let used = 1;
            if (n > groupCount)
                throw new PatternError(`replacement refers to group $${n}, but the pattern has ${groupCount}`);
            for (const d of digits[1].slice(1)) {
                const next = n * 10 + Number(d);
                if (next > groupCount)
                    break;
                n = next;
                used++;
            }
            if (literal)
                parts.push(literal);
            literal = '';
            parts.push(n);
            i += used;
        }
        else
            literal += c;
    }
    if (literal)
        parts.push(literal);
    return (match, groups) => parts.map(p => (typeof p === 'number' ? (p === 0 ? match : (groups[p - 1] ?? '')) : p)).join('');
}
/** Capturing groups in a compiled pattern (for `$n` checks). */
function groupCount(p) {
    return new RegExp(`${translate(p.source)}|`, 'u').exec('').length - 1;
}
class PatternBudgetError extends Error {
    pattern;
    constructor(message, 
    /** The pattern that was running when the budget ran out, if a recipe pattern was. */
    pattern) {
        super(message);
        this.pattern = pattern;
    }
}
/**
 * Runs synchronous work with a hard time limit: V8 stops the script (regular-expression backtracking included) when
 * the limit passes. Meant for bounded work such as a sample run, not for a streaming job (each call costs ~0.3 ms).
 */
function withinBudget(work, ms, what) {
    const box = { work };
    try {
        external_node_vm_default().runInNewContext('box.result = box.work()', { box }, { timeout: ms });
    }
    catch (err) {
        if (err.code !== 'ERR_SCRIPT_EXECUTION_TIMEOUT')
            throw err;
        const p = running;
        running = undefined;
        throw new PatternBudgetError(p
            ? `${what} stopped after ${ms} ms in ${p.describe}: the pattern backtracks too much, simplify it`
            : `${what} stopped after ${ms} ms`, p?.source);
    }
    return box.result;
}


/***/ })

};
