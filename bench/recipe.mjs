// Benchmark (not a test): the local recipe engine (`cleanrooms-connect recipe run`) against the same job in DuckDB
// (bench/recipe-duckdb.mjs), on a generated customer CSV, each in its own process under GNU time. Prints wall time,
// peak RSS and ratios (medians over --runs), and checks that both produce the same hashes.
//
//   npm run bundle && node bench/recipe.mjs [--rows 1000000,5000000] [--runs 3]
//
// Writes bench/.work/result-recipe.json: one row per size, {bench, rows, oursS, peerS, ratio, target, rssMiB, met},
// for the combined `npm run bench` table. Targets (issue 12): ≤ 3× DuckDB's time, RSS ≤ 300 MiB.
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { parquetReadObjects } from 'hyparquet'
import { asyncBufferFromFile } from 'hyparquet/src/node.js'

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '3' } }
})
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, 'bench/.work')
const cli = path.join(root, 'dist/cli/index.js')
mkdirSync(work, { recursive: true })
if (!existsSync(cli)) throw new Error('dist/cli/index.js missing: run npm run bundle')

async function generate(rows) {
  const file = path.join(work, `customers-${rows}.csv`)
  if (existsSync(file)) return file
  const out = createWriteStream(file)
  const first = ['Noah', 'Emma', 'Liam', 'Olivia', 'Björn', 'Zoë', 'Mateo', 'Aiko', 'Chloé', 'Omar']
  const last = [
    ' Smith',
    'Müller ',
    'Chen',
    'García',
    'Nguyen',
    'Okafor',
    'Rossi',
    'Kowalski',
    'Dubois',
    'Silva'
  ]
  let seed = 7
  const rand = n => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n
  out.write(
    'customer_id,email,phone,first_name,last_name,address,city,state,postal_code,country,date_of_birth\n'
  )
  for (let i = 0; i < rows; i += 1000) {
    let chunk = ''
    for (let j = i; j < Math.min(rows, i + 1000); j++) {
      const f = first[rand(10)]
      const l = last[rand(10)]
      chunk += `C${j}, ${f}.${l.trim()}${rand(100000)}@Example.com ,(555) ${String(rand(1000)).padStart(3, '0')}-${String(rand(10000)).padStart(4, '0')},${f},${l},"${rand(9999)} Main St, Apt ${rand(99)}",Springfield,IL,${String(rand(99999)).padStart(5, '0')},US,19${50 + rand(50)}-0${1 + rand(9)}-1${rand(9)}\n`
    }
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return file
}

function timed(args, env) {
  const report = path.join(work, `time-${process.pid}-${Date.now()}.txt`)
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', report, ...args], {
      env,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr.on('data', d => (stderr += d))
    child.on('exit', code => {
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.slice(-800)}`))
      const [seconds, kib] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number)
      rmSync(report, { force: true })
      resolve({ seconds, rssMiB: kib / 1024 })
    })
  })
}

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const key = randomBytes(32)
const keyFile = path.join(work, 'bench-hash-key.txt')
writeFileSync(keyFile, key.toString('base64'), { mode: 0o600 })
const env = { ...process.env, NODE_NO_WARNINGS: '1' }
console.log(
  `node ${process.version}; ${execFileSync(process.execPath, ['-e', "import('@duckdb/node-api').then(m=>console.log('duckdb '+m.version()))"], { encoding: 'utf8' }).trim()}`
)
console.log('rows | ours s | duckdb s | ratio | ours RSS MiB | duckdb RSS MiB')
const TARGET_RATIO = 3
const TARGET_RSS_MIB = 300
const results = []
for (const rows of values.rows.split(',').map(Number)) {
  const input = await generate(rows)
  const ours = []
  const duck = []
  const oursOut = path.join(work, `ours-${rows}.parquet`)
  const duckOut = path.join(work, `duck-${rows}.parquet`)
  for (let r = 0; r < Number(values.runs); r++) {
    rmSync(oursOut, { force: true })
    rmSync(duckOut, { force: true })
    ours.push(
      await timed(
        [
          process.execPath,
          cli,
          'recipe',
          'run',
          '--recipe',
          path.join(root, 'bench/recipe.json'),
          '--in',
          input,
          '--out',
          oursOut,
          '--hash-key-file',
          keyFile,
          '--hash-key-encoding',
          'base64'
        ],
        env
      )
    )
    duck.push(
      await timed(
        [process.execPath, path.join(root, 'bench/recipe-duckdb.mjs'), input, duckOut, key.toString('hex')],
        env
      )
    )
  }
  // Same job, same answers: compare the first rows' hashes.
  const a = await parquetReadObjects({ file: await asyncBufferFromFile(oursOut), rowStart: 0, rowEnd: 3 })
  const b = await parquetReadObjects({ file: await asyncBufferFromFile(duckOut), rowStart: 0, rowEnd: 3 })
  const same = a.every(
    (row, i) => row.email === b[i].email && row.phone === b[i].phone && row.last_name === b[i].last_name
  )
  const o = median(ours.map(x => x.seconds))
  const d = median(duck.map(x => x.seconds))
  console.log(
    `${rows} | ${o.toFixed(2)} | ${d.toFixed(2)} | ${(o / d).toFixed(2)}× | ${median(ours.map(x => x.rssMiB)).toFixed(0)} | ${median(duck.map(x => x.rssMiB)).toFixed(0)}${same ? '' : ' | OUTPUTS DIFFER'}`
  )
  const rssMiB = median(ours.map(x => x.rssMiB))
  results.push({
    bench: 'recipe',
    rows,
    oursS: o,
    peerS: d,
    ratio: Number((o / d).toFixed(3)),
    target: `≤ ${TARGET_RATIO}× DuckDB, RSS ≤ ${TARGET_RSS_MIB} MiB`,
    rssMiB: Math.round(rssMiB),
    met: same && o / d <= TARGET_RATIO && rssMiB <= TARGET_RSS_MIB
  })
  console.log(
    `  runs ours: ${ours.map(x => `${x.seconds}s/${x.rssMiB.toFixed(0)}MiB`).join(', ')}; duckdb: ${duck.map(x => `${x.seconds}s/${x.rssMiB.toFixed(0)}MiB`).join(', ')}`
  )
}
writeFileSync(path.join(work, 'result-recipe.json'), JSON.stringify(results, null, 2) + '\n')
