/** `cleanrooms-connect pipeline local`: the stack's state machine, run on this machine against any S3 server. */
import { readFile } from 'node:fs/promises'
import { UsageError } from '../errors.js'
import { createS3Client } from '../aws/clients.js'
import { loadPrivateKeys, readKeyFile } from '../crypto/keys.js'
import { runLocalPipeline } from '../local/pipeline.js'
import { checkBatchId, checkBucketName, checkDataset } from '../settings/validate.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'
import { hashKeyFrom, loadRecipe } from './recipe-run.js'

const HELP = `Usage: cleanrooms-connect pipeline local --endpoint-url URL --bucket B --target-bucket T --dataset D \\
         --batch-id ID --key PRIVATE.asc --recipe R.json [--hash-key-file F]

Runs infra/statemachine.asl.json on this machine for an uploaded batch, with the DecryptBatch and ArchiveBatch
handlers the Lambdas run; the DataBrew job is the local recipe engine (Parquet into the target bucket), the
crawler and SNS are local stand-ins. Prints the execution's status and the notification; exit 0 when it SUCCEEDED.

Flags:
  --endpoint-url URL     S3-protocol server (or AWS_ENDPOINT_URL_S3)
  --region R             default us-east-1
  --bucket B             data bucket (landing/, raw/, archive/)
  --target-bucket T      bucket for the Parquet output
  --dataset D, --batch-id ID
  --key FILE             the pipeline's private key (armored or binary)
  --passphrase-file F    its passphrase, if protected (or env CLEANROOMS_PGP_PASSPHRASE)
  --recipe FILE          DataBrew recipe JSON (e.g. infra/recipes/default.json)
  --hash-key-file F      HMAC key for CRYPTOGRAPHIC_HASH (or env CLEANROOMS_HASH_KEY)

Example:
  cleanrooms-connect pipeline local --endpoint-url http://127.0.0.1:4566 --bucket data --target-bucket out \\
      --dataset customers --batch-id demo-1 --key private.asc --recipe infra/recipes/default.json --hash-key-file k`

export const pipelineLocalCommand: Command = {
  name: 'pipeline local',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags('pipeline local', args, {
      'endpoint-url': { type: 'string' },
      region: { type: 'string' },
      bucket: { type: 'string' },
      'target-bucket': { type: 'string' },
      dataset: { type: 'string' },
      'batch-id': { type: 'string' },
      key: { type: 'string' },
      'passphrase-file': { type: 'string' },
      recipe: { type: 'string' },
      'hash-key-file': { type: 'string' }
    })
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const v = parsed.values as Record<string, string | undefined>
    for (const name of ['bucket', 'target-bucket', 'dataset', 'batch-id', 'key', 'recipe']) {
      if (!v[name]) throw new UsageError(`pipeline local: --${name} is required (see --help)`)
    }
    const problem =
      checkBucketName(v.bucket!) ??
      checkBucketName(v['target-bucket']!) ??
      checkDataset(v.dataset!) ??
      checkBatchId(v['batch-id']!)
    if (problem) throw new UsageError(`pipeline local: ${problem}`)
    let passphrase = io.env.CLEANROOMS_PGP_PASSPHRASE
    if (v['passphrase-file'])
      passphrase = (await readFile(pathFor(io, v['passphrase-file']), 'utf8')).split(/\r?\n/)[0]
    const keys = await loadPrivateKeys(
      await readKeyFile(pathFor(io, v.key!)),
      passphrase,
      `key file ${v.key}`
    )
    const recipe = await loadRecipe(pathFor(io, v.recipe!))
    // Base64-decoded, as DataBrew reads the hashing secret.
    const hashKey = await hashKeyFrom(v['hash-key-file'] && pathFor(io, v['hash-key-file']), io.env, 'base64')
    const s3 = createS3Client({
      region: v.region ?? io.env.AWS_REGION ?? 'us-east-1',
      endpointUrl: v['endpoint-url'],
      env: io.env
    })
    try {
      const result = await runLocalPipeline({
        s3,
        bucket: v.bucket!,
        targetBucket: v['target-bucket']!,
        dataset: v.dataset!,
        batchId: v['batch-id']!,
        keys,
        recipe,
        hashKey,
        log: line => io.stderr(line + '\n')
      })
      const path = result.events.filter(e => e.type === 'StateEntered').map(e => e.state)
      io.stdout(`status=${result.status}\nstates=${path.join(' > ')}\n`)
      for (const o of result.outputs) io.stdout(`output=${o}\n`)
      if (result.columns) io.stdout(`columns=${result.columns.join(',')}\n`)
      if (result.status !== 'SUCCEEDED') {
        io.stderr(`error: pipeline ${result.status}: ${result.error ?? ''} ${result.cause ?? ''}\n`)
        return 1
      }
      return 0
    } finally {
      s3.destroy()
    }
  }
}
