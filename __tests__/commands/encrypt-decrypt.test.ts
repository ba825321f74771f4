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
