/**
 * How the pipeline's PGP private keys are stored in the stack's Secrets Manager secret (PgpPrivateKeySecret):
 *
 *   { "version": 1, "keys": [ { "fingerprint", "keyIds": [hex…], "createdAt", "wrapped", "passphraseWrapped"? } ] }
 *
 * `wrapped` is a KMS envelope of the armored private key, Base64: kms:GenerateDataKey (AES_256) under the stack's
 * KeyWrappingKey with encryption context {stack: <stack name>, purpose: pgp-private-key} gives a data key, which
 * encrypts the armored key with AES-256-GCM here (kms:Encrypt takes at most 4,096 bytes; an armored RSA-4096 private
 * key is larger). The envelope keeps the KMS ciphertext of the data key beside the IV, tag and ciphertext. Reading the
 * secret alone therefore yields nothing: only a principal allowed kms:Decrypt with that context (DecryptBatch's role)
 * can unwrap. `passphraseWrapped` (optional, same envelope) holds the passphrase of a protected key.
 *
 * Envelope layout, version 1:  "CCK1" | u16 BE n | n bytes: KMS CiphertextBlob of the data key | 12-byte IV |
 * 16-byte GCM tag | ciphertext. The header (magic, length, encrypted data key) is the GCM associated data.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { DecryptCommand, GenerateDataKeyCommand, type KMSClient } from '@aws-sdk/client-kms'
import { UserError } from '../errors.js'

export const KEY_PURPOSE = 'pgp-private-key'
export const KEY_SECRET_VERSION = 1

export interface StoredKey {
  /** Primary key fingerprint, uppercase hex. */
  fingerprint: string
  /** Key IDs (uppercase hex) of the primary key and its subkeys: what a message names as its recipient. */
  keyIds: string[]
  /** ISO 8601. */
  createdAt: string
  /** The KMS envelope of the armored private key, Base64. */
  wrapped: string
  /** The KMS envelope of the key's passphrase, Base64; absent for an unprotected key. */
  passphraseWrapped?: string
}

export interface KeySecret {
  version: 1
  keys: StoredKey[]
}

const MAGIC = Buffer.from('CCK1')
const IV_BYTES = 12
const TAG_BYTES = 16
const FINGERPRINT = /^[0-9A-F]{40}$|^[0-9A-F]{64}$/
const KEY_ID = /^[0-9A-F]{16}$/

export function encryptionContext(stackName: string): Record<string, string> {
  return { stack: stackName, purpose: KEY_PURPOSE }
}

function awsErrorName(err: unknown): string {
  const name = (err as { name?: unknown })?.name
  return typeof name === 'string' ? name : 'Error'
}

function firstLine(err: unknown): string {
  // Not `instanceof Error`: errors from another realm (Node internals under a VM) are not instances of ours.
  const message = (err as { message?: unknown })?.message
  const m = typeof message === 'string' ? message : String(err)
  return m.split('\n')[0] ?? m
}

/**
 * Wraps `plaintext` (the armored private key, or a passphrase) for the stack: the Base64 envelope that goes into the
 * secret. Needs kms:GenerateDataKey on the wrapping key with the context {stack, purpose}.
 */
export async function wrapPrivateKey(
  kms: KMSClient,
  keyArn: string,
  stackName: string,
  plaintext: string
): Promise<string> {
  let generated
  try {
    generated = await kms.send(
      new GenerateDataKeyCommand({
        KeyId: keyArn,
        KeySpec: 'AES_256',
        EncryptionContext: encryptionContext(stackName)
      })
    )
  } catch (err) {
    throw new UserError(
      `kms:GenerateDataKey on ${keyArn} failed (${awsErrorName(err)}: ${firstLine(err)}): the caller needs kms:GenerateDataKey on the stack's KeyWrappingKey with encryption context {stack: ${stackName}, purpose: ${KEY_PURPOSE}}`,
      { cause: err }
    )
  }
  if (!generated.Plaintext || !generated.CiphertextBlob) {
    throw new UserError(`kms:GenerateDataKey on ${keyArn} returned no data key: retry`)
  }
  const dataKey = Buffer.from(generated.Plaintext)
  try {
    if (dataKey.length !== 32)
      throw new UserError(`kms:GenerateDataKey returned a ${dataKey.length}-byte key, not 32`)
    const encryptedKey = Buffer.from(generated.CiphertextBlob)
    if (encryptedKey.length > 0xffff) throw new UserError('the KMS ciphertext of the data key is too large')
    const length = Buffer.alloc(2)
    length.writeUInt16BE(encryptedKey.length)
    const header = Buffer.concat([MAGIC, length, encryptedKey])
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv)
    cipher.setAAD(header)
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    return Buffer.concat([header, iv, cipher.getAuthTag(), ciphertext]).toString('base64')
  } finally {
    dataKey.fill(0)
    if (generated.Plaintext instanceof Uint8Array) generated.Plaintext.fill(0)
  }
}

interface Envelope {
  header: Buffer
  encryptedKey: Buffer
  iv: Buffer
  tag: Buffer
  ciphertext: Buffer
}

function splitEnvelope(wrapped: string, label: string): Envelope {
  const blob = Buffer.from(wrapped, 'base64')
  const bad = (why: string) =>
    new UserError(
      `${label} is not a key envelope (${why}): write the secret with \`cleanrooms-connect keys create\``
    )
  if (blob.length < MAGIC.length + 2 || !blob.subarray(0, MAGIC.length).equals(MAGIC))
    throw bad('unknown format')
  const n = blob.readUInt16BE(MAGIC.length)
  const headerEnd = MAGIC.length + 2 + n
  if (n === 0 || blob.length < headerEnd + IV_BYTES + TAG_BYTES) throw bad('truncated')
  return {
    header: blob.subarray(0, headerEnd),
    encryptedKey: blob.subarray(MAGIC.length + 2, headerEnd),
    iv: blob.subarray(headerEnd, headerEnd + IV_BYTES),
    tag: blob.subarray(headerEnd + IV_BYTES, headerEnd + IV_BYTES + TAG_BYTES),
    ciphertext: blob.subarray(headerEnd + IV_BYTES + TAG_BYTES)
  }
}

/**
 * Unwraps an envelope made by wrapPrivateKey: kms:Decrypt of the data key with the stack's context (and, when given,
 * only under `keyArn`), then AES-256-GCM. Fails when the context differs (another stack), the caller may not decrypt,
 * or any byte of the envelope was altered.
 */
export async function unwrapPrivateKey(
  kms: KMSClient,
  wrapped: string,
  stackName: string,
  options: { keyArn?: string; label?: string } = {}
): Promise<string> {
  const label = options.label ?? 'the wrapped private key'
  const envelope = splitEnvelope(wrapped, label)
  let decrypted
  try {
    decrypted = await kms.send(
      new DecryptCommand({
        CiphertextBlob: envelope.encryptedKey,
        EncryptionContext: encryptionContext(stackName),
        ...(options.keyArn ? { KeyId: options.keyArn } : {})
      })
    )
  } catch (err) {
    const name = awsErrorName(err)
    const why =
      name === 'InvalidCiphertextException'
        ? `it was not wrapped for stack ${stackName} (encryption context {stack, purpose: ${KEY_PURPOSE}}) or is damaged: re-create it with \`cleanrooms-connect keys rotate --stack-name ${stackName}\``
        : name === 'AccessDeniedException'
          ? `this role may not kms:Decrypt on the KeyWrappingKey with context {stack: ${stackName}, purpose: ${KEY_PURPOSE}}: check the key policy and the role`
          : name === 'IncorrectKeyException'
            ? `it was wrapped under another KMS key than ${options.keyArn}: re-create it with \`cleanrooms-connect keys rotate\``
            : 'retry; if it persists check KMS'
    throw new UserError(`${label} cannot be unwrapped (kms:Decrypt: ${name}: ${firstLine(err)}): ${why}`, {
      cause: err
    })
  }
  if (!decrypted.Plaintext) throw new UserError(`${label}: kms:Decrypt returned no data key: retry`)
  const dataKey = Buffer.from(decrypted.Plaintext)
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, envelope.iv)
    decipher.setAAD(envelope.header)
    decipher.setAuthTag(envelope.tag)
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]).toString('utf8')
  } catch {
    throw new UserError(
      `${label} failed its integrity check (the secret entry was altered): rotate the key with \`cleanrooms-connect keys rotate --stack-name ${stackName}\``
    )
  } finally {
    dataKey.fill(0)
    if (decrypted.Plaintext instanceof Uint8Array) decrypted.Plaintext.fill(0)
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/**
 * Parses and checks the secret string; errors name the field. A secret without a value (created empty by the stack)
 * or with an empty string has no keys.
 */
export function parseKeySecret(text: string | undefined, where = 'the PGP key secret'): KeySecret {
  if (text === undefined || text.trim() === '') return { version: 1, keys: [] }
  const fix = 'write it with `cleanrooms-connect keys create`'
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new UserError(`${where} is not JSON: ${fix}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new UserError(`${where} is not a JSON object: ${fix}`)
  const s = data as Record<string, unknown>
  if (s.version !== KEY_SECRET_VERSION)
    throw new UserError(`${where}: version is ${JSON.stringify(s.version)}, expected 1: ${fix}`)
  if (!Array.isArray(s.keys)) throw new UserError(`${where}: keys must be a list: ${fix}`)
  const seen = new Set<string>()
  const keys = s.keys.map((raw: unknown, i: number): StoredKey => {
    const at = `${where}: keys[${i}]`
    if (typeof raw !== 'object' || raw === null) throw new UserError(`${at} is not an object: ${fix}`)
    const k = raw as Record<string, unknown>
    if (typeof k.fingerprint !== 'string' || !FINGERPRINT.test(k.fingerprint))
      throw new UserError(`${at}.fingerprint must be 40 or 64 uppercase hex digits: ${fix}`)
    if (seen.has(k.fingerprint)) throw new UserError(`${at}.fingerprint repeats ${k.fingerprint}: ${fix}`)
    seen.add(k.fingerprint)
    if (
      !Array.isArray(k.keyIds) ||
      k.keyIds.length === 0 ||
      !k.keyIds.every(id => typeof id === 'string' && KEY_ID.test(id))
    )
      throw new UserError(`${at}.keyIds must be a non-empty list of 16-digit uppercase hex key IDs: ${fix}`)
    if (typeof k.createdAt !== 'string' || Number.isNaN(Date.parse(k.createdAt)))
      throw new UserError(`${at}.createdAt must be an ISO 8601 date: ${fix}`)
    if (typeof k.wrapped !== 'string' || !BASE64.test(k.wrapped))
      throw new UserError(`${at}.wrapped must be a Base64 key envelope: ${fix}`)
    if (
      k.passphraseWrapped !== undefined &&
      (typeof k.passphraseWrapped !== 'string' || !BASE64.test(k.passphraseWrapped))
    )
      throw new UserError(`${at}.passphraseWrapped must be a Base64 key envelope when present: ${fix}`)
    return {
      fingerprint: k.fingerprint,
      keyIds: k.keyIds as string[],
      createdAt: k.createdAt,
      wrapped: k.wrapped,
      ...(k.passphraseWrapped !== undefined ? { passphraseWrapped: k.passphraseWrapped as string } : {})
    }
  })
  return { version: 1, keys }
}

export function serializeKeySecret(secret: KeySecret): string {
  return JSON.stringify(secret)
}
