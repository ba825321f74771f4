/**
 * Turns a recorded SDK command into the IAM requests AWS authorizes for it: action, resource ARN and the request
 * context keys IAM would see, plus the KMS requests S3 and Secrets Manager make on the caller's behalf.
 *
 * Mappings (AWS Service Authorization Reference, "Actions defined by Amazon S3" and the S3 API pages, checked
 * 2026-11-28): CreateMultipartUpload, UploadPart and CompleteMultipartUpload are authorized as s3:PutObject;
 * ListObjectsV2 as s3:ListBucket; HeadObject as s3:GetObject; ListObjectVersions as s3:ListBucketVersions;
 * ListMultipartUploads as s3:ListBucketMultipartUploads (which has no s3:prefix key); a VersionId turns
 * GetObject/DeleteObject into s3:GetObjectVersion/s3:DeleteObjectVersion; CopyObject and UploadPartCopy need
 * s3:GetObject on the source and s3:PutObject on the target. Assumed: copied sources carry no object tags (our
 * uploader sets none), so a copy needs no s3:GetObjectTagging/s3:PutObjectTagging.
 *
 * SSE-KMS (S3 "Using server-side encryption with AWS KMS keys", "Reducing the cost of SSE-KMS with Amazon S3 Bucket
 * Keys"): writing a new object (PutObject, CreateMultipartUpload, the copy target) needs kms:GenerateDataKey;
 * reading one (GetObject, a copy source), UploadPart and CompleteMultipartUpload need kms:Decrypt; both arrive at KMS with kms:ViaService
 * s3.<region>.amazonaws.com and, with bucket keys, the encryption context aws:s3:arn = the bucket ARN. An object's
 * key is the one the request names, else the bucket's default key; reads assume the bucket default (the bucket
 * policies deny writes that name another key). Secrets Manager decrypts a secret value with kms:Decrypt and
 * encrypts a new one with kms:GenerateDataKey, via secretsmanager.<region>.amazonaws.com, encryption context
 * SecretARN (Secrets Manager "Secret encryption and decryption").
 *
 * Glue Data Catalog (Service Authorization Reference, "Actions defined by AWS Glue", and the Glue Developer Guide,
 * "Specifying AWS Glue resource ARNs", checked 2026-11-28): Get/Create/Update/DeleteTable and the partition calls
 * (Get/Create/Update/DeletePartition, GetPartitions, Batch{Create,Get,Update,Delete}Partition) are each authorized as
 * glue:<Call> on the catalog, the database and the table ("All operations performed on a Data Catalog resource require
 * permission on the resource and all the ancestors of that resource"): all three must be allowed. CatalogId defaults
 * to the caller's account. DynamoDB item calls (GetItem, PutItem, UpdateItem, DeleteItem) are dynamodb:<Call> on the
 * table ARN.
 *
 * An SDK command without a row here fails with a message naming it: a new call cannot pass unexamined.
 */
import type { RecordedCall } from '../../helpers/record-aws-calls.js'
import type { ResolvedStack } from './resolve-template.js'

export interface IamRequest {
  /** Logical id of the role (or managed policy) in infra/template.yaml that makes the call. */
  principal: string
  action: string
  resource: string
  context: Record<string, string | string[]>
  /** What caused it, for the report: 'S3 PutObject', 'S3 PutObject → KMS', 'state DecryptBatch'. */
  origin: string
}

type Input = Record<string, unknown>

function str(input: Input, name: string, origin: string): string {
  const v = input[name]
  if (typeof v !== 'string' || v === '') throw new Error(`${origin}: the recorded input has no ${name}`)
  return v
}

/** "bucket/key?versionId=…" (URL-encoded key) → its parts. */
function parseCopySource(copySource: string): { bucket: string; key: string; versionId?: string } {
  const [path, query] = copySource.replace(/^\//, '').split('?')
  const slash = path!.indexOf('/')
  const versionId = query ? (new URLSearchParams(query).get('versionId') ?? undefined) : undefined
  return {
    bucket: decodeURIComponent(path!.slice(0, slash)),
    key: decodeURIComponent(path!.slice(slash + 1)),
    ...(versionId ? { versionId } : {})
  }
}

export class RequestMapper {
  constructor(private readonly stack: ResolvedStack) {}

  private get d() {
    return this.stack.deployment
  }

  private base(): Record<string, string> {
    // Every SDK call goes over HTTPS.
    return { 'aws:SecureTransport': 'true' }
  }

  private bucketArn(bucket: string): string {
    return `arn:${this.d.partition}:s3:::${bucket}`
  }

  private objectArn(bucket: string, key: string): string {
    return `${this.bucketArn(bucket)}/${key}`
  }

  /** The KMS request S3 makes with the caller's credentials for an SSE-KMS object. */
  private s3Kms(
    principal: string,
    origin: string,
    action: 'kms:GenerateDataKey' | 'kms:Decrypt',
    bucket: string,
    key: string,
    requestedKey?: string
  ): IamRequest[] {
    const byDefault = this.stack.bucketDefaultKmsKey(bucket)
    const keyArn = requestedKey ? this.stack.kmsKeyArn(requestedKey) : byDefault?.keyArn
    if (!keyArn) return [] // SSE-S3: no KMS call
    const bucketKey = byDefault?.bucketKey ?? false
    return [
      {
        principal,
        action,
        resource: keyArn,
        origin: `${origin} → KMS`,
        context: {
          ...this.base(),
          'kms:ViaService': `s3.${this.d.region}.amazonaws.com`,
          'kms:CallerAccount': this.d.accountId,
          'kms:EncryptionContext:aws:s3:arn': bucketKey
            ? this.bucketArn(bucket)
            : this.objectArn(bucket, key),
          'kms:EncryptionContextKeys': ['aws:s3:arn']
        }
      }
    ]
  }

  /** SSE condition keys: only for headers the request actually sends. */
  private sseContext(input: Input): Record<string, string> {
    const c: Record<string, string> = {}
    if (typeof input.ServerSideEncryption === 'string')
      c['s3:x-amz-server-side-encryption'] = input.ServerSideEncryption
    if (typeof input.SSEKMSKeyId === 'string')
      c['s3:x-amz-server-side-encryption-aws-kms-key-id'] = input.SSEKMSKeyId
    return c
  }

  private writesWithKms(input: Input): string | undefined {
    if (input.ServerSideEncryption === 'AES256') return undefined
    return typeof input.SSEKMSKeyId === 'string' ? input.SSEKMSKeyId : undefined
  }

  private s3(principal: string, command: string, input: Input): IamRequest[] {
    const origin = `S3 ${command}`
    const bucket = str(input, 'Bucket', origin)
    const req = (action: string, resource: string, context: Record<string, string> = {}): IamRequest => ({
      principal,
      action,
      resource,
      origin,
      context: { ...this.base(), ...context }
    })
    const listContext = (): Record<string, string> => {
      const c: Record<string, string> = {}
      if (typeof input.Prefix === 'string') c['s3:prefix'] = input.Prefix
      if (typeof input.Delimiter === 'string') c['s3:delimiter'] = input.Delimiter
      if (typeof input.MaxKeys === 'number') c['s3:max-keys'] = String(input.MaxKeys)
      return c
    }
    const noKms = (): boolean => input.ServerSideEncryption === 'AES256'
    switch (command) {
      case 'PutObject':
      case 'CreateMultipartUpload': {
        const key = str(input, 'Key', origin)
        return [
          req('s3:PutObject', this.objectArn(bucket, key), this.sseContext(input)),
          ...(noKms()
            ? []
            : this.s3Kms(principal, origin, 'kms:GenerateDataKey', bucket, key, this.writesWithKms(input)))
        ]
      }
      case 'UploadPart': {
        const key = str(input, 'Key', origin)
        return [
          req('s3:PutObject', this.objectArn(bucket, key)),
          ...this.s3Kms(principal, origin, 'kms:Decrypt', bucket, key)
        ]
      }
      case 'CompleteMultipartUpload': {
        // "Amazon S3 must decrypt and read data from the encrypted file parts before it completes the multipart
        // upload" (S3 User Guide, multipart upload and permissions): kms:Decrypt here too.
        const key = str(input, 'Key', origin)
        return [
          req('s3:PutObject', this.objectArn(bucket, key)),
          ...this.s3Kms(principal, origin, 'kms:Decrypt', bucket, key)
        ]
      }
      case 'AbortMultipartUpload':
        return [req('s3:AbortMultipartUpload', this.objectArn(bucket, str(input, 'Key', origin)))]
      case 'ListParts':
        return [req('s3:ListMultipartUploadParts', this.objectArn(bucket, str(input, 'Key', origin)))]
      case 'ListMultipartUploads':
        // s3:prefix is not a condition key of s3:ListBucketMultipartUploads: IAM never sees it here.
        return [req('s3:ListBucketMultipartUploads', this.bucketArn(bucket))]
      case 'ListObjects':
      case 'ListObjectsV2':
      case 'HeadBucket':
        return [req('s3:ListBucket', this.bucketArn(bucket), listContext())]
      case 'ListObjectVersions':
        return [req('s3:ListBucketVersions', this.bucketArn(bucket), listContext())]
      case 'GetBucketLocation':
        return [req('s3:GetBucketLocation', this.bucketArn(bucket))]
      case 'GetObject': {
        const key = str(input, 'Key', origin)
        const action = input.VersionId ? 's3:GetObjectVersion' : 's3:GetObject'
        return [
          req(action, this.objectArn(bucket, key)),
          ...this.s3Kms(principal, origin, 'kms:Decrypt', bucket, key)
        ]
      }
      case 'HeadObject': {
        const key = str(input, 'Key', origin)
        return [req(input.VersionId ? 's3:GetObjectVersion' : 's3:GetObject', this.objectArn(bucket, key))]
      }
      case 'GetObjectTagging':
        return [req('s3:GetObjectTagging', this.objectArn(bucket, str(input, 'Key', origin)))]
      case 'PutObjectTagging':
        return [req('s3:PutObjectTagging', this.objectArn(bucket, str(input, 'Key', origin)))]
      case 'DeleteObject': {
        const key = str(input, 'Key', origin)
        return [
          req(input.VersionId ? 's3:DeleteObjectVersion' : 's3:DeleteObject', this.objectArn(bucket, key))
        ]
      }
      case 'DeleteObjects': {
        const objects = (input.Delete as { Objects?: { Key: string; VersionId?: string }[] })?.Objects ?? []
        return objects.map(o =>
          req(o.VersionId ? 's3:DeleteObjectVersion' : 's3:DeleteObject', this.objectArn(bucket, o.Key))
        )
      }
      case 'CopyObject':
      case 'UploadPartCopy': {
        const key = str(input, 'Key', origin)
        const source = parseCopySource(str(input, 'CopySource', origin))
        const target = this.objectArn(bucket, key)
        const reads = [
          req(
            source.versionId ? 's3:GetObjectVersion' : 's3:GetObject',
            this.objectArn(source.bucket, source.key)
          ),
          ...this.s3Kms(principal, origin, 'kms:Decrypt', source.bucket, source.key)
        ]
        if (command === 'UploadPartCopy') {
          // The part is encrypted under the upload's data key, which S3 decrypts for the caller.
          return [
            ...reads,
            req('s3:PutObject', target),
            ...this.s3Kms(principal, origin, 'kms:Decrypt', bucket, key)
          ]
        }
        return [
          ...reads,
          req('s3:PutObject', target, this.sseContext(input)),
          ...(noKms()
            ? []
            : this.s3Kms(principal, origin, 'kms:GenerateDataKey', bucket, key, this.writesWithKms(input)))
        ]
      }
      default:
        throw new Error(`no IAM mapping for S3 ${command}: add a row to __tests__/infra/iam/requests.ts`)
    }
  }

  private kms(principal: string, command: string, input: Input): IamRequest[] {
    const origin = `KMS ${command}`
    const keyId = input.KeyId
    if (typeof keyId !== 'string')
      throw new Error(
        `${origin} without KeyId: the key comes from the ciphertext and cannot be checked here; pass KeyId`
      )
    const context: Record<string, string | string[]> = {
      ...this.base(),
      'kms:CallerAccount': this.d.accountId
    }
    const ec = (input.EncryptionContext as Record<string, string> | undefined) ?? {}
    for (const [k, v] of Object.entries(ec)) context[`kms:EncryptionContext:${k}`] = v
    if (Object.keys(ec).length) context['kms:EncryptionContextKeys'] = Object.keys(ec)
    return [{ principal, action: `kms:${command}`, resource: this.stack.kmsKeyArn(keyId), origin, context }]
  }

  private secretArn(idOrName: string): string {
    if (idOrName.startsWith('arn:')) return idOrName
    for (const id of this.stack.resourceIds('AWS::SecretsManager::Secret')) {
      if (this.stack.property(id, 'Name') === idOrName) return this.stack.ref(id)
    }
    return `arn:${this.d.partition}:secretsmanager:${this.d.region}:${this.d.accountId}:secret:${idOrName}-AbCdEf`
  }

  private secretKmsKey(secretArn: string): string | undefined {
    for (const id of this.stack.resourceIds('AWS::SecretsManager::Secret')) {
      if (this.stack.ref(id) === secretArn) {
        const k = this.stack.property(id, 'KmsKeyId') as string | undefined
        return k ? this.stack.kmsKeyArn(k) : undefined
      }
    }
    return undefined
  }

  private secrets(principal: string, command: string, input: Input): IamRequest[] {
    const origin = `SecretsManager ${command}`
    const secret = this.secretArn(str(input, 'SecretId', origin))
    const out: IamRequest[] = [
      { principal, action: `secretsmanager:${command}`, resource: secret, origin, context: this.base() }
    ]
    const kmsAction =
      command === 'GetSecretValue'
        ? 'kms:Decrypt'
        : command === 'PutSecretValue' || command === 'UpdateSecret'
          ? 'kms:GenerateDataKey'
          : undefined
    const key = this.secretKmsKey(secret)
    if (kmsAction && key) {
      out.push({
        principal,
        action: kmsAction,
        resource: key,
        origin: `${origin} → KMS`,
        context: {
          ...this.base(),
          'kms:ViaService': `secretsmanager.${this.d.region}.amazonaws.com`,
          'kms:CallerAccount': this.d.accountId,
          'kms:EncryptionContext:SecretARN': secret,
          'kms:EncryptionContextKeys': ['SecretARN']
        }
      })
    }
    return out
  }

  private stackArn(nameOrId: string): string {
    if (nameOrId.startsWith('arn:')) return nameOrId
    if (nameOrId === this.d.stackName) return this.stack.stackId
    return `arn:${this.d.partition}:cloudformation:${this.d.region}:${this.d.accountId}:stack/${nameOrId}/00000000-0000-0000-0000-000000000000`
  }

  private sfn(principal: string, command: string, input: Input): IamRequest[] {
    const origin = `SFN ${command}`
    const resource =
      typeof input.executionArn === 'string'
        ? input.executionArn
        : typeof input.stateMachineArn === 'string'
          ? input.stateMachineArn
          : undefined
    if (!resource) throw new Error(`${origin}: no executionArn or stateMachineArn in the recorded input`)
    return [{ principal, action: `states:${command}`, resource, origin, context: this.base() }]
  }

  private cloudFormation(principal: string, command: string, input: Input): IamRequest[] {
    const origin = `CloudFormation ${command}`
    const resource = this.stackArn(str(input, 'StackName', origin))
    return [{ principal, action: `cloudformation:${command}`, resource, origin, context: this.base() }]
  }

  private arn(service: string, resource: string): string {
    return `arn:${this.d.partition}:${service}:${this.d.region}:${this.d.accountId}:${resource}`
  }

  private glue(principal: string, command: string, input: Input): IamRequest[] {
    const origin = `Glue ${command}`
    // Every Data Catalog call on a table or its partitions, single or batch (GetPartitions, BatchCreatePartition…).
    if (
      !/^(Get|Create|Update|Delete)(Table|Partition)$|^GetPartitions$|^Batch(Create|Get|Update|Delete)Partition$/.test(
        command
      )
    )
      throw new Error(`no IAM mapping for Glue ${command}: add a row to __tests__/infra/iam/requests.ts`)
    const database = str(input, 'DatabaseName', origin)
    const table =
      typeof input.TableName === 'string'
        ? input.TableName
        : typeof input.Name === 'string'
          ? input.Name
          : ((input.TableInput as { Name?: string } | undefined)?.Name ?? '')
    if (!table) throw new Error(`${origin}: the recorded input names no table`)
    if (input.CatalogId !== undefined && input.CatalogId !== this.d.accountId)
      throw new Error(`${origin}: CatalogId ${String(input.CatalogId)} is not this account's catalog`)
    return [
      this.arn('glue', 'catalog'),
      this.arn('glue', `database/${database}`),
      this.arn('glue', `table/${database}/${table}`)
    ].map(resource => ({ principal, action: `glue:${command}`, resource, origin, context: this.base() }))
  }

  private dynamoDb(principal: string, command: string, input: Input): IamRequest[] {
    const origin = `DynamoDB ${command}`
    if (!/^(Get|Put|Update|Delete)Item$/.test(command))
      throw new Error(`no IAM mapping for DynamoDB ${command}: add a row to __tests__/infra/iam/requests.ts`)
    const table = str(input, 'TableName', origin)
    const resource = table.startsWith('arn:') ? table : this.arn('dynamodb', `table/${table}`)
    return [{ principal, action: `dynamodb:${command}`, resource, origin, context: this.base() }]
  }

  /** SNS Publish (the action's failure notice): sns:Publish, and KMS through SNS for a topic with a key. */
  private sns(principal: string, command: string, input: Record<string, unknown>): IamRequest[] {
    const origin = `SNS ${command}`
    if (command !== 'Publish') throw new Error(`no IAM mapping for SNS ${command}`)
    const topic = str(input, 'TopicArn', origin)
    let key: string | undefined
    for (const id of this.stack.resourceIds('AWS::SNS::Topic')) {
      if (this.stack.ref(id) === topic) {
        const k = this.stack.property(id, 'KmsMasterKeyId') as string | undefined
        key = k ? this.stack.kmsKeyArn(k) : undefined
      }
    }
    const viaSns = {
      ...this.base(),
      'kms:ViaService': `sns.${this.d.region}.amazonaws.com`,
      'kms:CallerAccount': this.d.accountId,
      'kms:EncryptionContext:aws:sns:topicArn': topic
    }
    return [
      { principal, action: 'sns:Publish', resource: topic, origin, context: this.base() },
      ...(key
        ? (['kms:GenerateDataKey', 'kms:Decrypt'] as const).map(action => ({
            principal,
            action,
            resource: key,
            origin,
            context: viaSns
          }))
        : [])
    ]
  }

  /** The IAM requests behind one recorded SDK call. */
  requestsFor(call: RecordedCall): IamRequest[] {
    if (!call.principal) {
      throw new Error(
        `${call.client} ${call.command} was sent outside asPrincipal(): wrap the door that makes it, so its role is known`
      )
    }
    const command = call.command.replace(/Command$/, '')
    switch (call.client) {
      case 'S3Client':
        return this.s3(call.principal, command, call.input)
      case 'KMSClient':
        return this.kms(call.principal, command, call.input)
      case 'SecretsManagerClient':
        return this.secrets(call.principal, command, call.input)
      case 'SFNClient':
        return this.sfn(call.principal, command, call.input)
      case 'CloudFormationClient':
        return this.cloudFormation(call.principal, command, call.input)
      case 'GlueClient':
        return this.glue(call.principal, command, call.input)
      case 'DynamoDBClient':
        return this.dynamoDb(call.principal, command, call.input)
      case 'SNSClient':
        return this.sns(call.principal, command, call.input)
      default:
        throw new Error(
          `no IAM mapping for ${call.client} ${command}: add the service to __tests__/infra/iam/requests.ts`
        )
    }
  }
}
