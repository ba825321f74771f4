/**
 * `decrypt --out -` (issue 8 item 7): the plaintext reaches stdout only after the whole message is authenticated. A
 * tampered message used to put up to 1 MiB of unauthenticated plaintext on stdout before failing; now stdout stays
 * empty and no held copy is left in the temp directory. Through the real CLI entry, as a pipe's writer.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import { cliProcess } from '../helpers/cli-process.js'

let dir: string
let plain: Buffer
let message: Buffer

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'decrypt-stdout-'))
  const key = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'stdout@example.com' }],
    format: 'armored'
  })
  writeFileSync(path.join(dir, 'key.asc'), key.privateKey)
  // 3 MiB, uncompressed and incompressible: openpgp.js streams plaintext well before the integrity check at the end.
  plain = randomBytes(3 * 1024 * 1024)
  message = Buffer.from(
    (await openpgp.encrypt({
      message: await openpgp.createMessage({ binary: plain }),
      encryptionKeys: await openpgp.readKey({ armoredKey: key.publicKey }),
      format: 'binary',
      config: { preferredCompressionAlgorithm: openpgp.enums.compression.uncompressed }
    })) as Uint8Array
  )
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const held = (temp: string) => readdirSync(temp).filter(f => f.startsWith('cleanrooms-decrypt-'))

describe('decrypt --out -', () => {
  it('writes the byte-exact plaintext of a good message', async () => {
    writeFileSync(path.join(dir, 'good.pgp'), message)
    const temp = mkdtempSync(path.join(dir, 'tmp-'))
    const r = await cliProcess(['decrypt', '--key', 'key.asc', '--in', 'good.pgp', '--out', '-'], {
      cwd: dir,
      env: { TMPDIR: temp }
    })
    expect({ code: r.code, stderr: r.stderr.trim() }).toEqual({
      code: 0,
      stderr: 'decrypted good.pgp to stdout'
    })
    expect(Buffer.compare(r.stdoutBytes, plain)).toBe(0)
    expect(held(temp)).toEqual([])
  }, 60_000)

  it('writes nothing to stdout for a tampered message, fails in one line, and leaves no held copy', async () => {
    const bad = Buffer.from(message)
    bad[bad.length - 30]! ^= 0x01 // in the last packet: everything before it decrypts first
    writeFileSync(path.join(dir, 'bad.pgp'), bad)
    const temp = mkdtempSync(path.join(dir, 'tmp-'))
    const r = await cliProcess(['decrypt', '--key', 'key.asc', '--in', 'bad.pgp', '--out', '-'], {
      cwd: dir,
      env: { TMPDIR: temp }
    })
    expect(r.code).toBe(1)
    expect(r.stdoutBytes.length).toBe(0)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/^error: /)
    expect(held(temp)).toEqual([])
  }, 60_000)
})
