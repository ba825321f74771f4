/** `cleanrooms-connect decrypt`: streaming; the output appears only after the OpenPGP integrity check passed. */
import { createReadStream, existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { decryptFile, decryptStream } from '../crypto/decrypt.js'
import { loadPrivateKeys, readKeyFile } from '../crypto/keys.js'
import { UsageError } from '../errors.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect decrypt --key PRIVATE.asc [--passphrase-file F] --in FILE.pgp --out FILE

Decrypts one OpenPGP message (armored or binary, compressed or not), streaming. On any failure (wrong key,
tampered or truncated ciphertext) it exits 1 and leaves no output file: data goes to a temp file that is renamed
only after the integrity check at the end of the message passed.

Flags:
  --key FILE               private key file, armored or binary (repeatable)
  --passphrase-file FILE   passphrase of protected keys (first line); or env CLEANROOMS_PGP_PASSPHRASE
  --in FILE                encrypted input, or - for stdin
  --out FILE               plaintext output (- for stdout: bytes are written before the check; exit 1 on failure)
  --force                  overwrite --out if it exists

Example:
  cleanrooms-connect decrypt --key private.asc --passphrase-file pass.txt --in customers.csv.pgp --out customers.csv`

export const decryptCommand: Command = {
  name: 'decrypt',
  summary: 'Decrypt an OpenPGP message (streaming; no output unless the integrity check passes).',
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
    const input = v.in === undefined ? undefined : pathFor(io, v.in as string)
    const output = v.out === undefined ? undefined : pathFor(io, v.out as string)
    if (!input) throw new UsageError('decrypt: --in is required (see --help)')
    if (!output) throw new UsageError('decrypt: --out is required (see --help)')
    if (input !== '-' && !existsSync(input)) throw new UsageError(`decrypt: input ${input} not found`)
    if (output !== '-' && existsSync(output) && !v.force) {
      throw new UsageError(`decrypt: ${output} exists: remove it or pass --force`)
    }
    let passphrase = io.env.CLEANROOMS_PGP_PASSPHRASE
    const passFile =
      v['passphrase-file'] === undefined ? undefined : pathFor(io, v['passphrase-file'] as string)
    if (passFile) {
      try {
        passphrase = (await readFile(passFile, 'utf8')).split(/\r?\n/)[0]
      } catch {
        throw new UsageError(`decrypt: --passphrase-file ${passFile} cannot be read`)
      }
    }
    const keys = []
    for (const file of keyFiles)
      keys.push(
        ...(await loadPrivateKeys(await readKeyFile(pathFor(io, file)), passphrase, `key file ${file}`))
      )
    if (output === '-') {
      const { stream } = await decryptStream(input === '-' ? process.stdin : createReadStream(input), keys)
      await pipeline(stream, process.stdout)
    } else if (input === '-') {
      throw new UsageError('decrypt: --in - needs --out - (a file output is read from a file input)')
    } else {
      await decryptFile(input, output, keys)
      io.stderr(`decrypted ${input} → ${output}\n`)
    }
    return 0
  }
}
