/**
 * Role credentials for a job that may outlive them: a pipeline wait can last hours while an assumed-role session lasts
 * role-duration-seconds. The provider hands out the current credentials and, once they are within `refreshBeforeMs`
 * of their Expiration, gets new ones (re-assuming the role, with a fresh OIDC token in Actions). Every client of the
 * job shares it, and callers that arrive during a refresh share that one refresh.
 *
 * The AWS SDK memoizes a credentials function and calls it again once the identity is within 5 minutes of expiring;
 * refreshing earlier than that (10 minutes by default) means the SDK never sees credentials it considers expired.
 */
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'

export const DEFAULT_REFRESH_BEFORE_MS = 10 * 60_000
/** After a failed refresh while the current credentials still work, wait this long before trying again. */
export const RETRY_FAILED_REFRESH_MS = 60_000

export interface RefreshOptions {
  now: () => number
  /** Default DEFAULT_REFRESH_BEFORE_MS. */
  refreshBeforeMs?: number
  /** Told about refreshes and failed refreshes (never the credentials). */
  log?: (line: string) => void
}

export function refreshingCredentials(
  initial: AwsCredentialIdentity,
  refresh: () => Promise<AwsCredentialIdentity>,
  o: RefreshOptions
): AwsCredentialIdentityProvider {
  const before = o.refreshBeforeMs ?? DEFAULT_REFRESH_BEFORE_MS
  let current = initial
  let pending: Promise<AwsCredentialIdentity> | undefined
  let retryAt = 0

  const startRefresh = (expiresAt: number): Promise<AwsCredentialIdentity> =>
    refresh()
      .then(next => {
        current = next
        retryAt = 0
        o.log?.(
          `refreshed AWS credentials${next.expiration ? ` (valid until ${next.expiration.toISOString()})` : ''}`
        )
        return next
      })
      .catch((err: unknown) => {
        // Still valid: keep working with them and try again a little later; expired: nothing left to offer.
        if (o.now() < expiresAt) {
          retryAt = o.now() + RETRY_FAILED_REFRESH_MS
          o.log?.(
            `could not refresh AWS credentials (${err instanceof Error ? err.message : String(err)}); the current ones stay valid until ${new Date(expiresAt).toISOString()}`
          )
          return current
        }
        throw err
      })
      .finally(() => {
        pending = undefined
      })

  return () => {
    const expiresAt = current.expiration?.getTime()
    if (expiresAt === undefined) return Promise.resolve(current)
    const now = o.now()
    if (now < expiresAt - before || (now < retryAt && now < expiresAt)) return Promise.resolve(current)
    pending ??= startRefresh(expiresAt)
    return pending
  }
}
