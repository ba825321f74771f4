/** `decrypt` driven through its Command object with a fake CliIO. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import type { CliIO } from '../../src/commands/command.js'
import { decryptCommand } from '../../src/commands/decrypt.js'
import { encryptFile } from '../../src/crypto/encrypt.js'
import { UsageError, UserError } from '../../src/errors.js'
import { GpgHome, hasGpg } from '../helpers/gpg.js'

let dir: string
const plain = Buffer.concat([
  Buffer.from('customer_id,email\nC1,jane@example.com\n'.repeat(40_000)),
  randomBytes(1 << 20)
])

function fakeIO(env: NodeJS.ProcessEnv = {}): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    env,
    cwd: dir
  }
  return io
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cmd-decrypt-'))
  const locked = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'locked@example.com' }],
    passphrase: 'pw',
    format: 'object'
  })
  const open = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'open@example.com' }],
    format: 'object'
  })
  writeFileSync(path.join(dir, 'locked.asc'), locked.privateKey.armor())
  writeFileSync(path.join(dir, 'locked.pub.asc'), locked.publicKey.armor())
  writeFileSync(path.join(dir, 'open.gpg'), open.privateKey.write()) // binary
  writeFileSync(path.join(dir, 'pass.txt'), 'pw\n')
  writeFileSync(path.join(dir, 'plain.csv'), plain)
  await encryptFile(path.join(dir, 'plain.csv'), path.join(dir, 'locked.pgp'), [locked.publicKey])
  await encryptFile(path.join(dir, 'plain.csv'), path.join(dir, 'open.pgp'), [open.publicKey])
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const leftovers = (name: string) => readdirSync(dir).filter(f => f.startsWith(name))

describe('decrypt command', () => {
  it('decrypts with a passphrase file, byte-exact, one line on stderr', async () => {
    const io = fakeIO()
    const code = await decryptCommand.run(
      ['--key', 'locked.asc', '--passphrase-file', 'pass.txt', '--in', 'locked.pgp', '--out', 'a.csv'],
      io
    )
    expect(code).toBe(0)
    expect(io.out).toBe('')
    expect(io.err).toMatch(/^decrypted locked\.pgp → a\.csv \(\d+(\.\d)? MiB\)\n$/)
    expect(readFileSync(path.join(dir, 'a.csv')).equals(plain)).toBe(true)
    expect(leftovers('a.csv')).toEqual(['a.csv'])
  })

  it('takes the passphrase from CLEANROOMS_PGP_PASSPHRASE, and several --key files (one binary)', async () => {
    const args = ['--key', 'open.gpg', '--key', 'locked.asc', '--in', 'locked.pgp', '--out', 'b.csv']
    expect(await decryptCommand.run(args, fakeIO({ CLEANROOMS_PGP_PASSPHRASE: 'pw' }))).toBe(0)
    expect(readFileSync(path.join(dir, 'b.csv')).equals(plain)).toBe(true)
  })

  it('exits 1 on a tampered message and leaves neither output nor temp file', async () => {
    const bytes = readFileSync(path.join(dir, 'open.pgp'))
    bytes[Math.floor(bytes.length / 2)]! ^= 0x10
    writeFileSync(path.join(dir, 'tampered.pgp'), bytes)
    const err = await decryptCommand
      .run(['--key', 'open.gpg', '--in', 'tampered.pgp', '--out', 't.csv'], fakeIO())
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).exitCode).toBe(1)
    expect((err as Error).message).toMatch(/failed the OpenPGP integrity check/)
    expect(leftovers('t.csv')).toEqual([])
  })

  it('exits 1 naming the key ID when the key does not match, writing nothing', async () => {
    const err = await decryptCommand
      .run(['--key', 'open.gpg', '--in', 'locked.pgp', '--out', 'w.csv'], fakeIO())
      .catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as UserError).exitCode).toBe(1)
    expect((err as Error).message).toMatch(
      /no given private key can decrypt this message \(it is encrypted to key ID [0-9A-F]{16}\)/
    )
    expect(leftovers('w.csv')).toEqual([])
  })

  it('explains a wrong passphrase (exit 1) and a missing one (exit 2)', async () => {
    writeFileSync(path.join(dir, 'wrong.txt'), 'nope\n')
    const args = ['--key', 'locked.asc', '--in', 'locked.pgp', '--out', 'p.csv']
    const wrong = await decryptCommand
      .run([...args, '--passphrase-file', 'wrong.txt'], fakeIO())
      .catch((e: unknown) => e)
    expect((wrong as UserError).exitCode).toBe(1)
    expect((wrong as Error).message).toMatch(/^key file locked\.asc: wrong passphrase for key [0-9A-F]{40}/)
    const missing = await decryptCommand.run(args, fakeIO()).catch((e: unknown) => e)
    expect(missing).toBeInstanceOf(UsageError)
    expect((missing as Error).message).toMatch(/is protected by a passphrase: pass --passphrase-file/)
    expect(leftovers('p.csv')).toEqual([])
  })

  it.each([
    [['--in', 'open.pgp', '--out', 'x.csv'], /^decrypt: --key is required/],
    [['--key', 'open.gpg', '--out', 'x.csv'], /^decrypt: --in is required/],
    [['--key', 'open.gpg', '--in', 'open.pgp'], /^decrypt: --out is required/],
    [['--key', 'open.gpg', '--in', 'nope.pgp', '--out', 'x.csv'], /^decrypt: input nope\.pgp not found/],
    [['--key', 'nokey.asc', '--in', 'open.pgp', '--out', 'x.csv'], /key file .*nokey\.asc not found/],
    [
      ['--key', 'locked.pub.asc', '--in', 'open.pgp', '--out', 'x.csv'],
      /is a public key; decryption needs the private key/
    ],
    [
      ['--key', 'open.gpg', '--passphrase-file', 'none.txt', '--in', 'open.pgp', '--out', 'x.csv'],
      /--passphrase-file none\.txt cannot be read \(ENOENT\)/
    ],
    [['--key', 'open.gpg', '--in', 'open.pgp', '--out', 'x.csv', '--bogus'], /Unknown option '--bogus'/]
  ])('usage error (exit 2, one line, no output): %j', async (args, message) => {
    const err = await decryptCommand.run(args, fakeIO()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as UsageError).exitCode).toBe(2)
    expect((err as Error).message).toMatch(message)
    expect((err as Error).message).not.toContain('\n')
    expect(existsSync(path.join(dir, 'x.csv'))).toBe(false)
  })

  it('refuses to overwrite --out unless --force', async () => {
    writeFileSync(path.join(dir, 'exists.csv'), 'old')
    const args = ['--key', 'open.gpg', '--in', 'open.pgp', '--out', 'exists.csv']
    await expect(decryptCommand.run(args, fakeIO())).rejects.toThrow(
      /^decrypt: exists\.csv exists: remove it or pass --force$/
    )
    expect(readFileSync(path.join(dir, 'exists.csv'), 'utf8')).toBe('old')
    expect(await decryptCommand.run([...args, '--force'], fakeIO())).toBe(0)
    expect(readFileSync(path.join(dir, 'exists.csv')).equals(plain)).toBe(true)
  })

  it('prints its help (usage, every flag, an example) on --help', async () => {
    const io = fakeIO()
    expect(await decryptCommand.run(['--help'], io)).toBe(0)
    expect(io.out).toMatch(/^Usage: cleanrooms-connect decrypt/)
    for (const flag of [
      '--key',
      '--passphrase-file',
      'CLEANROOMS_PGP_PASSPHRASE',
      '--in',
      '--out',
      '--force'
    ])
      expect(io.out).toContain(flag)
    expect(io.out).toMatch(/Example:\n {2}cleanrooms-connect decrypt /)
  })

  ;(hasGpg ? it : it.skip)(
    'decrypts what gpg encrypted (armored, bzip2) with the key gpg exported',
    async () => {
      const gpg = new GpgHome()
      try {
        const key = gpg.generate('dec@example.com', 'ed25519')
        writeFileSync(path.join(dir, 'gpg-secret.asc'), key.secretArmored)
        const file = path.join(dir, 'gpg.asc.pgp')
        gpg.run(
          ['--trust-model', 'always', '-r', key.fingerprint, '--armor', '--compress-algo', 'bzip2'].concat([
            '--output',
            file,
            '--encrypt',
            path.join(dir, 'plain.csv')
          ])
        )
        const args = ['--key', 'gpg-secret.asc', '--in', 'gpg.asc.pgp', '--out', 'gpg.csv']
        expect(await decryptCommand.run(args, fakeIO())).toBe(0)
        expect(readFileSync(path.join(dir, 'gpg.csv')).equals(plain)).toBe(true)
      } finally {
        gpg.dispose()
      }
    },
    60_000
  )
})
