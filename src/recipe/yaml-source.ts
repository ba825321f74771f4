/**
 * A YAML file read for checking (the PII policy, the collaboration contract): the document, where each node is
 * (file:line:col for problems) and the YAML syntax errors as problems, worded like the rest.
 */
import { LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { Problem, SourceLocation } from './model.js'

export interface YamlSource {
  doc: Document.Parsed
  problems: Problem[]
  /** Where a node starts (the document's start for a missing one). */
  where(node: unknown): SourceLocation
  /** Records a problem at a node. */
  add(node: unknown, message: string, severity?: Problem['severity']): void
}

export function readYamlSource(text: string, file: string): YamlSource {
  const problems: Problem[] = []
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const at = (offset: number): SourceLocation => {
    const p = lines.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const where = (node: unknown): SourceLocation => at((node as Node | null)?.range?.[0] ?? 0)
  for (const e of doc.errors) {
    problems.push({
      file,
      ...at(e.pos[0]),
      message: `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?\s*$/, '')}`,
      severity: 'error'
    })
  }
  return {
    doc,
    problems,
    where,
    add: (node, message, severity = 'error') => problems.push({ file, ...where(node), message, severity })
  }
}
