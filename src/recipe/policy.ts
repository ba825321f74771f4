/**
 * The PII policy: which input columns hold PII (and of what kind), and the one hash contract they must all leave the
 * pipeline under. A small YAML file in the repository:
 *
 *   version: 1
 *   hash: { algorithm: HMAC_SHA256, encoding: base64, secretId: AwsGlueDataBrew-cleanrooms-hashing-key }
 *   columns:
 *     - { name: email, kind: email }
 *
 * This module reads and checks the file; policy-check.ts holds a recipe against it. Pure.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml'
import { DEFAULT_HASH_ALGORITHM, HASH_ALGORITHMS } from './catalog.js'
import type { Problem, SourceLocation } from './model.js'
import { closest } from './suggest.js'
import { readYamlSource, type YamlSource } from './yaml-source.js'

export const PII_KINDS = [
  'email',
  'phone',
  'first_name',
  'last_name',
  'name',
  'address',
  'postal_code',
  'city',
  'state',
  'country',
  'date_of_birth',
  'device_id',
  'ip_address',
  'customer_id',
  'other'
] as const
export type PiiKind = (typeof PII_KINDS)[number]

export interface HashContract {
  algorithm: string
  /** How digests must be written. DataBrew's CRYPTOGRAPHIC_HASH writes Base64. */
  encoding: 'base64' | 'hex'
  /** Secret name or ARN of the HMAC key (required for the HMAC_ algorithms). */
  secretId?: string
}

export interface PolicyColumn {
  name: string
  kind: PiiKind
  location: SourceLocation
}

export interface PiiPolicy {
  file: string
  hash: HashContract
  columns: PolicyColumn[]
  /** Where the hash contract's entries are, for messages that cite them. */
  locations?: Partial<Record<'hash' | 'algorithm' | 'encoding' | 'secretId', SourceLocation>>
}

const TOP_KEYS = ['version', 'hash', 'columns']
const HASH_KEYS = ['algorithm', 'encoding', 'secretId']
const COLUMN_KEYS = ['name', 'kind']

export function parsePolicy(text: string, file: string): { policy?: PiiPolicy; problems: Problem[] } {
  const source = readYamlSource(text, file)
  const { doc, problems, add } = source
  if (problems.length > 0) return { problems }

  const root = doc.contents
  if (!isMap(root)) {
    add(root, 'a PII policy is a mapping with version, hash and columns (see examples/pii-policy.yml)')
    return { problems }
  }
  unknownKeys(source, root, TOP_KEYS, '')
  const version = value(root, 'version')
  if (version === undefined) add(root, 'add "version: 1" (the policy format version)')
  else if (version !== 1) add(node(root, 'version'), `version must be 1, not ${JSON.stringify(version)}`)

  const { hash, locations } = readHash(source, root)
  const columns = readColumns(source, root)
  const errors = problems.some(p => p.severity === 'error')
  return errors ? { problems } : { policy: { file, hash, columns, locations }, problems }
}

/** Reports unknown keys of a mapping, with the closest known one. */
function unknownKeys(source: YamlSource, map: Node, allowed: string[], what: string): void {
  if (!isMap(map)) return
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    if (allowed.includes(key)) continue
    const hint = closest(key, allowed)
    source.add(
      pair.key,
      `${what}unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ` (known: ${allowed.join(', ')})`}`
    )
  }
}

function value(map: Node, key: string): unknown {
  if (!isMap(map)) return undefined
  const n = map.get(key, true) as unknown
  return isScalar(n) ? n.value : n
}

function node(map: Node, key: string): Node | undefined {
  return isMap(map) ? (map.get(key, true) as Node | undefined) : undefined
}

/** The hash contract: algorithm, encoding and the secret holding the key (named so DataBrew may read it). */
function readHash(
  source: YamlSource,
  root: Node
): { hash: HashContract; locations: NonNullable<PiiPolicy['locations']> } {
  const { add, where } = source
  const hash: HashContract = { algorithm: DEFAULT_HASH_ALGORITHM, encoding: 'base64' }
  const locations: NonNullable<PiiPolicy['locations']> = {}
  const hashNode = node(root, 'hash')
  if (!hashNode) {
    add(root, 'add a "hash" contract: { algorithm, encoding, secretId }')
    return { hash, locations }
  }
  if (!isMap(hashNode)) {
    add(hashNode, 'hash must be a mapping { algorithm, encoding, secretId }')
    return { hash, locations }
  }
  locations.hash = where(hashNode)
  unknownKeys(source, hashNode, HASH_KEYS, 'hash: ')
  const algorithm = value(hashNode, 'algorithm')
  if (algorithm === undefined) add(hashNode, `hash: add "algorithm" (one of ${HASH_ALGORITHMS.join(', ')})`)
  else {
    const a = String(algorithm).toUpperCase()
    locations.algorithm = where(node(hashNode, 'algorithm'))
    if (!(HASH_ALGORITHMS as readonly string[]).includes(a))
      add(
        node(hashNode, 'algorithm'),
        `hash.algorithm '${String(algorithm)}' is not a CRYPTOGRAPHIC_HASH algorithm: use one of ${HASH_ALGORITHMS.join(', ')}`
      )
    hash.algorithm = a
  }
  const encoding = value(hashNode, 'encoding')
  if (encoding !== undefined) {
    locations.encoding = where(node(hashNode, 'encoding'))
    const e = String(encoding).toLowerCase()
    if (e !== 'base64' && e !== 'hex') add(node(hashNode, 'encoding'), 'hash.encoding must be base64 or hex')
    else hash.encoding = e
  }
  const secretId = value(hashNode, 'secretId')
  if (secretId !== undefined) {
    locations.secretId = where(node(hashNode, 'secretId'))
    readSecretId(source, node(hashNode, 'secretId'), secretId, hash)
  }
  if (algorithm !== undefined && hash.algorithm.startsWith('HMAC_') && hash.secretId === undefined)
    add(hashNode, `hash: ${hash.algorithm} is keyed: add secretId (the Secrets Manager secret with the key)`)
  return { hash, locations }
}

function readSecretId(source: YamlSource, at: Node | undefined, secretId: unknown, hash: HashContract): void {
  if (typeof secretId !== 'string' || secretId === '') {
    source.add(at, 'hash.secretId must be a secret name or ARN')
    return
  }
  hash.secretId = secretId
  if (secretId === 'databrew!default')
    source.add(
      at,
      "hash.secretId 'databrew!default' is DataBrew's shared default secret, not meant for production: name your own",
      'warning'
    )
  else if (!/^AwsGlueDataBrew-/.test(secretName(secretId)))
    source.add(
      at,
      `hash.secretId '${secretId}': name the secret AwsGlueDataBrew-… (DataBrew roles built from AWS's policies may read only secrets named so)`,
      'warning'
    )
}

/** The PII columns: each { name, kind } once, with a known kind. */
function readColumns(source: YamlSource, root: Node): PolicyColumn[] {
  const { add, where } = source
  const columns: PolicyColumn[] = []
  const colsNode = node(root, 'columns')
  if (!isSeq(colsNode) || colsNode.items.length === 0) {
    add(colsNode ?? root, 'columns must be a non-empty list of { name, kind }')
    return columns
  }
  for (const item of colsNode.items) {
    if (!isMap(item)) {
      add(item, `each column is a mapping { name, kind } (kinds: ${PII_KINDS.join(', ')})`)
      continue
    }
    unknownKeys(source, item, COLUMN_KEYS, 'column: ')
    const name = value(item, 'name')
    const kind = value(item, 'kind')
    if (typeof name !== 'string' || name === '') {
      add(item, 'column needs a name (the input column)')
      continue
    }
    if (kind === undefined) {
      add(item, `column ${name} needs a kind (one of ${PII_KINDS.join(', ')})`)
      continue
    }
    if (!(PII_KINDS as readonly string[]).includes(String(kind))) {
      const hint = closest(String(kind), PII_KINDS)
      add(
        node(item, 'kind'),
        `column ${name}: kind '${String(kind)}' is not one of ${PII_KINDS.join(', ')}${hint ? ` (did you mean ${hint}?)` : ''}`
      )
      continue
    }
    if (columns.some(c => c.name === name)) {
      add(item, `column ${name} is listed twice`)
      continue
    }
    columns.push({ name, kind: kind as PiiKind, location: where(item) })
  }
  return columns
}

/** The secret's name from a Secrets Manager ARN (without the 6-character suffix AWS appends), or the id as given. */
export function secretName(id: string): string {
  const m = /^arn:aws[\w-]*:secretsmanager:[^:]*:[^:]*:secret:(.+)$/.exec(id)
  return m ? m[1]!.replace(/-[A-Za-z0-9]{6}$/, '') : id
}

/** Whether two secret ids (names or ARNs) name the same secret. */
export function sameSecret(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  return a === b || secretName(a) === secretName(b)
}
