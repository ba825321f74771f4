import { describe, expect, it } from '@jest/globals'
import {
  executionConsoleUrl,
  executionFailureMessage,
  executionSucceeded,
  renderExecutionLog,
  renderExecutionSummary,
  type ExecutionReport
} from '../../src/report/execution-summary.js'
import { renderSummary, visibleText } from '../helpers/markdown.js'

const ARN = 'arn:aws:states:eu-west-1:123456789012:execution:cleanrooms-pipeline:customers-gh-1-1'
const base: ExecutionReport = {
  executionArn: ARN,
  stateMachineArn: 'arn:aws:states:eu-west-1:123456789012:stateMachine:cleanrooms-pipeline',
  status: 'SUCCEEDED',
  waited: true,
  reattached: false,
  startDate: new Date('2026-11-23T10:00:00Z'),
  stopDate: new Date('2026-11-23T10:07:30Z'),
  batchId: 'gh-1-1',
  dataset: 'customers'
}

describe('execution summary', () => {
  it('links the execution in its own region', () => {
    expect(executionConsoleUrl(ARN)).toBe(
      `https://eu-west-1.console.aws.amazon.com/states/home?region=eu-west-1#/v2/executions/details/${encodeURIComponent(ARN)}`
    )
  })

  it('renders success with the duration', () => {
    const md = renderExecutionSummary(base)
    expect(md).toContain('✅ Pipeline SUCCEEDED for batch gh\\-1\\-1')
    expect(md).toContain('Ran 7 min 30 s.')
    expect(executionSucceeded(base)).toBe(true)
    expect(renderExecutionLog(base)).toBe('execution SUCCEEDED')
  })

  it('names the failed state, error and cause, and fails the step', () => {
    const failed: ExecutionReport = {
      ...base,
      status: 'FAILED',
      failedState: 'RunDataBrewJob',
      error: 'DataBrew.JobFailed',
      cause: 'Job run failed:\n column email not found'
    }
    expect(executionSucceeded(failed)).toBe(false)
    const md = renderExecutionSummary(failed)
    expect(md).toContain('❌ Pipeline FAILED')
    const html = renderSummary(md)
    expect(html).toContain(
      '<strong>Failed in state <code>RunDataBrewJob</code></strong>: <code>DataBrew.JobFailed</code>'
    )
    expect(visibleText(html)).toContain('Job run failed: column email not found')
    // The failure comes before the execution link.
    expect(md.indexOf('Failed in state')).toBeLessThan(md.indexOf('- Execution:'))
    expect(executionFailureMessage(failed)).toMatch(
      /^pipeline execution FAILED in state RunDataBrewJob \(DataBrew\.JobFailed\): see https:\/\/eu-west-1\./
    )
    expect(renderExecutionLog(failed)).toContain(
      'FAILED in state RunDataBrewJob: DataBrew.JobFailed: Job run failed'
    )
  })

  it('treats a timed-out wait as a failure that says how to fix it', () => {
    const r: ExecutionReport = { ...base, status: 'RUNNING', timedOut: true }
    expect(executionSucceeded(r)).toBe(false)
    expect(executionFailureMessage(r)).toContain('raise timeout-minutes or use wait: false')
    expect(renderExecutionSummary(r)).toContain('still RUNNING when timeout\\-minutes ran out')
  })

  it('accepts RUNNING when the caller chose not to wait', () => {
    const r: ExecutionReport = { ...base, status: 'RUNNING', waited: false }
    expect(executionSucceeded(r)).toBe(true)
    expect(renderExecutionSummary(r)).toContain('Not waited for')
  })

  it('escapes markdown in user-controlled names', () => {
    const md = renderExecutionSummary({ ...base, batchId: 'a|b<script>' })
    expect(md).not.toContain('<script>')
  })
})
