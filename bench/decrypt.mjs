// Benchmark (not a test): the DecryptBatch core (S3 → OpenPGP decrypt → gunzip → sha256 check → S3 multipart upload)
// against gpg on the same object, each command in its own process under GNU time (wall s, peak RSS).
//
//   node bench/decrypt.mjs [--sizes 256,1024] [--runs 3]
//
// Each command runs --runs times, interleaved (ours, gpg|gzip|aws, ours local, gpg, gpg|gzip, then again), so load
// from other processes hits all of them alike; the table shows each one's median run (wall time and that run's RSS).
// Two rows per size go to bench/.work/result-decrypt.json: the full handler S3→S3 against `gpg -d | gzip -d | aws s3
// cp -` to the same server (target: within 1.3× of its time), and the file path (decrypt+gunzip+sha256 to nothing)
// against `gpg -d | gzip -d` (target: at least its speed). ratio = peerS / oursS (higher is faster), met = ratio ≥
// target. Needs gpg and the aws CLI on PATH.
// The CSV is generated (cached in bench/.work), gzipped and encrypted by our uploader (uploadBatch) into a local
// s3rver that runs in this process; the object is also downloaded for gpg. Peers: `gpg --decrypt` alone,
// `gpg --decrypt | gzip -d` (the same work as ours minus the S3 transfer) and `gpg -d | gzip -d | aws s3 cp -` (the
// same work as ours, S3 upload included; the download is a local file for gpg, which favours the peer). The runner (bench/decrypt-runner.ts) and
// the uploader are compiled with tsc into bench/.work/tsc on every run, so the bench measures the current source.
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
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import * as openpgp from 'openpgp'
import S3rver from 's3rver'

const { values } = parseArgs({
  options: { sizes: { type: 'string', default: '256,1024' }, runs: { type: 'string', default: '3' } }
})
const runs = Number(values.runs)
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs ${values.runs} is not a positive integer: pass e.g. --runs 3`)
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, 'bench/.work')
const compiled = path.join(work, 'tsc')
mkdirSync(work, { recursive: true })

// The current source, compiled (only the runner's and the uploader's import closure is type-checked).
rmSync(compiled, { recursive: true, force: true })
execFileSync(
  'npx',
  [
    'tsc',
    'bench/decrypt-runner.ts',
    'src/transfer/upload.ts',
    ...['--outDir', compiled, '--rootDir', '.', '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...['--target', 'es2022', '--strict', '--skipLibCheck', '--esModuleInterop', '--resolveJsonModule'],
    ...['--types', 'node']
  ],
  { cwd: root, stdio: 'inherit' }
)
const runner = path.join(compiled, 'bench/decrypt-runner.js')
// The same stream stages without S3 (file → decryptStream → gunzip → sha256 → discard): what S3 adds to ours.
const localRunner = path.join(compiled, 'bench/decrypt-local.mjs')
writeFileSync(
  localRunner,
  `import { createReadStream, readFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { decryptStream } from '../src/crypto/decrypt.js'
import { loadPrivateKeys } from '../src/crypto/keys.js'
const keys = await loadPrivateKeys(readFileSync(process.env.BENCH_KEY, 'utf8'))
const { stream } = await decryptStream(createReadStream(process.argv[2]), keys)
const hash = createHash('sha256')
await pipeline(stream, createGunzip({ chunkSize: 1024 * 1024 }), new Writable({ write(c, _e, cb) { hash.update(c); cb() } }))
console.log(hash.digest('hex'))
`
)
const { uploadBatch } = await import(pathToFileURL(path.join(compiled, 'src/transfer/upload.js')).href)

async function generate(mib) {
  const file = path.join(work, `decrypt-${mib}MiB.csv`)
  if (existsSync(file) && statSync(file).size >= mib * 1048576) return file
  const out = createWriteStream(file)
  let seed = 3
  const rand = n => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n
  let written = 0
  out.write('customer_id,email,phone,zip,country\n')
  while (written < mib * 1048576) {
    let chunk = ''
    for (let j = 0; j < 1000; j++)
      chunk += `C${rand(1e9)},user${rand(1e6)}@example.com,+1555${String(rand(1e7)).padStart(7, '0')},${rand(99999)},US\n`
    written += chunk.length
    if (!out.write(chunk)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
  return file
}

/** Runs a command under GNU time; resolves wall seconds and peak RSS (MiB) of the process tree's largest member. */
function timed(argv, env) {
  const report = path.join(work, `time-${process.pid}-${Date.now()}.txt`)
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', report, ...argv], {
      env,
      stdio: ['ignore', 'ignore', 'pipe']
    })
    let err = ''
    child.stderr.on('data', d => (err += d))
    child.on('exit', code => {
      if (code !== 0) return reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(-800)}`))
      const [s, kib] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number)
      rmSync(report)
      resolve({ seconds: s, rssMiB: kib / 1024 })
    })
  })
}

const s3dir = path.join(work, 's3d')
rmSync(s3dir, { recursive: true, force: true })
mkdirSync(s3dir)
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: s3dir,
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
  NODE_NO_WARNINGS: '1',
  BENCH_ENDPOINT: endpoint,
  BENCH_BUCKET: 'bench',
  BENCH_DATASET: 'bench'
}
const s3 = new S3Client({
  endpoint,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED'
})
const key = await openpgp.generateKey({
  type: 'ecc',
  curve: 'curve25519Legacy',
  userIDs: [{ email: 'bench@example.invalid' }],
  format: 'object'
})
const privateFile = path.join(work, 'dec-private.asc')
writeFileSync(privateFile, key.privateKey.armor(), { mode: 0o600 })
const gnupghome = mkdtempSync(path.join(os.tmpdir(), 'bench-gpg-'))
execFileSync('gpg', ['--homedir', gnupghome, '--batch', '--import', privateFile], { stdio: 'ignore' })

const gpgVersion = execFileSync('gpg', ['--version'], { encoding: 'utf8' }).split('\n')[0]
const awsVersion = execFileSync('aws', ['--version'], { encoding: 'utf8' }).trim()
console.log(
  `node ${process.version}; ${gpgVersion}; ${awsVersion}; ${os.cpus().length} CPUs; load ${os.loadavg()[0]}`
)
console.log(
  'size MiB | stored MiB | ours S3→S3 s (RSS MiB) | gpg|gzip|aws s (RSS) | ours file→null s (RSS) | gpg -d s (RSS) | gpg -d | gzip -d s (RSS) | gpg|gzip|aws ÷ ours S3→S3 | gpg|gzip ÷ ours file'
)
const results = []
try {
  for (const size of values.sizes.split(',').map(Number)) {
    const file = await generate(size)
    const batch = `d${size}`
    await uploadBatch({
      s3,
      bucket: 'bench',
      landingPrefix: 'landing/',
      dataset: 'bench',
      batchId: batch,
      files: [{ path: file, name: path.basename(file), size: statSync(file).size }],
      recipients: [key.publicKey],
      recipientFingerprints: [key.publicKey.getFingerprint()],
      aead: false,
      compression: 'gzip',
      compressionLevel: 6,
      partSizeBytes: 8 * 1048576,
      concurrency: 2
    })
    const objectKey = `landing/bench/${batch}/${path.basename(file)}.gz.pgp`
    const local = path.join(work, `${batch}.gz.pgp`)
    const got = await s3.send(new GetObjectCommand({ Bucket: 'bench', Key: objectKey }))
    await pipeline(got.Body, createWriteStream(local))
    const gpg = ['gpg', '--homedir', gnupghome, '--batch', '--quiet', '--decrypt']
    const aws = ['aws', '--endpoint-url', endpoint, 's3', 'cp', '--only-show-errors', '-']
    const peerKey = `s3://bench/peer/${batch}/${path.basename(file)}`
    const samples = { ours: [], s3peer: [], oursLocal: [], alone: [], piped: [] }
    for (let run = 0; run < runs; run++) {
      samples.ours.push(
        await timed([process.execPath, runner], {
          ...env,
          BENCH_KEY: privateFile,
          BENCH_MANIFEST: `landing/bench/${batch}/_manifest.json`,
          BENCH_BATCH: batch
        })
      )
      rmSync(path.join(s3dir, 'bench', 'raw'), { recursive: true, force: true })
      samples.s3peer.push(
        await timed(
          [
            'bash',
            '-c',
            `set -o pipefail; ${gpg.join(' ')} ${local} | gzip -d | ${aws.join(' ')} ${peerKey}`
          ],
          env
        )
      )
      rmSync(path.join(s3dir, 'bench', 'peer'), { recursive: true, force: true })
      samples.oursLocal.push(
        await timed([process.execPath, localRunner, local], { ...env, BENCH_KEY: privateFile })
      )
      samples.alone.push(await timed(['bash', '-c', `${gpg.join(' ')} ${local} > /dev/null`], env))
      samples.piped.push(await timed(['bash', '-c', `${gpg.join(' ')} ${local} | gzip -d > /dev/null`], env))
    }
    const median = list => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]
    const [ours, s3peer, oursLocal, alone, piped] = [
      samples.ours,
      samples.s3peer,
      samples.oursLocal,
      samples.alone,
      samples.piped
    ].map(median)
    const list = name => samples[name].map(r => r.seconds).join(' ')
    console.error(
      `${size} MiB runs (s): ours ${list('ours')}; gpg|gzip|aws ${list('s3peer')}; local ${list('oursLocal')}; gpg ${list('alone')}; gpg|gzip ${list('piped')}`
    )
    const cell = r => `${r.seconds.toFixed(2)} (${r.rssMiB.toFixed(0)})`
    console.log(
      [
        size,
        (statSync(local).size / 1048576).toFixed(0),
        cell(ours),
        cell(s3peer),
        cell(oursLocal),
        cell(alone),
        cell(piped),
        `${(s3peer.seconds / ours.seconds).toFixed(2)}×`,
        `${(piped.seconds / oursLocal.seconds).toFixed(2)}×`
      ].join(' | ')
    )
    const row = (bench, path, o, peer, target) => {
      const ratio = Number((peer.seconds / o.seconds).toFixed(3))
      return {
        bench,
        path,
        sizeMiB: size,
        oursS: o.seconds,
        peerS: peer.seconds,
        ratio,
        target,
        rssMiB: Math.round(o.rssMiB),
        met: ratio >= target && o.rssMiB <= 200
      }
    }
    // Within 1.3× of the peer's time is a speed ratio of at least 1/1.3.
    results.push(
      row(
        'decrypt',
        'handler S3→S3 vs gpg -d | gzip -d | aws s3 cp -',
        ours,
        s3peer,
        Number((1 / 1.3).toFixed(3))
      )
    )
    results.push(row('decrypt', 'file decrypt+gunzip+sha256 vs gpg -d | gzip -d', oursLocal, piped, 1))
    rmSync(local)
    for (const area of ['landing', 'raw'])
      rmSync(path.join(s3dir, 'bench', area), { recursive: true, force: true })
  }
  writeFileSync(path.join(work, 'result-decrypt.json'), JSON.stringify(results, null, 2) + '\n')
} finally {
  s3.destroy()
  await server.close()
  rmSync(gnupghome, { recursive: true, force: true })
  rmSync(privateFile, { force: true })
  rmSync(compiled, { recursive: true, force: true })
}
