/**
 * Streaming OpenPGP encryption with openpgp.js 6. Node streams go in and out through the WHATWG stream adapters
 * (openpgp 6 rejects Node streams). SEIPDv1 is the default because gpg 2.2 and rnp 0.16 cannot read SEIPDv2.
 *
 * openpgp picks SEIPDv2 on its own whenever every recipient key advertises it, whatever `config.aeadProtect` says.
 * To make the choice ours, the session key is generated first and its AEAD algorithm set (or removed) explicitly.
 */
import { randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import * as openpgp from 'openpgp'
import type { PublicKey } from 'openpgp'

export interface EncryptOptions {
  /** SEIPDv2 (AEAD, OCB) instead of SEIPDv1. Only newer peers (gpg ≥ 2.5, rnp ≥ 0.18, Sequoia) read it. */
  aead?: boolean
  /**
   * An OpenPGP compressed-data packet (zlib) inside the encryption, for `encrypt --compress`. Uploads do not use it:
   * they gzip with Node's zlib first (openpgp's compression ignores backpressure and holds hundreds of MB).
   */
  compress?: boolean
}

export async function encryptStream(
  input: Readable,
  recipients: PublicKey[],
  options: EncryptOptions = {}
): Promise<Readable> {
  const generated = await openpgp.generateSessionKey({ encryptionKeys: recipients })
  const sessionKey = options.aead
    ? {
        data: generated.data,
        algorithm: generated.algorithm,
        aeadAlgorithm: generated.aeadAlgorithm ?? 'ocb'
      }
    : { data: generated.data, algorithm: generated.algorithm }
  const message = await openpgp.createMessage({
    binary: Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>,
    format: 'binary'
  })
  const encrypted = await openpgp.encrypt({
    message,
    encryptionKeys: recipients,
    sessionKey: sessionKey as openpgp.SessionKey,
    format: 'binary',
    config: {
      preferredCompressionAlgorithm: options.compress
        ? openpgp.enums.compression.zlib
        : openpgp.enums.compression.uncompressed
    }
  })
  return Readable.fromWeb(encrypted as unknown as WebReadableStream<Uint8Array>)
}

/** Temporary sibling of `out`, renamed into place only after the whole write succeeded. */
export function partialPath(out: string): string {
  return `${out}.partial-${randomBytes(4).toString('hex')}`
}

/** Encrypts a file; `outPath` appears only when complete (a failure leaves neither it nor a temp file). */
export async function encryptFile(
  inPath: string,
  outPath: string,
  recipients: PublicKey[],
  options: EncryptOptions = {}
): Promise<void> {
  const temp = partialPath(outPath)
  try {
    const encrypted = await encryptStream(createReadStream(inPath), recipients, options)
    await pipeline(encrypted, createWriteStream(temp, { flags: 'wx', mode: 0o600 }))
    await rename(temp, outPath)
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  }
}
