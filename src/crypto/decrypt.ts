/**
 * Streaming OpenPGP decryption. `allowUnauthenticatedStream` lets openpgp emit plaintext before the integrity check
 * at the end of the message (otherwise it buffers the whole plaintext); the price is that a consumer sees bytes of
 * a message that may still fail. So nothing is committed until the stream ended cleanly: decryptFile writes a temp
 * file and renames it, the DecryptBatch Lambda completes its multipart upload only then.
 */
import { createReadStream, createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { PassThrough, Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import * as openpgp from 'openpgp'
import type { PrivateKey } from 'openpgp'
import { UserError } from '../errors.js'
import { partialPath } from './encrypt.js'

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
  const message = err instanceof Error ? err.message : String(err)
  const first = message.split('\n')[0] ?? message
  if (/Modification detected|Authentication tag mismatch|MDC|integrity|tag/i.test(first)) {
    return new UserError(
      'ciphertext failed the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again',
      { cause: err }
    )
  }
  if (
    /Session key decryption failed|No decryption key packets|Could not find (valid )?decryption key/i.test(
      first
    )
  ) {
    const to = keyIds.length > 0 ? ` (it is encrypted to key ID ${keyIds.join(', ')})` : ''
    return new UserError(`no given private key can decrypt this message${to}: pass the matching --key`, {
      cause: err
    })
  }
  if (
    /Unexpected end of packet|Error during parsing|Unknown packet|not a valid|Misformed armored text|Packet not allowed/i.test(
      first
    )
  ) {
    return new UserError(`the input is not a complete OpenPGP message (${first}): check the file`, {
      cause: err
    })
  }
  if (/Compression algorithm .* is not supported|bzip2/i.test(first)) {
    return new UserError(
      `the message uses an unsupported compression (${first}): re-encrypt with zlib, zip or no compression (gpg --compress-algo zlib)`,
      { cause: err }
    )
  }
  return new UserError(`decryption failed: ${first}`, { cause: err })
}

export interface DecryptedStream {
  /** The literal data. Errors (integrity failure included) arrive as a UserError on this stream. */
  stream: Readable
  /** Key IDs the message is encrypted to (hex), for messages and for picking a key. */
  keyIds: string[]
}

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
    throw explainDecryptError(err)
  }
  const keyIds = message.getEncryptionKeyIDs().map(id => id.toHex().toUpperCase())
  let data: ReadableStream<Uint8Array>
  try {
    const result = await openpgp.decrypt({
      message,
      decryptionKeys: keys,
      format: 'binary',
      config: { allowUnauthenticatedStream: true }
    })
    data = result.data as unknown as ReadableStream<Uint8Array>
  } catch (err) {
    throw explainDecryptError(err, keyIds)
  }
  const source = Readable.fromWeb(data as unknown as WebReadableStream<Uint8Array>)
  const out = new PassThrough()
  source.on('error', err => out.destroy(explainDecryptError(err, keyIds)))
  source.pipe(out)
  return { stream: out, keyIds }
}

/**
 * Decrypts a file to `outPath`, which appears only after the integrity check passed; on any failure neither it nor
 * the temp file exists.
 */
export async function decryptFile(
  inPath: string,
  outPath: string,
  keys: PrivateKey[]
): Promise<{ keyIds: string[] }> {
  const temp = partialPath(outPath)
  try {
    const { stream, keyIds } = await decryptStream(createReadStream(inPath), keys)
    const sink = createWriteStream(temp, { flags: 'wx', mode: 0o600 })
    await pipeline(stream, sink)
    await rename(temp, outPath)
    return { keyIds }
  } catch (err) {
    await rm(temp, { force: true })
    throw err instanceof UserError ? err : explainDecryptError(err)
  }
}
