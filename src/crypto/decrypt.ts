/**
 * Streaming OpenPGP decryption. `allowUnauthenticatedStream` lets openpgp emit plaintext before the integrity check
 * at the end of the message (otherwise it buffers the whole plaintext); the price is that a consumer sees bytes of
 * a message that may still fail. So nothing is committed until the stream ended cleanly: decryptFile writes a temp
 * file and renames it, the DecryptBatch Lambda completes its multipart upload only then.
 *
 * Inputs: armored or binary; SEIPDv1 (MDC), SEIPDv2 and the older AEAD packet rnp --aead writes; uncompressed or
 * compressed with zip, zlib or bzip2 (openpgp 6 decompresses all three as streams; bzip2 is about 3× slower).
 * Binary SEIPDv1 messages with AES and a binary literal, bare or zip/zlib-compressed, take the native path of
 * seipd-native.ts (same contract, ~4× faster); everything else, and every error before the body, is openpgp.js's.
 */
import { open } from 'node:fs/promises'
import { PassThrough, Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import * as openpgp from 'openpgp'
import type { PrivateKey } from 'openpgp'
import { UserError } from '../errors.js'
import { writeFileAtomically } from './encrypt.js'
import { peek, runFastPath, type Peeked } from './seipd-native.js'

/** When decryption last moved (input read or plaintext out), and whether a read of the input is under way. */
interface Progress {
  at: number
  reading: boolean
}

/** How many bytes at most are read to find the armor header: leading blank lines are allowed before it. */
const SNIFF_LIMIT = 4096
const ARMOR_HEADER = '-----BEGIN PGP'

/**
 * Reads the first bytes to tell armored from binary, then hands back a stream with them put back. A stream may
 * deliver the header across several small chunks (stdin, a network body): reads until the armor header can be seen.
 */
async function sniff(input: Readable, progress: Progress): Promise<{ armored: boolean; stream: Readable }> {
  const iterator = input[Symbol.asyncIterator]()
  const chunks: Buffer[] = []
  let length = 0
  let ended = false
  for (;;) {
    const text = Buffer.concat(chunks, length).subarray(0, SNIFF_LIMIT).toString('latin1').trimStart()
    if (text.length >= ARMOR_HEADER.length || length >= SNIFF_LIMIT) break
    const next = await iterator.next()
    if (next.done) {
      ended = true
      break
    }
    const chunk = Buffer.from(next.value as Uint8Array)
    chunks.push(chunk)
    length += chunk.length
  }
  const head = Buffer.concat(chunks, length)
  async function* replay() {
    if (head.length > 0) yield head
    if (ended) return
    for (;;) {
      progress.reading = true
      const next = await iterator.next()
      progress.reading = false
      progress.at = Date.now()
      if (next.done) return
      yield next.value as Uint8Array
    }
  }
  if (head.length === 0) throw new UserError('the input is empty: it is not an OpenPGP message')
  const armored = head.subarray(0, SNIFF_LIMIT).toString('latin1').trimStart().startsWith(ARMOR_HEADER)
  return { armored, stream: Readable.from(replay(), { objectMode: false }) }
}

/** openpgp's messages → one line that says what happened and what to do. */
export function explainDecryptError(err: unknown, keyIds: string[] = []): UserError {
  if (err instanceof UserError) return err
  // Errors from Node's own streams (zlib) may come from another realm than `Error` (vm contexts): read `.message`.
  const message =
    typeof (err as { message?: unknown } | null)?.message === 'string'
      ? (err as { message: string }).message
      : String(err)
  const first = message.split('\n')[0] ?? message
  if (/Modification detected|Authentication tag mismatch|Integrity check failed|MDC/i.test(first)) {
    return new UserError(
      'ciphertext failed the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again',
      { cause: err }
    )
  }
  // The compressed packet sits inside the integrity-protected packet: data that does not decompress was altered
  // (the decompressor fails before the integrity check at the end of the message is reached).
  if (isCorruptCompressedData(err, first)) {
    return new UserError(
      `ciphertext is damaged (its compressed data is corrupt: ${first}), so it cannot pass the OpenPGP integrity check (tampered or truncated): nothing was written; fetch the file again`,
      { cause: err }
    )
  }
  // RSA/ElGamal session-key decryption (bad padding or checksum) and AES key unwrap (ECDH) of a PKESK that was altered.
  if (/Key Data Integrity failed|\bDecryption error\b/.test(first)) {
    // Hidden recipients (gpg --throw-keyids, -R): the key ID is zero and openpgp tries every key, so a wrong key
    // fails here too.
    if (keyIds.length > 0 && keyIds.every(id => /^0+$/.test(id))) {
      return new UserError(
        'no given private key can decrypt this message (its recipients are hidden, gpg --throw-keyids; every given key was tried), or its encrypted session key is damaged: pass the matching --key',
        { cause: err }
      )
    }
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
  if (
    /Compression algorithm .* is not supported|Unsupported compression|decompression not supported/i.test(
      first
    )
  ) {
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

/**
 * A decompressor's data error: zlib/deflate (Node's zlib codes, or fflate's messages when openpgp falls back to it)
 * or bzip2 (unbzip2-stream's messages).
 */
function isCorruptCompressedData(err: unknown, first: string): boolean {
  const code = (err as { code?: unknown } | null)?.code
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return true
  return /^(Error in bzip2|Invalid bzip data|No magic number found|Not a BZIP archive|input stream ended prematurely)|^(incorrect (data|header|length) check|invalid (block type|distance|stored block|code|literal|bit length|window size|zlib data|length\/literal|dictionary)|unexpected EOF|unknown compression method|too many length or distance symbols)/i.test(
    first.replace(/^(Error( decrypting message)?: )+/, '')
  )
}

export interface DecryptedStream {
  /**
   * The literal data, emitted before the integrity check at the end: commit it only once the stream ended without
   * error. Errors (an integrity failure included) arrive as a UserError on this stream.
   */
  stream: Readable
  /** Key IDs the message is encrypted to (uppercase hex), for messages and for picking a key. */
  keyIds: string[]
  /** Which decrypted it: the native SEIPDv1 path (seipd-native.ts) or openpgp.js. */
  engine: 'native' | 'openpgp.js'
}

export interface DecryptOptions {
  /**
   * Fail after this long without progress while openpgp is awaited (default 15 s). openpgp.js 6.3 deadlocks on some
   * damaged bzip2 data: its bzip2 decoder stops reading after the error, which openpgp holds back until the rest of
   * the message was read. Nothing is pending then, so without this watchdog the CLI exits 0 with no output.
   */
  stallMs?: number
}

const DEFAULT_STALL_MS = 15_000

function stallError(stallMs: number): UserError {
  return new UserError(
    `decryption made no progress for ${Math.round(stallMs / 1000)} s: the message is damaged (tampered or truncated; openpgp.js stalls on some corrupt bzip2 data instead of failing its integrity check): nothing was written; fetch the file again`
  )
}

/**
 * Runs the native path into `out`: ends it once the MDC matched, errors it (a UserError) otherwise. A consumer that
 * gives up (destroys `out`) stops the decryption and the input.
 */
function startNative(
  peeked: Peeked,
  input: Readable,
  out: PassThrough,
  stopWatching: () => void,
  onProgress: () => void
): void {
  const { plan, head, rest } = peeked
  out.once('close', () => {
    stopWatching()
    input.destroy()
  })
  // As for openpgp.js's path below: an error before the consumer listens must not crash the process.
  out.on('error', () => {})
  runFastPath(head, rest, plan, out, onProgress).then(
    () => {
      stopWatching()
      if (!out.destroyed) out.end()
    },
    (err: unknown) => {
      stopWatching()
      out.destroy(explainDecryptError(err, plan.keyIds))
    }
  )
}

/**
 * Decrypts a streamed OpenPGP message (armored or binary). Rejects with a UserError when the message cannot be parsed
 * or no given key can decrypt it; later failures (integrity, truncation) error the returned stream.
 */
export async function decryptStream(
  input: Readable,
  keys: PrivateKey[],
  options: DecryptOptions = {}
): Promise<DecryptedStream> {
  const progress: Progress = { at: Date.now(), reading: false }
  const { armored, stream } = await sniff(input, progress)

  // The watchdog: first openpgp's parsing and decryption are awaited (`stalled` rejects), then `out` is watched.
  const stallMs = options.stallMs ?? DEFAULT_STALL_MS
  const out = new PassThrough()
  let onStall: (err: UserError) => void = () => {}
  const stalled = new Promise<never>((_, reject) => (onStall = reject))
  stalled.catch(() => {})
  const watchdog = setInterval(
    () => {
      const now = Date.now()
      // A consumer that does not read (data waits in `out`) or an input slow to deliver is not a stall. A consumer
      // that stopped reading is the consumer's business: the timer does not hold the process for it. Otherwise the
      // timer stays referenced, including while the input is read: when openpgp deadlocks right after a read, the
      // loop must not empty (and end the process without this message) before the next tick sees the stall.
      if (out.writableNeedDrain || out.readableLength > 0) {
        progress.at = now
        watchdog.unref()
        return
      }
      watchdog.ref()
      if (progress.reading) {
        progress.at = now
        return
      }
      if (now - progress.at < stallMs) return
      clearInterval(watchdog)
      input.destroy()
      onStall(stallError(stallMs))
    },
    Math.min(1000, stallMs)
  )
  const stopWatching = () => clearInterval(watchdog)

  let encrypted = stream
  if (!armored) {
    let peeked: Peeked | Readable
    try {
      peeked = await Promise.race([peek(stream, keys), stalled])
    } catch (err) {
      stopWatching()
      stream.destroy()
      throw explainDecryptError(err)
    }
    if (!(peeked instanceof Readable)) {
      onStall = err => out.destroy(err)
      startNative(peeked, stream, out, stopWatching, () => void (progress.at = Date.now()))
      return { stream: out, keyIds: peeked.plan.keyIds, engine: 'native' }
    }
    encrypted = peeked
  }
  const web = Readable.toWeb(encrypted) as unknown as ReadableStream<Uint8Array>

  let message: openpgp.Message<ReadableStream<Uint8Array>>
  try {
    message = await Promise.race([
      armored
        ? openpgp.readMessage({
            armoredMessage: web.pipeThrough(
              new TextDecoderStream() as unknown as ReadableWritablePair<string, Uint8Array>
            )
          })
        : openpgp.readMessage({ binaryMessage: web }),
      stalled
    ])
  } catch (err) {
    stopWatching()
    stream.destroy()
    throw explainDecryptError(err)
  }
  const keyIds = message.getEncryptionKeyIDs().map(id => id.toHex().toUpperCase())
  let data: ReadableStream<Uint8Array>
  try {
    const result = await Promise.race([
      openpgp.decrypt({
        message,
        decryptionKeys: keys,
        format: 'binary',
        // Stream instead of buffering the whole plaintext; the integrity check then errors the stream at the end.
        config: { allowUnauthenticatedStream: true }
      }),
      stalled
    ])
    data = result.data as unknown as ReadableStream<Uint8Array>
  } catch (err) {
    stopWatching()
    stream.destroy()
    throw explainDecryptError(err, keyIds)
  }
  const source = Readable.fromWeb(data as unknown as WebReadableStream<Uint8Array>)
  onStall = err => out.destroy(err)
  source.on('error', err => out.destroy(explainDecryptError(err, keyIds)))
  source.on('data', () => void (progress.at = Date.now()))
  source.once('end', stopWatching)
  // A consumer that gives up (destroys `out`) stops the decryption and the input behind it.
  out.once('close', () => {
    stopWatching()
    if (!source.destroyed) source.destroy()
  })
  source.pipe(out)
  // The integrity error can arrive before the consumer has attached its listeners (small messages decrypt at once):
  // without a listener that 'error' event would crash the process. The error is not lost: `out.errored` keeps it,
  // and pipeline() and async iteration report it to the consumer.
  out.on('error', () => {})
  return { stream: out, keyIds, engine: 'openpgp.js' }
}

/**
 * Decrypts a stream to `outPath`, which appears only after the whole message, integrity check included, was read
 * and the data fsynced; on any failure neither it nor the temp file exists.
 */
export async function decryptToFile(
  input: Readable,
  outPath: string,
  keys: PrivateKey[],
  options: DecryptOptions = {}
): Promise<{ keyIds: string[] }> {
  let decrypted: DecryptedStream
  try {
    decrypted = await decryptStream(input, keys, options)
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
  keys: PrivateKey[],
  options: DecryptOptions = {}
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
  return decryptToFile(handle.createReadStream(), outPath, keys, options)
}
