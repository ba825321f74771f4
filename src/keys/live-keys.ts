/**
 * The private keys DecryptBatch may use: every entry of the secret (during a rotation two are live; openpgp picks the
 * one whose key ID the message names). Cached per Lambda container for five minutes and per secret version, so a
 * batch of many objects costs one Secrets Manager read and one kms:Decrypt per key.
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { KMSClient } from '@aws-sdk/client-kms'
import { readPrivateKey, type PrivateKey } from 'openpgp'
import { parseKeySecret, unwrapPrivateKey } from './envelope.js'

const TTL_MS = 5 * 60_000
const cache = new Map<string, { version: string; at: number; keys: PrivateKey[] }>()

export interface LiveKeyOptions {
  secrets: SecretsManagerClient
  kms: KMSClient
  secretArn: string
  stackName: string
  now?: () => number
}

export async function loadLiveKeys(o: LiveKeyOptions): Promise<PrivateKey[]> {
  const now = (o.now ?? Date.now)()
  const cached = cache.get(o.secretArn)
  if (cached && now - cached.at < TTL_MS) return cached.keys
  const out = await o.secrets.send(new GetSecretValueCommand({ SecretId: o.secretArn }))
  const version = out.VersionId ?? ''
  if (cached && cached.version === version) {
    cached.at = now
    return cached.keys
  }
  const secret = parseKeySecret(out.SecretString)
  if (secret.keys.length === 0) {
    throw new Error('no PGP private key is stored yet: run `cleanrooms-connect keys create --stack-name …`')
  }
  const keys: PrivateKey[] = []
  for (const w of secret.keys) {
    const armored = await unwrapPrivateKey(o.kms, o.stackName, w)
    const key = await readPrivateKey({ armoredKey: armored })
    if (!key.isDecrypted())
      throw new Error(
        `stored key ${w.fingerprint} is passphrase-protected: store it unprotected (KMS protects it)`
      )
    keys.push(key)
  }
  cache.set(o.secretArn, { version, at: now, keys })
  return keys
}

/** Tests and key rotation within one container. */
export function clearKeyCache(): void {
  cache.clear()
}
