import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import { loadPrivateKeys, loadRecipientKeys, readRecipientSource } from '../../src/crypto/keys.js'
import { UsageError, UserError } from '../../src/errors.js'
import { GpgHome, hasGpg } from '../helpers/gpg.js'

let dir: string
let pub: string
let priv: string
let fpr: string
let subFpr: string

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'keys-'))
  const k = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ name: 'A', email: 'a@example.com' }],
    format: 'armored'
  })
  pub = k.publicKey
  priv = k.privateKey
  const key = await openpgp.readKey({ armoredKey: pub })
  fpr = key.getFingerprint().toUpperCase()
  subFpr = key.subkeys[0]!.getFingerprint().toUpperCase()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const armored = (armored: string) => ({ kind: 'armored' as const, armored })

describe('loadRecipientKeys', () => {
  it('loads armored text, armored files and binary files, and de-duplicates', async () => {
    const key = await openpgp.readKey({ armoredKey: pub })
    writeFileSync(path.join(dir, 'k.asc'), pub)
    writeFileSync(path.join(dir, 'k.gpg'), key.write())
    const keys = await loadRecipientKeys(
      [armored(pub), { kind: 'path', path: 'k.asc' }, { kind: 'path', path: 'k.gpg' }],
      { cwd: dir }
    )
    expect(keys.map(k => k.fingerprint)).toEqual([fpr])
    expect(keys[0]!.userIds).toEqual(['A <a@example.com>'])
  })

  it('loads several keys from one file', async () => {
    const other = await openpgp.generateKey({
      type: 'rsa',
      rsaBits: 2048,
      userIDs: [{ email: 'b@example.com' }],
      format: 'armored'
    })
    writeFileSync(path.join(dir, 'two.asc'), `${pub}\n${other.publicKey}`)
    expect(await loadRecipientKeys([{ kind: 'path', path: 'two.asc' }], { cwd: dir })).toHaveLength(2)
  }, 30_000)

  it('refuses a private key, naming the fix', async () => {
    await expect(loadRecipientKeys([armored(priv)], { cwd: dir })).rejects.toThrow(
      /is a PRIVATE key; pass the public key/
    )
  })

  it('refuses an expired key', async () => {
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'old@example.com' }],
      keyExpirationTime: 60,
      format: 'armored'
    })
    const later = new Date(Date.now() + 3600_000)
    await expect(loadRecipientKeys([armored(k.publicKey)], { cwd: dir, now: later })).rejects.toThrow(
      /expired on/
    )
  })

  it('refuses a revoked key', async () => {
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'r@example.com' }],
      format: 'object'
    })
    const { publicKey } = await openpgp.revokeKey({ key: k.privateKey, format: 'armored' })
    await expect(loadRecipientKeys([armored(publicKey)], { cwd: dir })).rejects.toThrow(/is revoked/)
  })

  ;(hasGpg ? it : it.skip)(
    'refuses a sign-only key without an encryption subkey',
    async () => {
      const gpg = new GpgHome()
      try {
        const k = gpg.generate('s@example.com', 'ed25519', 'sign')
        await expect(loadRecipientKeys([armored(k.publicArmored)], { cwd: dir })).rejects.toThrow(
          /no valid encryption-capable/
        )
      } finally {
        gpg.dispose()
      }
    },
    30_000
  )

  it('checks the fingerprint pin both ways, by primary or subkey fingerprint', async () => {
    expect(await loadRecipientKeys([armored(pub)], { cwd: dir, fingerprints: [fpr] })).toHaveLength(1)
    expect(await loadRecipientKeys([armored(pub)], { cwd: dir, fingerprints: [subFpr] })).toHaveLength(1)
    const wrong = 'AB'.repeat(20)
    await expect(loadRecipientKeys([armored(pub)], { cwd: dir, fingerprints: [wrong] })).rejects.toThrow(
      new RegExp(`recipient key ${fpr} is not in recipient-fingerprint \\(${wrong}\\)`)
    )
    await expect(loadRecipientKeys([armored(pub)], { cwd: dir, fingerprints: [fpr, wrong] })).rejects.toThrow(
      new RegExp(`recipient-fingerprint ${wrong} matches none of the recipient keys`)
    )
  })

  it('names a missing file and a file that is not a key', async () => {
    await expect(loadRecipientKeys([{ kind: 'path', path: 'nope.asc' }], { cwd: dir })).rejects.toThrow(
      /recipient file nope\.asc not found/
    )
    writeFileSync(path.join(dir, 'junk.asc'), 'hello')
    const err = await loadRecipientKeys([{ kind: 'path', path: 'junk.asc' }], { cwd: dir }).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(UsageError)
    expect((err as Error).message).toMatch(/recipient file junk\.asc is not an OpenPGP key/)
  })
})

describe('loadRecipientKeys: more refusals', () => {
  it('refuses a private key in a binary file, an empty file and an empty list', async () => {
    const key = await openpgp.readPrivateKey({ armoredKey: priv })
    writeFileSync(path.join(dir, 'priv.gpg'), key.write())
    await expect(loadRecipientKeys([{ kind: 'path', path: 'priv.gpg' }], { cwd: dir })).rejects.toThrow(
      new RegExp(`recipient file priv\\.gpg: key ${fpr} is a PRIVATE key; pass the public key`)
    )
    writeFileSync(path.join(dir, 'empty.asc'), '')
    await expect(loadRecipientKeys([{ kind: 'path', path: 'empty.asc' }], { cwd: dir })).rejects.toThrow(
      /recipient file empty\.asc is empty/
    )
    await expect(loadRecipientKeys([], { cwd: dir })).rejects.toThrow(/^no recipient key given/)
  })

  it('refuses a key whose only encryption subkey expired, though the primary key is valid', async () => {
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'sub@example.com' }],
      subkeys: [{ keyExpirationTime: 60 }],
      format: 'armored'
    })
    const later = new Date(Date.now() + 3600_000)
    const err = await loadRecipientKeys([armored(k.publicKey)], { cwd: dir, now: later }).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(UsageError)
    expect((err as Error).message).toMatch(/has no valid encryption-capable \(sub\)key/)
    expect((err as Error).message.split('\n')).toHaveLength(1)
  })

  it('accepts a pin on the encryption subkey but not on a signing-only subkey', async () => {
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'pins@example.com' }],
      subkeys: [{}, { sign: true }],
      format: 'object'
    })
    const [encSub, signSub] = k.publicKey.subkeys.map(s => s.getFingerprint().toUpperCase())
    const source = armored(k.publicKey.armor())
    expect(await loadRecipientKeys([source], { cwd: dir, fingerprints: [encSub!] })).toHaveLength(1)
    await expect(loadRecipientKeys([source], { cwd: dir, fingerprints: [signSub!] })).rejects.toThrow(
      /is not in recipient-fingerprint/
    )
  })

  it('returns uppercase fingerprints, user IDs and the algorithm', async () => {
    const [key] = await loadRecipientKeys([armored(pub)], { cwd: dir })
    expect(key!.fingerprint).toMatch(/^[0-9A-F]{40}$/)
    expect(key!.algorithm).toBe('eddsaLegacy/ed25519Legacy')
  })
})

describe('readRecipientSource', () => {
  it('returns armored text as given, from text and from an armored file', async () => {
    expect(await readRecipientSource(armored(pub), dir)).toBe(pub)
    writeFileSync(path.join(dir, 'src.asc'), pub)
    expect(await readRecipientSource({ kind: 'path', path: 'src.asc' }, dir)).toBe(pub)
  })

  it('armors the keys of a binary file, one block per key', async () => {
    const a = await openpgp.readKey({ armoredKey: pub })
    const b = (
      await openpgp.generateKey({
        type: 'ecc',
        curve: 'curve25519Legacy',
        userIDs: [{ email: 'bin@example.com' }],
        format: 'object'
      })
    ).publicKey
    writeFileSync(path.join(dir, 'two.gpg'), Buffer.concat([a.write(), b.write()]))
    const text = await readRecipientSource({ kind: 'path', path: 'two.gpg' }, dir)
    expect(text.match(/-----BEGIN PGP PUBLIC KEY BLOCK-----/g)).toHaveLength(2)
    const keys = await loadRecipientKeys([armored(text)], { cwd: dir })
    expect(keys.map(k => k.fingerprint)).toEqual([fpr, b.getFingerprint().toUpperCase()])
  })

  it('names a missing or unparsable file', async () => {
    await expect(readRecipientSource({ kind: 'path', path: 'gone.asc' }, dir)).rejects.toThrow(
      /recipient file gone\.asc not found/
    )
    writeFileSync(path.join(dir, 'noise.gpg'), Buffer.from([0x99, 0x01, 0x02, 0x03, 0x04]))
    await expect(readRecipientSource({ kind: 'path', path: 'noise.gpg' }, dir)).rejects.toThrow(
      /recipient file noise\.gpg is not an OpenPGP key/
    )
  })
})

describe('loadPrivateKeys', () => {
  it('unlocks a protected key with its passphrase and explains a wrong or missing one', async () => {
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'p@example.com' }],
      passphrase: 'correct horse',
      format: 'armored'
    })
    const [unlocked] = await loadPrivateKeys(k.privateKey, 'correct horse')
    expect(unlocked!.isDecrypted()).toBe(true)
    await expect(loadPrivateKeys(k.privateKey, 'wrong')).rejects.toBeInstanceOf(UserError)
    await expect(loadPrivateKeys(k.privateKey)).rejects.toThrow(
      /protected by a passphrase: pass --passphrase-file/
    )
    await expect(loadPrivateKeys(k.publicKey)).rejects.toThrow(
      /is a public key; decryption needs the private key/
    )
  })

  it('reads several armored blocks and binary keys, and refuses text that is no key', async () => {
    const other = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'q@example.com' }],
      format: 'object'
    })
    expect(await loadPrivateKeys(`${priv}\n${other.privateKey.armor()}`)).toHaveLength(2)
    expect(await loadPrivateKeys(other.privateKey.write())).toHaveLength(1)
    await expect(loadPrivateKeys('hello', undefined, 'key file k.asc')).rejects.toThrow(
      /^key file k\.asc is not an OpenPGP key/
    )
  })
})
