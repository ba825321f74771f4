import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CloudFormationClient,
  DescribeStacksCommand,
  UpdateStackCommand
} from '@aws-sdk/client-cloudformation'
import { GenerateDataKeyCommand, KMSClient } from '@aws-sdk/client-kms'
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import * as openpgp from 'openpgp'
import { createKeysCommand, keysCommand } from '../../src/commands/keys.js'
import { parseKeySecret, unwrapPrivateKey } from '../../src/keys/envelope.js'
import { installKmsStandIn } from '../keys/kms-stand-in.js'

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/wrap'
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:keys'
const cfnMock = mockClient(CloudFormationClient)
const kmsMock = mockClient(KMSClient)
const smMock = mockClient(SecretsManagerClient)
const cfn = new CloudFormationClient({ region: 'us-east-1' })
const kms = new KMSClient({ region: 'us-east-1' })
const secrets = new SecretsManagerClient({ region: 'us-east-1' })
let stored: string | undefined

function io() {
  const out = { stdout: '', stderr: '' }
  return {
    out,
    io: {
      stdout: (t: string) => void (out.stdout += t),
      stderr: (t: string) => void (out.stderr += t),
      env: { AWS_REGION: 'us-east-1' },
      cwd: '.'
    }
  }
}

beforeEach(() => {
  cfnMock.reset()
  kmsMock.reset()
  smMock.reset()
  stored = undefined
  cfnMock.on(DescribeStacksCommand).resolves({
    Stacks: [
      {
        StackName: 'prod',
        StackStatus: 'UPDATE_COMPLETE',
        CreationTime: new Date(),
        Outputs: [
          { OutputKey: 'PgpPrivateKeySecretArn', OutputValue: SECRET_ARN },
          { OutputKey: 'KeyWrappingKeyArn', OutputValue: KEY_ARN }
        ],
        Parameters: [
          { ParameterKey: 'PgpPublicKey', ParameterValue: '' },
          { ParameterKey: 'DatasetName', ParameterValue: 'customers' }
        ]
      }
    ]
  })
  cfnMock.on(UpdateStackCommand).resolves({ StackId: 'x' })
  installKmsStandIn(kmsMock, KEY_ARN)
  smMock.on(GetSecretValueCommand).callsFake(() => {
    if (stored === undefined) {
      throw Object.assign(
        new Error("Secrets Manager can't find the specified secret value for staging label: AWSCURRENT"),
        { name: 'ResourceNotFoundException' }
      )
    }
    return { SecretString: stored, VersionId: String(stored.length) }
  })
  smMock.on(PutSecretValueCommand).callsFake(i => {
    stored = i.SecretString
    return {}
  })
})

const run = async (...args: string[]) => {
  const t = io()
  const code = await createKeysCommand({ cfn, kms, secrets }).run(args, t.io)
  return { code, ...t.out }
}

describe('keys create and rotate', () => {
  it('exports the command object the CLI registry loads', () => {
    expect(keysCommand.name).toBe('keys')
    expect(keysCommand.help).toMatch(/--dry-run/)
  })

  it('creates a key: public key on stdout, private key only wrapped in the secret, stack parameter published', async () => {
    const r = await run('create', '--stack-name', 'prod', '--user-id', 'Pipeline <pgp@example.com>')
    expect(r.code).toBe(0)
    const pub = await openpgp.readKey({ armoredKey: r.stdout })
    expect(pub.isPrivate()).toBe(false)
    expect(pub.getUserIDs()).toEqual(['Pipeline <pgp@example.com>'])
    expect(pub.getAlgorithmInfo()).toMatchObject({ algorithm: 'eddsaLegacy', curve: 'ed25519Legacy' })
    expect(r.stderr).toContain(`fingerprint ${pub.getFingerprint().toUpperCase()}`)
    expect(r.stdout + r.stderr).not.toContain('PRIVATE KEY')
    expect(stored).not.toContain('PRIVATE KEY')
    expect(kmsMock.commandCalls(GenerateDataKeyCommand)[0]!.args[0].input).toMatchObject({
      KeyId: KEY_ARN,
      EncryptionContext: { stack: 'prod', purpose: 'pgp-private-key' }
    })
    const secret = parseKeySecret(stored)
    expect(secret.keys).toHaveLength(1)
    const entry = secret.keys[0]!
    expect(entry.fingerprint).toBe(pub.getFingerprint().toUpperCase())
    expect(entry.keyIds).toEqual(pub.getKeyIDs().map(id => id.toHex().toUpperCase()))
    const armored = await unwrapPrivateKey(kms, entry.wrapped, 'prod')
    const priv = await openpgp.readPrivateKey({ armoredKey: armored })
    expect(priv.getFingerprint()).toBe(pub.getFingerprint())
    expect(priv.isDecrypted()).toBe(true)
    const update = cfnMock.commandCalls(UpdateStackCommand)[0]!.args[0].input
    expect(update.UsePreviousTemplate).toBe(true)
    expect(update.Parameters).toEqual([
      { ParameterKey: 'PgpPublicKey', ParameterValue: r.stdout },
      { ParameterKey: 'DatasetName', UsePreviousValue: true }
    ])
  })

  it('refuses a second create and rotates keeping the two newest keys', async () => {
    const first = await run('create', '--stack-name', 'prod', '--no-publish')
    await expect(run('create', '--stack-name', 'prod')).rejects.toThrow(
      /already has a key .*use 'keys rotate'/
    )
    const fprs = [(await openpgp.readKey({ armoredKey: first.stdout })).getFingerprint().toUpperCase()]
    for (let i = 0; i < 2; i++) {
      const r = await run('rotate', '--stack-name', 'prod', '--no-publish')
      fprs.push((await openpgp.readKey({ armoredKey: r.stdout })).getFingerprint().toUpperCase())
      if (i === 1) expect(r.stderr).toContain(`dropped ${fprs[0]}`)
    }
    expect(parseKeySecret(stored).keys.map(k => k.fingerprint)).toEqual(fprs.slice(1))
    expect(cfnMock.commandCalls(UpdateStackCommand)).toHaveLength(0)
  })

  it('a dry run reads the stack and the secret, and generates and writes nothing', async () => {
    const r = await run('create', '--stack-name', 'prod', '--dry-run')
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/dry run: would generate a Curve25519 key pair, wrap it under .*key\/wrap/)
    expect(smMock.commandCalls(PutSecretValueCommand)).toHaveLength(0)
    expect(kmsMock.commandCalls(GenerateDataKeyCommand)).toHaveLength(0)
    expect(cfnMock.commandCalls(UpdateStackCommand)).toHaveLength(0)
  })

  it('says what to do when publishing fails after the key was stored', async () => {
    cfnMock
      .on(UpdateStackCommand)
      .rejects(Object.assign(new Error('Stack is in UPDATE_IN_PROGRESS'), { name: 'ValidationError' }))
    await expect(run('create', '--stack-name', 'prod')).rejects.toThrow(
      /the key is stored, but publishing it failed .*publish the public key above yourself/
    )
    expect(parseKeySecret(stored).keys).toHaveLength(1)
  })

  it('needs create or rotate, a stack, and an existing key to rotate', async () => {
    await expect(run('--stack-name', 'prod')).rejects.toThrow(/say 'create' or 'rotate'/)
    await expect(run('create')).rejects.toThrow(/--stack-name is required/)
    await expect(run('rotate', '--stack-name', 'prod')).rejects.toThrow(/has no key yet: use 'keys create'/)
  })
})
