/**
 * What the report needs from Step Functions after an execution ended: its full event history (GetExecutionHistory,
 * paginated) and the definition it ran (DescribeStateMachineForExecution, which returns the version the execution
 * used, substitutions resolved). Best effort: the report is a nicety, the status already says how it ended.
 */
import {
  DescribeStateMachineForExecutionCommand,
  GetExecutionHistoryCommand,
  type HistoryEvent,
  type SFNClient
} from '@aws-sdk/client-sfn'

/** 1000 events a page (the API maximum); 25 pages cover a Map over hundreds of files and bound the wait. */
const PAGE_SIZE = 1000
const MAX_PAGES = 25

export interface ExecutionDetails {
  events: HistoryEvent[]
  /** True when MAX_PAGES ran out before the history did. */
  truncated: boolean
  definition?: string
}

export async function executionDetails(
  sfn: SFNClient,
  executionArn: string,
  signal?: AbortSignal
): Promise<ExecutionDetails> {
  const events: HistoryEvent[] = []
  let nextToken: string | undefined
  let pages = 0
  do {
    const page = await sfn.send(
      new GetExecutionHistoryCommand({
        executionArn,
        maxResults: PAGE_SIZE,
        nextToken,
        includeExecutionData: false
      }),
      { abortSignal: signal }
    )
    events.push(...(page.events ?? []))
    nextToken = page.nextToken
    pages++
  } while (nextToken && pages < MAX_PAGES)
  let definition: string | undefined
  try {
    const d = await sfn.send(new DescribeStateMachineForExecutionCommand({ executionArn }), {
      abortSignal: signal
    })
    definition = d.definition
  } catch {
    definition = undefined // the flowchart is left out; the timeline still shows every state
  }
  return { events, truncated: nextToken !== undefined, definition }
}
