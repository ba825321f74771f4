import { describe, expect, it } from '@jest/globals'
import { compileFormat, parseDate, printDate } from '../../../src/recipe/ops/date-format.js'
import { recipe, run, values } from '../../helpers/recipe-steps.js'

const fixed = () => new Date('2026-03-01T02:30:00Z')

describe('date formats', () => {
  it('prints Java patterns and the console labels of the DATE_FORMAT page alike', () => {
    const p = parseDate('2020-01-05 22:10:47')!
    const print = (f: string) => printDate(compileFormat(f), p)
    expect(print('yyyy-MM-dd')).toBe('2020-01-05')
    expect(print('MM/dd/yyyy')).toBe('01/05/2020')
    expect(print("dd MMM yyyy 'at' h:mm a")).toBe('05 Jan 2020 at 10:10 PM')
    expect(print('EEEE, MMMM d')).toBe('Sunday, January 5')
    // The page's default "yyyy-mm-dd HH:MM:SS" and its examples "HH:MM:SS", "month*dd*yyyy", "mm/dd/yy".
    expect(print('yyyy-mm-dd HH:MM:SS')).toBe('2020-01-05 22:10:47')
    expect(print('HH:MM:SS')).toBe('22:10:47')
    expect(print('HH:mm:ss')).toBe('22:10:47')
    expect(print('month*dd*yyyy')).toBe('January*05*2020')
    expect(print('mm/dd/yy')).toBe('01/05/20')
  })

  it('refuses a format letter it does not support, naming the format', () => {
    expect(() => compileFormat('yyyy-QQ')).toThrow("date format 'yyyy-QQ' uses 'Q'")
  })

  it('reads ISO dates and timestamps (offsets to UTC) and US month-first dates; rejects impossible dates', () => {
    expect(parseDate('2020-02-29')).toMatchObject({ year: 2020, month: 2, day: 29, hour: 0 })
    expect(parseDate('2020-01-15T23:30:00-02:00')).toMatchObject({ month: 1, day: 16, hour: 1, minute: 30 })
    expect(parseDate('1/15/2020')).toMatchObject({ year: 2020, month: 1, day: 15 })
    expect(parseDate('2019-02-29')).toBeUndefined()
    expect(parseDate('15/01/2020')).toBeUndefined()
    expect(parseDate('soon')).toBeUndefined()
  })
})

describe('date functions', () => {
  // recipe-actions.functions.DATE_FORMAT.html examples.
  it('DATE_FORMAT as the page examples, and its default format', () => {
    const col = { 'DATE Column 1': ['2021-07-04', '07/04/2021 09:05', 'n/a', null] }
    expect(
      values(
        'DATE_FORMAT',
        { sourceColumn: 'DATE Column 1', dateTimeFormat: 'month*dd*yyyy', targetColumn: 'f' },
        col
      )
    ).toEqual(['July*04*2021', 'July*04*2021', null, null])
    expect(values('DATE_FORMAT', { sourceColumn: 'DATE Column 1', targetColumn: 'f' }, col)).toEqual([
      '2021-07-04 00:00:00',
      '2021-07-04 09:05:00',
      null,
      null
    ])
    expect(
      values(
        'DATE_FORMAT',
        { value: '2021-07-04 22:10:47', dateTimeFormat: 'HH:MM:SS', targetColumn: 'f' },
        { x: ['a'] }
      )
    ).toEqual(['22:10:47'])
    expect(() =>
      run(recipe(['DATE_FORMAT', { sourceColumn: 'd', dateTimeFormat: 'yyyy-ww', targetColumn: 'f' }]), [
        { d: '' }
      ])
    ).toThrow("step 1 (DATE_FORMAT): DATE_FORMAT: date format 'yyyy-ww' uses 'w'")
  })

  it('the date parts', () => {
    const col = { d: ['2021-01-03 13:45:30.250', '2020-12-31', 'x'] }
    const get = (op: string) => values(op, { sourceColumn: 'd', targetColumn: 't' }, col)
    expect(get('YEAR')).toEqual(['2021', '2020', null])
    expect(get('MONTH')).toEqual(['1', '12', null])
    expect(get('MONTH_NAME')).toEqual(['January', 'December', null])
    expect(get('DAY')).toEqual(['3', '31', null])
    expect(get('HOUR')).toEqual(['13', '0', null])
    expect(get('MINUTE')).toEqual(['45', '0', null])
    expect(get('SECOND')).toEqual(['30', '0', null])
    expect(get('MILLISECOND')).toEqual(['250', '0', null])
    expect(get('QUARTER')).toEqual(['1', '4', null])
    expect(get('WEEK_DAY')).toEqual(['1', '5', null]) // Sunday, Thursday
    expect(get('WEEK_NUMBER')).toEqual(['53', '53', null]) // ISO weeks: 2021-01-03 is in 2020-W53
  })

  it('YEAR reads the source with the console-written dateTimeFormat', () => {
    expect(
      values(
        'YEAR',
        { sourceColumn: 'd', dateTimeFormat: 'dd/MM/yyyy', targetColumn: 'y', functionStepType: 'YEAR' },
        {
          d: ['31/12/1999', '1999-12-31', '12/31/1999x']
        }
      )
    ).toEqual(['1999', '1999', null])
  })

  it('TODAY and NOW: one value for the run, in the step time zone', () => {
    const out = run(
      recipe(
        ['TODAY', { targetColumn: 'today' }],
        ['NOW', { targetColumn: 'now', timeZone: 'America/New_York' }]
      ),
      [{ a: '1' }, { a: '2' }],
      { now: fixed }
    )
    expect(out.rows.map(r => [r.today, r.now])).toEqual([
      ['2026-03-01', '2026-02-28 21:30:00'],
      ['2026-03-01', '2026-02-28 21:30:00']
    ])
    expect(() =>
      run(recipe(['TODAY', { targetColumn: 't', timeZone: 'Mars/Olympus' }]), [{ a: '1' }])
    ).toThrow("TODAY timeZone 'Mars/Olympus' is not a time zone name")
  })
})

describe('FORMAT_DATE', () => {
  const format = (targetDateFormat: string, birth_date: (string | null)[]) =>
    values('FORMAT_DATE', { sourceColumn: 'birth_date', targetDateFormat }, { birth_date }, 'birth_date')

  it("rewrites the column in place in each of the page's five formats (its example: birth_date, mm-dd-yyyy)", () => {
    const dates = ['1990-07-15', '2001-12-03 08:15:00']
    expect(format('mm-dd-yyyy', dates)).toEqual(['07-15-1990', '12-03-2001'])
    expect(format('mm/dd/yyyy', dates)).toEqual(['07/15/1990', '12/03/2001'])
    expect(format('dd month yyyy', dates)).toEqual(['15 July 1990', '03 December 2001'])
    expect(format('month yyyy', dates)).toEqual(['July 1990', 'December 2001'])
    expect(format('dd month', dates)).toEqual(['15 July', '03 December'])
  })

  it('reads the Java pattern the console exports (MM-dd-yyyy) as the same format', () => {
    expect(format('MM-dd-yyyy', ['1990-07-15'])).toEqual(['07-15-1990'])
  })

  it('leaves values that are not dates, and missing values, as they are', () => {
    expect(format('mm-dd-yyyy', ['not a date', '', null])).toEqual(['not a date', '', null])
  })
})
