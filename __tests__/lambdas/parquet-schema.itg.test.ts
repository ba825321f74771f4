/**
 * parquetColumns reads the Glue columns of a Parquet object from its footer alone, with ranged GETs: the last 8 bytes
 * (metadata length + "PAR1", Parquet file format) and then exactly the metadata, never the data pages. Files are
 * written by the project's own writer (src/formats/parquet.ts, what the local recipe engine writes) and served by a
 * local S3 server; the Glue types follow the Hive types Athena documents for Parquet (INT64 → bigint, INT32 → int,
 * DOUBLE → double, BOOLEAN → boolean, UTF8/STRING → string, DATE → date, TIMESTAMP → timestamp,
 * DECIMAL(p,s) → decimal(p,s)).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SchemaElement } from 'hyparquet'
import { openParquetWriter } from '../../src/formats/parquet.js'
import type { Column, Row } from '../../src/formats/table.js'
import { glueType, parquetColumns } from '../../src/lambdas/parquet-schema.js'
import { startS3, type LocalS3 } from '../helpers/s3-server.js'

const BUCKET = 'target'
let s3: LocalS3
let work: string

beforeAll(async () => {
  s3 = await startS3([BUCKET])
  work = await mkdtemp(path.join(tmpdir(), 'parquet-schema-'))
})
afterAll(async () => {
  await s3.stop()
  await rm(work, { recursive: true, force: true })
})

async function parquet(columns: Column[], rows: Row[]): Promise<Buffer> {
  const file = path.join(work, `${randomBytes(4).toString('hex')}.parquet`)
  const writer = await openParquetWriter(file, columns)
  await writer.write(rows)
  await writer.close()
  return readFile(file)
}

async function upload(key: string, body: Buffer): Promise<number> {
  await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body }))
  return body.length
}

/** The S3 client, with the Range of every GetObject written down. */
function recording(ranges: string[]): S3Client {
  return {
    send: (command: { input: { Range?: string } }) => {
      ranges.push(command.input.Range ?? 'whole object')
      return s3.client.send(command as never)
    }
  } as unknown as S3Client
}

const ENGINE_COLUMNS: Column[] = [
  { name: 'email_hash', type: 'string' },
  { name: 'age', type: 'integer' },
  { name: 'score', type: 'double' },
  { name: 'opted_in', type: 'boolean' },
  { name: 'birth_date', type: 'date' },
  { name: 'seen_at', type: 'timestamp' }
]

describe('parquetColumns', () => {
  it('declares the engine-written types as Glue types, in file order', async () => {
    const size = await upload(
      'ds/batch=b1/part-0.parquet',
      await parquet(ENGINE_COLUMNS, [
        {
          email_hash: 'abc',
          age: '42',
          score: '0.5',
          opted_in: 'true',
          birth_date: '1980-01-02',
          seen_at: '2026-11-28T10:00:00Z'
        }
      ])
    )
    expect(await parquetColumns(s3.client, BUCKET, 'ds/batch=b1/part-0.parquet', size)).toEqual([
      { Name: 'email_hash', Type: 'string' },
      { Name: 'age', Type: 'bigint' },
      { Name: 'score', Type: 'double' },
      { Name: 'opted_in', Type: 'boolean' },
      // The engine writes dates and timestamps as UTF8 text (src/formats/parquet.ts), so they are strings in Glue.
      { Name: 'birth_date', Type: 'string' },
      { Name: 'seen_at', Type: 'string' }
    ])
  })

  it('reads only the footer, with ranged GETs, of a file far larger than its metadata', async () => {
    // ~2 MB of incompressible text: one data page that must not be fetched.
    const rows = Array.from({ length: 30_000 }, () => ({ email_hash: randomBytes(32).toString('hex') }))
    const body = await parquet([{ name: 'email_hash', type: 'string' }], rows)
    const size = await upload('ds/batch=b2/big.parquet', body)
    expect(size).toBeGreaterThan(1_500_000)
    const metadataLength = body.readUInt32LE(size - 8)

    const ranges: string[] = []
    const columns = await parquetColumns(recording(ranges), BUCKET, 'ds/batch=b2/big.parquet', size)

    expect(columns).toEqual([{ Name: 'email_hash', Type: 'string' }])
    expect(ranges).toEqual([
      `bytes=${size - 8}-${size - 1}`,
      `bytes=${size - 8 - metadataLength}-${size - 9}`
    ])
  })

  it.each([
    ['not Parquet at all', Buffer.from('email\nsomeone@example.com\n'.repeat(4))],
    ['too short to be Parquet', Buffer.from('PAR1')],
    [
      'truncated (footer claims more metadata than the file holds)',
      Buffer.concat([Buffer.from('PAR1'), Buffer.from([0xff, 0xff, 0xff, 0x00]), Buffer.from('PAR1')])
    ]
  ])('fails clearly on a file that is %s, naming the object', async (_what, body) => {
    const size = await upload('ds/batch=b3/bad.parquet', body)
    await expect(parquetColumns(s3.client, BUCKET, 'ds/batch=b3/bad.parquet', size)).rejects.toThrow(
      /^s3:\/\/target\/ds\/batch=b3\/bad\.parquet is not a readable Parquet file: /
    )
  })

  it('a Parquet file cut short (its last bytes lost) is refused, naming the object', async () => {
    const whole = await parquet(ENGINE_COLUMNS.slice(0, 2), [{ email_hash: 'a', age: '1' }])
    const size = await upload('ds/batch=b4/cut.parquet', whole.subarray(0, whole.length - 3))
    await expect(parquetColumns(s3.client, BUCKET, 'ds/batch=b4/cut.parquet', size)).rejects.toThrow(
      's3://target/ds/batch=b4/cut.parquet is not a readable Parquet file'
    )
  })
})

describe('glueType', () => {
  const e = (x: Partial<SchemaElement>): SchemaElement => ({ name: 'c', ...x }) as SchemaElement
  it.each([
    [e({ type: 'BYTE_ARRAY', converted_type: 'UTF8' }), 'string'],
    [e({ type: 'BYTE_ARRAY', logical_type: { type: 'STRING' } }), 'string'],
    [e({ type: 'BYTE_ARRAY', converted_type: 'ENUM' }), 'string'],
    [e({ type: 'BYTE_ARRAY' }), 'binary'],
    [e({ type: 'INT64' }), 'bigint'],
    [e({ type: 'INT32' }), 'int'],
    [e({ type: 'INT32', logical_type: { type: 'INTEGER', bitWidth: 16, isSigned: true } }), 'smallint'],
    [e({ type: 'INT32', logical_type: { type: 'INTEGER', bitWidth: 8, isSigned: true } }), 'tinyint'],
    [e({ type: 'INT64', logical_type: { type: 'INTEGER', bitWidth: 64, isSigned: true } }), 'bigint'],
    [e({ type: 'DOUBLE' }), 'double'],
    [e({ type: 'FLOAT' }), 'float'],
    [e({ type: 'BOOLEAN' }), 'boolean'],
    [e({ type: 'INT32', converted_type: 'DATE' }), 'date'],
    [e({ type: 'INT32', logical_type: { type: 'DATE' } }), 'date'],
    [e({ type: 'INT64', converted_type: 'TIMESTAMP_MILLIS' }), 'timestamp'],
    [e({ type: 'INT64', converted_type: 'TIMESTAMP_MICROS' }), 'timestamp'],
    [e({ type: 'INT96' }), 'timestamp'],
    [
      e({ type: 'FIXED_LEN_BYTE_ARRAY', converted_type: 'DECIMAL', precision: 18, scale: 2 }),
      'decimal(18,2)'
    ],
    [e({ type: 'INT64', logical_type: { type: 'DECIMAL', precision: 10, scale: 0 } }), 'decimal(10,0)']
  ])('%j → %s', (element, expected) => {
    expect(glueType(element)).toBe(expected)
  })
})
