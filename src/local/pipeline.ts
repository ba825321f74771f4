/**
 * The whole pipeline on one machine: infra/statemachine.asl.json executed by the local ASL runner, with the same
 * DecryptBatch and ArchiveBatch handlers the Lambdas run, against any S3-protocol server. The AWS-only services get
 * local stand-ins: the DataBrew job is the local recipe engine (raw/ objects → Parquet in the target bucket), the
 * crawler reports the engine's output schema, and SNS messages are collected and returned.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import type { PrivateKey } from 'openpgp'
import { archiveBatch } from '../lambdas/archive-batch.js'
import { decryptBatch, type BatchEvent } from '../lambdas/decrypt-batch.js'
import type { Recipe } from '../recipe/model.js'
import { runRecipeFile } from '../recipe/run-file.js'
import { batchPrefix, MANIFEST_NAME } from '../transfer/batch.js'
import { runStateMachine, type LocalExecutionResult } from './asl-runner.js'

export interface LocalPipelineOptions {
  s3: S3Client
  bucket: string
  targetBucket: string
  dataset: string
  batchId: string
  keys: PrivateKey[]
  recipe: Recipe
  hashKey?: Buffer
  log?: (line: string) => void
}

export interface LocalPipelineResult extends LocalExecutionResult {
  notifications: { subject?: string; message: unknown; attributes: Record<string, string> }[]
  /** Parquet objects the local DataBrew stand-in wrote. */
  outputs: string[]
  columns?: string[]
}

export const LOCAL_NAMES = {
  DecryptFunctionArn: 'arn:aws:lambda:local:000000000000:function:DecryptBatch',
  ArchiveFunctionArn: 'arn:aws:lambda:local:000000000000:function:ArchiveBatch',
  DataBrewJobName: 'local-recipe-engine',
  CrawlerName: 'local-catalog',
  NotificationTopicArn: 'arn:aws:sns:local:000000000000:cleanrooms-connect',
  GlueDatabaseName: 'local'
}

export async function runLocalPipeline(o: LocalPipelineOptions): Promise<LocalPipelineResult> {
  const log = o.log ?? (() => {})
  const notifications: LocalPipelineResult['notifications'] = []
  const outputs: string[] = []
  let columns: string[] | undefined
  const rawPrefix = batchPrefix('raw/', o.dataset, o.batchId)
  const input: BatchEvent = {
    bucket: o.bucket,
    manifestKey: batchPrefix('landing/', o.dataset, o.batchId) + MANIFEST_NAME,
    dataset: o.dataset,
    batchId: o.batchId
  }

  /** DataBrew stand-in: each raw object through the recipe into the target bucket, like the recipe job. */
  const runRecipeJob = async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'cleanrooms-local-'))
    try {
      const listed = await o.s3.send(new ListObjectsV2Command({ Bucket: o.bucket, Prefix: rawPrefix }))
      for (const object of listed.Contents ?? []) {
        const name = object.Key!.slice(rawPrefix.length)
        const local = path.join(work, name.replace(/[\\/]/g, '_'))
        const got = await o.s3.send(new GetObjectCommand({ Bucket: o.bucket, Key: object.Key! }))
        await pipeline(got.Body as Readable, createWriteStream(local))
        const out = `${local}.parquet`
        const result = await runRecipeFile(o.recipe, local, out, { hashKey: o.hashKey })
        columns = result.columns
        const key = `${o.dataset}/batch=${o.batchId}/${name.replace(/\.[^./]+$/, '')}.parquet`
        await o.s3.send(new PutObjectCommand({ Bucket: o.targetBucket, Key: key, Body: await readFile(out) }))
        outputs.push(`s3://${o.targetBucket}/${key}`)
        log(
          `recipe: ${object.Key} → s3://${o.targetBucket}/${key} (${result.rowsIn} rows in, ${result.rowsOut} out)`
        )
      }
      return {
        RunId: `local-${randomBytes(4).toString('hex')}`,
        State: 'SUCCEEDED',
        JobName: LOCAL_NAMES.DataBrewJobName
      }
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }

  const publish = (params: {
    Subject?: string
    Message?: unknown
    MessageAttributes?: Record<string, { StringValue?: string }>
  }) => {
    const attributes = Object.fromEntries(
      Object.entries(params.MessageAttributes ?? {}).map(([k, v]) => [k, v.StringValue ?? ''])
    )
    notifications.push({ subject: params.Subject, message: params.Message, attributes })
    log(`notification: ${params.Subject ?? ''} ${JSON.stringify(attributes)}`)
    return { MessageId: randomBytes(8).toString('hex') }
  }

  const result = await runStateMachine({
    substitutions: {
      ...LOCAL_NAMES,
      DatasetName: o.dataset,
      DataBucketName: o.bucket,
      LandingPrefix: 'landing/',
      TargetBucketName: o.targetBucket
    },
    input,
    noWaits: true,
    executionName: `${o.dataset}-${o.batchId}`,
    handlers: {
      DecryptBatch: (event: BatchEvent) =>
        decryptBatch(event, {
          s3: o.s3,
          keys: async () => o.keys,
          landingPrefix: 'landing/',
          rawPrefix: 'raw/',
          log
        }),
      RunDataBrewJob: runRecipeJob,
      StartCrawler: () => ({}),
      GetCrawler: () => ({
        Crawler: { Name: LOCAL_NAMES.CrawlerName, State: 'READY', LastCrawl: { Status: 'SUCCEEDED' } }
      }),
      ArchiveBatch: (event: BatchEvent & { rawPrefix?: string }) =>
        archiveBatch(event, {
          s3: o.s3,
          landingPrefix: 'landing/',
          rawPrefix: 'raw/',
          archivePrefix: 'archive/',
          log
        }),
      NotifySuccess: publish,
      NotifyFailure: publish
    }
  })
  return { ...result, notifications, outputs, columns }
}
