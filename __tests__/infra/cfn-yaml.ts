/**
 * Loads a CloudFormation YAML template with the short-form intrinsic tags (!Ref, !Sub, !GetAtt, …) turned into
 * their long JSON forms ({ Ref }, { 'Fn::Sub' }, …), so tests can walk the template as plain data.
 */
import { parse, type ScalarTag, type CollectionTag, type YAMLMap, type YAMLSeq } from 'yaml'

const FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'GetAZs',
  'GetAtt',
  'If',
  'ImportValue',
  'Join',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'ToJsonString',
  'Length'
] as const

function longForm(name: string, value: unknown): Record<string, unknown> {
  if (name === 'Ref') return { Ref: value }
  if (name === 'Condition') return { Condition: value }
  // !GetAtt Resource.Attribute is shorthand for [Resource, Attribute] (the attribute may itself contain dots).
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    return { 'Fn::GetAtt': dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] }
  }
  return { [`Fn::${name}`]: value }
}

function tagsFor(name: string): (ScalarTag | CollectionTag)[] {
  const tag = `!${name}`
  return [
    { tag, resolve: (v: string) => longForm(name, v) } satisfies ScalarTag,
    {
      tag,
      collection: 'seq',
      resolve: (seq: YAMLSeq.Parsed | YAMLMap.Parsed) => longForm(name, seq.toJSON())
    } satisfies CollectionTag,
    {
      tag,
      collection: 'map',
      resolve: (map: YAMLSeq.Parsed | YAMLMap.Parsed) => longForm(name, map.toJSON())
    } satisfies CollectionTag
  ]
}

export const CFN_TAGS = ['Ref', 'Condition', ...FUNCTIONS].flatMap(tagsFor)

export type Template = {
  Parameters?: Record<string, Record<string, unknown>>
  Conditions?: Record<string, unknown>
  Rules?: Record<string, unknown>
  Resources: Record<
    string,
    { Type: string; Condition?: string; Properties?: Record<string, unknown>; DependsOn?: unknown }
  >
  Outputs?: Record<string, { Value: unknown; Condition?: string; Description?: string }>
}

export function parseTemplate(text: string): Template {
  return parse(text, { customTags: CFN_TAGS, strict: true, uniqueKeys: true }) as Template
}
