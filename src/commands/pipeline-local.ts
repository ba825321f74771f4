/** `cleanrooms-connect pipeline local`: the stack's state machine, run on this machine against any S3 server. */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { configuredTableProperties } from '../cleanrooms/cfn.js'
import { checkContract } from '../cleanrooms/check.js'
import { parseContract } from '../cleanrooms/contract.js'
import { formatProblem } from '../recipe/model.js'
import { parseRecipe } from '../recipe/parse.js'
import { UsageError } from '../errors.js'
import { createS3Client } from '../aws/clients.js'
import { loadPrivateKeys, readKeyFile } from '../crypto/keys.js'
import { runLocalPipeline } from '../local/pipeline.js'
import { checkBatchId, checkBucketName, checkDataset } from '../settings/validate.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'
import { hashKeyFrom, loadRecipe } from './recipe-run.js'

const HELP = `Usage: cleanrooms-connect pipeline local --endpoint-url URL --bucket B --target-bucket T --dataset D \\
         --batch-id ID --key PRIVATE.asc [--recipe R.json] [--hash-key-file F] [--output-mode replace|append]
         [--archive-plaintext] [--contract cleanrooms.yml]

Runs the stack on this machine for an uploaded batch, as infra/template.yaml wires it: infra/statemachine.asl.json
with the template's DefinitionSubstitutions; DecryptBatch (plan, then one invocation per object), PublishOutput,
ArchiveBatch and CleanupBatch are the Lambda handlers with their template environment; the dataset lock is an
in-memory table; the DataBrew dataset and job are stand-ins built from the template (a run reads everything under the
dataset's current key, as DataBrew does) with the local recipe engine for the transforms; Glue is an in-memory
catalog; SNS messages are printed. Prints the status, the states, the output objects and the table; exit 0 when the
execution SUCCEEDED. Objects are written without SSE-KMS (local S3 servers do not do KMS). Then the collaboration
contract is checked against the run's output and printed as the configured table the stack would apply (exit 1 when
it does not hold).

Flags:
  --endpoint-url URL     S3-protocol server (or AWS_ENDPOINT_URL_S3)
  --region R             default us-east-1
  --bucket B             data bucket (landing/, raw/, archive/)
  --target-bucket T      bucket for the Parquet output
  --dataset D, --batch-id ID
  --key FILE             the pipeline's private key (armored or binary)
  --passphrase-file F    its passphrase, if protected (or env CLEANROOMS_PGP_PASSPHRASE)
  --recipe FILE          DataBrew recipe JSON instead of the template's recipe (e.g. a pull request's)
  --hash-key-file F      HMAC key for CRYPTOGRAPHIC_HASH, Base64 text as in the stack's secret (or env
                         CLEANROOMS_HASH_KEY)
  --output-mode M        the stack's OutputMode: replace (the table shows the latest batch) or append [default: the
                         template's default]
  --archive-plaintext    the stack's ArchivePlaintext=true: archive the decrypted plaintext too
  --contract FILE        collaboration contract to check against the output [default: infra/cleanrooms.yml when it
                         exists and the run uses the template's recipe]

Example:
  cleanrooms-connect pipeline local --endpoint-url http://127.0.0.1:4566 --bucket data --target-bucket out \\
      --dataset customers --batch-id demo-1 --key private.asc --hash-key-file hashing-key.txt`

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
      'hash-key-file': { type: 'string' },
      'output-mode': { type: 'string' },
      'archive-plaintext': { type: 'boolean' },
      contract: { type: 'string' }
    })
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const v = parsed.values as Record<string, string | undefined>
    const archivePlaintext = (parsed.values as Record<string, unknown>)['archive-plaintext'] === true
    const outputMode = v['output-mode']
    if (outputMode !== undefined && outputMode !== 'replace' && outputMode !== 'append') {
      throw new UsageError(`pipeline local: --output-mode is '${outputMode}': use replace or append`)
    }
    for (const name of ['bucket', 'target-bucket', 'dataset', 'batch-id', 'key']) {
      if (!v[name]) throw new UsageError(`pipeline local: --${name} is required (see --help)`)
    }
    const problem =
      checkBucketName(v.bucket!) ??
      checkBucketName(v['target-bucket']!) ??
      checkDataset(v.dataset!) ??
      checkBatchId(v['batch-id']!)
    if (problem) throw new UsageError(`pipeline local: ${problem}`)
    // Base64-decoded, as DataBrew reads the hashing secret; checked before any secret or object is read.
    const hashKey = await hashKeyFrom(v['hash-key-file'] && pathFor(io, v['hash-key-file']), io.env, 'base64')
    let passphrase = io.env.CLEANROOMS_PGP_PASSPHRASE
    if (v['passphrase-file'])
      passphrase = (await readFile(pathFor(io, v['passphrase-file']), 'utf8')).split(/\r?\n/)[0]
    const keys = await loadPrivateKeys(
      await readKeyFile(pathFor(io, v.key!)),
      passphrase,
      `key file ${v.key}`
    )
    const recipe = v.recipe ? await loadRecipe(pathFor(io, v.recipe)) : undefined
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
        outputMode,
        archivePlaintext,
        log: line => io.stderr(line + '\n')
      })
      const path = result.events.filter(e => e.type === 'StateEntered').map(e => e.state)
      io.stdout(`status=${result.status}\nstates=${path.join(' > ')}\n`)
      for (const o of result.outputs) io.stdout(`output=${o}\n`)
      if (result.columns) io.stdout(`columns=${result.columns.join(',')}\n`)
      if (result.table.location) {
        io.stdout(
          `glue-table=${result.table.database}.${result.table.name}\ntable-location=${result.table.location}\n`
        )
        for (const p of result.table.partitions) io.stdout(`partition=batch=${p}\n`)
      }
      if (result.status !== 'SUCCEEDED') {
        io.stderr(`error: pipeline ${result.status}: ${result.error ?? ''} ${result.cause ?? ''}\n`)
        return 1
      }
      const contractFile =
        v.contract ??
        (!v.recipe && existsSync(pathFor(io, 'infra/cleanrooms.yml')) ? 'infra/cleanrooms.yml' : undefined)
      return contractFile ? await printContract(contractFile, result.columns, io) : 0
    } finally {
      s3.destroy()
    }
  }
}

/** The contract held against the run's real output, and the configured table the stack would apply. */
export async function printContract(file: string, columns: string[] | undefined, io: CliIO): Promise<number> {
  const parsed = parseContract(await readFile(pathFor(io, file), 'utf8'), file)
  let problems = parsed.problems
  const contract = parsed.contract
  if (contract) {
    const recipe = contract.recipe
      ? parseRecipe(await readFile(pathFor(io, contract.recipe), 'utf8'), contract.recipe).recipe
      : undefined
    problems = checkContract(contract, { recipe, outputColumns: columns }).problems
  }
  for (const p of problems) io.stderr(`${formatProblem(p)}\n`)
  if (!contract || problems.length > 0) {
    io.stderr(`error: contract ${file} does not hold for this output (${problems.length} problem(s))\n`)
    return 1
  }
  io.stdout(`contract=${file} holds (configured table ${contract.name}, ${contract.rule.type} rule)\n`)
  io.stdout(`configured-table=${JSON.stringify(configuredTableProperties(contract))}\n`)
  return 0
}
