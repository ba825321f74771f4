import { beforeEach, describe, expect, it } from '@jest/globals'
import {
  CloudFormationClient,
  DescribeStacksCommand,
  UpdateStackCommand
} from '@aws-sdk/client-cloudformation'
import { DecryptCommand, EncryptCommand, KMSClient } from '@aws-sdk/client-kms'
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { mockClient } from 'aws-sdk-client-mock'
import * as openpgp from 'openpgp'
import { keysCommand } from '../../src/commands/keys.js'
import { parseKeySecret, unwrapPrivateKey } from '../../src/keys/envelope.js'

const cfnMock = mockClient(CloudFormationClient)
const kmsMock = mockClient(KMSClient)
const smMock = mockClient(SecretsManagerClient)
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
          {
            OutputKey: 'PgpPrivateKeySecretArn',
            OutputValue: 'arn:aws:secretsmanager:us-east-1:1:secret:keys'
          },
          { OutputKey: 'KeyWrappingKeyArn', OutputValue: 'arn:aws:kms:us-east-1:1:key/wrap' }
        ],
        Parameters: [
          { ParameterKey: 'PgpPublicKey', ParameterValue: '' },
          { ParameterKey: 'DatasetName', ParameterValue: 'customers' }
        ]
      }
    ]
  })
  cfnMock.on(UpdateStackCommand).resolves({ StackId: 'x' })
  // KMS stand-in: the "ciphertext" is the plaintext tagged with the context, enough to check what was sent.
  kmsMock.on(EncryptCommand).callsFake(i => ({
    CiphertextBlob: Buffer.concat([
      Buffer.from(JSON.stringify(i.EncryptionContext) + '|'),
      Buffer.from(i.Plaintext)
    ])
  }))
  kmsMock.on(DecryptCommand).callsFake(i => {
    const blob = Buffer.from(i.CiphertextBlob)
    const bar = blob.indexOf('|')
    if (blob.subarray(0, bar).toString() !== JSON.stringify(i.EncryptionContext))
      throw new Error('context mismatch')
    return { Plaintext: blob.subarray(bar + 1) }
  })
  smMock.on(GetSecretValueCommand).callsFake(() => {
    if (stored === undefined) throw Object.assign(new Error('none'), { name: 'ResourceNotFoundException' })
    return { SecretString: stored, VersionId: String(stored.length) }
  })
  smMock.on(PutSecretValueCommand).callsFake(i => {
    stored = i.SecretString
    return {}
  })
})

const run = async (...args: string[]) => {
  const t = io()
  const code = await keysCommand({ kms, secrets }).run(args, t.io)
  return { code, ...t.out }
}

describe('keys create and rotate', () => {
  it('creates a key: public key on stdout, private key only wrapped in the secret, stack parameter published', async () => {
    const r = await run('create', '--stack-name', 'prod')
    expect(r.code).toBe(0)
    const pub = await openpgp.readKey({ armoredKey: r.stdout })
    expect(pub.isPrivate()).toBe(false)
    expect(r.stdout + r.stderr).not.toContain('PRIVATE KEY')
    const secret = parseKeySecret(stored)
    expect(secret.keys).toHaveLength(1)
    expect(stored).not.toContain('PRIVATE KEY')
    const armored = await unwrapPrivateKey(kms, 'prod', secret.keys[0]!)
    expect((await openpgp.readPrivateKey({ armoredKey: armored })).getFingerprint()).toBe(
      pub.getFingerprint()
    )
    const update = cfnMock.commandCalls(UpdateStackCommand)[0]!.args[0].input
    expect(update.UsePreviousTemplate).toBe(true)
    expect(update.Parameters).toEqual([
      { ParameterKey: 'PgpPublicKey', ParameterValue: r.stdout },
      { ParameterKey: 'DatasetName', UsePreviousValue: true }
    ])
  })

  it('refuses a second create and rotates keeping the two newest keys', async () => {
    await run('create', '--stack-name', 'prod')
    await expect(run('create', '--stack-name', 'prod')).rejects.toThrow(
      /already has a key .*use 'keys rotate'/
    )
    const fprs: string[] = []
    for (let i = 0; i < 2; i++) {
      const r = await run('rotate', '--stack-name', 'prod', '--no-publish')
      fprs.push((await openpgp.readKey({ armoredKey: r.stdout })).getFingerprint().toUpperCase())
    }
    expect(parseKeySecret(stored).keys.map(k => k.fingerprint)).toEqual(fprs)
  })

  it('needs create or rotate and a stack', async () => {
    await expect(run('--stack-name', 'prod')).rejects.toThrow(/say 'create' or 'rotate'/)
    await expect(run('create')).rejects.toThrow(/--stack-name is required/)
  })
})
