/**
 * Value checks shared by the input parser and the stack-output reader. Each returns undefined when the value is
 * fine, else a short problem with its fix, so callers can collect every problem before failing once.
 */

// Regions: us-east-1, eu-central-2, us-gov-west-1, cn-northwest-1, us-isob-east-1 …
const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/
const PARTITION = 'aws(-[a-z]+)*'
const ACCOUNT = '\\d{12}'
const ROLE_ARN = new RegExp(`^arn:${PARTITION}:iam::${ACCOUNT}:role/[\\w+=,.@/-]{1,512}$`)
// State machine names: 1-80 characters, no whitespace, brackets, wildcards or control characters.
const STATE_MACHINE_ARN = new RegExp(
  `^arn:${PARTITION}:states:[a-z]{2}(-[a-z]+)+-\\d{1,2}:${ACCOUNT}:stateMachine:[^\\s<>{}\\[\\]?*"#%\\\\^|~\`$&,;:/]{1,80}$`
)
const KMS_KEY_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const KMS_MRK = /^mrk-[0-9a-f]{32}$/
const KMS_ARN = new RegExp(`^arn:${PARTITION}:kms:[a-z]{2}(-[a-z]+)+-\\d{1,2}:${ACCOUNT}:(key|alias)/(.+)$`)

export function checkRegion(v: string): string | undefined {
  return REGION.test(v) ? undefined : `'${shown(v)}' is not a region name (use one like us-east-1)`
}

export function checkRoleArn(v: string): string | undefined {
  return ROLE_ARN.test(v)
    ? undefined
    : `'${shown(v)}' is not an IAM role ARN (use arn:aws:iam::123456789012:role/NAME)`
}

export function checkStateMachineArn(v: string): string | undefined {
  return STATE_MACHINE_ARN.test(v)
    ? undefined
    : `'${shown(v)}' is not a state machine ARN (use arn:aws:states:REGION:123456789012:stateMachine:NAME)`
}

/**
 * A key ARN or key id. Aliases are refused: a bucket policy that pins the key (the stack's DenyOtherKmsKeys) compares
 * the x-amz-server-side-encryption-aws-kms-key-id header as sent and cannot match an alias, and S3 resolves an alias in
 * the caller's account, not the bucket owner's.
 */
export function checkKmsKeyId(v: string): string | undefined {
  if (KMS_KEY_UUID.test(v) || KMS_MRK.test(v)) return undefined
  const arn = KMS_ARN.exec(v)
  const [, , , kind, rest = ''] = arn ?? []
  if (kind === 'key' && (KMS_KEY_UUID.test(rest) || KMS_MRK.test(rest))) return undefined
  if (v.startsWith('alias/') || kind === 'alias')
    return `'${shown(v)}' is a KMS alias, which a bucket policy cannot match (use the key ARN, e.g. the stack output KmsKeyArn, or the key id)`
  return `'${shown(v)}' is not a KMS key (use a key ARN or key id)`
}

/** S3 general purpose bucket naming rules. */
export function checkBucketName(v: string): string | undefined {
  const fix =
    '(use 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit)'
  if (v.length < 3 || v.length > 63) return `'${shown(v)}' must be 3-63 characters long ${fix}`
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(v)) return `'${shown(v)}' is not a valid bucket name ${fix}`
  if (v.includes('..')) return `'${shown(v)}' has two adjacent dots ${fix}`
  if (/^\d+\.\d+\.\d+\.\d+$/.test(v)) return `'${shown(v)}' looks like an IP address ${fix}`
  if (/^(xn--|sthree-|amzn-s3-demo-)/.test(v)) return `'${shown(v)}' starts with a prefix S3 reserves ${fix}`
  if (/(-s3alias|--ol-s3|\.mrap|--x-s3|--table-s3)$/.test(v))
    return `'${shown(v)}' ends with a suffix S3 reserves ${fix}`
  return undefined
}

/** A key prefix: relative, '/'-separated, no empty, '.' or '..' segments; returned normalized to end with '/'. */
export function normalizePrefix(v: string): { value?: string; problem?: string } {
  const trimmed = v.trim()
  const withSlash = trimmed.endsWith('/') ? trimmed : `${trimmed}/`
  const segments = withSlash.slice(0, -1).split('/')
  if (trimmed.startsWith('/'))
    return { problem: `'${shown(v)}' starts with '/' (S3 keys are relative: use e.g. landing/)` }
  if (segments.some(s => s === '' || s === '.' || s === '..'))
    return {
      problem: `'${shown(v)}' has an empty, '.' or '..' segment (use e.g. landing/ or teams/a/landing/)`
    }
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f\\{}^%`[\]"<>~#|]/.test(trimmed))
    return {
      problem: `'${shown(v)}' has characters S3 keys should avoid (use letters, digits, / ! - _ . * ' ( ))`
    }
  return { value: withSlash }
}

export function checkDataset(v: string): string | undefined {
  return /^[a-z0-9][a-z0-9_-]{0,63}$/.test(v)
    ? undefined
    : `'${shown(v)}' is not a dataset name (use up to 64 lowercase letters, digits, _ and -, starting with a letter or digit)`
}

/** Batch ids end up in S3 keys and Step Functions execution names (≤ 80 of [A-Za-z0-9_-]). */
export function checkBatchId(v: string): string | undefined {
  return /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(v)
    ? undefined
    : `'${shown(v)}' is not a batch id (use up to 64 letters, digits, _ and -)`
}

export function checkEndpointUrl(v: string): string | undefined {
  let url: URL
  try {
    url = new URL(v)
  } catch {
    return `'${shown(v)}' is not a URL (use e.g. http://127.0.0.1:9000)`
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `'${shown(v)}' is not an http or https URL (use e.g. https://s3.example.com)`
  if (url.username || url.password) return 'the URL must not contain credentials (remove user:password@)'
  return undefined
}

export function checkRoleSessionName(v: string): string | undefined {
  return /^[\w+=,.@-]{2,64}$/.test(v)
    ? undefined
    : `'${shown(v)}' is not a role session name (use 2-64 letters, digits and +=,.@_-)`
}

/** OpenPGP v4 (40 hex) or v6 (64 hex) fingerprint; spaces and a 0x prefix are dropped, letters uppercased. */
export function normalizeFingerprint(v: string): string | undefined {
  const compact = v.replace(/\s+/g, '').replace(/^0x/i, '').toUpperCase()
  return /^([0-9A-F]{40}|[0-9A-F]{64})$/.test(compact) ? compact : undefined
}

/** Shortens a user value for a one-line message: no newlines, at most 60 characters. */
export function shown(v: string): string {
  const flat = v.replace(/[\r\n\t]+/g, ' ')
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat
}
