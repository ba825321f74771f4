/**
 * Recipient and private keys: read, check, fingerprint. A recipient must be a public key that is neither expired nor
 * revoked and can encrypt; an optional fingerprint pin says which keys are expected. Errors name the key and the fix.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as openpgp from 'openpgp'
import type { PrivateKey, PublicKey } from 'openpgp'
import { UsageError, UserError } from '../errors.js'

export interface RecipientKey {
  key: PublicKey
  /** Primary key fingerprint, uppercase hex. */
  fingerprint: string
  userIds: string[]
  algorithm: string
}

const ARMOR_BLOCKS = /-----BEGIN PGP (PUBLIC|PRIVATE) KEY BLOCK-----[\s\S]*?-----END PGP \1 KEY BLOCK-----/g

/** Where a recipient key comes from: pasted armored text, or a key file (relative to the workspace). */
export type RecipientSource = { kind: 'armored'; armored: string } | { kind: 'path'; path: string }

function where(source: RecipientSource): string {
  return source.kind === 'path' ? `recipient file ${source.path}` : 'recipient key text'
}

async function readKeyBytes(source: RecipientSource, cwd: string): Promise<string | Uint8Array> {
  if (source.kind === 'armored') return source.armored
  const file = path.resolve(cwd, source.path)
  let data: Buffer
  try {
    data = await readFile(file)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `recipient file ${source.path} not found (looked in ${cwd}): fix the path or pass the armored key text`
        : `recipient file ${source.path} cannot be read (${code ?? 'error'}): check its permissions`
    )
  }
  if (data.length === 0) {
    throw new UsageError(
      `recipient file ${source.path} is empty: export the key into it (gpg --export --armor FPR)`
    )
  }
  const text = data.toString('latin1')
  return text.includes('-----BEGIN PGP') ? data.toString('utf8') : new Uint8Array(data)
}

/**
 * The key material of one recipient source as armored text. Armored text and armored files are returned as given;
 * a binary key file (gpg --export without --armor) is parsed and re-armored, one block per key.
 */
export async function readRecipientSource(source: RecipientSource, cwd: string): Promise<string> {
  const material = await readKeyBytes(source, cwd)
  if (typeof material === 'string') return material
  const keys = await parseKeys(material, where(source))
  return keys.map(k => k.armor()).join('\n')
}

/** Every key in armored text (one or more blocks) or binary bytes. */
async function readAllKeys(material: string | Uint8Array): Promise<(PublicKey | PrivateKey)[]> {
  if (typeof material !== 'string') return await openpgp.readKeys({ binaryKeys: material })
  // openpgp reads one armor block per call; a file may hold several (keys exported one after another).
  const blocks = material.match(ARMOR_BLOCKS) ?? [material]
  return (await Promise.all(blocks.map(armoredKeys => openpgp.readKeys({ armoredKeys })))).flat()
}

/** Parses every key in the text or bytes; private keys are returned as such so the caller can refuse them. */
async function parseKeys(material: string | Uint8Array, label: string): Promise<(PublicKey | PrivateKey)[]> {
  try {
    return await readAllKeys(material)
  } catch (err) {
    throw new UsageError(
      `${label} is not an OpenPGP key (${oneLine(err)}): export it with gpg --export --armor FINGERPRINT`
    )
  }
}

function oneLine(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err)
  return (m.split('\n')[0] ?? m).replace(/^Error (reading|parsing)[^:]*: /, '')
}

export function fingerprintOf(key: PublicKey | PrivateKey): string {
  return key.getFingerprint().toUpperCase()
}

const ENCRYPT_FLAGS = openpgp.enums.keyFlags.encryptCommunication | openpgp.enums.keyFlags.encryptStorage

/**
 * Fingerprints of the subkeys flagged for encryption (a pin may name one of them instead of the primary key).
 * Whether the subkey is still valid is checked by getEncryptionKey in checkRecipient.
 */
function encryptionSubkeyFingerprints(key: PublicKey): string[] {
  return key.subkeys
    .filter(s => s.bindingSignatures.some(sig => ((sig.keyFlags?.[0] ?? 0) & ENCRYPT_FLAGS) !== 0))
    .map(s => s.getFingerprint().toUpperCase())
}

async function checkRecipient(key: PublicKey, label: string, now: Date): Promise<void> {
  const fpr = fingerprintOf(key)
  if (await key.isRevoked(undefined, undefined, now)) {
    throw new UsageError(`${label}: key ${fpr} is revoked: ask the pipeline owner for its current public key`)
  }
  const expiry = await key.getExpirationTime().catch(() => null)
  if (expiry instanceof Date && expiry.getTime() <= now.getTime()) {
    throw new UsageError(
      `${label}: key ${fpr} expired on ${expiry.toISOString().slice(0, 10)}: extend it (gpg --quick-set-expire ${fpr}) or use the current key`
    )
  }
  try {
    await key.getEncryptionKey(undefined, now)
  } catch (err) {
    throw new UsageError(
      `${label}: key ${fpr} has no valid encryption-capable (sub)key (${oneLine(err)}): add an encryption subkey or use another key`
    )
  }
}

/**
 * Loads, checks and de-duplicates the recipient keys. With `fingerprints`, every key must be pinned (by its primary
 * or a subkey fingerprint) and every pin must match a key.
 */
export async function loadRecipientKeys(
  sources: RecipientSource[],
  options: { cwd: string; fingerprints?: string[]; now?: Date }
): Promise<RecipientKey[]> {
  const now = options.now ?? new Date()
  if (sources.length === 0) {
    throw new UsageError(
      "no recipient key given: pass a public key file (--recipient KEY.asc, or input 'recipient') or set 'stack-name'"
    )
  }
  const byFingerprint = new Map<string, RecipientKey>()
  for (const source of sources) {
    const label = where(source)
    const keys = await parseKeys(await readKeyBytes(source, options.cwd), label)
    if (keys.length === 0)
      throw new UsageError(`${label} holds no key: export one with gpg --export --armor FPR`)
    for (const key of keys) {
      const fpr = fingerprintOf(key)
      if (key.isPrivate()) {
        throw new UsageError(
          `${label}: key ${fpr} is a PRIVATE key; pass the public key instead (gpg --export --armor ${fpr}) and keep the private key out of CI`
        )
      }
      const pub = key as PublicKey
      await checkRecipient(pub, label, now)
      const primaryUser = pub.getUserIDs()
      byFingerprint.set(fpr, {
        key: pub,
        fingerprint: fpr,
        userIds: primaryUser,
        algorithm: describeAlgorithm(pub)
      })
    }
  }
  const recipients = [...byFingerprint.values()]
  const pins = (options.fingerprints ?? []).map(f => f.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase())
  if (pins.length > 0) {
    for (const r of recipients) {
      const names = [r.fingerprint, ...encryptionSubkeyFingerprints(r.key)]
      if (!names.some(n => pins.includes(n))) {
        throw new UsageError(
          `recipient key ${r.fingerprint} is not in recipient-fingerprint (${pins.join(', ')}): check that the key is the expected one, or add its fingerprint`
        )
      }
    }
    for (const pin of pins) {
      const matched = recipients.some(r =>
        [r.fingerprint, ...encryptionSubkeyFingerprints(r.key)].includes(pin)
      )
      if (!matched) {
        throw new UsageError(
          `recipient-fingerprint ${pin} matches none of the recipient keys (${recipients.map(r => r.fingerprint).join(', ')}): fix the pin or add that key`
        )
      }
    }
  }
  return recipients
}

function describeAlgorithm(key: PublicKey): string {
  const info = key.getAlgorithmInfo() as { algorithm: string; bits?: number; curve?: string }
  return info.bits
    ? `${info.algorithm}-${info.bits}`
    : info.curve
      ? `${info.algorithm}/${info.curve}`
      : info.algorithm
}

/**
 * Private keys for decryption, unlocked with the passphrase when they are protected. Accepts armored text or binary.
 */
export async function loadPrivateKeys(
  material: string | Uint8Array,
  passphrase?: string,
  label = 'private key'
): Promise<PrivateKey[]> {
  let keys: (PublicKey | PrivateKey)[]
  try {
    keys = await readAllKeys(material)
  } catch (err) {
    throw new UsageError(
      `${label} is not an OpenPGP key (${oneLine(err)}): export it with gpg --export-secret-keys --armor FPR`
    )
  }
  const unlocked: PrivateKey[] = []
  for (const key of keys) {
    const fpr = fingerprintOf(key)
    if (!key.isPrivate()) {
      throw new UsageError(
        `${label}: key ${fpr} is a public key; decryption needs the private key (gpg --export-secret-keys --armor ${fpr})`
      )
    }
    const priv = key as PrivateKey
    if (priv.isDecrypted()) {
      unlocked.push(priv)
      continue
    }
    if (passphrase === undefined || passphrase === '') {
      throw new UsageError(
        `${label}: key ${fpr} is protected by a passphrase: pass --passphrase-file (or set CLEANROOMS_PGP_PASSPHRASE)`
      )
    }
    try {
      unlocked.push(await openpgp.decryptKey({ privateKey: priv, passphrase }))
    } catch (err) {
      throw new UserError(
        `${label}: wrong passphrase for key ${fpr} (${oneLine(err)}): check the passphrase file`
      )
    }
  }
  if (unlocked.length === 0) throw new UsageError(`${label} holds no key`)
  return unlocked
}

/** Reads a private key file (armored or binary) for loadPrivateKeys. */
export async function readKeyFile(file: string): Promise<string | Uint8Array> {
  let data: Buffer
  try {
    data = await readFile(file)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UsageError(
      code === 'ENOENT'
        ? `key file ${file} not found: fix the path`
        : `key file ${file} cannot be read (${code ?? 'error'}): check its permissions`
    )
  }
  return data.toString('latin1').includes('-----BEGIN PGP') ? data.toString('utf8') : new Uint8Array(data)
}
