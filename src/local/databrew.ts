/**
 * Local stand-in for the stack's DataBrew dataset and recipe job, built from infra/template.yaml and driven by the
 * same calls the state machine makes (updateDataset, updateRecipeJob, startJobRun.sync). It behaves as DataBrew does
 * where that matters for what gets published: a run reads EVERY object under the dataset's current S3 key (so a
 * pipeline that forgets to point the dataset at its batch processes other batches' data here too), writes to the
 * job's current output location in its format, and with Overwrite removes what was there first. The recipe engine
 * stands in for DataBrew's transforms.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { purgePrefix } from '../lambdas/purge.js'
import { hashKeyProblem } from '../recipe/hash-key.js'
import type { Recipe } from '../recipe/model.js'
import { runRecipeFile } from '../recipe/run-file.js'

/** DataBrew's input formats → the local engine's file extension. */
const INPUT_EXTENSIONS: Record<string, string> = { CSV: '.csv', JSON: '.jsonl', PARQUET: '.parquet' }

export interface DataBrewOutput {
  Location: { Bucket: string; Key: string }
  Format: string
  CompressionFormat?: string
  Overwrite?: boolean
}

export interface LocalDataBrewOptions {
  s3: S3Client
  datasetName: string
  jobName: string
  /** The dataset as the template declares it. */
  dataset: { Bucket: string; Key: string; Format: string; FormatOptions?: unknown }
  /** The job's outputs as the template declares them. */
  outputs: DataBrewOutput[]
  recipe: Recipe
  hashKey?: Buffer
  log?: (line: string) => void
}

export interface LocalJobRun {
  runId: string
  /** The objects the run read (everything under the dataset's key at the time). */
  inputs: string[]
  /** s3:// URIs of what it wrote. */
  outputs: string[]
  rowsIn: number
  rowsOut: number
  columns: string[]
}

function named(name: string, message: string): Error {
  const e = new Error(message)
  e.name = name
  return e
}

export class LocalDataBrew {
  private dataset: LocalDataBrewOptions['dataset']
  private outputs: DataBrewOutput[]
  readonly runs: LocalJobRun[] = []

  constructor(private readonly o: LocalDataBrewOptions) {
    // Checked when the stand-in is built, as DataBrew reads its secret before the job runs. The key is the secret's
    // value Base64-decoded (DataBrew's CRYPTOGRAPHIC_HASH page: "the base64 decoded output for the value of the
    // Secrets Manager secret"); the stack's generated 64-letter alphanumeric secret is valid Base64 of 48 bytes.
    const problem = o.hashKey && hashKeyProblem(o.hashKey, 'the local DataBrew job (--hash-key-file)')
    if (problem) throw new Error(problem)
    this.dataset = { ...o.dataset }
    this.outputs = o.outputs.map(x => structuredClone(x))
  }

  /** aws-sdk:databrew:updateDataset */
  updateDataset = (p: {
    Name: string
    Format?: string
    FormatOptions?: unknown
    Input: { S3InputDefinition?: { Bucket: string; Key?: string } }
  }) => {
    if (p.Name !== this.o.datasetName) {
      throw named(
        'DataBrew.ResourceNotFoundException',
        `dataset ${p.Name} does not exist (the stack's is ${this.o.datasetName})`
      )
    }
    const s3 = p.Input?.S3InputDefinition
    if (!s3?.Bucket) throw named('DataBrew.ValidationException', 'Input.S3InputDefinition.Bucket is required')
    this.dataset = {
      Bucket: s3.Bucket,
      Key: s3.Key ?? '',
      Format: p.Format ?? 'CSV',
      FormatOptions: p.FormatOptions
    }
    return { Name: p.Name }
  }

  /** aws-sdk:databrew:updateRecipeJob */
  updateRecipeJob = (p: { Name: string; RoleArn?: string; Outputs?: DataBrewOutput[] }) => {
    if (p.Name !== this.o.jobName) {
      throw named(
        'DataBrew.ResourceNotFoundException',
        `job ${p.Name} does not exist (the stack's is ${this.o.jobName})`
      )
    }
    if (!p.RoleArn) throw named('DataBrew.ValidationException', 'RoleArn is required')
    // UpdateRecipeJob replaces the job's settings: outputs not given are gone.
    this.outputs = (p.Outputs ?? []).map(x => structuredClone(x))
    return { Name: p.Name }
  }

  /** databrew:startJobRun.sync: runs to the end and answers like the .sync integration (or fails its task). */
  startJobRun = async (p: { Name: string }) => {
    if (p.Name !== this.o.jobName) {
      throw named(
        'DataBrew.ResourceNotFoundException',
        `job ${p.Name} does not exist (the stack's is ${this.o.jobName})`
      )
    }
    const runId = `db_local_${randomBytes(4).toString('hex')}`
    try {
      const run = await this.run(runId)
      this.runs.push(run)
      return { Name: p.Name, RunId: runId, State: 'SUCCEEDED', JobName: p.Name }
    } catch (err) {
      const message = (err as Error).message
      // What the .sync integration raises for a run that ended FAILED.
      throw named(
        'States.TaskFailed',
        JSON.stringify({ RunId: runId, State: 'FAILED', ErrorMessage: message })
      )
    }
  }

  private async run(runId: string): Promise<LocalJobRun> {
    const log = this.o.log ?? (() => {})
    const s3 = this.o.s3
    const extension = INPUT_EXTENSIONS[this.dataset.Format]
    if (!extension)
      throw new Error(`dataset format ${this.dataset.Format} is not supported by the local engine`)
    const output = this.outputs[0]
    if (!output || this.outputs.length > 1) throw new Error('the local engine writes exactly one job output')
    if (output.Format !== 'PARQUET')
      throw new Error(`job output format ${output.Format} is not supported locally (PARQUET is)`)
    if (output.CompressionFormat && output.CompressionFormat !== 'SNAPPY') {
      throw new Error(
        `job output compression ${output.CompressionFormat} is not supported locally (SNAPPY is)`
      )
    }

    const inputs: string[] = []
    let token: string | undefined
    do {
      const page = await s3.send(
        new ListObjectsV2Command({
          Bucket: this.dataset.Bucket,
          Prefix: this.dataset.Key,
          ContinuationToken: token
        })
      )
      for (const c of page.Contents ?? []) if (c.Key && !c.Key.endsWith('/')) inputs.push(c.Key)
      token = page.IsTruncated ? page.NextContinuationToken : undefined
    } while (token)
    if (inputs.length === 0)
      throw new Error(`the dataset has no data under s3://${this.dataset.Bucket}/${this.dataset.Key}`)

    const location = output.Location
    // The location is the job's output folder (DataBrew writes its files into it), with or without a trailing /.
    const folder = location.Key.endsWith('/') ? location.Key : `${location.Key}/`
    if (output.Overwrite) await purgePrefix(s3, location.Bucket, folder)
    const work = await mkdtemp(path.join(tmpdir(), 'cleanrooms-databrew-'))
    const run: LocalJobRun = { runId, inputs, outputs: [], rowsIn: 0, rowsOut: 0, columns: [] }
    try {
      for (const [i, key] of inputs.entries()) {
        const local = path.join(work, `input-${i}${extension}`)
        const got = await s3.send(new GetObjectCommand({ Bucket: this.dataset.Bucket, Key: key }))
        await pipeline(got.Body as Readable, createWriteStream(local, { mode: 0o600 }))
        const out = path.join(work, `part-${i}.parquet`)
        const result = await runRecipeFile(this.o.recipe, local, out, { hashKey: this.o.hashKey })
        const target = `${folder}${this.o.jobName}_${runId}_part${String(i).padStart(5, '0')}.snappy.parquet`
        await s3.send(
          new PutObjectCommand({ Bucket: location.Bucket, Key: target, Body: await readFile(out) })
        )
        run.outputs.push(`s3://${location.Bucket}/${target}`)
        run.rowsIn += result.rowsIn
        run.rowsOut += result.rowsOut
        run.columns = result.columns
        log(
          `recipe job: s3://${this.dataset.Bucket}/${key} → s3://${location.Bucket}/${target} (${result.rowsIn} rows in, ${result.rowsOut} out)`
        )
        await rm(local, { force: true })
      }
    } finally {
      await rm(work, { recursive: true, force: true })
    }
    return run
  }
}
