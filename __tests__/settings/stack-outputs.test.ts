import { describe, expect, it } from '@jest/globals'
import { UsageError, UserError } from '../../src/errors.js'
import { requireForCommand } from '../../src/settings/requirements.js'
import { parseSettings } from '../../src/settings/settings.js'
import { applyStackOutputs, STACK_OUTPUTS } from '../../src/settings/stack-outputs.js'

const KEY = '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nxjMEZAAAAAAAA\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----'
const SFN = 'arn:aws:states:us-east-1:123456789012:stateMachine:cleanrooms-pipeline'
const KMS = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'

const outputs = {
  DataBucketName: 'cleanrooms-prod-data',
  LandingPrefix: 'incoming',
  KmsKeyArn: KMS,
  PgpPublicKey: KEY,
  StateMachineArn: SFN,
  TargetBucketName: 'cleanrooms-prod-target',
  GlueDatabaseName: 'cleanrooms_prod',
  SomethingElse: 'ignored'
}

describe('applyStackOutputs', () => {
  it('fills every setting not given and records the stack as its source', () => {
    const s = parseSettings(
      { command: 'run', files: '*.csv', dataset: 'customers', 'aws-region': 'us-east-1' },
      {}
    )
    const filled = applyStackOutputs(s, outputs, 'cleanrooms-prod')
    expect(filled).toMatchObject({
      bucket: 'cleanrooms-prod-data',
      prefix: 'incoming/',
      kmsKeyId: KMS,
      recipients: [{ kind: 'armored', armored: KEY }],
      stateMachineArn: SFN,
      targetBucket: 'cleanrooms-prod-target',
      glueDatabase: 'cleanrooms_prod'
    })
    expect(filled.provenance).toEqual({
      command: 'input',
      files: 'input',
      dataset: 'input',
      'aws-region': 'input',
      bucket: 'stack cleanrooms-prod (output DataBucketName)',
      prefix: 'stack cleanrooms-prod (output LandingPrefix)',
      'kms-key-id': 'stack cleanrooms-prod (output KmsKeyArn)',
      recipient: 'stack cleanrooms-prod (output PgpPublicKey)',
      'state-machine-arn': 'stack cleanrooms-prod (output StateMachineArn)'
    })
    expect(() => requireForCommand(filled)).not.toThrow()
  })

  it('keeps explicit inputs over outputs, and does not change its argument', () => {
    const s = parseSettings(
      {
        bucket: 'my-bucket',
        prefix: 'mine/',
        'kms-key-id': '2222bbbb-12ab-34cd-56ef-1234567890ab',
        recipient: 'keys/mine.asc',
        'state-machine-arn': SFN.replace('cleanrooms-pipeline', 'mine')
      },
      {}
    )
    const before = structuredClone(s)
    const filled = applyStackOutputs(s, outputs, 'cleanrooms-prod')
    expect(filled).toMatchObject({
      bucket: 'my-bucket',
      prefix: 'mine/',
      kmsKeyId: '2222bbbb-12ab-34cd-56ef-1234567890ab',
      recipients: [{ kind: 'path', path: 'keys/mine.asc' }],
      stateMachineArn: SFN.replace('cleanrooms-pipeline', 'mine'),
      targetBucket: 'cleanrooms-prod-target'
    })
    expect(Object.values(filled.provenance)).toEqual(['input', 'input', 'input', 'input', 'input'])
    expect(s).toEqual(before)
    expect(filled).not.toBe(s)
  })

  it('fills the default prefix from LandingPrefix but not an explicit one equal to the default', () => {
    const byDefault = applyStackOutputs(parseSettings({}, {}), { LandingPrefix: 'in/' }, 'st')
    expect(byDefault.prefix).toBe('in/')
    const explicit = applyStackOutputs(
      parseSettings({ prefix: 'landing/' }, {}),
      { LandingPrefix: 'in/' },
      'st'
    )
    expect(explicit.prefix).toBe('landing/')
  })

  it('ignores empty outputs (a key too large for the stack leaves PgpPublicKey empty)', () => {
    const s = applyStackOutputs(
      parseSettings({ command: 'upload' }, {}),
      { PgpPublicKey: '  ', DataBucketName: '' },
      'st'
    )
    expect(s.recipients).toEqual([])
    expect(s.bucket).toBeUndefined()
    expect(() => requireForCommand(s)).toThrow(
      /input 'recipient': required for command 'upload' \(set input 'recipient' or 'stack-name' \(its output PgpPublicKey\)\)/
    )
  })

  it('reports every malformed output in one UserError naming the stack', () => {
    const bad = { DataBucketName: 'Bad_Bucket', StateMachineArn: 'arn:nope', PgpPublicKey: 'not a key' }
    let error: unknown
    try {
      applyStackOutputs(parseSettings({}, {}), bad, 'cleanrooms-prod')
    } catch (err) {
      error = err
    }
    expect(error).toBeInstanceOf(UserError)
    expect(error).not.toBeInstanceOf(UsageError)
    const message = (error as Error).message
    expect(message).toMatch(
      /^stack cleanrooms-prod output DataBucketName: 'Bad_Bucket' is not a valid bucket name/
    )
    expect(message).toMatch(/; stack cleanrooms-prod output PgpPublicKey: is not an armored public key block/)
    expect(message).toMatch(
      /; stack cleanrooms-prod output StateMachineArn: 'arn:nope' is not a state machine ARN/
    )
    expect(message).toMatch(/\(fix the stack outputs and redeploy, or set the input explicitly\)$/)
  })

  it('takes the Clean Rooms configured table and association, and refuses a malformed id', () => {
    const s = parseSettings({ command: 'run', files: '*.csv', dataset: 'customers' }, {})
    const id = '1c9e3a2b-0000-4000-8000-00000000beef'
    const association = `arn:aws:cleanrooms:us-east-1:123456789012:membership/m-1/configuredtableassociation/a-1`
    expect(
      applyStackOutputs(
        s,
        { ConfiguredTableId: id, ConfiguredTableAssociationArn: association, CleanRoomsMembershipId: 'm-1' },
        'st'
      ).cleanRooms
    ).toEqual({ configuredTableId: id, associationArn: association, membershipId: 'm-1' })
    expect(applyStackOutputs(s, {}, 'st').cleanRooms).toBeUndefined()
    expect(() => applyStackOutputs(s, { ConfiguredTableId: 'customers' }, 'st')).toThrow(
      /stack st output ConfiguredTableId: is not a configured table id/
    )
  })

  it('does not check an output the user overrides', () => {
    expect(
      applyStackOutputs(parseSettings({ bucket: 'ok-bucket' }, {}), { DataBucketName: 'Bad_Bucket' }, 's')
        .bucket
    ).toBe('ok-bucket')
  })

  it('documents each output, and every input it fills exists', async () => {
    const { inputSpec } = await import('../../src/settings/inputs.js')
    for (const [name, spec] of Object.entries(STACK_OUTPUTS)) {
      expect(name).toMatch(/^[A-Z][A-Za-z0-9]+$/)
      expect(spec.description.length).toBeGreaterThan(20)
      if ('input' in spec) expect(inputSpec(spec.input)).toBeDefined()
    }
  })
})
