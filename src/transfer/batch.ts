/** Where a batch lives in S3 and what its objects are called. Pure. */
import { UsageError } from '../errors.js'

/** Written last: a batch prefix without it is incomplete by definition. */
export const MANIFEST_NAME = '_manifest.json'

/** `landing/` + `customers` + `gh-1-1` → `landing/customers/gh-1-1/`. */
export function batchPrefix(landingPrefix: string, dataset: string, batchId: string): string {
  const base = landingPrefix === '' || landingPrefix.endsWith('/') ? landingPrefix : `${landingPrefix}/`
  return `${base}${dataset}/${batchId}/`
}

export function storedSuffix(compression: 'gzip' | 'none'): string {
  return compression === 'gzip' ? '.gz.pgp' : '.pgp'
}

/** Checks a file name for use inside a key; returns the problem or undefined. */
export function checkObjectName(name: string): string | undefined {
  if (name === '' || name.startsWith('/')) return 'is empty or absolute'
  if (name.includes('\\')) return 'contains a backslash'
  if (name.split('/').some(part => part === '..' || part === '.' || part === ''))
    return "has '.', '..' or empty path parts"
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'contains control characters'
  if (name === MANIFEST_NAME) return `is the reserved name ${MANIFEST_NAME}`
  if (Buffer.byteLength(name) > 900) return 'is longer than 900 bytes (S3 keys are limited to 1024)'
  return undefined
}

/** The stored object key of each file; throws one UsageError naming every bad or colliding name. */
export function storedKeys(prefix: string, names: string[], compression: 'gzip' | 'none'): string[] {
  const problems: string[] = []
  const seen = new Map<string, string>()
  const keys = names.map(name => {
    const problem = checkObjectName(name)
    if (problem) problems.push(`file name '${name}' ${problem}`)
    const key = `${prefix}${name}${storedSuffix(compression)}`
    const other = seen.get(key)
    if (other !== undefined) problems.push(`files '${other}' and '${name}' map to the same key ${key}`)
    seen.set(key, name)
    return key
  })
  if (problems.length > 0)
    throw new UsageError(`${problems.join('; ')}: rename the files or narrow the files globs`)
  return keys
}
