// Benchmark (not a test): DecryptBatch (S3 → OpenPGP decrypt → gunzip → sha256 check → S3 multipart) against
// `gpg --decrypt FILE | gzip -d` on the same object, one run each per size, each in its own process under GNU time.
//
//   node bench/decrypt.mjs [--sizes 256,1024]
//
// The batch is written by our own uploader (CLI) into a local s3rver; the object is also downloaded for gpg. The
// runner (bench/decrypt-runner.ts) is built with ncc into bench/.work the first time.
import { execFile, execFileSync, spawn } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { once } from 'node:events'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import * as openpgp from 'openpgp'
import S3rver from 's3rver'

const run = promisify(execFile)
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '256,1024' } } })
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, 'bench/.work')
const cli = path.join(root, 'dist/cli/index.js')
mkdirSync(work, { recursive: true })
const runner = path.join(work, 'decrypt-runner/index.js')
if (!existsSync(runner)) {
  execFileSync('npx', ['ncc', 'build', 'bench/decrypt-runner.ts', '-o', path.dirname(runner), '--quiet'], {
    cwd: root,
    stdio: 'inherit'
  })
  writeFileSync(path.join(path.dirname(runner), 'package.json'), '{"type":"module"}\n')
}

async function generate(mib) {
  const file = path.join(work, `decrypt-${mib}MiB.csv`)
  if (existsSync(file)) return file
  const out = createWriteStream(file)
  let seed = 3
  const rand = n => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n
  let written = 0
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

function timed(cmd, args, env, shell = false) {
  const report = path.join(work, `t-${Date.now()}.txt`)
  const argv = shell
    ? ['-f', '%e %M', '-o', report, 'bash', '-c', cmd]
    : ['-f', '%e %M', '-o', report, cmd, ...args]
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', argv, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', d => (err += d))
    child.on('exit', code => {
      if (code !== 0) return reject(new Error(`${cmd} exited ${code}: ${err.slice(-600)}`))
      const [s, kib] = readFileSync(report, 'utf8').trim().split(/\s+/).map(Number)
      rmSync(report)
      resolve({ seconds: s, rssMiB: kib / 1024 })
    })
  })
}

rmSync(path.join(work, 's3d'), { recursive: true, force: true })
mkdirSync(path.join(work, 's3d'))
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: path.join(work, 's3d'),
  configureBuckets: [{ name: 'bench' }]
})
const { port } = await server.run()
const endpoint = `http://127.0.0.1:${port}`
const env = {
  ...process.env,
  AWS_ACCESS_KEY_ID: 'S3RVER',
  AWS_SECRET_ACCESS_KEY: 'S3RVER',
  AWS_REGION: 'us-east-1',
  NODE_NO_WARNINGS: '1',
  GITHUB_RUN_ID: '',
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
const k = await openpgp.generateKey({
  type: 'ecc',
  curve: 'curve25519Legacy',
  userIDs: [{ email: 'bench@example.invalid' }],
  format: 'armored'
})
writeFileSync(path.join(work, 'dec-public.asc'), k.publicKey)
writeFileSync(path.join(work, 'dec-private.asc'), k.privateKey, { mode: 0o600 })
const gnupghome = mkdtempSync(path.join(os.tmpdir(), 'bench-gpg-'))
execFileSync('gpg', ['--homedir', gnupghome, '--batch', '--import', path.join(work, 'dec-private.asc')], {
  stdio: 'ignore'
})

console.log(
  `node ${process.version}; ${execFileSync('gpg', ['--version'], { encoding: 'utf8' }).split('\n')[0]}`
)
console.log('size MiB | ours s | gpg s | gpg/ours | ours RSS MiB | gpg RSS MiB')
try {
  for (const size of values.sizes.split(',').map(Number)) {
    const file = await generate(size)
    const batch = `d${size}`
    // Async: the S3 server runs in this process, so a synchronous child would block it (deadlock).
    await run(
      process.execPath,
      [
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
        path.join(work, 'dec-public.asc'),
        '--working-directory',
        work,
        '--files',
        path.basename(file)
      ],
      { env }
    )
    const key = `landing/bench/${batch}/${path.basename(file)}.gz.pgp`
    const local = path.join(work, `${batch}.gz.pgp`)
    const got = await s3.send(new GetObjectCommand({ Bucket: 'bench', Key: key }))
    await pipeline(got.Body, createWriteStream(local))
    const ours = await timed(process.execPath, [runner], {
      ...env,
      BENCH_KEY: path.join(work, 'dec-private.asc'),
      BENCH_MANIFEST: `landing/bench/${batch}/_manifest.json`,
      BENCH_BATCH: batch
    })
    const peer = await timed(
      `gpg --homedir ${gnupghome} --batch --quiet --decrypt ${local} | gzip -d > /dev/null`,
      [],
      env,
      true
    )
    console.log(
      `${size} | ${ours.seconds.toFixed(2)} | ${peer.seconds.toFixed(2)} | ${(peer.seconds / ours.seconds).toFixed(2)}× | ${ours.rssMiB.toFixed(0)} | ${peer.rssMiB.toFixed(0)}`
    )
    rmSync(local)
    rmSync(path.join(work, 's3d', 'bench', 'raw'), { recursive: true, force: true })
  }
} finally {
  s3.destroy()
  await server.close()
  rmSync(gnupghome, { recursive: true, force: true })
}
