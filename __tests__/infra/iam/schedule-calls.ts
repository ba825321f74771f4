/**
 * The calls EventBridge Scheduler makes with a schedule's role when it fires: one per AWS::Scheduler::Schedule of the
 * template, derived from its Target. A templated target (Arn of a state machine or function) is invoked with the
 * target's role: states:StartExecution on a state machine, lambda:InvokeFunction on a function (EventBridge
 * Scheduler User Guide, "Set up the execution role"). A target of another kind fails, naming the schedule.
 */
import type { IamRequest } from './requests.js'
import type { ResolvedStack } from './resolve-template.js'

export function scheduleRequests(stack: ResolvedStack): IamRequest[] {
  const requests: IamRequest[] = []
  for (const id of stack.resourceIds('AWS::Scheduler::Schedule')) {
    const target = stack.property(id, 'Target') as { Arn: string; RoleArn: string }
    const role = stack.resourceIds('AWS::IAM::Role').find(r => stack.getAtt(r, 'Arn') === target.RoleArn)
    if (!role) throw new Error(`schedule ${id}: its RoleArn ${target.RoleArn} is not a role of this template`)
    const action = /^arn:[^:]+:states:[^:]*:[^:]*:stateMachine:/.test(target.Arn)
      ? 'states:StartExecution'
      : /^arn:[^:]+:lambda:/.test(target.Arn)
        ? 'lambda:InvokeFunction'
        : undefined
    if (!action)
      throw new Error(`schedule ${id}: no IAM rule for target ${target.Arn}; add one to schedule-calls.ts`)
    requests.push({
      principal: role,
      action,
      resource: target.Arn,
      origin: `schedule ${id}`,
      context: { 'aws:SecureTransport': 'true' }
    })
  }
  return requests
}
