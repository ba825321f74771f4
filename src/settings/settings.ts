/**
 * Raw inputs (action or CLI) → one typed, validated Settings object. Pure: the caller passes the inputs and the
 * environment. Every problem is collected and reported at once, so a user fixes a workflow in one round trip.
 */
import type { RecipientSource } from '../crypto/keys.js'
import { UsageError } from '../errors.js'
import {
  ACTION_COMMANDS,
  DEFAULT_ROLE_SESSION_NAME,
  INPUT,
  inputSpec,
  type BooleanInputName,
  type CommandName,
  type InputName,
  type IntegerInputName,
  type RawInputs
} from './inputs.js'
import {
  checkBatchId,
  checkBucketName,
  checkDataset,
  checkEndpointUrl,
  checkKmsKeyId,
  checkRegion,
  checkRoleArn,
  checkRoleSessionName,
  checkStateMachineArn,
  normalizeFingerprint,
  normalizePrefix,
  shown
} from './validate.js'

export const DEFAULT_PREFIX = 'landing/'

/** The stack's Clean Rooms resources (stack outputs ConfiguredTableId, ConfiguredTableAssociationArn, ...). */
export interface CleanRoomsTarget {
  configuredTableId: string
  associationArn?: string
  membershipId?: string
}

export interface Settings {
  command: CommandName
  stackName?: string
  roleToAssume?: string
  /** From aws-region, else env AWS_REGION, else env AWS_DEFAULT_REGION. */
  region?: string
  audience: string
  /** Default DEFAULT_ROLE_SESSION_NAME. */
  roleSessionName: string
  roleDurationSeconds: number
  endpointUrl?: string
  /** Globs, in the order given. */
  files: string[]
  workingDirectory: string
  dataset?: string
  bucket?: string
  /** Landing-zone key prefix, always ending in '/'. */
  prefix: string
  kmsKeyId?: string
  recipients: RecipientSource[]
  /** Uppercase hex, no spaces. */
  recipientFingerprints: string[]
  aead: boolean
  compression: 'gzip' | 'none'
  compressionLevel: number
  partSizeBytes: number
  concurrency: number
  /** Explicit override; undefined = derive one from the run (see deriveBatchId). */
  batchId?: string
  stateMachineArn?: string
  wait: boolean
  /** Stop the execution when the job is cancelled while waiting for it. */
  stopOnCancel: boolean
  timeoutMinutes: number
  failOnEmpty: boolean
  /** Publish failures before the pipeline to notificationTopicArn. */
  notify: boolean
  dryRun: boolean
  /** Recipe globs, PII policy and sample file for command validate. */
  recipes: string[]
  policy?: string
  sampleData?: string
  /** Collaboration contract file for command validate. */
  contract?: string
  /** Informational, from the stack outputs only: where the pipeline writes, and the Glue database it catalogs into. */
  targetBucket?: string
  glueDatabase?: string
  /** The stack's SNS topic (stack output NotificationTopicArn): failures before the pipeline are published there. */
  notificationTopicArn?: string
  /** Informational, from the stack outputs only: the Clean Rooms configured table the output is behind. */
  cleanRooms?: CleanRoomsTarget
  /**
   * Where each value that was not a constant default came from, by input name: 'input', 'env AWS_REGION',
   * 'stack NAME (output X)'. The job summary shows it.
   */
  provenance: Record<string, string>
}

type Problems = string[]

function problem(problems: Problems, name: InputName, text: string): void {
  problems.push(`input '${name}': ${text}`)
}

function given(raw: RawInputs, name: InputName): string | undefined {
  const v = raw[name]
  if (v === undefined) return undefined
  const t = v.trim()
  return t === '' ? undefined : t
}

const TRUE = new Set(['true', 'yes', '1'])
const FALSE = new Set(['false', 'no', '0'])

/** A boolean input, defaulting to its declared default. */
function bool(raw: RawInputs, name: BooleanInputName, problems: Problems): boolean {
  const fallback = INPUT[name].default === 'true'
  const v = given(raw, name)
  if (v === undefined) return fallback
  const lower = v.toLowerCase()
  if (TRUE.has(lower)) return true
  if (FALSE.has(lower)) return false
  problem(problems, name, `'${shown(v)}' is not a boolean (use true or false)`)
  return fallback
}

/** An integer input within its declared range, defaulting to its declared default. */
function int(raw: RawInputs, name: IntegerInputName, problems: Problems): number {
  const { min, max } = INPUT[name]
  const fallback = Number(INPUT[name].default)
  const v = given(raw, name)
  if (v === undefined) return fallback
  if (!/^\d+$/.test(v)) {
    problem(problems, name, `'${shown(v)}' is not a whole number (use ${min}-${max})`)
    return fallback
  }
  const n = Number(v)
  if (n < min || n > max) {
    problem(problems, name, `${n} is out of range (use ${min}-${max})`)
    return fallback
  }
  return n
}

function checked(
  raw: RawInputs,
  name: InputName,
  check: (v: string) => string | undefined,
  problems: Problems
): string | undefined {
  const v = given(raw, name)
  if (v === undefined) return undefined
  const p = check(v)
  if (p) {
    problem(problems, name, p)
    return undefined
  }
  return v
}

/** Splits on newlines and on commas outside {…} braces, so `data/{a,b}.csv` stays one glob. */
export function splitList(v: string): string[] {
  const items: string[] = []
  let depth = 0
  let current = ''
  for (const ch of v) {
    if (ch === '{') depth++
    else if (ch === '}') depth = Math.max(0, depth - 1)
    if (ch === '\n' || ch === '\r' || (ch === ',' && depth === 0)) {
      items.push(current)
      current = ''
    } else current += ch
  }
  items.push(current)
  return items.map(s => s.trim()).filter(s => s !== '')
}

const ARMOR_BLOCK = /-----BEGIN PGP ([A-Z ]+)-----[\s\S]*?-----END PGP \1-----/g

/**
 * `recipient` is either one or more armored blocks (pasted text; anything outside the blocks but whitespace is an
 * error) or one or more paths, one per line. Commas are not separators: paths may contain them.
 */
export function parseRecipients(v: string): { recipients: RecipientSource[]; problem?: string } {
  if (!v.includes('-----BEGIN PGP')) {
    const paths = v
      .split(/\r?\n/)
      .map(s => s.trim())
      .filter(s => s !== '')
    return { recipients: paths.map(path => ({ kind: 'path', path })) }
  }
  const recipients: RecipientSource[] = []
  for (const m of v.matchAll(ARMOR_BLOCK)) {
    if (m[1] !== 'PUBLIC KEY BLOCK') {
      const what = m[1] === 'PRIVATE KEY BLOCK' ? 'a PRIVATE key' : `a '${m[1]}' block`
      return {
        recipients: [],
        problem: `holds ${what}, not a public key (export the public key: gpg --export --armor FINGERPRINT)`
      }
    }
    recipients.push({ kind: 'armored', armored: m[0] })
  }
  const rest = v.replace(ARMOR_BLOCK, '').trim()
  if (rest !== '' || recipients.length === 0) {
    return {
      recipients: [],
      problem:
        'mixes armored key text with other text, or has an unterminated block (give only complete -----BEGIN/END PGP PUBLIC KEY BLOCK----- blocks, or only file paths one per line)'
    }
  }
  return { recipients }
}

/** aws-region, else env AWS_REGION, else env AWS_DEFAULT_REGION (the first one set, checked like the input). */
function readRegion(
  raw: RawInputs,
  env: NodeJS.ProcessEnv,
  problems: Problems,
  provenance: Record<string, string>
): string | undefined {
  const region = checked(raw, 'aws-region', checkRegion, problems)
  if (region === undefined && given(raw, 'aws-region') === undefined) {
    for (const variable of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
      const v = env[variable]?.trim()
      if (!v) continue
      const p = checkRegion(v)
      if (p) problem(problems, 'aws-region', `env ${variable}: ${p}`)
      else {
        provenance['aws-region'] = `env ${variable}`
        return v
      }
      break
    }
  }

  return region
}

/** Types and validates every input; throws one UsageError listing all problems. */
export function parseSettings(raw: RawInputs, env: NodeJS.ProcessEnv): Settings {
  const problems: Problems = []
  const provenance: Record<string, string> = {}
  for (const [name, value] of Object.entries(raw)) {
    if (inputSpec(name) && value !== undefined && value.trim() !== '') provenance[name] = 'input'
  }

  const commandRaw = given(raw, 'command') ?? INPUT.command.default
  let command: CommandName = 'run'
  if ((ACTION_COMMANDS as readonly string[]).includes(commandRaw)) command = commandRaw as CommandName
  else
    problem(
      problems,
      'command',
      `'${shown(commandRaw)}' is not a command (use ${ACTION_COMMANDS.join(', ')})`
    )

  const region = readRegion(raw, env, problems, provenance)

  const compressionRaw = given(raw, 'compression') ?? INPUT.compression.default
  let compression: 'gzip' | 'none' = 'gzip'
  if (compressionRaw.toLowerCase() === 'gzip' || compressionRaw.toLowerCase() === 'none')
    compression = compressionRaw.toLowerCase() as 'gzip' | 'none'
  else problem(problems, 'compression', `'${shown(compressionRaw)}' is not supported (use gzip or none)`)

  let prefix = DEFAULT_PREFIX
  const prefixRaw = given(raw, 'prefix')
  if (prefixRaw !== undefined) {
    const p = normalizePrefix(prefixRaw)
    if (p.problem) problem(problems, 'prefix', p.problem)
    else if (p.value) prefix = p.value
  }

  let recipients: RecipientSource[] = []
  const recipientRaw = given(raw, 'recipient')
  if (recipientRaw !== undefined) {
    const r = parseRecipients(recipientRaw)
    if (r.problem) problem(problems, 'recipient', r.problem)
    recipients = r.recipients
  }

  const recipientFingerprints: string[] = []
  for (const item of splitList(given(raw, 'recipient-fingerprint') ?? '')) {
    const fpr = normalizeFingerprint(item)
    if (fpr) recipientFingerprints.push(fpr)
    else
      problem(
        problems,
        'recipient-fingerprint',
        `'${shown(item)}' is not a key fingerprint (use the 40 or 64 hex digits from gpg --fingerprint)`
      )
  }

  const audience = given(raw, 'audience') ?? INPUT.audience.default
  const files = splitList(given(raw, 'files') ?? '')

  const settings: Settings = {
    command,
    stackName: checked(
      raw,
      'stack-name',
      v =>
        /^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(v) || /^arn:aws(-[a-z]+)*:cloudformation:/.test(v)
          ? undefined
          : `'${shown(v)}' is not a stack name (use up to 128 letters, digits and -, starting with a letter)`,
      problems
    ),
    roleToAssume: checked(raw, 'role-to-assume', checkRoleArn, problems),
    region,
    audience,
    roleSessionName:
      checked(raw, 'role-session-name', checkRoleSessionName, problems) ?? DEFAULT_ROLE_SESSION_NAME,
    roleDurationSeconds: int(raw, 'role-duration-seconds', problems),
    endpointUrl: checked(raw, 'endpoint-url', checkEndpointUrl, problems),
    files,
    workingDirectory: given(raw, 'working-directory') ?? INPUT['working-directory'].default,
    dataset: checked(raw, 'dataset', checkDataset, problems),
    bucket: checked(raw, 'bucket', checkBucketName, problems),
    prefix,
    kmsKeyId: checked(raw, 'kms-key-id', checkKmsKeyId, problems),
    recipients,
    recipientFingerprints,
    aead: bool(raw, 'aead', problems),
    compression,
    compressionLevel: int(raw, 'compression-level', problems),
    partSizeBytes: int(raw, 'part-size-mb', problems) * 1024 * 1024,
    concurrency: int(raw, 'concurrency', problems),
    batchId: checked(raw, 'batch-id', checkBatchId, problems),
    stateMachineArn: checked(raw, 'state-machine-arn', checkStateMachineArn, problems),
    wait: bool(raw, 'wait', problems),
    stopOnCancel: bool(raw, 'stop-on-cancel', problems),
    timeoutMinutes: int(raw, 'timeout-minutes', problems),
    failOnEmpty: bool(raw, 'fail-on-empty', problems),
    notify: bool(raw, 'notify', problems),
    dryRun: bool(raw, 'dry-run', problems),
    recipes: splitList(given(raw, 'recipes') ?? ''),
    policy: given(raw, 'policy'),
    sampleData: given(raw, 'sample-data'),
    contract: given(raw, 'contract'),
    provenance
  }
  if (problems.length > 0) throw new UsageError(problems.join('; '))
  return settings
}

/**
 * The default batch id: `gh-<run id>-<run attempt>` in GitHub Actions, so a re-run of the same attempt finds its own
 * batch; elsewhere `local-<UTC time>-<random>`. Time and randomness are passed in.
 */
export function deriveBatchId(env: NodeJS.ProcessEnv, now: Date, random: () => string): string {
  const run = env.GITHUB_RUN_ID?.trim()
  if (run && /^\d+$/.test(run)) {
    const attempt = env.GITHUB_RUN_ATTEMPT?.trim()
    return `gh-${run}-${attempt && /^\d+$/.test(attempt) ? attempt : '1'}`
  }
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
  const suffix =
    random()
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 12) || '0'
  return `local-${stamp}-${suffix}`
}
