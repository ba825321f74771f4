import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { recipeValidateCommand } from '../../src/commands/recipe-validate.js'
import { UsageError } from '../../src/errors.js'
import { cli } from '../helpers/cli.js'

async function validate(args: string[], cwd = process.cwd()) {
  let stdout = ''
  let stderr = ''
  const code = await recipeValidateCommand.run(args, {
    stdout: t => void (stdout += t),
    stderr: t => void (stderr += t),
    env: {},
    cwd
  })
  return { code, stdout, stderr }
}

const POLICY = 'examples/pii-policy.yml'
const FIXTURES = '__tests__/fixtures/recipes'
let dir: string
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'recipe-validate-'))
  // Hashes email without normalizing it first: a warning, not an error.
  writeFileSync(
    path.join(dir, 'warn.json'),
    JSON.stringify(
      [
        {
          Action: {
            Operation: 'CRYPTOGRAPHIC_HASH',
            Parameters: { secretId: 'AwsGlueDataBrew-k', sourceColumns: '["email"]' }
          }
        }
      ],
      null,
      2
    )
  )
  writeFileSync(
    path.join(dir, 'policy.yml'),
    'version: 1\nhash: { algorithm: HMAC_SHA256, secretId: AwsGlueDataBrew-k }\ncolumns:\n  - { name: email, kind: email }\n'
  )
  writeFileSync(path.join(dir, 'bad-policy.yml'), 'version: 1\nhash: { algorithm: SHA3 }\ncolumns: []\n')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('recipe validate', () => {
  it('exits 0 and prints nothing for the example recipe and policy', async () => {
    const r = await validate(['examples/recipes/customers.json', '--policy', POLICY])
    expect(r).toEqual({
      code: 0,
      stdout: '',
      stderr: '1 recipe(s) against examples/pii-policy.yml: 0 error(s), 0 warning(s)\n'
    })
  })

  it('exits 1 with one file:line:col line for the unhashed-PII fixture (the test PR)', async () => {
    const r = await validate([`${FIXTURES}/unhashed-phone.json`, '--policy', POLICY])
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      `${FIXTURES}/unhashed-phone.json:95:3: PII column 'phone' (phone, examples/pii-policy.yml:14) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it\n`
    )
    expect(r.stderr).toBe('1 recipe(s) against examples/pii-policy.yml: 1 error(s), 0 warning(s)\n')
  })

  it('prints every file’s problems in file order, sorted by position', async () => {
    const r = await validate([`${FIXTURES}/bad-json.json`, `${FIXTURES}/unknown-operation.json`])
    expect(r.code).toBe(1)
    const out = r.stdout.trimEnd().split('\n')
    expect(out[0]).toBe(
      `${FIXTURES}/bad-json.json:3:43: not valid JSON: expected ',' or '}': a comma is missing after the previous value`
    )
    expect(out.slice(1, 3)).toEqual([
      `${FIXTURES}/unknown-operation.json:2:3: step 1: unknown operation HASH: DataBrew has no HASH, use CRYPTOGRAPHIC_HASH`,
      `${FIXTURES}/unknown-operation.json:3:3: step 2: unknown operation REPLACE_PATTERN: DataBrew has no REPLACE_PATTERN, use REPLACE_TEXT (its pattern is a regular expression)`
    ])
    expect(out).toHaveLength(10)
  })

  it('exits 0 when there are only warnings, and says they are warnings', async () => {
    const r = await validate(['warn.json', '--policy', 'policy.yml'], dir)
    expect(r.code).toBe(0)
    expect(r.stdout).toBe(
      "warn.json:2:3: warning: step 1 (CRYPTOGRAPHIC_HASH): PII column 'email' (email) is hashed without being normalized first (e.g. REMOVE_COMBINED trimming whitespace and LOWER_CASE): its hashes will rarely match partners'\n"
    )
    expect(r.stderr).toBe('1 recipe(s) against policy.yml: 0 error(s), 1 warning(s)\n')
  })

  it('checks the columns of each step with --columns', async () => {
    const r = await validate(['warn.json', '--columns', ' id, mail '], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      "warn.json:2:3: step 1 (CRYPTOGRAPHIC_HASH): column 'email' does not exist at this step (did you mean 'mail'?)\n"
    )
  })

  it('prints the problems of the policy file under the name it was given', async () => {
    const r = await validate(['warn.json', '--policy', 'bad-policy.yml'], dir)
    expect(r.code).toBe(1)
    expect(r.stdout).toBe(
      [
        "bad-policy.yml:2:20: hash.algorithm 'SHA3' is not a CRYPTOGRAPHIC_HASH algorithm: use one of MD5, SHA1, SHA256, SHA512, HMAC_MD5, HMAC_SHA1, HMAC_SHA256, HMAC_SHA512",
        'bad-policy.yml:3:10: columns must be a non-empty list of { name, kind }',
        ''
      ].join('\n')
    )
  })

  it('treats a missing file, no file and an empty --columns as usage errors (exit 2)', async () => {
    await expect(validate([])).rejects.toThrow(UsageError)
    await expect(validate(['nope.json'])).rejects.toThrow(
      `recipe validate: cannot read recipe nope.json (ENOENT; looked in ${process.cwd()})`
    )
    await expect(validate(['x.json', '--policy', 'nope.yml'])).rejects.toThrow(
      'cannot read policy nope.yml (ENOENT'
    )
    await expect(validate([FIXTURES])).rejects.toThrow(`cannot read recipe ${FIXTURES} (EISDIR`)
    await expect(validate(['x.json', '--columns', ' , '])).rejects.toThrow(/--columns needs column names/)
    expect((await cli(['recipe', 'validate'])).code).toBe(2)
    const missing = await cli(['recipe', 'validate', 'nope.json'])
    expect(missing.code).toBe(2)
    expect(missing.stdout).toBe('')
  })

  it('prints its help', async () => {
    const r = await validate(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /^Usage: cleanrooms-connect recipe validate RECIPE\.json… \[--policy FILE\] \[--columns a,b,c\]/
    )
    expect(r.stdout).toMatch(
      /Exit status: 0 when there is no error \(warnings allowed\), 1 when there are errors, 2 on usage errors/
    )
  })
})
