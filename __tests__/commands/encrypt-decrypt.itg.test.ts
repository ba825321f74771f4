import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import { cli } from '../helpers/cli.js'
import { GpgHome, hasGpg } from '../helpers/gpg.js'

let dir: string
const plain = Buffer.from('customer_id,email\nC1,jane@example.com\n'.repeat(5000))

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cli-crypto-'))
  const k = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy',
    userIDs: [{ email: 'cli@example.com' }],
    passphrase: 'pw',
    format: 'armored'
  })
  writeFileSync(path.join(dir, 'pub.asc'), k.publicKey)
  writeFileSync(path.join(dir, 'priv.asc'), k.privateKey)
  writeFileSync(path.join(dir, 'pass.txt'), 'pw\n')
  writeFileSync(path.join(dir, 'plain.csv'), plain)
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const run = (...args: string[]) => cli(args, { cwd: dir })

describe('encrypt and decrypt commands', () => {
  it('round-trips a file and reports on stderr only', async () => {
    const enc = await run(
      'encrypt',
      '--recipient',
      'pub.asc',
      '--in',
      path.join(dir, 'plain.csv'),
      '--out',
      path.join(dir, 'a.pgp')
    )
    expect(enc.code).toBe(0)
    expect(enc.stdout).toBe('')
    expect(enc.stderr).toMatch(/^encrypted .*plain\.csv \(.*\) to 1 recipient\(s\): [0-9A-F]{40}\n$/)
    const dec = await run(
      'decrypt',
      '--key',
      path.join(dir, 'priv.asc'),
      '--passphrase-file',
      path.join(dir, 'pass.txt'),
      '--in',
      path.join(dir, 'a.pgp'),
      '--out',
      path.join(dir, 'a.csv')
    )
    expect(dec.code).toBe(0)
    expect(readFileSync(path.join(dir, 'a.csv')).equals(plain)).toBe(true)
  })

  ;(hasGpg ? it : it.skip)(
    'writes what gpg --decrypt reads back byte-exact',
    async () => {
      const gpg = new GpgHome()
      try {
        const key = gpg.generate('g@example.com', 'ed25519')
        writeFileSync(path.join(dir, 'g.asc'), key.publicArmored)
        const out = path.join(dir, 'g.pgp')
        expect(
          (await run('encrypt', '--recipient', 'g.asc', '--in', path.join(dir, 'plain.csv'), '--out', out))
            .code
        ).toBe(0)
        expect(gpg.run(['--decrypt', out]).equals(plain)).toBe(true)
      } finally {
        gpg.dispose()
      }
    },
    60_000
  )

  it('takes the passphrase from CLEANROOMS_PGP_PASSPHRASE', async () => {
    await run(
      'encrypt',
      '--recipient',
      'pub.asc',
      '--in',
      path.join(dir, 'plain.csv'),
      '--out',
      path.join(dir, 'b.pgp')
    )
    const dec = await cli(
      ['decrypt', '--key', 'priv.asc', '--in', path.join(dir, 'b.pgp'), '--out', path.join(dir, 'b.csv')],
      { cwd: dir, env: { CLEANROOMS_PGP_PASSPHRASE: 'pw' } }
    )
    expect(dec.code).toBe(0)
  })

  it('exits 1 on tampered input and leaves no output file', async () => {
    await run(
      'encrypt',
      '--recipient',
      'pub.asc',
      '--in',
      path.join(dir, 'plain.csv'),
      '--out',
      path.join(dir, 't.pgp')
    )
    const bytes = readFileSync(path.join(dir, 't.pgp'))
    bytes[bytes.length - 30]! ^= 1
    writeFileSync(path.join(dir, 't.pgp'), bytes)
    const dec = await run(
      'decrypt',
      '--key',
      'priv.asc',
      '--passphrase-file',
      'pass.txt',
      '--in',
      't.pgp',
      '--out',
      't.csv'
    )
    expect(dec.code).toBe(1)
    expect(dec.stderr.trim().split('\n')).toHaveLength(1)
    expect(readdirSync(dir).filter(f => f.startsWith('t.csv'))).toEqual([])
  })

  it.each([
    [['encrypt', '--in', 'plain.csv', '--out', 'x.pgp'], /--recipient is required/],
    [
      ['encrypt', '--recipient', 'pub.asc', '--in', 'plain.csv', '--out', 'x.pgp', '--bogus'],
      /Unknown option '--bogus'/
    ],
    [['decrypt', '--in', 'a.pgp', '--out', 'x'], /--key is required/],
    [['encrypt', '--recipient', 'priv.asc', '--in', 'plain.csv', '--out', 'x.pgp'], /is a PRIVATE key/]
  ])('exits 2 with one line for usage errors: %j', async (args, message) => {
    const r = await run(...args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(existsSync(path.join(dir, 'x.pgp'))).toBe(false)
  })

  it('refuses to overwrite unless --force', async () => {
    writeFileSync(path.join(dir, 'exists.pgp'), 'x')
    const r = await run('encrypt', '--recipient', 'pub.asc', '--in', 'plain.csv', '--out', 'exists.pgp')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/exists: remove it or pass --force/)
  })

  it('prints help with exit 0, and usage with exit 2 without a command', async () => {
    const help = await run('encrypt', '--help')
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/^Usage: cleanrooms-connect encrypt/)
    const none = await run()
    expect(none.code).toBe(2)
    expect(none.stdout).toMatch(/Commands:/)
    const unknown = await run('frobnicate')
    expect(unknown.code).toBe(2)
  })
})

describe('encrypt and decrypt through main: more', () => {
  const files = (prefix: string) => readdirSync(dir).filter(f => f.startsWith(prefix))

  it('a missing --recipient: exit 2, one stderr line, nothing on stdout, no output', async () => {
    const r = await run('encrypt', '--in', 'plain.csv', '--out', 'norecip.pgp')
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: encrypt: --recipient is required (a public key file; see --help)\n'
    })
    expect(files('norecip.pgp')).toEqual([])
  })

  it('--out exists: exit 2 and the file untouched; with --force it is replaced by the message', async () => {
    writeFileSync(path.join(dir, 'force.pgp'), 'old')
    const args = ['encrypt', '--recipient', 'pub.asc', '--in', 'plain.csv', '--out', 'force.pgp']
    const refused = await run(...args)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe('error: encrypt: force.pgp exists: remove it or pass --force\n')
    expect(readFileSync(path.join(dir, 'force.pgp'), 'utf8')).toBe('old')
    expect((await run(...args, '--force')).code).toBe(0)
    expect(files('force.pgp')).toEqual(['force.pgp']) // no temp file left
    const dec = await run(
      'decrypt',
      '--key',
      'priv.asc',
      '--passphrase-file',
      'pass.txt',
      '--in',
      'force.pgp',
      '--out',
      'force.csv'
    )
    expect(dec.code).toBe(0)
    expect(readFileSync(path.join(dir, 'force.csv')).equals(plain)).toBe(true)
  })

  it('--help of both commands: exit 0, usage on stdout, nothing on stderr', async () => {
    for (const command of ['encrypt', 'decrypt']) {
      const r = await run(command, '--help')
      expect(r.code).toBe(0)
      expect(r.stdout).toContain('Usage:')
      expect(r.stdout).toContain(`cleanrooms-connect ${command} `)
      expect(r.stderr).toBe('')
    }
  })

  it.each([
    ['encrypt', 'recipeint', ['--recipient', 'pub.asc', '--in', 'plain.csv', '--out', 'u.pgp']],
    ['decrypt', 'pasphrase-file', ['--key', 'priv.asc', '--in', 'a.pgp', '--out', 'u.csv']]
  ])('%s: an unknown flag (--%s) is a usage error (exit 2)', async (command, flag, args) => {
    const r = await run(command, ...args, `--${flag}`, 'x')
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    // In jest, parseArgs' error is from another realm and shows its name and code first: not matched here.
    expect(r.stderr).toMatch(new RegExp(`^error: ${command}: .*Unknown option '--${flag}'.*--help`))
    expect(r.stderr.split('\n')).toEqual([expect.any(String), ''])
    expect(files('u.')).toEqual([])
  })

  it('decrypt: the passphrase from CLEANROOMS_PGP_PASSPHRASE, right (exact bytes) and wrong (exit 1)', async () => {
    await run('encrypt', '--recipient', 'pub.asc', '--in', 'plain.csv', '--out', 'env.pgp')
    const args = ['decrypt', '--key', 'priv.asc', '--in', 'env.pgp', '--out', 'env.csv']
    const wrong = await cli(args, { cwd: dir, env: { CLEANROOMS_PGP_PASSPHRASE: 'not pw' } })
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/^error: key file priv\.asc: wrong passphrase for key [0-9A-F]{40} .*\n$/)
    expect(files('env.csv')).toEqual([])
    const none = await cli(args, { cwd: dir })
    expect(none.code).toBe(2)
    expect(none.stderr).toMatch(/is protected by a passphrase: pass --passphrase-file/)
    const right = await cli(args, { cwd: dir, env: { CLEANROOMS_PGP_PASSPHRASE: 'pw' } })
    expect(right.code).toBe(0)
    expect(readFileSync(path.join(dir, 'env.csv')).equals(plain)).toBe(true)
    // --passphrase-file wins over the environment.
    const both = await cli([...args.slice(0, -1), 'env2.csv', '--passphrase-file', 'pass.txt'], {
      cwd: dir,
      env: { CLEANROOMS_PGP_PASSPHRASE: 'not pw' }
    })
    expect(both.code).toBe(0)
  })

  it('decrypt: a tampered compressed message exits 1 about integrity, and --force keeps the old output', async () => {
    await run('encrypt', '--recipient', 'pub.asc', '--in', 'plain.csv', '--out', 'z.pgp', '--compress')
    const bytes = readFileSync(path.join(dir, 'z.pgp'))
    bytes[Math.floor(bytes.length / 2)]! ^= 0x40
    writeFileSync(path.join(dir, 'z.pgp'), bytes)
    writeFileSync(path.join(dir, 'z.csv'), 'previous')
    const r = await run(
      'decrypt',
      '--key',
      'priv.asc',
      '--passphrase-file',
      'pass.txt',
      '--in',
      'z.pgp',
      '--out',
      'z.csv',
      '--force'
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/^error: ciphertext .*integrity check \(tampered or truncated\).*\n$/)
    expect(r.stderr.split('\n')).toHaveLength(2)
    expect(files('z.csv')).toEqual(['z.csv'])
    expect(readFileSync(path.join(dir, 'z.csv'), 'utf8')).toBe('previous')
  })
})

;(hasGpg ? describe : describe.skip)('encrypt and decrypt through main, against gpg', () => {
  if (!hasGpg) console.warn('gpg not installed: CLI interop tests skipped (apt-get install -y gnupg)')
  let gpg: GpgHome
  let fingerprint: string
  beforeAll(() => {
    gpg = new GpgHome()
    const key = gpg.generate('cli-gpg@example.com', 'rsa3072')
    fingerprint = key.fingerprint
    writeFileSync(path.join(dir, 'gpg-pub.asc'), key.publicArmored)
    writeFileSync(path.join(dir, 'gpg-sec.asc'), key.secretArmored)
  }, 60_000)
  afterAll(() => gpg?.dispose())

  it('encrypt --recipient pub.asc: gpg --decrypt returns the exact bytes', async () => {
    const r = await run('encrypt', '--recipient', 'gpg-pub.asc', '--in', 'plain.csv', '--out', 'to-gpg.pgp')
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(fingerprint)
    expect(gpg.run(['--decrypt', path.join(dir, 'to-gpg.pgp')]).equals(plain)).toBe(true)
  }, 60_000)

  it('decrypt --key: what gpg encrypted armored and compressed, exact bytes', async () => {
    gpg.run([
      '--trust-model',
      'always',
      '-r',
      fingerprint,
      '--armor',
      '--output',
      path.join(dir, 'from-gpg.asc'),
      '--encrypt',
      path.join(dir, 'plain.csv')
    ])
    const r = await run('decrypt', '--key', 'gpg-sec.asc', '--in', 'from-gpg.asc', '--out', 'from-gpg.csv')
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/^decrypted from-gpg\.asc → from-gpg\.csv \(.*\)\n$/)
    expect(readFileSync(path.join(dir, 'from-gpg.csv')).equals(plain)).toBe(true)
  }, 60_000)
})
