import { describe, expect, it } from '@jest/globals'
import { parseArgs } from 'node:util'
import { cliOptions, INPUTS, rawInputsFromCli, readActionInputs } from '../../src/settings/inputs.js'
import { parseSettings } from '../../src/settings/settings.js'

describe('INPUTS', () => {
  it('has unique kebab-case names and string defaults that parse', () => {
    const names = INPUTS.map(i => i.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/)
    const defaults = Object.fromEntries(INPUTS.flatMap(i => ('default' in i ? [[i.name, i.default]] : [])))
    expect(() => parseSettings(defaults, {})).not.toThrow()
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
