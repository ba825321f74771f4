import { describe, expect, it } from '@jest/globals'
import {
  awsState,
  readState,
  saveBatch,
  saveExecution,
  saveFinished,
  saveAws
} from '../../src/action/state.js'
import { parseSettings } from '../../src/settings/settings.js'

describe('state between main and post', () => {
  it('round-trips what post needs, last write wins, and holds no secrets', () => {
    const store = new Map<string, string>()
    const save = (k: string, v: string) => void store.set(k, v)
    const settings = parseSettings(
      { command: 'upload', 'aws-region': 'us-east-1', 'role-to-assume': 'arn:aws:iam::123456789012:role/ci' },
      {}
    )
    saveAws(save, awsState(settings)!)
    saveBatch(save, { bucket: 'b', prefix: 'landing/ds/gh-1-1/', complete: false })
    saveBatch(save, { bucket: 'b', prefix: 'landing/ds/gh-1-1/', complete: true })
    saveExecution(save, { executionArn: 'arn:x', finished: false })
    const state = readState(k => store.get(k) ?? '')
    expect(state.aws).toMatchObject({
      region: 'us-east-1',
      roleToAssume: 'arn:aws:iam::123456789012:role/ci'
    })
    expect(state.batch?.complete).toBe(true)
    expect(state.execution).toEqual({ executionArn: 'arn:x', finished: false })
    expect(state.finished).toBe(false)
    saveFinished(save)
    expect(readState(k => store.get(k) ?? '').finished).toBe(true)
    expect([...store.values()].join()).not.toMatch(/secret|token|password/i)
  })

  it('reads an empty or corrupt state as nothing to do', () => {
    expect(readState(() => '')).toEqual({ finished: false })
    expect(readState(k => (k === 'batch' ? '{not json' : '')).batch).toBeUndefined()
  })

  it('has no AWS state without a region', () => {
    expect(awsState(parseSettings({ command: 'validate' }, {}))).toBeUndefined()
  })
})
