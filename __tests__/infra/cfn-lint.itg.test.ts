/**
 * cfn-lint, informational checks included, finds nothing in infra/template.yaml. Where cfn-lint is not installed the
 * test is skipped with a message, except under CI=true, where it fails: CI must lint what it ships.
 * A copy of the template with a planted defect must fail, so a lint run that checks nothing cannot pass.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseContract } from '../../src/cleanrooms/contract.js'
import { applyContract } from '../../src/cleanrooms/template-block.js'

const infraDir = fileURLToPath(new URL('../../infra/', import.meta.url))
const TEMPLATE = join(infraDir, 'template.yaml')

interface Finding {
  Rule: { Id: string }
  Level: string
  Message: string
  Location: { Path: (string | number)[]; Start: { LineNumber: number } }
}

/**
 * Findings accepted here, each explained. Prefer an exception in the template itself (resource Metadata
 * `cfn-lint: config: ignore_checks` with a comment), where a reader of the template sees it.
 */
const EXPLAINED: { rule: string; path: string; why: string }[] = [
  // Empty: the template carries its own exceptions (W3002 on the package-uploaded paths, as resource Metadata).
]

function describeFinding(f: Finding): string {
  return `${f.Rule.Id} at ${f.Location.Path.join('/')} (line ${f.Location.Start.LineNumber}): ${f.Message}`
}

/** Every finding not in EXPLAINED, as one line each. */
function unexplained(findings: Finding[]): string[] {
  return findings
    .filter(f => !EXPLAINED.some(e => e.rule === f.Rule.Id && f.Location.Path.join('/') === e.path))
    .map(describeFinding)
}

function cfnLint(template: string): Finding[] {
  // --include-checks I: informational rules are off by default. JSON output lists every finding with its path.
  const r = spawnSync('cfn-lint', ['--include-checks', 'I', '--format', 'json', '--', template], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024
  })
  if (r.error) throw r.error
  // Exit codes are a bit mask of finding levels (2 error, 4 warning, 8 informational); 1 is a crash.
  if (r.status === 1 || !r.stdout.trim().startsWith('[')) {
    throw new Error(`cfn-lint did not run on ${template}: ${(r.stderr || r.stdout).trim().split('\n')[0]}`)
  }
  return JSON.parse(r.stdout) as Finding[]
}

const installed = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status === 0
const inCi = process.env.CI === 'true'
if (!installed && !inCi) {
  console.warn(
    'cfn-lint is not installed: skipping the template lint (pip install cfn-lint; CI=true requires it)'
  )
}
const lintTest = installed || inCi ? test : test.skip

describe('cfn-lint on infra/template.yaml', () => {
  lintTest(
    'finds nothing, informational checks included, beyond the explained findings',
    () => {
      if (!installed)
        throw new Error('cfn-lint is not installed, and CI=true requires it: pip install cfn-lint')
      expect(unexplained(cfnLint(TEMPLATE))).toEqual([])
    },
    120_000
  )

  describe('templates written from other contracts (contract template) lint clean', () => {
    let dir = ''
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cfn-lint-contract-'))
      copyFileSync(join(infraDir, 'statemachine.asl.json'), join(dir, 'statemachine.asl.json'))
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))
    const head = 'version: 1\nconfiguredTable:\n  name: audience\n  allowedColumns: [email, phone, segment]\n'
    lintTest.each([
      [
        'LIST',
        head + 'analysisRule:\n  type: LIST\n  joinColumns: [email, phone]\n  listColumns: [segment]\n'
      ],
      [
        'CUSTOM',
        head +
          'analysisRule:\n  type: CUSTOM\n  allowedAnalyses: [ANY_QUERY]\n  allowedAnalysisProviders: ["123456789012"]\n'
      ]
    ])(
      '%s rule',
      (type, text) => {
        if (!installed)
          throw new Error('cfn-lint is not installed, and CI=true requires it: pip install cfn-lint')
        const { contract, problems } = parseContract(text, `${type}.yml`)
        expect(problems).toEqual([])
        const path = join(dir, `${type}.yaml`)
        writeFileSync(path, applyContract(readFileSync(TEMPLATE, 'utf8'), contract!))
        expect(readFileSync(path, 'utf8')).toContain(`- Type: ${type}`)
        expect(unexplained(cfnLint(path))).toEqual([])
      },
      120_000
    )
  })

  describe('a copy with a planted defect fails', () => {
    let dir = ''
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cfn-lint-'))
      copyFileSync(join(infraDir, 'statemachine.asl.json'), join(dir, 'statemachine.asl.json'))
    })
    afterAll(() => rmSync(dir, { recursive: true, force: true }))

    const original = readFileSync(TEMPLATE, 'utf8')
    const plant = (name: string, from: string, to: string): string => {
      expect(original).toContain(from)
      const path = join(dir, `${name}.yaml`)
      writeFileSync(path, original.replace(from, to))
      return path
    }

    lintTest.each([
      [
        'an informational finding: a KMS key without DeletionPolicy',
        'data-key-deleted',
        '  DataKey:\n    Type: AWS::KMS::Key\n    DeletionPolicy: Retain\n',
        '  DataKey:\n    Type: AWS::KMS::Key\n',
        'I3011'
      ],
      [
        'an error: a role session shorter than IAM allows',
        'short-session',
        'MaxSessionDuration: !Ref CiRoleMaxSessionSeconds',
        'MaxSessionDuration: 600',
        'E3034'
      ]
    ])(
      '%s',
      (_label, name, from, to, rule) => {
        if (!installed)
          throw new Error('cfn-lint is not installed, and CI=true requires it: pip install cfn-lint')
        const found = unexplained(cfnLint(plant(name, from, to)))
        expect(found.some(line => line.startsWith(`${rule} `))).toBe(true)
      },
      120_000
    )
  })
})
