/**
 * AWS credentials for a run, in this order:
 * - role-to-assume + a GitHub OIDC token available → STS AssumeRoleWithWebIdentity (no stored AWS keys at all);
 * - role-to-assume inside GitHub Actions but no OIDC token → stop and say how to get one;
 * - role-to-assume outside Actions (CLI, @github/local-action) → default chain credentials → STS AssumeRole;
 * - no role → the SDK default chain, resolved lazily by each client.
 * Every secret is handed to `mask` the moment it exists. STS calls carry a request timeout and are retried with full
 * jitter; STS errors are rewritten into the thing to fix.
 *
 * An assumed role's credentials come as a provider that re-assumes (with a fresh OIDC token in Actions) shortly before
 * they expire, so a wait longer than role-duration-seconds keeps working: see refreshing-credentials.ts.
 */
import {
  AssumeRoleCommand,
  AssumeRoleWithWebIdentityCommand,
  type Credentials,
  type STSClient
} from '@aws-sdk/client-sts'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import { UserError } from '../errors.js'
import { createStsClient } from './clients.js'
import { refreshingCredentials } from './refreshing-credentials.js'
import { isTransientAwsError, retry } from './retry.js'
import { tokenClaims, type TokenClaims } from './oidc-claims.js'

/**
 * Role, audience, session name and duration arrive as settings validated them (settings/validate.ts and the ranges
 * on the input spec): this module applies no second set of rules.
 */
export interface CredentialOptions {
  region: string
  /** Full role ARN; undefined → the SDK default chain. */
  roleToAssume?: string
  audience: string
  roleSessionName: string
  durationSeconds: number
  /** Read for ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN, GITHUB_ACTIONS and the claims the job presents. */
  env: NodeJS.ProcessEnv
  /** core.getIDToken in the action. */
  getIDToken: (audience: string) => Promise<string>
  /** core.setSecret in the action. */
  mask: (secret: string) => void
  /** For tests and custom partitions; otherwise the SDK's regional endpoint (or AWS_ENDPOINT_URL_STS). */
  stsEndpoint?: string
  /** Default 10 s: a hung STS call must not hang the job. */
  requestTimeoutMs?: number
  /** The job's `environment:` name when known (GitHub exposes no variable for it); used only to explain errors. */
  environment?: string
  /** Total tries for the token and for STS. Default 4. */
  attempts?: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  /** Clock (ms) that decides when assumed-role credentials are refreshed. Default Date.now. */
  now?: () => number
  /** Refresh this long before Expiration. Default 10 minutes. */
  refreshBeforeMs?: number
  /** Told when credentials were refreshed, or a refresh failed (never the credentials). */
  log?: (line: string) => void
}

export type CredentialSource = 'oidc' | 'assume-role' | 'default-chain'

export interface ResolvedCredentials {
  source: CredentialSource
  /** For an assumed role: a provider that refreshes before expiry, shared by every client of the job. */
  credentials?: AwsCredentialIdentityProvider
  /** Of the first session. */
  identity?: { arn?: string; expiration?: Date }
}

const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_ATTEMPTS = 4
const BACKOFF = { baseMs: 1_000, maxMs: 10_000 }

export const NO_OIDC_TOKEN_MESSAGE =
  'role-to-assume is set but no OIDC token is available: add `permissions: id-token: write` to the job (fork pull requests never get one)'

export function hasOidcRequestEnv(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
}

export async function resolveCredentials(o: CredentialOptions): Promise<ResolvedCredentials> {
  if (!o.roleToAssume) return { source: 'default-chain' }
  const ctx: StsContext = {
    roleArn: o.roleToAssume,
    sessionName: o.roleSessionName,
    duration: o.durationSeconds,
    audience: o.audience,
    timeoutMs: o.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    attempts: o.attempts ?? DEFAULT_ATTEMPTS,
    region: o.region,
    env: o.env,
    environment: o.environment
  }
  const retryOpts = { attempts: ctx.attempts, ...BACKOFF, sleep: o.sleep, random: o.random }

  const inActions = o.env.GITHUB_ACTIONS === 'true'
  const oidc = hasOidcRequestEnv(o.env)
  if (!oidc && inActions) throw new UserError(NO_OIDC_TOKEN_MESSAGE)

  const source: CredentialSource = oidc ? 'oidc' : 'assume-role'
  const assume = () =>
    oidc ? assumeWithOidc(ctx, o, retryOpts) : assumeWithCallerCredentials(ctx, o, retryOpts)
  const first = await assume()
  const credentials = refreshingCredentials(first.credentials, async () => (await assume()).credentials, {
    now: o.now ?? Date.now,
    refreshBeforeMs: o.refreshBeforeMs,
    log: o.log
  })
  return { source, credentials, identity: first.identity }
}

type RetryOpts = {
  attempts: number
  baseMs: number
  maxMs: number
  sleep?: (ms: number) => Promise<void>
  random?: () => number
}

interface Session {
  credentials: AwsCredentialIdentity
  identity: { arn?: string; expiration?: Date }
}

/** One STS client per session: a refresh hours later gets a fresh connection. */
async function withSts<T>(
  ctx: StsContext,
  o: CredentialOptions,
  fn: (sts: STSClient) => Promise<T>
): Promise<T> {
  const sts = createStsClient({
    region: o.region,
    endpointUrl: o.stsEndpoint,
    requestTimeoutMs: ctx.timeoutMs,
    maxAttempts: 1
  })
  try {
    return await fn(sts)
  } finally {
    sts.destroy()
  }
}

/** A fresh GitHub OIDC token → AssumeRoleWithWebIdentity. */
async function assumeWithOidc(ctx: StsContext, o: CredentialOptions, retryOpts: RetryOpts): Promise<Session> {
  const token = await retry(
    async () => {
      const t = await o.getIDToken(ctx.audience)
      if (!t) throw new Error('the OIDC token endpoint returned an empty token')
      return t
    },
    // Any failure to fetch the token is worth another try; a missing permission is caught before.
    { ...retryOpts, isRetryable: err => !(err instanceof UserError) }
  ).catch((err: unknown) => {
    throw new UserError(
      `could not get a GitHub OIDC token for audience '${ctx.audience}': ${oneLine(err)}; check that the job has \`permissions: id-token: write\``,
      { cause: err }
    )
  })
  o.mask(token)
  ctx.claims = tokenClaims(token)
  const out = await withSts(ctx, o, sts =>
    callSts(ctx, retryOpts, 'AssumeRoleWithWebIdentity', () =>
      sts.send(
        new AssumeRoleWithWebIdentityCommand({
          RoleArn: ctx.roleArn,
          RoleSessionName: ctx.sessionName,
          DurationSeconds: ctx.duration,
          WebIdentityToken: token
        })
      )
    )
  )
  return toIdentity(out.Credentials, out.AssumedRoleUser?.Arn, o.mask, ctx.roleArn)
}

/** The SDK default chain's credentials → AssumeRole (CLI, @github/local-action). */
async function assumeWithCallerCredentials(
  ctx: StsContext,
  o: CredentialOptions,
  retryOpts: RetryOpts
): Promise<Session> {
  const out = await withSts(ctx, o, sts =>
    callSts(ctx, retryOpts, 'AssumeRole', () =>
      sts.send(
        new AssumeRoleCommand({
          RoleArn: ctx.roleArn,
          RoleSessionName: ctx.sessionName,
          DurationSeconds: ctx.duration
        })
      )
    )
  )
  return toIdentity(out.Credentials, out.AssumedRoleUser?.Arn, o.mask, ctx.roleArn)
}

export interface StsContext {
  roleArn: string
  sessionName: string
  duration: number
  audience: string
  timeoutMs: number
  attempts: number
  region: string
  env: NodeJS.ProcessEnv
  environment?: string
  /** The sub and aud the OIDC token really presents (read from it, unverified), for the trust-policy error. */
  claims?: TokenClaims
}

export type StsAction = 'AssumeRoleWithWebIdentity' | 'AssumeRole'

async function callSts<T>(
  ctx: StsContext,
  retryOpts: RetryOpts,
  action: StsAction,
  send: () => Promise<T>
): Promise<T> {
  try {
    return await retry(send, { ...retryOpts, isRetryable: isTransientAwsError })
  } catch (err) {
    throw explainStsError(err, action, ctx)
  }
}

function toIdentity(
  c: Credentials | undefined,
  arn: string | undefined,
  mask: (s: string) => void,
  roleArn: string
): Session {
  if (!c?.AccessKeyId || !c.SecretAccessKey)
    throw new UserError(`STS returned no credentials for ${roleArn}: retry the job`)
  // Mask before anything else touches them.
  mask(c.AccessKeyId)
  mask(c.SecretAccessKey)
  if (c.SessionToken) mask(c.SessionToken)
  const credentials: AwsCredentialIdentity = {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    ...(c.SessionToken ? { sessionToken: c.SessionToken } : {}),
    ...(c.Expiration ? { expiration: c.Expiration } : {})
  }
  return { credentials, identity: { arn, expiration: c.Expiration } }
}

/**
 * The `sub` claims this job would present, derived from the environment (never from the token itself).
 * GitHub documents: `repo:OWNER/REPO:environment:NAME` for jobs with an environment, `repo:OWNER/REPO:pull_request`
 * for pull_request events, else `repo:OWNER/REPO:ref:REF`.
 */
export function expectedSubjects(env: NodeJS.ProcessEnv, environment?: string): string[] {
  const repo = env.GITHUB_REPOSITORY
  if (!repo) return []
  const prefix = `repo:${repo}`
  if (environment) return [`${prefix}:environment:${environment}`]
  if (env.GITHUB_EVENT_NAME === 'pull_request') return [`${prefix}:pull_request`]
  if (env.GITHUB_REF) return [`${prefix}:ref:${env.GITHUB_REF}`]
  return []
}

function errName(err: unknown): string {
  const n = (err as { name?: unknown; Code?: unknown })?.name
  return typeof n === 'string' ? n : ''
}

function oneLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err)
  return m.replace(/\s+/g, ' ').trim()
}

/** STS errors → one line that says what to fix. Exported for tests and for the CLI's `doctor`-style checks. */
export function explainStsError(err: unknown, action: StsAction, ctx: StsContext): UserError {
  if (err instanceof UserError) return err
  const name = errName(err).replace(/Exception$/, '')
  const msg = oneLine(err)
  const role = ctx.roleArn
  const code = (err as { code?: unknown })?.code
  if (name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return new UserError(
      `STS did not answer within ${ctx.timeoutMs} ms (${ctx.attempts} attempts) while assuming ${role}: check the runner's network access to STS in ${ctx.region}, or retry`,
      { cause: err }
    )
  }
  if (action === 'AssumeRoleWithWebIdentity') {
    if (name === 'AccessDenied' || name === 'IDPRejectedClaim') {
      const subjects = expectedSubjects(ctx.env, ctx.environment)
      const owner = ctx.env.GITHUB_REPOSITORY_OWNER_ID
      const repoId = ctx.env.GITHUB_REPOSITORY_ID
      const presents = ctx.claims?.sub
        ? `this job's token presents sub '${ctx.claims.sub}'`
        : subjects.length
          ? `this job presents sub '${subjects.join("' or '")}'`
          : "see the sub claim format in GitHub's OIDC docs"
      const immutable =
        ` (repositories created or renamed since mid-2026 present the immutable form repo:OWNER@ID/REPO@ID:…` +
        (owner && repoId ? `, here owner id ${owner}, repository id ${repoId})` : ')')
      const envHint = ctx.environment
        ? ''
        : '; a job with `environment:` presents repo:OWNER/REPO:environment:NAME instead'
      return new UserError(
        `STS refused AssumeRoleWithWebIdentity for ${role}: the role's trust policy conditions on token.actions.githubusercontent.com:sub / :aud do not match this workflow; ${presents}${ctx.claims?.sub ? '' : immutable + envHint}; aud is '${ctx.claims?.aud ?? ctx.audience}'`,
        { cause: err }
      )
    }
    if (name === 'InvalidIdentityToken') {
      return new UserError(
        `STS rejected the GitHub OIDC token for ${role}: the account needs an IAM OIDC identity provider for https://token.actions.githubusercontent.com whose audience list includes '${ctx.audience}' (or set audience to the one configured)`,
        { cause: err }
      )
    }
    if (name === 'ExpiredToken') {
      return new UserError(
        `the GitHub OIDC token expired before STS accepted it (assuming ${role}): re-run the job; if it repeats, check the runner's clock`,
        { cause: err }
      )
    }
    if (name === 'IDPCommunicationError') {
      return new UserError(
        `STS could not reach GitHub's OIDC provider to verify the token for ${role}: re-run the job later`,
        { cause: err }
      )
    }
  } else {
    if (name === 'AccessDenied') {
      return new UserError(
        `STS refused AssumeRole for ${role}: the role's trust policy must allow your current identity (from the default credential chain) and that identity needs sts:AssumeRole on the role`,
        { cause: err }
      )
    }
    if (name === 'ExpiredToken') {
      return new UserError(
        `the credentials from the default chain have expired: refresh them (e.g. aws sso login, or new AWS_SESSION_TOKEN) and retry`,
        { cause: err }
      )
    }
    if (name === 'CredentialsProviderError') {
      return new UserError(
        `no AWS credentials to assume ${role} with: set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run in GitHub Actions with \`permissions: id-token: write\``,
        { cause: err }
      )
    }
  }
  if (name === 'RegionDisabled') {
    return new UserError(
      `STS is not activated in ${ctx.region} for this account: activate the region in IAM account settings or pick another aws-region`,
      { cause: err }
    )
  }
  if (name === 'ValidationError' && /DurationSeconds/i.test(msg)) {
    return new UserError(
      `role-duration-seconds ${ctx.duration} exceeds what ${role} allows: lower it or raise the role's MaximumSessionDuration`,
      { cause: err }
    )
  }
  return new UserError(`STS ${action} for ${role} failed: ${name || 'error'}: ${msg}`, { cause: err })
}
