/**
 * Which functions of the template EventBridge invokes for an event: the AWS::Events::Rule patterns that match it, each
 * Lambda target kept only if an AWS::Lambda::Permission lets events.amazonaws.com invoke that function from that rule
 * (EventBridge invokes a Lambda target through the function's resource policy, not a role: EventBridge User Guide,
 * "Using resource-based policies for Amazon EventBridge", Lambda permissions).
 *
 * Pattern matching (EventBridge "Event patterns"): every field of the pattern must be in the event; a list matches when
 * the event's value equals one of its values; an object descends. Content filters ({prefix: …}, {anything-but: …}, …)
 * are not evaluated here: a pattern using one fails, naming the field.
 */
import type { ResolvedStack } from './resolve-template.js'

type Json = Record<string, unknown>

export function matchesEventPattern(pattern: Json, event: Json, at = ''): boolean {
  return Object.entries(pattern).every(([field, expected]) => {
    const path = at ? `${at}.${field}` : field
    const actual = event[field]
    if (Array.isArray(expected)) {
      if (expected.some(v => typeof v === 'object' && v !== null))
        throw new Error(
          `event pattern field ${path} uses a content filter: not evaluated by iam/event-rules.ts`
        )
      return expected.some(v => v === actual)
    }
    if (expected && typeof expected === 'object') {
      return (
        typeof actual === 'object' &&
        actual !== null &&
        matchesEventPattern(expected as Json, actual as Json, path)
      )
    }
    throw new Error(`event pattern field ${path} is neither a list nor an object`)
  })
}

/** The functions (logical ids) EventBridge would invoke for this event, with the rule and permission that route it. */
export function invokedFunctions(
  stack: ResolvedStack,
  event: Json
): { rule: string; functionId: string; permission: string }[] {
  const out: { rule: string; functionId: string; permission: string }[] = []
  const functions = stack.resourceIds('AWS::Lambda::Function')
  const permissions = stack.resourceIds('AWS::Lambda::Permission')
  for (const rule of stack.resourceIds('AWS::Events::Rule')) {
    const pattern = stack.property(rule, 'EventPattern') as Json | undefined
    if (!pattern || stack.property(rule, 'State') === 'DISABLED' || !matchesEventPattern(pattern, event))
      continue
    const ruleArn = stack.getAtt(rule, 'Arn')
    for (const target of (stack.property(rule, 'Targets') as { Arn: string }[] | undefined) ?? []) {
      const functionId = functions.find(f => stack.getAtt(f, 'Arn') === target.Arn)
      if (!functionId) continue
      const permission = permissions.find(p => {
        const name = stack.property(p, 'FunctionName')
        return (
          (name === stack.ref(functionId) || name === target.Arn) &&
          stack.property(p, 'Action') === 'lambda:InvokeFunction' &&
          stack.property(p, 'Principal') === 'events.amazonaws.com' &&
          stack.property(p, 'SourceArn') === ruleArn
        )
      })
      if (permission) out.push({ rule, functionId, permission })
    }
  }
  return out
}
