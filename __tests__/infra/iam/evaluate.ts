/**
 * Evaluates IAM requests against the resolved template with @cloud-copilot/iam-simulate (AGPL-3.0: a dev
 * dependency, used by tests only): the principal's identity policies plus the resource's policy (bucket policy for
 * S3, key policy for KMS, topic policy for SNS, secret policy if the template has one), explicit denies included.
 * Same-account rules apply as in AWS: either policy may allow, except KMS, where the key policy must allow (directly
 * or by delegating to the account's IAM policies); the simulator implements that distinction (checked with a
 * key policy that names only another role: denied although the identity policy allows).
 *
 * Simulator limitation (iam-simulate 0.1.173): its request validation matches templated condition keys only at a
 * '/' (aws:PrincipalTag/x), so it drops every kms:EncryptionContext:<key> from the request as "not applicable", and
 * a policy conditioned on the encryption context then never matches (its runUnsafeSimulation, which skips the
 * validation, crashes on any resource policy). Narrow workaround: every kms:EncryptionContext:<key> is renamed to
 * aws:RequestTag/kms-encryption-context:<key> in the request and in every policy condition alike, a templated global
 * key the validator keeps; the condition operators then compare the same values as IAM would.
 */
import {
  getDenialReasons,
  getGrantReasons,
  runSimulation,
  type Simulation
} from '@cloud-copilot/iam-simulate'
import type { IamRequest } from './requests.js'
import type { ResolvedStack } from './resolve-template.js'

export interface Verdict {
  request: IamRequest
  allowed: boolean
  /** 'Allowed', 'ImplicitlyDenied', 'ExplicitlyDenied', or the simulator's validation error. */
  result: string
  /** Why it was denied, one line: which policy denied (statement Sid) or that nothing allowed. */
  why: string
  /** Which statements allowed it (for a request that must be denied but is not). */
  grantedBy: string
  /** The identity-policy statements that allowed it: policy name and Sid (or `#<1-based index>`). */
  grants: { policy: string; statement: string }[]
}

const ENCRYPTION_CONTEXT = /^kms:EncryptionContext:(.+)$/i
const renamedKey = (key: string): string => {
  const m = ENCRYPTION_CONTEXT.exec(key)
  return m ? `aws:RequestTag/kms-encryption-context:${m[1]}` : key
}

function renameContext(context: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(context).map(([k, v]) => [renamedKey(k), v]))
}

/** A copy of a policy document with encryption-context condition keys renamed (see the header). */
function renamePolicy<T>(policy: T): T {
  if (!policy) return policy
  const doc = structuredClone(policy) as unknown as { Statement: unknown }
  const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) as {
    Condition?: Record<string, Record<string, unknown>>
  }[]
  for (const st of statements) {
    if (!st.Condition) continue
    for (const [operator, keys] of Object.entries(st.Condition)) {
      st.Condition[operator] = Object.fromEntries(Object.entries(keys).map(([k, v]) => [renamedKey(k), v]))
    }
  }
  return doc as T
}

/** The resource policy protecting an ARN: a bucket's for its objects, a key's, a topic's. */
function resourcePolicyFor(policies: Map<string, unknown>, resource: string): unknown {
  const s3 = /^arn:[^:]+:s3:::([^/]+)/.exec(resource)
  if (s3) return policies.get(s3[0])
  return policies.get(resource)
}

export class PolicyEvaluator {
  private readonly resourcePolicies: Map<string, unknown>
  private readonly identity = new Map<string, ReturnType<ResolvedStack['identityPolicies']>>()

  constructor(private readonly stack: ResolvedStack) {
    this.resourcePolicies = new Map(
      [...stack.resourcePolicies()].map(([arn, doc]) => [arn, renamePolicy(doc)])
    )
  }

  private identityPolicies(principal: string) {
    let p = this.identity.get(principal)
    if (!p) {
      p = this.stack.identityPolicies(principal).map(n => ({ ...n, policy: renamePolicy(n.policy) }))
      this.identity.set(principal, p)
    }
    return p
  }

  async evaluate(request: IamRequest): Promise<Verdict> {
    const simulation: Simulation = {
      request: {
        principal: this.stack.principalArn(request.principal),
        action: request.action,
        resource: { resource: request.resource, accountId: this.stack.deployment.accountId },
        contextVariables: renameContext(request.context)
      },
      identityPolicies: this.identityPolicies(request.principal),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      resourcePolicy: resourcePolicyFor(this.resourcePolicies, request.resource)
    }
    const response = await runSimulation(simulation, { simulationMode: 'Strict' })
    if (response.resultType === 'error') {
      return {
        request,
        allowed: false,
        result: 'SimulationError',
        why: `the simulator rejected the request: ${response.errors.message} ${JSON.stringify(response.errors)}`,
        grantedBy: '',
        grants: []
      }
    }
    if (response.resultType !== 'single') {
      return {
        request,
        allowed: false,
        result: response.overallResult,
        why: 'a wildcard resource was simulated',
        grantedBy: '',
        grants: []
      }
    }
    const analysis = response.result.analysis
    const ignored = response.result.ignoredContextKeys ?? []
    const allowed = response.overallResult === 'Allowed'
    let why = ''
    if (!allowed) {
      why = getDenialReasons(analysis)
        .map(d =>
          d.denialType === 'Explicit'
            ? `explicit Deny in the ${d.policyType} policy${d.policyIdentifier ? ` ${d.policyIdentifier}` : ''} (${d.statementId ?? `statement ${d.statementIndex}`})`
            : `no ${d.policyType} policy${d.identifier ? ` ${d.identifier}` : ''} allows it`
        )
        .join('; ')
      if (ignored.length) why += ` [context keys not applicable to ${request.action}: ${ignored.join(', ')}]`
    }
    const reasons = allowed ? getGrantReasons(analysis) : []
    const grants = reasons.flatMap(g =>
      g.policyType === 'identity'
        ? [{ policy: g.policyIdentifier, statement: g.statementId ?? `#${g.statementIndex}` }]
        : []
    )
    const grantedBy = allowed
      ? reasons
          .map(g =>
            g.policyType === 'resource'
              ? `resource policy (${g.statementId ?? `statement ${g.statementIndex}`})`
              : `${g.policyType} policy ${g.policyIdentifier} (${g.statementId ?? `statement ${g.statementIndex}`})`
          )
          .join('; ')
      : ''
    return { request, allowed, result: response.overallResult, why, grantedBy, grants }
  }

  async evaluateAll(requests: IamRequest[]): Promise<Verdict[]> {
    const out: Verdict[] = []
    for (const r of requests) out.push(await this.evaluate(r))
    return out
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

/** A markdown table of verdicts: principal, action, resource, origin, decision and why. */
export function verdictTable(verdicts: Verdict[]): string {
  const rows = verdicts.map(
    v =>
      `| ${cell(v.request.principal)} | ${cell(v.request.action)} | ${cell(v.request.resource)} | ${cell(v.request.origin)} | ${v.allowed ? 'allowed' : `**${v.result}**`} | ${cell(v.why)} |`
  )
  return [
    '| principal | action | resource | made by | decision | why denied |',
    '|---|---|---|---|---|---|',
    ...rows
  ].join('\n')
}

export interface UnusedGrant {
  principal: string
  policy: string
  statement: string
  actions: string[]
}

/**
 * The Allow statements of each principal's identity policies that no allowed verdict used: grants the checked calls do
 * not need (candidates for removal, or calls the contract does not see, such as a Lambda runtime's own log writes).
 */
export function unusedGrants(stack: ResolvedStack, verdicts: Verdict[], principals: string[]): UnusedGrant[] {
  const used = new Set(
    verdicts
      .filter(v => v.allowed)
      .flatMap(v => v.grants.map(g => JSON.stringify([v.request.principal, g.policy, g.statement])))
  )
  const out: UnusedGrant[] = []
  for (const principal of principals) {
    for (const { name, policy } of stack.identityPolicies(principal)) {
      const statements = (Array.isArray(policy.Statement) ? policy.Statement : [policy.Statement]) as {
        Sid?: string
        Effect?: string
        Action?: string | string[]
      }[]
      statements.forEach((st, i) => {
        const statement = st.Sid ?? `#${i + 1}`
        if (st.Effect !== 'Allow' || used.has(JSON.stringify([principal, name, statement]))) return
        out.push({ principal, policy: name, statement, actions: [st.Action ?? []].flat() })
      })
    }
  }
  return out
}

/** Drops repeated requests (same principal, action, resource and context) keeping the first. */
export function distinctRequests(requests: IamRequest[]): IamRequest[] {
  const seen = new Set<string>()
  return requests.filter(r => {
    const k = JSON.stringify([r.principal, r.action, r.resource, r.context])
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
