/**
 * What local mode puts behind each Task state of the state machine: our own Lambda handlers (by the ARN the template
 * gives them, with the template's environment) and small stand-ins for the AWS services the states call.
 */
import type { S3Client } from '@aws-sdk/client-s3'
import type { PrivateKey } from 'openpgp'
import { UsageError } from '../errors.js'
import { createArchiveHandler } from '../lambdas/archive.js'
import { createCleanupHandler } from '../lambdas/cleanup.js'
import { decryptObject, planBatch, type BatchEvent, type ObjectEvent } from '../lambdas/decrypt-batch.js'
import { createPublishHandler } from '../lambdas/publish.js'
import type { TaskHandler } from './asl-runner.js'
import { resolveValue, type ResolveContext, type Template } from './cfn-template.js'
import type { LocalGlueCatalog } from './glue-catalog.js'

export interface LocalNotification {
  subject?: string
  message: unknown
  attributes: Record<string, string>
}

export interface TaskState {
  Type?: string
  Resource?: string
  Parameters?: { FunctionName?: string }
  ItemProcessor?: { States?: Record<string, TaskState> }
  Iterator?: { States?: Record<string, TaskState> }
  Branches?: { States?: Record<string, TaskState> }[]
}

function taskStates(states: Record<string, TaskState> | undefined): [string, TaskState][] {
  const out: [string, TaskState][] = []
  for (const [name, s] of Object.entries(states ?? {})) {
    if (s.Type === 'Task') out.push([name, s])
    out.push(...taskStates(s.ItemProcessor?.States), ...taskStates(s.Iterator?.States))
    for (const b of s.Branches ?? []) out.push(...taskStates(b.States))
  }
  return out
}

export function environmentOf(
  template: Template,
  functionId: string,
  ctx: ResolveContext
): NodeJS.ProcessEnv {
  const vars = (
    template.Resources[functionId]?.Properties?.Environment as { Variables?: unknown } | undefined
  )?.Variables
  const env = (resolveValue(vars ?? {}, ctx) as Record<string, string>) ?? {}
  // Local S3 servers do not do KMS: objects are written with the server's default encryption.
  const { DATA_KMS_KEY_ARN: _kms, ...rest } = env
  return rest
}

/** The template's functions by the ARN the state machine invokes, each our handler with its template environment. */
export function lambdaStandIns(
  template: Template,
  ctx: ResolveContext,
  o: { s3: S3Client; keys: PrivateKey[]; catalog: LocalGlueCatalog; log: (line: string) => void }
): { functions: Map<string, TaskHandler>; tableName: string } {
  const functions = new Map<string, TaskHandler>()
  let tableName = ''
  for (const [id, r] of Object.entries(template.Resources)) {
    if (r.Type !== 'AWS::Lambda::Function' || r.Condition) continue
    const code = String(r.Properties?.Code ?? '')
    const env = environmentOf(template, id, ctx)
    const arn = ctx.getAtt(id, 'Arn')
    if (code.endsWith('/decrypt')) {
      const deps = {
        s3: o.s3,
        keys: async () => o.keys,
        landingPrefix: env.LANDING_PREFIX || 'landing/',
        rawPrefix: env.RAW_PREFIX || 'raw/',
        bucket: env.DATA_BUCKET,
        log: o.log
      }
      functions.set(arn, (e: BatchEvent | ObjectEvent) =>
        'object' in e ? decryptObject(e, deps) : planBatch(e, deps)
      )
    } else if (code.endsWith('/archive'))
      functions.set(arn, createArchiveHandler({ s3: o.s3, env, log: o.log }))
    else if (code.endsWith('/publish')) {
      functions.set(arn, createPublishHandler({ s3: o.s3, glue: o.catalog, env, log: o.log }))
      tableName = env.GLUE_TABLE ?? ''
    } else if (code.endsWith('/cleanup'))
      functions.set(arn, createCleanupHandler({ s3: o.s3, glue: o.catalog, env, log: o.log }))
  }
  return { functions, tableName }
}

/** sns:publish: the notification is recorded (and logged) instead of sent. */
export function snsStandIn(notifications: LocalNotification[], log: (line: string) => void): TaskHandler {
  return (params: {
    Subject?: string
    Message?: unknown
    MessageAttributes?: Record<string, { StringValue?: string }>
  }) => {
    const attributes = Object.fromEntries(
      Object.entries(params.MessageAttributes ?? {}).map(([k, v]) => [k, v.StringValue ?? ''])
    )
    notifications.push({ subject: params.Subject, message: params.Message, attributes })
    log(`notification: ${params.Subject ?? ''} ${JSON.stringify(attributes)}`)
    return { MessageId: `local-${notifications.length}` }
  }
}

/** sfn:describeExecution: this run is RUNNING; others are what the caller says, or do not exist. */
export function describeExecutionStandIn(
  executionArn: string,
  executionStatus: ((executionArn: string) => string | undefined) | undefined
): TaskHandler {
  return ({ ExecutionArn }: { ExecutionArn: string }) => {
    const status = ExecutionArn === executionArn ? 'RUNNING' : executionStatus?.(ExecutionArn)
    if (!status) {
      const e = new Error(`Execution Does Not Exist: '${ExecutionArn}'`)
      e.name = 'Sfn.ExecutionDoesNotExistException'
      throw e
    }
    return { ExecutionArn, Status: status }
  }
}

/** A handler for every Task state: a Lambda stand-in by FunctionName, or a service stand-in by Resource. */
export function bindHandlers(
  states: Record<string, TaskState>,
  functions: Map<string, TaskHandler>,
  services: Record<string, TaskHandler>
): Record<string, TaskHandler> {
  const handlers: Record<string, TaskHandler> = {}
  for (const [name, state] of taskStates(states)) {
    const resource = state.Resource ?? ''
    const bound = /:lambda:invoke$/.test(resource)
      ? functions.get(state.Parameters?.FunctionName ?? '')
      : services[resource]
    if (!bound) {
      throw new UsageError(
        `state ${name} calls ${resource}${state.Parameters?.FunctionName ? ` (${state.Parameters.FunctionName})` : ''}, which local mode cannot stand in for: add a stand-in in src/local/pipeline.ts`
      )
    }
    handlers[name] = bound
  }
  return handlers
}
