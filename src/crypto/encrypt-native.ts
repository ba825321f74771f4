/**
 * The native bulk path for encryption, the mirror of seipd-native.ts: openpgp.js makes the session key and its PKESK
 * packets (every key type it supports), node:crypto streams the SEIPDv1 body. openpgp.js's web streams cost ~10× the
 * cipher's own work per byte; on a 2-core runner that CPU is taken from the parallel gzip.
 *
 * Output, byte for byte the shape openpgp.js writes (RFC 4880 §5.13, RFC 9580 §5.13.1):
 *   PKESK… ‖ tag 18 (partial lengths): 0x01 ‖ CFB( prefix ‖ literal ‖ MDC )
 *   prefix  = 16 random bytes ‖ their last two again (the quick check)
 *   literal = tag 11 (partial lengths): 'b' ‖ 0 (no filename) ‖ date (4 bytes) ‖ data
 *   MDC     = 0xD3 0x14 ‖ SHA-1(prefix ‖ literal ‖ 0xD3 0x14)
 * CFB is plain CFB-128 with a zero IV over the whole body: SEIPD has no resync step.
 */
import { createCipheriv, createHash, randomBytes, type Cipher, type Hash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'

/** OpenPGP symmetric algorithm names (openpgp.js's) this path encrypts with, as node:crypto ciphers. */
export const NATIVE_CIPHERS: Readonly<Record<string, { name: string; keyLength: number }>> = {
  aes128: { name: 'aes-128-cfb', keyLength: 16 },
  aes192: { name: 'aes-192-cfb', keyLength: 24 },
  aes256: { name: 'aes-256-cfb', keyLength: 32 }
}

const BLOCK = 16
const TAG = { literal: 11, seipd: 18, mdc: 19 } as const
/** Partial body lengths of 1 MiB: one header byte per MiB, and at most ~2 MiB held by the two framers. */
export const DEFAULT_PARTIAL = 1 << 20

/** A definite new-format body length (RFC 4880 §4.2.2.1–3). */
export function definiteLength(n: number): Buffer {
  if (n < 192) return Buffer.of(n)
  if (n < 8384) return Buffer.of(((n - 192) >> 8) + 192, (n - 192) & 0xff)
  const b = Buffer.alloc(5)
  b[0] = 255
  b.writeUInt32BE(n, 1)
  return b
}

/**
 * Cuts a packet body of unknown length into partial pieces of `chunk` bytes (a power of two ≥ 512: the first piece
 * must hold at least 512 bytes) and a definite-length last piece. A piece is written only when more bytes follow it,
 * so the last piece is never empty (a zero-length end is legal but some readers have choked on it).
 */
class PartialFramer {
  private held: Buffer[] = []
  private heldBytes = 0
  private readonly header: Buffer

  constructor(
    private readonly chunk: number,
    private readonly emit: (b: Buffer) => void
  ) {
    this.header = Buffer.of(224 + Math.log2(chunk))
  }

  push(b: Buffer): void {
    if (b.length === 0) return
    this.held.push(b)
    this.heldBytes += b.length
    while (this.heldBytes > this.chunk) this.piece()
  }

  private piece(): void {
    this.emit(this.header)
    let left = this.chunk
    while (left > 0) {
      const b = this.held[0]!
      if (b.length <= left) {
        this.emit(b)
        this.held.shift()
        left -= b.length
      } else {
        this.emit(b.subarray(0, left))
        this.held[0] = b.subarray(left)
        left = 0
      }
    }
    this.heldBytes -= this.chunk
  }

  end(): void {
    this.emit(definiteLength(this.heldBytes))
    for (const b of this.held) this.emit(b)
    this.held = []
    this.heldBytes = 0
  }
}

export interface SeipdEncryptorOptions {
  /** openpgp.js's algorithm name: aes128, aes192 or aes256. */
  algorithm: string
  key: Uint8Array
  /** The PKESK packets (openpgp.encryptSessionKey's binary output), written first. */
  keyPackets: Uint8Array
  /** The literal packet's date; default now. */
  date?: Date
  /** Partial body length; a power of two from 512 to 2^30. Default 1 MiB. */
  partialLength?: number
}

/** A Transform from plaintext to one binary OpenPGP message (PKESKs + SEIPDv1 with MDC). */
export class SeipdV1Encryptor extends Transform {
  private readonly cipher: Cipher
  private readonly mdc: Hash = createHash('sha1')
  private readonly outer: PartialFramer
  private readonly literal: PartialFramer

  constructor(o: SeipdEncryptorOptions) {
    super()
    const spec = NATIVE_CIPHERS[o.algorithm]
    if (!spec) throw new Error(`native encryption does not support ${o.algorithm}`)
    if (o.key.length !== spec.keyLength)
      throw new Error(`a ${o.algorithm} session key has ${spec.keyLength} bytes, not ${o.key.length}`)
    const chunk = o.partialLength ?? DEFAULT_PARTIAL
    if (!Number.isInteger(Math.log2(chunk)) || chunk < 512 || chunk > 2 ** 30)
      throw new Error(`partial length ${chunk} is not a power of two from 512 to 2^30`)
    this.cipher = createCipheriv(spec.name, o.key, Buffer.alloc(BLOCK))
    this.push(Buffer.from(o.keyPackets))
    this.push(Buffer.of(0xc0 | TAG.seipd))
    this.outer = new PartialFramer(chunk, b => this.push(b))
    this.outer.push(Buffer.of(1))
    // The literal packet's bytes are hashed for the MDC and enciphered; the cipher's output is framed.
    this.literal = new PartialFramer(chunk, b => this.seal(b))
    const prefix = randomBytes(BLOCK + 2)
    prefix[BLOCK] = prefix[BLOCK - 2]!
    prefix[BLOCK + 1] = prefix[BLOCK - 1]!
    this.seal(prefix)
    this.seal(Buffer.of(0xc0 | TAG.literal))
    const head = Buffer.alloc(6)
    head[0] = 0x62 // 'b': binary
    head[1] = 0 // no filename
    head.writeUInt32BE(Math.floor((o.date ?? new Date()).getTime() / 1000), 2)
    this.literal.push(head)
  }

  /** Plaintext of the SEIPD body: hashed for the MDC, enciphered, framed. */
  private seal(b: Buffer): void {
    this.mdc.update(b)
    this.outer.push(this.cipher.update(b))
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.literal.push(chunk)
    done()
  }

  override _flush(done: TransformCallback): void {
    this.literal.end()
    // The MDC packet's header is part of what the MDC hashes; its hash value is enciphered but not hashed.
    this.seal(Buffer.of(0xc0 | TAG.mdc, 20))
    this.outer.push(this.cipher.update(this.mdc.digest()))
    this.outer.push(this.cipher.final())
    this.outer.end()
    done()
  }
}
