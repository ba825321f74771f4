// npm run demo: the main job on one machine, with nothing but `npm ci` before it.
// Starts a local S3 server (s3rver, on disk under .demo/), makes a throwaway OpenPGP key pair, runs the CLI's
// `upload` on examples/data exactly as a workflow would, then downloads the batch, decrypts it with the CLI and checks
// every file against the manifest. Everything stays on this machine; .demo/ is deleted at the start of each run.
import { execFile } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, writeFileSync, createWriteStream } from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createGunzip } from 'node:zlib'
import { createReadStream } from 'node:fs'
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { parquetReadObjects } from 'hyparquet'
import * as openpgp from 'openpgp'
import S3rver from 's3rver'

const run = promisify(execFile)
// The SDK's Node 20 deprecation notice is not news in a demo; the CLI itself still shows it.
process.removeAllListeners('warning')
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const work = path.join(root, '.demo')
const cli = path.join(root, 'dist/cli/index.js')
const bucket = 'cleanrooms-demo-landing'
const targetBucket = 'cleanrooms-demo-output'
const step = text => console.log(`\n▶ ${text}`)

rmSync(work, { recursive: true, force: true })
mkdirSync(path.join(work, 's3'), { recursive: true })

step('starting a local S3 server (s3rver) on 127.0.0.1')
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: path.join(work, 's3'),
  configureBuckets: [{ name: bucket }, { name: targetBucket }]
})
const { port } = await server.run()
const endpoint = `http://127.0.0.1:${port}`
console.log(`  ${endpoint}, bucket ${bucket}`)

try {
  step('generating a throwaway Curve25519 key pair (the stack keeps the private key in Secrets Manager)')
  const { publicKey, privateKey } = await openpgp.generateKey({
    type: 'ecc',
    curve: 'curve25519Legacy', // the Curve25519 encoding gpg 2.2 and rnp 0.16 read (RFC 9580's X25519 they do not)
    userIDs: [{ name: 'cleanrooms-connect demo', email: 'demo@example.invalid' }],
    format: 'armored'
  })
  writeFileSync(path.join(work, 'pipeline-public.asc'), publicKey)
  writeFileSync(path.join(work, 'pipeline-private.asc'), privateKey, { mode: 0o600 })

  const env = {
    ...process.env,
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_REGION: 'us-east-1',
    GITHUB_RUN_ID: '',
    NODE_NO_WARNINGS: '1'
  }
  const args = [
    'upload',
    '--endpoint-url',
    endpoint,
    '--bucket',
    bucket,
    '--dataset',
    'customers',
    '--working-directory',
    'examples/data',
    '--files',
    '*.csv',
    '--recipient',
    path.join(work, 'pipeline-public.asc'),
    '--batch-id',
    'demo-1'
  ]
  step(`cleanrooms-connect ${args.join(' ')}`)
  const upload = await run(process.execPath, [cli, ...args], { cwd: root, env })
  process.stdout.write(upload.stderr.replace(/^/gm, '  '))
  const outputs = Object.fromEntries(
    upload.stdout
      .trim()
      .split('\n')
      .map(l => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])
  )
  console.log('  outputs:', outputs)

  step('the same command again: the batch is immutable, so it is reused, not uploaded twice')
  const again = await run(process.execPath, [cli, ...args], { cwd: root, env })
  console.log(`  status=${/status=(\S+)/.exec(again.stdout)?.[1]}`)

  step('verifying: download every object, decrypt with the CLI, compare with the manifest')
  const s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED'
  })
  const manifestKey = outputs.manifest.replace(`s3://${bucket}/`, '')
  const manifest = JSON.parse(
    await (await s3.send(new GetObjectCommand({ Bucket: bucket, Key: manifestKey }))).Body.transformToString()
  )
  for (const object of manifest.objects) {
    const encrypted = path.join(work, 'download', object.key)
    mkdirSync(path.dirname(encrypted), { recursive: true })
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: object.key }))
    await pipeline(got.Body, createWriteStream(encrypted))
    const sample = readFileSync(encrypted).subarray(0, 4096).toString('latin1')
    if (sample.includes('@example')) throw new Error(`${object.key} contains plaintext`)
    const decrypted = encrypted.replace(/\.pgp$/, '')
    await run(
      process.execPath,
      [
        cli,
        'decrypt',
        '--key',
        path.join(work, 'pipeline-private.asc'),
        '--in',
        encrypted,
        '--out',
        decrypted
      ],
      { env }
    )
    const hash = createHash('sha256')
    const source = createReadStream(decrypted)
    await pipeline(object.compression === 'gzip' ? source.pipe(createGunzip()) : source, hash)
    const sha = hash.digest('hex')
    if (sha !== object.plaintextSha256)
      throw new Error(`${object.key}: sha256 ${sha} ≠ manifest ${object.plaintextSha256}`)
    console.log(
      `  ✓ ${object.key}: ${object.plaintextSize} bytes plaintext, ${object.storedSize} stored, sha256 matches`
    )
  }
  step(
    "the pipeline, on this machine, as infra/template.yaml wires it: the state machine with the Lambda handlers, the dataset lock, the template's DataBrew dataset/job/recipe (the local recipe engine in DataBrew's place) and the Glue table switch"
  )
  // Like the stack's secret: random, written as Base64 text, decoded by DataBrew (and by the local engine) before use.
  writeFileSync(path.join(work, 'hashing-key.txt'), randomBytes(32).toString('base64'), { mode: 0o600 })
  const pipelineArgs = [
    'pipeline',
    'local',
    '--endpoint-url',
    endpoint,
    '--bucket',
    bucket,
    '--target-bucket',
    targetBucket,
    '--dataset',
    'customers',
    '--batch-id',
    outputs['batch-id'],
    '--key',
    path.join(work, 'pipeline-private.asc'),
    '--hash-key-file',
    path.join(work, 'hashing-key.txt')
  ]
  const local = await run(process.execPath, [cli, ...pipelineArgs], { cwd: root, env })
  const indent = text => (text.trimEnd() ? text.trimEnd().replace(/^/gm, '  ') + '\n' : '')
  process.stdout.write(indent(local.stderr))
  process.stdout.write(indent(local.stdout))
  const parquetKey = /output=s3:\/\/[^/]+\/(\S+)/.exec(local.stdout)?.[1]
  const parquet = await s3.send(new GetObjectCommand({ Bucket: targetBucket, Key: parquetKey }))
  const bytes = await parquet.Body.transformToByteArray()
  const rows = await parquetReadObjects({
    file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  })
  // Every PII column of examples/pii-policy.yml: normalized, then HMAC-SHA256 (Base64), or deleted (address).
  console.log(`  first output row (PII normalized, then HMAC-SHA256 as Base64; address deleted):`)
  for (const [column, value] of Object.entries(rows[0])) console.log(`    ${column}: ${value}`)
  if ('address' in rows[0]) throw new Error('the template recipe left the address in the output')
  s3.destroy()
  step(
    `done: batch ${outputs['batch-id']} uploaded, verified, decrypted, prepared and archived (files under .demo/)`
  )
} finally {
  await server.close()
}
