import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { S3Client } from '@aws-sdk/client-s3'
import { LocalDataBrew } from '../../src/local/databrew.js'
import { compileRecipe } from '../../src/recipe/engine.js'
import { decodeHashKey, hashKeyProblem, MIN_HASH_KEY_BYTES } from '../../src/recipe/hash-key.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { cli } from '../helpers/cli.js'

const HMAC_STEP = JSON.stringify([
  {
    Action: {
      Operation: 'CRYPTOGRAPHIC_HASH',
      Parameters: { sourceColumns: '["email"]', algorithm: 'HMAC_SHA256', secretId: 'AwsGlueDataBrew-k' }
    }
  }
])
const recipe = parseRecipe(HMAC_STEP, 'hmac.json').recipe!

/** Keys that must never hash anything, with what the message has to say. */
const BAD_BASE64: [string, string, RegExp][] = [
  ['empty', '', /is empty/],
  ['blank', '   ', /is empty/],
  ['not Base64 (decodes to nothing)', '!!!!', /not valid Base64/],
  ['not Base64 (URL-safe letters)', `-_${'A'.repeat(42)}`, /not valid Base64/],
  ['not Base64 (inner newline)', `${'A'.repeat(44)}\n${'A'.repeat(4)}`, /not valid Base64/],
  ['not Base64 (bad padding)', 'AAA==', /not valid Base64/],
  ['too short (16 bytes)', randomBytes(16).toString('base64'), /is 16 bytes, fewer than 32/],
  ['too short (31 bytes)', randomBytes(31).toString('base64'), /is 31 bytes, fewer than 32/]
]

describe('decodeHashKey', () => {
  it.each(BAD_BASE64)(
    'rejects a key that is %s, in one line naming the source and how to make a key',
    (_, text, why) => {
      let message = ''
      try {
        decodeHashKey(text, 'base64', '--hash-key-file k.txt')
      } catch (err) {
        message = (err as Error).message
      }
      expect(message).toMatch(why)
      expect(message).toContain('--hash-key-file k.txt')
      expect(message).toContain('openssl rand -base64 32')
      expect(message).not.toContain('\n')
    }
  )

  it('accepts the demo key and `openssl rand -base64 32` (32 random bytes as padded Base64)', () => {
    const bytes = randomBytes(32)
    expect(decodeHashKey(bytes.toString('base64'), 'base64', 'x')).toEqual(bytes)
    expect(decodeHashKey(bytes.toString('base64').replace(/=+$/, ''), 'base64', 'x')).toEqual(bytes)
  })

  it("accepts the stack's generated secret (64 alphanumerics) and decodes it as DataBrew does: 48 bytes", () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
    const secret = Array.from(randomBytes(64), b => letters[b % letters.length]).join('')
    const key = decodeHashKey(secret, 'base64', 'the stack secret')
    expect(key).toHaveLength(48)
    expect(key).toEqual(Buffer.from(secret, 'base64'))
  })

  it('utf8 keys: the text bytes, at least 32 of them', () => {
    expect(decodeHashKey('x'.repeat(32), 'utf8', 'x')).toEqual(Buffer.from('x'.repeat(32)))
    expect(() => decodeHashKey('short text key', 'utf8', 'CLEANROOMS_HASH_KEY')).toThrow(
      /the HMAC key from CLEANROOMS_HASH_KEY is 14 bytes, fewer than 32/
    )
    expect(() => decodeHashKey('', 'utf8', 'x')).toThrow(/is empty/)
  })
})

describe('hashKeyProblem (the engine and local DataBrew)', () => {
  it('flags empty and short keys only', () => {
    expect(hashKeyProblem(Buffer.alloc(0), 's')).toMatch(/is empty/)
    expect(hashKeyProblem(Buffer.alloc(MIN_HASH_KEY_BYTES - 1), 's')).toMatch(/31 bytes/)
    expect(hashKeyProblem(Buffer.alloc(MIN_HASH_KEY_BYTES), 's')).toBeUndefined()
  })

  it('the engine refuses to compile an HMAC step with an empty or short key', () => {
    const columns = [{ name: 'email', type: 'string' as const }]
    expect(() => compileRecipe(recipe, columns, { hashKey: Buffer.from('!!!!', 'base64') })).toThrow(
      /HMAC key .* is empty: make one with: openssl rand -base64 32/
    )
    expect(() => compileRecipe(recipe, columns, { hashKey: Buffer.alloc(20) })).toThrow(
      /20 bytes, fewer than 32/
    )
    expect(() => compileRecipe(recipe, columns, { hashKey: randomBytes(32) })).not.toThrow()
  })

  it('local DataBrew refuses a short key before any run', () => {
    const options = {
      s3: new S3Client({ region: 'us-east-1' }),
      datasetName: 'd',
      jobName: 'j',
      dataset: { Bucket: 'b', Key: 'k/', Format: 'CSV' },
      outputs: [],
      recipe
    }
    expect(() => new LocalDataBrew({ ...options, hashKey: Buffer.alloc(0) })).toThrow(/HMAC key .* is empty/)
    expect(() => new LocalDataBrew({ ...options, hashKey: Buffer.alloc(8) })).toThrow(
      /8 bytes, fewer than 32/
    )
    expect(() => new LocalDataBrew({ ...options, hashKey: randomBytes(48) })).not.toThrow()
  })
})

describe('the CLI refuses a bad key: exit 2, one line, nothing written', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'hash-key-cli-'))
    writeFileSync(path.join(dir, 'hmac.json'), HMAC_STEP)
    writeFileSync(path.join(dir, 'in.csv'), 'email\njane@example.com\n')
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const keyFile = (text: string) => {
    const file = path.join(dir, 'key.txt')
    writeFileSync(file, text)
    return file
  }

  it.each([
    ['!!!!\n', /not valid Base64/],
    ['\n', /is empty/],
    [randomBytes(16).toString('base64') + '\n', /16 bytes, fewer than 32/]
  ])('recipe run with key file %j', async (text, why) => {
    const out = path.join(dir, 'out.csv')
    const r = await cli([
      'recipe',
      'run',
      '--recipe',
      path.join(dir, 'hmac.json'),
      '--in',
      path.join(dir, 'in.csv'),
      '--out',
      out,
      '--hash-key-file',
      keyFile(text)
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(why)
    expect(r.stderr).toMatch(/^error: the HMAC key from --hash-key-file \S+ .*openssl rand -base64 32.*\n$/)
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1)
    expect(existsSync(out)).toBe(false)
  })

  it('recipe run with a short CLEANROOMS_HASH_KEY', async () => {
    const out = path.join(dir, 'env.csv')
    const r = await cli(
      [
        'recipe',
        'run',
        '--recipe',
        path.join(dir, 'hmac.json'),
        '--in',
        path.join(dir, 'in.csv'),
        '--out',
        out
      ],
      { env: { CLEANROOMS_HASH_KEY: 'c2hvcnQ=' } }
    )
    expect(r.code).toBe(2)
    expect(r.stderr).toBe(
      'error: the HMAC key from CLEANROOMS_HASH_KEY is 5 bytes, fewer than 32: make one with: openssl rand -base64 32\n'
    )
    expect(existsSync(out)).toBe(false)
  })

  it('recipe run with a good key writes the hashes', async () => {
    const out = path.join(dir, 'good.csv')
    const r = await cli([
      'recipe',
      'run',
      '--recipe',
      path.join(dir, 'hmac.json'),
      '--in',
      path.join(dir, 'in.csv'),
      '--out',
      out,
      '--hash-key-file',
      keyFile(randomBytes(32).toString('base64') + '\n')
    ])
    expect(r.code).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^email\n[A-Za-z0-9+/]{43}=\n$/)
  })

  it('pipeline local with a bad key stops before reading any key or object', async () => {
    const r = await cli([
      'pipeline',
      'local',
      '--bucket',
      'data',
      '--target-bucket',
      'out',
      '--dataset',
      'customers',
      '--batch-id',
      'b-1',
      '--key',
      path.join(dir, 'no-such-private.asc'),
      '--hash-key-file',
      keyFile('!!!!')
    ])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^error: the HMAC key from --hash-key-file \S+ is not valid Base64.*\n$/)
  })
})
