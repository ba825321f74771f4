/**
 * Strict UTF-8 for the text readers. A Latin-1 or Windows-1252 export decoded leniently turns `é` into U+FFFD, which the
 * recipe then normalizes and hashes: the row can never match a partner's, and nothing says so. Invalid bytes stop the
 * read at `file:line` instead.
 */

/** Position of the first byte that cannot start or continue a UTF-8 sequence (RFC 3629), or -1. A sequence cut off by
 * the end of the chunk is not an error here: the stream decoder carries it into the next chunk. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  const n = bytes.length
  while (i < n) {
    const c = bytes[i]!
    if (c < 0x80) {
      i++
      continue
    }
    let more: number
    // The second byte's range excludes overlong forms, surrogates (ED A0..BF) and code points above U+10FFFF.
    let lo = 0x80
    let hi = 0xbf
    if (c >= 0xc2 && c <= 0xdf) more = 1
    else if (c >= 0xe0 && c <= 0xef) {
      more = 2
      if (c === 0xe0) lo = 0xa0
      if (c === 0xed) hi = 0x9f
    } else if (c >= 0xf0 && c <= 0xf4) {
      more = 3
      if (c === 0xf0) lo = 0x90
      if (c === 0xf4) hi = 0x8f
    } else return i
    for (let k = 1; k <= more; k++) {
      if (i + k >= n) return -1
      const b = bytes[i + k]!
      if (k === 1 ? b < lo || b > hi : b < 0x80 || b > 0xbf) return i
    }
    i += more + 1
  }
  return -1
}

function newlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, end)
  for (let at = buf.indexOf(10); at !== -1; at = buf.indexOf(10, at + 1)) count++
  return count
}

/** Decodes a file's chunks in order; throws `path:line: not valid UTF-8 …` on the first invalid byte. */
export class StrictUtf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
  /** Physical line at the start of the next chunk. */
  private line = 1

  /** `firstLine`: the physical line the first chunk starts at (a part of a larger file, src/recipe/chunk-worker.ts). */
  constructor(
    private readonly path: string,
    firstLine = 1
  ) {
    this.line = firstLine
  }

  write(chunk: Uint8Array): string {
    let text: string
    try {
      text = this.decoder.decode(chunk, { stream: true })
    } catch {
      // An error in a sequence begun in the previous chunk shows up at offset 0 (or not at all) here.
      const at = Math.max(0, firstInvalidUtf8(chunk))
      const line = this.line + newlines(chunk, at)
      const byte = chunk[at]
      throw new Error(
        `${this.path}:${line}: not valid UTF-8${byte === undefined ? '' : ` (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')})`}: save or convert the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8) and run again`
      )
    }
    this.line += newlines(chunk)
    return text
  }

  end(): string {
    try {
      return this.decoder.decode()
    } catch {
      throw new Error(
        `${this.path}:${this.line}: not valid UTF-8 (the file ends inside a multi-byte character): the file is truncated or not UTF-8`
      )
    }
  }
}
