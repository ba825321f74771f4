/** `cleanrooms-connect encrypt`: one file (or stdin) → one OpenPGP message that gpg --decrypt and rnp read. */
import { createReadStream, createWriteStream, existsSync } from 'node:fs'
import { rename, rm, stat } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { encryptStream, partialPath } from '../crypto/encrypt.js'
import { loadRecipientKeys } from '../crypto/keys.js'
import { UsageError } from '../errors.js'
import { formatBytes } from '../report/format.js'
import { normalizeFingerprint } from '../settings/validate.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect encrypt --recipient KEY.asc [--recipient …] --in FILE --out FILE.pgp

Encrypts one file to one or more OpenPGP public keys, streaming (any size, flat memory). The output is a binary
OpenPGP message of the input's exact bytes (SEIPDv1, readable by gpg 2.2 and rnp); no compression unless --compress.

Flags:
  --recipient FILE               public key file, armored or binary (repeatable; a file may hold several keys)
  --recipient-fingerprint FPR    refuse keys other than these (repeatable; 40 or 64 hex digits)
  --in FILE                      input file, or - for stdin
  --out FILE                     output file, or - for stdout; written to a temp file and renamed when complete
  --compress                     add an OpenPGP zlib compressed packet (gpg --decrypt still returns the input bytes)
  --aead                         SEIPDv2 (AEAD) instead of SEIPDv1: only newer gpg (≥ 2.5) and rnp (≥ 0.18) read it
  --force                        overwrite --out if it exists

Example:
  cleanrooms-connect encrypt --recipient pipeline.asc --in customers.csv --out customers.csv.pgp`

function one(values: Record<string, unknown>, name: string): string {
  const v = values[name]
  if (typeof v !== 'string' || v === '') throw new UsageError(`encrypt: --${name} is required (see --help)`)
  return v
}

export const encryptCommand: Command = {
  name: 'encrypt',
  summary: 'Encrypt a file to OpenPGP public keys (streaming; gpg and rnp can decrypt it).',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags('encrypt', args, {
      recipient: { type: 'string', multiple: true },
      'recipient-fingerprint': { type: 'string', multiple: true },
      in: { type: 'string' },
      out: { type: 'string' },
      compress: { type: 'boolean' },
      aead: { type: 'boolean' },
      force: { type: 'boolean' }
    })
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const v = parsed.values
    const recipients = (v.recipient as string[] | undefined) ?? []
    if (recipients.length === 0)
      throw new UsageError('encrypt: --recipient is required (a public key file; see --help)')
    const input = pathFor(io, one(v, 'in'))
    const output = pathFor(io, one(v, 'out'))
    const pins = ((v['recipient-fingerprint'] as string[] | undefined) ?? []).map(f => {
      const n = normalizeFingerprint(f)
      if (!n)
        throw new UsageError(
          `encrypt: --recipient-fingerprint '${f}' is not a fingerprint (40 or 64 hex digits)`
        )
      return n
    })
    if (output !== '-' && existsSync(output) && !v.force) {
      throw new UsageError(`encrypt: ${output} exists: remove it or pass --force`)
    }
    if (input !== '-' && !existsSync(input)) throw new UsageError(`encrypt: input ${input} not found`)
    const keys = await loadRecipientKeys(
      recipients.map(path => ({ kind: 'path' as const, path })),
      { cwd: io.cwd, fingerprints: pins }
    )
    const source = input === '-' ? process.stdin : createReadStream(input)
    const encrypted = await encryptStream(
      source,
      keys.map(k => k.key),
      { aead: v.aead === true, compress: v.compress === true }
    )
    if (output === '-') {
      await pipeline(encrypted, process.stdout)
    } else {
      const temp = partialPath(output)
      try {
        await pipeline(encrypted, createWriteStream(temp, { mode: 0o600 }))
        await rename(temp, output)
      } catch (err) {
        await rm(temp, { force: true })
        throw err
      }
    }
    const size = input === '-' ? '' : ` (${formatBytes((await stat(input)).size)})`
    io.stderr(
      `encrypted ${input === '-' ? 'stdin' : input}${size} to ${keys.length} recipient(s): ${keys.map(k => k.fingerprint).join(', ')}\n`
    )
    return 0
  }
}
