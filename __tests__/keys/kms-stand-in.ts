/**
 * A stand-in for KMS behind aws-sdk-client-mock: GenerateDataKey returns a random data key and its "ciphertext"
 * (AES-GCM under a master key, the encryption context as associated data); Decrypt refuses another context or a
 * changed blob with InvalidCiphertextException, as KMS does.
 */
import {
  DecryptCommand,
  GenerateDataKeyCommand,
  type KMSClientResolvedConfig,
  type ServiceInputTypes,
  type ServiceOutputTypes
} from '@aws-sdk/client-kms'
import type { AwsStub } from 'aws-sdk-client-mock'
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

export type KmsMock = AwsStub<ServiceInputTypes, ServiceOutputTypes, KMSClientResolvedConfig>

function contextBytes(context: Record<string, string> | undefined): Buffer {
  return Buffer.from(JSON.stringify(Object.entries(context ?? {}).sort()))
}

export function installKmsStandIn(
  kmsMock: KmsMock,
  keyArn = 'arn:aws:kms:us-east-1:111122223333:key/wrap'
): void {
  const master = randomBytes(32)
  kmsMock.on(GenerateDataKeyCommand).callsFake(input => {
    if (input.KeySpec !== 'AES_256') throw new Error('KeySpec must be AES_256')
    const plaintext = randomBytes(32)
    const iv = randomBytes(12)
    const c = createCipheriv('aes-256-gcm', master, iv)
    c.setAAD(contextBytes(input.EncryptionContext))
    const body = Buffer.concat([c.update(plaintext), c.final()])
    return { KeyId: keyArn, Plaintext: plaintext, CiphertextBlob: Buffer.concat([iv, c.getAuthTag(), body]) }
  })
  kmsMock.on(DecryptCommand).callsFake(input => {
    if (input.KeyId && input.KeyId !== keyArn) {
      throw Object.assign(new Error('the key is not the one the ciphertext was made with'), {
        name: 'IncorrectKeyException'
      })
    }
    const blob = Buffer.from(input.CiphertextBlob as Uint8Array)
    const d = createDecipheriv('aes-256-gcm', master, blob.subarray(0, 12))
    d.setAAD(contextBytes(input.EncryptionContext))
    d.setAuthTag(blob.subarray(12, 28))
    try {
      return { KeyId: keyArn, Plaintext: Buffer.concat([d.update(blob.subarray(28)), d.final()]) }
    } catch {
      throw Object.assign(new Error(''), { name: 'InvalidCiphertextException' })
    }
  })
}
