/**
 * OpenPGP packet framing (RFC 9580 §4.2) for the native SEIPDv1 path: headers in the old and new formats, and
 * bodies of a fixed length, of partial lengths (new format) or running to the end of their input (old format).
 * Everything here works on chunks as they arrive: a header or a length may be split across two chunks.
 */

export type BodyLength =
  { kind: 'fixed'; length: number } | { kind: 'partial'; length: number } | { kind: 'open' }

export interface PacketHeader {
  tag: number
  /** Bytes of the header itself (tag and length octets). */
  size: number
  length: BodyLength
}

/** Framing that is not OpenPGP: the bytes were damaged, or are not a message. */
export class PacketFormatError extends Error {}

const EMPTY = Buffer.alloc(0)

/** A new-format length at buf[at]; null when buf ends before it does. */
export function readNewLength(buf: Buffer, at: number): { length: BodyLength; size: number } | null {
  if (at >= buf.length) return null
  const o1 = buf[at]!
  if (o1 < 192) return { length: { kind: 'fixed', length: o1 }, size: 1 }
  if (o1 < 224) {
    if (at + 1 >= buf.length) return null
    return { length: { kind: 'fixed', length: ((o1 - 192) << 8) + buf[at + 1]! + 192 }, size: 2 }
  }
  if (o1 < 255) return { length: { kind: 'partial', length: 1 << (o1 & 0x1f) }, size: 1 }
  if (at + 4 >= buf.length) return null
  return { length: { kind: 'fixed', length: buf.readUInt32BE(at + 1) }, size: 5 }
}

/** The packet header at buf[at]; null when buf ends before it does. */
export function readHeader(buf: Buffer, at: number): PacketHeader | null {
  if (at >= buf.length) return null
  const b = buf[at]!
  if ((b & 0x80) === 0)
    throw new PacketFormatError(`Error during parsing: 0x${b.toString(16)} is not a packet tag`)
  if (b & 0x40) {
    const l = readNewLength(buf, at + 1)
    return l && { tag: b & 0x3f, size: 1 + l.size, length: l.length }
  }
  const tag = (b >> 2) & 0x0f
  const type = b & 3
  if (type === 3) return { tag, size: 1, length: { kind: 'open' } }
  const n = type === 0 ? 1 : type === 1 ? 2 : 4
  if (at + n >= buf.length) return null
  return { tag, size: 1 + n, length: { kind: 'fixed', length: buf.readUIntBE(at + 1, n) } }
}

/** Strips a packet body's framing: hands on the body bytes and tells where the body ends. */
export class BodyDeframer {
  private remaining: number
  private partial: boolean
  private readonly open: boolean
  /** Length octets of the next partial segment when a chunk ended inside them. */
  private lengthBytes: Buffer | null = null

  constructor(length: BodyLength) {
    this.open = length.kind === 'open'
    this.partial = length.kind === 'partial'
    this.remaining = length.kind === 'open' ? 0 : length.length
  }

  /** The body is whole: its last segment was read, or (open-ended body) whatever the input held is the body. */
  get complete(): boolean {
    return this.open || (this.remaining === 0 && !this.partial && this.lengthBytes === null)
  }

  /**
   * Appends the body bytes in `chunk` to `body`. Returns what follows the body in `chunk` (maybe empty) once the
   * body ended, or null while it goes on.
   */
  push(chunk: Buffer, body: Buffer[]): Buffer | null {
    if (this.open) {
      if (chunk.length > 0) body.push(chunk)
      return null
    }
    let at = 0
    for (;;) {
      if (this.remaining > 0) {
        if (at >= chunk.length) return null
        const n = Math.min(this.remaining, chunk.length - at)
        body.push(chunk.subarray(at, at + n))
        at += n
        this.remaining -= n
        continue
      }
      if (!this.partial) return chunk.subarray(at)
      if (at >= chunk.length) return null
      const held = this.lengthBytes?.length ?? 0
      const pending =
        held > 0 ? Buffer.concat([this.lengthBytes!, chunk.subarray(at, at + 5)]) : chunk.subarray(at, at + 5)
      const parsed = readNewLength(pending, 0)
      if (!parsed) {
        // Fewer than 5 bytes were left: all of them are in `pending`.
        this.lengthBytes = Buffer.from(pending)
        return null
      }
      at += parsed.size - held
      this.lengthBytes = null
      this.partial = parsed.length.kind === 'partial'
      this.remaining = parsed.length.kind === 'open' ? 0 : parsed.length.length
    }
  }
}

/** One packet of an expected tag read from a stream of chunks: its header, then its body via a BodyDeframer. */
export class PacketReader {
  private head: Buffer = EMPTY
  private deframer: BodyDeframer | null = null

  constructor(
    private readonly tag: number,
    private readonly what: string
  ) {}

  get complete(): boolean {
    return this.deframer?.complete ?? false
  }

  /** As BodyDeframer.push; throws a PacketFormatError when the packet is not the expected one. */
  push(chunk: Buffer, body: Buffer[]): Buffer | null {
    if (this.deframer === null) {
      const buf = this.head.length > 0 ? Buffer.concat([this.head, chunk]) : chunk
      const header = readHeader(buf, 0)
      if (header === null) {
        this.head = Buffer.from(buf)
        return null
      }
      if (header.tag !== this.tag) {
        throw new PacketFormatError(
          `Error during parsing: expected a ${this.what} packet, found tag ${header.tag}`
        )
      }
      this.head = EMPTY
      this.deframer = new BodyDeframer(header.length)
      chunk = buf.subarray(header.size)
    }
    return this.deframer.push(chunk, body)
  }
}
