/**
 * decryptStream / decryptFile without external tools: armored and binary input, compression, and every failure
 * (tampered, truncated, wrong key, not a message, missing file) → a one-line UserError and no output file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import * as openpgp from 'openpgp'
import type { PrivateKey, PublicKey } from 'openpgp'
import { decryptFile, decryptStream, explainDecryptError } from '../../src/crypto/decrypt.js'
import { encryptFile } from '../../src/crypto/encrypt.js'
import { UserError } from '../../src/errors.js'

let dir: string
let publicKey: PublicKey
let privateKey: PrivateKey
let otherPrivate: PrivateKey
let input: string
let encrypted: string
const plaintext = Buffer.concat([Buffer.from('id,email\n'.repeat(100_000)), randomBytes(1_500_000)])

const newKey = (email: string) =>
  openpgp.generateKey({ type: 'ecc', curve: 'curve25519Legacy', userIDs: [{ email }], format: 'object' })

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'decrypt-'))
  const k = await newKey('d@example.com')
  publicKey = k.publicKey
  privateKey = k.privateKey
  otherPrivate = (await newKey('other@example.com')).privateKey
  input = path.join(dir, 'plain.bin')
  writeFileSync(input, plaintext)
  encrypted = path.join(dir, 'plain.pgp')
  await encryptFile(input, encrypted, [publicKey])
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Files in `dir` whose name starts with the output's name: the output itself or a temp file. */
const leftovers = (out: string) => readdirSync(dir).filter(f => f.startsWith(path.basename(out)))

async function failure(
  file: string,
  keys: PrivateKey[] = [privateKey]
): Promise<{ message: string; out: string }> {
  const out = path.join(dir, `${path.basename(file)}.out`)
  const err = await decryptFile(file, out, keys).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(UserError)
  const message = (err as Error).message
  expect(message.split('\n')).toHaveLength(1)
  expect(leftovers(out)).toEqual([])
  return { message, out }
}

describe('decryptFile', () => {
  it('writes the exact plaintext and no temp file', async () => {
    const out = path.join(dir, 'ok.out')
    const { keyIds } = await decryptFile(encrypted, out, [privateKey])
    expect(readFileSync(out).equals(plaintext)).toBe(true)
    expect(leftovers(out)).toEqual(['ok.out'])
    expect(keyIds).toEqual([(await publicKey.getEncryptionKey()).getKeyID().toHex().toUpperCase()])
  })

  it.each([
    ['armored', { armor: true, compress: false }],
    ['zlib compressed', { armor: false, compress: true }],
    ['armored and zip compressed', { armor: true, compress: 'zip' }]
  ])('reads %s messages', async (name, how) => {
    const message = await openpgp.createMessage({ binary: new Uint8Array(plaintext) })
    const algo =
      how.compress === 'zip'
        ? openpgp.enums.compression.zip
        : how.compress
          ? openpgp.enums.compression.zlib
          : openpgp.enums.compression.uncompressed
    const config = { preferredCompressionAlgorithm: algo }
    const file = path.join(dir, `${name.replace(/\W+/g, '-')}.pgp`)
    writeFileSync(
      file,
      how.armor
        ? await openpgp.encrypt({ message, encryptionKeys: publicKey, format: 'armored', config })
        : await openpgp.encrypt({ message, encryptionKeys: publicKey, format: 'binary', config })
    )
    const out = `${file}.out`
    await decryptFile(file, out, [privateKey])
    expect(readFileSync(out).equals(plaintext)).toBe(true)
  })

  it('rejects a flipped byte in the middle of the message', async () => {
    const bytes = readFileSync(encrypted)
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01
    const file = path.join(dir, 'flipped.pgp')
    writeFileSync(file, bytes)
    expect((await failure(file)).message).toMatch(
      /failed the OpenPGP integrity check \(tampered or truncated\)/
    )
  })

  it.each([0.3, 0.5, 0.9])(
    'rejects a flipped byte (at %f) in a zlib-compressed message as an integrity failure',
    async at => {
      const compressed = path.join(dir, 'compressed.pgp')
      await encryptFile(input, compressed, [publicKey], { compress: true })
      const bytes = readFileSync(compressed)
      bytes[Math.floor(bytes.length * at)]! ^= 0x40
      const file = path.join(dir, `compressed-flipped-${at}.pgp`)
      writeFileSync(file, bytes)
      // The decompressor notices first ("incorrect data check"): still a damaged ciphertext, not "decryption failed".
      expect((await failure(file)).message).toMatch(/^ciphertext .*integrity check \(tampered or truncated\)/)
    }
  )

  it('rejects a flipped byte in the last bytes (the MDC)', async () => {
    const bytes = readFileSync(encrypted)
    bytes[bytes.length - 5]! ^= 0x80
    const file = path.join(dir, 'mdc.pgp')
    writeFileSync(file, bytes)
    expect((await failure(file)).message).toMatch(/integrity check/)
  })

  it.each([1, 22, 100_000])('rejects a message truncated by %i bytes', async cut => {
    const bytes = readFileSync(encrypted)
    const file = path.join(dir, `cut-${cut}.pgp`)
    writeFileSync(file, bytes.subarray(0, bytes.length - cut))
    expect((await failure(file)).message).toMatch(/not a complete OpenPGP message|integrity check/)
  })

  it('names the key IDs when no given key matches', async () => {
    const keyId = (await publicKey.getEncryptionKey()).getKeyID().toHex().toUpperCase()
    const { message } = await failure(encrypted, [otherPrivate])
    expect(message).toBe(
      `no given private key can decrypt this message (it is encrypted to key ID ${keyId}): pass the matching --key`
    )
  })

  it('explains input that is not an OpenPGP message, an empty file and a missing file', async () => {
    const junk = path.join(dir, 'junk.pgp')
    writeFileSync(junk, 'customer_id,email\nC1,a@example.com\n')
    expect((await failure(junk)).message).toMatch(/^the input is not a complete OpenPGP message/)
    const empty = path.join(dir, 'empty.pgp')
    writeFileSync(empty, '')
    expect((await failure(empty)).message).toMatch(/^the input is empty/)
    const missing = path.join(dir, 'missing.pgp')
    const err = await decryptFile(missing, `${missing}.out`, [privateKey]).catch((e: unknown) => e)
    expect((err as Error).message).toMatch(/encrypted input .*missing\.pgp not found: fix the path/)
  })
})

describe('decryptStream', () => {
  it('returns the key IDs and streams the plaintext', async () => {
    const { stream, keyIds } = await decryptStream(Readable.from([readFileSync(encrypted)]), [privateKey])
    expect(keyIds).toHaveLength(1)
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    expect(Buffer.concat(chunks).equals(plaintext)).toBe(true)
  })

  it('errors the stream with a UserError when the integrity check fails, after emitting data', async () => {
    const bytes = readFileSync(encrypted)
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01
    const { stream } = await decryptStream(Readable.from([bytes.subarray(0, 65536), bytes.subarray(65536)]), [
      privateKey
    ])
    let received = 0
    const err = await (async () => {
      for await (const c of stream) received += (c as Buffer).length
    })().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(/integrity check/)
    expect(received).toBeGreaterThan(0) // streamed, unauthenticated: why callers must not commit before the end
  })
})

describe('decryptStream: armored input', () => {
  let armoredText: string
  beforeAll(async () => {
    armoredText = await openpgp.encrypt({
      message: await openpgp.createMessage({ binary: new Uint8Array(plaintext) }),
      encryptionKeys: publicKey,
      format: 'armored'
    })
  })

  async function readAll(chunks: (string | Buffer)[]): Promise<Buffer> {
    const { stream, keyIds } = await decryptStream(Readable.from(chunks.map(c => Buffer.from(c))), [
      privateKey
    ])
    expect(keyIds).toEqual([(await publicKey.getEncryptionKey()).getKeyID().toHex().toUpperCase()])
    const out: Buffer[] = []
    for await (const c of stream) out.push(c as Buffer)
    return Buffer.concat(out)
  }

  it('decrypts an armored message given in one chunk', async () => {
    expect((await readAll([armoredText])).equals(plaintext)).toBe(true)
  })

  it('decrypts it when the armor header arrives split over tiny chunks (stdin, a network body)', async () => {
    const head = armoredText.slice(0, 40)
    const chunks = [...head.split(''), armoredText.slice(40)]
    expect((await readAll(chunks)).equals(plaintext)).toBe(true)
  })

  it('decrypts it with CRLF line ends and blank lines before the header', async () => {
    const crlf = `\r\n\r\n${armoredText.replace(/\n/g, '\r\n')}`
    expect((await readAll([crlf.slice(0, 3), crlf.slice(3)])).equals(plaintext)).toBe(true)
  })

  it('errors the stream when a base64 letter of the armored body is changed', async () => {
    const lines = armoredText.split('\n')
    const i = Math.floor(lines.length / 2)
    lines[i] = (lines[i]![0] === 'A' ? 'B' : 'A') + lines[i]!.slice(1)
    const err = await readAll([lines.join('\n')]).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(/integrity check/)
  })
})

describe('decryptStream: the stall watchdog does not fire on slow peers', () => {
  it('waits for a consumer that pauses longer than stallMs', async () => {
    const { stream } = await decryptStream(Readable.from([readFileSync(encrypted)]), [privateKey], {
      stallMs: 300
    })
    const out: Buffer[] = []
    let paused = false
    for await (const c of stream) {
      out.push(c as Buffer)
      if (!paused) {
        paused = true
        await new Promise(resolve => setTimeout(resolve, 1500))
      }
    }
    expect(Buffer.concat(out).equals(plaintext)).toBe(true)
  })

  it('waits for an input that delivers slower than stallMs', async () => {
    const bytes = readFileSync(encrypted)
    async function* slow() {
      yield bytes.subarray(0, 1000)
      await new Promise(resolve => setTimeout(resolve, 1200))
      yield bytes.subarray(1000, 500_000)
      await new Promise(resolve => setTimeout(resolve, 1200))
      yield bytes.subarray(500_000)
    }
    const { stream } = await decryptStream(Readable.from(slow()), [privateKey], { stallMs: 300 })
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    expect(Buffer.concat(chunks).equals(plaintext)).toBe(true)
  })
})

describe('explainDecryptError', () => {
  it.each([
    ['Modification detected.', /integrity check/],
    ['Error decrypting message: Authentication tag mismatch', /integrity check/],
    ['Error decrypting message: Key Data Integrity failed', /encrypted session key is damaged/],
    ['Error decrypting message: Session key decryption failed.', /no given private key/],
    ['Unexpected end of packet', /not a complete OpenPGP message/],
    ['Compression algorithm bzip2 is not supported', /compression this build cannot read/],
    ['bzip2 decompression not supported', /compression this build cannot read/],
    ['Error in bzip2: crc32 do not match', /^ciphertext is damaged .*integrity check/],
    ['Invalid bzip data', /^ciphertext is damaged .*integrity check/],
    ['incorrect data check', /^ciphertext is damaged .*integrity check/],
    ['Error decrypting message: Decryption error', /encrypted session key is damaged/],
    ['something else\nwith a second line', /^decryption failed: something else$/]
  ])('%s', (text, expected) => {
    expect(explainDecryptError(new Error(text)).message).toMatch(expected)
  })
})

describe('explainDecryptError: beyond the message text', () => {
  it('knows a zlib data error by its code, and reads the message of an error from another realm', () => {
    const foreign = { name: 'Error', message: 'invalid distance too far back', code: 'Z_DATA_ERROR' }
    expect(foreign instanceof Error).toBe(false)
    const explained = explainDecryptError(foreign)
    expect(explained.message).toBe(
      'ciphertext is damaged (its compressed data is corrupt: invalid distance too far back), so it cannot pass the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again'
    )
    expect(explained.cause).toBe(foreign)
  })

  it('for hidden recipients (key ID 0), a session key that does not decrypt means a wrong key', () => {
    const err = new Error('Error decrypting message: Key Data Integrity failed')
    expect(explainDecryptError(err, ['0000000000000000']).message).toMatch(
      /^no given private key can decrypt this message \(its recipients are hidden/
    )
    expect(explainDecryptError(err, ['0123456789ABCDEF']).message).toMatch(/encrypted session key is damaged/)
  })

  it('passes a UserError through unchanged', () => {
    const err = new UserError('already explained')
    expect(explainDecryptError(err)).toBe(err)
  })
})
