import { describe, expect, it } from '@jest/globals'
import {
  buildManifest,
  ManifestError,
  parseManifest,
  sameContent,
  serializeManifest,
  type Manifest,
  type ManifestObject
} from '../../src/transfer/manifest.js'

const HASH_A = 'a'.repeat(64)
const HASH_B = '0123456789abcdef'.repeat(4)
const WHERE = 's3://bucket/landing/ds/b1/_manifest.json'

const objA: ManifestObject = {
  key: 'landing/ds/b1/z.csv.gz.pgp',
  originalName: 'z.csv',
  plaintextSize: 100,
  plaintextSha256: HASH_A,
  storedSize: 80,
  compression: 'gzip'
}
const objB: ManifestObject = {
  key: 'landing/ds/b1/a/b.csv.gz.pgp',
  originalName: 'a/b.csv',
  plaintextSize: 0,
  plaintextSha256: HASH_B,
  storedSize: 40,
  compression: 'gzip'
}

function manifest(): Manifest {
  return buildManifest({
    dataset: 'ds',
    batchId: 'b1',
    createdAt: new Date(Date.UTC(2026, 10, 23, 6, 5, 4, 321)),
    compression: 'gzip',
    aead: false,
    recipients: ['FP1', 'FP2'],
    objects: [objA, objB]
  })
}

/** Parsed manifest JSON, edited freely to break one field at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>

/** The serialized manifest with one change applied to its parsed form. */
function edited(change: (m: Raw) => void): string {
  const m = JSON.parse(serializeManifest(manifest())) as Raw
  change(m)
  return JSON.stringify(m)
}

function parseError(text: string): ManifestError {
  try {
    parseManifest(text, WHERE)
  } catch (err) {
    expect(err).toBeInstanceOf(ManifestError)
    expect((err as Error).name).toBe('ManifestError')
    return err as ManifestError
  }
  throw new Error('expected parseManifest to throw')
}

describe('buildManifest', () => {
  it('sorts objects by key, totals them and records the encryption', () => {
    const input = [objA, objB]
    const recipients = ['FP1', 'FP2']
    const m = buildManifest({
      dataset: 'ds',
      batchId: 'b1',
      createdAt: new Date(Date.UTC(2026, 10, 23, 6, 5, 4, 321)),
      compression: 'gzip',
      aead: true,
      recipients,
      objects: input
    })
    expect(m).toEqual({
      version: 1,
      dataset: 'ds',
      batchId: 'b1',
      createdAt: '2026-11-23T06:05:04.321Z',
      compression: 'gzip',
      encryption: { format: 'openpgp', aead: true, recipients: ['FP1', 'FP2'] },
      objects: [objB, objA],
      totals: { objects: 2, plaintextBytes: 100, storedBytes: 120 }
    })
    // The inputs are copied, not kept or reordered.
    expect(input).toEqual([objA, objB])
    recipients.push('FP3')
    expect(m.encryption.recipients).toEqual(['FP1', 'FP2'])
  })
})

describe('serializeManifest / parseManifest', () => {
  it('round-trips', () => {
    const m = manifest()
    const text = serializeManifest(m)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('\n  "version": 1,')
    expect(parseManifest(text, WHERE)).toEqual(m)
    expect(serializeManifest(parseManifest(text, WHERE))).toBe(text)
  })

  it.each<[string, string, RegExp]>([
    [
      'not JSON',
      '{"version": 1',
      /^manifest s3:\/\/bucket\/landing\/ds\/b1\/_manifest\.json: content is not JSON \(/
    ],
    ['an array', '[]', /: content is not an object$/],
    ['null', 'null', /: content is not an object$/],
    ['a string', '"manifest"', /: content is not an object$/]
  ])('names the content when it is %s', (_what, text, message) => {
    expect(parseError(text).message).toMatch(message)
  })

  it.each<[string, (m: Raw) => void, string]>([
    ['version 2', m => (m.version = 2), 'version is 2, expected 1'],
    ['no version', m => delete m.version, 'version is undefined, expected 1'],
    ['version "1"', m => (m.version = '1'), 'version is "1", expected 1'],
    ['no dataset', m => delete m.dataset, 'dataset must be a non-empty string'],
    ['empty batchId', m => (m.batchId = ''), 'batchId must be a non-empty string'],
    ['numeric createdAt', m => (m.createdAt = 0), 'createdAt must be a non-empty string'],
    ['compression brotli', m => (m.compression = 'brotli'), "compression must be 'gzip' or 'none'"],
    ['no encryption', m => delete m.encryption, "encryption.format must be 'openpgp'"],
    ['encryption pgp', m => (m.encryption.format = 'pgp'), "encryption.format must be 'openpgp'"],
    ['aead "yes"', m => (m.encryption.aead = 'yes'), 'encryption.aead must be true or false'],
    [
      'recipients string',
      m => (m.encryption.recipients = 'FP1'),
      'encryption.recipients must be a list of fingerprints'
    ],
    [
      'recipients [1]',
      m => (m.encryption.recipients = [1]),
      'encryption.recipients must be a list of fingerprints'
    ],
    ['no objects', m => delete m.objects, 'objects must be a non-empty list'],
    ['empty objects', m => (m.objects = []), 'objects must be a non-empty list'],
    ['object null', m => (m.objects[1] = null), 'objects[1] is not an object'],
    ['object string', m => (m.objects[0] = 'x'), 'objects[0] is not an object'],
    ['empty key', m => (m.objects[0].key = ''), 'objects[0].key must be a non-empty string'],
    [
      'repeated key',
      m => (m.objects[1].key = m.objects[0].key),
      'objects[1].key repeats landing/ds/b1/a/b.csv.gz.pgp'
    ],
    [
      'no originalName',
      m => delete m.objects[1].originalName,
      'objects[1].originalName must be a non-empty string'
    ],
    [
      'negative size',
      m => (m.objects[0].plaintextSize = -1),
      'objects[0].plaintextSize must be a byte count'
    ],
    [
      'fractional size',
      m => (m.objects[0].plaintextSize = 1.5),
      'objects[0].plaintextSize must be a byte count'
    ],
    [
      'size as text',
      m => (m.objects[0].plaintextSize = '10'),
      'objects[0].plaintextSize must be a byte count'
    ],
    ['no storedSize', m => delete m.objects[1].storedSize, 'objects[1].storedSize must be a byte count'],
    [
      'uppercase hash',
      m => (m.objects[0].plaintextSha256 = 'A'.repeat(64)),
      'objects[0].plaintextSha256 must be 64 lowercase hex digits'
    ],
    [
      'short hash',
      m => (m.objects[0].plaintextSha256 = 'ab'),
      'objects[0].plaintextSha256 must be 64 lowercase hex digits'
    ],
    [
      'object compression',
      m => (m.objects[1].compression = 'zstd'),
      "objects[1].compression must be 'gzip' or 'none'"
    ],
    ['no totals', m => delete m.totals, 'totals must hold objects, plaintextBytes and storedBytes counts'],
    [
      'bad totals',
      m => (m.totals.storedBytes = -5),
      'totals must hold objects, plaintextBytes and storedBytes counts'
    ],
    ['wrong count', m => (m.totals.objects = 3), 'totals.objects is 3 but 2 objects are listed']
  ])('names the field: %s', (_what, change, message) => {
    expect(parseError(edited(change)).message).toBe(`manifest ${WHERE}: ${message}`)
  })

  it('accepts compression none and AEAD', () => {
    const text = edited(m => {
      m.compression = 'none'
      m.encryption.aead = true
      for (const o of m.objects) o.compression = 'none'
    })
    expect(parseManifest(text, WHERE)).toMatchObject({ compression: 'none', encryption: { aead: true } })
  })
})

describe('sameContent', () => {
  const m = manifest()
  const files = [
    { originalName: 'z.csv', plaintextSha256: HASH_A, plaintextSize: 100 },
    { originalName: 'a/b.csv', plaintextSha256: HASH_B, plaintextSize: 0 }
  ]

  it('is true for the same files in any order', () => {
    expect(sameContent(m, files)).toBe(true)
    expect(sameContent(m, [...files].reverse())).toBe(true)
  })

  it('is false when a file is missing, added, renamed, or differs in hash or size', () => {
    expect(sameContent(m, files.slice(0, 1))).toBe(false)
    expect(
      sameContent(m, [...files, { originalName: 'c.csv', plaintextSha256: HASH_A, plaintextSize: 1 }])
    ).toBe(false)
    expect(sameContent(m, [{ ...files[0]!, originalName: 'y.csv' }, files[1]!])).toBe(false)
    expect(sameContent(m, [{ ...files[0]!, plaintextSha256: HASH_B }, files[1]!])).toBe(false)
    expect(sameContent(m, [files[0]!, { ...files[1]!, plaintextSize: 1 }])).toBe(false)
  })

  it('is false when one listed file stands for two', () => {
    expect(sameContent(m, [files[0]!, files[0]!])).toBe(false)
  })
})
