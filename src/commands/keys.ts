/**
 * `cleanrooms-connect keys create|rotate`: makes the pipeline's OpenPGP key pair in memory, stores the private key
 * KMS-wrapped in the stack's secret (create: the first key; rotate: a new key beside the current one, so batches
 * encrypted to either still decrypt; the newest two are kept), and publishes the public key as the stack's
 * PgpPublicKey parameter, which stack discovery reads. The private key never touches disk or logs.
 */
import { KMSClient } from '@aws-sdk/client-kms'
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import { DescribeStacksCommand, UpdateStackCommand } from '@aws-sdk/client-cloudformation'
import * as openpgp from 'openpgp'
import { createCloudFormationClient } from '../aws/clients.js'
import { readStackOutputs } from '../aws/stack-outputs.js'
import { UsageError, UserError } from '../errors.js'
import { parseKeySecret, wrapPrivateKey, type KeySecret } from '../keys/envelope.js'
import { parseFlags, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect keys create|rotate --stack-name S [--region R] [--rsa] [--user-id TEXT] [--no-publish]

create  generates the pipeline's key pair (Curve25519; RSA-4096 with --rsa), stores the private key wrapped by the
        stack's KeyWrappingKey (KMS, encryption context {stack, purpose}) in its PgpPrivateKeySecret, and publishes
        the public key as the stack parameter PgpPublicKey (stack discovery's recipient). Refuses if a key exists.
rotate  the same with a new key, kept beside the current one: batches encrypted to either still decrypt. The two
        newest keys stay; older ones are removed.

The armored public key is printed to stdout. The private key exists only in memory and, wrapped, in the secret.
Needs: cloudformation:DescribeStacks and UpdateStack (publishing), secretsmanager:GetSecretValue and
PutSecretValue on the secret, kms:Encrypt on the KeyWrappingKey (the key policy allows it with the context).

Flags:
  --stack-name S     the deployed cleanrooms-connect stack
  --region R         default AWS_REGION
  --rsa              RSA-4096 instead of Curve25519 (its armored public key may exceed the 4,096-byte
                     parameter limit: then it is not published; pass it as the recipient input instead)
  --user-id TEXT     user ID of the key (default "cleanrooms-connect <stack>")
  --no-publish       do not update the stack parameter

Example:
  cleanrooms-connect keys rotate --stack-name cleanrooms-prod --region us-east-1 > pipeline-public.asc`

/** CloudFormation parameter values are limited to 4,096 bytes. */
const PARAMETER_LIMIT = 4096
const KEEP = 2

export interface KeysDeps {
  kms?: KMSClient
  secrets?: SecretsManagerClient
  now?: () => Date
}

export function keysCommand(deps: KeysDeps = {}): Command {
  return {
    name: 'keys',
    help: HELP,
    async run(args: string[], io: CliIO): Promise<number> {
      const parsed = parseFlags(
        'keys',
        args,
        {
          'stack-name': { type: 'string' },
          region: { type: 'string' },
          rsa: { type: 'boolean' },
          'user-id': { type: 'string' },
          'no-publish': { type: 'boolean' }
        },
        true
      )
      if (!parsed) {
        io.stdout(HELP + '\n')
        return 0
      }
      const [action, ...extra] = parsed.positionals
      if ((action !== 'create' && action !== 'rotate') || extra.length > 0) {
        throw new UsageError("keys: say 'create' or 'rotate' (see 'cleanrooms-connect keys --help')")
      }
      const stack = parsed.values['stack-name'] as string | undefined
      if (!stack) throw new UsageError('keys: --stack-name is required')
      const region =
        (parsed.values.region as string | undefined) ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION
      if (!region) throw new UsageError('keys: --region is required (or set AWS_REGION)')

      const cfn = createCloudFormationClient({ region, env: io.env })
      const kms = deps.kms ?? new KMSClient({ region })
      const secrets = deps.secrets ?? new SecretsManagerClient({ region })
      try {
        const outputs = await readStackOutputs(cfn, stack)
        const secretArn = outputs.PgpPrivateKeySecretArn
        const wrappingKey = outputs.KeyWrappingKeyArn
        if (!secretArn || !wrappingKey) {
          throw new UserError(
            `stack ${stack} has no PgpPrivateKeySecretArn/KeyWrappingKeyArn outputs: deploy the current infra/template.yaml`
          )
        }
        let current: KeySecret
        try {
          const r = await secrets.send(new GetSecretValueCommand({ SecretId: secretArn }))
          current = parseKeySecret(r.SecretString)
        } catch (err) {
          // A secret the stack created empty has no value yet.
          if ((err as { name?: string }).name !== 'ResourceNotFoundException') throw err
          current = { version: 1, keys: [] }
        }
        if (action === 'create' && current.keys.length > 0) {
          throw new UsageError(
            `keys: stack ${stack} already has a key (${current.keys.at(-1)!.fingerprint}): use 'keys rotate'`
          )
        }
        const userId = (parsed.values['user-id'] as string | undefined) ?? `cleanrooms-connect ${stack}`
        const generated = await openpgp.generateKey({
          ...(parsed.values.rsa
            ? { type: 'rsa' as const, rsaBits: 4096 }
            : { type: 'ecc' as const, curve: 'curve25519Legacy' as const }),
          userIDs: [{ name: userId }],
          format: 'object'
        })
        const privateKey = generated.privateKey
        const fingerprint = privateKey.getFingerprint().toUpperCase()
        const entry = await wrapPrivateKey(kms, wrappingKey, stack, privateKey.armor(), {
          fingerprint,
          keyIds: privateKey.getKeyIDs().map(id => id.toHex().toUpperCase()),
          createdAt: (deps.now ?? (() => new Date()))()
        })
        const next: KeySecret = { version: 1, keys: [...current.keys, entry].slice(-KEEP) }
        await secrets.send(
          new PutSecretValueCommand({ SecretId: secretArn, SecretString: JSON.stringify(next) })
        )
        const publicArmored = generated.publicKey.armor()
        io.stdout(publicArmored)
        io.stderr(`stored key ${fingerprint} in ${secretArn} (${next.keys.length} live key(s))\n`)

        if (parsed.values['no-publish']) {
          io.stderr(
            'not published (--no-publish): pass the public key above as the recipient input, or update PgpPublicKey\n'
          )
        } else if (Buffer.byteLength(publicArmored) > PARAMETER_LIMIT) {
          io.stderr(
            `not published: the armored key is ${Buffer.byteLength(publicArmored)} bytes, over the 4,096-byte parameter limit; pass it as the recipient input\n`
          )
        } else {
          const described = await cfn.send(new DescribeStacksCommand({ StackName: stack }))
          const parameters = (described.Stacks?.[0]?.Parameters ?? []).map(p =>
            p.ParameterKey === 'PgpPublicKey'
              ? { ParameterKey: 'PgpPublicKey', ParameterValue: publicArmored }
              : { ParameterKey: p.ParameterKey, UsePreviousValue: true }
          )
          await cfn.send(
            new UpdateStackCommand({
              StackName: stack,
              UsePreviousTemplate: true,
              Parameters: parameters,
              Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM']
            })
          )
          io.stderr(
            `publishing: stack ${stack} is updating its PgpPublicKey parameter (uploads use the new key once the update completes)\n`
          )
        }
        return 0
      } finally {
        cfn.destroy()
        if (!deps.kms) kms.destroy()
        if (!deps.secrets) secrets.destroy()
      }
    }
  }
}
