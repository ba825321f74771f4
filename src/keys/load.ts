/**
 * The private keys DecryptBatch may use: every entry of the stack's key secret (during a rotation two are live;
 * openpgp picks the one whose key ID the message names). Cached per Lambda container, keyed by the secret ARN and its
 * VersionId: within five minutes nothing is called; after that one GetSecretValue, and the keys are unwrapped again
 * (kms:Decrypt per key) only when the version changed. `refresh` skips the five minutes (a message encrypted to a key
 * rotated in after the cache was filled).
 */
import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { KMSClient } from '@aws-sdk/client-kms'
import * as openpgp from 'openpgp'
import type { PrivateKey } from 'openpgp'
import { UserError } from '../errors.js'
import { parseKeySecret, unwrapPrivateKey, type StoredKey } from './envelope.js'

export const LIVE_KEY_TTL_MS = 5 * 60_000

export interface LoadLiveKeysOptions {
  secrets: SecretsManagerClient
  kms: KMSClient
  secretArn: string
  stackName: string
  /** The KeyWrappingKey ARN: when given, kms:Decrypt accepts only envelopes made under it. */
  keyArn?: string
  /** Read the secret now even if the cache is fresh. */
  refresh?: boolean
  now?: () => number
}

interface CacheEntry {
  versionId: string | undefined
  checkedAt: number
  keys: PrivateKey[]
}

const cache = new Map<string, CacheEntry>()
const inFlight = new Map<string, Promise<PrivateKey[]>>()

function oneLine(err: unknown): string {
  // Not `instanceof Error`: errors from another realm (Node internals under a VM) are not instances of ours.
  const message = (err as { message?: unknown })?.message
  const m = typeof message === 'string' ? message : String(err)
  return m.split('\n')[0] ?? m
}

async function readSecret(o: LoadLiveKeysOptions): Promise<{ text?: string; versionId?: string }> {
  try {
    const out = await o.secrets.send(new GetSecretValueCommand({ SecretId: o.secretArn }))
    return { text: out.SecretString, versionId: out.VersionId }
  } catch (err) {
    const name = (err as { name?: string }).name ?? 'Error'
    if (name === 'ResourceNotFoundException' && /value|version|AWSCURRENT/i.test(oneLine(err))) {
      // The stack creates the secret without a value: no key was stored yet.
      return {}
    }
    const why =
      name === 'AccessDeniedException'
        ? 'the function role needs secretsmanager:GetSecretValue on it (and kms:Decrypt on its KMS key)'
        : name === 'ResourceNotFoundException'
          ? 'check PGP_PRIVATE_KEY_SECRET_ARN (the stack output PgpPrivateKeySecretArn)'
          : 'retry; if it persists check Secrets Manager'
    throw new UserError(`cannot read the PGP key secret ${o.secretArn} (${name}: ${oneLine(err)}): ${why}`, {
      cause: err
    })
  }
}

async function openKey(o: LoadLiveKeysOptions, entry: StoredKey, index: number): Promise<PrivateKey> {
  const label = `stored key ${entry.fingerprint} (keys[${index}] of ${o.secretArn})`
  const armored = await unwrapPrivateKey(o.kms, entry.wrapped, o.stackName, {
    keyArn: o.keyArn,
    label
  })
  let key: PrivateKey
  try {
    key = await openpgp.readPrivateKey({ armoredKey: armored })
  } catch (err) {
    throw new UserError(`${label} is not an OpenPGP private key (${oneLine(err)}): rotate the key`)
  }
  const fingerprint = key.getFingerprint().toUpperCase()
  if (fingerprint !== entry.fingerprint) {
    throw new UserError(
      `${label} unwraps to key ${fingerprint}, not the fingerprint the entry names: the secret was altered; rotate the key`
    )
  }
  if (key.isDecrypted()) return key
  if (!entry.passphraseWrapped) {
    throw new UserError(
      `${label} is passphrase-protected but the entry has no passphraseWrapped: store it unprotected (KMS protects it) with \`cleanrooms-connect keys rotate\``
    )
  }
  const passphrase = await unwrapPrivateKey(o.kms, entry.passphraseWrapped, o.stackName, {
    keyArn: o.keyArn,
    label: `the passphrase of ${label}`
  })
  try {
    return await openpgp.decryptKey({ privateKey: key, passphrase })
  } catch (err) {
    throw new UserError(
      `${label}: its stored passphrase does not unlock it (${oneLine(err)}): rotate the key`
    )
  }
}

async function load(o: LoadLiveKeysOptions, now: number): Promise<PrivateKey[]> {
  const cached = cache.get(o.secretArn)
  const { text, versionId } = await readSecret(o)
  if (cached && versionId !== undefined && cached.versionId === versionId) {
    cached.checkedAt = now
    return cached.keys
  }
  const secret = parseKeySecret(text, `the PGP key secret ${o.secretArn}`)
  if (secret.keys.length === 0) {
    throw new UserError(
      `no PGP private key is stored in ${o.secretArn} yet: run \`cleanrooms-connect keys create --stack-name ${o.stackName}\``
    )
  }
  const keys: PrivateKey[] = []
  for (const [i, entry] of secret.keys.entries()) keys.push(await openKey(o, entry, i))
  cache.set(o.secretArn, { versionId, checkedAt: now, keys })
  return keys
}

/** Every live private key of the stack, unwrapped and ready for openpgp.decrypt. */
export async function loadLiveKeys(o: LoadLiveKeysOptions): Promise<PrivateKey[]> {
  const now = (o.now ?? Date.now)()
  const cached = cache.get(o.secretArn)
  if (!o.refresh && cached && now - cached.checkedAt < LIVE_KEY_TTL_MS) return cached.keys
  // Objects of one batch ask at once: one read for all of them.
  const pending = inFlight.get(o.secretArn)
  if (pending) return pending
  const loading = load(o, now).finally(() => inFlight.delete(o.secretArn))
  inFlight.set(o.secretArn, loading)
  return loading
}

/** Forgets every cached key (tests; a container that must drop keys at once). */
export function clearLiveKeyCache(): void {
  cache.clear()
  inFlight.clear()
}
