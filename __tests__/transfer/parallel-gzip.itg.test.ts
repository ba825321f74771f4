import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { PassThrough, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { buffer } from 'node:stream/consumers'
import { gunzipSync, gzipSync } from 'node:zlib'
import { ParallelGzip } from '../../src/transfer/parallel-gzip.js'

async function compress(input: Buffer, chunk: number, o: { blockSize?: number; parallelism?: number } = {}) {
  const pieces: Buffer[] = []
  for (let i = 0; i < input.length; i += chunk) pieces.push(input.subarray(i, i + chunk))
  return buffer(Readable.from(pieces).pipe(new ParallelGzip({ level: 6, ...o })))
}

function text(bytes: number): Buffer {
  const line =
    'C000001,noah.smith42@example.com,+1 555 010 1234,Noah,Smith,"1 Main St",Springfield,62701,US\n'
  return Buffer.from(line.repeat(Math.ceil(bytes / line.length)).slice(0, bytes))
}

describe('ParallelGzip', () => {
  it.each([
    ['empty', 0],
    ['one byte', 1],
    ['exactly one block', 64 * 1024],
    ['blocks and a tail', 64 * 1024 * 5 + 123],
    ['many blocks', 64 * 1024 * 40 + 7]
  ])('round-trips %s through gunzip in order', async (_name, size) => {
    const input = Buffer.concat([text(size / 2), randomBytes(Math.ceil(size / 2))]).subarray(0, size)
    const out = await compress(input, 10_000, { blockSize: 64 * 1024, parallelism: 3 })
    expect(gunzipSync(out).equals(input)).toBe(true)
  })

  it('writes one gzip member per block, which the gzip tool reads as one stream', async () => {
    const input = text(64 * 1024 * 3 + 10)
    const out = await compress(input, 4096, { blockSize: 64 * 1024 })
    let members = 0
    for (let i = 0; i < out.length - 2; i++)
      if (out[i] === 0x1f && out[i + 1] === 0x8b && out[i + 2] === 8) members++
    expect(members).toBeGreaterThanOrEqual(4)
    expect(execFileSync('gzip', ['-dc'], { input: out }).equals(input)).toBe(true)
  })

  it('stays within 1% of single-stream gzip at the same level with 1 MiB blocks', async () => {
    let seed = 7
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n
    const lines: string[] = []
    for (let i = 0; i < 50_000; i++)
      lines.push(`C${i},user${rand(1e6)}@example.com,+1 555 ${rand(1000)} ${rand(10000)},${rand(99999)},US\n`)
    const input = Buffer.from(lines.join(''))
    const ours = await compress(input, 65536)
    const single = gzipSync(input, { level: 6 })
    expect(ours.length / single.length).toBeLessThan(1.01)
  })

  it('passes a source error on', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk gone'))
      }
    })
    await expect(
      pipeline(failing, new ParallelGzip({ level: 1 }), new PassThrough().resume())
    ).rejects.toThrow('disk gone')
  })
})
