/**
 * Issue 8, item 1: gpg-made compressed messages (zlib, zip, bzip2; ~1 MiB each) with one byte flipped, at 20 offsets
 * each, through the CLI's decrypt: every one fails with exit 1 and one line naming the damage, and leaves neither
 * the output nor a `.partial` temp file. Early damage makes openpgp.js stall (its parser stops reading once the
 * compressed packet fails and waits for the rest of the message): the stall watchdog turns that into the failure,
 * shortened here with CLEANROOMS_DECRYPT_STALL_MS so the suite stays quick.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { cli } from '../helpers/cli.js'
import { cliProcess } from '../helpers/cli-process.js'
import { GpgHome, hasGpg } from '../helpers/gpg.js'

const ALGOS = ['zlib', 'zip', 'bzip2'] as const
const env = { CLEANROOMS_DECRYPT_STALL_MS: '500' }
const DAMAGE =
  /^error: (ciphertext failed the OpenPGP integrity check|ciphertext is damaged|decryption made no progress .* the message is damaged)/

/** CSV that compresses only about 2:1, so a ~2.3 MB plaintext makes a message of about 1 MiB. */
function plaintext(bytes: number): Buffer {
  const lines: string[] = []
  let size = 0
  let x = 12345
  while (size < bytes) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    const y = Math.imul(x, 2654435761) >>> 0
    const line = `C${x.toString(36)}${y.toString(36)},u${(x ^ y).toString(36)}@example.com,${y % 9973}\n`
    lines.push(line)
    size += line.length
  }
  return Buffer.from(lines.join(''))
}

/** 10 offsets early in the encrypted data (the compressed packet's header and first block) and 10 spread over it. */
function offsets(length: number): number[] {
  const early = Array.from({ length: 10 }, (_, i) => 120 + i * 37)
  const spread = Array.from({ length: 10 }, (_, i) => Math.floor((length * (i + 1)) / 11))
  return [...early, ...spread]
}

let dir: string
const messages = new Map<string, Buffer>()

;(hasGpg ? describe : describe.skip)('decrypt: tampered compressed messages made by gpg', () => {
  if (!hasGpg) console.warn('gpg not installed: tamper corpus skipped (apt-get install -y gnupg)')
  let gpg: GpgHome
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tamper-'))
    gpg = new GpgHome()
    const key = gpg.generate('tamper@example.com', 'ed25519')
    writeFileSync(path.join(dir, 'sec.asc'), key.secretArmored)
    writeFileSync(path.join(dir, 'plain.csv'), plaintext(2_300_000))
    for (const algo of ALGOS) {
      const file = path.join(dir, `${algo}.pgp`)
      gpg.run([
        '--trust-model',
        'always',
        '-r',
        key.fingerprint,
        '--compress-algo',
        algo,
        '--output',
        file,
        '--encrypt',
        path.join(dir, 'plain.csv')
      ])
      messages.set(algo, readFileSync(file))
    }
  }, 120_000)
  afterAll(() => {
    gpg?.dispose()
    rmSync(dir, { recursive: true, force: true })
  })

  /** Writes the message with one byte flipped; returns its file name and the name its output would have. */
  function damaged(algo: string, at: number): { input: string; output: string } {
    const bytes = Buffer.from(messages.get(algo)!)
    bytes[at] = bytes[at]! ^ 0x55
    const input = `${algo}-${at}.pgp`
    writeFileSync(path.join(dir, input), bytes)
    return { input, output: `${algo}-${at}.csv` }
  }

  const leftovers = (name: string) => readdirSync(dir).filter(f => f.startsWith(name))

  it('the messages are 1 to 5 MiB and decrypt intact', async () => {
    for (const algo of ALGOS) {
      const size = messages.get(algo)!.length
      expect(size).toBeGreaterThan(1 << 19)
      expect(size).toBeLessThan(5 << 20)
      const r = await cli(['decrypt', '--key', 'sec.asc', '--in', `${algo}.pgp`, '--out', `${algo}.csv`], {
        cwd: dir,
        env
      })
      expect(r.code).toBe(0)
      expect(
        readFileSync(path.join(dir, `${algo}.csv`)).equals(readFileSync(path.join(dir, 'plain.csv')))
      ).toBe(true)
    }
  }, 60_000)

  for (const algo of ALGOS) {
    it(`${algo}: a byte flipped at each of 20 offsets fails, one line naming damage, nothing left behind`, async () => {
      const message = messages.get(algo)!
      expect(message).toBeDefined()
      for (const at of offsets(message.length)) {
        const { input, output } = damaged(algo, at)
        const r = await cli(['decrypt', '--key', 'sec.asc', '--in', input, '--out', output], {
          cwd: dir,
          env
        })
        const where = `${algo} flipped at ${at}`
        expect({ where, code: r.code }).toEqual({ where, code: 1 })
        expect({ where, stderr: r.stderr }).toEqual({ where, stderr: expect.stringMatching(DAMAGE) })
        expect(r.stderr.trim().split('\n')).toHaveLength(1)
        expect(r.stdout).toBe('')
        expect({ where, left: leftovers(output) }).toEqual({ where, left: [] })
      }
    }, 120_000)
  }

  it('through the real CLI entry (a child node): exit 1, one line, no output and no .partial', async () => {
    for (const algo of ALGOS) {
      const { input, output } = damaged(algo, 120)
      const r = await cliProcess(['decrypt', '--key', 'sec.asc', '--in', input, '--out', output], {
        cwd: dir,
        env
      })
      expect({ algo, code: r.code, signal: r.signal }).toEqual({ algo, code: 1, signal: null })
      expect(r.stderr).toMatch(DAMAGE)
      expect(r.stderr.trim().split('\n')).toHaveLength(1)
      expect(existsSync(path.join(dir, output))).toBe(false)
      expect(leftovers(output)).toEqual([])
    }
  }, 120_000)
})
