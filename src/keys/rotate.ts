/**
 * Key creation and rotation for the pipeline: reads the stack's key secret, makes a new OpenPGP key pair in memory,
 * stores its private key KMS-wrapped beside the current one (the newest LIVE_KEYS are kept, so batches encrypted to
 * either still decrypt), and publishes the public key as the stack's PgpPublicKey parameter. The private key exists
 * only in memory and, wrapped, in the secret. The `keys` command parses flags, builds the clients and prints.
 */
import { DescribeStacksCommand, UpdateStackCommand } from '@aws-sdk/client-cloudformation'
import type { CloudFormationClient } from '@aws-sdk/client-cloudformation'
import type { KMSClient } from '@aws-sdk/client-kms'
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  type SecretsManagerClient
} from '@aws-sdk/client-secrets-manager'
import * as openpgp from 'openpgp'
import { readStackOutputs } from '../aws/stack-outputs.js'
import { UsageError, UserError } from '../errors.js'
import { parseKeySecret, serializeKeySecret, wrapPrivateKey, type KeySecret } from './envelope.js'

/** CloudFormation parameter values are limited to 4,096 bytes. */
export const PARAMETER_LIMIT = 4096
/** Live keys kept by rotate: the new one and the one before it. */
export const LIVE_KEYS = 2

export interface KeyClients {
  cfn: CloudFormationClient
  kms: KMSClient
  secrets: SecretsManagerClient
}

/** What the stack holds before a create or rotate, checked against the action asked for. */
export interface KeyState {
  stack: string
  secretArn: string
  wrappingKey: string
  current: KeySecret
  /** The keys the new one pushes out of the live set. */
  dropped: KeySecret['keys']
}

export interface StoredKey {
  publicArmored: string
  fingerprint: string
  /** 'RSA-4096' or 'Curve25519'. */
  kind: string
  live: string[]
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

export function keyKind(rsa: boolean): string {
  return rsa ? 'RSA-4096' : 'Curve25519'
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

/** Reads the stack's secret and wrapping key; refuses a create over a stored key and a rotate with none. */
export async function readKeyState(
  clients: KeyClients,
  stack: string,
  action: 'create' | 'rotate'
): Promise<KeyState> {
  const outputs = await readStackOutputs(clients.cfn, stack)
  const secretArn = outputs.PgpPrivateKeySecretArn
  const wrappingKey = outputs.KeyWrappingKeyArn
  if (!secretArn || !wrappingKey) {
    throw new UserError(
      `stack ${stack} has no ${!secretArn ? 'PgpPrivateKeySecretArn' : 'KeyWrappingKeyArn'} output: deploy the current infra/template.yaml`
    )
  }
  const current = await readKeySecret(clients.secrets, secretArn)
  if (action === 'create' && current.keys.length > 0) {
    throw new UsageError(
      `keys: stack ${stack} already has a key (${current.keys.map(k => k.fingerprint).join(', ')}): use 'keys rotate'`
    )
  }
  if (action === 'rotate' && current.keys.length === 0) {
    throw new UsageError(`keys: stack ${stack} has no key yet: use 'keys create'`)
  }
  const dropped = current.keys.slice(0, Math.max(0, current.keys.length + 1 - LIVE_KEYS))
  return { stack, secretArn, wrappingKey, current, dropped }
}

/** Generates the key pair, wraps the private key under the stack's KeyWrappingKey and stores it beside the live ones. */
export async function generateAndStoreKey(
  clients: KeyClients,
  state: KeyState,
  o: { rsa: boolean; userId: string; now: () => Date }
): Promise<StoredKey> {
  const generated = await openpgp.generateKey({
    ...(o.rsa
      ? { type: 'rsa' as const, rsaBits: 4096 }
      : { type: 'ecc' as const, curve: 'curve25519Legacy' as const }),
    userIDs: [userIdOf(o.userId)],
    format: 'object'
  })
  const privateKey = generated.privateKey
  const fingerprint = privateKey.getFingerprint().toUpperCase()
  const wrapped = await wrapPrivateKey(clients.kms, state.wrappingKey, state.stack, privateKey.armor())
  const next: KeySecret = {
    version: 1,
    keys: [
      ...state.current.keys,
      {
        fingerprint,
        keyIds: privateKey.getKeyIDs().map(id => id.toHex().toUpperCase()),
        createdAt: o.now().toISOString(),
        wrapped
      }
    ].slice(-LIVE_KEYS)
  }
  try {
    await clients.secrets.send(
      new PutSecretValueCommand({ SecretId: state.secretArn, SecretString: serializeKeySecret(next) })
    )
  } catch (err) {
    throw new UserError(
      `cannot store the key in ${state.secretArn} (${errorName(err)}: ${oneLine(err)}): the caller needs secretsmanager:PutSecretValue on it and kms:GenerateDataKey on the stack's DataKey; nothing was stored or published`,
      { cause: err }
    )
  }
  return {
    publicArmored: generated.publicKey.armor(),
    fingerprint,
    kind: keyKind(o.rsa),
    live: next.keys.map(k => k.fingerprint)
  }
}

/** How to publish by hand, for the messages that leave it to the user. */
export function publishCommand(stack: string, region: string): string {
  return `aws cloudformation update-stack --region ${region} --stack-name ${stack} --use-previous-template --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM --parameters file://params.json (PgpPublicKey = the key above, UsePreviousValue for every other parameter)`
}

/** Sets the stack's PgpPublicKey parameter (every other parameter keeps its value); the stack update runs on. */
export async function publishPublicKey(
  cfn: CloudFormationClient,
  stack: string,
  region: string,
  publicArmored: string
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
}
