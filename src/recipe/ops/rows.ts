/**
 * SHUFFLE_ROWS (recipe-actions.SHUFFLE_ROWS.html, a PII step): the values of `sourceColumns` move together to
 * other rows, chosen at random; with `groupByColumns`, only among rows that share those columns' values. The other
 * columns stay where they are, so a row keeps its own non-PII values. The step needs every row at once (the engine
 * holds them in memory for it).
 *
 * Randomness: without a seed, node's CSPRNG; with EngineOptions.shuffleSeed (the CLI's --shuffle-seed) a PRNG
 * seeded from SHA-256 of the seed, so tests and reviews can reproduce a run. No local run matches DataBrew's
 * permutation: what can be checked is that each column keeps the same multiset of values.
 */
import { createHash, randomInt } from 'node:crypto'
import type { Row } from '../../formats/table.js'
import { list, requireColumn, sourceColumns, type Compile } from './common.js'

/** A uniform integer in [0, n). */
type Draw = (n: number) => number

/** xoshiro128** seeded from SHA-256(seed): fast, deterministic, well distributed; not for secrets. */
export function seededDraw(seed: string): Draw {
  const digest = createHash('sha256').update(seed, 'utf8').digest()
  const s = [0, 4, 8, 12].map(i => digest.readUInt32LE(i))
  const next = () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5), 7), 9) >>> 0
    const t = s[1]! << 9
    s[2]! ^= s[0]!
    s[3]! ^= s[1]!
    s[1]! ^= s[2]!
    s[0]! ^= s[3]!
    s[2]! ^= t
    s[3] = rotl(s[3]!, 11)
    return result
  }
  return n => {
    // Rejection sampling: no modulo bias.
    const limit = Math.floor(0x1_0000_0000 / n) * n
    for (;;) {
      const x = next()
      if (x < limit) return x % n
    }
  }
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0

/** Fisher–Yates over the indexes of one group. */
function permutation(n: number, draw: Draw): number[] {
  const p = Array.from({ length: n }, (_, i) => i)
  for (let i = n - 1; i > 0; i--) {
    const j = draw(i + 1)
    ;[p[i], p[j]] = [p[j]!, p[i]!]
  }
  return p
}

const shuffleRows: Compile = (step, columns, options) => {
  const moved = sourceColumns(step, columns)
  const groupBy = step.parameters.groupByColumns !== undefined ? list(step, 'groupByColumns') : []
  for (const g of groupBy) requireColumn(step, columns, g)
  const draw: Draw = options.shuffleSeed !== undefined ? seededDraw(options.shuffleSeed) : n => randomInt(n)
  return {
    columns,
    apply: row => row,
    table: rows => {
      const groups = new Map<string, number[]>()
      rows.forEach((row, i) => {
        const key = JSON.stringify(groupBy.map(g => row[g] ?? null))
        const members = groups.get(key)
        if (members) members.push(i)
        else groups.set(key, [i])
      })
      const values: Row[] = rows.map(row => Object.fromEntries(moved.map(c => [c, row[c] ?? null])))
      for (const members of groups.values()) {
        const p = permutation(members.length, draw)
        members.forEach((rowIndex, k) => {
          const from = values[members[p[k]!]!]!
          for (const c of moved) rows[rowIndex]![c] = from[c] ?? null
        })
      }
      return rows
    }
  }
}

export const ROW_OPERATIONS: Record<string, Compile> = {
  SHUFFLE_ROWS: shuffleRows
}
