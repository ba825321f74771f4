/**
 * Reads the outputs of the deployed cleanrooms-connect stack (bucket, state machine ARN, …) so users pass one
 * stack-name instead of copying ARNs. A stack that is not usable (failed, rolled back, being deleted) is reported as
 * such rather than as missing outputs.
 */
import { DescribeStacksCommand, type CloudFormationClient, type Stack } from '@aws-sdk/client-cloudformation'
import { UserError } from '../errors.js'

// States in which the stack's resources are missing or not (yet) what the outputs describe.
const UNUSABLE =
  /^(CREATE_FAILED|CREATE_IN_PROGRESS|REVIEW_IN_PROGRESS|ROLLBACK_|DELETE_|UPDATE_ROLLBACK_FAILED|IMPORT_ROLLBACK_FAILED)/

async function regionOf(cfn: CloudFormationClient): Promise<string> {
  try {
    return await cfn.config.region()
  } catch {
    return 'the configured region'
  }
}

export async function readStackOutputs(
  cfn: CloudFormationClient,
  stackName: string
): Promise<Record<string, string>> {
  const region = await regionOf(cfn)
  let stack: Stack | undefined
  try {
    const out = await cfn.send(new DescribeStacksCommand({ StackName: stackName }))
    stack = out.Stacks?.[0]
  } catch (err) {
    const name = (err as { name?: string })?.name ?? ''
    const message = (err as { message?: string })?.message ?? ''
    if (name === 'ValidationError' && /does not exist/i.test(message)) {
      throw new UserError(
        `stack ${stackName} not found in region ${region}: check stack-name and aws-region`,
        { cause: err }
      )
    }
    if (/^AccessDenied/.test(name)) {
      throw new UserError(
        `not allowed to describe stack ${stackName} in ${region}: the role needs cloudformation:DescribeStacks on arn:aws:cloudformation:${region}:ACCOUNT:stack/${stackName}/*`,
        { cause: err }
      )
    }
    throw err
  }
  if (!stack)
    throw new UserError(`stack ${stackName} not found in region ${region}: check stack-name and aws-region`)
  const status = stack.StackStatus ?? 'UNKNOWN'
  if (UNUSABLE.test(status)) {
    const reason = stack.StackStatusReason ? ` (${stack.StackStatusReason.replace(/\s+/g, ' ')})` : ''
    throw new UserError(
      `stack ${stackName} in ${region} is in state ${status}${reason}: fix or redeploy the stack (see its Events in the CloudFormation console) and retry`
    )
  }
  const outputs: Record<string, string> = {}
  for (const o of stack.Outputs ?? []) {
    if (o.OutputKey) outputs[o.OutputKey] = o.OutputValue ?? ''
  }
  return outputs
}
