/**
 * `cleanrooms-connect keys create|rotate`: parses the flags, builds the clients and prints; src/keys/rotate.ts makes
 * the key pair, stores it KMS-wrapped in the stack's secret and publishes the public key as the stack's PgpPublicKey
 * parameter. The private key never touches disk or logs.
 */
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { KMSClient } from '@aws-sdk/client-kms'
import type { SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import {
  createCloudFormationClient,
  createKmsClient,
  createSecretsManagerClient,
  type AwsClientOptions
} from '../aws/clients.js'
import { UsageError } from '../errors.js'
import {
  generateAndStoreKey,
  keyKind,
  PARAMETER_LIMIT,
  publishCommand,
  publishPublicKey,
  readKeyState
} from '../keys/rotate.js'
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

export interface KeysDeps {
  cfn?: CloudFormationClient
  kms?: KMSClient
  secrets?: SecretsManagerClient
  now?: () => Date
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
      const userId = (parsed.values['user-id'] as string | undefined) ?? `cleanrooms-connect ${stack}`
      if (userId.trim() === '') throw new UsageError('keys: --user-id may not be empty')

      // --endpoint-url is for all three services (a local emulator); region and endpoint are checked here.
      const options: AwsClientOptions = { region, endpointUrl, env: io.env }
      const cfn = deps.cfn ?? createCloudFormationClient(options)
      const kms = deps.kms ?? createKmsClient(options)
      const secrets = deps.secrets ?? createSecretsManagerClient(options)
      try {
        const clients = { cfn, kms, secrets }
        const state = await readKeyState(clients, stack, action)
        if (dryRun) {
          io.stderr(
            [
              `dry run: would generate a ${keyKind(rsa)} key pair, wrap it under ${state.wrappingKey} and store it in ${state.secretArn}`,
              `  live keys now: ${state.current.keys.map(k => k.fingerprint).join(', ') || 'none'}`,
              state.dropped.length
                ? `  would drop: ${state.dropped.map(k => k.fingerprint).join(', ')}`
                : '  would drop: none',
              noPublish
                ? '  would not publish (--no-publish)'
                : `  would publish the public key as the PgpPublicKey parameter of stack ${stack}`,
              ''
            ].join('\n')
          )
          return 0
        }

        const stored = await generateAndStoreKey(clients, state, {
          rsa,
          userId,
          now: deps.now ?? (() => new Date())
        })
        io.stdout(stored.publicArmored)
        io.stderr(`fingerprint ${stored.fingerprint}\n`)
        io.stderr(
          `stored the ${stored.kind} key in ${state.secretArn}; live keys: ${stored.live.join(', ')}${state.dropped.length ? `; dropped ${state.dropped.map(k => k.fingerprint).join(', ')}` : ''}\n`
        )
        const size = Buffer.byteLength(stored.publicArmored)
        if (noPublish) {
          io.stderr(
            `not published (--no-publish): set the stack parameter PgpPublicKey to the key above (${publishCommand(stack, region)})\n`
          )
        } else if (size > PARAMETER_LIMIT) {
          io.stderr(
            `not published: the armored public key is ${size} bytes, over the 4,096-byte parameter limit; pass it to the action as its recipient input instead\n`
          )
        } else {
          await publishPublicKey(cfn, stack, region, stored.publicArmored)
          io.stderr(
            `publishing: stack ${stack} is updating its PgpPublicKey parameter; uploads use the new key once the update completes (aws cloudformation wait stack-update-complete --stack-name ${stack})\n`
          )
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
