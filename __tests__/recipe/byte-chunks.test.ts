import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { CsvParser } from '../../src/formats/csv.js'
import { byteChunks, type ByteChunk } from '../../src/recipe/byte-chunks.js'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'byte-chunks-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** Records with the line each starts at, as CsvParser reads `text` starting at `line`. */
function records(text: string, line = 1): { record: (string | null)[]; line: number }[] {
  const parser = new CsvParser(',', line)
  const out: { record: (string | null)[]; line: number }[] = []
  const take = (rs: (string | null)[][]) =>
    rs.forEach((record, i) => out.push({ record, line: parser.recordLines[i]! }))
  take(parser.push(text))
  take(parser.end())
  return out
}

async function chunksOf(name: string, content: string | Buffer, chunkBytes: number): Promise<ByteChunk[]> {
  const file = path.join(dir, name)
  await writeFile(file, content)
  const chunks: ByteChunk[] = []
  // Copies: the coordinator transfers each chunk's buffer; here the views stay valid either way.
  for await (const c of byteChunks(file, chunkBytes)) chunks.push({ ...c, bytes: Buffer.from(c.bytes) })
  return chunks
}

// Multi-byte characters (2, 3 and 4 bytes), quoted line breaks, doubled quotes, CRLF and a lone CR, blank lines
// before the header: every cut position falls on one of them for some chunk size below.
const body =
  'Zoë,"Müller\nstraße",1\r\n' +
  '€uro,"a ""q"" 😀",2\n' +
  'x,"\r\n",3\r' +
  'Chloé,ab"c,4\n' +
  'y,"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀 a record longer than the chunk",5\n' +
  'last,é,6'
const file = '\uFEFF\n\nname,note,n\r\n' + body

describe('reading a CSV file as chunks of whole records in bytes', () => {
  it('cuts only between records, never inside a character, and gives each chunk the line it starts at', async () => {
    const expected = records(body, 4)
    for (let size = 8; size <= 80; size++) {
      const chunks = await chunksOf('in.csv', file, size)
      // Every chunk decodes strictly on its own (no character split across chunks) and parses to whole records.
      const decoder = new TextDecoder('utf-8', { fatal: true })
      const got = chunks.flatMap(c => records(decoder.decode(c.bytes), c.line))
      expect(got).toEqual(expected)
      expect(Buffer.concat(chunks.map(c => c.bytes)).toString()).toBe(body)
      expect(chunks.map(c => c.last)).toEqual(chunks.map((_, i) => i === chunks.length - 1))
      const feedsBefore = (c: ByteChunk) =>
        file.slice(0, file.length - body.length).split('\n').length +
        Buffer.concat(chunks.slice(0, chunks.indexOf(c)).map(p => p.bytes))
          .toString()
          .split('\n').length -
        2
      expect(chunks.map(c => c.utf8Line)).toEqual(chunks.map(c => 1 + feedsBefore(c)))
    }
  })

  it('skips the BOM, blank lines and the header; a header alone gives no chunks', async () => {
    expect(await chunksOf('header.csv', '\uFEFFa,b', 4)).toEqual([])
    expect(await chunksOf('header-lf.csv', 'a,b\n', 4)).toEqual([])
    const [only] = await chunksOf('one.csv', '\uFEFF\r\na,b\n1,2\n', 1 << 20)
    expect(only).toEqual({ bytes: Buffer.from('1,2\n'), line: 3, utf8Line: 3, last: true })
    // Records that end in a lone \r: CsvParser counts each as a line, the UTF-8 decoder (line feeds) does not.
    const cr = await chunksOf('cr.csv', 'a,b\r1,"x\r"\r3,4\r', 4)
    expect(cr.map(c => [c.bytes.toString(), c.line, c.utf8Line])).toEqual([
      ['1,"x\r"\r', 2, 1],
      ['3,4\r', 3, 1]
    ])
  })

  it('passes bytes that are not UTF-8 through to the worker, which names their line', async () => {
    const bad = Buffer.concat([Buffer.from('a,b\n1,2\n3,'), Buffer.from([0xe9]), Buffer.from('\n4,5\n')])
    const chunks = await chunksOf('latin1.csv', bad, 6)
    expect(Buffer.concat(chunks.map(c => c.bytes))).toEqual(bad.subarray(4))
    expect(chunks.find(c => c.bytes.includes(0xe9))).toMatchObject({ line: 3, utf8Line: 3 })
  })

  it('reads into the buffers given back instead of new ones', async () => {
    const name = path.join(dir, 'many.csv')
    const rows = Array.from({ length: 2000 }, (_, i) => `${i},"Zoë\n${i}"\n`)
    await writeFile(name, 'a,b\n' + rows.join(''))
    const spares: ArrayBuffer[] = []
    const seen = new Set<ArrayBuffer>()
    let text = ''
    for await (const c of byteChunks(name, 1024, spares)) {
      text += Buffer.from(c.bytes).toString()
      seen.add(c.bytes.buffer as ArrayBuffer)
      spares.push(c.bytes.buffer as ArrayBuffer) // as a worker gives a chunk's buffer back
    }
    expect(text).toBe(rows.join(''))
    // ~30 chunks through two buffers: the one read ahead and the one given back.
    expect(seen.size).toBeLessThanOrEqual(2)
  })
})
