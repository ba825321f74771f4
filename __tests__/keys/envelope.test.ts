import { beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { DecryptCommand, GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import * as openpgp from 'openpgp'
import {
  parseKeySecret,
  serializeKeySecret,
  unwrapPrivateKey,
  wrapPrivateKey,
  type StoredKey
} from '../../src/keys/envelope.js'
import { clearLiveKeyCache, LIVE_KEY_TTL_MS, loadLiveKeys } from '../../src/keys/load.js'
import { installKmsStandIn } from './kms-stand-in.js'

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/wrap'
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:keys'
const kmsMock = mockClient(KMSClient)
const smMock = mockClient(SecretsManagerClient)
const kms = new KMSClient({ region: 'us-east-1' })
const secrets = new SecretsManagerClient({ region: 'us-east-1' })

let rsa: { privateKey: openpgp.PrivateKey; armored: string }
let ecc: { privateKey: openpgp.PrivateKey; armored: string }

beforeAll(async () => {
  const gen = async (o: { type: 'rsa'; rsaBits: number } | { type: 'ecc'; curve: 'curve25519Legacy' }) => {
    const k = await openpgp.generateKey({ ...o, userIDs: [{ email: 'p@example.com' }], format: 'object' })
    return { privateKey: k.privateKey, armored: k.privateKey.armor() }
  }
  ;[rsa, ecc] = await Promise.all([
    gen({ type: 'rsa', rsaBits: 4096 }),
    gen({ type: 'ecc', curve: 'curve25519Legacy' })
  ])
}, 60_000)

beforeEach(() => {
  kmsMock.reset()
  smMock.reset()
  clearLiveKeyCache()
  installKmsStandIn(kmsMock, KEY_ARN)
})

async function entry(key: openpgp.PrivateKey, armored: string, stack = 'prod'): Promise<StoredKey> {
  return {
    fingerprint: key.getFingerprint().toUpperCase(),
    keyIds: key.getKeyIDs().map(id => id.toHex().toUpperCase()),
    createdAt: new Date().toISOString(),
    wrapped: await wrapPrivateKey(kms, KEY_ARN, stack, armored)
  }
}

function flip(wrapped: string, at: (blob: Buffer) => number): string {
  const blob = Buffer.from(wrapped, 'base64')
  blob[at(blob)]! ^= 0x01
  return blob.toString('base64')
}

describe('private key envelope', () => {
  it('wraps an RSA-4096 key (beyond kms:Encrypt 4 KiB) with GenerateDataKey under the stack context', async () => {
    expect(rsa.armored.length).toBeGreaterThan(4096)
    const wrapped = await wrapPrivateKey(kms, KEY_ARN, 'prod', rsa.armored)
    expect(kmsMock.commandCalls(GenerateDataKeyCommand)[0]!.args[0].input).toEqual({
      KeyId: KEY_ARN,
      KeySpec: 'AES_256',
      EncryptionContext: { stack: 'prod', purpose: 'pgp-private-key' }
    })
    expect(Buffer.from(wrapped, 'base64').toString('latin1')).not.toContain('PRIVATE KEY')
    expect(await unwrapPrivateKey(kms, wrapped, 'prod', { keyArn: KEY_ARN })).toBe(rsa.armored)
    expect(kmsMock.commandCalls(DecryptCommand)[0]!.args[0].input).toMatchObject({
      KeyId: KEY_ARN,
      EncryptionContext: { stack: 'prod', purpose: 'pgp-private-key' }
    })
  })

  it('refuses another stack context, a tampered ciphertext and a tampered data key', async () => {
    const wrapped = await wrapPrivateKey(kms, KEY_ARN, 'prod', ecc.armored)
    await expect(unwrapPrivateKey(kms, wrapped, 'staging')).rejects.toThrow(
      /cannot be unwrapped \(kms:Decrypt: InvalidCiphertextException.*not wrapped for stack staging/
    )
    await expect(
      unwrapPrivateKey(
        kms,
        flip(wrapped, b => b.length - 10),
        'prod'
      )
    ).rejects.toThrow(/failed its integrity check \(the secret entry was altered\)/)
    await expect(
      unwrapPrivateKey(
        kms,
        flip(wrapped, () => 10),
        'prod'
      )
    ).rejects.toThrow(/InvalidCiphertextException/)
    await expect(unwrapPrivateKey(kms, wrapped, 'prod', { keyArn: `${KEY_ARN}-other` })).rejects.toThrow(
      /IncorrectKeyException/
    )
    await expect(unwrapPrivateKey(kms, Buffer.from('nope').toString('base64'), 'prod')).rejects.toThrow(
      /is not a key envelope/
    )
  })

  it('names the missing permission when GenerateDataKey is denied', async () => {
    kmsMock
      .on(GenerateDataKeyCommand)
      .rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }))
    await expect(wrapPrivateKey(kms, KEY_ARN, 'prod', ecc.armored)).rejects.toThrow(
      /needs kms:GenerateDataKey on the stack's KeyWrappingKey with encryption context \{stack: prod/
    )
  })

  it('validates the secret format and names the field', async () => {
    expect(parseKeySecret(undefined)).toEqual({ version: 1, keys: [] })
    expect(parseKeySecret('')).toEqual({ version: 1, keys: [] })
    expect(() => parseKeySecret('{')).toThrow(/is not JSON/)
    expect(() => parseKeySecret('{"version":2,"keys":[]}')).toThrow(/version is 2, expected 1/)
    expect(() => parseKeySecret('{"version":1}')).toThrow(/keys must be a list/)
    const good = await entry(ecc.privateKey, ecc.armored)
    const text = (k: object) => JSON.stringify({ version: 1, keys: [k] })
    expect(parseKeySecret(text(good)).keys[0]).toEqual(good)
    expect(() => parseKeySecret(text({ ...good, fingerprint: 'abc' }))).toThrow(
      /keys\[0\]\.fingerprint must be/
    )
    expect(() => parseKeySecret(text({ ...good, keyIds: [] }))).toThrow(/keys\[0\]\.keyIds must be/)
    expect(() => parseKeySecret(text({ ...good, createdAt: 'soon' }))).toThrow(/keys\[0\]\.createdAt must be/)
    expect(() => parseKeySecret(text({ ...good, wrapped: undefined }))).toThrow(/keys\[0\]\.wrapped must be/)
    expect(() => parseKeySecret(text({ ...good, passphraseWrapped: 5 }))).toThrow(
      /keys\[0\]\.passphraseWrapped/
    )
    expect(() => parseKeySecret(JSON.stringify({ version: 1, keys: [good, good] }))).toThrow(/repeats/)
  })
})

describe('loadLiveKeys', () => {
  const options = (extra: object = {}) => ({
    secrets,
    kms,
    secretArn: SECRET_ARN,
    stackName: 'prod',
    ...extra
  })

  it('unwraps every live key and caches them per secret version for five minutes', async () => {
    const a = await entry(ecc.privateKey, ecc.armored)
    const b = await entry(rsa.privateKey, rsa.armored)
    smMock
      .on(GetSecretValueCommand)
      .resolves({ SecretString: serializeKeySecret({ version: 1, keys: [a, b] }), VersionId: 'v1' })
    let now = 1_000_000
    const keys = await loadLiveKeys(options({ now: () => now }))
    expect(keys.map(k => k.getFingerprint().toUpperCase())).toEqual([a.fingerprint, b.fingerprint])
    expect(keys.every(k => k.isDecrypted())).toBe(true)
    const decrypts = kmsMock.commandCalls(DecryptCommand).length
    expect(decrypts).toBe(2)

    expect(await loadLiveKeys(options({ now: () => now }))).toBe(keys)
    expect(smMock.commandCalls(GetSecretValueCommand)).toHaveLength(1)

    // After the TTL the secret is read again; the same version needs no kms:Decrypt.
    now += LIVE_KEY_TTL_MS
    expect(await loadLiveKeys(options({ now: () => now }))).toBe(keys)
    expect(smMock.commandCalls(GetSecretValueCommand)).toHaveLength(2)
    expect(kmsMock.commandCalls(DecryptCommand)).toHaveLength(decrypts)

    // A new version (a rotation) is unwrapped again; refresh skips the TTL.
    smMock
      .on(GetSecretValueCommand)
      .resolves({ SecretString: serializeKeySecret({ version: 1, keys: [b] }), VersionId: 'v2' })
    const rotated = await loadLiveKeys(options({ now: () => now, refresh: true }))
    expect(rotated.map(k => k.getFingerprint().toUpperCase())).toEqual([b.fingerprint])
  })

  it('unlocks a passphrase-protected key with its wrapped passphrase', async () => {
    const locked = await openpgp.encryptKey({ privateKey: ecc.privateKey, passphrase: 'correct horse' })
    const e: StoredKey = {
      ...(await entry(ecc.privateKey, locked.armor())),
      passphraseWrapped: await wrapPrivateKey(kms, KEY_ARN, 'prod', 'correct horse')
    }
    smMock
      .on(GetSecretValueCommand)
      .resolves({ SecretString: serializeKeySecret({ version: 1, keys: [e] }), VersionId: 'p' })
    const [key] = await loadLiveKeys(options())
    expect(key!.isDecrypted()).toBe(true)
    clearLiveKeyCache()
    const { passphraseWrapped: _drop, ...withoutPassphrase } = e
    smMock.on(GetSecretValueCommand).resolves({
      SecretString: serializeKeySecret({ version: 1, keys: [withoutPassphrase] }),
      VersionId: 'q'
    })
    await expect(loadLiveKeys(options())).rejects.toThrow(
      /passphrase-protected but the entry has no passphraseWrapped/
    )
  })

  it('refuses an entry whose envelope was swapped with another key, and names an empty secret', async () => {
    const a = await entry(ecc.privateKey, ecc.armored)
    const b = await entry(rsa.privateKey, rsa.armored)
    smMock.on(GetSecretValueCommand).resolves({
      SecretString: serializeKeySecret({ version: 1, keys: [{ ...a, wrapped: b.wrapped }] }),
      VersionId: 's'
    })
    await expect(loadLiveKeys(options())).rejects.toThrow(
      /unwraps to key .*not the fingerprint the entry names/
    )
    clearLiveKeyCache()
    smMock.on(GetSecretValueCommand).rejects(
      Object.assign(
        new Error("Secrets Manager can't find the specified secret value for staging label: AWSCURRENT"),
        {
          name: 'ResourceNotFoundException'
        }
      )
    )
    await expect(loadLiveKeys(options())).rejects.toThrow(
      /no PGP private key is stored in .* yet: run `cleanrooms-connect keys create --stack-name prod`/
    )
    smMock
      .on(GetSecretValueCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))
    await expect(loadLiveKeys(options())).rejects.toThrow(/needs secretsmanager:GetSecretValue/)
  })
})
