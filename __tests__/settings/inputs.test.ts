import { describe, expect, it } from '@jest/globals'
import { parseArgs } from 'node:util'
import {
  cliOptions,
  DEFAULT_ROLE_SESSION_NAME,
  INPUT,
  INPUTS,
  rawInputsFromCli,
  readActionInputs
} from '../../src/settings/inputs.js'
import { parseSettings } from '../../src/settings/settings.js'

describe('INPUTS', () => {
  it('has unique kebab-case names and string defaults that parse', () => {
    const names = INPUTS.map(i => i.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
    const defaults = Object.fromEntries(INPUTS.flatMap(i => ('default' in i ? [[i.name, i.default]] : [])))
    expect(() => parseSettings(defaults, {})).not.toThrow()
  })

  it('declares each integer range once: settings enforce it and the description names it', () => {
    const integers = INPUTS.flatMap(i => (i.kind === 'integer' ? [i] : []))
    expect(integers.map(i => i.name)).toEqual([
      'role-duration-seconds',
      'compression-level',
      'part-size-mb',
      'concurrency',
      'timeout-minutes'
    ])
    for (const i of integers) {
      expect(i.description).toContain(String(i.min))
      expect(i.description).toContain(String(i.max))
      expect(Number(i.default)).toBeGreaterThanOrEqual(i.min)
      expect(Number(i.default)).toBeLessThanOrEqual(i.max)
      for (const ok of [i.min, i.max]) expect(() => parseSettings({ [i.name]: String(ok) }, {})).not.toThrow()
      for (const bad of [i.min - 1, i.max + 1])
        expect(() => parseSettings({ [i.name]: String(bad) }, {})).toThrow(
          `input '${i.name}': ${bad} is out of range (use ${i.min}-${i.max})`
        )
    }
  })

  it('takes the defaults settings apply from the declarations', () => {
    const s = parseSettings({}, {})
    expect(s.roleDurationSeconds).toBe(Number(INPUT['role-duration-seconds'].default))
    expect(s.compressionLevel).toBe(Number(INPUT['compression-level'].default))
    expect(s.partSizeBytes).toBe(Number(INPUT['part-size-mb'].default) * 1024 * 1024)
    expect(s.audience).toBe(INPUT.audience.default)
    expect(s.roleSessionName).toBe(DEFAULT_ROLE_SESSION_NAME)
    expect(s.wait).toBe(INPUT.wait.default === 'true')
  })
})

describe('readActionInputs', () => {
  it('asks for every input by name and maps empty strings to undefined', () => {
    const asked: string[] = []
    const raw = readActionInputs(name => {
      asked.push(name)
      return name === 'files' ? 'a.csv' : ''
    })
    expect(asked).toEqual(INPUTS.map(i => i.name))
    expect(raw['files']).toBe('a.csv')
    expect(raw['bucket']).toBeUndefined()
    expect(Object.keys(raw)).toHaveLength(INPUTS.length)
  })
})

describe('CLI flags', () => {
  const parse = (args: string[]) =>
    rawInputsFromCli(parseArgs({ args, options: cliOptions(), strict: true }).values)

  it('offers every input as a flag of the same name', () => {
    const options = cliOptions()
    for (const input of INPUTS) expect(options[input.name]).toBeDefined()
  })

  it('maps string, repeated list and boolean flags to raw inputs', () => {
    const raw = parse([
      '--files',
      'a/*.csv',
      '--files',
      'b/*.csv',
      '--dataset',
      'customers',
      '--dry-run',
      '--no-wait',
      '--concurrency',
      '8'
    ])
    expect(raw).toEqual({
      files: 'a/*.csv\nb/*.csv',
      dataset: 'customers',
      'dry-run': 'true',
      wait: 'false',
      concurrency: '8'
    })
    const s = parseSettings(raw, {})
    expect(s).toMatchObject({ files: ['a/*.csv', 'b/*.csv'], dryRun: true, wait: false, concurrency: 8 })
  })

  it('accepts a flag value given with =', () => {
    expect(parse(['--part-size-mb=32', '--recipient=key.asc'])).toEqual({
      'part-size-mb': '32',
      recipient: 'key.asc'
    })
  })

  it('refuses unknown flags', () => {
    expect(() => parse(['--bukket', 'x'])).toThrow(/bukket/)
  })
})
