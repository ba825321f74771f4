/**
 * The stack's ConfiguredTable resource written from the contract: its `Properties:` block in infra/template.yaml is
 * replaced as text (the rest of the template, comments and CloudFormation tags included, stays byte for byte), so
 * the contract file is the one source of truth and `contract template` (run by `npm run package:infra`) keeps the
 * template in step. The output is in the template's own style: flow lists of names, one flow map per aggregate.
 */
import { stringify } from 'yaml'
import type { Contract } from './contract.js'
import { configuredTableProperties } from './cfn.js'

/** The table the configured table reads: the stack's declared output table, whatever the contract says. */
const TABLE_REFERENCE = [
  'TableReference:',
  '  Glue:',
  '    DatabaseName: !Ref GlueDatabase',
  '    TableName: !GetAtt OutputTable.TableName'
]
/** Past this width a list is written one item per line, as prettier would (printWidth 110). */
const WIDTH = 110

function scalar(value: unknown): string {
  return stringify(value, { lineWidth: 0, singleQuote: true }).trimEnd()
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object'
}

function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`
  if (!isScalar(value))
    return `{ ${Object.entries(value as object)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(', ')} }`
  return scalar(value)
}

/** Flat enough for one line: scalars, lists of scalars, and maps of those. */
function flowable(value: unknown): boolean {
  if (isScalar(value)) return true
  if (Array.isArray(value)) return value.every(isScalar)
  return Object.values(value as object).every(v => isScalar(v) || (Array.isArray(v) && v.every(isScalar)))
}

/** `key: value` lines at `indent` spaces. */
function block(key: string, value: unknown, indent: number): string[] {
  const pad = ' '.repeat(indent)
  const line = `${pad}${key}: ${flow(value)}`
  if (isScalar(value) || (Array.isArray(value) && value.every(isScalar) && line.length <= WIDTH))
    return [line]
  if (Array.isArray(value)) {
    const out = [`${pad}${key}:`]
    for (const item of value) {
      const one = `${pad}  - ${flow(item)}`
      if (isScalar(item) || (flowable(item) && one.length <= WIDTH)) out.push(one)
      else {
        const inner = Object.entries(item as object).flatMap(([k, v]) => block(k, v, indent + 4))
        out.push(`${pad}  - ${inner[0]!.trimStart()}`, ...inner.slice(1))
      }
    }
    return out
  }
  return [`${pad}${key}:`, ...Object.entries(value as object).flatMap(([k, v]) => block(k, v, indent + 2))]
}

/** The resource's `Properties:` block (at the template's resource indentation of 4). */
export function configuredTableBlock(contract: Contract): string[] {
  const props = configuredTableProperties(contract)
  const lines = ['    Properties:']
  for (const [key, value] of Object.entries(props)) {
    lines.push(...block(key, value, 6))
    // TableReference sits after AnalysisMethod, where the template has always had it.
    if (key === 'AnalysisMethod') lines.push(...TABLE_REFERENCE.map(l => `      ${l}`))
  }
  return lines
}

/**
 * `template` with the ConfiguredTable resource's Properties block replaced by the contract's. Throws when the
 * template has no such resource (it must be declared, with its Condition, by hand: this fills in what it allows).
 */
export function applyContract(template: string, contract: Contract): string {
  const lines = template.split('\n')
  const start = lines.findIndex(l => /^ {2}ConfiguredTable:\s*$/.test(l))
  if (start === -1)
    throw new Error(
      'the template has no ConfiguredTable resource (Type: AWS::CleanRooms::ConfiguredTable) to write'
    )
  // The resource ends at the next line indented 2 or less that is not blank or a comment.
  let end = lines.findIndex((l, i) => i > start && /^ {0,2}\S/.test(l) && !/^\s*#/.test(l))
  if (end === -1) end = lines.length
  const props = lines.findIndex((l, i) => i > start && i < end && /^ {4}Properties:\s*$/.test(l))
  if (props === -1) throw new Error('the ConfiguredTable resource has no Properties: block to write')
  // Properties runs to the next line indented 4 or less (a key, or the next resource's comment), blank lines kept out.
  let after = lines.findIndex((l, i) => i > props && /^ {0,4}\S/.test(l))
  if (after === -1) after = lines.length
  while (after > props + 1 && lines[after - 1]!.trim() === '') after--
  const out = [...lines.slice(0, props), ...configuredTableBlock(contract), ...lines.slice(after)]
  // Partners query the table by the association's name: the contract's name too.
  const association = out.findIndex(l => /^ {2}ConfiguredTableAssociation:\s*$/.test(l))
  if (association !== -1) {
    const name = out.findIndex((l, i) => i > association && /^ {6}Name:/.test(l))
    const next = out.findIndex((l, i) => i > association && /^ {0,2}\S/.test(l) && !/^\s*#/.test(l))
    if (name !== -1 && (next === -1 || name < next)) out[name] = `      Name: ${scalar(contract.name)}`
  }
  return out.join('\n')
}
