/**
 * What each command requires once stack outputs are applied, and the settings type it then gets: the fields the
 * command needs are not optional, so the jobs take them as given. Every missing input is named at once, with how to
 * supply it.
 */
import { UsageError } from '../errors.js'
import type { CommandName } from './inputs.js'
import type { Settings } from './settings.js'

/** How a missing value can be supplied, for the message of requireForCommand. */
const HOW: Record<string, string> = {
  files: "set input 'files' (globs, e.g. exports/*.csv)",
  dataset: "set input 'dataset' (e.g. customers)",
  'aws-region': "set input 'aws-region' or env AWS_REGION",
  bucket: "set input 'bucket' or 'stack-name' (its output DataBucketName)",
  recipient: "set input 'recipient' or 'stack-name' (its output PgpPublicKey)",
  'state-machine-arn': "set input 'state-machine-arn' or 'stack-name' (its output StateMachineArn)",
  'batch-id': "set input 'batch-id' to the batch to start (the batch-id output of the upload step)",
  recipes: "set input 'recipes' (globs of DataBrew recipe files) and/or 'files'"
}

/** The commands that talk to AWS (all but validate). */
export type AwsCommand = Exclude<CommandName, 'validate'>

/** What every AWS command has once requireForAws passed: the batch's dataset, and where it lives. */
interface AwsRequired {
  region: string
  bucket: string
  dataset: string
}
export type UploadSettings = Settings & AwsRequired & { command: 'upload' }
export type RunSettings = Settings & AwsRequired & { command: 'run'; stateMachineArn: string }
export type StartSettings = Settings &
  AwsRequired & { command: 'start'; stateMachineArn: string; batchId: string }
export type AwsCommandSettings = UploadSettings | RunSettings | StartSettings
export type ValidateSettings = Settings & { command: 'validate' }
/** Settings checked for their command: the fields that command requires are not optional. */
export type CommandSettings = AwsCommandSettings | ValidateSettings

function missing(s: Settings): string[] {
  const needs: string[] = []
  if (s.command === 'validate') {
    // Recipes, files, or both: files bring the upload checks (dataset, keys) with them.
    if (s.recipes.length === 0 && s.files.length === 0 && !s.contract) needs.push('recipes')
    if (s.files.length > 0 && !s.dataset) needs.push('dataset')
    return needs
  }
  const uploads = s.command === 'run' || s.command === 'upload'
  if (uploads && s.files.length === 0) needs.push('files')
  if (!s.dataset) needs.push('dataset')
  if (!s.region) needs.push('aws-region')
  if (!s.bucket) needs.push('bucket')
  if (uploads && s.recipients.length === 0) needs.push('recipient')
  if ((s.command === 'run' || s.command === 'start') && !s.stateMachineArn) needs.push('state-machine-arn')
  if (s.command === 'start' && !s.batchId) needs.push('batch-id')
  return needs
}

/** One UsageError naming every missing input and how to supply it. */
function missingInputs(command: CommandName, needs: string[]): UsageError {
  return new UsageError(
    needs
      .map(n => `input '${n}': required for command '${command}' (${HOW[n] ?? `set input '${n}'`})`)
      .join('; ')
  )
}

/**
 * Checks what an AWS command needs, after stack outputs have been applied, and returns the settings typed for it;
 * throws one UsageError naming every missing input and how to supply it.
 */
export function requireForAws(s: Settings & { command: AwsCommand }): AwsCommandSettings {
  const needs = missing(s)
  const { command, region, bucket, dataset, stateMachineArn, batchId } = s
  if (needs.length === 0 && region && bucket && dataset) {
    const aws = { ...s, region, bucket, dataset }
    if (command === 'upload') return { ...aws, command }
    if (command === 'run' && stateMachineArn) return { ...aws, command, stateMachineArn }
    if (command === 'start' && stateMachineArn && batchId)
      return { ...aws, command, stateMachineArn, batchId }
  }
  throw missingInputs(command, needs)
}

/** Checks what validate needs: recipes, files or a contract, and a dataset with files. */
export function requireForValidate(s: Settings & { command: 'validate' }): ValidateSettings {
  const needs = missing(s)
  if (needs.length > 0) throw missingInputs(s.command, needs)
  return s
}

/** requireForAws or requireForValidate, by the settings' command. */
export function requireForCommand(s: Settings): CommandSettings {
  const { command } = s
  return command === 'validate' ? requireForValidate({ ...s, command }) : requireForAws({ ...s, command })
}

/**
 * The region of an AWS command, needed before the stack outputs can be read (credentials and the CloudFormation
 * client need it). When it is missing, the error names every input missing so far, like requireForAws.
 */
export function requireRegion(s: Settings): string {
  if (s.region) return s.region
  const needs = missing(s)
  throw missingInputs(s.command, needs.includes('aws-region') ? needs : ['aws-region'])
}
