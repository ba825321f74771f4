/**
 * The one hash contract every PII column must leave under: the policy's algorithm and secret. Each CRYPTOGRAPHIC_HASH
 * step is held to it (and to the first hash step, when both differ), hashes must cover every row, and the policy's
 * encoding must be one the step writes.
 */
import { DEFAULT_HASH_ALGORITHM } from './catalog.js'
import type { Problem, RecipeStep, SourceLocation } from './model.js'
import { sameSecret, type PiiKind, type PiiPolicy } from './policy.js'
import type { TaintMap } from './policy-taint.js'

/** Kinds whose hashes never match without normalization (REFERENCE.md: every partner normalizes these). */
const MUST_NORMALIZE = new Set<PiiKind>(['email', 'phone'])

type Report = (step: RecipeStep, message: string, severity?: Problem['severity']) => void

const describe = (algorithm: string, secret: string | undefined) =>
  algorithm.startsWith('HMAC_') ? `${algorithm} with secret ${secret ?? '(none)'}` : algorithm

export class HashContract {
  /** The first hash step's contract: named when a later step differs from the policy and from it. */
  private first: { algorithm: string; secretId?: string; step: RecipeStep } | undefined
  private encodingReported = false

  constructor(
    private readonly policy: PiiPolicy,
    private readonly report: Report
  ) {}

  private cite(loc: SourceLocation | undefined): string {
    return loc ? ` (${this.policy.file}:${loc.line})` : ''
  }

  /** A CRYPTOGRAPHIC_HASH step over the live columns `tainted`: reports what breaks the contract, marks them hashed. */
  hash(step: RecipeStep, tainted: string[], live: TaintMap): void {
    const p = step.parameters
    const algorithm = (p.algorithm ?? DEFAULT_HASH_ALGORITHM).toUpperCase()
    const names = tainted.map(c => `'${c}'`).join(', ')
    if (step.conditions.length > 0)
      this.report(
        step,
        `hashes ${names} only in the rows its ConditionExpressions select: the other rows reach the output unhashed`
      )
    if (p.entityTypeFilter !== undefined)
      this.report(
        step,
        `hashes only the entities entityTypeFilter detects inside ${names}: the rest stays in clear text`
      )
    this.checkContract(step, algorithm, names)
    this.first ??= { algorithm, secretId: p.secretId, step }
    for (const c of tainted) this.markHashed(step, c, live)
  }

  private checkContract(step: RecipeStep, algorithm: string, names: string): void {
    const p = step.parameters
    const policy = this.policy.hash
    const keyed = algorithm.startsWith('HMAC_')
    const reasons: string[] = []
    if (
      algorithm !== policy.algorithm ||
      (keyed &&
        policy.algorithm.startsWith('HMAC_') &&
        policy.secretId !== undefined &&
        !sameSecret(p.secretId, policy.secretId))
    )
      reasons.push(
        `the policy requires ${describe(policy.algorithm, policy.secretId)}${this.cite(this.policy.locations?.algorithm ?? this.policy.locations?.hash)}`
      )
    // With a policy, the policy is the contract; an earlier step is named when it differs as well.
    const first = this.first
    if (
      reasons.length > 0 &&
      first &&
      (first.algorithm !== algorithm || (keyed && !sameSecret(first.secretId, p.secretId)))
    )
      reasons.push(`step ${first.step.number} uses ${describe(first.algorithm, first.secretId)}`)
    if (reasons.length > 0) {
      const self = p.algorithm
        ? describe(algorithm, p.secretId)
        : describe(`${algorithm} (the default algorithm)`, p.secretId)
      this.report(
        step,
        `hashes ${names} with ${self}, but ${reasons.join(' and ')}: every PII column must leave under the one contract`
      )
    }
    if (policy.encoding === 'hex' && !this.encodingReported) {
      this.encodingReported = true
      this.report(
        step,
        `the policy asks for hex digests${this.cite(this.policy.locations?.encoding)}, but CRYPTOGRAPHIC_HASH writes Base64 and no recipe step converts it`
      )
    }
  }

  private markHashed(step: RecipeStep, column: string, live: TaintMap): void {
    const t = live.get(column)
    if (t.hashedAt) {
      this.report(
        step,
        `hashes ${live.label(column)} again (step ${t.hashedAt.number} hashed it already): a hash of a hash matches nobody`
      )
      return
    }
    if (!t.normalized && MUST_NORMALIZE.has(t.origin.kind))
      this.report(
        step,
        `${live.label(column)} (${t.origin.kind}) is hashed without being normalized first (e.g. ${t.origin.kind === 'email' ? 'REMOVE_COMBINED trimming whitespace and LOWER_CASE' : 'FORMAT_PHONE_NUMBER to E164'}): its hashes will rarely match partners'`,
        'warning'
      )
    t.hashedAt = step
  }
}
