/** `cleanrooms-connect encrypt`: one file (or stdin) → one OpenPGP message that gpg --decrypt and rnp read. */
import { createReadStream, existsSync, statSync } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { encryptStream, writeFileAtomically } from '../crypto/encrypt.js'
import { loadRecipientKeys } from '../crypto/keys.js'
import { UsageError } from '../errors.js'
import { formatBytes } from '../report/format.js'
import { normalizeFingerprint } from '../settings/validate.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect encrypt --recipient KEY.asc [--recipient …] --in FILE --out FILE.pgp

Encrypts one file to one or more OpenPGP public keys, streaming (any size, flat memory). The output is a binary
OpenPGP message of the input's exact bytes (SEIPDv1, readable by gpg 2.2 and rnp); no compression unless --compress.

Flags:
  --recipient FILE               public key file, armored or binary (required, repeatable; a file may hold several keys)
  --recipient-fingerprint FPR    refuse keys other than these (repeatable; 40 or 64 hex digits; default: no pin)
  --in FILE                      input file, or - for stdin (required)
  --out FILE                     output file, or - for stdout (required); written to a temp file, renamed when complete
  --compress                     add an OpenPGP zlib compressed packet (default: off; gpg --decrypt returns the input bytes)
  --aead                         SEIPDv2 (AEAD) instead of SEIPDv1 (default: off): only gpg ≥ 2.5 and rnp ≥ 0.18 read it
  --force                        overwrite --out if it exists (default: refuse)

Example:
  cleanrooms-connect encrypt --recipient pipeline.asc --recipient-fingerprint 0123…CDEF --in customers.csv --out customers.csv.pgp`

function required(values: Record<string, unknown>, name: string, what: string): string {
  const v = values[name]
  if (typeof v !== 'string' || v === '')
    throw new UsageError(`encrypt: --${name} is required (${what}; see --help)`)
  return v
}

export const encryptCommand: Command = {
  name: 'encrypt',
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
    const inFlag = required(v, 'in', 'a file, or - for stdin')
    const outFlag = required(v, 'out', 'a file, or - for stdout')
    const input = pathFor(io, inFlag)
    const output = pathFor(io, outFlag)
    const pins = ((v['recipient-fingerprint'] as string[] | undefined) ?? []).map(f => {
      const n = normalizeFingerprint(f)
      if (!n)
        throw new UsageError(
          `encrypt: --recipient-fingerprint '${f}' is not a fingerprint (give 40 or 64 hex digits, e.g. from gpg --fingerprint)`
        )
      return n
    })
    if (input !== '-' && !existsSync(input))
      throw new UsageError(`encrypt: input ${inFlag} not found (looked in ${io.cwd}): fix --in`)
    if (output !== '-' && existsSync(output) && !v.force) {
      throw new UsageError(`encrypt: ${outFlag} exists: remove it or pass --force`)
    }
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
    if (output === '-') await pipeline(encrypted, process.stdout, { end: false })
    else await writeFileAtomically(encrypted, output)
    const size = input === '-' ? '' : ` (${formatBytes(statSync(input).size)})`
    io.stderr(
      `encrypted ${input === '-' ? 'stdin' : inFlag}${size} to ${keys.length} recipient(s): ${keys.map(k => k.fingerprint).join(', ')}\n`
    )
    return 0
  }
}
