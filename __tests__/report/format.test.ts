import { describe, expect, it } from '@jest/globals'
import {
  capSummary,
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  formatBytes,
  formatDuration,
  formatRate,
  ratio,
  truncate
} from '../../src/report/format.js'
import { codeSpans, renderSummary } from '../helpers/markdown.js'

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [1536, '1.5 KiB'],
    [1024 * 1024 - 1, '1.0 MiB'],
    [512 * 1024 * 1024, '512.0 MiB'],
    [3 * 2 ** 30, '3.0 GiB'],
    [1.25 * 2 ** 40, '1.3 TiB'],
    [-2048, '-2.0 KiB'],
    [Number.NaN, 'n/a']
  ])('%d → %s', (n, text) => {
    expect(formatBytes(n)).toBe(text)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [850, '850 ms'],
    [1000, '1.0 s'],
    [12_340, '12.3 s'],
    [59_949, '59.9 s'],
    [59_950, '1 min 00 s'],
    [245_000, '4 min 05 s'],
    [3_599_400, '59 min 59 s'],
    [7_380_000, '2 h 03 min'],
    [-1, 'n/a']
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })
})

describe('formatRate and ratio', () => {
  it('formats throughput per second in binary units', () => {
    expect(formatRate(100 * 2 ** 20, 1000)).toBe('100.0 MiB/s')
    expect(formatRate(512 * 2 ** 20, 5_120)).toBe('100.0 MiB/s')
    expect(formatRate(10, 0)).toBe('n/a')
  })
  it('gives stored size as a share of the original', () => {
    expect(ratio(31, 100)).toBe('31.0%')
    expect(ratio(1034, 1000)).toBe('103.4%')
    expect(ratio(5, 0)).toBe('n/a')
  })
})

describe('escaping', () => {
  it('escapeHtml neutralizes tags and attribute quotes', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;'
    )
  })

  it('escapeMarkdown keeps a table cell one cell and renders no HTML, link or emphasis', () => {
    const out = escapeMarkdown('<img src=x>|a.csv')
    expect(out).toBe('&lt;img src=x&gt;\\|a.csv')
    expect(out).not.toMatch(/<|(?<!\\)\|/)
    expect(escapeMarkdown('[x](http://e) *b* _i_ `c` ~s~ #h')).toBe(
      '\\[x\\]\\(http://e\\) \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ \\#h'
    )
    expect(escapeMarkdown('a\\|b')).toBe('a\\\\\\|b')
    expect(escapeMarkdown('two\nlines\r\nhere')).toBe('two lines here')
    expect(escapeMarkdown('&lt;')).toBe('&amp;lt;')
  })

  it('truncate marks a cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(truncate('abc', 4)).toBe('abc')
  })
})

describe('capSummary', () => {
  it('leaves a summary under the limit alone', () => {
    expect(capSummary('## ok\n', 100)).toBe('## ok\n')
  })

  it('cuts at a line boundary under the limit, closes an open fence and details block, and says so', () => {
    const big = [
      '## big',
      '<details><summary>x</summary>',
      '',
      '```mermaid',
      ...Array.from({ length: 5000 }, (_, i) => `  s${i} --> s${i + 1}`),
      '```',
      '</details>'
    ].join('\n')
    const capped = capSummary(big, 20_000)
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(20_000)
    expect(capped).toMatch(/```\n\n<\/details>\n\n_The summary was cut here/)
    const html = renderSummary(capped)
    expect(html).toContain('</details>')
    expect(html).toContain('The summary was cut here')
  })
})

describe('codeSpan', () => {
  it.each([
    ['customer_id'],
    ['examples/pii-policy.yml'],
    ['a`b'],
    ['`start'],
    ['back\\slash'],
    ['<b>&amp;</b>'],
    ['pipe | in text']
  ])('renders %s literally in CommonMark', text => {
    expect(codeSpans(renderSummary(`x ${codeSpan(text)} y`))).toEqual([text])
  })
})
