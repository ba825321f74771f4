/**
 * A fake runner for the action door: records outputs, summary, state, logs and the failure the way the runner would
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE), so a test can run main, then post with the saved state.
 */
import type { ActionIO } from '../../src/action/io.js'

export interface FakeRunner extends ActionIO {
  outputs: Record<string, string>
  summary: string
  failed?: string
  state: Map<string, string>
  logs: string[]
  warnings: string[]
  annotations: string[]
}

export function fakeRunner(o: {
  inputs: Record<string, string>
  workspace: string
  env?: NodeJS.ProcessEnv
  state?: Map<string, string>
}): FakeRunner {
  const io: FakeRunner = {
    outputs: {},
    summary: '',
    state: o.state ?? new Map<string, string>(),
    logs: [],
    warnings: [],
    annotations: [],
    annotate: p => void io.annotations.push(`${p.severity} ${p.file}:${p.line}:${p.column} ${p.message}`),
    getInput: name => o.inputs[name] ?? '',
    setOutput: (name, value) => void (io.outputs[name] = value),
    setFailed: message => void (io.failed = message),
    info: line => void io.logs.push(line),
    warning: line => void io.warnings.push(line),
    setSecret: () => {},
    getIDToken: () => Promise.reject(new Error('no OIDC in tests')),
    appendSummary: async markdown => void (io.summary += markdown),
    saveState: (name, value) => void io.state.set(name, value),
    getState: name => io.state.get(name) ?? '',
    env: o.env ?? {
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_ATTEMPT: '1'
    },
    workspace: o.workspace
  }
  return io
}
