/**
 * The local Glue catalog answers the calls PublishOutput and CleanupBatch make like Glue: EntityNotFoundException for
 * a missing database, table or partition, AlreadyExistsException for CreateTable/CreatePartition of an existing one
 * (Glue API reference, errors of GetTable, CreateTable, GetPartition, CreatePartition, UpdatePartition). Partitions
 * are addressed by their ordered values (PartitionValues / PartitionValueList).
 */
import { describe, expect, it } from '@jest/globals'
import {
  AlreadyExistsException,
  BatchDeletePartitionCommand,
  CreatePartitionCommand,
  CreateTableCommand,
  EntityNotFoundException,
  GetPartitionCommand,
  GetTableCommand,
  UpdatePartitionCommand,
  UpdateTableCommand
} from '@aws-sdk/client-glue'
import { LocalGlueCatalog } from '../../src/local/glue-catalog.js'

const DB = 'cleanrooms'

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  throw new Error('expected a rejection')
}

const table = (location: string) => ({
  Name: 'ds',
  PartitionKeys: [{ Name: 'batch', Type: 'string' }],
  StorageDescriptor: { Location: location, Columns: [{ Name: 'email', Type: 'string' }] }
})
const partition = (batch: string, location: string) => ({
  Values: [batch],
  StorageDescriptor: { Location: location }
})

describe('LocalGlueCatalog', () => {
  it('creates, reads and updates a table; the stored table is a copy', async () => {
    const glue = new LocalGlueCatalog([DB])
    const input = table('s3://t/ds/')
    await glue.send(new CreateTableCommand({ DatabaseName: DB, TableInput: input }))
    input.StorageDescriptor.Location = 'changed'
    const got = (await glue.send(new GetTableCommand({ DatabaseName: DB, Name: 'ds' }))) as {
      Table: { Name: string; DatabaseName: string; StorageDescriptor: { Location: string } }
    }
    expect(got.Table).toMatchObject({
      Name: 'ds',
      DatabaseName: DB,
      StorageDescriptor: { Location: 's3://t/ds/' }
    })
    await glue.send(new UpdateTableCommand({ DatabaseName: DB, TableInput: table('s3://t/ds/v2/') }))
    expect(glue.tables.get(`${DB}.ds`)?.StorageDescriptor?.Location).toBe('s3://t/ds/v2/')
    expect(glue.calls.map(c => c.command)).toEqual(['CreateTable', 'GetTable', 'UpdateTable'])
  })

  it('answers missing database, table and partition with EntityNotFoundException', async () => {
    const glue = new LocalGlueCatalog([DB])
    const noDb = await failure(glue.send(new GetTableCommand({ DatabaseName: 'other', Name: 'ds' })))
    expect([noDb.name, noDb.message]).toEqual(['EntityNotFoundException', 'Database other not found.'])
    const noTable = await failure(glue.send(new GetTableCommand({ DatabaseName: DB, Name: 'ds' })))
    expect([noTable.name, noTable.message]).toEqual(['EntityNotFoundException', 'Table ds not found.'])
    expect(
      (await failure(glue.send(new UpdateTableCommand({ DatabaseName: DB, TableInput: table('x') })))).name
    ).toBe('EntityNotFoundException')
    expect(
      (
        await failure(
          glue.send(
            new CreatePartitionCommand({
              DatabaseName: DB,
              TableName: 'ds',
              PartitionInput: partition('b1', 'x')
            })
          )
        )
      ).name
    ).toBe('EntityNotFoundException')
    await glue.send(new CreateTableCommand({ DatabaseName: DB, TableInput: table('s3://t/ds/') }))
    expect(
      (
        await failure(
          glue.send(new GetPartitionCommand({ DatabaseName: DB, TableName: 'ds', PartitionValues: ['b1'] }))
        )
      ).name
    ).toBe('EntityNotFoundException')
  })

  it('answers a second CreateTable / CreatePartition with AlreadyExistsException; UpdatePartition replaces', async () => {
    const glue = new LocalGlueCatalog([DB])
    await glue.send(new CreateTableCommand({ DatabaseName: DB, TableInput: table('s3://t/ds/') }))
    expect(
      (
        await failure(
          glue.send(new CreateTableCommand({ DatabaseName: DB, TableInput: table('s3://t/ds/') }))
        )
      ).name
    ).toBe('AlreadyExistsException')
    const create = new CreatePartitionCommand({
      DatabaseName: DB,
      TableName: 'ds',
      PartitionInput: partition('b1', 's3://t/ds/batch=b1/')
    })
    await glue.send(create)
    expect((await failure(glue.send(create))).name).toBe('AlreadyExistsException')
    await glue.send(
      new UpdatePartitionCommand({
        DatabaseName: DB,
        TableName: 'ds',
        PartitionValueList: ['b1'],
        PartitionInput: partition('b1', 's3://t/ds/batch=b1/again/')
      })
    )
    const got = (await glue.send(
      new GetPartitionCommand({ DatabaseName: DB, TableName: 'ds', PartitionValues: ['b1'] })
    )) as { Partition: { Values: string[]; TableName: string; StorageDescriptor: { Location: string } } }
    expect(got.Partition).toMatchObject({
      Values: ['b1'],
      TableName: 'ds',
      StorageDescriptor: { Location: 's3://t/ds/batch=b1/again/' }
    })
    expect(
      (
        await failure(
          glue.send(
            new UpdatePartitionCommand({
              DatabaseName: DB,
              TableName: 'ds',
              PartitionValueList: ['b2'],
              PartitionInput: partition('b2', 'x')
            })
          )
        )
      ).name
    ).toBe('EntityNotFoundException')
  })

  it("throws the Glue client's own exception classes, as a GlueClient's send would", async () => {
    const glue = new LocalGlueCatalog([DB])
    const missing = await failure(glue.send(new GetTableCommand({ DatabaseName: DB, Name: 'ds' })))
    expect(missing).toBeInstanceOf(EntityNotFoundException)
    expect(missing).toMatchObject({ $fault: 'client', $metadata: { httpStatusCode: 400 } })
    await glue.send(new CreateTableCommand({ DatabaseName: DB, TableInput: table('s3://t/ds/') }))
    const twice = await failure(
      glue.send(new CreateTableCommand({ DatabaseName: DB, TableInput: table('s3://t/ds/') }))
    )
    expect(twice).toBeInstanceOf(AlreadyExistsException)
    expect(twice.message).toBe('Table ds already exists.')
  })

  it('refuses a call it does not implement, naming it', async () => {
    const glue = new LocalGlueCatalog([DB])
    const err = await failure(
      glue.send(
        new BatchDeletePartitionCommand({ DatabaseName: DB, TableName: 'ds', PartitionsToDelete: [] })
      )
    )
    expect([err.name, err.message]).toEqual([
      'InvalidInputException',
      'BatchDeletePartition is not part of the local Glue stand-in'
    ])
  })
})
