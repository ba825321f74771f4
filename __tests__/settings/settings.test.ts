import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/errors.js'
import type { RawInputs } from '../../src/settings/inputs.js'
import {
  deriveBatchId,
  parseRecipients,
  parseSettings,
  splitList,
  type Settings
} from '../../src/settings/settings.js'
import { requireForCommand, requireRegion } from '../../src/settings/requirements.js'

const KEY_A =
  '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxjMEZAAAAAAAA\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----'
const KEY_B =
  '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxjMEZBBBBBBBB\n=efgh\n-----END PGP PUBLIC KEY BLOCK-----'
const PRIVATE = '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nxVgEZsecret\n-----END PGP PRIVATE KEY BLOCK-----'
const FPR = '0123456789ABCDEF0123456789ABCDEF01234567'
const ROLE = 'arn:aws:iam::123456789012:role/cleanrooms-ci'
const SFN = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'

function parse(raw: RawInputs, env: NodeJS.ProcessEnv = {}): Settings {
  return parseSettings(raw, env)
}

function problemsOf(raw: RawInputs, env: NodeJS.ProcessEnv = {}): string {
  try {
    parseSettings(raw, env)
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError)
    return (err as Error).message
  }
  throw new Error('expected a UsageError')
}

describe('parseSettings defaults', () => {
  it('gives every input its documented default when nothing is set', () => {
    const s = parse({})
    expect(s).toEqual({
      command: 'run',
      stackName: undefined,
      roleToAssume: undefined,
      region: undefined,
      audience: 'sts.amazonaws.com',
      roleSessionName: 'cleanrooms-connect',
      roleDurationSeconds: 3600,
      endpointUrl: undefined,
      files: [],
      workingDirectory: '.',
      dataset: undefined,
      bucket: undefined,
      prefix: 'landing/',
      kmsKeyId: undefined,
      recipients: [],
      recipientFingerprints: [],
      aead: false,
      compression: 'gzip',
      compressionLevel: 6,
      partSizeBytes: 8 * 1024 * 1024,
      recipes: [],
      policy: undefined,
      sampleData: undefined,
      concurrency: 2,
      batchId: undefined,
      stateMachineArn: undefined,
      wait: true,
      stopOnCancel: true,
      timeoutMinutes: 60,
      failOnEmpty: true,
      notify: true,
      dryRun: false,
      provenance: {}
    })
  })

  it("treats '' and whitespace as not given", () => {
    const s = parse({ prefix: '', concurrency: '  ', wait: '', bucket: ' ' })
    expect(s.prefix).toBe('landing/')
    expect(s.concurrency).toBe(2)
    expect(s.wait).toBe(true)
    expect(s.bucket).toBeUndefined()
    expect(s.provenance).toEqual({})
  })
})

describe('parseSettings valid values', () => {
  it('types every input and records them as given', () => {
    const s = parse({
      command: 'upload',
      'stack-name': 'cleanrooms-prod',
      'role-to-assume': ROLE,
      'aws-region': 'eu-central-1',
      audience: 'sts.example',
      'role-session-name': 'ci@run-1',
      'role-duration-seconds': '900',
      'endpoint-url': 'http://127.0.0.1:9000',
      files: 'a/*.csv\nb/{x,y}.csv, c.json',
      'working-directory': 'exports',
      dataset: 'customers_eu-1',
      bucket: 'my.data-bucket',
      prefix: 'teams/a/landing',
      'kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab',
      recipient: 'keys/a.asc\nkeys/b, c.gpg',
      'recipient-fingerprint': `0x${FPR.toLowerCase()}, ${FPR.match(/.{4}/g)!.join(' ')}`,
      aead: 'YES',
      compression: 'none',
      'compression-level': '9',
      'part-size-mb': '5120',
      concurrency: '16',
      'batch-id': 'gh-42-2',
      'state-machine-arn': SFN,
      wait: 'no',
      'timeout-minutes': '7200',
      'fail-on-empty': '0',
      'dry-run': 'True'
    })
    expect(s).toMatchObject({
      command: 'upload',
      stackName: 'cleanrooms-prod',
      roleToAssume: ROLE,
      region: 'eu-central-1',
      audience: 'sts.example',
      roleSessionName: 'ci@run-1',
      roleDurationSeconds: 900,
      endpointUrl: 'http://127.0.0.1:9000',
      files: ['a/*.csv', 'b/{x,y}.csv', 'c.json'],
      workingDirectory: 'exports',
      dataset: 'customers_eu-1',
      bucket: 'my.data-bucket',
      prefix: 'teams/a/landing/',
      kmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab',
      recipients: [
        { kind: 'path', path: 'keys/a.asc' },
        { kind: 'path', path: 'keys/b, c.gpg' }
      ],
      recipientFingerprints: [FPR, FPR],
      aead: true,
      compression: 'none',
      compressionLevel: 9,
      partSizeBytes: 5120 * 1024 * 1024,
      concurrency: 16,
      batchId: 'gh-42-2',
      stateMachineArn: SFN,
      wait: false,
      timeoutMinutes: 7200,
      failOnEmpty: false,
      dryRun: true
    })
    expect(s.provenance['bucket']).toBe('input')
    expect(s.provenance['aws-region']).toBe('input')
    expect(Object.keys(s.provenance)).toHaveLength(27)
  })

  it.each([
    ['1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['mrk-1234abcd12ab34cd56ef1234567890ab'],
    ['arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab']
  ])('accepts KMS key %s', id => {
    expect(parse({ 'kms-key-id': id }).kmsKeyId).toBe(id)
  })

  it.each([['us-east-1'], ['eu-central-2'], ['us-gov-west-1'], ['cn-northwest-1'], ['ap-southeast-5']])(
    'accepts region %s',
    region => {
      expect(parse({ 'aws-region': region }).region).toBe(region)
    }
  )

  it.each([
    ['true', true],
    ['TRUE', true],
    ['yes', true],
    ['1', true],
    ['false', false],
    ['No', false],
    ['0', false]
  ])('reads boolean %s', (text, value) => {
    expect(parse({ aead: text }).aead).toBe(value)
  })

  it.each([['upload'], ['run'], ['validate'], ['start']])('accepts command %s', c => {
    expect(parse({ command: c }).command).toBe(c)
  })

  it('accepts several armored recipient blocks', () => {
    expect(parse({ recipient: `${KEY_A}\n\n${KEY_B}\n` }).recipients).toEqual([
      { kind: 'armored', armored: KEY_A },
      { kind: 'armored', armored: KEY_B }
    ])
  })
})

describe('parseSettings invalid values', () => {
  it.each<[string, string, RegExp]>([
    ['command', 'deploy', /input 'command': 'deploy' is not a command \(use run, upload, start, validate\)/],
    ['stack-name', '1stack', /input 'stack-name': '1stack' is not a stack name/],
    [
      'role-to-assume',
      'cleanrooms-ci',
      /input 'role-to-assume': 'cleanrooms-ci' is not an IAM role ARN \(use arn:aws:iam/
    ],
    ['role-to-assume', 'arn:aws:iam::12345:role/x', /is not an IAM role ARN/],
    [
      'aws-region',
      'US-EAST-1',
      /input 'aws-region': 'US-EAST-1' is not a region name \(use one like us-east-1\)/
    ],
    ['role-session-name', 'a b', /input 'role-session-name': 'a b' is not a role session name/],
    ['role-duration-seconds', '899', /input 'role-duration-seconds': 899 is out of range \(use 900-43200\)/],
    [
      'role-duration-seconds',
      '1h',
      /input 'role-duration-seconds': '1h' is not a whole number \(use 900-43200\)/
    ],
    ['endpoint-url', 'localhost:9000', /input 'endpoint-url': 'localhost:9000' is not an http or https URL/],
    ['endpoint-url', '127.0.0.1:9000', /input 'endpoint-url': '127.0.0.1:9000' is not a URL/],
    ['endpoint-url', 'not a url', /input 'endpoint-url': 'not a url' is not a URL/],
    ['endpoint-url', 'http://u:p@host', /must not contain credentials/],
    ['dataset', 'Customers', /input 'dataset': 'Customers' is not a dataset name/],
    ['bucket', 'My_Bucket', /input 'bucket': 'My_Bucket' is not a valid bucket name/],
    ['bucket', 'ab', /must be 3-63 characters long/],
    ['bucket', 'a..b', /two adjacent dots/],
    ['bucket', '192.168.1.1', /looks like an IP address/],
    ['bucket', 'xn--bucket', /prefix S3 reserves/],
    ['bucket', 'bucket-s3alias', /suffix S3 reserves/],
    ['prefix', '/landing/', /input 'prefix': '\/landing\/' starts with '\/'/],
    ['prefix', 'a//b/', /empty, '\.' or '\.\.' segment/],
    ['prefix', 'a/../b', /empty, '\.' or '\.\.' segment/],
    ['prefix', 'land|ing', /characters S3 keys should avoid/],
    ['kms-key-id', 'my-key', /input 'kms-key-id': 'my-key' is not a KMS key/],
    [
      'kms-key-id',
      'alias/aws/s3',
      /'alias\/aws\/s3' is a KMS alias, which a bucket policy cannot match \(use the key ARN/
    ],
    ['kms-key-id', 'alias/cleanrooms', /is a KMS alias, which a bucket policy cannot match/],
    [
      'kms-key-id',
      'arn:aws:kms:us-east-1:123456789012:alias/cleanrooms',
      /is a KMS alias, which a bucket policy cannot match/
    ],
    ['kms-key-id', 'arn:aws:kms:us-east-1:123456789012:key/nope', /is not a KMS key/],
    [
      'recipient',
      PRIVATE,
      /input 'recipient': holds a PRIVATE key, not a public key \(export the public key/
    ],
    ['recipient', `${KEY_A}\nkeys/b.asc`, /input 'recipient': mixes armored key text with other text/],
    ['recipient', '-----BEGIN PGP PUBLIC KEY BLOCK-----\nabc', /unterminated block/],
    ['recipient-fingerprint', 'ABCD', /input 'recipient-fingerprint': 'ABCD' is not a key fingerprint/],
    ['aead', 'maybe', /input 'aead': 'maybe' is not a boolean \(use true or false\)/],
    ['compression', 'zstd', /input 'compression': 'zstd' is not supported \(use gzip or none\)/],
    ['compression-level', '0', /input 'compression-level': 0 is out of range \(use 1-9\)/],
    ['compression-level', '10', /out of range \(use 1-9\)/],
    ['part-size-mb', '4', /input 'part-size-mb': 4 is out of range \(use 5-5120\)/],
    ['part-size-mb', '5121', /out of range \(use 5-5120\)/],
    ['concurrency', '0', /input 'concurrency': 0 is out of range \(use 1-16\)/],
    ['concurrency', '17', /out of range/],
    ['concurrency', '-1', /'-1' is not a whole number/],
    ['batch-id', 'a/b', /input 'batch-id': 'a\/b' is not a batch id/],
    ['batch-id', 'x'.repeat(65), /is not a batch id/],
    [
      'state-machine-arn',
      'arn:aws:states:us-east-1:123456789012:execution:x:y',
      /input 'state-machine-arn': .* is not a state machine ARN/
    ],
    ['wait', 'y', /input 'wait': 'y' is not a boolean/],
    ['timeout-minutes', '0', /input 'timeout-minutes': 0 is out of range \(use 1-7200\)/],
    ['fail-on-empty', 'nope', /input 'fail-on-empty': 'nope' is not a boolean/],
    ['dry-run', '2', /input 'dry-run': '2' is not a boolean/]
  ])('rejects %s = %j', (name, value, message) => {
    const text = problemsOf({ [name]: value })
    expect(text).toMatch(message)
    expect(text).not.toContain('\n')
  })

  it('never echoes key material in a recipient problem', () => {
    expect(problemsOf({ recipient: PRIVATE })).not.toContain('xVgEZsecret')
  })

  it('shortens long values to one line in messages', () => {
    const text = problemsOf({ dataset: `bad\nname-${'x'.repeat(200)}` })
    expect(text).not.toContain('\n')
    expect(text.length).toBeLessThan(250)
  })

  it('lists every problem in one message, joined by "; "', () => {
    const text = problemsOf({ concurrency: '99', bucket: 'BAD', aead: 'perhaps', 'aws-region': 'moon' })
    expect(text.split('; ')).toEqual([
      expect.stringMatching(/^input 'aws-region': /),
      expect.stringMatching(/^input 'bucket': /),
      expect.stringMatching(/^input 'aead': /),
      expect.stringMatching(/^input 'concurrency': /)
    ])
  })
})

describe('region fallbacks', () => {
  it('uses AWS_REGION, then AWS_DEFAULT_REGION, and records which', () => {
    const a = parse({}, { AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'us-east-2' })
    expect(a.region).toBe('eu-west-1')
    expect(a.provenance['aws-region']).toBe('env AWS_REGION')
    const b = parse({}, { AWS_DEFAULT_REGION: 'us-east-2' })
    expect(b.region).toBe('us-east-2')
    expect(b.provenance['aws-region']).toBe('env AWS_DEFAULT_REGION')
  })

  it('prefers the input over the environment', () => {
    const s = parse({ 'aws-region': 'ap-south-1' }, { AWS_REGION: 'eu-west-1' })
    expect(s.region).toBe('ap-south-1')
    expect(s.provenance['aws-region']).toBe('input')
  })

  it('names the variable when the environment holds a bad region', () => {
    expect(problemsOf({}, { AWS_REGION: 'Frankfurt' })).toMatch(
      /^input 'aws-region': env AWS_REGION: 'Frankfurt' is not a region name/
    )
  })
})

describe('splitList', () => {
  it('splits on newlines and top-level commas only', () => {
    expect(splitList('a.csv,b.csv\n\n  {x,y}/*.csv ,\r\nz/{1,{2,3}}.csv,')).toEqual([
      'a.csv',
      'b.csv',
      '{x,y}/*.csv',
      'z/{1,{2,3}}.csv'
    ])
  })
})

describe('parseRecipients', () => {
  it('treats text without armor as paths, one per line', () => {
    expect(parseRecipients(' a.asc \n\nb.gpg').recipients).toEqual([
      { kind: 'path', path: 'a.asc' },
      { kind: 'path', path: 'b.gpg' }
    ])
  })
  it('refuses a signature block', () => {
    expect(parseRecipients('-----BEGIN PGP SIGNATURE-----\nx\n-----END PGP SIGNATURE-----').problem).toMatch(
      /'SIGNATURE' block, not a public key/
    )
  })
})

describe('requireForCommand', () => {
  const complete = (command: string): Settings =>
    parse({
      command,
      'aws-region': 'us-east-1',
      files: '*.csv',
      dataset: 'customers',
      bucket: 'data-bucket',
      recipient: KEY_A,
      'state-machine-arn': SFN,
      'batch-id': 'gh-1-1'
    })

  it.each([['run'], ['upload'], ['start'], ['validate']])('passes a complete %s', command => {
    expect(() => requireForCommand(complete(command))).not.toThrow()
  })

  it('names every missing input for run and how to supply it', () => {
    const s = parse({ command: 'run' })
    expect(() => requireForCommand(s)).toThrow(UsageError)
    expect(() => requireForCommand(s)).toThrow(
      "input 'files': required for command 'run' (set input 'files' (globs, e.g. exports/*.csv)); " +
        "input 'dataset': required for command 'run' (set input 'dataset' (e.g. customers)); " +
        "input 'aws-region': required for command 'run' (set input 'aws-region' or env AWS_REGION); " +
        "input 'bucket': required for command 'run' (set input 'bucket' or 'stack-name' (its output DataBucketName)); " +
        "input 'recipient': required for command 'run' (set input 'recipient' or 'stack-name' (its output PgpPublicKey)); " +
        "input 'state-machine-arn': required for command 'run' (set input 'state-machine-arn' or 'stack-name' (its output StateMachineArn))"
    )
  })

  it('asks start for the batch id and not for files or recipients', () => {
    const s = { ...complete('start'), batchId: undefined, files: [], recipients: [] }
    expect(() => requireForCommand(s)).toThrow(
      /^input 'batch-id': required for command 'start' \(set input 'batch-id' to the batch to start \(the batch-id output of the upload step\)\)$/
    )
  })

  it('returns the settings typed for the command, and requireRegion asks for the region first', () => {
    const start = requireForCommand(complete('start'))
    expect(start.command === 'start' && [start.batchId, start.stateMachineArn, start.bucket]).toEqual([
      'gh-1-1',
      SFN,
      'data-bucket'
    ])
    expect(requireRegion(complete('upload'))).toBe('us-east-1')
    expect(() => requireRegion(parse({ command: 'start', dataset: 'customers' }))).toThrow(
      /^input 'aws-region': required for command 'start' .*; input 'bucket': .*; input 'state-machine-arn': .*; input 'batch-id': /
    )
  })

  it('upload does not need a state machine; validate needs no AWS settings', () => {
    expect(() => requireForCommand({ ...complete('upload'), stateMachineArn: undefined })).not.toThrow()
    const v = parse({ command: 'validate', files: '*.csv', dataset: 'customers' })
    expect(() => requireForCommand(v)).not.toThrow()
  })
})

describe('deriveBatchId', () => {
  const now = new Date('2026-11-22T14:05:09.123Z')
  it('uses the run id and attempt in Actions', () => {
    expect(deriveBatchId({ GITHUB_RUN_ID: '987654', GITHUB_RUN_ATTEMPT: '3' }, now, () => 'r')).toBe(
      'gh-987654-3'
    )
    expect(deriveBatchId({ GITHUB_RUN_ID: '987654' }, now, () => 'r')).toBe('gh-987654-1')
  })
  it('uses time and randomness elsewhere, and the result is a valid batch id', () => {
    const id = deriveBatchId({}, now, () => 'a1-b2/c3')
    expect(id).toBe('local-20261122T140509Z-a1b2c3')
    expect(parse({ 'batch-id': id }).batchId).toBe(id)
  })
})
