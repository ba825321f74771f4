/**
 * Reads infra/template.yaml, the stack's contract, as plain data: the short-form intrinsic tags (!Ref, !Sub, !GetAtt,
 * …) become their long JSON forms ({ Ref }, { 'Fn::Sub' }, …). `resolveValue` evaluates the intrinsics local mode
 * needs (Ref, GetAtt, Sub, Join, Split, Select, If on known conditions) against local names, so local mode takes its
 * settings from the template instead of keeping its own copies. Tests walk the same data.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
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

/** infra/template.yaml, found relative to this module (src/local/ and dist/<bundle>/ are two levels below the root). */
export function defaultTemplatePath(): string {
  const here = path.dirname(fileURLToPath(import.meta.url))
  return path.join(here, '..', '..', 'infra', 'template.yaml')
}

export function readTemplate(file = defaultTemplatePath()): Template {
  return parseTemplate(readFileSync(file, 'utf8'))
}

/** What Ref and GetAtt resolve to: parameters, pseudo parameters and the local names of resources. */
export interface ResolveContext {
  parameters: Record<string, string>
  /** Ref of a resource → its local physical id. */
  ref: (logicalId: string) => string
  /** GetAtt of a resource → the attribute's local value. */
  getAtt: (logicalId: string, attribute: string) => string
  conditions?: Record<string, boolean>
}

function intrinsic(value: object): [string, unknown] | undefined {
  const keys = Object.keys(value)
  if (keys.length !== 1) return undefined
  const k = keys[0]!
  return k === 'Ref' || k.startsWith('Fn::') ? [k, (value as Record<string, unknown>)[k]] : undefined
}

function substitute(text: string, ctx: ResolveContext, vars: Record<string, unknown>): string {
  return text.replace(/\$\{([^}]*)\}/g, (_, name: string) => {
    // ${!Literal} is how a template writes the text ${Literal} (Fn::Sub reference).
    if (name.startsWith('!')) return `\${${name.slice(1)}}`
    if (Object.hasOwn(vars, name)) return String(resolveValue(vars[name], ctx))
    const dot = name.indexOf('.')
    if (dot > 0) return ctx.getAtt(name.slice(0, dot), name.slice(dot + 1))
    return refOf(name, ctx)
  })
}

function refOf(name: string, ctx: ResolveContext): string {
  if (Object.hasOwn(ctx.parameters, name)) return ctx.parameters[name]!
  return ctx.ref(name)
}

/** What Ref AWS::NoValue resolves to: the property or list element holding it is removed, as CloudFormation does. */
const NO_VALUE = Symbol('AWS::NoValue')

/** Evaluates a template value's intrinsics; anything it cannot evaluate is a usage error naming it. */
export function resolveValue(value: unknown, ctx: ResolveContext): unknown {
  if (Array.isArray(value)) return value.map(v => resolveValue(v, ctx)).filter(v => v !== NO_VALUE)
  if (value === null || typeof value !== 'object') return value
  const fn = intrinsic(value)
  if (!fn) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, resolveValue(v, ctx)])
        .filter(([, v]) => v !== NO_VALUE)
    )
  }
  const [name, arg] = fn
  switch (name) {
    case 'Ref':
      if (arg === 'AWS::NoValue') return NO_VALUE
      return refOf(String(arg), ctx)
    case 'Fn::GetAtt': {
      const [id, attribute] = arg as [string, string]
      return ctx.getAtt(id, attribute)
    }
    case 'Fn::Sub':
      return typeof arg === 'string'
        ? substitute(arg, ctx, {})
        : substitute(
            (arg as [string, Record<string, unknown>])[0],
            ctx,
            (arg as [string, Record<string, unknown>])[1]
          )
    case 'Fn::Join': {
      const [sep, parts] = arg as [string, unknown]
      return (resolveValue(parts, ctx) as unknown[]).join(sep)
    }
    case 'Fn::Split': {
      const [sep, text] = arg as [string, unknown]
      return String(resolveValue(text, ctx)).split(sep)
    }
    case 'Fn::Select': {
      const [index, list] = arg as [unknown, unknown]
      return (resolveValue(list, ctx) as unknown[])[Number(resolveValue(index, ctx))]
    }
    case 'Fn::If': {
      const [condition, yes, no] = arg as [string, unknown, unknown]
      if (!ctx.conditions || !(condition in ctx.conditions)) {
        throw new Error(`template condition ${condition} is not known to local mode`)
      }
      return resolveValue(ctx.conditions[condition] ? yes : no, ctx)
    }
    default:
      throw new Error(`template intrinsic ${name} is not supported by local mode`)
  }
}

/** A parameter's default as text ('' when it has none). */
export function parameterDefault(template: Template, name: string): string {
  const d = template.Parameters?.[name]?.Default
  return d === undefined ? '' : String(d)
}

/** The one resource of a type (the template has one DataBrew job, one state machine, …). */
export function resourceOfType(template: Template, type: string): [string, Template['Resources'][string]] {
  const found = Object.entries(template.Resources).filter(([, r]) => r.Type === type)
  if (found.length !== 1)
    throw new Error(`the template has ${found.length} resources of type ${type}, local mode expects one`)
  return found[0]!
}
