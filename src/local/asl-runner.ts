/**
 * Runs the pipeline's state machine definition in-process with aws-local-stepfunctions, every Task state bound to a
 * local handler. It reads the one definition file (infra/statemachine.asl.json) and applies the DefinitionSubstitutions
 * itself, exactly as CloudFormation does, so local mode and AWS execute the same text.
 *
 * Lambda tasks (`arn:aws:states:::lambda:invoke`) are adapted so their handler sees what the function sees in AWS:
 * the `Payload` as its event, and its return value becomes the invoke response's `Payload`. A function error (any
 * name not starting with `Lambda.`) gets the Cause AWS gives it: `{"errorMessage","errorType"}` as JSON. Errors
 * named `Lambda.*` stand for the Lambda service's own (transient) errors and pass through unchanged.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { UsageError } from '../errors.js'

// aws-local-stepfunctions calls Promise.withResolvers, which Node 20 lacks (tests install the same polyfill).
{
  const P = Promise as unknown as { withResolvers?: unknown }
  if (typeof P.withResolvers !== 'function') {
    P.withResolvers = function withResolvers<T>() {
      let resolve!: (v: T | PromiseLike<T>) => void
      let reject!: (e?: unknown) => void
      const promise = new Promise<T>((res, rej) => {
        resolve = res
        reject = rej
      })
      return { promise, resolve, reject }
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type TaskHandler = (input: any) => Promise<unknown> | unknown

export interface RunStateMachineOptions {
  /** The parsed definition, its JSON text, or the path of the definition file. Default: infra/statemachine.asl.json. */
  definition?: object | string
  /** DefinitionSubstitutions: `${Name}` → value. Every variable in the definition must have one. */
  substitutions: Record<string, string>
  input: unknown
  /** One handler per Task state name. A Task without a handler is refused (it would call real AWS). */
  handlers: Record<string, TaskHandler>
  /** Wait states and retry back-off take no time. */
  noWaits?: boolean
  /** Execution name for the context object (`$$.Execution.Id`/`Name`). Default: `local`. */
  executionName?: string
}

export type LocalExecutionStatus = 'SUCCEEDED' | 'FAILED' | 'TIMED_OUT' | 'ABORTED'

/** One entry of the execution history, flattened from aws-local-stepfunctions' event log. */
export interface LocalExecutionEvent {
  type: string
  timestamp: number
  state?: string
  stateType?: string
  input?: unknown
  output?: unknown
  error?: string
  cause?: string
  retryAttempt?: number
}

export interface LocalExecutionResult {
  status: LocalExecutionStatus
  output?: unknown
  error?: string
  cause?: string
  events: LocalExecutionEvent[]
}

const LAMBDA_INVOKE = /^arn:aws[a-z-]*:states:::lambda:invoke$/
const VARIABLE = /\$\{([A-Za-z0-9_.:]+)\}/g

/** The definition file shipped with the stack, found relative to this module (src/local or dist/…). */
export function defaultDefinitionPath(): string {
  // src/local/ and dist/<bundle>/ are both two levels below the package root, where infra/ ships (package.json files).
  const here = path.dirname(fileURLToPath(import.meta.url))
  return path.join(here, '..', '..', 'infra', 'statemachine.asl.json')
}

/** The `${…}` variables a definition text uses, sorted. */
export function definitionVariables(text: string): string[] {
  return [...new Set([...text.matchAll(VARIABLE)].map(m => m[1] as string))].sort()
}

/**
 * Applies DefinitionSubstitutions to the definition text, as CloudFormation does before creating the state machine.
 * Values are JSON-escaped so the result stays valid JSON. A variable without a substitution is a usage error: a
 * literal `${X}` would otherwise reach a Resource or a parameter.
 */
export function substituteDefinition(text: string, substitutions: Record<string, string>): string {
  const missing = definitionVariables(text).filter(v => !Object.hasOwn(substitutions, v))
  if (missing.length) {
    throw new UsageError(
      `state machine definition uses ${missing.map(v => '${' + v + '}').join(', ')} without a substitution: pass ${missing.join(', ')} in substitutions`
    )
  }
  return text.replace(VARIABLE, (_, name: string) => JSON.stringify(substitutions[name]).slice(1, -1))
}

function definitionText(definition: object | string | undefined): { text: string; source: string } {
  if (definition === undefined) {
    const path = defaultDefinitionPath()
    return { text: readFileSync(path, 'utf8'), source: path }
  }
  if (typeof definition !== 'string')
    return { text: JSON.stringify(definition), source: 'the given definition' }
  if (definition.trimStart().startsWith('{')) return { text: definition, source: 'the given definition' }
  return { text: readFileSync(definition, 'utf8'), source: definition }
}

interface StateLike {
  Type?: string
  Resource?: string
  Retry?: unknown[]
  Branches?: { States?: Record<string, StateLike> }[]
  Iterator?: { States?: Record<string, StateLike> }
  ItemProcessor?: { States?: Record<string, StateLike> }
}

/** Every state of the definition, nested Parallel branches and Map processors included. */
function allStates(states: Record<string, StateLike> | undefined): [string, StateLike][] {
  const out: [string, StateLike][] = []
  for (const [name, state] of Object.entries(states ?? {})) {
    out.push([name, state])
    for (const b of state.Branches ?? []) out.push(...allStates(b.States))
    out.push(...allStates(state.Iterator?.States), ...allStates(state.ItemProcessor?.States))
  }
  return out
}

function errorName(err: unknown): string {
  const name = (err as { name?: unknown })?.name
  return typeof name === 'string' && name ? name : 'Error'
}

function errorText(err: unknown): string {
  const message = (err as { message?: unknown })?.message
  return typeof message === 'string' ? message : String(err)
}

/** Wraps a handler so it behaves like a Lambda function behind the optimized lambda:invoke integration. */
function asLambdaInvoke(handler: TaskHandler): TaskHandler {
  return async (input: { Payload?: unknown }) => {
    try {
      const result = await handler(input?.Payload)
      return { ExecutedVersion: '$LATEST', StatusCode: 200, Payload: result ?? null }
    } catch (err) {
      const name = errorName(err)
      if (name.startsWith('Lambda.')) throw err
      const wrapped = new Error(JSON.stringify({ errorType: name, errorMessage: errorText(err) }))
      wrapped.name = name
      throw wrapped
    }
  }
}

function stringOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined
  return typeof v === 'string' ? v : JSON.stringify(v)
}

interface RawEvent {
  type: string
  timestamp: number
  state?: { name: string; type: string; input?: unknown; output?: unknown }
  retry?: { attempt: number }
  input?: unknown
  output?: unknown
  Error?: string
  Cause?: unknown
}

function flatten(e: RawEvent): LocalExecutionEvent {
  const out: LocalExecutionEvent = { type: e.type, timestamp: e.timestamp }
  if (e.state) {
    out.state = e.state.name
    out.stateType = e.state.type
    out.input = e.state.input
    if ('output' in e.state) out.output = e.state.output
  } else {
    if ('input' in e) out.input = e.input
    if ('output' in e) out.output = e.output
  }
  if (e.Error !== undefined) out.error = e.Error
  const cause = stringOf(e.Cause)
  if (cause !== undefined) out.cause = cause
  if (e.retry) out.retryAttempt = e.retry.attempt
  return out
}

/**
 * Runs one execution to its end and returns its status, output or error, and history. Never throws for a failed
 * execution (that is a result); throws UsageError for a definition that cannot run locally.
 */
export async function runStateMachine(opts: RunStateMachineOptions): Promise<LocalExecutionResult> {
  const { StateMachine, ExecutionTimeoutError, ExecutionAbortedError } =
    await import('aws-local-stepfunctions')
  const { text, source } = definitionText(opts.definition)
  let definition: { StartAt?: string; States?: Record<string, StateLike> }
  try {
    definition = JSON.parse(substituteDefinition(text, opts.substitutions)) as typeof definition
  } catch (err) {
    if (err instanceof UsageError) throw err
    throw new UsageError(`state machine definition ${source} is not valid JSON: ${errorText(err)}`)
  }

  const states = allStates(definition.States)
  const unbound = states
    .filter(([name, s]) => s.Type === 'Task' && !opts.handlers[name])
    .map(([name]) => name)
  if (unbound.length) {
    throw new UsageError(
      `Task state(s) ${unbound.join(', ')} have no local handler: bind every Task state (an unbound one would call AWS)`
    )
  }
  const unknown = Object.keys(opts.handlers).filter(
    h => !states.some(([name, s]) => name === h && s.Type === 'Task')
  )
  if (unknown.length) {
    throw new UsageError(
      `handlers ${unknown.join(', ')} match no Task state of ${source}: check the state names`
    )
  }

  const taskResourceLocalHandlers: Record<string, TaskHandler> = {}
  for (const [name, state] of states) {
    const handler = opts.handlers[name]
    if (state.Type !== 'Task' || !handler) continue
    taskResourceLocalHandlers[name] = LAMBDA_INVOKE.test(state.Resource ?? '')
      ? asLambdaInvoke(handler)
      : handler
  }
  const waitTimeOverrides: Record<string, number> = {}
  const retryIntervalOverrides: Record<string, number> = {}
  if (opts.noWaits) {
    for (const [name, state] of states) {
      if (state.Type === 'Wait') waitTimeOverrides[name] = 0
      if (state.Retry?.length) retryIntervalOverrides[name] = 0
    }
  }

  const executionName = opts.executionName ?? 'local'
  const stateMachineArn = 'arn:aws:states:local:000000000000:stateMachine:cleanrooms-connect'
  const machine = new StateMachine(definition as never, {
    validationOptions: { checkArn: true, checkPaths: true }
  })
  const execution = machine.run(opts.input as never, {
    overrides: {
      taskResourceLocalHandlers: taskResourceLocalHandlers as never,
      waitTimeOverrides,
      retryIntervalOverrides
    },
    context: {
      Execution: {
        Id: `arn:aws:states:local:000000000000:execution:cleanrooms-connect:${executionName}`,
        Name: executionName,
        StartTime: new Date().toISOString()
      },
      StateMachine: { Id: stateMachineArn, Name: 'cleanrooms-connect' }
    }
  })

  const events: LocalExecutionEvent[] = []
  const collecting = (async () => {
    for await (const e of execution.eventLogs) events.push(flatten(e as unknown as RawEvent))
  })()

  let result: LocalExecutionResult
  try {
    const output = await execution.result
    result = { status: 'SUCCEEDED', output, events }
  } catch (err) {
    if (err instanceof ExecutionTimeoutError) result = { status: 'TIMED_OUT', events }
    else if (err instanceof ExecutionAbortedError) result = { status: 'ABORTED', events }
    else result = { status: 'FAILED', events }
  }
  await collecting

  if (result.status === 'FAILED') {
    const failed = events.findLast(e => e.type === 'ExecutionFailed')
    if (failed?.error !== undefined) result.error = failed.error
    if (failed?.cause !== undefined) result.cause = failed.cause
  }
  return result
}
