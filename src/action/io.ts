/**
 * Everything the action door needs from the runner, as one interface: @actions/core in production, a fake in tests
 * (and with @github/local-action, whose getIDToken throws, so credentials fall back to the SDK chain).
 */
import * as core from '@actions/core'
import type { Annotation } from '../jobs/context.js'

export interface ActionIO {
  getInput: (name: string) => string
  setOutput: (name: string, value: string) => void
  setFailed: (message: string) => void
  info: (line: string) => void
  warning: (line: string) => void
  /** A file annotation (error or warning) shown on the pull request. */
  annotate: (annotation: Annotation) => void
  setSecret: (secret: string) => void
  getIDToken: (audience: string) => Promise<string>
  /** Appends markdown to the job summary. */
  appendSummary: (markdown: string) => Promise<void>
  saveState: (name: string, value: string) => void
  getState: (name: string) => string
  env: NodeJS.ProcessEnv
  /** Base for working-directory. */
  workspace: string
}

export function actionIO(): ActionIO {
  return {
    getInput: name => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    setFailed: message => core.setFailed(message),
    info: line => core.info(line),
    warning: line => core.warning(line),
    annotate: p => {
      const props = { file: p.file, startLine: p.line, startColumn: p.column, title: 'cleanrooms-connect' }
      if (p.severity === 'error') core.error(p.message, props)
      else core.warning(p.message, props)
    },
    setSecret: secret => core.setSecret(secret),
    getIDToken: audience => core.getIDToken(audience),
    appendSummary: async markdown => {
      // No GITHUB_STEP_SUMMARY outside a runner (local-action, tests): the log already has the outcome.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown, true).write()
    },
    saveState: (name, value) => core.saveState(name, value),
    getState: name => core.getState(name),
    env: process.env,
    workspace: process.env.GITHUB_WORKSPACE || process.cwd()
  }
}
