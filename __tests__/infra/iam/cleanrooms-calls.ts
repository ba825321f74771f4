/**
 * What AWS Clean Rooms does with the configured table association's role when a partner queries the table: it
 * assumes the role (CleanRoomsTableRole) and reads the Glue table's metadata and the S3 objects of the folder the
 * table reads, through the data key. Derived from the template (the association's RoleArn, the configured table's
 * Glue reference) and from the table PublishOutput leaves (replace: the batch folder; append: the dataset folder with
 * one partition per batch). The calls follow the Clean Rooms User Guide ("Create a service role to read data from
 * Amazon S3": glue:GetDatabase/GetTable/GetPartitions, s3:GetObject/ListBucket/GetBucketLocation, kms:Decrypt); which
 * of them Clean Rooms makes per query is its business, so every one is checked.
 */
import type { IamRequest, RequestMapper } from './requests.js'
import type { ResolvedStack } from './resolve-template.js'

export function cleanRoomsQueryRequests(
  stack: ResolvedStack,
  mapper: RequestMapper,
  batch: { folder: string; objectKey: string; mode: 'replace' | 'append' }
): IamRequest[] {
  const association = stack.resourceIds('AWS::CleanRooms::ConfiguredTableAssociation')
  if (association.length !== 1)
    throw new Error(`expected one configured table association, found ${association.length}`)
  const roleArn = stack.resolve(stack.property(association[0]!, 'RoleArn')) as string
  const role = stack.resourceIds('AWS::IAM::Role').find(r => stack.getAtt(r, 'Arn') === roleArn)
  if (!role) throw new Error(`the association's RoleArn ${roleArn} is not a role of this template`)
  const [table] = stack.resourceIds('AWS::CleanRooms::ConfiguredTable')
  const glue = (
    stack.resolve(stack.property(table!, 'TableReference')) as {
      Glue: { DatabaseName: string; TableName: string }
    }
  ).Glue
  const { partition: p, region, accountId } = stack.deployment
  const arn = (resource: string) => `arn:${p}:glue:${region}:${accountId}:${resource}`
  const context = { 'aws:SecureTransport': 'true' }
  const origin = 'Clean Rooms query'
  const catalogCalls = [
    ...[arn('catalog'), arn(`database/${glue.DatabaseName}`)].map(resource => ({
      principal: role,
      action: 'glue:GetDatabase',
      resource,
      origin,
      context
    })),
    ...(batch.mode === 'append' ? ['GetTable', 'GetPartitions', 'BatchGetPartition'] : ['GetTable']).flatMap(
      action =>
        [
          arn('catalog'),
          arn(`database/${glue.DatabaseName}`),
          arn(`table/${glue.DatabaseName}/${glue.TableName}`)
        ].map(resource => ({ principal: role, action: `glue:${action}`, resource, origin, context }))
    )
  ]
  const bucket = stack.ref('TargetBucket')
  const s3 = (command: string, input: Record<string, unknown>) =>
    mapper.requestsFor({
      principal: role,
      client: 'S3Client',
      command: `${command}Command`,
      input: { Bucket: bucket, ...input }
    })
  return [
    ...catalogCalls,
    ...s3('ListObjectsV2', { Prefix: batch.folder }),
    ...s3('GetBucketLocation', {}),
    ...s3('GetObject', { Key: batch.objectKey })
  ]
}
