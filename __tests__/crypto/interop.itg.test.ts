/**
 * Interop with the peers users actually have: our encrypt → gpg 2.2 / rnp 0.16 decrypt, and their encrypt (with and
 * without compression) → our decrypt, byte-exact, for RSA and Curve25519 keys. Tampered and truncated ciphertext
 * must fail with a message about integrity and leave neither the output nor a temp file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import * as openpgp from 'openpgp'
import { decryptFile, decryptStream, type DecryptOptions } from '../../src/crypto/decrypt.js'
import { encryptFile } from '../../src/crypto/encrypt.js'
import { loadPrivateKeys, loadRecipientKeys } from '../../src/crypto/keys.js'
import { UserError } from '../../src/errors.js'
import { GpgHome, hasGpg, hasRnp, RnpHome, type GpgKey } from '../helpers/gpg.js'

const describeGpg = hasGpg ? describe : describe.skip
if (!hasGpg) console.warn('gpg not installed: interop tests skipped (apt-get install -y gnupg)')
const itRnp = hasRnp ? it : it.skip
if (!hasRnp) console.warn('rnp not installed: rnp interop tests skipped (apt-get install -y rnp)')

/** gpg, rnp and 3 MB of data per test: generous, the whole file runs in ~20 s. */
const T = 120_000

type Kind = 'rsa' | 'curve25519'

let dir: string
let gpg: GpgHome
let rnp: RnpHome
const keys: Record<Kind, GpgKey> = {} as never
let plaintext: Buffer
let input: string

/**
 * ~3 MB: CSV text (compressible) and random bytes (not), so streams cross many chunks and packets.
 * It starts with fixed text: gpg skips compression when a file begins with a compressed format's magic
 * (gzip, bzip2, zip) or an OpenPGP compressed packet, which random leading bytes do about 2% of the time.
 */
function sample(): Buffer {
  const lines: string[] = ['customer_id,email,phone']
  for (let i = 0; i < 40_000; i++)
    lines.push(`C${i},user${i}@example.com,+1555010${String(i).padStart(4, '0')}`)
  return Buffer.concat([
    Buffer.from('interop sample\n'),
    randomBytes(700_000),
    Buffer.from(lines.join('\n')),
    randomBytes(900_000)
  ])
}

/** Tag and first body byte (the version, for tag 18) of each top-level packet, up to and including tag 18. */
function packetHeads(bytes: Buffer): { tag: number; first: number }[] {
  const heads: { tag: number; first: number }[] = []
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    expect(b & 0x80).toBe(0x80) // a packet header, not garbage
    let tag: number
    let length: number
    if (b & 0x40) {
      tag = b & 0x3f
      const l = bytes[i + 1]!
      if (l < 192) [length, i] = [l, i + 2]
      else if (l < 224) [length, i] = [((l - 192) << 8) + bytes[i + 2]! + 192, i + 3]
      else if (l === 255) [length, i] = [bytes.readUInt32BE(i + 2), i + 6]
      else [length, i] = [Infinity, i + 2] // partial body: the rest is this packet for our purposes
    } else {
      tag = (b >> 2) & 0x0f
      const type = b & 3
      const size = [1, 2, 4][type]
      if (size === undefined) [length, i] = [Infinity, i + 1]
      else [length, i] = [bytes.readUIntBE(i + 1, size), i + 1 + size]
    }
    heads.push({ tag, first: bytes[i]! })
    if (tag === 18 || length === Infinity) break
    i += length
  }
  return heads
}

describeGpg('OpenPGP interop with gpg and rnp', () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'interop-'))
    gpg = new GpgHome()
    keys.rsa = gpg.generate('rsa@example.com', 'rsa3072')
    keys.curve25519 = gpg.generate('cv@example.com', 'ed25519')
    plaintext = sample()
    input = path.join(dir, 'plain.bin')
    writeFileSync(input, plaintext)
    if (hasRnp) {
      rnp = new RnpHome()
      for (const k of Object.values(keys)) {
        const f = path.join(dir, `${k.fingerprint}.sec.asc`)
        writeFileSync(f, k.secretArmored)
        rnp.importKey(f)
      }
    }
  }, T)

  afterAll(() => {
    gpg?.dispose()
    rnp?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  const ours = async (kind: Kind, compress = false, name = `ours-${kind}-${compress}.pgp`) => {
    const recipients = await loadRecipientKeys([{ kind: 'armored', armored: keys[kind].publicArmored }], {
      cwd: dir
    })
    const out = path.join(dir, name)
    rmSync(out, { force: true })
    await encryptFile(
      input,
      out,
      recipients.map(r => r.key),
      { compress }
    )
    return out
  }

  const privateKeys = (kind: Kind) => loadPrivateKeys(keys[kind].secretArmored)

  const gpgEncrypt = (kind: Kind, flags: string[], file: string) =>
    gpg.run([
      '--trust-model',
      'always',
      '-r',
      keys[kind].fingerprint,
      ...flags,
      '--output',
      file,
      '--encrypt',
      input
    ])

  /** The output and every temp file of it (`out.partial-…`), and any temp file at all in the directory. */
  const leftovers = (out: string) =>
    readdirSync(path.dirname(out)).filter(f => f.startsWith(path.basename(out)) || f.includes('.partial-'))

  /** decryptFile must reject with a one-line UserError and leave nothing behind; returns the message. */
  async function rejected(file: string, kind: Kind, options?: DecryptOptions): Promise<string> {
    const out = `${file}.out`
    const err = await decryptFile(file, out, await privateKeys(kind), options).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).exitCode).toBe(1)
    const message = (err as Error).message
    expect(message).not.toContain('\n')
    expect(leftovers(out)).toEqual([])
    return message
  }

  describe.each(['rsa', 'curve25519'] as const)('%s key', kind => {
    it(
      'our encrypt → gpg --decrypt, byte-exact; the packet is SEIPD version 1 (tag 18) with MDC',
      async () => {
        const file = await ours(kind)
        expect(gpg.run(['--decrypt', file]).equals(plaintext)).toBe(true)
        const packets = gpg.run(['--list-packets', file]).toString()
        expect(packets).toMatch(/:encrypted data packet:\s*\n\s*length: unknown\s*\n\s*mdc_method: 2/)
        expect(packets).not.toMatch(/aead/i)
        expect(packets).not.toMatch(/compressed packet/)
        const heads = packetHeads(readFileSync(file))
        expect(heads.map(h => h.tag)).toEqual([1, 18]) // one PKESK, then SEIPD
        expect(heads.at(-1)!.first).toBe(1) // SEIPD version 1, not 2 (AEAD)
      },
      T
    )

    it(
      'our encrypt with compress → gpg --decrypt, byte-exact',
      async () => {
        const file = await ours(kind, true)
        expect(gpg.run(['--list-packets', file]).toString()).toMatch(/compressed packet: algo=2/)
        expect(gpg.run(['--decrypt', file]).equals(plaintext)).toBe(true)
      },
      T
    )

    itRnp(
      'our encrypt → rnp --decrypt, byte-exact',
      async () => {
        const file = await ours(kind)
        expect(rnp.run(['--decrypt', file, '--output', '-']).equals(plaintext)).toBe(true)
      },
      T
    )

    it.each([
      ['uncompressed', ['-z', '0']],
      ['default compression', []],
      ['zlib', ['--compress-algo', 'zlib']],
      ['armored', ['--armor']],
      ['zip, armored', ['--compress-algo', 'zip', '--armor']],
      // openpgp 6 decompresses bzip2 too (as a stream, via unbzip2-stream): no error to explain.
      ['bzip2', ['--compress-algo', 'bzip2']]
    ])(
      'gpg encrypt (%s) → our decryptFile, byte-exact',
      async (name, flags) => {
        const file = path.join(dir, `gpg-${kind}-${name.replace(/\W+/g, '-')}.pgp`)
        gpgEncrypt(kind, flags, file)
        const out = `${file}.out`
        await decryptFile(file, out, await privateKeys(kind))
        expect(readFileSync(out).equals(plaintext)).toBe(true)
        expect(leftovers(out)).toEqual([path.basename(out)])
      },
      T
    )

    itRnp.each([
      ['uncompressed', ['-z', '0']],
      ['compressed', ['-z', '6']],
      ['default', []],
      ['zlib', ['--zlib']],
      ['bzip2', ['--bzip2']],
      ['armored', ['--armor']],
      // rnp 0.16 --aead writes the draft AEAD packet (tag 20, EAX); openpgp 6 reads it.
      ['aead', ['--aead']]
    ])(
      'rnp encrypt (%s) → our decryptFile, byte-exact',
      async (name, flags) => {
        const file = path.join(dir, `rnp-${kind}-${name}.pgp`)
        const keyId = keys[kind].fingerprint.slice(-16)
        rnp.run(['--encrypt', '-r', keyId, ...flags, '--output', file, input])
        const out = `${file}.out`
        await decryptFile(file, out, await privateKeys(kind))
        expect(readFileSync(out).equals(plaintext)).toBe(true)
      },
      T
    )
  })

  it(
    'decryptStream reads a gpg --armor message delivered in small chunks (as stdin or a network body may)',
    async () => {
      const file = path.join(dir, 'gpg-armored-stream.asc')
      gpgEncrypt('curve25519', ['--armor'], file)
      const text = readFileSync(file)
      expect(text.subarray(0, 27).toString()).toBe('-----BEGIN PGP MESSAGE-----')
      const chunks = [
        text.subarray(0, 5),
        text.subarray(5, 9),
        text.subarray(9, 70_000),
        text.subarray(70_000)
      ]
      const { stream, keyIds } = await decryptStream(Readable.from(chunks), await privateKeys('curve25519'))
      expect(keyIds).toHaveLength(1)
      const out: Buffer[] = []
      for await (const c of stream) out.push(c as Buffer)
      expect(Buffer.concat(out).equals(plaintext)).toBe(true)
    },
    T
  )

  itRnp(
    'rnp writes ZIP (algo 1) by default, where gpg 2.2 picks ZLIB (algo 2) from the key preferences',
    () => {
      const r = path.join(dir, 'rnp-default-packets.pgp')
      rnp.run(['--encrypt', '-r', keys.rsa.fingerprint, '--output', r, input])
      expect(gpg.run(['--list-packets', r]).toString()).toMatch(/compressed packet: algo=1/)
      const g = path.join(dir, 'gpg-default-packets.pgp')
      gpgEncrypt('rsa', [], g)
      expect(gpg.run(['--list-packets', g]).toString()).toMatch(/compressed packet: algo=2/)
    },
    T
  )

  it(
    'gpg sign+encrypt → our decrypt, byte-exact (the signature is not checked)',
    async () => {
      const file = path.join(dir, 'gpg-signed.pgp')
      const fpr = keys.curve25519.fingerprint
      gpg.run([
        '--trust-model',
        'always',
        '-r',
        fpr,
        '-u',
        fpr,
        '--output',
        file,
        '--sign',
        '--encrypt',
        input
      ])
      const out = `${file}.out`
      await decryptFile(file, out, await privateKeys('curve25519'))
      expect(readFileSync(out).equals(plaintext)).toBe(true)
    },
    T
  )

  it(
    'gpg --throw-keyids (hidden recipient) → our decrypt tries the key, byte-exact',
    async () => {
      const file = path.join(dir, 'gpg-hidden.pgp')
      gpgEncrypt('curve25519', ['--throw-keyids'], file)
      const out = `${file}.out`
      await decryptFile(file, out, await privateKeys('curve25519'))
      expect(readFileSync(out).equals(plaintext)).toBe(true)
    },
    T
  )

  it(
    'our --aead (SEIPDv2) is unreadable by gpg 2.2 and rnp 0.16: why SEIPDv1 is the default',
    async () => {
      const recipients = await loadRecipientKeys(
        [{ kind: 'armored', armored: keys.curve25519.publicArmored }],
        { cwd: dir }
      )
      const file = path.join(dir, 'ours-aead.pgp')
      const small = path.join(dir, 'small.txt')
      writeFileSync(small, 'id,email\n1,a@example.com\n')
      await encryptFile(
        small,
        file,
        recipients.map(r => r.key),
        { aead: true }
      )
      expect(packetHeads(readFileSync(file)).at(-1)).toEqual({ tag: 18, first: 2 })
      expect(() => gpg.run(['--decrypt', file])).toThrow()
      if (hasRnp) expect(() => rnp.run(['--decrypt', file, '--output', '-'])).toThrow()
      const out = `${file}.out`
      await decryptFile(file, out, await privateKeys('curve25519'))
      expect(readFileSync(out, 'utf8')).toBe('id,email\n1,a@example.com\n')
    },
    T
  )

  describe('damaged input: a one-line error about integrity, and no output or temp file', () => {
    /** Flips one bit in the middle of the file (of a ciphertext over 1 MiB) and writes it as `name`. */
    function flipped(file: string, name: string, at = 0.5, bit = 0x40): string {
      const bytes = readFileSync(file)
      expect(bytes.length).toBeGreaterThan(1 << 20)
      bytes[Math.floor(bytes.length * at)]! ^= bit
      const tampered = path.join(dir, name)
      writeFileSync(tampered, bytes)
      return tampered
    }

    it.each(['rsa', 'curve25519'] as const)(
      'a flipped byte in the middle of our %s ciphertext',
      async kind => {
        const file = flipped(await ours(kind), `tampered-${kind}.pgp`)
        expect(await rejected(file, kind)).toMatch(/integrity check/)
        expect(() => gpg.run(['--decrypt', file])).toThrow() // gpg agrees it is damaged
      },
      T
    )

    it(
      'a flipped byte in our compressed ciphertext (the decompressor fails before the integrity check)',
      async () => {
        for (const at of [0.3, 0.5, 0.9]) {
          const file = flipped(await ours('curve25519', true), `tampered-z-${at}.pgp`, at)
          expect(await rejected(file, 'curve25519')).toMatch(/integrity check/)
        }
      },
      T
    )

    it(
      'a flipped byte in gpg output: zlib compressed, and armored',
      async () => {
        for (const [name, flags, bit] of [
          ['zlib', ['--compress-algo', 'zlib'], 0x40],
          ['armored', ['--armor'], 0x01] // in base64 text: flip a low bit, another base64 letter
        ] as const) {
          const file = path.join(dir, `gpg-tamper-${name}.pgp`)
          gpgEncrypt('curve25519', [...flags], file)
          for (const at of [0.3, 0.5]) {
            const tampered = flipped(file, `gpg-tampered-${name}-${at}.pgp`, at, bit)
            expect(await rejected(tampered, 'curve25519')).toMatch(/integrity check/)
          }
        }
      },
      T
    )

    it(
      'a flipped byte in gpg bzip2 output: an error about integrity, not a hang and not "unsupported compression"',
      async () => {
        const file = path.join(dir, 'gpg-tamper-bzip2.pgp')
        gpgEncrypt('curve25519', ['--compress-algo', 'bzip2'], file)
        // In the first 900k block (10%), openpgp.js 6.3 deadlocks (its bzip2 decoder stops reading after the error):
        // the watchdog ends it. In the last block (70%), bzip2's CRC fails before the integrity check is reached.
        for (const at of [0.1, 0.7]) {
          const tampered = flipped(file, `gpg-tampered-bzip2-${at}.pgp`, at)
          const started = Date.now()
          const message = await rejected(tampered, 'curve25519', { stallMs: 2000 })
          expect(message).toMatch(/integrity check/)
          expect(message).not.toMatch(/cannot read|re-encrypt/)
          expect(Date.now() - started).toBeLessThan(20_000)
        }
      },
      T
    )

    it(
      'truncated ciphertext: ours (uncompressed and compressed) and gpg armored',
      async () => {
        for (const [file, kind] of [
          [await ours('rsa'), 'rsa'],
          [await ours('curve25519', true), 'curve25519']
        ] as const) {
          const bytes = readFileSync(file)
          for (const keep of [bytes.length - 1, bytes.length - 22, Math.floor(bytes.length * 0.6)]) {
            const truncated = path.join(dir, `truncated-${kind}-${keep}.pgp`)
            writeFileSync(truncated, bytes.subarray(0, keep))
            expect(await rejected(truncated, kind)).toMatch(/integrity|not a complete/)
          }
        }
        const armored = path.join(dir, 'gpg-truncate.asc')
        gpgEncrypt('rsa', ['--armor'], armored)
        const text = readFileSync(armored)
        const truncated = path.join(dir, 'gpg-truncated.asc')
        writeFileSync(truncated, text.subarray(0, Math.floor(text.length / 2)))
        expect(await rejected(truncated, 'rsa')).toMatch(/integrity|not a complete/)
      },
      T
    )

    it(
      "a damaged RSA session key packet is named as such, not as 'no key can decrypt'",
      async () => {
        const file = await ours('rsa', false, 'pkesk.pgp')
        const bytes = readFileSync(file)
        bytes[100]! ^= 0x40 // inside the RSA-3072 PKESK (about 400 bytes): its encrypted session key
        const damaged = path.join(dir, 'pkesk-damaged.pgp')
        writeFileSync(damaged, bytes)
        expect(await rejected(damaged, 'rsa')).toMatch(/encrypted session key is damaged/)
      },
      T
    )

    it(
      'the wrong key: names the key ID the message is encrypted to, and writes nothing',
      async () => {
        const file = await ours('rsa')
        const rsa = await openpgp.readKey({ armoredKey: keys.rsa.publicArmored })
        const keyId = (await rsa.getEncryptionKey()).getKeyID().toHex().toUpperCase()
        expect(keys.rsa.fingerprint).not.toContain(keyId) // the encryption subkey's ID, not the primary key's
        const message = await rejected(file, 'curve25519')
        expect(message).toContain(
          `no given private key can decrypt this message (it is encrypted to key ID ${keyId})`
        )
      },
      T
    )

    it.each([
      ['rsa', 'curve25519'],
      ['curve25519', 'rsa']
    ] as const)(
      'the wrong key for a hidden recipient (gpg --throw-keyids, to %s): no key can decrypt, not "damaged"',
      async (to, withKey) => {
        const file = path.join(dir, `hidden-to-${to}.pgp`)
        gpgEncrypt(to, ['--throw-keyids'], file)
        expect(await rejected(file, withKey)).toMatch(
          /^no given private key can decrypt this message \(its recipients are hidden/
        )
      },
      T
    )
  })

  it(
    'gpg reads the default output of the bundled CLI (dist) encrypt command too',
    () => {
      const pub = path.join(dir, 'pub.asc')
      writeFileSync(pub, keys.rsa.publicArmored)
      const out = path.join(dir, 'cli.pgp')
      execFileSync(
        process.execPath,
        ['dist/cli/index.js', 'encrypt', '--recipient', pub, '--in', input, '--out', out],
        { stdio: 'pipe', env: { ...process.env, NODE_NO_WARNINGS: '1', NODE_OPTIONS: '' } }
      )
      expect(gpg.run(['--decrypt', out]).equals(plaintext)).toBe(true)
    },
    T
  )
})
