/** `encrypt` driven through its Command object with a fake CliIO. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import type { PrivateKey } from 'openpgp'
import type { CliIO } from '../../src/commands/command.js'
import { encryptCommand } from '../../src/commands/encrypt.js'
import { UsageError } from '../../src/errors.js'
import { GpgHome, hasGpg } from '../helpers/gpg.js'
import { testKeyPair } from '../helpers/keys.js'

let dir: string
let fpr: string
let privateKey: PrivateKey
const plain = Buffer.from('customer_id,email\nC1,jane@example.com\n'.repeat(20_000))

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
  dir = mkdtempSync(path.join(tmpdir(), 'cmd-encrypt-'))
  const k = await testKeyPair('enc')
  privateKey = k.privateKey
  fpr = k.publicKey.getFingerprint().toUpperCase()
  writeFileSync(path.join(dir, 'pub.asc'), k.publicKey.armor())
  writeFileSync(path.join(dir, 'priv.asc'), k.privateKey.armor())
  writeFileSync(path.join(dir, 'customers.csv'), plain)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function decrypted(file: string): Promise<{ data: Buffer; message: openpgp.Message<Uint8Array> }> {
  const message = await openpgp.readMessage({ binaryMessage: readFileSync(path.join(dir, file)) })
  const { data } = await openpgp.decrypt({ message, decryptionKeys: privateKey, format: 'binary' })
  return { data: Buffer.from(data), message }
}

const seipdVersion = (message: openpgp.Message<Uint8Array>) =>
  (
    message.packets.filterByTag(openpgp.enums.packet.symEncryptedIntegrityProtectedData)[0] as unknown as {
      version: number
    }
  ).version

describe('encrypt command', () => {
  it('encrypts byte-exact, prints nothing on stdout and one line on stderr', async () => {
    const io = fakeIO()
    const code = await encryptCommand.run(
      ['--recipient', 'pub.asc', '--in', 'customers.csv', '--out', 'customers.csv.pgp'],
      io
    )
    expect(code).toBe(0)
    expect(io.out).toBe('')
    expect(io.err).toBe(`encrypted customers.csv (742.2 KiB) to 1 recipient(s): ${fpr}\n`)
    const { data, message } = await decrypted('customers.csv.pgp')
    expect(data.equals(plain)).toBe(true)
    expect(seipdVersion(message)).toBe(1)
    expect(readdirSync(dir).filter(f => f.includes('.partial-'))).toEqual([])
  })

  it('--compress makes the message smaller, --aead makes it SEIPDv2, both still decrypt', async () => {
    await encryptCommand.run(
      ['--recipient', 'pub.asc', '--in', 'customers.csv', '--out', 'z.pgp', '--compress'],
      fakeIO()
    )
    expect(readFileSync(path.join(dir, 'z.pgp')).length).toBeLessThan(plain.length / 10)
    expect((await decrypted('z.pgp')).data.equals(plain)).toBe(true)
    await encryptCommand.run(
      ['--recipient', 'pub.asc', '--in', 'customers.csv', '--out', 'a.pgp', '--aead'],
      fakeIO()
    )
    const { data, message } = await decrypted('a.pgp')
    expect(seipdVersion(message)).toBe(2)
    expect(data.equals(plain)).toBe(true)
  })

  it('accepts a matching --recipient-fingerprint (spaces and lowercase allowed)', async () => {
    const spaced = fpr.toLowerCase().replace(/(.{4})/g, '$1 ')
    const code = await encryptCommand.run(
      [
        '--recipient',
        'pub.asc',
        '--recipient-fingerprint',
        spaced,
        '--in',
        'customers.csv',
        '--out',
        'p.pgp'
      ],
      fakeIO()
    )
    expect(code).toBe(0)
  })

  it.each([
    [['--in', 'customers.csv', '--out', 'x.pgp'], /^encrypt: --recipient is required/],
    [['--recipient', 'pub.asc', '--out', 'x.pgp'], /^encrypt: --in is required/],
    [['--recipient', 'pub.asc', '--in', 'customers.csv'], /^encrypt: --out is required/],
    [['--recipient', 'pub.asc', '--in', 'nope.csv', '--out', 'x.pgp'], /^encrypt: input nope\.csv not found/],
    [
      [
        '--recipient',
        'pub.asc',
        '--recipient-fingerprint',
        'ABCD',
        '--in',
        'customers.csv',
        '--out',
        'x.pgp'
      ],
      /--recipient-fingerprint 'ABCD' is not a fingerprint/
    ],
    [
      [
        '--recipient',
        'pub.asc',
        '--recipient-fingerprint',
        'AB'.repeat(20),
        '--in',
        'customers.csv',
        '--out',
        'x.pgp'
      ],
      new RegExp(`recipient key [0-9A-F]{40} is not in recipient-fingerprint \\(${'AB'.repeat(20)}\\)`)
    ],
    [
      ['--recipient', 'priv.asc', '--in', 'customers.csv', '--out', 'x.pgp'],
      /is a PRIVATE key; pass the public key/
    ],
    [
      ['--recipient', 'missing.asc', '--in', 'customers.csv', '--out', 'x.pgp'],
      /recipient file missing\.asc not found/
    ],
    [
      ['--recipient', 'pub.asc', '--in', 'customers.csv', '--out', 'x.pgp', '--bogus'],
      /Unknown option '--bogus'/
    ]
  ])('usage error (exit 2, one line, no output file): %j', async (args, message) => {
    const err = await encryptCommand.run(args, fakeIO()).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UsageError)
    expect((err as UsageError).exitCode).toBe(2)
    expect((err as Error).message).toMatch(message)
    expect((err as Error).message).not.toContain('\n')
    expect(existsSync(path.join(dir, 'x.pgp'))).toBe(false)
  })

  it('refuses to overwrite --out unless --force', async () => {
    writeFileSync(path.join(dir, 'exists.pgp'), 'old')
    const args = ['--recipient', 'pub.asc', '--in', 'customers.csv', '--out', 'exists.pgp']
    await expect(encryptCommand.run(args, fakeIO())).rejects.toThrow(
      /^encrypt: exists\.pgp exists: remove it or pass --force$/
    )
    expect(readFileSync(path.join(dir, 'exists.pgp'), 'utf8')).toBe('old')
    expect(await encryptCommand.run([...args, '--force'], fakeIO())).toBe(0)
    expect((await decrypted('exists.pgp')).data.equals(plain)).toBe(true)
  })

  it('prints its help (usage, every flag, an example) on --help', async () => {
    const io = fakeIO()
    expect(await encryptCommand.run(['--help'], io)).toBe(0)
    expect(io.out).toMatch(/^Usage: cleanrooms-connect encrypt/)
    for (const flag of [
      '--recipient ',
      '--recipient-fingerprint',
      '--in',
      '--out',
      '--compress',
      '--aead',
      '--force'
    ])
      expect(io.out).toContain(flag)
    expect(io.out).toMatch(/Example:\n {2}cleanrooms-connect encrypt /)
    expect(encryptCommand.help).toBe(io.out.trimEnd())
  })

  ;(hasGpg ? it : it.skip)(
    'writes what gpg --decrypt reads back byte-exact, with and without --compress',
    async () => {
      const gpg = new GpgHome()
      try {
        const key = gpg.generate('cmd@example.com', 'ed25519')
        writeFileSync(path.join(dir, 'gpg.asc'), key.publicArmored)
        for (const extra of [[], ['--compress']]) {
          const out = `gpg${extra.length}.pgp`
          const args = ['--recipient', 'gpg.asc', '--in', 'customers.csv', '--out', out, ...extra]
          expect(await encryptCommand.run(args, fakeIO())).toBe(0)
          expect(gpg.run(['--decrypt', path.join(dir, out)]).equals(plain)).toBe(true)
        }
      } finally {
        gpg.dispose()
      }
    },
    60_000
  )
})
