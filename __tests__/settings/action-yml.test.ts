import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { INPUTS, type InputSpec } from '../../src/settings/inputs.js'
import { ACTION_OUTPUTS } from '../../src/settings/outputs.js'
import { uploadOutputs } from '../../src/report/upload-summary.js'

const actionYml = fileURLToPath(new URL('../../action.yml', import.meta.url))

interface ActionYml {
  name: string
  description: string
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: Record<string, string>
}

const action = parse(readFileSync(actionYml, 'utf8')) as ActionYml

describe('action.yml', () => {
  it('declares exactly the inputs of INPUTS, in the same order', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUTS.map(i => i.name))
  })

  it.each((INPUTS as readonly InputSpec[]).map(i => [i.name, i] as const))(
    'input %s has the description and default of INPUTS and is not required',
    (name, spec) => {
      const declared = action.inputs[name]
      expect(declared?.description).toBe(spec.description)
      expect(declared?.default).toBe(spec.default)
      // Requirements depend on the command and on stack outputs, so the runner must never enforce them.
      expect(declared?.required).toBe(false)
    }
  )

  it('defaults are strings, as the runner passes them', () => {
    for (const input of Object.values(action.inputs)) {
      if ('default' in input) expect(typeof input.default).toBe('string')
    }
  })

  it('declares exactly the outputs of ACTION_OUTPUTS with their descriptions', () => {
    expect(Object.keys(action.outputs)).toEqual(Object.keys(ACTION_OUTPUTS))
    for (const [name, description] of Object.entries(ACTION_OUTPUTS)) {
      expect(action.outputs[name]?.description).toBe(description)
    }
  })

  it('documents every status value the steps set', () => {
    const status = ACTION_OUTPUTS.status
    for (const value of [
      'SUCCEEDED',
      'FAILED',
      'TIMED_OUT',
      'ABORTED',
      'PENDING_REDRIVE',
      'RUNNING',
      "'uploaded'",
      "'reused'",
      "'empty'",
      "'dry-run'",
      "'valid'",
      "'invalid'"
    ]) {
      expect(status).toContain(value)
    }
    expect(status).toMatch(/timeout-minutes ran out/)
    expect(status).toMatch(/cancelled/)
  })

  it('every output the upload report sets is declared', () => {
    const outputs = uploadOutputs({
      dataset: 'd',
      batchId: 'b',
      bucket: 'bucket-a',
      prefix: 'landing/d/b/',
      manifestUri: 's3://bucket-a/landing/d/b/_manifest.json',
      reused: false,
      durationMs: 1,
      compression: 'gzip',
      recipients: [],
      objects: []
    })
    for (const name of Object.keys(outputs)) expect(Object.keys(action.outputs)).toContain(name)
  })

  it('runs on node24 with a post step that always runs', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/main/index.js',
      post: 'dist/post/index.js',
      'post-if': 'always()'
    })
  })

  it('documents every input with a full sentence', () => {
    for (const spec of INPUTS) {
      expect(spec.description.length).toBeGreaterThan(30)
      expect(spec.description.trim().endsWith('.')).toBe(true)
    }
  })
})
