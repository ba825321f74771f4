/**
 * The outputs of the cleanrooms-connect stack that settings read, and how they fill Settings. Explicit inputs
 * always win; every value taken from the stack is recorded in `provenance` for the job summary.
 *
 * PgpPublicKey holds the armored public key itself rather than the name of an SSM parameter: the key enters the
 * stack as a template parameter, and CloudFormation parameter values are limited to 4,096 bytes (documented quota).
 * An RSA-4096 certify key with an RSA-4096 encryption subkey and one user id armors to 3,143 bytes (measured with
 * gpg 2.2), Ed25519/Cv25519 to ~400 bytes, so one key fits. A key with more user ids, subkeys or third-party
 * signatures may not: then leave the output empty and pass `recipient` explicitly.
 */
import { UserError } from '../errors.js'
import type { Settings } from './settings.js'
import { parseRecipients } from './settings.js'
import { checkBucketName, checkKmsKeyId, checkStateMachineArn, normalizePrefix } from './validate.js'

export interface StackOutputSpec {
  description: string
  /** The input this output fills, if any (informational outputs fill a Settings field only). */
  input?: string
}

export const STACK_OUTPUTS = {
  DataBucketName: { description: 'S3 bucket of the landing zone (fills bucket).', input: 'bucket' },
  LandingPrefix: {
    description: "Key prefix of the landing zone, e.g. 'landing/' (fills prefix).",
    input: 'prefix'
  },
  KmsKeyArn: {
    description: 'ARN of the KMS key for SSE-KMS on uploaded objects (fills kms-key-id).',
    input: 'kms-key-id'
  },
  PgpPublicKey: {
    description:
      'ASCII-armored OpenPGP public key the pipeline decrypts for (fills recipient). Empty when the key does not fit the 4,096-byte parameter limit: then pass recipient.',
    input: 'recipient'
  },
  StateMachineArn: {
    description: 'ARN of the pipeline state machine (fills state-machine-arn).',
    input: 'state-machine-arn'
  },
  TargetBucketName: { description: 'Bucket the pipeline writes Parquet output to (shown in the summary).' },
  GlueDatabaseName: {
    description: 'Glue database the crawler catalogs the output into (shown in the summary).'
  },
  NotificationTopicArn: {
    description:
      'SNS topic of pipeline notifications; failures before the pipeline are published there too (notify).'
  },
  ConfiguredTableId: {
    description:
      'Id of the Clean Rooms configured table over the output table, when the stack creates one (shown in the summary and as output configured-table-id).'
  },
  ConfiguredTableAssociationArn: {
    description:
      'ARN of the configured table association to your collaboration membership, when the stack creates one (shown in the summary).'
  },
  CleanRoomsMembershipId: {
    description: 'The collaboration membership the configured table is associated to (shown in the summary).'
  }
} as const satisfies Record<string, StackOutputSpec>

export type StackOutputName = keyof typeof STACK_OUTPUTS

/**
 * Fills every setting not given explicitly from the stack outputs. Returns a new Settings; throws one UserError if
 * an output the stack provides is malformed (the stack, not the workflow, needs fixing).
 */
export function applyStackOutputs<S extends Settings>(
  s: S,
  outputs: Record<string, string>,
  stackName: string
): S {
  const next: S = { ...s, provenance: { ...s.provenance }, recipients: [...s.recipients] }
  const problems: string[] = []
  const explicit = (input: string) => s.provenance[input] === 'input'
  const from = (output: StackOutputName) => `stack ${stackName} (output ${output})`

  const take = (output: StackOutputName, check?: (v: string) => string | undefined): string | undefined => {
    const v = outputs[output]?.trim()
    if (!v) return undefined
    const p = check?.(v)
    if (p) {
      problems.push(`stack ${stackName} output ${output}: ${p}`)
      return undefined
    }
    return v
  }

  if (!explicit('bucket')) {
    const v = take('DataBucketName', checkBucketName)
    if (v) {
      next.bucket = v
      next.provenance.bucket = from('DataBucketName')
    }
  }
  if (!explicit('prefix')) {
    const v = take('LandingPrefix', p => normalizePrefix(p).problem)
    if (v) {
      next.prefix = normalizePrefix(v).value ?? s.prefix
      next.provenance.prefix = from('LandingPrefix')
    }
  }
  if (!explicit('kms-key-id')) {
    const v = take('KmsKeyArn', checkKmsKeyId)
    if (v) {
      next.kmsKeyId = v
      next.provenance['kms-key-id'] = from('KmsKeyArn')
    }
  }
  if (!explicit('recipient')) {
    const v = take('PgpPublicKey', p => {
      const r = parseRecipients(p)
      if (r.problem) return r.problem
      return r.recipients.every(x => x.kind === 'armored') ? undefined : 'is not an armored public key block'
    })
    if (v) {
      next.recipients = parseRecipients(v).recipients
      next.provenance.recipient = from('PgpPublicKey')
    }
  }
  if (!explicit('state-machine-arn')) {
    const v = take('StateMachineArn', checkStateMachineArn)
    if (v) {
      next.stateMachineArn = v
      next.provenance['state-machine-arn'] = from('StateMachineArn')
    }
  }
  const target = take('TargetBucketName', checkBucketName)
  if (target) next.targetBucket = target
  const glue = take('GlueDatabaseName')
  if (glue) next.glueDatabase = glue
  const topic = take('NotificationTopicArn', v =>
    /^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(v)
      ? undefined
      : 'is not an SNS topic ARN'
  )
  if (topic) next.notificationTopicArn = topic
  const configuredTableId = take('ConfiguredTableId', v =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(v)
      ? undefined
      : 'is not a configured table id'
  )
  if (configuredTableId) {
    next.cleanRooms = {
      configuredTableId,
      associationArn: take('ConfiguredTableAssociationArn', v =>
        /^arn:aws[a-z-]*:cleanrooms:[a-z0-9-]+:\d{12}:membership\/.+\/configuredtableassociation\/.+$/.test(v)
          ? undefined
          : 'is not a configured table association ARN'
      ),
      membershipId: take('CleanRoomsMembershipId')
    }
  }

  if (problems.length > 0)
    throw new UserError(
      `${problems.join('; ')} (fix the stack outputs and redeploy, or set the input explicitly)`
    )
  return next
}
