/**
 * What the main step leaves for the post step (core.saveState), in one place. Only non-secret values: the post step
 * gets fresh credentials the same way the main step did.
 */
import type { AwsAccess } from '../jobs/connect.js'
import type { BatchProgress, ExecutionEvent } from '../jobs/context.js'
import type { Settings } from '../settings/settings.js'

/** What the post step opens its AWS session with: the same fields the main step's session used. */
export type AwsState = AwsAccess

export interface SavedState {
  aws?: AwsState
  batch?: BatchProgress
  execution?: ExecutionEvent
  /** The main step reached its end (success or reported failure), rather than being cancelled or killed. */
  finished: boolean
}

const KEYS = { aws: 'aws', batch: 'batch', execution: 'execution', finished: 'finished' } as const

export function awsState(s: Settings): AwsState | undefined {
  if (!s.region) return undefined
  return {
    region: s.region,
    roleToAssume: s.roleToAssume,
    audience: s.audience,
    roleSessionName: s.roleSessionName,
    roleDurationSeconds: s.roleDurationSeconds,
    endpointUrl: s.endpointUrl
  }
}

export function saveAws(save: (name: string, value: string) => void, state: AwsState): void {
  save(KEYS.aws, JSON.stringify(state))
}
export function saveBatch(save: (name: string, value: string) => void, batch: BatchProgress): void {
  save(KEYS.batch, JSON.stringify(batch))
}
export function saveExecution(save: (name: string, value: string) => void, execution: ExecutionEvent): void {
  save(KEYS.execution, JSON.stringify(execution))
}
export function saveFinished(save: (name: string, value: string) => void): void {
  save(KEYS.finished, 'true')
}

function parse<T>(text: string): T | undefined {
  if (!text) return undefined
  try {
    return JSON.parse(text) as T
  } catch {
    return undefined
  }
}

export function readState(get: (name: string) => string): SavedState {
  return {
    aws: parse<AwsState>(get(KEYS.aws)),
    batch: parse<BatchProgress>(get(KEYS.batch)),
    execution: parse<ExecutionEvent>(get(KEYS.execution)),
    finished: get(KEYS.finished) === 'true'
  }
}
