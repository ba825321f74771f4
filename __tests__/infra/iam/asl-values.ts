/**
 * What a state sends at run time, for one sample execution: its Parameters with every `Name.$` evaluated as Step
 * Functions would (JSONPath, intrinsic functions), so derived calls use the values the state machine really passes
 * (the DataBrew dataset and job output it re-points per batch), not the template's static ones.
 *
 * A path is taken from the samples the test supplies (what Lambda tasks return, the execution input); a path no sample
 * has is followed to the one Pass state whose ResultPath writes it, whose Parameters are evaluated in turn. Intrinsics
 * evaluated (Amazon States Language, "Intrinsic functions"): States.Format, States.Array, States.StringToJson,
 * States.JsonToString. Anything else fails naming the state and what to add.
 */

export type State = Record<string, unknown> & { Type: string }

/** A JSONPath like $.a.b looked up in a value (`$` alone is the value). */
export function lookup(value: unknown, path: string): unknown {
  let cur: unknown = value
  for (const part of path
    .replace(/^\$+\.?/, '')
    .split('.')
    .filter(Boolean)) {
    cur = (cur as Record<string, unknown> | undefined)?.[part]
  }
  return cur
}

/** The top-level arguments of an intrinsic call: commas inside quotes or nested calls do not split. */
export function splitArguments(text: string): string[] {
  const args: string[] = []
  let depth = 0
  let quoted = false
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      current += c
      if (c === '\\') current += text[++i] ?? ''
      else if (c === "'") quoted = false
      continue
    }
    if (c === "'") quoted = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === ',' && depth === 0) {
      args.push(current.trim())
      current = ''
      continue
    }
    current += c
  }
  if (current.trim() !== '') args.push(current.trim())
  return args
}

export class AslValues {
  private readonly following = new Set<string>()

  /** states: every state of the definition (branches and Map processors included), by name. */
  constructor(
    private readonly states: [string, State][],
    private readonly samples: Record<string, unknown>
  ) {}

  /** A Parameters (or Payload, ItemSelector…) object with every `Name.$` replaced by its value. */
  parameters(stateName: string, params: unknown): unknown {
    if (Array.isArray(params)) return params.map(p => this.parameters(stateName, p))
    if (params && typeof params === 'object') {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries(params as Record<string, unknown>)) {
        if (k.endsWith('.$')) out[k.slice(0, -2)] = this.expression(stateName, String(v))
        else out[k] = this.parameters(stateName, v)
      }
      return out
    }
    return params
  }

  /** A JSONPath or an intrinsic call. */
  expression(stateName: string, text: string): unknown {
    const t = text.trim()
    if (t.startsWith('$')) return this.path(stateName, t)
    const call = /^(States\.\w+)\(([\s\S]*)\)$/.exec(t)
    if (!call) throw new Error(`state ${stateName}: '${t}' is neither a JSONPath nor an intrinsic function`)
    const args = splitArguments(call[2]!).map(a => this.argument(stateName, a))
    switch (call[1]) {
      case 'States.Format': {
        const [template, ...values] = args
        let i = 0
        return String(template).replace(/\{\}/g, () => {
          const v = values[i++]
          return typeof v === 'string' ? v : JSON.stringify(v)
        })
      }
      case 'States.Array':
        return args
      case 'States.StringToJson':
        return JSON.parse(String(args[0])) as unknown
      case 'States.JsonToString':
        return JSON.stringify(args[0])
      default:
        throw new Error(
          `state ${stateName}: intrinsic ${call[1]} is not evaluated here; add it to __tests__/infra/iam/asl-values.ts`
        )
    }
  }

  private argument(stateName: string, arg: string): unknown {
    if (arg.startsWith("'")) return arg.slice(1, -1).replace(/\\(.)/g, '$1')
    if (/^-?\d/.test(arg)) return Number(arg)
    if (arg === 'true' || arg === 'false') return arg === 'true'
    if (arg === 'null') return null
    return this.expression(stateName, arg)
  }

  /** A path's value: sampled, or written by a Pass state. */
  path(stateName: string, path: string): unknown {
    if (path in this.samples) return this.samples[path]
    // A sample of an enclosing path ('$.plan' for '$.plan.rawPrefix'), the longest one.
    const enclosing = Object.keys(this.samples)
      .filter(k => path.startsWith(`${k}.`))
      .sort((a, b) => b.length - a.length)[0]
    const sampled = enclosing
      ? lookup(this.samples[enclosing], path.slice(enclosing.length))
      : lookup(this.samples, path)
    if (sampled !== undefined) return sampled
    const writers = this.states.filter(
      ([, s]) =>
        s.Type === 'Pass' &&
        s.Parameters !== undefined &&
        typeof s.ResultPath === 'string' &&
        (path === s.ResultPath || path.startsWith(`${s.ResultPath}.`))
    )
    if (writers.length !== 1) {
      throw new Error(
        `state ${stateName}: ${path} has no sample value and ${
          writers.length === 0
            ? 'no Pass state writes it'
            : `several Pass states write it (${writers.map(([n]) => n).join(', ')})`
        }; add a sample value for it`
      )
    }
    const [writer, state] = writers[0]!
    if (this.following.has(writer))
      throw new Error(`state ${stateName}: ${path} depends on itself through ${writer}`)
    this.following.add(writer)
    try {
      const written = this.parameters(writer, state.Parameters)
      return lookup(written, path.slice((state.ResultPath as string).length))
    } finally {
      this.following.delete(writer)
    }
  }
}
