import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import {
  fingerprintOf,
  loadPrivateKeys,
  loadRecipientKeys,
  readKeyFile,
  readRecipientSource
} from '../../src/crypto/keys.js'
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

/** The rejection of `promise`, checked to be a one-line UsageError (exit 2). */
async function usageError(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(err).toBeInstanceOf(UsageError)
  expect((err as UsageError).exitCode).toBe(2)
  const message = (err as Error).message
  expect(message).not.toContain('\n')
  return message
}

describe('loadRecipientKeys: real-world keys', () => {
  it('loads several keys from one binary file (gpg --export of two keys)', async () => {
    const a = await openpgp.readKey({ armoredKey: pub })
    const b = (
      await openpgp.generateKey({
        type: 'rsa',
        rsaBits: 2048,
        userIDs: [{ email: 'bin2@example.com' }],
        format: 'object'
      })
    ).publicKey
    writeFileSync(path.join(dir, 'both.gpg'), Buffer.concat([a.write(), b.write()]))
    const keys = await loadRecipientKeys([{ kind: 'path', path: 'both.gpg' }], { cwd: dir })
    expect(keys.map(k => k.fingerprint)).toEqual([fpr, fingerprintOf(b)])
    expect(keys[1]!.algorithm).toBe('rsaEncryptSign-2048')
  }, 30_000)

  it('refuses a private key among public keys, by fingerprint, as a usage error', async () => {
    const message = await usageError(loadRecipientKeys([armored(pub), armored(priv)], { cwd: dir }))
    expect(message).toContain(`key ${fpr} is a PRIVATE key`)
    expect(message).toContain('keep the private key out of CI')
  })

  it('refuses a key that really expired (made 10 days ago, valid for a day), without a `now` option', async () => {
    const made = new Date(Date.now() - 10 * 86_400_000)
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'expired@example.com' }],
      keyExpirationTime: 86_400,
      date: made,
      format: 'armored'
    })
    const key = await openpgp.readKey({ armoredKey: k.publicKey })
    const day = new Date(made.getTime() + 86_400_000).toISOString().slice(0, 10)
    const message = await usageError(loadRecipientKeys([armored(k.publicKey)], { cwd: dir }))
    expect(message).toBe(
      `recipient key text: key ${fingerprintOf(key)} expired on ${day}: extend it (gpg --quick-set-expire ${fingerprintOf(key)}) or use the current key`
    )
  })

  it('refuses a key that expires one second after creation once `now` is past it, and accepts it before', async () => {
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'onesecond@example.com' }],
      keyExpirationTime: 1,
      format: 'armored'
    })
    const key = await openpgp.readKey({ armoredKey: k.publicKey })
    const created = key.getCreationTime().getTime()
    expect(
      await loadRecipientKeys([armored(k.publicKey)], { cwd: dir, now: new Date(created + 500) })
    ).toHaveLength(1)
    expect(
      await usageError(
        loadRecipientKeys([armored(k.publicKey)], { cwd: dir, now: new Date(created + 60_000) })
      )
    ).toMatch(/ expired on \d{4}-\d{2}-\d{2}: extend it/)
  })

  it('refuses a revoked key as a usage error that names it', async () => {
    const k = await openpgp.generateKey({
      type: 'ecc',
      curve: 'curve25519Legacy',
      userIDs: [{ email: 'revoked@example.com' }],
      format: 'object'
    })
    const { publicKey } = await openpgp.revokeKey({ key: k.privateKey, format: 'armored' })
    writeFileSync(path.join(dir, 'revoked.asc'), publicKey)
    const message = await usageError(loadRecipientKeys([{ kind: 'path', path: 'revoked.asc' }], { cwd: dir }))
    expect(message).toBe(
      `recipient file revoked.asc: key ${fingerprintOf(k.publicKey)} is revoked: ask the pipeline owner for its current public key`
    )
  })

  it('names both the key and the pin when they do not match', async () => {
    const other = (
      await openpgp.generateKey({
        type: 'ecc',
        curve: 'curve25519Legacy',
        userIDs: [{ email: 'other-pin@example.com' }],
        format: 'object'
      })
    ).publicKey
    const pin = fingerprintOf(other)
    const message = await usageError(loadRecipientKeys([armored(pub)], { cwd: dir, fingerprints: [pin] }))
    expect(message).toContain(fpr)
    expect(message).toContain(pin)
    // A pin is normalized: lowercase, spaces and 0x are accepted.
    const spaced = `0x${fpr.toLowerCase().replace(/(.{4})/g, '$1 ')}`
    expect(await loadRecipientKeys([armored(pub)], { cwd: dir, fingerprints: [spaced] })).toHaveLength(1)
    expect(
      await loadRecipientKeys([armored(pub)], { cwd: dir, fingerprints: [subFpr.toLowerCase()] })
    ).toHaveLength(1)
  })

  it('names the missing file and where it looked', async () => {
    const message = await usageError(
      loadRecipientKeys([{ kind: 'path', path: 'keys/missing.asc' }], { cwd: dir })
    )
    expect(message).toBe(
      `recipient file keys/missing.asc not found (looked in ${dir}): fix the path or pass the armored key text`
    )
  })
})

;(hasGpg ? describe : describe.skip)('keys made by gpg 2.2', () => {
  if (!hasGpg) console.warn('gpg not installed: gpg key tests skipped (apt-get install -y gnupg)')
  let gpg: GpgHome
  beforeAll(() => {
    gpg = new GpgHome()
  })
  afterAll(() => gpg?.dispose())

  const exportPublic = (fingerprint: string) => gpg.run(['--armor', '--export', fingerprint]).toString()

  it('refuses a sign-only key (no encryption subkey), naming it', async () => {
    gpg.run(['--quick-gen-key', 'S <s@example.com>', 'ed25519', 'sign', 'never'])
    const signOnly = gpg.fingerprint('s@example.com')
    const message = await usageError(loadRecipientKeys([armored(exportPublic(signOnly))], { cwd: dir }))
    expect(message).toMatch(
      new RegExp(
        `^recipient key text: key ${signOnly} has no valid encryption-capable \\(sub\\)key .*add an encryption subkey`
      )
    )
  }, 30_000)

  it('accepts an RSA key and a Curve25519 key, pinned by primary or by encryption subkey fingerprint', async () => {
    const rsa = gpg.generate('rsa-pin@example.com', 'rsa3072')
    const cv = gpg.generate('cv-pin@example.com', 'ed25519')
    const cvKey = await openpgp.readKey({ armoredKey: cv.publicArmored })
    const cvSub = cvKey.subkeys[0]!.getFingerprint().toUpperCase()
    writeFileSync(path.join(dir, 'gpg-two.asc'), rsa.publicArmored + cv.publicArmored)
    const keys = await loadRecipientKeys([{ kind: 'path', path: 'gpg-two.asc' }], {
      cwd: dir,
      fingerprints: [rsa.fingerprint, cvSub]
    })
    expect(keys.map(k => [k.fingerprint, k.algorithm, k.userIds])).toEqual([
      [rsa.fingerprint, 'rsaEncryptSign-3072', ['Test <rsa-pin@example.com>']],
      [cv.fingerprint, 'eddsaLegacy/ed25519Legacy', ['Test <cv-pin@example.com>']]
    ])
    const message = await usageError(
      loadRecipientKeys([{ kind: 'path', path: 'gpg-two.asc' }], {
        cwd: dir,
        fingerprints: [rsa.fingerprint]
      })
    )
    expect(message).toBe(
      `recipient key ${cv.fingerprint} is not in recipient-fingerprint (${rsa.fingerprint}): check that the key is the expected one, or add its fingerprint`
    )
  }, 60_000)

  it('refuses a key gpg made with an expiry that has passed (faked system time)', async () => {
    const old = ['--faked-system-time', '20200101T000000']
    gpg.run([...old, '--quick-gen-key', 'E <e@example.com>', 'ed25519', 'default', '1d'])
    const expired = gpg.fingerprint('e@example.com')
    gpg.run([...old, '--quick-add-key', expired, 'cv25519', 'encr', '1d'])
    const message = await usageError(loadRecipientKeys([armored(exportPublic(expired))], { cwd: dir }))
    expect(message).toMatch(
      new RegExp(`key ${expired} expired on 2020-01-02: extend it \\(gpg --quick-set-expire`)
    )
  }, 30_000)

  it('refuses a key revoked with the revocation certificate gpg wrote when it made the key', async () => {
    gpg.run(['--quick-gen-key', 'V <v@example.com>', 'ed25519', 'default', 'never'])
    const revoked = gpg.fingerprint('v@example.com')
    gpg.run(['--quick-add-key', revoked, 'cv25519', 'encr', 'never'])
    const certificate = readFileSync(path.join(gpg.dir, 'openpgp-revocs.d', `${revoked}.rev`), 'utf8')
    // gpg disarms the certificate with a leading ':' so it is not imported by accident.
    writeFileSync(path.join(dir, 'v.rev'), certificate.replace(/^:-----BEGIN/m, '-----BEGIN'))
    gpg.run(['--import', path.join(dir, 'v.rev')])
    expect(await usageError(loadRecipientKeys([armored(exportPublic(revoked))], { cwd: dir }))).toMatch(
      new RegExp(`key ${revoked} is revoked`)
    )
  }, 30_000)

  it('unlocks a passphrase-protected gpg secret key with the right passphrase only', async () => {
    gpg.run([
      '--passphrase',
      'gpg secret',
      '--quick-gen-key',
      'L <l@example.com>',
      'rsa2048',
      'default',
      'never'
    ])
    const locked = gpg.fingerprint('l@example.com')
    const secret = gpg
      .run(['--passphrase', 'gpg secret', '--armor', '--export-secret-keys', locked])
      .toString()
    writeFileSync(path.join(dir, 'locked.gpg.asc'), secret)
    const material = await readKeyFile(path.join(dir, 'locked.gpg.asc'))
    expect(typeof material).toBe('string')

    const [unlocked] = await loadPrivateKeys(material, 'gpg secret', 'key file locked.gpg.asc')
    expect(unlocked!.isDecrypted()).toBe(true)
    expect(fingerprintOf(unlocked!)).toBe(locked)

    const wrong = await loadPrivateKeys(material, 'not it', 'key file locked.gpg.asc').catch(
      (e: unknown) => e
    )
    expect(wrong).toBeInstanceOf(UserError)
    expect(wrong).not.toBeInstanceOf(UsageError) // exit 1: the passphrase is wrong, not the command line
    expect((wrong as Error).message).toMatch(
      new RegExp(
        `^key file locked\\.gpg\\.asc: wrong passphrase for key ${locked} \\(.*\\): check the passphrase file$`
      )
    )
    for (const missing of [undefined, '']) {
      expect(await usageError(loadPrivateKeys(material, missing, 'key file locked.gpg.asc'))).toBe(
        `key file locked.gpg.asc: key ${locked} is protected by a passphrase: pass --passphrase-file (or set CLEANROOMS_PGP_PASSPHRASE)`
      )
    }
    // The public half where the private key belongs.
    expect(await usageError(loadPrivateKeys(exportPublic(locked), 'gpg secret', 'key file pub.asc'))).toBe(
      `key file pub.asc: key ${locked} is a public key; decryption needs the private key (gpg --export-secret-keys --armor ${locked})`
    )
  }, 60_000)
})

describe('readKeyFile', () => {
  it('returns armored files as text and binary files as bytes', async () => {
    writeFileSync(path.join(dir, 'rk.asc'), priv)
    expect(await readKeyFile(path.join(dir, 'rk.asc'))).toBe(priv)
    const binary = (await openpgp.readPrivateKey({ armoredKey: priv })).write()
    writeFileSync(path.join(dir, 'rk.gpg'), binary)
    const read = await readKeyFile(path.join(dir, 'rk.gpg'))
    expect(read).toBeInstanceOf(Uint8Array)
    expect(Buffer.from(read as Uint8Array).equals(Buffer.from(binary))).toBe(true)
    expect(await loadPrivateKeys(read)).toHaveLength(1)
  })

  it('names a missing file with its path', async () => {
    const file = path.join(dir, 'no', 'such.asc')
    expect(await usageError(readKeyFile(file))).toBe(`key file ${file} not found: fix the path`)
  })
})
