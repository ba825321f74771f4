/**
 * `cleanrooms-connect keys create|rotate`: makes the pipeline's OpenPGP key pair in memory, stores the private key
 * KMS-wrapped in the stack's secret (create: the first key; rotate: a new key beside the current one, so batches
 * encrypted to either still decrypt; the newest two are kept), and publishes the public key as the stack's
 * PgpPublicKey parameter, which the stack's PgpPublicKey output (stack discovery) reflects. The private key exists
 * only in memory and, wrapped, in the secret: it never touches disk or logs.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import { DescribeStacksCommand, UpdateStackCommand } from '@aws-sdk/client-cloudformation'
import { KMSClient } from '@aws-sdk/client-kms'
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import * as openpgp from 'openpgp'
import { createCloudFormationClient } from '../aws/clients.js'
import { readStackOutputs } from '../aws/stack-outputs.js'
import { UsageError, UserError } from '../errors.js'
import { parseKeySecret, serializeKeySecret, wrapPrivateKey, type KeySecret } from '../keys/envelope.js'
import { parseFlags, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect keys create|rotate --stack-name S [--region R] [--rsa] [--user-id TEXT]
                                         [--endpoint-url URL] [--no-publish] [--dry-run]

create  generates the pipeline's key pair (Curve25519; RSA-4096 with --rsa), stores the private key wrapped by the
        stack's KeyWrappingKey (KMS envelope, encryption context {stack, purpose: pgp-private-key}) in its
        PgpPrivateKeySecret, and publishes the public key as the stack parameter PgpPublicKey, which the stack
        outputs for the action's stack discovery. Refuses when a key is stored already.
rotate  the same with a new key, stored beside the current one: batches encrypted to either still decrypt. The two
        newest keys stay live; older ones are removed from the secret.

The armored public key goes to stdout, its fingerprint to stderr. The private key exists only in memory and, wrapped,
in the secret. Needs: cloudformation:DescribeStacks (+ UpdateStack to publish), secretsmanager:GetSecretValue and
PutSecretValue on the secret, kms:GenerateDataKey on the KeyWrappingKey with that encryption context.

Flags:
  --stack-name S      the deployed cleanrooms-connect stack (required)
  --region R          AWS region [default: AWS_REGION]
  --rsa               RSA-4096 instead of Curve25519 (for peers that cannot use Curve25519)
  --user-id TEXT      user ID of the key, "Name" or "Name <email>" [default: cleanrooms-connect <stack>]
  --endpoint-url URL  endpoint for CloudFormation, Secrets Manager and KMS (a local emulator)
  --no-publish        store the key but leave the PgpPublicKey parameter alone (publish it yourself)
  --dry-run           check the stack, the secret and the permissions to read them; generate and write nothing

Example:
  cleanrooms-connect keys rotate --stack-name cleanrooms-prod --region us-east-1 > pipeline-public.asc`

/** CloudFormation parameter values are limited to 4,096 bytes. */
const PARAMETER_LIMIT = 4096
/** Live keys kept by rotate: the new one and the one before it. */
export const LIVE_KEYS = 2

export interface KeysDeps {
  cfn?: CloudFormationClient
  kms?: KMSClient
  secrets?: SecretsManagerClient
  now?: () => Date
}

function oneLine(err: unknown): string {
  // Not `instanceof Error`: errors from another realm (Node internals under a VM) are not instances of ours.
  const message = (err as { message?: unknown })?.message
  const m = typeof message === 'string' ? message : String(err)
  return m.split('\n')[0] ?? m
}

function errorName(err: unknown): string {
  const n = (err as { name?: unknown })?.name
  return typeof n === 'string' ? n : 'Error'
}

function userIdOf(text: string): { name?: string; email?: string } {
  const m = /^(.*?)\s*<([^<>\s]+@[^<>\s]+)>$/.exec(text.trim())
  return m ? { ...(m[1] ? { name: m[1] } : {}), email: m[2] } : { name: text.trim() }
}

async function readKeySecret(secrets: SecretsManagerClient, secretArn: string): Promise<KeySecret> {
  try {
    const r = await secrets.send(new GetSecretValueCommand({ SecretId: secretArn }))
    return parseKeySecret(r.SecretString, `secret ${secretArn}`)
  } catch (err) {
    if (err instanceof UserError) throw err
    // The stack creates the secret without a value: nothing is stored yet.
    if (errorName(err) === 'ResourceNotFoundException' && /value|version|AWSCURRENT/i.test(oneLine(err)))
      return { version: 1, keys: [] }
    throw new UserError(
      `cannot read secret ${secretArn} (${errorName(err)}: ${oneLine(err)}): the caller needs secretsmanager:GetSecretValue on it and kms:Decrypt on the stack's DataKey`,
      { cause: err }
    )
  }
}

function publishCommand(stack: string, region: string): string {
  return `aws cloudformation update-stack --region ${region} --stack-name ${stack} --use-previous-template --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM --parameters file://params.json (PgpPublicKey = the key above, UsePreviousValue for every other parameter)`
}

async function publish(
  cfn: CloudFormationClient,
  stack: string,
  region: string,
  publicArmored: string,
  io: CliIO
): Promise<void> {
  const described = await cfn.send(new DescribeStacksCommand({ StackName: stack }))
  const current = described.Stacks?.[0]?.Parameters ?? []
  if (!current.some(p => p.ParameterKey === 'PgpPublicKey')) {
    throw new UserError(
      `the key is stored, but stack ${stack} has no PgpPublicKey parameter to publish it: deploy the current infra/template.yaml, then run with the public key above as PgpPublicKey`
    )
  }
  const parameters = current.map(p =>
    p.ParameterKey === 'PgpPublicKey'
      ? { ParameterKey: 'PgpPublicKey', ParameterValue: publicArmored }
      : { ParameterKey: p.ParameterKey, UsePreviousValue: true }
  )
  try {
    await cfn.send(
      new UpdateStackCommand({
        StackName: stack,
        UsePreviousTemplate: true,
        Parameters: parameters,
        Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM']
      })
    )
  } catch (err) {
    throw new UserError(
      `the key is stored, but publishing it failed (UpdateStack: ${errorName(err)}: ${oneLine(err)}): publish the public key above yourself: ${publishCommand(stack, region)}`,
      { cause: err }
    )
  }
  io.stderr(
    `publishing: stack ${stack} is updating its PgpPublicKey parameter; uploads use the new key once the update completes (aws cloudformation wait stack-update-complete --stack-name ${stack})\n`
  )
}

export function createKeysCommand(deps: KeysDeps = {}): Command {
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
          'endpoint-url': { type: 'string' },
          'no-publish': { type: 'boolean' },
          'dry-run': { type: 'boolean' }
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
      const endpointUrl = parsed.values['endpoint-url'] as string | undefined
      const rsa = parsed.values.rsa === true
      const dryRun = parsed.values['dry-run'] === true
      const noPublish = parsed.values['no-publish'] === true
      const userIdText = (parsed.values['user-id'] as string | undefined) ?? `cleanrooms-connect ${stack}`
      if (userIdText.trim() === '') throw new UsageError('keys: --user-id may not be empty')

      const cfn = deps.cfn ?? createCloudFormationClient({ region, endpointUrl, env: io.env })
      const endpoint = endpointUrl ? { endpoint: endpointUrl } : {}
      const kms = deps.kms ?? new KMSClient({ region, ...endpoint })
      const secrets = deps.secrets ?? new SecretsManagerClient({ region, ...endpoint })
      try {
        const outputs = await readStackOutputs(cfn, stack)
        const secretArn = outputs.PgpPrivateKeySecretArn
        const wrappingKey = outputs.KeyWrappingKeyArn
        if (!secretArn || !wrappingKey) {
          throw new UserError(
            `stack ${stack} has no ${!secretArn ? 'PgpPrivateKeySecretArn' : 'KeyWrappingKeyArn'} output: deploy the current infra/template.yaml`
          )
        }
        const current = await readKeySecret(secrets, secretArn)
        if (action === 'create' && current.keys.length > 0) {
          throw new UsageError(
            `keys: stack ${stack} already has a key (${current.keys.map(k => k.fingerprint).join(', ')}): use 'keys rotate'`
          )
        }
        if (action === 'rotate' && current.keys.length === 0) {
          throw new UsageError(`keys: stack ${stack} has no key yet: use 'keys create'`)
        }
        const kind = rsa ? 'RSA-4096' : 'Curve25519'
        const dropped = current.keys.slice(0, Math.max(0, current.keys.length + 1 - LIVE_KEYS))
        if (dryRun) {
          io.stderr(
            [
              `dry run: would generate a ${kind} key pair, wrap it under ${wrappingKey} and store it in ${secretArn}`,
              `  live keys now: ${current.keys.map(k => k.fingerprint).join(', ') || 'none'}`,
              dropped.length
                ? `  would drop: ${dropped.map(k => k.fingerprint).join(', ')}`
                : '  would drop: none',
              noPublish
                ? '  would not publish (--no-publish)'
                : `  would publish the public key as the PgpPublicKey parameter of stack ${stack}`,
              ''
            ].join('\n')
          )
          return 0
        }

        const generated = await openpgp.generateKey({
          ...(rsa
            ? { type: 'rsa' as const, rsaBits: 4096 }
            : { type: 'ecc' as const, curve: 'curve25519Legacy' as const }),
          userIDs: [userIdOf(userIdText)],
          format: 'object'
        })
        const privateKey = generated.privateKey
        const fingerprint = privateKey.getFingerprint().toUpperCase()
        const wrapped = await wrapPrivateKey(kms, wrappingKey, stack, privateKey.armor())
        const next: KeySecret = {
          version: 1,
          keys: [
            ...current.keys,
            {
              fingerprint,
              keyIds: privateKey.getKeyIDs().map(id => id.toHex().toUpperCase()),
              createdAt: (deps.now ?? (() => new Date()))().toISOString(),
              wrapped
            }
          ].slice(-LIVE_KEYS)
        }
        try {
          await secrets.send(
            new PutSecretValueCommand({ SecretId: secretArn, SecretString: serializeKeySecret(next) })
          )
        } catch (err) {
          throw new UserError(
            `cannot store the key in ${secretArn} (${errorName(err)}: ${oneLine(err)}): the caller needs secretsmanager:PutSecretValue on it and kms:GenerateDataKey on the stack's DataKey; nothing was stored or published`,
            { cause: err }
          )
        }
        const publicArmored = generated.publicKey.armor()
        io.stdout(publicArmored)
        io.stderr(`fingerprint ${fingerprint}\n`)
        io.stderr(
          `stored the ${kind} key in ${secretArn}; live keys: ${next.keys.map(k => k.fingerprint).join(', ')}${dropped.length ? `; dropped ${dropped.map(k => k.fingerprint).join(', ')}` : ''}\n`
        )
        if (noPublish) {
          io.stderr(
            `not published (--no-publish): set the stack parameter PgpPublicKey to the key above (${publishCommand(stack, region)})\n`
          )
        } else if (Buffer.byteLength(publicArmored) > PARAMETER_LIMIT) {
          io.stderr(
            `not published: the armored public key is ${Buffer.byteLength(publicArmored)} bytes, over the 4,096-byte parameter limit; pass it to the action as its recipient input instead\n`
          )
        } else {
          await publish(cfn, stack, region, publicArmored, io)
        }
        return 0
      } finally {
        if (!deps.cfn) cfn.destroy()
        if (!deps.kms) kms.destroy()
        if (!deps.secrets) secrets.destroy()
      }
    }
  }
}

export const keysCommand: Command = createKeysCommand()
