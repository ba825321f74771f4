/** Columns named like Object.prototype members survive every reader, writer and the recipe engine (issue 8 item 6). */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHmac, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { openReader, openWriter, type Format } from '../../src/formats/index.js'
import type { Row } from '../../src/formats/table.js'
import { compileRecipe, runRows } from '../../src/recipe/engine.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { runRecipeFile } from '../../src/recipe/run-file.js'

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'id']
const VALUES = [
  ['p1', 'c1', 't1', 'h1', '1'],
  ['p2', null, 't2', 'h2', '2']
]
const FORMATS: Format[] = ['csv', 'jsonl', 'parquet']
const EXT: Record<Format, string> = { csv: '.csv', jsonl: '.jsonl', parquet: '.parquet' }

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'proto-columns-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

/** Source files written by hand (not by our writers), so each reader is tested on its own. */
async function source(format: Format): Promise<string> {
  const file = path.join(dir, `source${EXT[format]}`)
  if (format === 'csv') {
    const line = (v: (string | null)[]) => v.map(x => x ?? '').join(',')
    await writeFile(file, [NAMES.join(','), ...VALUES.map(line)].join('\n') + '\n')
  } else if (format === 'jsonl') {
    // JSON text with a literal "__proto__" key, as another program would write it.
    const line = (v: (string | null)[]) =>
      `{${NAMES.map((n, i) => `"${n}":${JSON.stringify(v[i])}`).join(',')}}`
    await writeFile(file, VALUES.map(line).join('\n') + '\n')
  } else {
    const writer = await openWriter(
      file,
      'parquet',
      NAMES.map(name => ({ name, type: 'string' }))
    )
    await writer.write(VALUES.map(v => Object.fromEntries(NAMES.map((n, i) => [n, v[i]!]))))
    await writer.close()
  }
  return file
}

async function readAll(file: string, format: Format): Promise<{ columns: string[]; rows: Row[] }> {
  const reader = await openReader(file, format)
  const rows: Row[] = []
  for await (const batch of reader.batches()) rows.push(...batch)
  await reader.close()
  return { columns: reader.columns.map(c => c.name), rows }
}

const asArrays = (rows: Row[]) => rows.map(r => NAMES.map(n => (Object.hasOwn(r, n) ? r[n] : 'MISSING')))

describe.each(FORMATS)('read %s', from => {
  it('keeps every column and value', async () => {
    const { columns, rows } = await readAll(await source(from), from)
    expect(columns).toEqual(NAMES)
    expect(asArrays(rows)).toEqual(VALUES)
    expect(Object.getPrototypeOf(rows[0])).toBeNull()
  })

  it.each(FORMATS)('then write %s and read it back unchanged', async to => {
    const { rows } = await readAll(await source(from), from)
    const out = path.join(dir, `from-${from}${EXT[to]}`)
    const writer = await openWriter(
      out,
      to,
      NAMES.map(name => ({ name, type: 'string' }))
    )
    await writer.write(rows)
    await writer.close()
    const back = await readAll(out, to)
    expect(back.columns).toEqual(NAMES)
    expect(asArrays(back.rows)).toEqual(VALUES)
  })
})

describe('the recipe engine', () => {
  const key = randomBytes(32)
  const recipe = parseRecipe(
    JSON.stringify([
      { Action: { Operation: 'RENAME', Parameters: { sourceColumn: '__proto__', targetColumn: 'proto' } } },
      {
        Action: {
          Operation: 'CRYPTOGRAPHIC_HASH',
          Parameters: { sourceColumns: '["constructor","toString"]', algorithm: 'HMAC_SHA256' }
        }
      },
      { Action: { Operation: 'RENAME', Parameters: { sourceColumn: 'id', targetColumn: '__proto__' } } }
    ]),
    'proto.json'
  ).recipe!
  const hmac = (v: string) => createHmac('sha256', key).update(v).digest('base64')

  it.each(FORMATS)('renames and hashes such columns from a %s file', async format => {
    const out = path.join(dir, `recipe-${format}.jsonl`)
    const result = await runRecipeFile(recipe, await source(format), out, { hashKey: key })
    expect(result.columns).toEqual(['proto', 'constructor', 'toString', 'hasOwnProperty', '__proto__'])
    const { rows } = await readAll(out, 'jsonl')
    expect(rows.map(r => ({ ...r }))).toEqual([
      {
        proto: 'p1',
        constructor: hmac('c1'),
        toString: hmac('t1'),
        hasOwnProperty: 'h1',
        ['__proto__']: '1'
      },
      { proto: 'p2', constructor: null, toString: hmac('t2'), hasOwnProperty: 'h2', ['__proto__']: '2' }
    ])
  })

  it('runRows (previews) keeps them too', () => {
    const compiled = compileRecipe(
      recipe,
      NAMES.map(name => ({ name, type: 'string' })),
      { hashKey: key }
    )
    const input = JSON.parse(
      '{"__proto__":"p","constructor":"c","toString":"t","hasOwnProperty":"h","id":"9"}'
    ) as Row
    const [row] = runRows(compiled, [input])
    expect(Object.getPrototypeOf(row)).toBeNull()
    // Key order is the engine's business (the writers follow the compiled columns): compare as sorted entries.
    expect(Object.entries(row!).sort()).toEqual(
      [
        ['proto', 'p'],
        ['constructor', hmac('c')],
        ['toString', hmac('t')],
        ['hasOwnProperty', 'h'],
        ['__proto__', '9']
      ].sort()
    )
  })
})
