/**
 * How the pipeline's PGP private keys are stored: the Secrets Manager secret holds, per key, the armored private key
 * encrypted with AES-256-GCM under a random data key, and that data key encrypted by kms:Encrypt under the stack's
 * KeyWrappingKey with encryption context {stack, purpose: pgp-private-key}. Reading the secret alone yields nothing;
 * only a principal the key policy lets kms:Decrypt with that context (DecryptBatch's role) can unwrap. The data key
 * is generated here (not kms:GenerateDataKey) because the key policy grants kms:Encrypt for wrapping, and an armored
 * RSA-4096 private key is larger than kms:Encrypt's 4 KiB plaintext limit. The fingerprint is the GCM associated
 * data, so an entry's ciphertext cannot be swapped onto another entry.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms'

export const KEY_PURPOSE = 'pgp-private-key'

export interface WrappedKey {
  /** Primary key fingerprint, uppercase hex. */
  fingerprint: string
  /** Key IDs (hex) of the primary key and its subkeys: what a message names as its recipient. */
  keyIds: string[]
  createdAt: string
  /** kms:Encrypt ciphertext of the 32-byte data key, Base64. */
  encryptedDataKey: string
  iv: string
  tag: string
  /** AES-256-GCM ciphertext of the armored private key, Base64. */
  ciphertext: string
}

export interface KeySecret {
  version: 1
  keys: WrappedKey[]
}

export function encryptionContext(stackName: string): Record<string, string> {
  return { stack: stackName, purpose: KEY_PURPOSE }
}

export async function wrapPrivateKey(
  kms: KMSClient,
  wrappingKeyArn: string,
  stackName: string,
  armoredPrivateKey: string,
  meta: { fingerprint: string; keyIds: string[]; createdAt: Date }
): Promise<WrappedKey> {
  const dataKey = randomBytes(32)
  try {
    const out = await kms.send(
      new EncryptCommand({
        KeyId: wrappingKeyArn,
        Plaintext: dataKey,
        EncryptionContext: encryptionContext(stackName)
      })
    )
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', dataKey, iv)
    cipher.setAAD(Buffer.from(meta.fingerprint))
    const ciphertext = Buffer.concat([cipher.update(armoredPrivateKey, 'utf8'), cipher.final()])
    return {
      fingerprint: meta.fingerprint,
      keyIds: meta.keyIds,
      createdAt: meta.createdAt.toISOString(),
      encryptedDataKey: Buffer.from(out.CiphertextBlob!).toString('base64'),
      iv: iv.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
      ciphertext: ciphertext.toString('base64')
    }
  } finally {
    dataKey.fill(0)
  }
}

export async function unwrapPrivateKey(kms: KMSClient, stackName: string, w: WrappedKey): Promise<string> {
  const out = await kms.send(
    new DecryptCommand({
      CiphertextBlob: Buffer.from(w.encryptedDataKey, 'base64'),
      EncryptionContext: encryptionContext(stackName)
    })
  )
  const dataKey = Buffer.from(out.Plaintext!)
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(w.iv, 'base64'))
    decipher.setAAD(Buffer.from(w.fingerprint))
    decipher.setAuthTag(Buffer.from(w.tag, 'base64'))
    return Buffer.concat([decipher.update(Buffer.from(w.ciphertext, 'base64')), decipher.final()]).toString(
      'utf8'
    )
  } catch {
    throw new Error(
      `wrapped key ${w.fingerprint} failed its integrity check: the secret entry was altered; rotate the key`
    )
  } finally {
    dataKey.fill(0)
  }
}

/** Parses the secret string; errors name the field. An empty or missing secret has no keys. */
export function parseKeySecret(text: string | undefined): KeySecret {
  if (!text || text.trim() === '') return { version: 1, keys: [] }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new Error('the PGP key secret is not JSON: write it with `cleanrooms-connect keys create`')
  }
  const s = data as Partial<KeySecret>
  if (s.version !== 1 || !Array.isArray(s.keys)) {
    throw new Error(
      'the PGP key secret must be {"version": 1, "keys": [...]}: write it with `cleanrooms-connect keys create`'
    )
  }
  s.keys.forEach((k, i) => {
    for (const field of [
      'fingerprint',
      'createdAt',
      'encryptedDataKey',
      'iv',
      'tag',
      'ciphertext'
    ] as const) {
      if (typeof k?.[field] !== 'string' || k[field] === '')
        throw new Error(`the PGP key secret's keys[${i}].${field} is missing`)
    }
    if (!Array.isArray(k.keyIds)) throw new Error(`the PGP key secret's keys[${i}].keyIds is missing`)
  })
  return s as KeySecret
}
