/**
 * The DecryptBatch core as a process of its own, for bench/decrypt.mjs (built with ncc into bench/.work at bench
 * time). Reads the batch and key from the environment, decrypts the batch into raw/ on the given S3 server.
 */
import { readFileSync } from 'node:fs'
import { S3Client } from '@aws-sdk/client-s3'
import { loadPrivateKeys } from '../src/crypto/keys.js'
import { decryptBatch } from '../src/lambdas/decrypt-batch.js'

const env = (name: string): string => {
  const v = process.env[name]
  if (!v) throw new Error(`${name} is not set`)
  return v
}
const s3 = new S3Client({
  endpoint: env('BENCH_ENDPOINT'),
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED'
})
const keys = await loadPrivateKeys(readFileSync(env('BENCH_KEY'), 'utf8'))
const result = await decryptBatch(
  {
    bucket: env('BENCH_BUCKET'),
    manifestKey: env('BENCH_MANIFEST'),
    dataset: env('BENCH_DATASET'),
    batchId: env('BENCH_BATCH')
  },
  { s3, keys: async () => keys, landingPrefix: 'landing/', rawPrefix: 'raw/' }
)
console.log(JSON.stringify(result))
s3.destroy()
