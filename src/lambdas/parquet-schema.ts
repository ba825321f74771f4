/**
 * The Glue columns of a Parquet object in S3, read from its footer with two ranged GETs (hyparquet), never the data.
 * Used by PublishOutput to declare the table from what the DataBrew job actually wrote.
 */
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3'
import { parquetMetadataAsync } from 'hyparquet'
import type { AsyncBuffer, SchemaElement } from 'hyparquet'

export interface GlueColumn {
  Name: string
  Type: string
}

/** An AsyncBuffer over an S3 object: each slice is one ranged GetObject. */
export function s3AsyncBuffer(s3: S3Client, bucket: string, key: string, size: number): AsyncBuffer {
  return {
    byteLength: size,
    async slice(start: number, end?: number): Promise<ArrayBuffer> {
      const last = (end ?? size) - 1
      const got = await s3.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${last}` })
      )
      const bytes = await got.Body!.transformToByteArray()
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
    }
  }
}

/** Hive/Glue type of one flat Parquet column, or undefined when Glue has no equivalent we support. */
export function glueType(e: SchemaElement): string | undefined {
  const logical = e.logical_type
  if (
    logical?.type === 'STRING' ||
    logical?.type === 'ENUM' ||
    logical?.type === 'JSON' ||
    logical?.type === 'UUID'
  )
    return 'string'
  if (logical?.type === 'DATE' || e.converted_type === 'DATE') return 'date'
  if (
    logical?.type === 'TIMESTAMP' ||
    e.converted_type === 'TIMESTAMP_MILLIS' ||
    e.converted_type === 'TIMESTAMP_MICROS'
  )
    return 'timestamp'
  if (logical?.type === 'DECIMAL') return `decimal(${logical.precision},${logical.scale})`
  if (e.converted_type === 'DECIMAL' && e.precision !== undefined)
    return `decimal(${e.precision},${e.scale ?? 0})`
  if (e.converted_type === 'UTF8' || e.converted_type === 'ENUM' || e.converted_type === 'JSON')
    return 'string'
  if (logical?.type === 'INTEGER')
    return logical.bitWidth === 64
      ? 'bigint'
      : logical.bitWidth === 8
        ? 'tinyint'
        : logical.bitWidth === 16
          ? 'smallint'
          : 'int'
  switch (e.type) {
    case 'BOOLEAN':
      return 'boolean'
    case 'INT32':
      return 'int'
    case 'INT64':
      return 'bigint'
    case 'INT96':
      return 'timestamp'
    case 'FLOAT':
      return 'float'
    case 'DOUBLE':
      return 'double'
    case 'BYTE_ARRAY':
    case 'FIXED_LEN_BYTE_ARRAY':
      return 'binary'
    default:
      return undefined
  }
}

/** The top-level columns of a flat Parquet schema; nested columns are refused (Clean Rooms tables are flat). */
export async function parquetColumns(
  s3: S3Client,
  bucket: string,
  key: string,
  size: number
): Promise<GlueColumn[]> {
  let metadata: Awaited<ReturnType<typeof parquetMetadataAsync>>
  try {
    // The smallest Parquet file is "PAR1" + metadata length (4 bytes) + "PAR1".
    if (size < 12) throw new Error(`${size} bytes is too short`)
    // An initial fetch of the 8-byte tail (metadata length + magic), then exactly the metadata: two small GETs,
    // where hyparquet's default would read the last 512 KiB, data pages included.
    metadata = await parquetMetadataAsync(s3AsyncBuffer(s3, bucket, key, size), { initialFetchSize: 8 })
  } catch (err) {
    // An S3 error (denied, throttled, …) is not a verdict on the file: it keeps its own name and message.
    if ((err as { $metadata?: unknown })?.$metadata) throw err
    const why = (err as { message?: unknown })?.message
    throw new Error(
      `s3://${bucket}/${key} is not a readable Parquet file: ${typeof why === 'string' ? why : String(err)}; check the job's output format (PARQUET)`,
      { cause: err }
    )
  }
  const [root, ...elements] = metadata.schema
  if (!root) throw new Error(`s3://${bucket}/${key} has an empty Parquet schema`)
  const columns: GlueColumn[] = []
  for (const e of elements) {
    if (e.num_children) {
      throw new Error(
        `column ${e.name} of s3://${bucket}/${key} is nested: the output must be flat (a Clean Rooms table)`
      )
    }
    const type = glueType(e)
    if (!type)
      throw new Error(
        `column ${e.name} of s3://${bucket}/${key} has Parquet type ${e.type}, which Glue cannot declare`
      )
    columns.push({ Name: e.name, Type: type })
  }
  if (columns.length !== (root.num_children ?? columns.length)) {
    throw new Error(`s3://${bucket}/${key} has nested columns: the output must be flat (a Clean Rooms table)`)
  }
  return columns
}
