/**
 * The HMAC key of CRYPTOGRAPHIC_HASH, checked wherever it enters (engine, CLI flags, local mode). `Buffer.from(text,
 * 'base64')` never fails: `!!!!` decodes to zero bytes, and every PII column would then be "hashed" with an empty
 * key, which anyone can recompute. So the text must be strict Base64 and the key at least 32 bytes (the HMAC-SHA256
 * output size, the strength NIST SP 800-107 asks of an HMAC key; DataBrew creates its own secrets with 32 random
 * bytes too).
 */
export const MIN_HASH_KEY_BYTES = 32

export const MAKE_A_KEY = 'make one with: openssl rand -base64 32'

/** Standard Base64 (RFC 4648 §4), padded or not; no whitespace, no URL-safe letters. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/

/** Why `key` cannot be an HMAC key, or undefined when it can. `source` names where it came from. */
export function hashKeyProblem(key: Uint8Array, source: string): string | undefined {
  if (key.length === 0) return `the HMAC key from ${source} is empty: ${MAKE_A_KEY}`
  if (key.length < MIN_HASH_KEY_BYTES)
    return `the HMAC key from ${source} is ${key.length} bytes, fewer than ${MIN_HASH_KEY_BYTES}: ${MAKE_A_KEY}`
  return undefined
}

/**
 * The key bytes of a key's text: Base64-decoded (as DataBrew reads its secret) or the text's UTF-8 bytes. Throws an
 * Error with one line naming `source` and how to make a key.
 */
export function decodeHashKey(text: string, encoding: 'base64' | 'utf8', source: string): Buffer {
  if (text.trim() === '') throw new Error(`the HMAC key from ${source} is empty: ${MAKE_A_KEY}`)
  if (encoding === 'base64' && !BASE64.test(text))
    throw new Error(
      `the HMAC key from ${source} is not valid Base64 (only A-Z a-z 0-9 + / and = padding, on one line): ${MAKE_A_KEY}, or pass --hash-key-encoding utf8 for a text key`
    )
  const key = Buffer.from(text, encoding)
  const problem = hashKeyProblem(key, source)
  if (problem) throw new Error(problem)
  return key
}
