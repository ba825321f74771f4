/**
 * Streaming OpenPGP encryption with openpgp.js 6. Node streams go in and out through the WHATWG stream adapters
 * (openpgp 6 rejects Node streams). SEIPDv1 is the default because gpg 2.2 and rnp 0.16 cannot read SEIPDv2.
 *
 * openpgp picks SEIPDv2 on its own whenever every recipient key advertises it, whatever `config.aeadProtect` says.
 * To make the choice ours, the session key is generated first and its AEAD algorithm set (or removed) explicitly.
 *
 * SEIPDv1 with an AES session key and no OpenPGP compression (every upload) takes the native path: openpgp.js writes
 * the PKESK packets, encrypt-native.ts the body on node:crypto. SEIPDv2 and `--compress` stay on openpgp.js.
 */
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline as pipeStreams, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import * as openpgp from 'openpgp'
import type { PublicKey } from 'openpgp'
import { UserError } from '../errors.js'
import { trackTempFile } from '../temp-files.js'
import { NATIVE_CIPHERS, SeipdV1Encryptor } from './encrypt-native.js'

export interface EncryptOptions {
  /** SEIPDv2 (AEAD, OCB) instead of SEIPDv1. Only newer peers (gpg ≥ 2.5, rnp ≥ 0.18, Sequoia) read it. */
  aead?: boolean
  /**
   * An OpenPGP compressed-data packet (zlib) inside the encryption, for `encrypt --compress`. Uploads do not use it:
   * they gzip with Node's zlib first (openpgp's compression ignores backpressure and holds hundreds of MB).
   */
  compress?: boolean
}

/** A Node Readable of one binary OpenPGP message of the input's bytes, encrypted to every recipient. */
export async function encryptStream(
  input: Readable,
  recipients: PublicKey[],
  options: EncryptOptions = {}
): Promise<Readable> {
  if (recipients.length === 0) throw new UserError('no recipient key to encrypt to: pass at least one')
  // The keys take a few event-loop turns: an input failing meanwhile (a missing file) stays on the stream (errored)
  // for the pipeline attached below, instead of becoming an uncaught 'error' event.
  const holdEarlyError = () => {}
  input.on('error', holdEarlyError)
  try {
    return await encryptAttached(input, recipients, options)
  } finally {
    input.off('error', holdEarlyError)
  }
}

async function encryptAttached(
  input: Readable,
  recipients: PublicKey[],
  options: EncryptOptions
): Promise<Readable> {
  const aead = options.aead === true
  const generated = await openpgp.generateSessionKey({
    encryptionKeys: recipients,
    config: { aeadProtect: aead }
  })
  const sessionKey: openpgp.SessionKey = aead
    ? {
        data: generated.data,
        algorithm: generated.algorithm,
        aeadAlgorithm: generated.aeadAlgorithm ?? 'ocb'
      }
    : { data: generated.data, algorithm: generated.algorithm }
  // SEIPDv1 without OpenPGP compression (every upload): openpgp.js writes the PKESKs, node:crypto the body.
  if (!aead && !options.compress && NATIVE_CIPHERS[sessionKey.algorithm]) {
    const keyPackets = await openpgp.encryptSessionKey({
      ...sessionKey,
      encryptionKeys: recipients,
      format: 'binary'
    })
    const encryptor = new SeipdV1Encryptor({
      algorithm: sessionKey.algorithm,
      key: sessionKey.data,
      keyPackets
    })
    // pipeline destroys both ends on a failure: an input error fails the ciphertext, a stopped consumer the input.
    // The error stays on the stream for its consumer (pipeline, async iteration), which may attach only later.
    encryptor.on('error', () => {})
    return pipeStreams(input, encryptor, () => {})
  }
  const message = await openpgp.createMessage({
    binary: Readable.toWeb(input) as unknown as ReadableStream<Uint8Array>,
    format: 'binary'
  })
  const encrypted = await openpgp.encrypt({
    message,
    encryptionKeys: recipients,
    sessionKey,
    format: 'binary',
    config: {
      aeadProtect: aead,
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

/**
 * Writes `source` to `outPath` all or nothing: a temp sibling (created exclusively, mode 0600) is written, fsynced
 * (`flush`), closed and renamed over `outPath`. On any failure (the source erroring included) the temp file is
 * closed and removed, and `outPath` is left as it was.
 */
export async function writeFileAtomically(source: Readable, outPath: string): Promise<void> {
  const temp = partialPath(outPath)
  // Tracked, so the CLI removes it on a signal too (a decryption's temp file is unauthenticated plaintext).
  const release = trackTempFile(temp)
  try {
    await writeTemp(source, temp, outPath)
  } finally {
    release()
  }
}

async function writeTemp(source: Readable, temp: string, outPath: string): Promise<void> {
  const sink = createWriteStream(temp, { flags: 'wx', mode: 0o600, flush: true })
  try {
    await once(sink, 'ready')
  } catch (err) {
    source.destroy()
    const code = (err as NodeJS.ErrnoException).code ?? 'error'
    throw new UserError(
      `cannot create ${outPath} (${code} on its temp file ${path.basename(temp)}): check that the directory exists and is writable`,
      { cause: err }
    )
  }
  try {
    await pipeline(source, sink)
    await rename(temp, outPath)
  } catch (err) {
    source.destroy()
    // pipeline rejects as soon as a stream errors, before the file is closed: remove it only once it is closed.
    if (!sink.closed) {
      sink.destroy()
      await once(sink, 'close').catch(() => undefined)
    }
    await rm(temp, { force: true })
    throw err
  }
}

/** Encrypts a file; `outPath` appears only when complete (a failure leaves neither it nor a temp file). */
export async function encryptFile(
  inPath: string,
  outPath: string,
  recipients: PublicKey[],
  options: EncryptOptions = {}
): Promise<void> {
  const encrypted = await encryptStream(createReadStream(inPath), recipients, options)
  try {
    await writeFileAtomically(encrypted, outPath)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && (err as NodeJS.ErrnoException).path === inPath) {
      throw new UserError(`input ${inPath} not found: fix the path`, { cause: err })
    }
    throw err
  }
}
