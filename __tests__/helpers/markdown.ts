/**
 * Renders a job summary the way a CommonMark + GFM-tables renderer does (markdown-it's default preset), so tests
 * assert on what a reader sees, not on the markdown source.
 */
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt({ html: true, linkify: false })

export function renderSummary(markdown: string): string {
  return md.render(markdown)
}

/** The text inside every <code> element of the rendered HTML (entities decoded). */
export function codeSpans(html: string): string[] {
  return [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map(m =>
    m[1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  )
}

/** Visible text of the rendered HTML: tags removed, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()
}
