// Benchmarks (not tests): runs bench:decrypt, bench:upload and bench:recipe one after the other, each against its peer
// in the same run, then prints the issue-12 targets as one table from the rows each bench writes to bench/.work.
//
//   npm run bench [-- --runs 3] [--decrypt-sizes 1024,4096] [--upload-sizes 256,1024,2048] [--recipe-rows 1000000,5000000]
//
// The default sizes are the issue's: the headline size and the ends of each memory range ("RSS flat to 4 GiB", "from
// 256 MiB to 2 GiB", "from 1M to 5M"). That takes about 40 minutes on 2 cores; pass one size each for a quick look.
//
// Every row reads the same way: speed = the peer's wall time ÷ ours (above 1: we are faster), medians of --runs
// interleaved runs, with the target the issue sets for it, our peak RSS and its limit. The machine's load average is
// printed before and after: on a loaded machine the ratios move, so quote the table with it.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'decrypt-sizes': { type: 'string', default: '1024,4096' },
    'upload-sizes': { type: 'string', default: '256,1024,2048' },
    'recipe-rows': { type: 'string', default: '1000000,5000000' },
    only: { type: 'string' }
  }
})
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, 'bench/.work')
if (!existsSync(path.join(root, 'dist/cli/index.js')))
  throw new Error('dist/cli/index.js missing: run npm run bundle first')

const BENCHES = [
  { name: 'decrypt', args: ['--sizes', values['decrypt-sizes']], rssLimit: 200 },
  { name: 'upload', args: ['--sizes', values['upload-sizes']], rssLimit: 160 },
  { name: 'recipe', args: ['--rows', values['recipe-rows']], rssLimit: 300 }
].filter(b => !values.only || values.only.split(',').includes(b.name))

const load = () =>
  os
    .loadavg()
    .map(l => l.toFixed(1))
    .join(' ')
const loadBefore = load()
const failed = []
for (const b of BENCHES) {
  const result = path.join(work, `result-${b.name}.json`)
  rmSync(result, { force: true })
  console.log(`\n## bench:${b.name} (load ${load()})\n`)
  const run = spawnSync(
    process.execPath,
    [path.join(root, `bench/${b.name}.mjs`), ...b.args, '--runs', values.runs],
    {
      cwd: root,
      stdio: 'inherit'
    }
  )
  if (run.status !== 0 || !existsSync(result)) failed.push(b.name)
}

/** One row per bench and size in the common form: speed = peer ÷ ours, with the target in the same terms. */
function rows(b) {
  const file = path.join(work, `result-${b.name}.json`)
  if (!existsSync(file)) return []
  return JSON.parse(readFileSync(file, 'utf8')).map(r => {
    const speed = r.peerS / r.oursS
    const common = { ours: r.oursS, peer: r.peerS, speed, rss: r.rssMiB, rssLimit: b.rssLimit, met: r.met }
    if (b.name === 'recipe')
      // "within 3× DuckDB's time" is a speed of at least 1/3.
      return {
        bench: 'recipe: normalize + HMAC → Parquet vs DuckDB',
        size: `${r.rows / 1e6}M rows`,
        target: 1 / 3,
        ...common
      }
    if (b.name === 'upload')
      return {
        bench: `upload: gzip+encrypt+S3 vs gpg -z 6 -e | aws s3 cp - (size ${r.sizeRatio}× gpg's, ≤ 1.1)`,
        size: `${r.sizeMiB} MiB`,
        target: r.target,
        ...common
      }
    return { bench: `decrypt: ${r.path}`, size: `${r.sizeMiB} MiB`, target: r.target, ...common }
  })
}

const table = BENCHES.flatMap(rows)
console.log(
  `\n## Issue 12 targets (node ${process.version}, ${os.cpus().length} cores, load ${loadBefore} → ${load()})\n`
)
console.log(
  '| bench | size | ours s | peer s | speed (peer ÷ ours) | target | our RSS MiB | RSS limit | met |'
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const r of table)
  console.log(
    `| ${r.bench.replaceAll('|', '\\|')} | ${r.size} | ${r.ours.toFixed(2)} | ${r.peer.toFixed(2)} | ${r.speed.toFixed(2)}× | ≥ ${r.target.toFixed(2)}× | ${r.rss} | ${r.rssLimit} | ${r.met ? 'yes' : 'no'} |`
  )
if (failed.length) {
  console.error(`\nbench(es) failed or wrote no result: ${failed.join(', ')} (see their output above)`)
  process.exitCode = 1
}
