/**
 * The claims a GitHub OIDC token presents, read from its payload without verifying it: only to tell the user, when
 * STS refuses the token, exactly which `sub` and `aud` the role's trust policy has to match. Never used to decide
 * anything, and only these two (non-secret) claims leave this module; the token itself is masked by the caller.
 */
export interface TokenClaims {
  sub?: string
  aud?: string
}

/** JWT → { sub, aud }; empty when the token is not a readable JWT. Pure. */
export function tokenClaims(token: string): TokenClaims {
  const payload = token.split('.')[1]
  if (!payload) return {}
  try {
    const data = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>
    const aud = Array.isArray(data.aud)
      ? data.aud.filter(a => typeof a === 'string').join(', ')
      : typeof data.aud === 'string'
        ? data.aud
        : undefined
    return { sub: typeof data.sub === 'string' ? data.sub : undefined, aud }
  } catch {
    return {}
  }
}
