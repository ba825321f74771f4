/** "Did you mean …?" for operation, parameter, condition, column and policy key names. Pure. */

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]!
}

const tokens = (s: string) =>
  s
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .sort()
    .join(' ')

/**
 * The candidate closest to `name`: the same words in another order (PHONE_NUMBER_FORMAT → FORMAT_PHONE_NUMBER), else
 * the smallest edit distance within a third of the name's length (at least 2).
 */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  const words = tokens(name)
  const sameWords = candidates.find(c => tokens(c) === words)
  if (sameWords && words !== '') return sameWords
  let best: string | undefined
  let bestD = Infinity
  for (const c of candidates) {
    const d = distance(name.toLowerCase(), c.toLowerCase())
    if (d < bestD) {
      bestD = d
      best = c
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined
}
