/**
 * Where a successful run put the data, from the execution's output (the state machine's PrepareSuccess summary):
 * the output folder, the Glue table and how it changed, and the batch's archive. Pure: parses text, renders markdown
 * and step outputs.
 */
import type { CleanRoomsTarget } from '../settings/settings.js'
import { codeSpan, escapeMarkdown } from './format.js'

export interface Delivery {
  /** s3:// folder the table (replace) or the batch's partition (append) now reads. */
  output: string
  glueDatabase?: string
  glueTable?: string
  outputMode?: 'replace' | 'append'
  outputObjects?: number
  decryptedObjects?: number
  dataBrewRunId?: string
  /** s3:// folder of the batch's archived ciphertext and manifest. */
  archive?: string
  /** The Clean Rooms configured table over the Glue table (from the stack outputs). */
  cleanRooms?: CleanRoomsTarget
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined
}

function count(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined
}

/** The delivery of an execution output, or undefined when the output is not a success summary (older stacks). */
export function parseDelivery(
  output: string | undefined,
  dataBucket: string | undefined
): Delivery | undefined {
  if (!output) return undefined
  let o: Record<string, unknown>
  try {
    o = JSON.parse(output) as Record<string, unknown>
  } catch {
    return undefined
  }
  const location = text(o.output)
  if (!location?.startsWith('s3://')) return undefined
  const mode = o.outputMode === 'replace' || o.outputMode === 'append' ? o.outputMode : undefined
  const archivePrefix = text(o.archivePrefix)
  return {
    output: location,
    glueDatabase: text(o.glueDatabase),
    glueTable: text(o.glueTable),
    outputMode: mode,
    outputObjects: count(o.outputObjects),
    decryptedObjects: count(o.decryptedObjects),
    dataBrewRunId: text(o.dataBrewRunId),
    archive: archivePrefix && dataBucket ? `s3://${dataBucket}/${archivePrefix}` : undefined
  }
}

/** Step outputs: output-uri, glue-table (database.table), archive-uri. */
export function deliveryOutputs(d: Delivery): Record<string, string> {
  const out: Record<string, string> = { 'output-uri': d.output }
  if (d.glueDatabase && d.glueTable) out['glue-table'] = `${d.glueDatabase}.${d.glueTable}`
  if (d.archive) out['archive-uri'] = d.archive
  if (d.cleanRooms) out['configured-table-id'] = d.cleanRooms.configuredTableId
  return out
}

/** Console link of a Glue table; the region comes from the execution ARN. */
export function glueTableConsoleUrl(region: string, database: string, table: string): string {
  return `https://${region}.console.aws.amazon.com/glue/home?region=${region}#/v2/data-catalog/tables/view/${encodeURIComponent(table)}?database=${encodeURIComponent(database)}`
}

/** Console links of Clean Rooms resources (routes of the console's single-page app, as of 2026). */
export function configuredTableConsoleUrl(region: string, id: string): string {
  return `https://${region}.console.aws.amazon.com/cleanrooms/home?region=${region}#/configured-tables/${encodeURIComponent(id)}`
}

export function membershipConsoleUrl(region: string, membershipId: string): string {
  return `https://${region}.console.aws.amazon.com/cleanrooms/home?region=${region}#/memberships/${encodeURIComponent(membershipId)}`
}

export function renderDelivery(d: Delivery, batchId: string, region: string): string[] {
  const lines = ['### Where the data went', '', '| | |', '|---|---|']
  if (d.glueDatabase && d.glueTable) {
    const name = `${d.glueDatabase}.${d.glueTable}`
    const how =
      d.outputMode === 'append'
        ? ` (append: partition ${codeSpan(`batch=${batchId}`)} added)`
        : d.outputMode === 'replace'
          ? ' (replace: the table now shows this batch only)'
          : ''
    lines.push(
      `| Glue table | [${escapeMarkdown(name)}](${glueTableConsoleUrl(region, d.glueDatabase, d.glueTable)})${how} |`
    )
  }
  const objects = d.outputObjects !== undefined ? ` (${d.outputObjects} Parquet object(s))` : ''
  lines.push(`| Output | ${codeSpan(d.output)}${objects} |`)
  if (d.decryptedObjects !== undefined) lines.push(`| Files decrypted | ${d.decryptedObjects} |`)
  if (d.dataBrewRunId) lines.push(`| DataBrew run | ${codeSpan(d.dataBrewRunId)} |`)
  if (d.archive) lines.push(`| Archive (ciphertext and manifest) | ${codeSpan(d.archive)} |`)
  if (d.cleanRooms) {
    const { configuredTableId, associationArn, membershipId } = d.cleanRooms
    lines.push(
      `| Clean Rooms configured table | [${codeSpan(configuredTableId)}](${configuredTableConsoleUrl(region, configuredTableId)}) |`
    )
    if (associationArn && membershipId) {
      lines.push(
        `| Associated to membership | [${codeSpan(membershipId)}](${membershipConsoleUrl(region, membershipId)}): partners query this batch from now on |`
      )
    } else lines.push('| Associated to membership | none (set CleanRoomsMembershipId on the stack) |')
  }
  lines.push('')
  return lines
}
