/**
 * After a local run, `pipeline local` holds the collaboration contract against the run's real output columns and
 * prints the configured table the stack would apply (the demo runs the whole command; this checks both outcomes).
 */
import { describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { printContract } from '../../src/commands/pipeline-local.js'
import type { CliIO } from '../../src/commands/command.js'

function io(): CliIO & { out: string; err: string } {
  const o = {
    out: '',
    err: '',
    env: {},
    cwd: path.resolve('.'),
    stdout: (t: string) => void (o.out += t),
    stderr: (t: string) => void (o.err += t)
  }
  return o as unknown as CliIO & { out: string; err: string }
}

const OUTPUT = [
  'customer_id',
  'email',
  'phone',
  'first_name',
  'last_name',
  'city',
  'state',
  'postal_code',
  'country',
  'date_of_birth'
]

describe('pipeline local: the contract after the run', () => {
  it('holds for the default recipe: prints the configured table the stack would apply', async () => {
    const o = io()
    expect(await printContract('infra/cleanrooms.yml', OUTPUT, o)).toBe(0)
    expect(o.out).toContain(
      'contract=infra/cleanrooms.yml holds (configured table customers, AGGREGATION rule)\n'
    )
    const table = JSON.parse(/^configured-table=(.*)$/m.exec(o.out)![1]!) as { AllowedColumns: string[] }
    expect(table.AllowedColumns).toEqual(['customer_id', 'email', 'phone', 'city', 'state', 'country'])
    expect(o.err).toBe('')
  })

  it('fails, naming the contract line, when the output lacks an allowed column', async () => {
    const o = io()
    expect(
      await printContract(
        'infra/cleanrooms.yml',
        OUTPUT.filter(c => c !== 'city'),
        o
      )
    ).toBe(1)
    expect(o.err).toMatch(
      /^infra\/cleanrooms\.yml:\d+:\d+: allowed column city is not in the recipe's output/m
    )
    expect(o.err).toMatch(
      /error: contract infra\/cleanrooms\.yml does not hold for this output \(1 problem\(s\)\)/
    )
    expect(o.out).toBe('')
  })
})
