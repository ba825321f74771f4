// Benchmark (not a test): our `upload` against `gpg -z 6 --encrypt | aws s3 cp - s3://…`, same generated CSV,
// same local S3 server (s3rver on disk), same machine, alternating runs. Prints wall time, peak RSS, output size
// and the ratios, as medians over the runs.
//
//   npm run bundle && node bench/upload.mjs [--sizes 1024] [--runs 3]
//
// Needs gpg and an aws CLI on PATH (apt-get install -y awscli). Data and the server's files live in bench/.work/.
// Peak RSS: GNU time's maximum resident set size of each process; for the peer, gpg's plus aws's (they run at once).
// The medians also go to bench/.work/result-upload.json, one row per size, for the combined `npm run bench` table.
import { execFileSync, spawn } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { once } from 'node:events'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3'
import * as openpgp from 'openpgp'
import S3rver from 's3rver'

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '1024' }, runs: { type: 'string', default: '3' } }
})
const sizesMiB = values.sizes.split(',').map(Number)
const runs = Number(values.runs)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, 'bench/.work')
const cli = path.join(root, 'dist/cli/index.js')
const TIME = '/usr/bin/time'
for (const [tool, hint] of [
  ['gpg', 'apt-get install -y gnupg'],
  ['aws', 'apt-get install -y awscli'],
  [TIME, 'apt-get install -y time']
]) {
  try {
    execFileSync(tool, ['--version'], { stdio: 'ignore' })
  } catch {
    console.error(`bench: ${tool} not found: ${hint}`)
    process.exit(1)
  }
}
if (!existsSync(cli)) {
  console.error('bench: dist/cli/index.js missing: run npm run bundle')
  process.exit(1)
}

/** Deterministic customer-like CSV of about `mib` MiB (compresses like real exports: ~4-5x with gzip -6). */
async function generate(mib) {
  const file = path.join(work, `customers-${mib}MiB.csv`)
  if (existsSync(file) && statSync(file).size >= mib * 1048576) return file
  const out = createWriteStream(file)
  const first = ['Noah', 'Emma', 'Liam', 'Olivia', 'Björn', 'Zoë', 'Mateo', 'Aiko', 'Chloé', 'Omar']
  const last = [
    'Smith',
    'Müller',
    'Chen',
    'García',
    'Nguyen',
    'Okafor',
    'Rossi',
    'Kowalski',
    'Dubois',
    'Silva'
  ]
  let seed = 42
  const rand = n => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n
  out.write('customer_id,email,phone,first_name,last_name,address,city,postal_code,country,date_of_birth\n')
  let written = 0
  for (let i = 0; written < mib * 1048576; i++) {
    let chunk = ''
    for (let j = 0; j < 1000; j++, i++) {
      const f = first[rand(10)]
      const l = last[rand(10)]
      chunk += `C${String(i).padStart(9, '0')},${f}.${l}${rand(100000)}@example.com,+1 555 ${String(rand(1000)).padStart(3, '0')} ${String(rand(10000)).padStart(4, '0')},${f},${l},"${rand(9999)} Main St, Apt ${rand(99)}",Springfield,${String(rand(99999)).padStart(5, '0')},US,19${50 + rand(50)}-0${1 + rand(9)}-1${rand(9)}\n`
    }
    written += Buffer.byteLength(chunk)
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return file
}

/** Runs a command under GNU time; resolves { seconds, maxRssKiB }. */
function timed(args, env, opts = {}) {
  const report = path.join(work, `time-${process.hrtime.bigint()}.txt`)
  return new Promise((resolve, reject) => {
    const child = spawn(TIME, ['-f', '%e %M %U %S', '-o', report, ...args], {
      env,
      stdio: opts.stdio ?? ['ignore', 'ignore', 'pipe']
    })
    let stderr = ''
    child.stderr?.on('data', d => (stderr += d))
    child.on('error', reject)
    child.on('exit', code => {
      if (code !== 0) return reject(new Error(`${args[0]} exited ${code}: ${stderr.slice(-500)}`))
      const [seconds, rss, user, sys] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number)
      rmSync(report, { force: true })
      resolve({ seconds, maxRssKiB: rss, cpuS: user + sys, child })
    })
  })
}

/** gpg | aws s3 cp: two processes at once, each under GNU time; wall time measured around both. */
async function peer(file, key, env, gnupghome, fpr) {
  const started = performance.now()
  const tg = path.join(work, 'time-gpg.txt')
  const ta = path.join(work, 'time-aws.txt')
  const gpg = spawn(
    TIME,
    [
      '-f',
      '%M %U %S',
      '-o',
      tg,
      'gpg',
      '--homedir',
      gnupghome,
      '--batch',
      '--trust-model',
      'always',
      '--compress-algo',
      'zlib',
      '-z',
      '6',
      '-r',
      fpr,
      '--encrypt',
      '-o',
      '-',
      file
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const aws = spawn(
    TIME,
    [
      '-f',
      '%M %U %S',
      '-o',
      ta,
      'aws',
      '--endpoint-url',
      env.BENCH_ENDPOINT,
      's3',
      'cp',
      '--only-show-errors',
      '-',
      `s3://bench/${key}`
    ],
    { env, stdio: ['pipe', 'inherit', 'inherit'] }
  )
  gpg.stdout.pipe(aws.stdin)
  const [[gcode], [acode]] = await Promise.all([once(gpg, 'exit'), once(aws, 'exit')])
  if (gcode !== 0 || acode !== 0) throw new Error(`peer failed: gpg ${gcode}, aws ${acode}`)
  const seconds = (performance.now() - started) / 1000
  const [g, a] = [tg, ta].map(f => readFileSync(f, 'utf8').trim().split(/\s+/).map(Number))
  return { seconds, maxRssKiB: g[0] + a[0], cpuS: g[1] + g[2] + a[1] + a[2] }
}

/** The targets: ≥ 1.5× the peer's speed at ≤ 1.1× its output size, peak RSS ≤ 160 MiB. */
const TARGET = { ratio: 1.5, sizeRatio: 1.1, rssMiB: 160 }
/** Rows for the combined `npm run bench` table, written after every size so an interrupted run keeps its rows. */
const results = []
const resultFile = path.join(work, 'result-upload.json')

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const mib = kib => (kib / 1024).toFixed(0)
/** CPU seconds say what wall time hides on a loaded machine: how much work each side does. */
const run = x => `${x.seconds.toFixed(2)}s/${x.cpuS.toFixed(2)}s/${mib(x.maxRssKiB)}MiB`

mkdirSync(work, { recursive: true })
rmSync(path.join(work, 's3'), { recursive: true, force: true })
mkdirSync(path.join(work, 's3'))
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: path.join(work, 's3'),
  configureBuckets: [{ name: 'bench' }]
})
const { port } = await server.run()
const endpoint = `http://127.0.0.1:${port}`
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'us-east-1',
  AWS_DEFAULT_REGION: 'us-east-1',
  BENCH_ENDPOINT: endpoint,
  NODE_NO_WARNINGS: '1',
  GITHUB_RUN_ID: ''
}
const s3 = new S3Client({
  endpoint,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED'
})

const { publicKey } = await openpgp.generateKey({
  type: 'ecc',
  curve: 'curve25519Legacy', // the Curve25519 encoding gpg 2.2 and rnp 0.16 read (RFC 9580's X25519 they do not)
  userIDs: [{ email: 'bench@example.invalid' }],
  format: 'armored'
})
const keyFile = path.join(work, 'bench-public.asc')
writeFileSync(keyFile, publicKey)
const gnupghome = mkdtempSync(path.join(os.tmpdir(), 'bench-gpg-'))
execFileSync('gpg', ['--homedir', gnupghome, '--batch', '--import', keyFile], { stdio: 'ignore' })
const fpr = (await openpgp.readKey({ armoredKey: publicKey })).getFingerprint().toUpperCase()

console.log(
  `node ${process.version}, ${execFileSync('gpg', ['--version'], { encoding: 'utf8' }).split('\n')[0]}, ${execFileSync('aws', ['--version'], { encoding: 'utf8' }).trim()}`
)
console.log(
  'size MiB | ours s | peer s | speed-up | ours MiB out | peer MiB out | size ratio | ours RSS MiB | peer RSS MiB'
)
try {
  for (const size of sizesMiB) {
    const file = await generate(size)
    const ours = []
    const theirs = []
    let oursBytes = 0
    let peerBytes = 0
    for (let r = 0; r < runs; r++) {
      const batch = `s${size}-r${r}`
      const o = await timed(
        [
          process.execPath,
          cli,
          'upload',
          '--endpoint-url',
          endpoint,
          '--bucket',
          'bench',
          '--dataset',
          'bench',
          '--batch-id',
          batch,
          '--recipient',
          keyFile,
          '--working-directory',
          work,
          '--files',
          path.basename(file),
          '--compression-level',
          '6'
        ],
        env
      )
      ours.push(o)
      oursBytes = (
        await s3.send(
          new HeadObjectCommand({
            Bucket: 'bench',
            Key: `landing/bench/${batch}/${path.basename(file)}.gz.pgp`
          })
        )
      ).ContentLength
      const p = await peer(file, `peer/${batch}.pgp`, env, gnupghome, fpr)
      theirs.push(p)
      peerBytes = (await s3.send(new HeadObjectCommand({ Bucket: 'bench', Key: `peer/${batch}.pgp` })))
        .ContentLength
      rmSync(path.join(work, 's3', 'bench', 'landing'), { recursive: true, force: true })
      rmSync(path.join(work, 's3', 'bench', 'peer'), { recursive: true, force: true })
    }
    const os_ = median(ours.map(x => x.seconds))
    const ps = median(theirs.map(x => x.seconds))
    const orss = median(ours.map(x => x.maxRssKiB))
    const prss = median(theirs.map(x => x.maxRssKiB))
    console.log(
      [
        size,
        os_.toFixed(2),
        ps.toFixed(2),
        (ps / os_).toFixed(2) + '×',
        (oursBytes / 1048576).toFixed(1),
        (peerBytes / 1048576).toFixed(1),
        (oursBytes / peerBytes).toFixed(3) + '×',
        mib(orss),
        mib(prss)
      ].join(' | ')
    )
    const row = {
      bench: 'upload',
      sizeMiB: size,
      oursS: Number(os_.toFixed(2)),
      peerS: Number(ps.toFixed(2)),
      ratio: Number((ps / os_).toFixed(2)),
      target: TARGET.ratio,
      sizeRatio: Number((oursBytes / peerBytes).toFixed(3)),
      rssMiB: Math.round(orss / 1024),
      oursCpuS: Number(median(ours.map(x => x.cpuS)).toFixed(2)),
      peerCpuS: Number(median(theirs.map(x => x.cpuS)).toFixed(2))
    }
    row.met = row.ratio >= TARGET.ratio && row.sizeRatio <= TARGET.sizeRatio && row.rssMiB <= TARGET.rssMiB
    results.push(row)
    writeFileSync(resultFile, JSON.stringify(results, null, 2) + '\n')
    console.log(
      `  runs (wall/CPU user+sys/RSS) ours: ${ours.map(run).join(', ')}; peer: ${theirs.map(run).join(', ')}; load ${os.loadavg()[0].toFixed(1)}`
    )
  }
} finally {
  s3.destroy()
  await server.close()
  rmSync(gnupghome, { recursive: true, force: true })
}
