/**
 * The native SEIPDv1 path (src/crypto/seipd-native.ts) against openpgp.js, gpg 2.2 and rnp: messages from all three
 * (AES-128/192/256; uncompressed, zip, zlib, bzip2; binary and armored; partial body lengths from stdin; empty, 1 byte,
 * 3 MiB) decrypt to the same bytes, on the engine expected. A tamper corpus (byte flips in every region, truncation,
 * appended bytes) fails on the native path with the same class of error as on openpgp.js's (the same bytes armored,
 * which take openpgp.js's path), and leaves no output.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import * as openpgp from 'openpgp'
import type { PrivateKey } from 'openpgp'
import { decryptFile, decryptStream } from '../../src/crypto/decrypt.js'
import { loadPrivateKeys } from '../../src/crypto/keys.js'
import { UserError } from '../../src/errors.js'
import { GpgHome, hasGpg, hasRnp, RnpHome, type GpgKey } from '../helpers/gpg.js'

const describeGpg = hasGpg ? describe : describe.skip
const T = 120_000

let dir: string
let gpg: GpgHome
let rnp: RnpHome
let key: GpgKey
let privateKeys: PrivateKey[]
let publicKey: openpgp.PublicKey

/** 3 MiB: text (compressible) and random bytes; starts with text so gpg does not skip compression. */
function sample(): Buffer {
  const lines: string[] = ['customer_id,email']
  for (let i = 0; i < 40_000; i++) lines.push(`C${i},user${i}@example.com`)
  return Buffer.concat([
    Buffer.from('fastpath sample\n'),
    randomBytes(1_400_000),
    Buffer.from(lines.join('\n')),
    randomBytes(800_000)
  ])
}

const plaintexts: Record<string, Buffer> = {
  empty: Buffer.alloc(0),
  '1 byte': Buffer.from('x'),
  '3 MiB': Buffer.alloc(0)
}
const SIZES = Object.keys(plaintexts)

async function ours(message: Buffer): Promise<{ data: Buffer; engine: string }> {
  const { stream, engine } = await decryptStream(Readable.from([message]), privateKeys)
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(chunk as Buffer)
  return { data: Buffer.concat(chunks), engine }
}

/** openpgp.js alone, as a reference decryptor. */
async function reference(message: Buffer): Promise<Buffer> {
  const text = message.subarray(0, 20).toString('latin1').trimStart()
  const read = text.startsWith('-----BEGIN PGP')
    ? await openpgp.readMessage({ armoredMessage: message.toString('latin1') })
    : await openpgp.readMessage({ binaryMessage: message })
  const { data } = await openpgp.decrypt({ message: read, decryptionKeys: privateKeys, format: 'binary' })
  return Buffer.from(data)
}

/** Ours, openpgp.js, gpg (and rnp) all read `message` as `plaintext`; ours on `engine`. */
async function agree(message: Buffer, plaintext: Buffer, engine: string): Promise<void> {
  const got = await ours(message)
  expect(got.engine).toBe(engine)
  expect(got.data.equals(plaintext)).toBe(true)
  expect((await reference(message)).equals(plaintext)).toBe(true)
  expect(gpg.run(['--decrypt'], message).equals(plaintext)).toBe(true)
  if (hasRnp) {
    const file = path.join(dir, 'agree.pgp')
    writeFileSync(file, message)
    expect(rnp.run(['--decrypt', file, '--output', '-']).equals(plaintext)).toBe(true)
  }
}

const CIPHERS = [
  ['aes128', 'AES', 'AES128'],
  ['aes192', 'AES192', 'AES192'],
  ['aes256', 'AES256', 'AES256']
] as const
const COMPRESSIONS = [
  ['uncompressed', 'none', 'uncompressed', ['-z', '0']],
  ['zip', 'zip', 'zip', ['--zip']],
  ['zlib', 'zlib', 'zlib', ['--zlib']],
  ['bzip2', 'bzip2', 'bzip2', ['--bzip']]
] as const
/** bzip2 and armor take openpgp.js's path; the rest the native one. */
const engineFor = (compression: string, armored: boolean) =>
  compression === 'bzip2' || armored ? 'openpgp.js' : 'native'

describeGpg('native SEIPDv1 decryption', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'fastpath-'))
    gpg = new GpgHome()
    key = gpg.generate('fast@example.com', 'ed25519')
    privateKeys = await loadPrivateKeys(key.secretArmored)
    publicKey = await openpgp.readKey({ armoredKey: key.publicArmored })
    plaintexts['3 MiB'] = sample()
    if (hasRnp) {
      rnp = new RnpHome()
      const f = path.join(dir, 'key.sec.asc')
      writeFileSync(f, key.secretArmored)
      rnp.importKey(f)
    }
  }, T)

  afterAll(() => {
    gpg?.dispose()
    rnp?.dispose()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  describe.each(CIPHERS)('%s', (cipher, gpgCipher, rnpCipher) => {
    it.each(COMPRESSIONS)(
      'openpgp.js, gpg (stdin: partial lengths; and file) and rnp messages, %s, all sizes',
      async (compression, gpgCompression, openpgpCompression, rnpFlags) => {
        for (const size of SIZES) {
          const plaintext = plaintexts[size]!
          const config = {
            preferredSymmetricAlgorithm: openpgp.enums.symmetric[cipher],
            preferredCompressionAlgorithm: openpgp.enums.compression[openpgpCompression]
          }
          if (compression !== 'bzip2') {
            // openpgp.js reads bzip2 but cannot write it.
            const message = await openpgp.createMessage({ binary: plaintext, format: 'binary' })
            const js = await openpgp.encrypt({ message, encryptionKeys: publicKey, format: 'binary', config })
            await agree(Buffer.from(js), plaintext, engineFor(compression, false))
          }

          const flags = ['--trust-model', 'always', '-r', key.fingerprint, '--cipher-algo', gpgCipher]
          const compress = gpgCompression === 'none' ? ['-z', '0'] : ['--compress-algo', gpgCompression]
          const fromStdin = gpg.run([...flags, ...compress, '--encrypt'], plaintext)
          await agree(fromStdin, plaintext, engineFor(compression, false))
          const input = path.join(dir, 'plain.bin')
          writeFileSync(input, plaintext)
          const fromFile = gpg.run([...flags, ...compress, '--output', '-', '--encrypt', input])
          await agree(fromFile, plaintext, engineFor(compression, false))
          const armored = gpg.run([...flags, ...compress, '--armor', '--encrypt'], plaintext)
          await agree(armored, plaintext, engineFor(compression, true))

          if (hasRnp) {
            const out = path.join(dir, 'rnp.pgp')
            rmSync(out, { force: true })
            rnp.run([
              '-r',
              key.fingerprint,
              '--cipher',
              rnpCipher,
              ...rnpFlags,
              '--output',
              out,
              '--encrypt',
              input
            ])
            await agree(readFileSync(out), plaintext, engineFor(compression, false))
          }
        }
      },
      T
    )
  })

  describe('tamper corpus: same class of error as openpgp.js, no output', () => {
    const classOf = (message: string) =>
      /integrity check|is damaged/.test(message)
        ? 'damaged'
        : /not a complete OpenPGP message/.test(message)
          ? 'incomplete'
          : /private key|session key/.test(message)
            ? 'key'
            : `other: ${message}`

    /** decryptFile's error for `bytes`, checked to be a one-line UserError that left no file behind. */
    async function failure(bytes: Buffer | string, name: string): Promise<string> {
      const file = path.join(dir, name)
      writeFileSync(file, bytes)
      const out = `${file}.out`
      const err = await decryptFile(file, out, privateKeys, { stallMs: 5000 }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(UserError)
      const message = (err as Error).message
      expect(message).not.toContain('\n')
      expect(readdirSync(dir).filter(f => f.startsWith(`${name}.out`) || f.includes('.partial-'))).toEqual([])
      return message
    }

    /** The native path (binary) and openpgp.js's (the same bytes armored) fail alike. */
    async function sameFailure(bytes: Buffer, label: string, sameClass = true): Promise<void> {
      const native = await failure(bytes, 'tampered.pgp')
      const armored = openpgp.armor(openpgp.enums.armor.message, bytes)
      const viaOpenpgp = await failure(armored, 'tampered.asc')
      if (sameClass && classOf(native) !== classOf(viaOpenpgp))
        mismatches.push(`${label}: ${native} / ${viaOpenpgp}`)
    }

    const plaintext = randomBytes(200_000)
    const mismatches: string[] = []
    const variants: [string, () => Buffer][] = [
      [
        'gpg stdin, zlib (partial lengths)',
        () =>
          gpg.run(
            ['--trust-model', 'always', '-r', key.fingerprint, '--compress-algo', 'zlib', '--encrypt'],
            plaintext
          )
      ],
      [
        'gpg file, uncompressed',
        () => {
          const input = path.join(dir, 'tamper-plain.bin')
          writeFileSync(input, plaintext)
          return gpg.run([
            '--trust-model',
            'always',
            '-r',
            key.fingerprint,
            '-z',
            '0',
            '--output',
            '-',
            '--encrypt',
            input
          ])
        }
      ]
    ]

    it.each(variants)(
      '%s: flips in the PKESK, the SEIPD header, the prefix, the body and the MDC; truncation; appended bytes',
      async (_name, make) => {
        const message = make()
        expect((await ours(message)).engine).toBe('native')
        // Where the SEIPD packet starts: after the one PKESK (new-format header, one-octet length for cv25519).
        const seipdAt = 2 + message[1]!
        expect(message[seipdAt]! & 0x3f).toBe(18)
        const offsets = new Set<number>([
          1,
          5,
          20,
          seipdAt - 1, // PKESK
          seipdAt,
          seipdAt + 1,
          seipdAt + 2, // SEIPD header and version
          ...Array.from({ length: 18 }, (_, i) => seipdAt + 3 + i), // prefix (and its repeated bytes)
          seipdAt + 21,
          seipdAt + 25,
          seipdAt + 40, // the inner packets' headers
          ...[0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map(f => Math.floor(message.length * f)), // body
          ...Array.from({ length: 22 }, (_, i) => message.length - 22 + i) // MDC packet
        ])
        for (const at of offsets) {
          for (const mask of [0x01, 0x80]) {
            const bytes = Buffer.from(message)
            bytes[at]! ^= mask
            await sameFailure(bytes, `flip 0x${mask.toString(16)} at ${at}/${message.length}`)
          }
        }
        for (const cut of [1, 2, 21, 22, 23, 1000, message.length >> 1]) {
          await sameFailure(message.subarray(0, message.length - cut), `truncated by ${cut}`)
        }
        for (const extra of [
          Buffer.from([0]),
          Buffer.from([0xc0]),
          randomBytes(100),
          message.subarray(0, 300)
        ]) {
          // openpgp.js parses what follows as more packets and fails in its parser's words ("decryption failed:
          // Unexpected packet 1 in state 1"): the native path says data follows the message. Both reject it.
          await sameFailure(Buffer.concat([message, extra]), `${extra.length} bytes appended`, false)
        }
        expect(mismatches).toEqual([])
      },
      T
    )
  })
})
