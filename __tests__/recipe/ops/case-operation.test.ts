/**
 * CASE_OPERATION with the examples of its reference page (recipe-actions.CASE_OPERATION.html: the step example and
 * the aggregate table's withExpressions), and the validator's errors on syntax the local evaluator does not accept.
 */
import { describe, expect, it } from '@jest/globals'
import { validateRecipe } from '../../../src/recipe/validate.js'
import { parseCaseExpression } from '../../../src/recipe/ops/case-operation-parser.js'
import { recipe, run, values } from '../../helpers/recipe-steps.js'

/** The page's example, verbatim. */
const PAGE_EXPRESSION =
  "case when `column11` < `column.2` then 'result1' when `column2` < 'value2' then 'result2' else 'high' end"

const caseOf = (valueExpression: string, extra: Record<string, string> = {}) =>
  ({ valueExpression, targetColumn: 'result.column', ...extra }) as Record<string, string>

describe('CASE_OPERATION', () => {
  it("the page's example: the first true WHEN wins, else the ELSE value, in a new last column", () => {
    const r = run(recipe(['CASE_OPERATION', caseOf(PAGE_EXPRESSION)]), [
      { column11: 'a', 'column.2': 'b', column2: 'z' },
      { column11: 'b', 'column.2': 'a', column2: 'value1' },
      { column11: 'b', 'column.2': 'a', column2: 'value3' },
      { column11: null, 'column.2': 'a', column2: null }
    ])
    expect(r.rows.map(x => x['result.column'])).toEqual(['result1', 'result2', 'high', 'high'])
    expect(r.columns.map(c => c.name)).toEqual(['column11', 'column.2', 'column2', 'result.column'])
  })

  it('compares with a number as numbers, text columns with each other as text (Spark on string columns)', () => {
    const expr = "CASE WHEN `p` > 1020 THEN 'HIGH' WHEN `p` < `q` THEN 'LESS' ELSE 'OTHER' END"
    expect(
      values(
        'CASE_OPERATION',
        caseOf(expr),
        { p: ['1100', '9', 'abc', '9'], q: ['1', '10', 'b', '8'] },
        'result.column'
      )
    )
      // '9' < '10' is false as text; 'abc' > 1020 is unknown (not a number), then 'abc' < 'b' as text.
      .toEqual(['HIGH', 'OTHER', 'LESS', 'OTHER'])
    const typed = run(
      recipe(
        ['CHANGE_DATA_TYPE', { sourceColumn: 'p', columnDataType: 'integer' }],
        ['CHANGE_DATA_TYPE', { sourceColumn: 'q', columnDataType: 'integer' }],
        ['CASE_OPERATION', caseOf(expr)]
      ),
      [{ p: '9', q: '10' }]
    )
    expect(typed.rows[0]!['result.column']).toBe('LESS')
  })

  it('NULL: IS [NOT] NULL, unknown comparisons fall through, no ELSE gives NULL, bare names are columns', () => {
    const expr =
      "CASE WHEN pressure IS NULL THEN 'N/A' WHEN pressure > 1020 THEN 'HIGH' WHEN pressure < 1000 THEN 'LOW' END"
    expect(
      values('CASE_OPERATION', caseOf(expr), { pressure: [null, '', '1030', '990', '1013'] }, 'result.column')
    ).toEqual(['N/A', 'N/A', 'HIGH', 'LOW', null])
  })

  it('AND, OR, NOT and parentheses with three-valued logic; results can be columns, numbers and nested CASE', () => {
    const expr =
      "case when (`a` = 'x' or `b` = 'y') and not `c` IS NULL then `c` when `a` <> 'x' AND `b` != 'y' then 1.50 " +
      "else case when `b` == 'y' then 'inner' end end"
    expect(
      values(
        'CASE_OPERATION',
        caseOf(expr),
        { a: ['x', 'q', 'x', null], b: ['n', 'n', 'y', 'y'], c: ['C1', 'C2', null, null] },
        'result.column'
      )
    ).toEqual(['C1', '1.50', 'inner', 'inner'])
  })

  it("aggregates declared in withExpressions, as the page's table writes them (:name)", () => {
    const withExpressions = JSON.stringify([
      { name: 'mean.column.1', value: 'avg(`column.1`)', type: 'aggregate' },
      { name: 'median.column.1', value: 'median(`column.1`)', type: 'aggregate' },
      { name: 'standarddeviation.column.1', value: 'stddev(`column.1`)', type: 'aggregate' }
    ])
    const expr =
      "case when `column.1` > :mean.column.1 then 'above mean' when `column.1` = :median.column.1 then 'median' " +
      "when :standarddeviation.column.1 > 4 then 'spread' else 'below' end"
    const got = values(
      'CASE_OPERATION',
      caseOf(expr, { withExpressions }),
      { 'column.1': ['1', '2', '12', null] },
      'result.column'
    )
    // mean 5, median 2, sample stddev of 1, 2, 12 ≈ 6.08.
    expect(got).toEqual(['spread', 'median', 'above mean', 'spread'])
  })

  it('reads names with back ticks, escapes and keywords in any case', () => {
    const e = parseCaseExpression("CaSe WhEn `a``b` = 'it\\'s' THEN \"x\" END")
    expect(e.branches[0]!.when).toEqual({
      kind: 'compare',
      op: '=',
      left: { kind: 'column', name: 'a`b' },
      right: { kind: 'text', value: "it's" }
    })
  })
})

describe('CASE_OPERATION validation', () => {
  const problems = (valueExpression: string) =>
    validateRecipe(recipe(['CASE_OPERATION', caseOf(valueExpression)]))
      .filter(p => p.severity === 'error')
      .map(p => p.message)

  it("accepts the page's example", () => {
    expect(problems(PAGE_EXPRESSION)).toEqual([])
  })

  it.each([
    ["case when `a` like 'x%' then 1 end", '`like` at character 15'],
    ["case when upper(`a`) = 'X' then 1 end", '`upper` at character 11'],
    ['case when `a` + 1 > 2 then 1 end', '`+` at character 15'],
    ["case when `a` in ('x') then 1 end", '`in` at character 15'],
    ["when `a` = 'x' then 1 end", '`when` at character 1, expected CASE'],
    ["case when `a` = 'x' then 1", 'ends early: expected END'],
    ["case when `a` = 'x then 1 end", "a closing '"],
    ['case else 1 end', '`else` at character 6, expected WHEN']
  ])('%s → names the step and the token', (expr, token) => {
    const [message] = problems(expr)
    expect(message).toContain('step 1 (CASE_OPERATION): valueExpression')
    expect(message).toContain(token)
    expect(message).toContain('write CASE WHEN <condition> THEN <value>')
  })

  it('names an :aggregate that withExpressions does not declare, with the declaration to add', () => {
    const step = caseOf("case when `a` > :sum.a then 'big' end", {
      withExpressions: JSON.stringify([{ name: 'mean.a', value: 'avg(`a`)', type: 'aggregate' }])
    })
    const errors = validateRecipe(recipe(['CASE_OPERATION', step])).filter(p => p.severity === 'error')
    expect(errors.map(p => p.message)).toEqual([
      'step 1 (CASE_OPERATION): valueExpression uses :sum.a, which withExpressions does not declare (add {"name": "sum.a", "value": "sum(`column`)", "type": "aggregate"})'
    ])
  })

  it('compares text by code point, as Spark does (U+FF21 before U+1F600, unlike UTF-16 order)', () => {
    const expr = "case when `a` < `b` then 'less' else 'not less' end"
    expect(
      values('CASE_OPERATION', caseOf(expr), { a: ['\uFF21'], b: ['\u{1F600}'] }, 'result.column')
    ).toEqual(['less'])
  })

  it('the engine refuses the same expression with the step number, and an undeclared :aggregate', () => {
    expect(() =>
      run(recipe(['CASE_OPERATION', caseOf("case when `a` like 'x' then 1 end")]), [{ a: 'x' }])
    ).toThrow(/step 1 \(CASE_OPERATION\): valueExpression: unsupported `like`/)
    expect(() =>
      run(recipe(['CASE_OPERATION', caseOf('case when `a` > :sum.a then 1 end')]), [{ a: 'x' }])
    ).toThrow(/uses :sum.a, which withExpressions does not declare/)
    expect(() =>
      run(recipe(['CASE_OPERATION', caseOf('case when `nope` > 1 then 1 end')]), [{ a: 'x' }])
    ).toThrow(/column 'nope' does not exist/)
  })
})
