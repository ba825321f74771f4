/**
 * The native SEIPDv1 encryptor against three independent readers: gpg 2.2, rnp 0.16 and openpgp.js. Every size class
 * (empty, 1 byte, each side of the literal and outer partial-length boundaries, 3 MiB with the default framing),
 * every AES key size with random session keys, RSA and Curve25519 recipients. A flipped bit must fail the MDC.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import * as openpgp from 'openpgp'
import type { PrivateKey, PublicKey } from 'openpgp'
import { encryptStream } from '../../src/crypto/encrypt.js'
import { definiteLength, SeipdV1Encryptor } from '../../src/crypto/encrypt-native.js'
import { GpgHome, hasGpg, hasRnp, RnpHome, type GpgKey } from '../helpers/gpg.js'

const describeGpg = hasGpg ? describe : describe.skip
if (!hasGpg) console.warn('gpg not installed: native encrypt interop skipped (apt-get install -y gnupg)')
if (!hasRnp) console.warn('rnp not installed: rnp checks skipped (apt-get install -y rnp)')
const T = 180_000
const SMALL = 512

type Kind = 'rsa' | 'curve25519'
let dir: string
let gpg: GpgHome
let rnp: RnpHome | undefined
const keys = {} as Record<Kind, { gpg: GpgKey; pub: PublicKey; priv: PrivateKey }>

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array))
  return Buffer.concat(chunks)
}

/** Bytes of a body of `n` bytes framed with partial lengths of `c` (the last piece definite and non-empty). */
function framed(n: number, c: number): number {
  if (n <= c) return definiteLength(n).length + n
  const pieces = Math.ceil(n / c) - 1
  const rest = n - pieces * c
  return pieces * (1 + c) + definiteLength(rest).length + rest
}

/** SEIPD body length for `n` plaintext bytes: version, prefix, literal packet, MDC packet. */
const outerBody = (n: number, c: number) => 1 + 18 + 1 + framed(6 + n, c) + 22

/** Sizes that put the literal body (6 + n) and the SEIPD body each just below, at and just above a piece boundary. */
function boundarySizes(c: number): number[] {
  const sizes = new Set([0, 1, 2])
  for (let n = 0; n < 3 * c; n++) {
    for (const body of [6 + n, outerBody(n, c)]) {
      if ([c - 1, c, c + 1, 2 * c - 1, 2 * c, 2 * c + 1].includes(body)) sizes.add(n)
    }
  }
  return [...sizes].sort((a, b) => a - b)
}

async function encryptNative(
  data: Buffer,
  recipients: PublicKey[],
  algorithm: 'aes128' | 'aes192' | 'aes256',
  partialLength?: number
): Promise<Buffer> {
  const key = randomBytes({ aes128: 16, aes192: 24, aes256: 32 }[algorithm])
  const keyPackets = await openpgp.encryptSessionKey({
    data: key,
    algorithm,
    encryptionKeys: recipients,
    format: 'binary'
  })
  const encryptor = new SeipdV1Encryptor({ algorithm, key, keyPackets, partialLength })
  return collect(Readable.from(data.length ? [data.subarray(0, 1), data.subarray(1)] : []).pipe(encryptor))
}

async function openpgpDecrypt(ciphertext: Buffer, kind: Kind): Promise<Buffer> {
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ binaryMessage: ciphertext }),
    decryptionKeys: keys[kind].priv,
    format: 'binary',
    config: { allowUnauthenticatedStream: false }
  })
  return Buffer.from(data)
}

let serial = 0
function peerDecrypt(ciphertext: Buffer): { gpg: Buffer; rnp?: Buffer } {
  const file = path.join(dir, `m${serial++}.pgp`)
  writeFileSync(file, ciphertext)
  const out = { gpg: gpg.run(['--decrypt', file]) }
  if (!rnp) return out
  const rnpOut = `${file}.rnp`
  rnp.run(['--decrypt', file, '--output', rnpOut])
  return { ...out, rnp: readFileSync(rnpOut) }
}

describeGpg('native SEIPDv1 encryption, read by gpg, rnp and openpgp.js', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'encrypt-native-'))
    gpg = new GpgHome()
    const made = {
      rsa: gpg.generate('rsa@example.com', 'rsa3072'),
      curve25519: gpg.generate('cv@example.com', 'ed25519')
    }
    if (hasRnp) rnp = new RnpHome()
    for (const kind of ['rsa', 'curve25519'] as const) {
      const g = made[kind]
      keys[kind] = {
        gpg: g,
        pub: await openpgp.readKey({ armoredKey: g.publicArmored }),
        priv: await openpgp.readPrivateKey({ armoredKey: g.secretArmored })
      }
      const f = path.join(dir, `${kind}.sec.asc`)
      writeFileSync(f, g.secretArmored)
      rnp?.importKey(f)
    }
  }, T)

  afterAll(() => {
    gpg?.dispose()
    rnp?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  it(
    'every size from 0 to 3 partial pieces reads back byte-exact in openpgp.js',
    async () => {
      const data = randomBytes(3 * SMALL)
      for (let n = 0; n <= 3 * SMALL; n++) {
        const ct = await encryptNative(data.subarray(0, n), [keys.curve25519.pub], 'aes256', SMALL)
        expect((await openpgpDecrypt(ct, 'curve25519')).equals(data.subarray(0, n))).toBe(true)
      }
    },
    T
  )

  it(
    'boundary sizes, each AES key size and both key types read back byte-exact in gpg and rnp',
    async () => {
      const sizes = boundarySizes(SMALL)
      expect(sizes.length).toBeGreaterThan(12)
      const data = randomBytes(3 * SMALL)
      for (const [i, n] of sizes.entries()) {
        const kind: Kind = i % 2 ? 'rsa' : 'curve25519'
        const algorithm = (['aes128', 'aes192', 'aes256'] as const)[i % 3]!
        const ct = await encryptNative(data.subarray(0, n), [keys[kind].pub], algorithm, SMALL)
        const got = peerDecrypt(ct)
        expect({ n, algorithm, gpg: got.gpg.equals(data.subarray(0, n)) }).toEqual({
          n,
          algorithm,
          gpg: true
        })
        if (got.rnp) expect({ n, rnp: got.rnp.equals(data.subarray(0, n)) }).toEqual({ n, rnp: true })
      }
    },
    T
  )

  it(
    '3 MiB through encryptStream (default framing, generated session key, two recipients) reads back everywhere',
    async () => {
      const data = randomBytes(3 << 20)
      const input = Readable.from([
        data.subarray(0, 1000),
        data.subarray(1000, 2_000_000),
        data.subarray(2_000_000)
      ])
      const ct = await collect(await encryptStream(input, [keys.curve25519.pub, keys.rsa.pub]))
      // A PKESK v3 first (Curve25519: a one-octet length), the RSA one, then SEIPD version 1.
      expect([ct[0]! & 0x3f, ct[2]]).toEqual([1, 3])
      const got = peerDecrypt(ct)
      expect(got.gpg.equals(data)).toBe(true)
      if (got.rnp) expect(got.rnp.equals(data)).toBe(true)
      expect((await openpgpDecrypt(ct, 'rsa')).equals(data)).toBe(true)
      expect((await openpgpDecrypt(ct, 'curve25519')).equals(data)).toBe(true)
    },
    T
  )

  it(
    'a flipped bit anywhere in the body fails the integrity check',
    async () => {
      const data = randomBytes(5000)
      const ct = await encryptNative(data, [keys.curve25519.pub], 'aes256', SMALL)
      for (const at of [ct.length - 1, ct.length - 30, ct.length - 2000]) {
        const bad = Buffer.from(ct)
        bad[at]! ^= 0x01
        await expect(openpgpDecrypt(bad, 'curve25519')).rejects.toThrow()
        expect(() => peerDecrypt(bad)).toThrow()
      }
    },
    T
  )

  it('refuses what it cannot write', () => {
    const base = { key: randomBytes(32), keyPackets: new Uint8Array() }
    expect(() => new SeipdV1Encryptor({ ...base, algorithm: 'cast5' })).toThrow(/does not support cast5/)
    expect(() => new SeipdV1Encryptor({ ...base, algorithm: 'aes128' })).toThrow(/16 bytes, not 32/)
    expect(() => new SeipdV1Encryptor({ ...base, algorithm: 'aes256', partialLength: 1000 })).toThrow(
      /not a power of two/
    )
  })
})
