import { describe, expect, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  defaultDefinitionPath,
  definitionVariables,
  runStateMachine,
  substituteDefinition
} from '../../src/local/asl-runner.js'
import { UsageError } from '../../src/errors.js'

const LAMBDA = 'arn:aws:states:::lambda:invoke'
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:f'

describe('substituteDefinition', () => {
  test('replaces every ${Name} and keeps the JSON valid when a value needs escaping', () => {
    const text = '{"a":"${X}","b":"pre-${Y}-post","c":"${X}"}'
    const out = JSON.parse(substituteDefinition(text, { X: 'he said "hi"\\', Y: 'y' })) as Record<
      string,
      string
    >
    expect(out).toEqual({ a: 'he said "hi"\\', b: 'pre-y-post', c: 'he said "hi"\\' })
  })

  test('a variable without a substitution is a usage error naming it', () => {
    expect(() => substituteDefinition('{"a":"${X}","b":"${Missing}"}', { X: '1' })).toThrow(UsageError)
    expect(() => substituteDefinition('{"a":"${X}","b":"${Missing}"}', { X: '1' })).toThrow(/\$\{Missing\}/)
  })

  test('definitionVariables lists each variable once, sorted', () => {
    expect(definitionVariables('${B} ${A} ${B} $notone {C}')).toEqual(['A', 'B'])
  })
})

describe('runStateMachine', () => {
  test('reads the shipped definition file when none is given', async () => {
    expect(defaultDefinitionPath()).toBe(
      fileURLToPath(new URL('../../infra/statemachine.asl.json', import.meta.url))
    )
    // Without substitutions the shipped definition cannot run: this proves the file itself was read.
    await expect(runStateMachine({ substitutions: {}, input: {}, handlers: {} })).rejects.toThrow(
      /\$\{DecryptFunctionArn\}/
    )
  })

  test('accepts the definition as a path, JSON text or object', async () => {
    const def = { StartAt: 'P', States: { P: { Type: 'Pass', Result: { v: '${V}' }, End: true } } }
    const dir = await mkdtemp(join(tmpdir(), 'asl-runner-'))
    try {
      const file = join(dir, 'machine.asl.json')
      await writeFile(file, JSON.stringify(def))
      for (const definition of [def, JSON.stringify(def), file]) {
        const r = await runStateMachine({ definition, substitutions: { V: 'x' }, input: {}, handlers: {} })
        expect(r).toMatchObject({ status: 'SUCCEEDED', output: { v: 'x' } })
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  test('refuses a Task state without a handler (it would call AWS) and handlers that match no Task', async () => {
    const def = {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: FN }, End: true } }
    }
    await expect(
      runStateMachine({ definition: def, substitutions: {}, input: {}, handlers: {} })
    ).rejects.toThrow(/Task state\(s\) T have no local handler/)
    await expect(
      runStateMachine({
        definition: def,
        substitutions: {},
        input: {},
        handlers: { T: () => 1, Nope: () => 2 }
      })
    ).rejects.toThrow(/handlers Nope match no Task state/)
  })

  test('a lambda:invoke handler gets the Payload as its event and its result becomes Payload', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: LAMBDA,
          Parameters: { FunctionName: FN, 'Payload.$': '$' },
          ResultSelector: { 'got.$': '$.Payload', 'status.$': '$.StatusCode' },
          End: true
        }
      }
    }
    const seen: unknown[] = []
    const r = await runStateMachine({
      definition: def,
      substitutions: {},
      input: { a: 1 },
      handlers: {
        T: async (event: unknown) => {
          seen.push(event)
          return { echoed: event }
        }
      }
    })
    expect(seen).toEqual([{ a: 1 }])
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: { got: { echoed: { a: 1 } }, status: 200 } })
  })

  test('a function error fails with its name and the JSON cause AWS gives function errors', async () => {
    const def = {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: FN }, End: true } }
    }
    const r = await runStateMachine({
      definition: def,
      substitutions: {},
      input: {},
      handlers: {
        T: () => {
          const e = new Error('landing/x.pgp: integrity check failed')
          e.name = 'DecryptError'
          throw e
        }
      }
    })
    expect(r.status).toBe('FAILED')
    expect(r.error).toBe('DecryptError')
    expect(JSON.parse(r.cause ?? '')).toEqual({
      errorType: 'DecryptError',
      errorMessage: 'landing/x.pgp: integrity check failed'
    })
    expect(r.events.map(e => e.type)).toEqual([
      'ExecutionStarted',
      'StateEntered',
      'StateFailed',
      'ExecutionFailed'
    ])
  })

  test('Lambda service errors pass through unchanged and are retried per the definition', async () => {
    const def = {
      StartAt: 'T',
      States: {
        T: {
          Type: 'Task',
          Resource: LAMBDA,
          Parameters: { FunctionName: FN },
          Retry: [{ ErrorEquals: ['Lambda.ServiceException'], IntervalSeconds: 3600, MaxAttempts: 2 }],
          End: true
        }
      }
    }
    let calls = 0
    const r = await runStateMachine({
      definition: def,
      substitutions: {},
      input: {},
      noWaits: true, // the hour-long retry interval would otherwise outlast the test
      handlers: {
        T: () => {
          calls++
          const e = new Error('Rate exceeded')
          e.name = 'Lambda.ServiceException'
          throw e
        }
      }
    })
    expect(calls).toBe(3)
    expect(r).toMatchObject({ status: 'FAILED', error: 'Lambda.ServiceException', cause: 'Rate exceeded' })
    expect(r.events.filter(e => e.type === 'StateRetried').map(e => e.retryAttempt)).toEqual([1, 2])
  })

  test('noWaits skips Wait states (an hour-long Wait completes at once)', async () => {
    const def = {
      StartAt: 'W',
      States: {
        W: { Type: 'Wait', Seconds: 3600, Next: 'P' },
        P: { Type: 'Pass', Result: 'done', End: true }
      }
    }
    const r = await runStateMachine({
      definition: def,
      substitutions: {},
      input: {},
      handlers: {},
      noWaits: true
    })
    expect(r).toMatchObject({ status: 'SUCCEEDED', output: 'done' })
  })

  test('the context object carries the execution id and name', async () => {
    const def = {
      StartAt: 'P',
      States: {
        P: {
          Type: 'Pass',
          Parameters: { 'id.$': '$$.Execution.Id', 'name.$': '$$.Execution.Name' },
          End: true
        }
      }
    }
    const r = await runStateMachine({
      definition: def,
      substitutions: {},
      input: {},
      handlers: {},
      executionName: 'run-7'
    })
    expect(r.output).toEqual({
      id: 'arn:aws:states:local:000000000000:execution:cleanrooms-connect:run-7',
      name: 'run-7'
    })
  })

  test('a Fail state reports its error and cause', async () => {
    const def = { StartAt: 'F', States: { F: { Type: 'Fail', Error: 'Boom', Cause: 'because' } } }
    const r = await runStateMachine({ definition: def, substitutions: {}, input: {}, handlers: {} })
    expect(r).toMatchObject({ status: 'FAILED', error: 'Boom', cause: 'because' })
  })

  test('a definition that is not JSON is a usage error naming the file', async () => {
    await expect(
      runStateMachine({ definition: '{ not json', substitutions: {}, input: {}, handlers: {} })
    ).rejects.toThrow(/not valid JSON/)
  })
})
