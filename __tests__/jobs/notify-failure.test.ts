/** The pre-pipeline failure notice carries the same subject and message attributes as the state machine's own. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { failurePublish } from '../../src/jobs/notify-failure.js'

interface AslState {
  Type: string
  Parameters?: { Subject?: string; MessageAttributes?: Record<string, unknown> }
  Branches?: { States: Record<string, AslState> }[]
  Iterator?: { States: Record<string, AslState> }
  ItemProcessor?: { States: Record<string, AslState> }
}

function findState(states: Record<string, AslState>, name: string): AslState | undefined {
  for (const [n, s] of Object.entries(states)) {
    if (n === name) return s
    for (const inner of [s.Iterator, s.ItemProcessor, ...(s.Branches ?? [])]) {
      const found = inner && findState(inner.States, name)
      if (found) return found
    }
  }
  return undefined
}

describe('failurePublish', () => {
  const asl = JSON.parse(readFileSync('infra/statemachine.asl.json', 'utf8')) as {
    States: Record<string, AslState>
  }
  const notifyFailure = findState(asl.States, 'NotifyFailure')!

  it("uses NotifyFailure's attribute names and subject", () => {
    const p = failurePublish({
      topicArn: 'arn:aws:sns:us-east-1:123456789012:t',
      dataset: 'customers',
      failure: { stage: 'upload', batchId: 'b-1', message: 'S3 refused it' }
    })
    expect(Object.keys(p.MessageAttributes!).sort()).toEqual(
      Object.keys(notifyFailure.Parameters!.MessageAttributes!).sort()
    )
    expect(p.Subject).toBe(notifyFailure.Parameters!.Subject!.replace('${DatasetName}', 'customers'))
    expect(p.MessageAttributes!.error!.StringValue).toBe('CleanroomsConnect.UploadFailed')
  })

  it('never sends an empty or oversized attribute (SNS rejects them)', () => {
    const p = failurePublish({
      topicArn: 'arn:aws:sns:us-east-1:123456789012:t',
      dataset: 'customers',
      failure: { stage: 'start', message: 'x'.repeat(5000) }
    })
    expect(p.MessageAttributes!.batch!.StringValue).toBe('unknown')
    expect(p.MessageAttributes!.cause!.StringValue!.length).toBeLessThanOrEqual(1024)
  })
})
