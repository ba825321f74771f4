/**
 * Local stand-in for the Glue Data Catalog calls PublishOutput and CleanupBatch make (GetTable, CreateTable,
 * UpdateTable, GetPartition, CreatePartition, UpdatePartition), in memory, with Glue's error names
 * (EntityNotFoundException, AlreadyExistsException). It is what `send` of a GlueClient would do for those commands.
 */
import {
  AlreadyExistsException,
  EntityNotFoundException,
  InvalidInputException,
  type Partition,
  type PartitionInput,
  type Table,
  type TableInput
} from '@aws-sdk/client-glue'

const GLUE_ERRORS = { AlreadyExistsException, EntityNotFoundException, InvalidInputException }

/** The Glue client's own exception (name, $fault, $metadata), so callers see what a GlueClient throws. */
function named(name: keyof typeof GLUE_ERRORS, message: string): Error {
  return new GLUE_ERRORS[name]({ message, $metadata: { httpStatusCode: 400 } })
}

interface Command {
  constructor: { name: string }
  input: Record<string, unknown>
}

export class LocalGlueCatalog {
  readonly tables = new Map<string, Table>()
  readonly partitions = new Map<string, Partition>()
  /** Every call, in order: what local mode reports and tests check. */
  readonly calls: { command: string; input: Record<string, unknown> }[] = []

  constructor(readonly databases: string[]) {}

  private table(database: unknown, name: unknown): string {
    if (typeof database !== 'string' || !this.databases.includes(database)) {
      throw named('EntityNotFoundException', `Database ${String(database)} not found.`)
    }
    return `${database}.${String(name)}`
  }

  async send(command: unknown): Promise<unknown> {
    const { constructor, input } = command as Command
    const name = constructor.name.replace(/Command$/, '')
    this.calls.push({ command: name, input: structuredClone(input) })
    switch (name) {
      case 'GetTable': {
        const table = this.tables.get(this.table(input.DatabaseName, input.Name))
        if (!table) throw named('EntityNotFoundException', `Table ${String(input.Name)} not found.`)
        return { Table: structuredClone(table) }
      }
      case 'CreateTable':
      case 'UpdateTable': {
        const t = input.TableInput as TableInput
        const key = this.table(input.DatabaseName, t.Name)
        if (name === 'CreateTable' && this.tables.has(key))
          throw named('AlreadyExistsException', `Table ${t.Name} already exists.`)
        if (name === 'UpdateTable' && !this.tables.has(key))
          throw named('EntityNotFoundException', `Table ${t.Name} not found.`)
        this.tables.set(key, {
          ...structuredClone(t),
          Name: t.Name!,
          DatabaseName: input.DatabaseName as string
        })
        return {}
      }
      case 'GetPartition': {
        const key = `${this.table(input.DatabaseName, input.TableName)}/${JSON.stringify(input.PartitionValues)}`
        const partition = this.partitions.get(key)
        if (!partition) throw named('EntityNotFoundException', 'Cannot find partition.')
        return { Partition: structuredClone(partition) }
      }
      case 'CreatePartition':
      case 'UpdatePartition': {
        const p = input.PartitionInput as PartitionInput
        const tableKey = this.table(input.DatabaseName, input.TableName)
        if (!this.tables.has(tableKey))
          throw named('EntityNotFoundException', `Table ${String(input.TableName)} not found.`)
        const values = name === 'UpdatePartition' ? input.PartitionValueList : p.Values
        const key = `${tableKey}/${JSON.stringify(values)}`
        if (name === 'CreatePartition' && this.partitions.has(key))
          throw named('AlreadyExistsException', 'Partition already exists.')
        if (name === 'UpdatePartition' && !this.partitions.has(key))
          throw named('EntityNotFoundException', 'Cannot find partition.')
        this.partitions.set(key, {
          ...structuredClone(p),
          DatabaseName: input.DatabaseName as string,
          TableName: input.TableName as string
        })
        return {}
      }
      default:
        throw named('InvalidInputException', `${name} is not part of the local Glue stand-in`)
    }
  }
}
