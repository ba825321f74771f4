/**
 * No plaintext left behind (issue 8 item 4): the real CLI in a child process, fed through a FIFO so the test decides
 * when it is mid-way, then signalled or made to run out of heap. The parent removes its temp file on every exit path;
 * outputs that can hold plaintext are 0600.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  createWriteStream,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as openpgp from 'openpgp'
import { cliProcess, type CliProcessRun } from '../helpers/cli-process.js'
import { testKeyPair } from '../helpers/keys.js'

let dir: string
let n = 0
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'partial-outputs-'))
  const { privateArmored: privateKey, publicArmored: publicKey } = await testKeyPair('partial')
  writeFileSync(path.join(dir, 'private.asc'), privateKey)
  writeFileSync(path.join(dir, 'public.asc'), publicKey)
  writeFileSync(
    path.join(dir, 'hash.json'),
    JSON.stringify([
      {
        Action: {
          Operation: 'CRYPTOGRAPHIC_HASH',
          Parameters: { sourceColumns: '["email"]', algorithm: 'SHA256' }
        }
      }
    ])
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A fresh directory per case, so "no .partial file" means this case's. */
function caseDir(): string {
  const d = path.join(dir, `case-${++n}`)
  execFileSync('mkdir', [d])
  return d
}

function fifo(file: string): string {
  execFileSync('mkfifo', ['-m', '600', file])
  return file
}

const partials = (d: string) => readdirSync(d).filter(f => f.includes('.partial'))
const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

/** Waits until a non-empty .partial file exists in `d`; returns its mode. */
async function partialAppears(d: string): Promise<number> {
  for (let i = 0; i < 600; i++) {
    const [name] = partials(d)
    if (name) {
      const s = statSync(path.join(d, name), { throwIfNoEntry: false })
      if (s && s.size > 0) return s.mode & 0o777
    }
    await sleep(50)
  }
  throw new Error(`no .partial file appeared in ${d}`)
}

/** Writes chunks into the FIFO until `stop()` is called or the reader goes away. */
function feed(file: string, head: Buffer, rest: () => Buffer | undefined) {
  const out = createWriteStream(file)
  let stopped = false
  out.on('error', () => void (stopped = true)) // EPIPE once the CLI is gone
  const pump = () => {
    if (stopped) return
    const chunk = rest()
    if (!chunk) return void out.end()
    if (out.write(chunk)) setImmediate(pump)
    else out.once('drain', pump)
  }
  out.write(head, () => setImmediate(pump))
  return () => {
    stopped = true
    out.destroy()
  }
}

/** Runs the CLI; once `d` holds a non-empty temp file, `act(child)`; returns the run and the temp file's mode. */
async function runUntilPartial(
  args: string[],
  d: string,
  act: (child: ChildProcess) => void,
  env: NodeJS.ProcessEnv = {}
): Promise<{ run: CliProcessRun; partialMode: number }> {
  let child: ChildProcess | undefined
  const running = cliProcess(args, {
    env,
    timeoutMs: 60_000,
    onSpawn: c => void (child = c)
  })
  const partialMode = await partialAppears(d)
  act(child!)
  return { run: await running, partialMode }
}

const csvRows = (from: number, count: number) =>
  Buffer.from(
    Array.from(
      { length: count },
      (_, i) => `C${from + i},person${from + i}@example.com,+1555${from + i}\n`
    ).join('')
  )

describe('recipe run', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    '%s mid-way: non-zero exit, one line, no .partial file and no output',
    async signal => {
      const d = caseDir()
      const input = fifo(path.join(d, 'in.csv'))
      let sent = 0
      // 8 MiB of rows first (many batches reach the temp file), then more until the CLI is gone.
      const stop = feed(
        input,
        Buffer.concat([Buffer.from('customer_id,email,phone\n'), csvRows(0, 200_000)]),
        () => (sent++ < 10_000 ? csvRows(200_000 + sent * 1000, 1000) : undefined)
      )
      const out = path.join(d, 'out.csv')
      const { run, partialMode } = await runUntilPartial(
        ['recipe', 'run', '--recipe', path.join(dir, 'hash.json'), '--in', input, '--out', out],
        d,
        child => child.kill(signal)
      )
      stop()
      expect(partialMode).toBe(0o600)
      expect(run.code).toBe(signal === 'SIGTERM' ? 143 : 130)
      expect(run.stderr).toBe(
        `error: stopped by ${signal} before the command finished: its partial output was removed\n`
      )
      expect(partials(d)).toEqual([])
      expect(readdirSync(d)).toEqual(['in.csv'])
    }
  )

  it('a worker that runs out of its heap mid-way: exit 1, one line, no .partial file', async () => {
    const d = caseDir()
    const input = fifo(path.join(d, 'in.csv'))
    // Rows that reach the temp file, then one endless field that fills the worker's 64 MiB heap.
    const field = Buffer.alloc(1 << 20, 'x')
    let sent = 0
    const stop = feed(
      input,
      Buffer.concat([Buffer.from('customer_id,email,phone\n'), csvRows(0, 50_000)]),
      () => (sent++ < 2048 ? field : undefined)
    )
    const out = path.join(d, 'out.csv')
    const running = cliProcess(
      ['recipe', 'run', '--recipe', path.join(dir, 'hash.json'), '--in', input, '--out', out],
      { env: { CLEANROOMS_ENGINE_HEAP_MB: '64' }, timeoutMs: 120_000 }
    )
    const sawPartial = partialAppears(d).then(
      () => true,
      () => false
    )
    const run = await running
    stop()
    expect(await sawPartial).toBe(true)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/^error: recipe run: the recipe engine ran out of its 64 MiB heap.*\n$/)
    expect(readdirSync(d)).toEqual(['in.csv'])
  })

  it('a finished run writes its output with mode 0600', async () => {
    const d = caseDir()
    const input = path.join(d, 'in.csv')
    writeFileSync(input, Buffer.concat([Buffer.from('customer_id,email,phone\n'), csvRows(0, 10)]))
    const out = path.join(d, 'out.parquet')
    const run = await cliProcess([
      'recipe',
      'run',
      '--recipe',
      path.join(dir, 'hash.json'),
      '--in',
      input,
      '--out',
      out
    ])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(statSync(out).mode & 0o777).toBe(0o600)
  })
})

describe('decrypt', () => {
  async function ciphertext(bytes: number): Promise<Buffer> {
    const message = await openpgp.createMessage({ binary: randomBytes(bytes) })
    const encryptionKeys = await openpgp.readKey({
      armoredKey: readFileSync(path.join(dir, 'public.asc'), 'utf8')
    })
    return Buffer.from(
      (await openpgp.encrypt({
        message,
        encryptionKeys,
        format: 'binary',
        config: { preferredCompressionAlgorithm: openpgp.enums.compression.uncompressed }
      })) as Uint8Array
    )
  }

  it('SIGTERM mid-way: non-zero exit, no unauthenticated .partial plaintext', async () => {
    const d = caseDir()
    const whole = await ciphertext(16 << 20)
    const input = fifo(path.join(d, 'in.pgp'))
    // The first 8 MiB now, the rest never: the CLI is mid-message when it is signalled.
    const stop = feed(input, whole.subarray(0, 8 << 20), () => undefined)
    const out = path.join(d, 'out.bin')
    const { run, partialMode } = await runUntilPartial(
      ['decrypt', '--key', path.join(dir, 'private.asc'), '--in', input, '--out', out],
      d,
      child => child.kill('SIGTERM')
    )
    stop()
    expect(partialMode).toBe(0o600)
    expect(run.code).toBe(143)
    expect(run.stderr).toBe(
      'error: stopped by SIGTERM before the command finished: its partial output was removed\n'
    )
    expect(readdirSync(d)).toEqual(['in.pgp'])
  })

  it('a finished decryption is 0600', async () => {
    const d = caseDir()
    const input = path.join(d, 'in.pgp')
    writeFileSync(input, await ciphertext(1 << 20))
    const out = path.join(d, 'out.bin')
    const run = await cliProcess([
      'decrypt',
      '--key',
      path.join(dir, 'private.asc'),
      '--in',
      input,
      '--out',
      out
    ])
    expect(run.code).toBe(0)
    expect(statSync(out).mode & 0o777).toBe(0o600)
  })
})
