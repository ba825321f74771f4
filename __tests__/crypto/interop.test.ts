/**
 * Interop with the peers users actually have: our encrypt → gpg 2.2 / rnp 0.16 decrypt, and their encrypt (with and
 * without compression) → our decrypt, byte-exact, for RSA and Curve25519 keys. Tampered and truncated ciphertext
 * must fail and leave no output file.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { decryptFile } from '../../src/crypto/decrypt.js'
import { encryptFile } from '../../src/crypto/encrypt.js'
import { loadPrivateKeys, loadRecipientKeys } from '../../src/crypto/keys.js'
import { UserError } from '../../src/errors.js'
import { GpgHome, hasGpg, hasRnp, RnpHome, type GpgKey } from '../helpers/gpg.js'

const describeGpg = hasGpg ? describe : describe.skip
if (!hasGpg) console.warn('gpg not installed: interop tests skipped (apt-get install -y gnupg)')
const itRnp = hasRnp ? it : it.skip
if (!hasRnp) console.warn('rnp not installed: rnp interop tests skipped (apt-get install -y rnp)')

let dir: string
let gpg: GpgHome
let rnp: RnpHome
const keys: Record<'rsa' | 'curve25519', GpgKey> = {} as never
let plaintext: Buffer
let input: string

function sample(): Buffer {
  const lines: string[] = ['customer_id,email,phone']
  for (let i = 0; i < 40_000; i++)
    lines.push(`C${i},user${i}@example.com,+1555010${String(i).padStart(4, '0')}`)
  return Buffer.concat([Buffer.from(lines.join('\n')), randomBytes(1_500_000)]) // text and incompressible bytes
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
  }, 120_000)

  afterAll(() => {
    gpg?.dispose()
    rnp?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  const ours = async (kind: 'rsa' | 'curve25519', compress = false) => {
    const recipients = await loadRecipientKeys([{ kind: 'armored', armored: keys[kind].publicArmored }], {
      cwd: dir
    })
    const out = path.join(dir, `ours-${kind}-${compress}.pgp`)
    rmSync(out, { force: true })
    await encryptFile(
      input,
      out,
      recipients.map(r => r.key),
      { compress }
    )
    return out
  }

  const privateKeys = (kind: 'rsa' | 'curve25519') => loadPrivateKeys(keys[kind].secretArmored)

  describe.each(['rsa', 'curve25519'] as const)('%s key', kind => {
    it('our encrypt → gpg --decrypt, byte-exact, as SEIPD version 1', async () => {
      const file = await ours(kind)
      expect(gpg.run(['--decrypt', file]).equals(plaintext)).toBe(true)
      const packets = gpg.run(['--list-packets', file]).toString()
      expect(packets).toMatch(/encrypted data packet:[\s\S]*mdc_method: 2/) // SEIPDv1 with MDC, not AEAD
      expect(packets).not.toMatch(/aead/i)
    }, 60_000)

    it('our encrypt --compress → gpg --decrypt, byte-exact', async () => {
      const file = await ours(kind, true)
      expect(gpg.run(['--decrypt', file]).equals(plaintext)).toBe(true)
    }, 60_000)

    itRnp(
      'our encrypt → rnp --decrypt, byte-exact',
      async () => {
        const file = await ours(kind)
        expect(rnp.run(['--decrypt', file, '--output', '-']).equals(plaintext)).toBe(true)
      },
      60_000
    )

    it.each([
      ['uncompressed', ['-z', '0']],
      ['default compression', []],
      ['zlib', ['--compress-algo', 'zlib']],
      ['zip, armored', ['--compress-algo', 'zip', '--armor']],
      // openpgp 6 decompresses bzip2 too (as a stream, via unbzip2-stream): no error to explain.
      ['bzip2', ['--compress-algo', 'bzip2']]
    ])(
      'gpg encrypt (%s) → our decrypt, byte-exact',
      async (name, flags) => {
        const file = path.join(dir, `gpg-${kind}-${name.replace(/\W+/g, '-')}.pgp`)
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
        const out = `${file}.out`
        await decryptFile(file, out, await privateKeys(kind))
        expect(readFileSync(out).equals(plaintext)).toBe(true)
      },
      60_000
    )

    itRnp.each([
      ['uncompressed', ['-z', '0']],
      ['compressed', ['-z', '6']],
      ['zlib', ['--zlib']],
      ['bzip2', ['--bzip2']],
      ['armored', ['--armor']],
      // rnp 0.16 --aead writes the draft AEAD packet (tag 20, EAX); openpgp 6 reads it.
      ['aead', ['--aead']]
    ])(
      'rnp encrypt (%s) → our decrypt, byte-exact',
      async (name, flags) => {
        const file = path.join(dir, `rnp-${kind}-${name}.pgp`)
        rnp.run(['--encrypt', '-r', keys[kind].fingerprint, ...flags, '--output', file, input])
        const out = `${file}.out`
        await decryptFile(file, out, await privateKeys(kind))
        expect(readFileSync(out).equals(plaintext)).toBe(true)
      },
      60_000
    )
  })

  it('our encrypt --compress writes a zlib packet gpg lists, and rnp reads it byte-exact', async () => {
    const file = await ours('curve25519', true)
    expect(gpg.run(['--list-packets', file]).toString()).toMatch(/compressed packet: algo=2/)
    if (hasRnp) expect(rnp.run(['--decrypt', file, '--output', '-']).equals(plaintext)).toBe(true)
  }, 60_000)

  it('gpg sign+encrypt → our decrypt, byte-exact (the signature is not checked)', async () => {
    const file = path.join(dir, 'gpg-signed.pgp')
    const fpr = keys.curve25519.fingerprint
    gpg.run(['--trust-model', 'always', '-r', fpr, '-u', fpr, '--output', file, '--sign', '--encrypt', input])
    const out = `${file}.out`
    await decryptFile(file, out, await privateKeys('curve25519'))
    expect(readFileSync(out).equals(plaintext)).toBe(true)
  }, 60_000)

  it('our --aead (SEIPDv2) is unreadable by gpg 2.2 and rnp 0.16: why SEIPDv1 is the default', async () => {
    const recipients = await loadRecipientKeys(
      [{ kind: 'armored', armored: keys.curve25519.publicArmored }],
      { cwd: dir }
    )
    const file = path.join(dir, 'ours-aead.pgp')
    rmSync(file, { force: true })
    const small = path.join(dir, 'small.txt')
    writeFileSync(small, 'id,email\n1,a@example.com\n')
    await encryptFile(
      small,
      file,
      recipients.map(r => r.key),
      { aead: true }
    )
    expect(() => gpg.run(['--decrypt', file])).toThrow()
    if (hasRnp) expect(() => rnp.run(['--decrypt', file, '--output', '-'])).toThrow()
    const out = `${file}.out`
    await decryptFile(file, out, await privateKeys('curve25519'))
    expect(readFileSync(out, 'utf8')).toBe('id,email\n1,a@example.com\n')
  }, 60_000)

  const leftovers = (file: string) =>
    readdirSync(path.dirname(file)).filter(f => f.startsWith(path.basename(file)))

  it('fails on a flipped byte and leaves no output and no temp file', async () => {
    const file = await ours('curve25519')
    const bytes = readFileSync(file)
    bytes[Math.floor(bytes.length / 2)]! ^= 0x40
    const tampered = path.join(dir, 'tampered.pgp')
    writeFileSync(tampered, bytes)
    const out = path.join(dir, 'tampered.out')
    const err = await decryptFile(tampered, out, await privateKeys('curve25519')).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(UserError)
    expect((err as Error).message).toMatch(/integrity check|not a complete OpenPGP message/)
    expect(leftovers(out)).toEqual([])
  }, 60_000)

  it('fails on truncated ciphertext and leaves nothing', async () => {
    const file = await ours('rsa')
    const bytes = readFileSync(file)
    const truncated = path.join(dir, 'truncated.pgp')
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 1000))
    const out = path.join(dir, 'truncated.out')
    await expect(decryptFile(truncated, out, await privateKeys('rsa'))).rejects.toBeInstanceOf(UserError)
    expect(leftovers(out)).toEqual([])
  }, 60_000)

  it('names the key IDs when no given key matches, and writes nothing', async () => {
    const file = await ours('rsa')
    const out = path.join(dir, 'wrongkey.out')
    await expect(decryptFile(file, out, await privateKeys('curve25519'))).rejects.toThrow(
      /no given private key can decrypt this message \(it is encrypted to key ID [0-9A-F]{16}/
    )
    expect(leftovers(out)).toEqual([])
  }, 60_000)

  it('gpg reads the default output of the CLI encrypt command too', () => {
    const pub = path.join(dir, 'pub.asc')
    writeFileSync(pub, keys.rsa.publicArmored)
    const out = path.join(dir, 'cli.pgp')
    rmSync(out, { force: true })
    execFileSync(
      process.execPath,
      ['dist/cli/index.js', 'encrypt', '--recipient', pub, '--in', input, '--out', out],
      {
        stdio: 'pipe',
        env: { ...process.env, NODE_NO_WARNINGS: '1', NODE_OPTIONS: '' }
      }
    )
    expect(gpg.run(['--decrypt', out]).equals(plaintext)).toBe(true)
  }, 60_000)
})
