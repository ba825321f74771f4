/** encryptStream / encryptFile without external tools: packet versions, compression, all-or-nothing files. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import * as openpgp from 'openpgp'
import type { PrivateKey, PublicKey } from 'openpgp'
import { encryptFile, encryptStream, writeFileAtomically } from '../../src/crypto/encrypt.js'
import { UserError } from '../../src/errors.js'
import { testKeyPair } from '../helpers/keys.js'

let dir: string
let publicKey: PublicKey
let privateKey: PrivateKey
/** ~3 MB: compressible text, then incompressible bytes, so streaming crosses many chunks. */
const plaintext = Buffer.concat([
  Buffer.from(
    Array.from({ length: 40_000 }, (_, i) => `C${i},user${i}@example.com,+1555${i % 10_000}`).join('\n')
  ),
  randomBytes(1_500_000)
])

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'encrypt-'))
  const k = await testKeyPair('e')
  publicKey = k.publicKey
  privateKey = k.privateKey
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of stream) chunks.push(Buffer.from(c as Uint8Array))
  return Buffer.concat(chunks)
}

/** The version of the encrypted-data packet: 1 = SEIPDv1 (MDC), 2 = SEIPDv2 (AEAD). */
async function seipdVersion(ciphertext: Uint8Array): Promise<number> {
  const message = await openpgp.readMessage({ binaryMessage: ciphertext })
  const packets = message.packets.filterByTag(openpgp.enums.packet.symEncryptedIntegrityProtectedData)
  expect(packets).toHaveLength(1)
  return (packets[0] as unknown as { version: number }).version
}

async function decryptAll(ciphertext: Uint8Array): Promise<Buffer> {
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ binaryMessage: ciphertext }),
    decryptionKeys: privateKey,
    format: 'binary'
  })
  return Buffer.from(data)
}

describe('encryptStream', () => {
  it('writes a binary SEIPDv1 message of the exact input bytes by default', async () => {
    const out = await collect(await encryptStream(Readable.from([plaintext]), [publicKey]))
    expect(out[0]! & 0x80).toBe(0x80) // a binary packet header, not armor
    expect(await seipdVersion(out)).toBe(1)
    expect((await decryptAll(out)).equals(plaintext)).toBe(true)
    expect(out.length).toBeGreaterThan(plaintext.length) // not compressed
  })

  it('stays SEIPDv1 even when the recipient key advertises SEIPDv2 (openpgp would pick v2 on its own)', async () => {
    const v2 = await openpgp.generateKey({
      type: 'curve25519',
      userIDs: [{ email: 'v2@example.com' }],
      config: { aeadProtect: true },
      format: 'object'
    })
    const input = Buffer.from('id,email\n1,a@example.com\n')
    const v1 = await collect(await encryptStream(Readable.from([input]), [v2.publicKey]))
    expect(await seipdVersion(v1)).toBe(1)
    const plain = await openpgp.encrypt({
      message: await openpgp.createMessage({ binary: new Uint8Array(input) }),
      encryptionKeys: v2.publicKey,
      format: 'binary'
    })
    expect(await seipdVersion(plain)).toBe(2) // openpgp's own choice for this key, config.aeadProtect false or not
  })

  it('writes SEIPDv2 only with aead: true', async () => {
    const out = await collect(await encryptStream(Readable.from([plaintext]), [publicKey], { aead: true }))
    expect(await seipdVersion(out)).toBe(2)
    expect((await decryptAll(out)).equals(plaintext)).toBe(true)
  })

  it('compresses with compress: true', async () => {
    const text = Buffer.from('customer_id,email\n'.repeat(100_000))
    const plain = await collect(await encryptStream(Readable.from([text]), [publicKey]))
    const packed = await collect(await encryptStream(Readable.from([text]), [publicKey], { compress: true }))
    expect(packed.length).toBeLessThan(plain.length / 10)
    expect((await decryptAll(packed)).equals(text)).toBe(true)
  })

  it('encrypts to several recipients', async () => {
    const other = await testKeyPair('o')
    const out = await collect(
      await encryptStream(Readable.from([Buffer.from('x')]), [publicKey, other.publicKey])
    )
    const message = await openpgp.readMessage({ binaryMessage: out })
    expect(message.getEncryptionKeyIDs()).toHaveLength(2)
  })

  it('passes an input error on to the output stream', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk went away'))
      }
    })
    await expect(collect(await encryptStream(failing, [publicKey]))).rejects.toThrow(/disk went away/)
  })

  it('refuses an empty recipient list', async () => {
    await expect(encryptStream(Readable.from([]), [])).rejects.toBeInstanceOf(UserError)
  })
})

describe('encryptFile', () => {
  const leftovers = (prefix: string) => readdirSync(dir).filter(f => f.startsWith(prefix))

  it('writes the message to outPath and no temp file', async () => {
    const input = path.join(dir, 'plain.bin')
    writeFileSync(input, plaintext)
    await encryptFile(input, path.join(dir, 'plain.pgp'), [publicKey])
    expect(leftovers('plain.pgp')).toEqual(['plain.pgp'])
    expect((await decryptAll(readFileSync(path.join(dir, 'plain.pgp')))).equals(plaintext)).toBe(true)
  })

  it('names a missing input and leaves neither output nor temp file', async () => {
    const err = await encryptFile(path.join(dir, 'nope.csv'), path.join(dir, 'nope.pgp'), [publicKey]).catch(
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(/input .*nope\.csv not found/)
    expect(leftovers('nope.pgp')).toEqual([])
  })

  it('says so when the output directory does not exist', async () => {
    const input = path.join(dir, 'plain.bin')
    await expect(encryptFile(input, path.join(dir, 'no-such-dir', 'x.pgp'), [publicKey])).rejects.toThrow(
      /cannot create .*x\.pgp \(ENOENT .*\): check that the directory exists/
    )
  })
})

describe('writeFileAtomically', () => {
  it('leaves an existing file untouched and removes the temp file when the source fails midway', async () => {
    const target = path.join(dir, 'keep.txt')
    writeFileSync(target, 'old')
    let sent = 0
    const source = new Readable({
      read() {
        if (sent++ < 20) this.push(randomBytes(64 * 1024))
        else this.destroy(new Error('source failed'))
      }
    })
    await expect(writeFileAtomically(source, target)).rejects.toThrow(/source failed/)
    expect(readFileSync(target, 'utf8')).toBe('old')
    expect(readdirSync(dir).filter(f => f.startsWith('keep.txt.partial-'))).toEqual([])
  })

  it('replaces the target only when complete', async () => {
    const target = path.join(dir, 'keep.txt')
    await writeFileAtomically(Readable.from([Buffer.from('new')]), target)
    expect(readFileSync(target, 'utf8')).toBe('new')
  })
})
