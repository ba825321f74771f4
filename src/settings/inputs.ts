/**
 * The single declaration of every input. action.yml declares exactly these (a test checks names, descriptions and
 * defaults), the action reads them through `readActionInputs`, and the CLI offers each as a flag of the same
 * kebab-case name through `cliOptions` / `rawInputsFromCli`. Values stay raw strings here; settings.ts types them.
 */

export const ACTION_COMMANDS = ['run', 'upload', 'start', 'validate'] as const
export type CommandName = (typeof ACTION_COMMANDS)[number]

/** How the value is written; decides the CLI flag type (booleans are bare flags, lists may repeat). */
export type InputKind = 'string' | 'boolean' | 'integer' | 'list'

interface BaseSpec {
  /** kebab-case; the action input and the CLI flag (`--name`). */
  readonly name: string
  /** Documentation: copied verbatim into action.yml. */
  readonly description: string
  /** Declared in action.yml. Absent when the fallback is not a constant (env, stack output). */
  readonly default?: string
  /** The commands that read this input. */
  readonly commands: readonly CommandName[]
}

/** Integers declare their default and range here, the one place settings.ts and the descriptions take them from. */
export interface IntegerSpec extends BaseSpec {
  readonly kind: 'integer'
  readonly default: string
  readonly min: number
  readonly max: number
}

export interface BooleanSpec extends BaseSpec {
  readonly kind: 'boolean'
  readonly default: 'true' | 'false'
}

export interface TextSpec extends BaseSpec {
  readonly kind: 'string' | 'list'
}

export type InputSpec = IntegerSpec | BooleanSpec | TextSpec

/**
 * The session name when role-session-name is not given. Not an action.yml default: the post step and the CLI use it
 * too, and the input stays empty unless a workflow sets it.
 */
export const DEFAULT_ROLE_SESSION_NAME = 'cleanrooms-connect'

const ALL = ACTION_COMMANDS
const AWS: readonly CommandName[] = ['run', 'upload', 'start']
const UPLOADING: readonly CommandName[] = ['run', 'upload', 'validate']
const STARTING: readonly CommandName[] = ['run', 'start']

export const INPUTS = [
  {
    name: 'command',
    description:
      "What to do. 'run': encrypt and upload the batch, start the pipeline and wait for it. 'upload': encrypt and upload the batch only. 'start': start the pipeline for an existing batch (batch-id) and wait. 'validate': without AWS credentials (fork pull requests), check recipes against the catalog and the PII policy, run them on sample data, and check files and keys when files is given.",
    default: 'run',
    kind: 'string',
    commands: ALL
  },
  {
    name: 'stack-name',
    description:
      'Name of the deployed cleanrooms-connect CloudFormation stack. Its outputs fill bucket, prefix, kms-key-id, recipient and state-machine-arn unless given explicitly (needs cloudformation:DescribeStacks).',
    kind: 'string',
    commands: AWS
  },
  {
    name: 'role-to-assume',
    description:
      'ARN of the IAM role to assume with the GitHub OIDC token (the job needs permissions: id-token: write). Without it the AWS SDK default credential chain is used.',
    kind: 'string',
    commands: AWS
  },
  {
    name: 'aws-region',
    description:
      'AWS region of the stack and bucket, e.g. us-east-1. Default: the AWS_REGION or AWS_DEFAULT_REGION environment variable.',
    kind: 'string',
    commands: AWS
  },
  {
    name: 'audience',
    description:
      'Audience of the OIDC token requested from GitHub; must match the role trust policy aud condition.',
    default: 'sts.amazonaws.com',
    kind: 'string',
    commands: AWS
  },
  {
    name: 'role-session-name',
    description: `Session name for the assumed role (2-64 characters of letters, digits and +=,.@_-); shows in CloudTrail. Default: ${DEFAULT_ROLE_SESSION_NAME}.`,
    kind: 'string',
    commands: AWS
  },
  {
    name: 'role-duration-seconds',
    description:
      'Lifetime of each assumed-role session in seconds (900-43200, at most the role maximum session duration: CiRoleMaxSessionSeconds for the stack CI role). The action re-assumes with a fresh OIDC token 10 minutes before a session ends, so a wait (timeout-minutes) may outlast it.',
    default: '3600',
    kind: 'integer',
    min: 900,
    max: 43200,
    commands: AWS
  },
  {
    name: 'endpoint-url',
    description:
      'Custom S3-compatible endpoint (http or https URL), e.g. a local S3 server for tests. Path-style addressing is used with it. S3 only: Step Functions, CloudFormation, STS and SNS take theirs from AWS_ENDPOINT_URL_<SERVICE>.',
    kind: 'string',
    commands: AWS
  },
  {
    name: 'files',
    description:
      "Globs of the files of the batch, relative to working-directory, separated by newlines or commas (commas inside {a,b} braces belong to the glob). Required for run, upload and validate. Example: 'exports/**/*.csv'.",
    kind: 'list',
    commands: UPLOADING
  },
  {
    name: 'working-directory',
    description: 'Directory the files globs are resolved in; object names keep the path relative to it.',
    default: '.',
    kind: 'string',
    commands: UPLOADING
  },
  {
    name: 'dataset',
    description:
      'Name of the dataset (lowercase letters, digits, _ and -; at most 64): the batch lands under <prefix><dataset>/<batch-id>/ and the pipeline names its output after it. Required for every command.',
    kind: 'string',
    commands: ALL
  },
  {
    name: 'bucket',
    description: 'S3 bucket of the landing zone. Default: the stack output DataBucketName.',
    kind: 'string',
    commands: AWS
  },
  {
    name: 'prefix',
    description:
      "Key prefix of the landing zone in the bucket, ending in '/'. Default: the stack output LandingPrefix, else 'landing/'.",
    kind: 'string',
    commands: AWS
  },
  {
    name: 'kms-key-id',
    description:
      'KMS key for SSE-KMS on the uploaded objects: key ARN or key id (no alias: the stack bucket policy matches the key, not an alias). Default: the stack output KmsKeyArn, else the bucket default encryption.',
    kind: 'string',
    commands: ['run', 'upload']
  },
  {
    name: 'recipient',
    description:
      'OpenPGP public key(s) to encrypt to: either one or more ASCII-armored public key blocks (pasted, e.g. from a variable), or one or more paths to key files (armored or binary) relative to the workspace, one per line. Do not mix the two forms. Default: the stack output PgpPublicKey. Private keys are refused.',
    kind: 'list',
    commands: UPLOADING
  },
  {
    name: 'recipient-fingerprint',
    description:
      'Expected fingerprint(s) of the recipient keys (40 or 64 hex digits; spaces allowed), separated by commas or newlines. The step fails if the keys do not match exactly: pins the key taken from a stack or a file.',
    kind: 'list',
    commands: UPLOADING
  },
  {
    name: 'aead',
    description:
      'Encrypt with OpenPGP AEAD (SEIPDv2). Only newer peers read it (gpg 2.2 and rnp 0.16 do not), so the default is the integrity-protected SEIPDv1 packet.',
    default: 'false',
    kind: 'boolean',
    commands: UPLOADING
  },
  {
    name: 'compression',
    description:
      "Compress each file before encryption: 'gzip' (objects named .gz.pgp; DataBrew reads gzip) or 'none'.",
    default: 'gzip',
    kind: 'string',
    commands: UPLOADING
  },
  {
    name: 'compression-level',
    description:
      'gzip level 1 (fastest) to 9 (smallest). 6 is the zlib default, a balance for CSV; the upload benchmark (bench/) measures the trade-off on your data.',
    default: '6',
    kind: 'integer',
    min: 1,
    max: 9,
    commands: UPLOADING
  },
  {
    name: 'part-size-mb',
    description:
      'Multipart upload part size in MiB (5-5120). Each file holds part-size-mb x (concurrency + 1) of parts (those in flight and the one being filled), two files at a time; S3 allows at most 10000 parts per object (8 MiB parts: objects up to 78 GiB after compression).',
    default: '8',
    kind: 'integer',
    min: 5,
    max: 5120,
    commands: ['run', 'upload']
  },
  {
    name: 'concurrency',
    description:
      'Parts uploaded in parallel per file (1-16). Compressed data rarely outruns two 8 MiB parts in flight; each more part costs part-size-mb of memory per file.',
    default: '2',
    kind: 'integer',
    min: 1,
    max: 16,
    commands: ['run', 'upload']
  },
  {
    name: 'batch-id',
    description:
      "Identifier of the batch (letters, digits, _ and -; at most 64). Default for run and upload: gh-<run id>-<run attempt> in Actions (local-<time>-<random> elsewhere), so re-running an attempt finds its batch. Required for 'start': the batch-id output of the upload step.",
    kind: 'string',
    commands: ALL
  },
  {
    name: 'state-machine-arn',
    description:
      'ARN of the Step Functions state machine of the pipeline. Default: the stack output StateMachineArn.',
    kind: 'string',
    commands: STARTING
  },
  {
    name: 'wait',
    description:
      'Wait for the pipeline execution to finish and fail the step if it does not succeed. With false the step ends once the execution has started.',
    default: 'true',
    kind: 'boolean',
    commands: STARTING
  },
  {
    name: 'stop-on-cancel',
    description:
      'When the job is cancelled while waiting for the pipeline, stop the execution (StopExecution, within 5 seconds; the post step does it if the main step was killed). With false the execution keeps running.',
    default: 'true',
    kind: 'boolean',
    commands: STARTING
  },
  {
    name: 'timeout-minutes',
    description:
      'How long to wait for the pipeline (1-7200 minutes). On timeout the step fails; the execution keeps running and its ARN is in the outputs. Credentials are refreshed while waiting (see role-duration-seconds); the job timeout still applies (at most 360 minutes on GitHub-hosted runners).',
    default: '60',
    kind: 'integer',
    min: 1,
    max: 7200,
    commands: STARTING
  },
  {
    name: 'fail-on-empty',
    description:
      'Fail when the files globs match no file (the message names the globs). With false an empty match ends the step successfully without uploading.',
    default: 'true',
    kind: 'boolean',
    commands: UPLOADING
  },
  {
    name: 'notify',
    description:
      "Publish a failure before the pipeline runs (upload or start failed) to the stack's notification topic (stack output NotificationTopicArn), with the message attributes the pipeline's own failure notices carry. Needs stack-name; false turns it off.",
    default: 'true',
    kind: 'boolean',
    commands: AWS
  },
  {
    name: 'dry-run',
    description:
      'Resolve settings, match files and load keys, then report what would be uploaded and started without writing to S3 or starting the pipeline.',
    default: 'false',
    kind: 'boolean',
    commands: AWS
  },
  {
    name: 'recipes',
    description:
      "Globs of DataBrew recipe files (JSON as DataBrew exports them) for command validate, relative to the workspace. Example: 'recipes/*.json'.",
    kind: 'list',
    commands: ['validate']
  },
  {
    name: 'policy',
    description:
      'PII policy file (YAML) for command validate: which columns are PII and the hash contract; validation fails when a PII column leaves a recipe unhashed.',
    kind: 'string',
    commands: ['validate']
  },
  {
    name: 'sample-data',
    description:
      'Sample file (.csv, .jsonl or .parquet) each recipe is run on by command validate, for the before/after preview and the output schema. Never real customer data: the summary masks policy columns, but the file lives in the repository.',
    kind: 'string',
    commands: ['validate']
  },
  {
    name: 'contract',
    description:
      "Collaboration contract (YAML, e.g. infra/cleanrooms.yml) for command validate: the Clean Rooms configured table and analysis rule. Checked with the Clean Rooms API's rules and against its recipe (allowed columns it outputs, join columns hashed under the policy's contract) and the PII policy (no PII as a dimension or list column); the summary shows each column's role and protection. On a pull request whose checkout has the base branch (fetch-depth: 0), a change partners would notice (a column removed or retyped, a stricter rule) fails unless the contract's revision is raised.",
    kind: 'string',
    commands: ['validate']
  }
] as const satisfies readonly InputSpec[]

export type InputName = (typeof INPUTS)[number]['name']

/** Raw input strings by input name; undefined or '' means "not given". */
export type RawInputs = Record<string, string | undefined>

export function inputSpec(name: string): InputSpec | undefined {
  return (INPUTS as readonly InputSpec[]).find(i => i.name === name)
}

type Declared = (typeof INPUTS)[number]
export type IntegerInputName = Extract<Declared, { kind: 'integer' }>['name']
export type BooleanInputName = Extract<Declared, { kind: 'boolean' }>['name']
/** Inputs whose declared default is a constant, with that default's literal type. */
export type DefaultedInputName = Extract<Declared, { default: string }>['name']

/** Each input's declaration by name, with its literal types (default, min, max) kept for settings.ts. */
export const INPUT = Object.fromEntries(INPUTS.map(i => [i.name, i])) as {
  readonly [N in InputName]: Extract<Declared, { name: N }>
}

/** Reads every input through the caller's getter (core.getInput in the action; no @actions import here). */
export function readActionInputs(getInput: (name: string) => string): RawInputs {
  const raw: RawInputs = {}
  for (const input of INPUTS) {
    const value = getInput(input.name)
    raw[input.name] = value === '' ? undefined : value
  }
  return raw
}

type CliOption = { type: 'string' | 'boolean'; multiple?: boolean }

/**
 * node:util parseArgs options for every input: booleans are bare flags, with `--no-NAME` for those that default to
 * true; lists may be repeated (`--files a --files b`). Pass the parsed values to `rawInputsFromCli`.
 */
export function cliOptions(): Record<string, CliOption> {
  const options: Record<string, CliOption> = {}
  for (const input of INPUTS as readonly InputSpec[]) {
    if (input.kind === 'boolean') {
      options[input.name] = { type: 'boolean' }
      if (input.default === 'true') options[`no-${input.name}`] = { type: 'boolean' }
    } else {
      options[input.name] = input.kind === 'list' ? { type: 'string', multiple: true } : { type: 'string' }
    }
  }
  return options
}

/** parseArgs values → RawInputs (repeated list flags joined by newlines; `--no-wait` → wait: 'false'). */
export function rawInputsFromCli(
  values: Record<string, string | boolean | (string | boolean)[] | undefined>
): RawInputs {
  const raw: RawInputs = {}
  for (const input of INPUTS as readonly InputSpec[]) {
    const value = values[input.name]
    const negated = values[`no-${input.name}`]
    if (negated === true) raw[input.name] = 'false'
    else if (Array.isArray(value)) raw[input.name] = value.map(String).join('\n')
    else if (typeof value === 'boolean') raw[input.name] = String(value)
    else if (typeof value === 'string' && value !== '') raw[input.name] = value
  }
  return raw
}
