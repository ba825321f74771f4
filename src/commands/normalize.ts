/** `cleanrooms-connect normalize`: what a value looks like under a partner's normalization rules, and its hashes. */
import { UsageError } from '../errors.js'
import { KINDS, normalize, profileKinds, PROFILES, sha256 } from '../recipe/normalize/index.js'
import { parseFlags, type CliIO, type Command } from './command.js'

const HELP = `Usage: cleanrooms-connect normalize --profile P --kind K [--region US] VALUE…

Normalizes each value as the profile's destination requires before hashing, and prints one JSON object per
value: {"input","normalized","sha256_hex","sha256_base64"}. A value that cannot be normalized prints
"normalized": null with an "error"; the exit code is then 1 (0 when every value normalized).
Without VALUEs, reads one value per line from stdin.

Profiles and kinds:
${Object.keys(PROFILES)
  .map(p => `  ${p.padEnd(18)} ${profileKinds(p).join(', ')}`)
  .join('\n')}

Flags:
  --profile P      one of ${Object.keys(PROFILES).join(', ')}
  --kind K         one of ${KINDS.join(', ')} (as the profile defines)
  --region CC      region for phone numbers without +country (default US)

Example:
  cleanrooms-connect normalize --profile uid2 --kind email ' Jane.Saoirse+Work@gmail.com'`

async function stdinLines(): Promise<string[]> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
    .toString('utf8')
    .split(/\r?\n/)
    .filter(l => l !== '')
}

export const normalizeCommand: Command = {
  name: 'normalize',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags(
      'normalize',
      args,
      { profile: { type: 'string' }, kind: { type: 'string' }, region: { type: 'string' } },
      true
    )
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const profile = parsed.values.profile as string | undefined
    const kind = parsed.values.kind as string | undefined
    if (!profile || !PROFILES[profile])
      throw new UsageError(`normalize: --profile must be one of ${Object.keys(PROFILES).join(', ')}`)
    if (!kind || !profileKinds(profile).includes(kind as never)) {
      throw new UsageError(
        `normalize: --kind for profile ${profile} must be one of ${profileKinds(profile).join(', ')}`
      )
    }
    const values = parsed.positionals.length > 0 ? parsed.positionals : await stdinLines()
    let failed = 0
    for (const input of values) {
      const r = normalize(profile, kind, input, { region: parsed.values.region as string | undefined })
      if (r.normalized === null) {
        failed++
        io.stdout(JSON.stringify({ input, normalized: null, error: r.reason }) + '\n')
      } else {
        io.stdout(
          JSON.stringify({
            input,
            normalized: r.normalized,
            sha256_hex: sha256(r.normalized, 'hex'),
            sha256_base64: sha256(r.normalized, 'base64')
          }) + '\n'
        )
      }
    }
    return failed > 0 ? 1 : 0
  }
}
