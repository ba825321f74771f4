/**
 * The contract writes the stack's ConfiguredTable (issue 13: "generated from the contract file by npm run
 * package:infra … with tests on the generated template"): the template in the repository is exactly what the contract
 * gives, and another contract changes only the resource's Properties block, in a form prettier and CloudFormation read.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as prettier from 'prettier'
import { configuredTableProperties } from '../../src/cleanrooms/cfn.js'
import { parseContract, type Contract } from '../../src/cleanrooms/contract.js'
import { applyContract } from '../../src/cleanrooms/template-block.js'
import { parseTemplate } from '../../src/local/cfn-template.js'
import { cli } from '../helpers/cli.js'

const TEMPLATE = readFileSync('infra/template.yaml', 'utf8')
const CONTRACT = readFileSync('infra/cleanrooms.yml', 'utf8')

function contract(text: string): Contract {
  const parsed = parseContract(text, 'cleanrooms.yml')
  expect(parsed.problems).toEqual([])
  return parsed.contract!
}

const LIST = `version: 1
configuredTable:
  name: "audience: v2"
  description: 'Hashed contacts # for list queries, with a colon: here'
  allowedColumns: [${Array.from({ length: 30 }, (_, i) => `segment_column_${i}`).join(', ')}, email]
analysisRule:
  type: LIST
  joinColumns: [email]
  listColumns: [${Array.from({ length: 30 }, (_, i) => `segment_column_${i}`).join(', ')}]
`

async function prettierStable(text: string): Promise<boolean> {
  const options = (await prettier.resolveConfig('infra/template.yaml')) ?? {}
  return (await prettier.format(text, { ...options, parser: 'yaml' })) === text
}

describe('applyContract', () => {
  it('gives back infra/template.yaml byte for byte from infra/cleanrooms.yml', () => {
    expect(applyContract(TEMPLATE, contract(CONTRACT))).toBe(TEMPLATE)
  })

  it('writes another contract into the Properties block only, as CloudFormation and prettier read it', async () => {
    const list = contract(LIST)
    const out = applyContract(TEMPLATE, list)
    const props = parseTemplate(out).Resources.ConfiguredTable!.Properties!
    const { TableReference, ...rest } = props
    expect(rest).toEqual(configuredTableProperties(list))
    expect(TableReference).toEqual(
      parseTemplate(TEMPLATE).Resources.ConfiguredTable!.Properties!.TableReference
    )
    // Everything but the resource's Properties is as it was (resources, comments, tags).
    const strip = (t: string) => {
      const { ConfiguredTable, ConfiguredTableAssociation, ...others } = parseTemplate(t).Resources
      const { Name, ...association } = ConfiguredTableAssociation!.Properties!
      return { ConfiguredTable, association, others, name: Name }
    }
    const { ConfiguredTable: before, association: associationBefore, others: othersBefore } = strip(TEMPLATE)
    const { ConfiguredTable: after, association: associationAfter, others: othersAfter } = strip(out)
    expect(othersAfter).toEqual(othersBefore)
    expect(associationAfter).toEqual(associationBefore)
    expect({ ...after, Properties: undefined }).toEqual({ ...before, Properties: undefined })
    expect(parseTemplate(out).Resources.ConfiguredTableAssociation!.Properties!.Name).toBe('audience: v2')
    const removed = TEMPLATE.split('\n').filter(l => !out.split('\n').includes(l))
    expect(removed.every(l => l.startsWith('      '))).toBe(true)
    expect(removed).toContain('      Name: customers')
    expect(out).toContain('  # What Clean Rooms assumes to read the table for a query')
    expect(await prettierStable(out)).toBe(true)
  })

  it('refuses a template without the resource', () => {
    expect(() => applyContract('Resources:\n  Other:\n    Type: X\n', contract(CONTRACT))).toThrow(
      'the template has no ConfiguredTable resource (Type: AWS::CleanRooms::ConfiguredTable) to write'
    )
  })
})

describe('cleanrooms-connect contract template', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'contract-template-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const io = () => ({ cwd: dir })

  it('checks, writes, then finds the template up to date', async () => {
    writeFileSync(path.join(dir, 'template.yaml'), TEMPLATE)
    writeFileSync(path.join(dir, 'c.yml'), CONTRACT.replace('minimum: 100', 'minimum: 250'))
    const args = ['contract', 'template', '--contract', 'c.yml', '--template', 'template.yaml']
    const check = await cli([...args, '--check'], io())
    expect(check.code).toBe(1)
    expect(check.stderr).toBe(
      'template.yaml: ConfiguredTable differs from c.yml: run cleanrooms-connect contract template (npm run package:infra) and commit it\n'
    )
    expect(readFileSync(path.join(dir, 'template.yaml'), 'utf8')).toBe(TEMPLATE)
    const write = await cli(args, io())
    expect([write.code, write.stderr]).toEqual([0, 'template.yaml: ConfiguredTable written from c.yml\n'])
    expect(readFileSync(path.join(dir, 'template.yaml'), 'utf8')).toContain(
      '- { ColumnName: customer_id, Minimum: 250, Type: COUNT_DISTINCT }'
    )
    const again = await cli([...args, '--check'], io())
    expect([again.code, again.stderr]).toEqual([
      0,
      'template.yaml: ConfiguredTable is up to date with c.yml\n'
    ])
  })

  it('leaves the template alone when the contract has errors, and names them', async () => {
    writeFileSync(path.join(dir, 'template.yaml'), TEMPLATE)
    writeFileSync(
      path.join(dir, 'bad.yml'),
      CONTRACT.replace('dimensionColumns: [city,', 'dimensionColumns: [email, city,')
    )
    const r = await cli(
      ['contract', 'template', '--contract', 'bad.yml', '--template', 'template.yaml'],
      io()
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/^bad\.yml:\d+:\d+: email is a join column, which Clean Rooms never outputs/)
    expect(r.stderr).toContain('bad.yml has 1 error(s): the template was not changed')
    expect(readFileSync(path.join(dir, 'template.yaml'), 'utf8')).toBe(TEMPLATE)
  })
})
