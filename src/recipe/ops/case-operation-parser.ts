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

export type Operand =
  | { kind: 'column'; name: string }
  | { kind: 'text'; value: string }
  | { kind: 'number'; text: string; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'aggregate'; name: string }
  | { kind: 'case'; expr: CaseExpr }

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>='

export type Condition =
  | { kind: 'and' | 'or'; left: Condition; right: Condition }
  | { kind: 'not'; operand: Condition }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'isNull'; negated: boolean; operand: Operand }
  | { kind: 'literal'; value: boolean }

export interface CaseExpr {
  branches: { when: Condition; then: Operand }[]
  otherwise: Operand
}

/** What the expression accepts, for error messages. */
export const CASE_SYNTAX =
  "CASE WHEN <condition> THEN <value> … [ELSE <value>] END, with columns in back ticks, 'text', numbers, NULL, " +
  ':aggregate names, = != <> < <= > >=, IS [NOT] NULL, AND, OR, NOT and parentheses'

export class CaseSyntaxError extends Error {
  constructor(
    readonly token: string,
    readonly position: number,
    readonly expected: string
  ) {
    super(
      token === ''
        ? `valueExpression ends early: expected ${expected} (write ${CASE_SYNTAX})`
        : `valueExpression: unsupported \`${token}\` at character ${position + 1}, expected ${expected} (write ${CASE_SYNTAX})`
    )
  }
}

type TokenKind = 'column' | 'text' | 'number' | 'aggregate' | 'word' | 'op' | 'end'
interface Token {
  kind: TokenKind
  /** Column name, string value, number text, aggregate name, upper-cased word or operator. */
  value: string
  /** The token as written, for messages. */
  raw: string
  at: number
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' }

function readQuoted(src: string, start: number, quote: string): { value: string; end: number } {
  let value = ''
  for (let i = start + 1; i < src.length; i++) {
    const c = src[i]!
    if (c === '\\' && i + 1 < src.length) {
      const e = src[++i]!
      value += ESCAPES[e] ?? e
    } else if (c === quote) return { value, end: i + 1 }
    else value += c
  }
  throw new CaseSyntaxError(src.slice(start), start, `a closing ${quote}`)
}

const TOKEN_PATTERNS: [TokenKind, RegExp][] = [
  ['number', /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?(?![\w.])/y],
  ['aggregate', /:([\w.]+)/y],
  ['word', /[A-Za-z_][\w]*/y],
  ['op', /<=|>=|<>|!=|==|=|<|>|\(|\)/y]
]

export function tokenize(src: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < src.length) {
    if (/\s/.test(src[i]!)) {
      i++
      continue
    }
    const c = src[i]!
    if (c === '`') {
      // A back-ticked column; `` inside stands for one back tick (Spark SQL).
      const m = /`((?:[^`]|``)*)`/y
      m.lastIndex = i
      const found = m.exec(src)
      if (!found) throw new CaseSyntaxError(src.slice(i), i, 'a closing back tick')
      tokens.push({ kind: 'column', value: found[1]!.replace(/``/g, '`'), raw: found[0], at: i })
      i = m.lastIndex
      continue
    }
    if (c === "'" || c === '"') {
      const { value, end } = readQuoted(src, i, c)
      tokens.push({ kind: 'text', value, raw: src.slice(i, end), at: i })
      i = end
      continue
    }
    const hit = TOKEN_PATTERNS.map(([kind, re]) => {
      re.lastIndex = i
      const m = re.exec(src)
      return m ? { kind, m } : undefined
    }).find(x => x !== undefined)
    if (!hit) throw new CaseSyntaxError(src.slice(i).split(/\s/)[0]!, i, 'a column, a value or an operator')
    const raw = hit.m[0]
    const value = hit.kind === 'aggregate' ? hit.m[1]! : hit.kind === 'word' ? raw.toUpperCase() : raw
    tokens.push({ kind: hit.kind, value, raw, at: i })
    i += raw.length
  }
  tokens.push({ kind: 'end', value: '', raw: '', at: src.length })
  return tokens
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
])
const COMPARE: Record<string, CompareOp> = {
  '=': '=',
  '==': '=',
  '!=': '!=',
  '<>': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>='
}

class Parser {
  private i = 0
  constructor(private readonly tokens: Token[]) {}

  private get peek(): Token {
    return this.tokens[this.i]!
  }

  private fail(expected: string): never {
    throw new CaseSyntaxError(this.peek.raw, this.peek.at, expected)
  }

  private isWord(word: string): boolean {
    return this.peek.kind === 'word' && this.peek.value === word
  }

  private isOp(op: string): boolean {
    return this.peek.kind === 'op' && this.peek.value === op
  }

  private expectWord(word: string): void {
    if (!this.isWord(word)) this.fail(word)
    this.i++
  }

  parseCase(): CaseExpr {
    this.expectWord('CASE')
    const branches: CaseExpr['branches'] = []
    while (this.isWord('WHEN')) {
      this.i++
      const when = this.parseOr()
      this.expectWord('THEN')
      branches.push({ when, then: this.parseOperand('a value after THEN') })
    }
    if (branches.length === 0) this.fail('WHEN')
    let otherwise: Operand = { kind: 'null' }
    if (this.isWord('ELSE')) {
      this.i++
      otherwise = this.parseOperand('a value after ELSE')
    }
    this.expectWord('END')
    return { branches, otherwise }
  }

  parseAll(): CaseExpr {
    const expr = this.parseCase()
    if (this.peek.kind !== 'end') this.fail('the end of the expression after END')
    return expr
  }

  private parseOr(): Condition {
    let left = this.parseAnd()
    while (this.isWord('OR')) {
      this.i++
      left = { kind: 'or', left, right: this.parseAnd() }
    }
    return left
  }

  private parseAnd(): Condition {
    let left = this.parseNot()
    while (this.isWord('AND')) {
      this.i++
      left = { kind: 'and', left, right: this.parseNot() }
    }
    return left
  }

  private parseNot(): Condition {
    if (this.isWord('NOT')) {
      this.i++
      return { kind: 'not', operand: this.parseNot() }
    }
    if (this.isOp('(')) {
      this.i++
      const inner = this.parseOr()
      if (!this.isOp(')')) this.fail(')')
      this.i++
      return inner
    }
    return this.parsePredicate()
  }

  private parsePredicate(): Condition {
    const left = this.parseOperand('a column or a value')
    if (this.isWord('IS')) {
      this.i++
      const negated = this.isWord('NOT')
      if (negated) this.i++
      this.expectWord('NULL')
      return { kind: 'isNull', negated, operand: left }
    }
    const op = this.peek.kind === 'op' ? COMPARE[this.peek.value] : undefined
    if (op) {
      this.i++
      return { kind: 'compare', op, left, right: this.parseOperand(`a column or a value after ${op}`) }
    }
    if (left.kind === 'boolean') return { kind: 'literal', value: left.value }
    return this.fail('a comparison (= != <> < <= > >=) or IS [NOT] NULL')
  }

  private parseOperand(expected: string): Operand {
    const t = this.peek
    if (t.kind === 'column') return this.take({ kind: 'column', name: t.value })
    if (t.kind === 'text') return this.take({ kind: 'text', value: t.value })
    if (t.kind === 'number') return this.take({ kind: 'number', text: t.raw, value: Number(t.raw) })
    if (t.kind === 'aggregate') return this.take({ kind: 'aggregate', name: t.value })
    if (t.kind === 'word') {
      if (t.value === 'NULL') return this.take({ kind: 'null' })
      if (t.value === 'TRUE' || t.value === 'FALSE')
        return this.take({ kind: 'boolean', value: t.value === 'TRUE' })
      if (t.value === 'CASE') return { kind: 'case', expr: this.parseCase() }
      const next = this.tokens[this.i + 1]!
      // A bare name is a column (Spark SQL); a name followed by ( is a function, which is not supported.
      if (!KEYWORDS.has(t.value) && !(next.kind === 'op' && next.value === '('))
        return this.take({ kind: 'column', name: t.raw })
    }
    return this.fail(expected)
  }

  private take(o: Operand): Operand {
    this.i++
    return o
  }
}

/** Parses a valueExpression; throws CaseSyntaxError naming the first token it cannot accept. */
export function parseCaseExpression(src: string): CaseExpr {
  return new Parser(tokenize(src)).parseAll()
}

/** Every column and aggregate name the expression reads. */
export function references(expr: CaseExpr): { columns: string[]; aggregates: string[] } {
  const columns = new Set<string>()
  const aggregates = new Set<string>()
  const operand = (o: Operand): void => {
    if (o.kind === 'column') columns.add(o.name)
    else if (o.kind === 'aggregate') aggregates.add(o.name)
    else if (o.kind === 'case') walk(o.expr)
  }
  const condition = (c: Condition): void => {
    if (c.kind === 'and' || c.kind === 'or') {
      condition(c.left)
      condition(c.right)
    } else if (c.kind === 'not') condition(c.operand)
    else if (c.kind === 'compare') {
      operand(c.left)
      operand(c.right)
    } else if (c.kind === 'isNull') operand(c.operand)
  }
  const walk = (e: CaseExpr): void => {
    for (const b of e.branches) {
      condition(b.when)
      operand(b.then)
    }
    operand(e.otherwise)
  }
  walk(expr)
  return { columns: [...columns], aggregates: [...aggregates] }
}

/**
 * For the PII policy: the columns a valueExpression names, back-ticked or bare; when it does not parse (the validator
 * reports that), the back-ticked names in it.
 */
export function caseExpressionColumns(expression: string): string[] {
  try {
    return references(parseCaseExpression(expression)).columns
  } catch (err) {
    if (!(err instanceof CaseSyntaxError)) throw err
    return [...expression.matchAll(/`((?:[^`]|``)+)`/g)].map(m => m[1]!.replace(/``/g, '`'))
  }
}

/**
 * For the validator: the syntax error in a valueExpression, or an `:aggregate` it uses that `withExpressions` (the JSON
 * list of {name, value, type}) does not declare; undefined when neither.
 */
export function caseExpressionProblem(expression: string, withExpressions?: string): string | undefined {
  let expr: CaseExpr
  try {
    expr = parseCaseExpression(expression)
  } catch (err) {
    if (err instanceof CaseSyntaxError) return err.message
    throw err
  }
  let declared: unknown
  try {
    declared = withExpressions === undefined ? [] : JSON.parse(withExpressions)
  } catch {
    return undefined // the parameter check reports withExpressions that is not JSON
  }
  const names = new Set(Array.isArray(declared) ? declared.map(d => (d as { name?: unknown })?.name) : [])
  const missing = references(expr).aggregates.find(a => !names.has(a))
  return missing === undefined
    ? undefined
    : `valueExpression uses :${missing}, which withExpressions does not declare (add {"name": "${missing}", "value": "sum(\`column\`)", "type": "aggregate"})`
}
