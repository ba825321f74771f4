import { beforeEach, describe, expect, it } from '@jest/globals'
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms'
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import * as openpgp from 'openpgp'
import { parseKeySecret, unwrapPrivateKey, wrapPrivateKey } from '../../src/keys/envelope.js'
import { clearKeyCache, loadLiveKeys } from '../../src/keys/live-keys.js'

/** A stand-in KMS: "encrypts" with its own AES key and refuses a different encryption context, like KMS does. */
const kmsMock = mockClient(KMSClient)
const smMock = mockClient(SecretsManagerClient)
const master = randomBytes(32)
const kms = new KMSClient({ region: 'us-east-1' })
const secrets = new SecretsManagerClient({ region: 'us-east-1' })

beforeEach(() => {
  kmsMock.reset()
  smMock.reset()
  clearKeyCache()
  kmsMock.on(EncryptCommand).callsFake(input => {
    const iv = randomBytes(12)
    const c = createCipheriv('aes-256-gcm', master, iv)
    c.setAAD(Buffer.from(JSON.stringify(input.EncryptionContext)))
    const body = Buffer.concat([c.update(Buffer.from(input.Plaintext)), c.final()])
    return { CiphertextBlob: Buffer.concat([iv, c.getAuthTag(), body]) }
  })
  kmsMock.on(DecryptCommand).callsFake(input => {
    const blob = Buffer.from(input.CiphertextBlob)
    const d = createDecipheriv('aes-256-gcm', master, blob.subarray(0, 12))
    d.setAAD(Buffer.from(JSON.stringify(input.EncryptionContext)))
    d.setAuthTag(blob.subarray(12, 28))
    try {
      return { Plaintext: Buffer.concat([d.update(blob.subarray(28)), d.final()]) }
    } catch {
      throw Object.assign(new Error('InvalidCiphertextException'), { name: 'InvalidCiphertextException' })
    }
  })
})

async function wrapped(stack = 'prod') {
  const k = await openpgp.generateKey({
    type: 'rsa',
    rsaBits: 4096,
    userIDs: [{ email: 'p@example.com' }],
    format: 'object'
  })
  const armored = k.privateKey.armor()
  const w = await wrapPrivateKey(kms, 'arn:aws:kms:us-east-1:1:key/wrap', stack, armored, {
    fingerprint: k.privateKey.getFingerprint().toUpperCase(),
    keyIds: k.privateKey.getKeyIDs().map(id => id.toHex()),
    createdAt: new Date()
  })
  return { k, armored, w }
}

describe('private key envelope', () => {
  it('wraps an RSA-4096 key (beyond kms:Encrypt 4 KiB) under the stack context and unwraps it', async () => {
    const { armored, w } = await wrapped()
    expect(armored.length).toBeGreaterThan(4096)
    expect(kmsMock.commandCalls(EncryptCommand)[0]!.args[0].input).toMatchObject({
      KeyId: 'arn:aws:kms:us-east-1:1:key/wrap',
      EncryptionContext: { stack: 'prod', purpose: 'pgp-private-key' }
    })
    expect(JSON.stringify(w)).not.toContain('PRIVATE KEY')
    expect(await unwrapPrivateKey(kms, 'prod', w)).toBe(armored)
  }, 60_000)

  it('refuses another stack context and an altered entry', async () => {
    const { w } = await wrapped()
    await expect(unwrapPrivateKey(kms, 'other-stack', w)).rejects.toThrow()
    const altered = { ...w, fingerprint: 'AB'.repeat(20) }
    await expect(unwrapPrivateKey(kms, 'prod', altered)).rejects.toThrow(/failed its integrity check/)
  }, 60_000)

  it('loads every live key once per container and names a missing setup', async () => {
    const a = await wrapped()
    smMock
      .on(GetSecretValueCommand)
      .resolves({ SecretString: JSON.stringify({ version: 1, keys: [a.w] }), VersionId: 'v1' })
    const o = { secrets, kms, secretArn: 'arn:secret', stackName: 'prod' }
    const keys = await loadLiveKeys(o)
    expect(keys.map(k => k.getFingerprint().toUpperCase())).toEqual([a.w.fingerprint])
    await loadLiveKeys(o)
    expect(smMock.commandCalls(GetSecretValueCommand)).toHaveLength(1)
    clearKeyCache()
    smMock.on(GetSecretValueCommand).resolves({ SecretString: '', VersionId: 'v0' })
    await expect(loadLiveKeys(o)).rejects.toThrow(
      /no PGP private key is stored yet: run `cleanrooms-connect keys create/
    )
  }, 60_000)

  it('validates the secret format', () => {
    expect(parseKeySecret(undefined)).toEqual({ version: 1, keys: [] })
    expect(() => parseKeySecret('{"version":2}')).toThrow(/must be \{"version": 1/)
    expect(() => parseKeySecret('{"version":1,"keys":[{"fingerprint":"x"}]}')).toThrow(
      /keys\[0\]\.createdAt is missing/
    )
  })
})
