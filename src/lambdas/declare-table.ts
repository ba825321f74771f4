/**
 * The output table, declared by the stack before the first run (custom resource Custom::OutputTable, served by the
 * PublishOutput function). A Clean Rooms configured table can only be created over a Glue table that exists, and
 * the recipe already says which columns the output has; so the stack creates the table with those columns, pointing
 * at an empty folder, and PublishOutput then switches it to each batch.
 *
 * Why not AWS::Glue::Table: CloudFormation would own the table's location, and any stack update that touched the
 * resource would point the table back at the template's folder, hiding the published batch from the collaboration.
 * Here the one writer of the table stays PublishOutput's code:
 * - Create/Update: the table is created if absent; if present, its location and published columns are kept,
 *   declared columns it lacks are added (a recipe change that adds a column deploys before the run that fills it),
 *   and the declared names are recorded for PublishOutput, which refuses a batch that lacks one.
 * - Delete: the table stays, like the retained buckets whose data it describes.
 */
import { CreateTableCommand, UpdateTableCommand } from '@aws-sdk/client-glue'
import {
  DECLARED_COLUMNS_PARAMETER,
  getTable,
  PARQUET_SERDE,
  PARTITION_KEY,
  isPublished,
  type OutputMode
} from './publish-output.js'
import type { GlueColumn } from './parquet-schema.js'
import type { PublishDeps } from './publish-output.js'
import { PipelineError } from './errors.js'

export interface DeclareTableDeps {
  glue: PublishDeps['glue']
  targetBucket: string
  database: string
  table: string
  dataset: string
  mode: OutputMode
  log?: (line: string) => void
}

export interface DeclaredTable {
  database: string
  table: string
  location: string
  /** What happened: the table was created, or an existing one kept (with the columns it gained). */
  action: 'created' | 'kept'
  addedColumns: string[]
}

/** Clean Rooms accepts lowercase letters, digits and underscores in column names (see REFERENCE.md). */
const COLUMN_NAME = /^[a-z0-9_]{1,128}$/
/** The Hive types PublishOutput reads from Parquet footers (parquet-schema.ts). */
const COLUMN_TYPE =
  /^(string|bigint|int|smallint|tinyint|double|float|boolean|date|timestamp|binary|decimal\(\d{1,2},\d{1,2}\))$/

/** The Columns property of Custom::OutputTable: a list of { Name, Type } (Type defaults to string). */
export function declaredColumns(value: unknown): GlueColumn[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new PipelineError(
      'Misconfigured',
      'Custom::OutputTable needs Columns: a list of { Name, Type }, the output columns of the recipe'
    )
  }
  const seen = new Set<string>()
  return value.map((c: unknown, i) => {
    const { Name, Type = 'string' } = (c ?? {}) as { Name?: unknown; Type?: unknown }
    if (typeof Name !== 'string' || !COLUMN_NAME.test(Name)) {
      throw new PipelineError(
        'Misconfigured',
        `Custom::OutputTable Columns[${i}].Name ${JSON.stringify(Name)} is not a Clean Rooms column name (lowercase letters, digits, _): rename it with a RENAME step in the recipe`
      )
    }
    if (typeof Type !== 'string' || !COLUMN_TYPE.test(Type)) {
      throw new PipelineError(
        'Misconfigured',
        `Custom::OutputTable Columns[${i}].Type ${JSON.stringify(Type)} of ${Name} is not a Glue type PublishOutput writes (string, bigint, int, double, boolean, date, timestamp, decimal(p,s) …)`
      )
    }
    if (seen.has(Name)) {
      throw new PipelineError('Misconfigured', `Custom::OutputTable Columns names ${Name} twice: keep one`)
    }
    seen.add(Name)
    return { Name, Type }
  })
}

/** Where the declared table points before any batch: a folder no run writes to, so it reads as empty. */
export function declaredLocation(deps: Pick<DeclareTableDeps, 'targetBucket' | 'dataset' | 'mode'>): string {
  return deps.mode === 'append'
    ? `s3://${deps.targetBucket}/${deps.dataset}/`
    : `s3://${deps.targetBucket}/${deps.dataset}/${PARTITION_KEY}=_declared/`
}

export async function declareOutputTable(
  columns: GlueColumn[],
  deps: DeclareTableDeps
): Promise<DeclaredTable> {
  const log = deps.log ?? (() => {})
  const names = columns.map(c => c.Name).join(',')
  const existing = await getTable(deps)
  if (!existing) {
    const location = declaredLocation(deps)
    await deps.glue.send(
      new CreateTableCommand({
        DatabaseName: deps.database,
        TableInput: {
          Name: deps.table,
          Description: `cleanrooms-connect output (${deps.mode}); written by the pipeline, do not edit`,
          TableType: 'EXTERNAL_TABLE',
          Parameters: {
            classification: 'parquet',
            'cleanrooms-connect:mode': deps.mode,
            [DECLARED_COLUMNS_PARAMETER]: names
          },
          PartitionKeys: deps.mode === 'append' ? [{ Name: PARTITION_KEY, Type: 'string' }] : [],
          StorageDescriptor: { Columns: columns, Location: location, ...PARQUET_SERDE }
        }
      })
    )
    log(`declared table ${deps.database}.${deps.table} (${columns.length} columns) at ${location}`)
    return { database: deps.database, table: deps.table, location, action: 'created', addedColumns: [] }
  }

  const partitioned = (existing.PartitionKeys?.length ?? 0) > 0
  if (partitioned !== (deps.mode === 'append')) {
    throw new PipelineError(
      'Misconfigured',
      `Glue table ${deps.database}.${deps.table} is ${partitioned ? 'partitioned (append)' : 'not partitioned (replace)'} but the stack's OutputMode is ${deps.mode}: drop the table (the data stays in S3) or set OutputMode back`
    )
  }
  const current = (existing.StorageDescriptor?.Columns ?? []) as GlueColumn[]
  // Before the first batch the declaration is the schema; after it, the data is (PublishOutput keeps it true).
  const kept = isPublished(existing) ? current : []
  const added = columns.filter(c => !kept.some(k => k.Name === c.Name))
  const location = existing.StorageDescriptor?.Location ?? declaredLocation(deps)
  await deps.glue.send(
    new UpdateTableCommand({
      DatabaseName: deps.database,
      TableInput: {
        Name: deps.table,
        Description: existing.Description,
        TableType: existing.TableType ?? 'EXTERNAL_TABLE',
        Parameters: { ...existing.Parameters, [DECLARED_COLUMNS_PARAMETER]: names },
        PartitionKeys: existing.PartitionKeys ?? [],
        StorageDescriptor: {
          ...PARQUET_SERDE,
          ...existing.StorageDescriptor,
          Columns: [...kept, ...added],
          Location: location
        }
      }
    })
  )
  const gained = isPublished(existing) ? added.map(c => c.Name) : []
  log(
    `kept table ${deps.database}.${deps.table} at ${location}${gained.length ? `; added declared column(s) ${gained.join(', ')}` : ''}`
  )
  return { database: deps.database, table: deps.table, location, action: 'kept', addedColumns: gained }
}
