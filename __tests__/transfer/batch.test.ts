import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/errors.js'
import {
  batchPrefix,
  checkObjectName,
  MANIFEST_NAME,
  storedKeys,
  storedSuffix
} from '../../src/transfer/batch.js'

describe('batchPrefix', () => {
  it('joins landing prefix, dataset and batch id with exactly one slash each', () => {
    expect(batchPrefix('landing/', 'customers', 'gh-1-1')).toBe('landing/customers/gh-1-1/')
    expect(batchPrefix('landing', 'customers', 'gh-1-1')).toBe('landing/customers/gh-1-1/')
    expect(batchPrefix('a/b/', 'ds', 'x')).toBe('a/b/ds/x/')
    expect(batchPrefix('a/b', 'ds', 'x')).toBe('a/b/ds/x/')
  })

  it('puts the batch at the bucket root with an empty landing prefix', () => {
    expect(batchPrefix('', 'customers', 'b1')).toBe('customers/b1/')
  })

  it('the manifest key is the prefix plus the reserved name', () => {
    expect(batchPrefix('landing', 'ds', 'b1') + MANIFEST_NAME).toBe('landing/ds/b1/_manifest.json')
  })
})

describe('storedSuffix', () => {
  it('names the stored format', () => {
    expect(storedSuffix('gzip')).toBe('.gz.pgp')
    expect(storedSuffix('none')).toBe('.pgp')
  })
})

describe('checkObjectName', () => {
  it.each([
    'customers.csv',
    'exports/eu/customers.csv',
    'données clients 2026.csv',
    '.hidden.csv',
    'a..b.csv',
    'sub/_manifest.json',
    '_manifest.json.bak',
    'é'.repeat(450)
  ])('accepts %p', name => {
    expect(checkObjectName(name)).toBeUndefined()
  })

  it.each([
    ['', 'is empty or absolute'],
    ['/etc/passwd', 'is empty or absolute'],
    ['exports\\customers.csv', 'contains a backslash'],
    ['..', "has '.', '..' or empty path parts"],
    ['../customers.csv', "has '.', '..' or empty path parts"],
    ['exports/../../customers.csv', "has '.', '..' or empty path parts"],
    ['./customers.csv', "has '.', '..' or empty path parts"],
    ['exports//customers.csv', "has '.', '..' or empty path parts"],
    ['exports/', "has '.', '..' or empty path parts"],
    ['cust\u0000omers.csv', 'contains control characters'],
    ['customers\n.csv', 'contains control characters'],
    ['customers\t.csv', 'contains control characters'],
    ['customers\u007f.csv', 'contains control characters'],
    ['_manifest.json', 'is the reserved name _manifest.json'],
    ['é'.repeat(451), 'is longer than 900 bytes (S3 keys are limited to 1024)'],
    ['a'.repeat(901), 'is longer than 900 bytes (S3 keys are limited to 1024)']
  ])('rejects %p: %s', (name, problem) => {
    expect(checkObjectName(name)).toBe(problem)
  })
})

describe('storedKeys', () => {
  const prefix = 'landing/ds/b1/'

  it('maps each name to prefix + name + suffix, in order', () => {
    expect(storedKeys(prefix, ['b.csv', 'a/x.csv', 'empty.csv'], 'gzip')).toEqual([
      'landing/ds/b1/b.csv.gz.pgp',
      'landing/ds/b1/a/x.csv.gz.pgp',
      'landing/ds/b1/empty.csv.gz.pgp'
    ])
    expect(storedKeys(prefix, ['b.csv'], 'none')).toEqual(['landing/ds/b1/b.csv.pgp'])
    expect(storedKeys(prefix, [], 'gzip')).toEqual([])
  })

  it('throws one UsageError naming every bad name and the fix', () => {
    let err: unknown
    try {
      storedKeys(prefix, ['ok.csv', '../up.csv', '/abs.csv', 'a\\b.csv', '_manifest.json'], 'gzip')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(UsageError)
    const message = (err as Error).message
    expect(message).toContain("file name '../up.csv' has '.', '..' or empty path parts")
    expect(message).toContain("file name '/abs.csv' is empty or absolute")
    expect(message).toContain("file name 'a\\b.csv' contains a backslash")
    expect(message).toContain("file name '_manifest.json' is the reserved name _manifest.json")
    expect(message).not.toContain("'ok.csv'")
    expect(message).toMatch(/: rename the files or narrow the files globs$/)
    expect(message.split('; ')).toHaveLength(4)
  })

  it('names files that map to the same key', () => {
    expect(() => storedKeys(prefix, ['a.csv', 'b.csv', 'a.csv'], 'none')).toThrow(
      "files 'a.csv' and 'a.csv' map to the same key landing/ds/b1/a.csv.pgp: rename the files or narrow the files globs"
    )
  })
})
