/**
 * PublishOutput: after the DataBrew run succeeded, makes the Glue table show this batch, and only then. The job wrote
 * Parquet to <dataset>/batch=<batch>/ in the target bucket, a folder no table pointed at so far; a failed or stopped
 * run therefore never changes what Clean Rooms sees.
 *
 * - replace (OutputMode): one unpartitioned table whose location is exactly this batch's folder (Clean Rooms needs the
 *   location to be the data folder). The switch is one UpdateTable. Folders older than the one just replaced are
 *   removed; the replaced one stays, so a query that started before the switch can finish.
 * - append: a table partitioned by `batch` at <dataset>/, and this batch's folder added as partition batch=<batch>
 *   (re-running a batch replaces its partition). New columns are added to the table; a column whose type changed is
 *   refused, since partners' queries would break.
 *
 * The columns are read from the Parquet footers the job wrote (every file must agree). Idempotent: re-running for the
 * same batch leaves the same table.
 */
import {
  CreatePartitionCommand,
  CreateTableCommand,
  GetTableCommand,
  UpdatePartitionCommand,
  UpdateTableCommand,
  type GlueClient,
  type PartitionInput,
  type StorageDescriptor,
  type Table,
  type TableInput
} from '@aws-sdk/client-glue'
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3'
import { checkEvent, type BatchEvent } from './decrypt-batch.js'
import { parquetColumns, type GlueColumn } from './parquet-schema.js'
import { purgePrefix } from './purge.js'
import { PipelineError, errorName, oneLine } from './errors.js'

export type OutputMode = 'replace' | 'append'

export interface PublishEvent extends BatchEvent {
  /** Where this run's job wrote: <dataset>/batch=<batch>/ (the state machine's PrepareOutput). */
  outputPrefix: string
}

export interface PublishDeps {
  s3: S3Client
  /** Only `send` is used: local mode passes its in-memory catalog. */
  glue: Pick<GlueClient, 'send'>
  targetBucket: string
  database: string
  table: string
  mode: OutputMode
  landingPrefix: string
  /** The only data bucket the stack serves (DATA_BUCKET); undefined accepts any. */
  bucket?: string
  log?: (line: string) => void
}

export interface PublishResult {
  database: string
  table: string
  /** What the table (replace) or the partition (append) now points at. */
  location: string
  mode: OutputMode
  objectCount: number
  columns: number
  /** append: the partition's value (the batch id). */
  partition?: string
}

export const PARTITION_KEY = 'batch'

/** Table parameter naming the columns the stack declared (Custom::OutputTable): every batch must have them. */
export const DECLARED_COLUMNS_PARAMETER = 'cleanrooms-connect:declared-columns'
const LAST_BATCH_PARAMETER = 'cleanrooms-connect:last-batch'

/** Whether a batch was ever published to the table (a table the stack declared has none yet). */
export function isPublished(table: Table): boolean {
  return table.Parameters?.[LAST_BATCH_PARAMETER] !== undefined
}

/** The folder each run writes to, under the dataset's folder. */
export function batchOutputPrefix(dataset: string, batchId: string): string {
  return `${dataset}/${PARTITION_KEY}=${batchId}/`
}

export const PARQUET_SERDE: Pick<StorageDescriptor, 'InputFormat' | 'OutputFormat' | 'SerdeInfo'> = {
  InputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
  OutputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
  SerdeInfo: {
    SerializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
    Parameters: { 'serialization.format': '1' }
  }
}

interface OutputObject {
  key: string
  size: number
}

async function listParquet(s3: S3Client, bucket: string, prefix: string): Promise<OutputObject[]> {
  const out: OutputObject[] = []
  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token })
    )
    for (const o of page.Contents ?? []) {
      if (o.Key?.endsWith('.parquet') && (o.Size ?? 0) > 0) out.push({ key: o.Key, size: o.Size ?? 0 })
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return out.sort((a, b) => a.key.localeCompare(b.key))
}

function sameColumns(a: GlueColumn[], b: GlueColumn[]): boolean {
  return a.length === b.length && a.every((c, i) => c.Name === b[i]?.Name && c.Type === b[i]?.Type)
}

/** Every file's columns, which must agree. */
async function readColumns(s3: S3Client, bucket: string, objects: OutputObject[]): Promise<GlueColumn[]> {
  let columns: GlueColumn[] | undefined
  for (const o of objects) {
    const these = await parquetColumns(s3, bucket, o.key, o.size)
    if (columns && !sameColumns(columns, these)) {
      throw new PipelineError(
        'PublishFailed',
        `s3://${bucket}/${o.key} has other columns than s3://${bucket}/${objects[0]!.key}: the run's output is inconsistent; run the batch again`
      )
    }
    columns = these
  }
  return columns!
}

/** The table, or undefined when Glue has none of that name. */
export async function getTable(
  deps: Pick<PublishDeps, 'glue' | 'database' | 'table'>
): Promise<Table | undefined> {
  try {
    return (await deps.glue.send(new GetTableCommand({ DatabaseName: deps.database, Name: deps.table })))
      .Table
  } catch (err) {
    if (errorName(err) === 'EntityNotFoundException') return undefined
    throw err
  }
}

/** append: the table's columns with the new ones added at the end; a changed type is refused. */
function mergeColumns(table: string, existing: GlueColumn[], incoming: GlueColumn[]): GlueColumn[] {
  const merged = [...existing]
  for (const c of incoming) {
    const old = existing.find(e => e.Name === c.Name)
    if (!old) merged.push(c)
    else if (old.Type !== c.Type) {
      throw new PipelineError(
        'SchemaChanged',
        `column ${c.Name} of table ${table} is ${old.Type} but this batch has ${c.Type}: partners' queries would break; keep the recipe's output type, or start a new table (another DatasetName) for the new schema`
      )
    }
  }
  return merged
}

function tableInput(
  deps: PublishDeps,
  location: string,
  columns: GlueColumn[],
  batchId: string,
  existing: Table | undefined
): TableInput {
  const declared = existing?.Parameters?.[DECLARED_COLUMNS_PARAMETER]
  return {
    Name: deps.table,
    Description: `cleanrooms-connect output (${deps.mode}); written by the pipeline, do not edit`,
    TableType: 'EXTERNAL_TABLE',
    Parameters: {
      classification: 'parquet',
      'cleanrooms-connect:mode': deps.mode,
      [LAST_BATCH_PARAMETER]: batchId,
      ...(declared !== undefined ? { [DECLARED_COLUMNS_PARAMETER]: declared } : {})
    },
    PartitionKeys: deps.mode === 'append' ? [{ Name: PARTITION_KEY, Type: 'string' }] : [],
    StorageDescriptor: { Columns: columns, Location: location, ...PARQUET_SERDE }
  }
}

export async function publishOutput(event: PublishEvent, deps: PublishDeps): Promise<PublishResult> {
  const log = deps.log ?? (() => {})
  checkEvent(event, deps.landingPrefix, deps.bucket)
  const expected = batchOutputPrefix(event.dataset, event.batchId)
  if (event.outputPrefix !== expected) {
    throw new PipelineError(
      'InvalidInput',
      `outputPrefix ${event.outputPrefix} is not this batch's output folder ${expected}`
    )
  }
  const bucket = deps.targetBucket
  const folder = `s3://${bucket}/${expected}`
  const { objects, columns } = await readBatchOutput(deps, expected, folder)

  const existing = await getTable(deps)
  const partitioned = (existing?.PartitionKeys?.length ?? 0) > 0
  if (existing && partitioned !== (deps.mode === 'append')) {
    throw new PipelineError(
      'Misconfigured',
      `Glue table ${deps.database}.${deps.table} is ${partitioned ? 'partitioned (append)' : 'not partitioned (replace)'} but the stack's OutputMode is ${deps.mode}: drop the table (the data stays in S3) or set OutputMode back`
    )
  }

  checkDeclaredColumns(deps, existing, columns)

  if (deps.mode === 'replace') {
    const previous = existing && isPublished(existing) ? existing.StorageDescriptor?.Location : undefined
    const input = tableInput(deps, folder, columns, event.batchId, existing)
    if (existing)
      await deps.glue.send(new UpdateTableCommand({ DatabaseName: deps.database, TableInput: input }))
    else await deps.glue.send(new CreateTableCommand({ DatabaseName: deps.database, TableInput: input }))
    log(
      `table ${deps.database}.${deps.table} now reads ${folder} (${objects.length} object(s), ${columns.length} columns)`
    )
    await removeOlderBatches(deps, event.dataset, [expected, previous])
    return {
      database: deps.database,
      table: deps.table,
      location: folder,
      mode: 'replace',
      objectCount: objects.length,
      columns: columns.length
    }
  }

  const tableLocation = `s3://${bucket}/${event.dataset}/`
  // A table the stack declared but no batch filled yet takes this batch's columns (the declaration names them, the
  // data types them); after that, columns are only added.
  const merged =
    existing && isPublished(existing)
      ? mergeColumns(deps.table, (existing.StorageDescriptor?.Columns as GlueColumn[]) ?? [], columns)
      : columns
  const input = tableInput(deps, tableLocation, merged, event.batchId, existing)
  if (!existing)
    await deps.glue.send(new CreateTableCommand({ DatabaseName: deps.database, TableInput: input }))
  else await deps.glue.send(new UpdateTableCommand({ DatabaseName: deps.database, TableInput: input }))
  const partition = {
    Values: [event.batchId],
    StorageDescriptor: { Columns: columns, Location: folder, ...PARQUET_SERDE },
    Parameters: { classification: 'parquet' }
  }
  await putPartition(deps, event.batchId, partition)
  log(
    `table ${deps.database}.${deps.table}: partition ${PARTITION_KEY}=${event.batchId} reads ${folder} (${objects.length} object(s))`
  )
  return {
    database: deps.database,
    table: deps.table,
    location: folder,
    mode: 'append',
    objectCount: objects.length,
    columns: merged.length,
    partition: event.batchId
  }
}

/** The batch's Parquet objects and their columns; any failure to read them is PublishFailed, naming the folder. */
async function readBatchOutput(
  deps: PublishDeps,
  prefix: string,
  folder: string
): Promise<{ objects: OutputObject[]; columns: GlueColumn[] }> {
  try {
    const objects = await listParquet(deps.s3, deps.targetBucket, prefix)
    if (objects.length === 0) {
      throw new PipelineError(
        'PublishFailed',
        `the DataBrew run wrote no Parquet to ${folder}: check the job's output settings and its run log`
      )
    }
    return { objects, columns: await readColumns(deps.s3, deps.targetBucket, objects) }
  } catch (err) {
    if (err instanceof PipelineError) throw err
    throw new PipelineError('PublishFailed', `cannot read the run's output ${folder}: ${oneLine(err)}`, {
      cause: err
    })
  }
}

/** Creates the batch's partition, or updates it when a retry of the same batch created it already. */
async function putPartition(deps: PublishDeps, batchId: string, partition: PartitionInput): Promise<void> {
  try {
    await deps.glue.send(
      new CreatePartitionCommand({
        DatabaseName: deps.database,
        TableName: deps.table,
        PartitionInput: partition
      })
    )
  } catch (err) {
    if (errorName(err) !== 'AlreadyExistsException') throw err
    await deps.glue.send(
      new UpdatePartitionCommand({
        DatabaseName: deps.database,
        TableName: deps.table,
        PartitionValueList: [batchId],
        PartitionInput: partition
      })
    )
  }
}

/**
 * The columns the stack declared (the collaboration's configured table allows them) must all be in the batch: a
 * recipe that stopped writing one would make partners' queries fail, so the table is left as it was.
 */
function checkDeclaredColumns(deps: PublishDeps, existing: Table | undefined, columns: GlueColumn[]): void {
  const declared = existing?.Parameters?.[DECLARED_COLUMNS_PARAMETER]
  if (!declared) return
  const missing = declared.split(',').filter(name => name && !columns.some(c => c.Name === name))
  if (missing.length) {
    throw new PipelineError(
      'SchemaChanged',
      `this batch's output lacks column(s) ${missing.join(', ')} that the stack declares for table ${deps.database}.${deps.table}: deploy the recipe that writes them, or remove them from the stack's declared columns (and the collaboration contract)`
    )
  }
}

/** replace: removes batch folders of the dataset other than the ones kept (the current and the one it replaced). */
async function removeOlderBatches(
  deps: PublishDeps,
  dataset: string,
  keep: (string | undefined)[]
): Promise<void> {
  const bucket = deps.targetBucket
  const kept = new Set(
    keep
      .filter((k): k is string => !!k)
      .map(k => (k.startsWith('s3://') ? k.slice(`s3://${bucket}/`.length) : k))
  )
  const parent = `${dataset}/`
  let token: string | undefined
  do {
    const page = await deps.s3.send(
      new ListObjectsV2Command({
        Bucket: bucket,
        Prefix: `${parent}${PARTITION_KEY}=`,
        Delimiter: '/',
        ContinuationToken: token
      })
    )
    for (const p of page.CommonPrefixes ?? []) {
      if (!p.Prefix || kept.has(p.Prefix)) continue
      const purged = await purgePrefix(deps.s3, bucket, p.Prefix)
      ;(deps.log ?? (() => {}))(
        `removed the superseded output s3://${bucket}/${p.Prefix} (${purged.removed} object version(s))`
      )
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
}
