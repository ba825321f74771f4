/**
 * The native bulk path for the common message shape: PKESKs, then one SEIPDv1 packet (AES, MDC) holding a literal
 * data packet, bare or inside a ZIP/ZLIB compressed packet. openpgp.js decrypts the session key; node:crypto runs the
 * OpenPGP CFB (RFC 9580 §5.13.1: no resync for SEIPD, so plain CFB with a zero IV over the whole body) and the SHA-1
 * MDC, node:zlib inflates. That is ~4× openpgp.js's web-stream path.
 *
 * The decision is made before anything is consumed for good: the first bytes (≤ PEEK_LIMIT) are held, the session key
 * decrypted and a sample of the body deciphered (and inflated with a sync flush) to see the inner packets. Anything
 * else (SEIPDv2/AEAD, SED, SKESK, other ciphers, bzip2, signed messages, text literals, a failing session key…) is
 * handed back with the held bytes for openpgp.js to read, errors included.
 *
 * The plaintext still comes out before the MDC at the end is checked: the caller commits only on a clean end. A
 * framing or decompression error inside the encrypted data is held until the MDC was checked, so a tampered message
 * fails as an integrity failure, whatever its garbage looked like.
 */
import { createDecipheriv, createHash, timingSafeEqual, type Decipher, type Hash } from 'node:crypto'
import { Readable, type PassThrough } from 'node:stream'
import { constants, inflateRawSync, inflateSync } from 'node:zlib'
import * as openpgp from 'openpgp'
import type { PrivateKey } from 'openpgp'
import { inflateSink, literalSink } from './inner-packets.js'
import { BodyDeframer, PacketFormatError, PacketReader, readHeader } from './packets.js'

/** Held input while deciding; a message whose inner packets do not show up by then goes to openpgp.js. */
const PEEK_LIMIT = 1 << 20
/** Deciphered body bytes wanted before deciding (unless the message is shorter). */
const SAMPLE_BYTES = 16 * 1024

const TAG = { pkesk: 1, compressed: 8, literal: 11, seipd: 18 } as const
const CIPHERS: Record<string, { name: string; keyLength: number }> = {
  aes128: { name: 'aes-128-cfb', keyLength: 16 },
  aes192: { name: 'aes-192-cfb', keyLength: 24 },
  aes256: { name: 'aes-256-cfb', keyLength: 32 }
}
const BLOCK = 16
const MDC_LENGTH = 22

export interface FastPlan {
  cipher: string
  key: Buffer
  /** 0 none, 1 ZIP (raw deflate), 2 ZLIB. */
  compression: 0 | 1 | 2
  /** Offset of the SEIPD packet's header in the held bytes. */
  seipdAt: number
  keyIds: string[]
}

interface SessionKeyCache {
  key?: Promise<{ cipher: string; key: Buffer; keyIds: string[] } | null>
}

/** Decides on the held bytes: a plan, 'more' (hold more input first) or 'fallback' (openpgp.js reads it). */
export async function planFastPath(
  head: Buffer,
  ended: boolean,
  keys: PrivateKey[],
  cache: SessionKeyCache
): Promise<FastPlan | 'more' | 'fallback'> {
  const more = ended ? 'fallback' : 'more'
  let at = 0
  let seipd
  try {
    for (;;) {
      const header = readHeader(head, at)
      if (header === null) return more
      if (header.tag === TAG.seipd) {
        seipd = header
        break
      }
      if (header.tag !== TAG.pkesk || header.length.kind !== 'fixed') return 'fallback'
      if (at + header.size + header.length.length > head.length) return more
      at += header.size + header.length.length
    }
  } catch {
    return 'fallback'
  }
  if (at === 0) return 'fallback'
  const sample: Buffer[] = []
  const after = new BodyDeframer(seipd.length).push(head.subarray(at + seipd.size), sample)
  const body = Buffer.concat(sample)
  if (body.length < 1 + SAMPLE_BYTES && after === null && !ended) return 'more'
  if (body[0] !== 1) return 'fallback'
  cache.key ??= sessionKey(head.subarray(0, at), keys)
  const session = await cache.key
  if (session === null) return 'fallback'
  let plain = createDecipheriv(session.cipher, session.key, Buffer.alloc(BLOCK)).update(body.subarray(1))
  if (plain.length < BLOCK + 2 + MDC_LENGTH) return 'fallback'
  plain = plain.subarray(BLOCK + 2, after !== null || ended ? plain.length - MDC_LENGTH : plain.length)
  const inner = innerShape(plain)
  if (inner === 'fallback' || inner === 'more') return inner === 'more' ? more : 'fallback'
  return { cipher: session.cipher, key: session.key, compression: inner, seipdAt: at, keyIds: session.keyIds }
}

/** openpgp.js decrypts the session key from the PKESKs alone; any trouble (wrong key included) → null. */
async function sessionKey(
  pkesks: Buffer,
  keys: PrivateKey[]
): Promise<{ cipher: string; key: Buffer; keyIds: string[] } | null> {
  try {
    const message = await openpgp.readMessage({ binaryMessage: pkesks })
    const found = await openpgp.decryptSessionKeys({ message, decryptionKeys: keys })
    // Several candidates (hidden recipients tried with several keys): openpgp.decrypt picks the one that works.
    if (found.length !== 1) return null
    const { data, algorithm } = found[0]!
    const cipher = algorithm === null ? undefined : CIPHERS[algorithm]
    if (cipher === undefined || data.length !== cipher.keyLength) return null
    const keyIds = message.getEncryptionKeyIDs().map(id => id.toHex().toUpperCase())
    return { cipher: cipher.name, key: Buffer.from(data), keyIds }
  } catch {
    return null
  }
}

/** The inner packets at the start of the plaintext: a binary literal, bare (0) or compressed with ZIP (1) or ZLIB (2). */
function innerShape(plain: Buffer): 0 | 1 | 2 | 'more' | 'fallback' {
  try {
    const header = readHeader(plain, 0)
    if (header === null) return 'more'
    if (header.tag === TAG.literal) return isBinaryLiteral(plain) ? 0 : 'fallback'
    if (header.tag !== TAG.compressed) return 'fallback'
    const body: Buffer[] = []
    new BodyDeframer(header.length).push(plain.subarray(header.size), body)
    const compressed = Buffer.concat(body)
    if (compressed.length < 2) return 'more'
    const algorithm = compressed[0]
    if (algorithm !== 1 && algorithm !== 2) return 'fallback'
    const options = { finishFlush: constants.Z_SYNC_FLUSH }
    const data = compressed.subarray(1)
    const literal = algorithm === 1 ? inflateRawSync(data, options) : inflateSync(data, options)
    if (literal.length === 0) return 'more'
    return isBinaryLiteral(literal) ? algorithm : 'fallback'
  } catch {
    return 'fallback'
  }
}

/** A literal data packet of format 'b': its bytes are the file's, as openpgp.js hands them on. */
function isBinaryLiteral(bytes: Buffer): boolean {
  const header = readHeader(bytes, 0)
  return header !== null && header.tag === TAG.literal && bytes[header.size] === 0x62
}

function integrityError(why: string): Error {
  return new Error(`Modification detected: ${why}`)
}

/** The SEIPD packet: strips its framing, deciphers, skips the prefix, hashes and holds back the MDC packet. */
class SeipdBody {
  private readonly reader = new PacketReader(TAG.seipd, 'encrypted data')
  private readonly decipher: Decipher
  private readonly hash: Hash = createHash('sha1')
  private version = false
  private prefixLeft = BLOCK + 2
  private tail: Buffer = Buffer.alloc(0)

  constructor(plan: FastPlan) {
    this.decipher = createDecipheriv(plan.cipher, plan.key, Buffer.alloc(BLOCK))
  }

  /** Bytes after the packet: checked once the MDC is (openpgp.js too reports a failing MDC first). */
  trailing = false

  /** The packets inside (after the prefix, before the MDC) that `chunk` completes. */
  push(chunk: Buffer): Buffer[] {
    const body: Buffer[] = []
    const rest = this.reader.push(chunk, body)
    if (rest !== null && rest.length > 0) this.trailing = true
    const out: Buffer[] = []
    for (let piece of body) {
      if (!this.version) {
        if (piece.length === 0) continue
        piece = piece.subarray(1)
        this.version = true
      }
      const plain = this.decipher.update(piece)
      if (plain.length >= MDC_LENGTH) {
        this.emit(this.tail, out)
        this.emit(plain.subarray(0, plain.length - MDC_LENGTH), out)
        this.tail = plain.subarray(plain.length - MDC_LENGTH)
      } else {
        const joined = Buffer.concat([this.tail, plain])
        const cut = Math.max(0, joined.length - MDC_LENGTH)
        this.emit(joined.subarray(0, cut), out)
        this.tail = joined.subarray(cut)
      }
    }
    return out
  }

  private emit(plain: Buffer, out: Buffer[]): void {
    if (plain.length === 0) return
    this.hash.update(plain)
    if (this.prefixLeft > 0) {
      const skip = Math.min(this.prefixLeft, plain.length)
      this.prefixLeft -= skip
      plain = plain.subarray(skip)
    }
    if (plain.length > 0) out.push(plain)
  }

  /** Throws unless the packet ended and its MDC matches. */
  finish(): void {
    // openpgp.js's words for a message cut inside the packet.
    if (!this.reader.complete)
      throw new PacketFormatError('Unexpected end of packet: the encrypted data packet is cut short')
    const tail = this.tail
    if (this.prefixLeft > 0 || tail.length !== MDC_LENGTH || tail[0] !== 0xd3 || tail[1] !== 0x14) {
      throw integrityError('no MDC packet at the end of the encrypted data')
    }
    this.hash.update(tail.subarray(0, 2))
    if (!timingSafeEqual(this.hash.digest(), tail.subarray(2))) throw integrityError('the MDC does not match')
    if (this.trailing)
      throw new PacketFormatError('Error during parsing: data follows the encrypted data packet')
  }
}

/**
 * Decrypts the message the plan was made from: `head` (the held bytes) then the rest of the input, the literal data
 * into `out`. Resolves once the MDC matched and the literal data ended; `out` is then for the caller to end.
 */
export async function runFastPath(
  head: Buffer,
  rest: AsyncIterator<Uint8Array>,
  plan: FastPlan,
  out: PassThrough,
  onProgress: () => void
): Promise<void> {
  const seipd = new SeipdBody(plan)
  const inner = plan.compression === 0 ? literalSink(out) : inflateSink(plan.compression, out)
  let innerError: unknown = null
  const feed = async (chunk: Buffer) => {
    const pieces = seipd.push(chunk)
    if (innerError !== null || pieces.length === 0) return
    // Held until the MDC is checked: garbage from a tampered message must read as an integrity failure.
    await inner.write(pieces).catch((err: unknown) => void (innerError = err))
  }
  await feed(head.subarray(plan.seipdAt))
  while (!seipd.trailing) {
    if (out.destroyed) return
    const next = await rest.next()
    if (next.done === true) break
    onProgress()
    const value = next.value
    await feed(Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength))
  }
  seipd.finish()
  if (innerError !== null) throw innerError
  await inner.end()
}

/** The held bytes, then the rest of the input: for openpgp.js when the fast path does not apply. */
export function replay(head: Buffer, rest: AsyncIterator<Uint8Array>): Readable {
  async function* all() {
    if (head.length > 0) yield head
    for (;;) {
      const next = await rest.next()
      if (next.done === true) return
      yield next.value
    }
  }
  return Readable.from(all(), { objectMode: false })
}

/**
 * Holds the first bytes of a binary message until seipd-native.ts can tell whether its fast path applies: a plan with
 * the held bytes and the rest of the input, or a Readable of the whole input again for openpgp.js.
 */
export interface Peeked {
  plan: FastPlan
  head: Buffer
  rest: AsyncIterator<Uint8Array>
}

export async function peek(stream: Readable, keys: PrivateKey[]): Promise<Peeked | Readable> {
  const rest = stream[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>
  const chunks: Buffer[] = []
  let length = 0
  let ended = false
  const cache = {}
  for (;;) {
    const head = Buffer.concat(chunks, length)
    const plan = await planFastPath(head, ended, keys, cache)
    if (plan !== 'more') return plan === 'fallback' ? replay(head, rest) : { plan, head, rest }
    if (length >= PEEK_LIMIT) return replay(head, rest)
    const next = await rest.next()
    if (next.done === true) ended = true
    else {
      const value = next.value
      chunks.push(
        Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      )
      length += next.value.length
    }
  }
}
