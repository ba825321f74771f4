import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { formatProblem } from '../../src/recipe/model.js'
import { parseRecipe } from '../../src/recipe/parse.js'
import { parsePolicy, sameSecret, secretName, type PiiPolicy } from '../../src/recipe/policy.js'
import { checkPolicy } from '../../src/recipe/policy-check.js'

const POLICY_FILE = 'examples/pii-policy.yml'
const policy = parsePolicy(readFileSync(POLICY_FILE, 'utf8'), POLICY_FILE).policy!
const SECRET = 'AwsGlueDataBrew-cleanrooms-hashing-key'

function check(file: string, p: PiiPolicy = policy, columns?: string[]): string[] {
  const text = readFileSync(file.includes('/') ? file : `__tests__/fixtures/recipes/${file}`, 'utf8')
  const { recipe } = parseRecipe(text, file)
  return checkPolicy(recipe!, p, { columns }).map(formatProblem)
}

type Step = [operation: string, parameters: Record<string, string>, conditions?: object[]]
/** A recipe text with one step per line (step n on line n + 1), checked against a policy on `columns`. */
function run(
  steps: Step[],
  columns = ['email', 'phone'],
  hash = `{ algorithm: HMAC_SHA256, secretId: ${SECRET} }`
) {
  const text = `[\n${steps
    .map(([Operation, Parameters, ConditionExpressions]) =>
      JSON.stringify({
        Action: { Operation, Parameters },
        ...(ConditionExpressions && { ConditionExpressions })
      })
    )
    .join(',\n')}\n]`
  const kinds: Record<string, string> = { email: 'email', phone: 'phone' }
  const yaml = `version: 1\nhash: ${hash}\ncolumns:\n${columns.map(c => `  - { name: ${c}, kind: ${kinds[c] ?? 'other'} }`).join('\n')}\n`
  const parsed = parsePolicy(yaml, 'p.yml')
  expect(parsed.problems).toEqual([])
  const { recipe } = parseRecipe(text, 'r.json')
  return checkPolicy(recipe!, parsed.policy!).map(formatProblem)
}
const hash = (...cols: string[]): Step => [
  'CRYPTOGRAPHIC_HASH',
  { secretId: SECRET, sourceColumns: JSON.stringify(cols) }
]
const lower = (c: string): Step => ['LOWER_CASE', { sourceColumn: c }]
const phone = (c = 'phone'): Step => ['FORMAT_PHONE_NUMBER', { sourceColumn: c, defaultRegion: 'US' }]

describe('parsePolicy', () => {
  it('reads the example policy with the positions of its entries', () => {
    expect(policy.hash).toEqual({ algorithm: 'HMAC_SHA256', encoding: 'base64', secretId: SECRET })
    expect(policy.columns.map(c => [c.name, c.kind, c.location.line])).toEqual([
      ['email', 'email', 13],
      ['phone', 'phone', 14],
      ['first_name', 'first_name', 15],
      ['last_name', 'last_name', 16],
      ['address', 'address', 17],
      ['postal_code', 'postal_code', 18],
      ['date_of_birth', 'date_of_birth', 19]
    ])
    expect(policy.locations).toEqual({
      hash: { line: 8, column: 3 },
      algorithm: { line: 8, column: 14 },
      encoding: { line: 9, column: 13 },
      secretId: { line: 10, column: 13 }
    })
  })

  it('reports each bad entry at its line and column', () => {
    const text = [
      'version: 2',
      'hash:',
      '  algoritm: SHA256',
      '  encoding: hexx',
      'columns:',
      '  - { name: email, kind: mail }',
      '  - phone',
      '  - { name: city, kind: city, hashed: true }',
      '  - { name: city, kind: city }',
      '  - { kind: email }',
      'extra: 1'
    ].join('\n')
    const r = parsePolicy(text, 'p.yml')
    expect(r.policy).toBeUndefined()
    expect(r.problems.map(formatProblem)).toEqual([
      "p.yml:11:1: unknown key 'extra' (known: version, hash, columns)",
      'p.yml:1:10: version must be 1, not 2',
      "p.yml:3:3: hash: unknown key 'algoritm' (did you mean 'algorithm'?)",
      'p.yml:3:3: hash: add "algorithm" (one of MD5, SHA1, SHA256, SHA512, HMAC_MD5, HMAC_SHA1, HMAC_SHA256, HMAC_SHA512)',
      'p.yml:4:13: hash.encoding must be base64 or hex',
      "p.yml:6:26: column email: kind 'mail' is not one of email, phone, first_name, last_name, name, address, postal_code, city, state, country, date_of_birth, device_id, ip_address, customer_id, other (did you mean email?)",
      'p.yml:7:5: each column is a mapping { name, kind } (kinds: email, phone, first_name, last_name, name, address, postal_code, city, state, country, date_of_birth, device_id, ip_address, customer_id, other)',
      "p.yml:8:31: column: unknown key 'hashed' (known: name, kind)",
      'p.yml:9:5: column city is listed twice',
      'p.yml:10:5: column needs a name (the input column)'
    ])
  })

  it('wants a key for HMAC, warns about secrets DataBrew roles cannot read, and reports YAML errors', () => {
    const lines = (text: string) => parsePolicy(text, 'p.yml').problems.map(formatProblem)
    const columns = 'columns: [ { name: e, kind: email } ]'
    expect(lines(`version: 1\nhash: { algorithm: HMAC_SHA256 }\n${columns}`)).toEqual([
      'p.yml:2:7: hash: HMAC_SHA256 is keyed: add secretId (the Secrets Manager secret with the key)'
    ])
    expect(lines(`version: 1\nhash: { algorithm: hmac_sha256, secretId: my-key }\n${columns}`)).toEqual([
      "p.yml:2:43: warning: hash.secretId 'my-key': name the secret AwsGlueDataBrew-… (DataBrew roles built from AWS's policies may read only secrets named so)"
    ])
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:AwsGlueDataBrew-k-AbCdEf'
    expect(lines(`version: 1\nhash: { algorithm: SHA256, secretId: "${arn}" }\n${columns}`)).toEqual([])
    expect(lines('version: 1\nhash: [oops\n')).toEqual([
      'p.yml:3:1: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'
    ])
    expect(lines('- a list')).toEqual([
      'p.yml:1:1: a PII policy is a mapping with version, hash and columns (see examples/pii-policy.yml)'
    ])
    expect(
      parsePolicy(`version: 1\nhash: { algorithm: sha256 }\n${columns}`, 'p.yml').policy!.hash.algorithm
    ).toBe('SHA256')
  })
})

describe('checkPolicy: the recipes under review', () => {
  it('passes the example recipe', () => {
    expect(check('examples/recipes/customers.json')).toEqual([])
  })

  it('catches the test-PR fixture: a PII column reaching the output unhashed', () => {
    expect(check('unhashed-phone.json')).toEqual([
      "unhashed-phone.json:95:3: PII column 'phone' (phone, examples/pii-policy.yml:14) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('catches normalizing after hashing, at each normalizing step', () => {
    const lines = check('hash-before-normalize.json')
    expect(lines.filter(l => l.includes('warning'))).toEqual([
      "hash-before-normalize.json:2:3: warning: step 1 (CRYPTOGRAPHIC_HASH): PII column 'email' (email) is hashed without being normalized first (e.g. REMOVE_COMBINED trimming whitespace and LOWER_CASE): its hashes will rarely match partners'",
      "hash-before-normalize.json:2:3: warning: step 1 (CRYPTOGRAPHIC_HASH): PII column 'phone' (phone) is hashed without being normalized first (e.g. FORMAT_PHONE_NUMBER to E164): its hashes will rarely match partners'"
    ])
    expect(lines.filter(l => !l.includes('warning'))).toEqual([
      "hash-before-normalize.json:12:3: step 2 (REMOVE_COMBINED): PII column 'email' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'",
      "hash-before-normalize.json:32:3: step 3 (LOWER_CASE): PII column 'email' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'",
      "hash-before-normalize.json:40:3: step 4 (FORMAT_PHONE_NUMBER): PII column 'phone' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'",
      "hash-before-normalize.json:50:3: step 5 (REMOVE_COMBINED): PII column 'first_name' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'",
      "hash-before-normalize.json:61:3: step 6 (LOWER_CASE): PII column 'first_name' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'",
      "hash-before-normalize.json:69:3: step 7 (REMOVE_COMBINED): PII column 'last_name' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'",
      "hash-before-normalize.json:80:3: step 8 (LOWER_CASE): PII column 'last_name' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'",
      "hash-before-normalize.json:88:3: step 9 (REMOVE_COMBINED): PII column 'postal_code' is normalized after hashing (step 1 hashed it): move the normalization before the hash, or the hashes will not match partners'"
    ])
  })

  it('catches a second hash contract', () => {
    expect(check('mixed-algorithms.json')).toEqual([
      `mixed-algorithms.json:105:3: step 11 (CRYPTOGRAPHIC_HASH): hashes 'phone' with SHA256, but the policy requires HMAC_SHA256 with secret ${SECRET} (examples/pii-policy.yml:8) and step 10 uses HMAC_SHA256 with secret ${SECRET}: every PII column must leave under the one contract`
    ])
  })

  it('skips policy columns the input does not have, with a warning on the policy entry', () => {
    const columns = ['customer_id', 'email', 'phone', 'first_name', 'last_name', 'address', 'postal_code']
    expect(check('examples/recipes/customers.json', policy, columns)).toEqual([
      "examples/pii-policy.yml:19:5: warning: PII column 'date_of_birth' is not among the input columns (customer_id, email, phone, first_name, last_name, address, postal_code): nothing to check"
    ])
  })
})

describe('checkPolicy: following PII through the steps', () => {
  it('follows renames and duplicates: a copy of a PII column is PII', () => {
    expect(
      run([
        lower('email'),
        ['RENAME', { sourceColumn: 'email', targetColumn: 'em' }],
        ['DUPLICATE', { sourceColumn: 'em', targetColumn: 'em_copy' }],
        phone(),
        hash('em', 'phone')
      ])
    ).toEqual([
      "r.json:4:1: 'em_copy' (from PII column 'email', step 3 DUPLICATE) (email, p.yml:4) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('treats a merge with a PII column, its split parts and copying functions as PII', () => {
    expect(
      run([
        lower('email'),
        phone(),
        ['MERGE', { sourceColumns: '["email","city"]', delimiter: ' ', targetColumn: 'contact' }],
        ['SPLIT_COLUMN_FROM_START', { sourceColumn: 'phone', position: '2' }],
        ['TRIM', { sourceColumn: 'email', targetColumn: 'email_trim' }],
        ['LEN', { sourceColumn: 'email', targetColumn: 'email_length' }],
        hash('email', 'phone_1', 'email_trim')
      ])
    ).toEqual([
      "r.json:4:1: 'contact' (from PII column 'email', step 3 MERGE) (email, p.yml:4) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it",
      "r.json:5:1: 'phone_2' (from PII column 'phone', step 4 SPLIT_COLUMN_FROM_START) (phone, p.yml:5) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('accepts a normalized copy that is hashed while the raw column is deleted', () => {
    expect(
      run([
        ['TRIM', { sourceColumn: 'email', targetColumn: 'email_clean' }],
        ['REMOVE_COMBINED', { sourceColumn: 'phone', removeAllWhitespace: 'true' }],
        ['DELETE', { sourceColumns: '["email"]' }],
        hash('email_clean', 'phone')
      ])
    ).toEqual([])
  })

  it('catches changes after the hash, double hashing, partial hashes and masking instead of hashing', () => {
    expect(
      run([
        lower('email'),
        phone(),
        hash('email', 'phone'),
        ['ADD_PREFIX', { sourceColumn: 'email', pattern: 'x' }],
        ['FILL_WITH_EMPTY', { sourceColumn: 'email' }],
        hash('phone')
      ])
    ).toEqual([
      "r.json:5:1: step 4 (ADD_PREFIX): changes PII column 'email' after step 3 hashed it: the output is no longer the contracted hash",
      "r.json:7:1: step 6 (CRYPTOGRAPHIC_HASH): hashes PII column 'phone' again (step 3 hashed it already): a hash of a hash matches nobody"
    ])
    expect(
      run([
        lower('email'),
        [
          'CRYPTOGRAPHIC_HASH',
          { secretId: SECRET, sourceColumns: '["email"]' },
          [{ Condition: 'IS_NOT_MISSING', TargetColumn: 'email' }]
        ],
        ['MASK_RANGE', { sourceColumns: '["phone"]', maskSymbol: '#' }],
        [
          'CRYPTOGRAPHIC_HASH',
          { secretId: SECRET, sourceColumns: '["phone"]', entityTypeFilter: '["USA_ALL"]' }
        ]
      ])
    ).toEqual([
      "r.json:3:1: step 2 (CRYPTOGRAPHIC_HASH): hashes 'email' only in the rows its ConditionExpressions select: the other rows reach the output unhashed",
      "r.json:5:1: step 4 (CRYPTOGRAPHIC_HASH): hashes only the entities entityTypeFilter detects inside 'phone': the rest stays in clear text",
      "r.json:5:1: warning: step 4 (CRYPTOGRAPHIC_HASH): PII column 'phone' (phone) is hashed without being normalized first (e.g. FORMAT_PHONE_NUMBER to E164): its hashes will rarely match partners'"
    ])
    expect(
      run([
        ['MASK_RANGE', { sourceColumns: '["email","phone"]', maskSymbol: '#' }],
        ['DELETE', { sourceColumns: '["phone"]' }]
      ])
    ).toEqual([
      "r.json:3:1: PII column 'email' (email, p.yml:4) reaches the output unhashed (step 1 MASK_RANGE masks or encrypts it, which the policy does not accept): add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('compares the contract: algorithm, secret by name or ARN, the default algorithm, and hex digests', () => {
    const arn = `arn:aws:secretsmanager:eu-west-1:123456789012:secret:${SECRET}-Ab12Cd`
    expect(
      run([
        lower('email'),
        phone(),
        ['CRYPTOGRAPHIC_HASH', { secretId: arn, sourceColumns: '["email","phone"]' }]
      ])
    ).toEqual([])
    expect(
      run(
        [
          lower('email'),
          phone(),
          ['CRYPTOGRAPHIC_HASH', { secretId: 'AwsGlueDataBrew-other', sourceColumns: '["email","phone"]' }]
        ],
        ['email', 'phone'],
        '{ algorithm: HMAC_SHA256, encoding: hex, secretId: AwsGlueDataBrew-cleanrooms-hashing-key }'
      )
    ).toEqual([
      `r.json:4:1: step 3 (CRYPTOGRAPHIC_HASH): hashes 'email', 'phone' with HMAC_SHA256 (the default algorithm) with secret AwsGlueDataBrew-other, but the policy requires HMAC_SHA256 with secret ${SECRET} (p.yml:2): every PII column must leave under the one contract`,
      'r.json:4:1: step 3 (CRYPTOGRAPHIC_HASH): the policy asks for hex digests (p.yml:2), but CRYPTOGRAPHIC_HASH writes Base64 and no recipe step converts it'
    ])
    expect(
      run(
        [
          lower('email'),
          phone(),
          hash('email'),
          ['CRYPTOGRAPHIC_HASH', { algorithm: 'SHA256', sourceColumns: '["phone"]' }]
        ],
        ['email', 'phone'],
        '{ algorithm: SHA256 }'
      )
    ).toEqual([
      "r.json:4:1: step 3 (CRYPTOGRAPHIC_HASH): hashes 'email' with HMAC_SHA256 (the default algorithm) with secret AwsGlueDataBrew-cleanrooms-hashing-key, but the policy requires SHA256 (p.yml:2): every PII column must leave under the one contract"
    ])
  })

  it('re-opens a hashed column to rows a UNION brings in, and cannot follow a PIVOT', () => {
    expect(
      run([
        lower('email'),
        phone(),
        hash('email', 'phone'),
        ['UNION', { secondaryDatasetNames: '["more"]', targetColumnNames: '["email","phone"]' }],
        ['PIVOT', { sourceColumn: 'phone', valueColumn: 'x', aggregateFunction: 'COUNT' }]
      ])
    ).toEqual([
      "r.json:6:1: step 5 (PIVOT): 'phone' (from PII column 'phone', step 4 UNION) cannot be followed through PIVOT: hash or delete it first",
      "r.json:5:1: 'email' (from PII column 'email', step 4 UNION) (email, p.yml:4) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it",
      "r.json:5:1: 'phone' (from PII column 'phone', step 4 UNION) (phone, p.yml:5) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('follows PII columns named as results of BOOLEAN_OPERATION and CASE_OPERATION', () => {
    expect(
      run([
        lower('email'),
        phone(),
        [
          'BOOLEAN_OPERATION',
          {
            trueValueExpression: '`email`',
            falseValueExpression: 'none',
            valueExpression: "`phone` = 'x'",
            targetColumn: 'contact'
          }
        ],
        [
          'CASE_OPERATION',
          { valueExpression: "case when `phone` < 1 then 'a' else 'b' end", targetColumn: 'bucket' }
        ],
        hash('email', 'phone', 'bucket')
      ])
    ).toEqual([
      "r.json:4:1: 'contact' (from PII column 'email', step 3 BOOLEAN_OPERATION) (email, p.yml:4) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('follows a PII column a CASE_OPERATION names without back ticks (Spark SQL reads a bare name as a column)', () => {
    expect(
      run([
        lower('email'),
        phone(),
        [
          'CASE_OPERATION',
          { valueExpression: "CASE WHEN phone IS NULL THEN email ELSE 'none' END", targetColumn: 'contact' }
        ],
        hash('email', 'phone')
      ])
    ).toEqual([
      "r.json:4:1: 'contact' (from PII column 'phone', step 3 CASE_OPERATION) (phone, p.yml:5) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('follows an unpivot: the value column holds the PII', () => {
    expect(
      run([
        lower('email'),
        ['UNPIVOT', { sourceColumns: '["email","city"]', unpivotColumn: 'field', valueColumn: 'value' }],
        phone(),
        hash('phone')
      ])
    ).toEqual([
      "r.json:3:1: 'value' (from PII column 'email', step 2 UNPIVOT) (email, p.yml:4) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })

  it('points at line 1 of an empty recipe', () => {
    expect(run([], ['email'])).toEqual([
      "r.json:1:1: PII column 'email' (email, p.yml:4) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it"
    ])
  })
})

describe('secret ids', () => {
  it('compares names and ARNs (with the suffix AWS appends)', () => {
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:AwsGlueDataBrew-k-AbCdEf'
    expect(secretName(arn)).toBe('AwsGlueDataBrew-k')
    expect(sameSecret(arn, 'AwsGlueDataBrew-k')).toBe(true)
    expect(sameSecret('AwsGlueDataBrew-k', 'AwsGlueDataBrew-j')).toBe(false)
    expect(sameSecret(undefined, 'x')).toBe(false)
  })
})
