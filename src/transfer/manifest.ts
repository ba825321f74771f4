/**
 * The batch manifest (`_manifest.json`, version 1): written last by the upload, read by the DecryptBatch Lambda and by
 * re-runs. Pure: building, serializing, parsing with validation that names the bad field.
 */

export interface ManifestObject {
  /** Full S3 key of the stored (compressed, encrypted) object. */
  key: string
  /** Name relative to the working directory. */
  originalName: string
  plaintextSize: number
  /** Lowercase hex. */
  plaintextSha256: string
  storedSize: number
  compression: 'gzip' | 'none'
}

export interface Manifest {
  version: 1
  dataset: string
  batchId: string
  /** ISO 8601. */
  createdAt: string
  compression: 'gzip' | 'none'
  encryption: { format: 'openpgp'; aead: boolean; recipients: string[] }
  objects: ManifestObject[]
  totals: { objects: number; plaintextBytes: number; storedBytes: number }
}

export function buildManifest(o: {
  dataset: string
  batchId: string
  createdAt: Date
  compression: 'gzip' | 'none'
  aead: boolean
  recipients: string[]
  objects: ManifestObject[]
}): Manifest {
  const objects = [...o.objects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return {
    version: 1,
    dataset: o.dataset,
    batchId: o.batchId,
    createdAt: o.createdAt.toISOString(),
    compression: o.compression,
    encryption: { format: 'openpgp', aead: o.aead, recipients: [...o.recipients] },
    objects,
    totals: {
      objects: objects.length,
      plaintextBytes: objects.reduce((n, x) => n + x.plaintextSize, 0),
      storedBytes: objects.reduce((n, x) => n + x.storedSize, 0)
    }
  }
}

export function serializeManifest(m: Manifest): string {
  return JSON.stringify(m, null, 2) + '\n'
}

export class ManifestError extends Error {
  override readonly name = 'ManifestError'
}

const SHA256 = /^[0-9a-f]{64}$/

function fail(where: string, field: string, problem: string): never {
  throw new ManifestError(`manifest ${where}: ${field} ${problem}`)
}

function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
}

/** Parses and checks a manifest; errors name the file and the field. */
export function parseManifest(text: string, where: string): Manifest {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    fail(where, 'content', `is not JSON (${(err as Error).message})`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    fail(where, 'content', 'is not an object')
  const m = data as Record<string, unknown>
  if (m.version !== 1) fail(where, 'version', `is ${JSON.stringify(m.version)}, expected 1`)
  for (const field of ['dataset', 'batchId', 'createdAt'] as const) {
    if (typeof m[field] !== 'string' || m[field] === '') fail(where, field, 'must be a non-empty string')
  }
  if (m.compression !== 'gzip' && m.compression !== 'none')
    fail(where, 'compression', "must be 'gzip' or 'none'")
  const enc = m.encryption as Record<string, unknown> | undefined
  if (!enc || enc.format !== 'openpgp') fail(where, 'encryption.format', "must be 'openpgp'")
  if (typeof enc.aead !== 'boolean') fail(where, 'encryption.aead', 'must be true or false')
  if (!Array.isArray(enc.recipients) || !enc.recipients.every(r => typeof r === 'string'))
    fail(where, 'encryption.recipients', 'must be a list of fingerprints')
  if (!Array.isArray(m.objects) || m.objects.length === 0) fail(where, 'objects', 'must be a non-empty list')
  const keys = new Set<string>()
  m.objects.forEach((raw: unknown, i: number) => {
    const o = raw as Record<string, unknown>
    const at = `objects[${i}]`
    if (typeof o !== 'object' || o === null) fail(where, at, 'is not an object')
    if (typeof o.key !== 'string' || o.key === '') fail(where, `${at}.key`, 'must be a non-empty string')
    if (keys.has(o.key)) fail(where, `${at}.key`, `repeats ${o.key}`)
    keys.add(o.key)
    if (typeof o.originalName !== 'string' || o.originalName === '')
      fail(where, `${at}.originalName`, 'must be a non-empty string')
    if (!isCount(o.plaintextSize)) fail(where, `${at}.plaintextSize`, 'must be a byte count')
    if (!isCount(o.storedSize)) fail(where, `${at}.storedSize`, 'must be a byte count')
    if (typeof o.plaintextSha256 !== 'string' || !SHA256.test(o.plaintextSha256))
      fail(where, `${at}.plaintextSha256`, 'must be 64 lowercase hex digits')
    if (o.compression !== 'gzip' && o.compression !== 'none')
      fail(where, `${at}.compression`, "must be 'gzip' or 'none'")
  })
  const t = m.totals as Record<string, unknown> | undefined
  if (!t || !isCount(t.objects) || !isCount(t.plaintextBytes) || !isCount(t.storedBytes))
    fail(where, 'totals', 'must hold objects, plaintextBytes and storedBytes counts')
  if (t.objects !== m.objects.length)
    fail(where, 'totals.objects', `is ${t.objects} but ${m.objects.length} objects are listed`)
  return data as Manifest
}

/** True when the manifest lists exactly these files with these hashes and sizes (a re-run of the same batch). */
export function sameContent(
  m: Manifest,
  files: { originalName: string; plaintextSha256: string; plaintextSize: number }[]
): boolean {
  if (m.objects.length !== files.length) return false
  // Same count is not enough when a name repeats: [a, a] must not match [a, b].
  if (new Set(files.map(f => f.originalName)).size !== files.length) return false
  const byName = new Map(m.objects.map(o => [o.originalName, o]))
  return files.every(f => {
    const o = byName.get(f.originalName)
    return o !== undefined && o.plaintextSha256 === f.plaintextSha256 && o.plaintextSize === f.plaintextSize
  })
}

/**
 * Why a complete batch with the same files may still not be reused: it was encrypted to other keys, or compressed or
 * sealed (AEAD) differently, so reusing it would report settings S3 does not hold. Undefined when all match.
 * Fingerprints compare as sets, case-insensitively.
 */
export function reuseMismatch(
  m: Manifest,
  want: { recipients: string[]; compression: 'gzip' | 'none'; aead: boolean }
): string | undefined {
  const differences: string[] = []
  const norm = (list: string[]) => [...new Set(list.map(f => f.toUpperCase()))].sort()
  const stored = norm(m.encryption.recipients)
  const wanted = norm(want.recipients)
  if (stored.join(',') !== wanted.join(',')) {
    differences.push(
      `recipients (in S3: ${stored.join(', ') || 'none'}; now: ${wanted.join(', ') || 'none'})`
    )
  }
  if (m.compression !== want.compression)
    differences.push(`compression (in S3: ${m.compression}; now: ${want.compression})`)
  if (m.encryption.aead !== want.aead)
    differences.push(`aead (in S3: ${m.encryption.aead}; now: ${want.aead})`)
  return differences.length > 0 ? differences.join(', ') : undefined
}
