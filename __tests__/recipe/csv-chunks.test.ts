import { describe, expect, it } from '@jest/globals'
import { CsvParser } from '../../src/formats/csv.js'
import { countLineFeeds, firstRecordEnd, lastRecordEnd } from '../../src/recipe/csv-chunks.js'

const parse = (text: string) => {
  const p = new CsvParser()
  return [...p.push(text), ...p.end()]
}

// Quoted line breaks, doubled quotes, a quote inside an unquoted field (text, not a quoted field), CRLF and a lone CR.
const tricky =
  'a,"x\ny",c\n' +
  'b,"he said ""hi""\r\nthere",d\r\n' +
  'c,ab"c,"\n"\n' +
  'd,"",e\r' +
  'e,"q""\n""",f\n' +
  'f,g,h'

describe('cutting CSV text into chunks of whole records', () => {
  it('cuts only where the records end, so the pieces parse to the same records as the whole', () => {
    const whole = parse(tricky)
    expect(whole).toHaveLength(6)
    // Cut the text at the last record end of every prefix: each piece must start a record.
    for (let end = 1; end <= tricky.length; end++) {
      const cut = lastRecordEnd(tricky.slice(0, end))
      if (cut <= 0) continue
      expect([...parse(tricky.slice(0, cut)), ...parse(tricky.slice(cut))]).toEqual(whole)
    }
  })

  it('finds the last and the first record end', () => {
    expect(lastRecordEnd('a,"x\ny",c\nb')).toBe(10)
    expect(lastRecordEnd('a,"x\ny')).toBe(-1) // inside a quoted field
    expect(lastRecordEnd('a,b\r')).toBe(-1) // \r\n or a lone \r: not known yet
    expect(lastRecordEnd('a,ab"c\nd')).toBe(7) // a quote inside an unquoted field is text
    expect(firstRecordEnd('"h\n1",h2\r\nx\n')).toBe(10)
    expect(firstRecordEnd('h1,h2')).toBe(-1)
    expect(countLineFeeds('a\r\nb\nc')).toBe(2)
  })
})

describe('cost of a cut', () => {
  it('is linear in the text: a chunk of 70k records with quoted fields is cut in well under a second', () => {
    const text = 'C1,"1 Main St, Apt 2",x\n'.repeat(70_000) + 'C2,"open'
    const started = performance.now()
    expect(lastRecordEnd(text)).toBe(text.length - 'C2,"open'.length)
    // Searching backwards from each quote (the first version) took minutes here.
    expect(performance.now() - started).toBeLessThan(2000)
  })
})
