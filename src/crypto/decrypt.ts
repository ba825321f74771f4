/**
 * Streaming OpenPGP decryption. `allowUnauthenticatedStream` lets openpgp emit plaintext before the integrity check
 * at the end of the message (otherwise it buffers the whole plaintext); the price is that a consumer sees bytes of
 * a message that may still fail. So nothing is committed until the stream ended cleanly: decryptFile writes a temp
 * file and renames it, the DecryptBatch Lambda completes its multipart upload only then.
 *
 * Inputs: armored or binary; SEIPDv1 (MDC), SEIPDv2 and the older AEAD packet rnp --aead writes; uncompressed or
 * compressed with zip, zlib or bzip2 (openpgp 6 decompresses all three as streams; bzip2 is about 3× slower).
 */
import { open } from 'node:fs/promises'
import { PassThrough, Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import * as openpgp from 'openpgp'
import type { PrivateKey } from 'openpgp'
import { UserError } from '../errors.js'
import { writeFileAtomically } from './encrypt.js'

/** Reads the first chunk to tell armored from binary, then hands back a stream with that chunk put back. */
async function sniff(input: Readable): Promise<{ armored: boolean; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]()
  const first = await iterator.next()
  const head: Buffer = first.done ? Buffer.alloc(0) : Buffer.from(first.value as Uint8Array)
  async function* replay() {
    if (head.length > 0) yield head
    for (;;) {
      const next = await iterator.next()
      if (next.done) return
      yield next.value as Uint8Array
    }
  }
  if (head.length === 0) throw new UserError('the input is empty: it is not an OpenPGP message')
  const armored = head.subarray(0, 64).toString('latin1').trimStart().startsWith('-----BEGIN PGP')
  return { armored, stream: Readable.from(replay(), { objectMode: false }) }
}

/** openpgp's messages → one line that says what happened and what to do. */
export function explainDecryptError(err: unknown, keyIds: string[] = []): UserError {
  if (err instanceof UserError) return err
  const message = err instanceof Error ? err.message : String(err)
  const first = message.split('\n')[0] ?? message
  if (/Modification detected|Authentication tag mismatch|Integrity check failed|MDC/i.test(first)) {
    return new UserError(
      'ciphertext failed the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again',
      { cause: err }
    )
  }
  if (/Key Data Integrity failed/i.test(first)) {
    return new UserError(
      "the message's encrypted session key is damaged (tampered or corrupted file): nothing was written; fetch the file again",
      { cause: err }
    )
  }
  if (
    /Session key decryption failed|No decryption key packets|Could not find (valid )?decryption key/i.test(
      first
    )
  ) {
    const to =
      keyIds.length === 0
        ? ''
        : ` (it is encrypted to key ID${keyIds.length > 1 ? 's' : ''} ${keyIds.join(', ')})`
    return new UserError(`no given private key can decrypt this message${to}: pass the matching --key`, {
      cause: err
    })
  }
  if (/Compression algorithm .* is not supported|Unsupported compression|bzip/i.test(first)) {
    return new UserError(
      `the message uses a compression this build cannot read (${first}): re-encrypt with zlib, zip or no compression (gpg --compress-algo zlib)`,
      { cause: err }
    )
  }
  if (
    /Unexpected end of packet|Error during parsing|Unknown packet|not a valid|Misformed armored text|Packet not allowed|Unsupported .*version|Unknown .*version/i.test(
      first
    )
  ) {
    return new UserError(`the input is not a complete OpenPGP message (${first}): check the file`, {
      cause: err
    })
  }
  return new UserError(`decryption failed: ${first}`, { cause: err })
}

export interface DecryptedStream {
  /**
   * The literal data, emitted before the integrity check at the end: commit it only once the stream ended without
   * error. Errors (an integrity failure included) arrive as a UserError on this stream.
   */
  stream: Readable
  /** Key IDs the message is encrypted to (uppercase hex), for messages and for picking a key. */
  keyIds: string[]
}

/**
 * Decrypts a streamed OpenPGP message (armored or binary). Rejects with a UserError when the message cannot be parsed
 * or no given key can decrypt it; later failures (integrity, truncation) error the returned stream.
 */
export async function decryptStream(input: Readable, keys: PrivateKey[]): Promise<DecryptedStream> {
  const { armored, stream } = await sniff(input)
  const web = Readable.toWeb(stream) as unknown as ReadableStream<Uint8Array>
  let message: openpgp.Message<ReadableStream<Uint8Array>>
  try {
    message = armored
      ? await openpgp.readMessage({
          armoredMessage: web.pipeThrough(
            new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>
          )
        })
      : await openpgp.readMessage({ binaryMessage: web })
  } catch (err) {
    stream.destroy()
    throw explainDecryptError(err)
  }
  const keyIds = message.getEncryptionKeyIDs().map(id => id.toHex().toUpperCase())
  let data: ReadableStream<Uint8Array>
  try {
    const result = await openpgp.decrypt({
      message,
      decryptionKeys: keys,
      format: 'binary',
      // Stream instead of buffering the whole plaintext; the integrity check then errors the stream at the end.
      config: { allowUnauthenticatedStream: true }
    })
    data = result.data as unknown as ReadableStream<Uint8Array>
  } catch (err) {
    stream.destroy()
    throw explainDecryptError(err, keyIds)
  }
  const source = Readable.fromWeb(data as unknown as WebReadableStream<Uint8Array>)
  const out = new PassThrough()
  source.on('error', err => out.destroy(explainDecryptError(err, keyIds)))
  // A consumer that gives up (destroys `out`) stops the decryption and the input behind it.
  out.once('close', () => {
    if (!source.destroyed) source.destroy()
  })
  source.pipe(out)
  // The integrity error can arrive before the consumer has attached its listeners (small messages decrypt at once):
  // without a listener that 'error' event would crash the process. The error is not lost: `out.errored` keeps it,
  // and pipeline() and async iteration report it to the consumer.
  out.on('error', () => {})
  return { stream: out, keyIds }
}

/**
 * Decrypts a stream to `outPath`, which appears only after the whole message, integrity check included, was read
 * and the data fsynced; on any failure neither it nor the temp file exists.
 */
export async function decryptToFile(
  input: Readable,
  outPath: string,
  keys: PrivateKey[]
): Promise<{ keyIds: string[] }> {
  let decrypted: DecryptedStream
  try {
    decrypted = await decryptStream(input, keys)
  } catch (err) {
    input.destroy()
    throw explainDecryptError(err)
  }
  try {
    await writeFileAtomically(decrypted.stream, outPath)
  } catch (err) {
    input.destroy()
    throw explainDecryptError(err, decrypted.keyIds)
  }
  return { keyIds: decrypted.keyIds }
}

/** decryptToFile for a file input; a missing input is named as such. */
export async function decryptFile(
  inPath: string,
  outPath: string,
  keys: PrivateKey[]
): Promise<{ keyIds: string[] }> {
  let handle
  try {
    handle = await open(inPath, 'r')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    throw new UserError(
      code === 'ENOENT'
        ? `encrypted input ${inPath} not found: fix the path`
        : `encrypted input ${inPath} cannot be read (${code ?? 'error'}): check its permissions`,
      { cause: err }
    )
  }
  return decryptToFile(handle.createReadStream(), outPath, keys)
}
