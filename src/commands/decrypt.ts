/** `cleanrooms-connect decrypt`: streaming; the output appears only after the OpenPGP integrity check passed. */
import { randomBytes } from 'node:crypto'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { PrivateKey } from 'openpgp'
import { decryptFile, decryptToFile } from '../crypto/decrypt.js'
import { loadPrivateKeys, readKeyFile } from '../crypto/keys.js'
import { UsageError } from '../errors.js'
import { formatBytes } from '../report/format.js'
import { trackTempFile } from '../temp-files.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'
import { refuseDirectoryInput, refuseDirectoryOutput } from './file-args.js'

const HELP = `Usage: cleanrooms-connect decrypt --key PRIVATE.asc [--passphrase-file F] --in FILE.pgp --out FILE

Decrypts one OpenPGP message (armored or binary; uncompressed, zip, zlib or bzip2), streaming. On any failure
(wrong key, tampered or truncated ciphertext) it exits 1 and leaves no output file: data goes to a temp file that is
fsynced and renamed only after the integrity check at the end of the message passed.

Flags:
  --key FILE               private key file, armored or binary (required, repeatable)
  --passphrase-file FILE   passphrase of protected keys (its first line); default: env CLEANROOMS_PGP_PASSPHRASE
  --in FILE                encrypted input, or - for stdin (required)
  --out FILE               plaintext output, or - for stdout (required). For stdout the plaintext is held in a 0600
                           file in the OS temp directory until the integrity check passed, then copied: a damaged
                           message writes nothing to stdout (needs temp space for the whole plaintext)
  --force                  overwrite --out if it exists (default: refuse)

Environment:
  CLEANROOMS_DECRYPT_STALL_MS  fail a decryption that made no progress this long, in ms (default 15000): some damaged
                               compressed messages stall openpgp.js instead of failing its integrity check

Example:
  cleanrooms-connect decrypt --key private.asc --passphrase-file pass.txt --in customers.csv.pgp --out customers.csv`

export const decryptCommand: Command = {
  name: 'decrypt',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags('decrypt', args, {
      key: { type: 'string', multiple: true },
      'passphrase-file': { type: 'string' },
      in: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean' }
    })
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const v = parsed.values
    const keyFiles = (v.key as string[] | undefined) ?? []
    if (keyFiles.length === 0)
      throw new UsageError('decrypt: --key is required (a private key file; see --help)')
    const inFlag = typeof v.in === 'string' && v.in !== '' ? v.in : undefined
    const outFlag = typeof v.out === 'string' && v.out !== '' ? v.out : undefined
    if (!inFlag) throw new UsageError('decrypt: --in is required (a file, or - for stdin; see --help)')
    if (!outFlag) throw new UsageError('decrypt: --out is required (a file, or - for stdout; see --help)')
    const input = pathFor(io, inFlag)
    const output = pathFor(io, outFlag)
    if (input !== '-' && !existsSync(input))
      throw new UsageError(`decrypt: input ${inFlag} not found (looked in ${io.cwd}): fix --in`)
    if (input !== '-') refuseDirectoryInput(input, 'decrypt: input')
    if (output !== '-') refuseDirectoryOutput(output, 'decrypt: output')
    for (const file of keyFiles) refuseDirectoryInput(pathFor(io, file), 'decrypt: --key')
    if (output !== '-' && existsSync(output) && !v.force) {
      throw new UsageError(`decrypt: ${outFlag} exists: remove it or pass --force`)
    }
    let passphrase = io.env.CLEANROOMS_PGP_PASSPHRASE
    const passFlag = v['passphrase-file']
    if (typeof passFlag === 'string') {
      try {
        passphrase = (await readFile(pathFor(io, passFlag), 'utf8')).split(/\r?\n/)[0]
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'error'
        throw new UsageError(`decrypt: --passphrase-file ${passFlag} cannot be read (${code}): fix the path`)
      }
    }
    const options = { stallMs: stallMsFrom(io.env) }
    const keys: PrivateKey[] = []
    for (const file of keyFiles)
      keys.push(
        ...(await loadPrivateKeys(await readKeyFile(pathFor(io, file)), passphrase, `key file ${file}`))
      )
    if (output === '-') {
      // A pipe's reader cannot un-read bytes: nothing reaches stdout before the whole message is authenticated.
      const held = path.join(tmpdir(), `cleanrooms-decrypt-${randomBytes(8).toString('hex')}`)
      const release = trackTempFile(held)
      try {
        if (input === '-') await decryptToFile(process.stdin, held, keys, options)
        else await decryptFile(input, held, keys, options)
        await pipeline(createReadStream(held), process.stdout, { end: false })
      } finally {
        await rm(held, { force: true })
        release()
      }
      io.stderr(`decrypted ${input === '-' ? 'stdin' : inFlag} to stdout\n`)
    } else {
      if (input === '-') await decryptToFile(process.stdin, output, keys, options)
      else await decryptFile(input, output, keys, options)
      io.stderr(
        `decrypted ${input === '-' ? 'stdin' : inFlag} → ${outFlag} (${formatBytes(statSync(output).size)})\n`
      )
    }
    return 0
  }
}

/** CLEANROOMS_DECRYPT_STALL_MS, or undefined for decryptStream's default. */
function stallMsFrom(env: NodeJS.ProcessEnv): number | undefined {
  const text = env.CLEANROOMS_DECRYPT_STALL_MS
  if (text === undefined || text === '') return undefined
  const ms = Number(text)
  if (!Number.isInteger(ms) || ms < 100)
    throw new UsageError(
      `decrypt: CLEANROOMS_DECRYPT_STALL_MS=${text} is not a whole number of milliseconds >= 100: fix or unset it`
    )
  return ms
}
