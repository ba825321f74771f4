/** Execution history → per-state rows and the failed state; definition → a mermaid flowchart coloured by outcome. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { renderStateChart } from '../../src/report/state-chart.js'
import { buildTimeline, type HistoryEventLike } from '../../src/report/timeline.js'

const t0 = Date.parse('2026-11-28T10:00:00Z')
/** A history builder: events chain through previousEventId like Step Functions' own. */
function history(
  steps: [type: string, atSeconds: number, name?: string, details?: object][]
): HistoryEventLike[] {
  return steps.map(([type, at, name, details], i) => ({
    id: i + 1,
    previousEventId: i,
    type,
    timestamp: new Date(t0 + at * 1000),
    ...(name && type.endsWith('StateEntered') ? { stateEnteredEventDetails: { name } } : {}),
    ...(name && type.endsWith('StateExited') ? { stateExitedEventDetails: { name } } : {}),
    ...(details ?? {})
  }))
}

const failingHistory = history([
  ['ExecutionStarted', 0],
  ['TaskStateEntered', 0, 'PlanDecrypt'],
  ['TaskScheduled', 0],
  ['TaskSucceeded', 40],
  ['TaskStateExited', 40, 'PlanDecrypt'],
  ['TaskStateEntered', 40, 'RunDataBrewJob'],
  ['TaskScheduled', 40],
  [
    'TaskFailed',
    70,
    undefined,
    { taskFailedEventDetails: { error: 'DataBrew.Throttling', cause: 'slow down' } }
  ],
  ['TaskScheduled', 75],
  [
    'TaskFailed',
    300,
    undefined,
    {
      taskFailedEventDetails: { error: 'DataBrew.JobFailed', cause: 'Job run failed: column email not found' }
    }
  ],
  ['TaskStateExited', 300, 'RunDataBrewJob'],
  ['PassStateEntered', 300, 'PrepareFailure'],
  ['PassStateExited', 300, 'PrepareFailure'],
  ['TaskStateEntered', 300, 'NotifyFailure'],
  ['TaskScheduled', 300],
  ['TaskSucceeded', 301],
  ['TaskStateExited', 301, 'NotifyFailure'],
  ['FailStateEntered', 301, 'Failed'],
  [
    'ExecutionFailed',
    301,
    undefined,
    { executionFailedEventDetails: { error: 'DataBrew.JobFailed', cause: 'see above' } }
  ]
])

describe('buildTimeline', () => {
  it('one row per state with start, duration, retries and outcome; the failed state is where the failure was caught', () => {
    const t = buildTimeline(failingHistory, 'FAILED')
    expect(t.rows.map(r => [r.name, r.durationMs, r.retries, r.outcome])).toEqual([
      ['PlanDecrypt', 40_000, 0, 'succeeded'],
      ['RunDataBrewJob', 260_000, 1, 'caught'],
      ['PrepareFailure', 0, 0, 'succeeded'],
      ['NotifyFailure', 1_000, 0, 'succeeded'],
      ['Failed', 0, 0, 'failed']
    ])
    expect(t.failedState).toBe('RunDataBrewJob')
    expect(t.error).toBe('DataBrew.JobFailed')
    expect(t.cause).toBe('Job run failed: column email not found')
  })

  it('attributes events inside interleaved Map iterations by previousEventId', () => {
    const events: HistoryEventLike[] = [
      { id: 1, type: 'ExecutionStarted', timestamp: new Date(t0) },
      {
        id: 2,
        previousEventId: 1,
        type: 'MapStateEntered',
        timestamp: new Date(t0),
        stateEnteredEventDetails: { name: 'EachFile' }
      },
      {
        id: 3,
        previousEventId: 2,
        type: 'TaskStateEntered',
        timestamp: new Date(t0 + 1000),
        stateEnteredEventDetails: { name: 'DecryptFile' }
      },
      {
        id: 4,
        previousEventId: 2,
        type: 'TaskStateEntered',
        timestamp: new Date(t0 + 1000),
        stateEnteredEventDetails: { name: 'DecryptFile' }
      },
      { id: 5, previousEventId: 3, type: 'TaskScheduled', timestamp: new Date(t0 + 1000) },
      { id: 6, previousEventId: 4, type: 'TaskScheduled', timestamp: new Date(t0 + 1000) },
      {
        id: 7,
        previousEventId: 5,
        type: 'TaskFailed',
        timestamp: new Date(t0 + 2000),
        taskFailedEventDetails: { error: 'Lambda.TooManyRequestsException' }
      },
      { id: 8, previousEventId: 7, type: 'TaskScheduled', timestamp: new Date(t0 + 3000) },
      { id: 9, previousEventId: 6, type: 'TaskSucceeded', timestamp: new Date(t0 + 4000) },
      {
        id: 10,
        previousEventId: 9,
        type: 'TaskStateExited',
        timestamp: new Date(t0 + 4000),
        stateExitedEventDetails: { name: 'DecryptFile' }
      },
      { id: 11, previousEventId: 8, type: 'TaskSucceeded', timestamp: new Date(t0 + 5000) },
      {
        id: 12,
        previousEventId: 11,
        type: 'TaskStateExited',
        timestamp: new Date(t0 + 5000),
        stateExitedEventDetails: { name: 'DecryptFile' }
      },
      {
        id: 13,
        previousEventId: 12,
        type: 'MapStateExited',
        timestamp: new Date(t0 + 6000),
        stateExitedEventDetails: { name: 'EachFile' }
      },
      { id: 14, previousEventId: 13, type: 'ExecutionSucceeded', timestamp: new Date(t0 + 6000) }
    ]
    const t = buildTimeline(events, 'SUCCEEDED')
    expect(t.rows.map(r => [r.name, r.entries, r.retries, r.outcome, r.durationMs])).toEqual([
      ['EachFile', 1, 0, 'succeeded', 6000],
      ['DecryptFile', 2, 1, 'succeeded', 4000]
    ])
    expect(t.failedState).toBeUndefined()
  })

  it('a stopped execution: the state it was in is stopped, not failed', () => {
    const t = buildTimeline(
      history([
        ['ExecutionStarted', 0],
        ['TaskStateEntered', 0, 'RunDataBrewJob'],
        ['TaskScheduled', 0],
        [
          'ExecutionAborted',
          20,
          undefined,
          { executionAbortedEventDetails: { error: 'CleanroomsConnect.Cancelled' } }
        ]
      ]),
      'ABORTED'
    )
    expect(t.rows).toEqual([
      expect.objectContaining({ name: 'RunDataBrewJob', outcome: 'stopped', durationMs: 20_000 })
    ])
    expect(t.failedState).toBe('RunDataBrewJob')
    expect(t.error).toBe('CleanroomsConnect.Cancelled')
  })
})

describe('renderStateChart', () => {
  const definition = readFileSync('infra/statemachine.asl.json', 'utf8')

  it('draws every state of the stack definition, coloured by outcome, with catch edges dotted', () => {
    const t = buildTimeline(failingHistory, 'FAILED')
    const chart = renderStateChart(definition, t.outcomes)!
    expect(chart.split('\n')[0]).toBe('flowchart TD')
    const names = Object.keys((JSON.parse(definition) as { States: object }).States)
    // Map and Parallel states are drawn as subgraphs labelled with their type.
    for (const name of names) expect(chart).toMatch(new RegExp(`"${name}( \\((Map|Parallel)\\))?"`))
    expect(chart).toMatch(/s\d+\["RunDataBrewJob"\]:::caught/)
    expect(chart).toMatch(/s\d+\["PlanDecrypt"\]:::succeeded/)
    expect(chart).toMatch(/s\d+\(\["Failed"\]\):::failed/)
    expect(chart).toMatch(/s\d+\["ArchiveBatch"\]:::notrun/)
    expect(chart).toMatch(/-\.->\|catch\|/)
    expect(chart).toContain('classDef caught ')
  })

  it('nests Map (ItemProcessor or Iterator) and Parallel states as subgraphs, recursively', () => {
    const nested = JSON.stringify({
      StartAt: 'EachFile',
      States: {
        EachFile: {
          Type: 'Map',
          ItemProcessor: {
            StartAt: 'Both',
            States: {
              Both: {
                Type: 'Parallel',
                Branches: [
                  { StartAt: 'Lock', States: { Lock: { Type: 'Task', End: true } } },
                  {
                    StartAt: 'Inner',
                    States: {
                      Inner: {
                        Type: 'Map',
                        Iterator: { StartAt: 'Leaf', States: { Leaf: { Type: 'Pass', End: true } } },
                        End: true
                      }
                    }
                  }
                ],
                End: true
              }
            }
          },
          Next: 'Done'
        },
        Done: { Type: 'Succeed' }
      }
    })
    const chart = renderStateChart(nested, { EachFile: 'succeeded', Lock: 'succeeded', Leaf: 'failed' })!
    expect(chart).toMatch(/subgraph s\d+\["EachFile \(Map\)"\]/)
    expect(chart).toMatch(/subgraph s\d+\["Both \(Parallel\)"\]/)
    expect(chart).toMatch(/subgraph s\d+b0\["branch 1"\]/)
    expect(chart).toMatch(/subgraph s\d+\["Inner \(Map\)"\]/)
    expect(chart).toMatch(/s\d+\["Leaf"\]:::failed/)
    const opens = chart.split('\n').filter(l => /^\s*subgraph /.test(l)).length
    const ends = chart.split('\n').filter(l => /^\s*end$/.test(l)).length
    expect(opens).toBe(ends)
  })

  it('escapes labels and gives up on a broken definition', () => {
    const chart = renderStateChart(
      JSON.stringify({ StartAt: 'a"b<c>', States: { 'a"b<c>': { Type: 'Pass', End: true } } }),
      {}
    )!
    expect(chart).toContain('["a#quot;b#lt;c#gt;"]')
    expect(renderStateChart('not json', {})).toBeUndefined()
  })
})
