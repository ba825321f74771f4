/**
 * The PII policy: which columns hold PII (and of what kind) and the hash contract every one of them must leave the
 * pipeline under. `checkPolicy` follows each PII column through the recipe (renames, duplicates, merges, splits,
 * deletes) and fails when one reaches the output unhashed, is normalized only after it was hashed, is hashed for some
 * rows only, or is hashed under a different contract than the policy's. Pure.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml'
import { HASH_ALGORITHMS, NORMALIZING } from './catalog.js'
import {
  listParameter,
  stepProblem,
  type Problem,
  type Recipe,
  type RecipeStep,
  type SourceLocation
} from './model.js'

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
  /** How the digest is written: DataBrew writes base64. */
  encoding: 'base64' | 'hex'
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
}

export function parsePolicy(text: string, file: string): { policy?: PiiPolicy; problems: Problem[] } {
  const problems: Problem[] = []
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines })
  const where = (node: Node | null | undefined): SourceLocation => {
    const offset = node?.range?.[0] ?? 0
    const p = lines.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const add = (node: Node | null | undefined, message: string) =>
    problems.push({ file, ...where(node), message, severity: 'error' })
  for (const e of doc.errors) {
    const p = lines.linePos(e.pos[0])
    problems.push({
      file,
      line: p.line,
      column: p.col,
      message: `not valid YAML: ${e.message.split('\n')[0]}`,
      severity: 'error'
    })
  }
  if (problems.length > 0) return { problems }
  const root = doc.contents
  if (!isMap(root)) {
    add(root, 'a PII policy is a mapping with version, hash and columns')
    return { problems }
  }
  const version = (doc.toJS() as { version?: unknown } | null)?.version
  if (version !== 1)
    add(root.get('version', true) as Node, `version must be 1, not ${JSON.stringify(version)}`)
  const hashNode = root.get('hash', true) as Node | undefined
  const hash: HashContract = { algorithm: 'HMAC_SHA256', encoding: 'base64' }
  if (hashNode !== undefined) {
    if (!isMap(hashNode)) add(hashNode, 'hash must be a mapping (algorithm, encoding, secretId)')
    else {
      const algorithm = String(hashNode.get('algorithm') ?? 'HMAC_SHA256').toUpperCase()
      if (!(HASH_ALGORITHMS as readonly string[]).includes(algorithm))
        add(
          hashNode.get('algorithm', true) as Node,
          `hash.algorithm must be one of ${HASH_ALGORITHMS.join(', ')}`
        )
      const encoding = String(hashNode.get('encoding') ?? 'base64').toLowerCase()
      if (encoding !== 'base64' && encoding !== 'hex')
        add(hashNode.get('encoding', true) as Node, 'hash.encoding must be base64 or hex')
      const secretId = hashNode.get('secretId')
      if (secretId !== undefined && typeof secretId !== 'string')
        add(hashNode.get('secretId', true) as Node, 'hash.secretId must be a string')
      hash.algorithm = algorithm
      hash.encoding = encoding === 'hex' ? 'hex' : 'base64'
      if (typeof secretId === 'string') hash.secretId = secretId
      if (hash.secretId && hash.algorithm.startsWith('HMAC') && !/^AwsGlueDataBrew-/.test(hash.secretId)) {
        add(
          hashNode.get('secretId', true) as Node,
          `hash.secretId '${hash.secretId}' must start with AwsGlueDataBrew- (DataBrew may only read secrets named so)`
        )
      }
    }
  }
  const columns: PolicyColumn[] = []
  const colsNode = root.get('columns', true) as Node | undefined
  if (!isSeq(colsNode) || colsNode.items.length === 0)
    add(colsNode ?? root, 'columns must be a non-empty list of { name, kind }')
  else {
    for (const item of colsNode.items) {
      const node = item as Node
      if (!isMap(node)) {
        add(node, 'each column is a mapping { name, kind }')
        continue
      }
      const name = node.get('name')
      const kind = String(node.get('kind') ?? '')
      if (typeof name !== 'string' || name === '') add(node, 'column needs a name')
      else if (!(PII_KINDS as readonly string[]).includes(kind))
        add(
          (node.get('kind', true) as Node) ?? node,
          `column ${name}: kind '${kind}' is not one of ${PII_KINDS.join(', ')}`
        )
      else if (columns.some(c => c.name === name)) add(node, `column ${name} is listed twice`)
      else columns.push({ name, kind: kind as PiiKind, location: where(node) })
    }
  }
  return problems.length > 0 ? { problems } : { policy: { file, hash, columns }, problems }
}

interface Tracked {
  origin: PolicyColumn
  hashedAt?: RecipeStep
  normalized: boolean
}

function sources(step: RecipeStep): string[] {
  return (
    listParameter(step.parameters.sourceColumns) ??
    (step.parameters.sourceColumn ? [step.parameters.sourceColumn] : [])
  )
}

/** Follows every policy column through the recipe and reports where the contract breaks. */
export function checkPolicy(recipe: Recipe, policy: PiiPolicy): Problem[] {
  const problems: Problem[] = []
  const at = (step: RecipeStep, message: string, severity: Problem['severity'] = 'error') =>
    problems.push(stepProblem(recipe, step, message, severity))
  const live = new Map<string, Tracked>(policy.columns.map(c => [c.name, { origin: c, normalized: false }]))
  const label = (t: Tracked, name: string) =>
    name === t.origin.name ? `PII column '${name}'` : `'${name}' (from PII column '${t.origin.name}')`
  let contract: { algorithm: string; secretId?: string; step: RecipeStep } | undefined

  for (const step of recipe.steps) {
    const cols = sources(step)
    const p = step.parameters
    switch (step.operation) {
      case 'DELETE':
        for (const c of cols) live.delete(c)
        continue
      case 'RENAME': {
        const t = live.get(p.sourceColumn ?? '')
        if (t && p.targetColumn) {
          live.delete(p.sourceColumn!)
          live.set(p.targetColumn, t)
        }
        continue
      }
      case 'DUPLICATE': {
        const t = live.get(p.sourceColumn ?? '')
        if (t && p.targetColumn) live.set(p.targetColumn, { ...t })
        continue
      }
      case 'MERGE': {
        const t = cols.map(c => live.get(c)).find(Boolean)
        if (t && p.targetColumn)
          live.set(p.targetColumn, { origin: t.origin, normalized: false, hashedAt: undefined })
        continue
      }
      case 'CRYPTOGRAPHIC_HASH': {
        const algorithm = (p.algorithm ?? 'HMAC_SHA256').toUpperCase()
        const secretId = p.secretId
        if (cols.some(c => live.has(c))) {
          if (contract && (contract.algorithm !== algorithm || contract.secretId !== secretId)) {
            at(
              step,
              `hashes with ${algorithm}${secretId ? ` and secret ${secretId}` : ''}, but step ${contract.step.number} used ${contract.algorithm}${contract.secretId ? ` and secret ${contract.secretId}` : ''}: every PII column must use one contract`
            )
          }
          contract ??= { algorithm, secretId, step }
          if (algorithm !== policy.hash.algorithm)
            at(step, `hashes with ${algorithm}; the policy requires ${policy.hash.algorithm}`)
          if (policy.hash.secretId && secretId !== policy.hash.secretId) {
            at(step, `uses secret ${secretId ?? '(none)'}; the policy requires ${policy.hash.secretId}`)
          }
          if (policy.hash.encoding === 'hex')
            at(step, 'DataBrew writes base64 digests; the policy asks for hex', 'warning')
          if (step.conditions.length > 0) {
            at(
              step,
              'hashes only the rows its ConditionExpressions select: the other rows reach the output unhashed'
            )
          }
        }
        for (const c of cols) {
          const t = live.get(c)
          if (t) t.hashedAt ??= step
        }
        continue
      }
      default: {
        if (step.operation.startsWith('SPLIT_COLUMN_')) {
          const t = live.get(p.sourceColumn ?? '')
          if (t) {
            live.delete(p.sourceColumn!)
            // The engine's naming: <source>_1 … ; enough parts for any split this project runs.
            for (let i = 1; i <= 16; i++) live.set(`${p.sourceColumn}_${i}`, { ...t })
          }
          continue
        }
        for (const c of cols) {
          const t = live.get(c)
          if (!t) continue
          if (t.hashedAt) {
            at(
              step,
              `changes ${label(t, c)} after step ${t.hashedAt.number} hashed it: normalize before hashing, or the hashes will not match partners'`
            )
          } else if (NORMALIZING.has(step.operation)) t.normalized = true
        }
      }
    }
  }

  const first = recipe.steps[0]?.location ?? { line: 1, column: 1 }
  const last = recipe.steps.at(-1)
  for (const [name, t] of live) {
    if (name !== t.origin.name && /_\d+$/.test(name) && t.origin.name !== name) {
      // Split parts only count if the split really produced them; the tracked range is generous.
      if (!recipe.steps.some(s => s.operation.startsWith('SPLIT_COLUMN_'))) continue
    }
    if (!t.hashedAt) {
      problems.push({
        file: recipe.file,
        ...(last?.location ?? first),
        step: last?.number,
        message: `${label(t, name)} (${t.origin.kind}, ${policy.file}:${t.origin.location.line}) reaches the output unhashed: add it to a CRYPTOGRAPHIC_HASH step or DELETE it`,
        severity: 'error'
      })
    } else if (!t.normalized && (t.origin.kind === 'email' || t.origin.kind === 'phone')) {
      problems.push({
        file: recipe.file,
        ...t.hashedAt.location,
        step: t.hashedAt.number,
        message: `step ${t.hashedAt.number} (CRYPTOGRAPHIC_HASH): ${label(t, name)} (${t.origin.kind}) is hashed without being normalized first (e.g. REMOVE_COMBINED + LOWER_CASE for email, FORMAT_PHONE_NUMBER for phone): its hashes will rarely match`,
        severity: 'warning'
      })
    }
  }
  return problems
}
