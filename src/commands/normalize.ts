/** `cleanrooms-connect normalize`: a value as a partner's normalization rules make it, and its hashes. */
import { Readable } from 'node:stream'
import { createInterface } from 'node:readline'
import { UsageError } from '../errors.js'
import {
  DEFAULT_REGION,
  digest,
  hashValue,
  isPhoneRegion,
  isProfile,
  kindSpec,
  normalize,
  PROFILE_NAMES,
  PROFILES,
  profileKinds,
  type KindSpec
} from '../recipe/normalize/index.js'
import { parseFlags, type CliIO, type Command } from './command.js'

function profileList(): string {
  return PROFILE_NAMES.map(name => {
    const p = PROFILES[name]
    const kinds = profileKinds(name).map(k => `      ${k.padEnd(14)} ${kindSpec(name, k).rule}`)
    return [`  ${name} — ${p.title}; SHA-256 ${p.encoding}`, ...kinds].join('\n')
  }).join('\n')
}

const HELP = `Usage: cleanrooms-connect normalize --profile P --kind K [--region CC] [--strict] [VALUE…]

Normalizes each VALUE as the profile's destination requires before hashing, and prints one JSON object per value:
  {"input","normalized","sha256_hex","sha256_base64"}
plus "md5_hex"/"sha1_hex" where the destination takes those (liveramp), and "send_unhashed": true where it wants the
value in plain text (google city, state, postal_code, country). A value that cannot be normalized prints
{"input","normalized":null,"error"} and does not stop the others. Without VALUEs, reads one value per line from stdin
(every line, blank ones included, gets its own output line).

Flags:
  --profile P      one of ${PROFILE_NAMES.join(', ')} (required)
  --kind K         a kind the profile defines (required; see below)
  --region CC      ISO 3166-1 alpha-2 region for phone numbers written without +country (default ${DEFAULT_REGION})
  --strict         exit 1 when any value could not be normalized (default: exit 0, errors only in the output)

Exit codes: 0 done (values that failed carry "error"), 1 with --strict when a value failed, 2 unknown profile, kind or
region.

Profiles and kinds:
${profileList()}

Example:
  cleanrooms-connect normalize --profile uid2 --kind email ' Jane.Saoirse+Work@gmail.com'`

function lines(stdin: AsyncIterable<string | Buffer>): AsyncIterable<string> {
  const input = stdin instanceof Readable ? stdin : Readable.from(stdin)
  return createInterface({ input, crlfDelay: Infinity })
}

function output(
  input: string,
  profile: string,
  kind: string,
  spec: KindSpec,
  region: string | undefined
): { line: string; ok: boolean } {
  const r = normalize(profile, kind, input, { region })
  if (r.normalized === null)
    return { line: JSON.stringify({ input, normalized: null, error: r.reason }), ok: false }
  const out: Record<string, unknown> = { input, normalized: r.normalized, ...hashValue(r.normalized) }
  for (const algorithm of spec.hashes)
    if (algorithm !== 'sha256') out[`${algorithm}_hex`] = digest(r.normalized, algorithm)
  if (spec.hashes.length === 0) out.send_unhashed = true
  return { line: JSON.stringify(out), ok: true }
}

/** The command with its input injectable (tests pass a stream; the CLI reads process.stdin). */
export async function runNormalize(
  args: string[],
  io: CliIO,
  stdin: AsyncIterable<string | Buffer> = process.stdin
): Promise<number> {
  const parsed = parseFlags(
    'normalize',
    args,
    {
      profile: { type: 'string' },
      kind: { type: 'string' },
      region: { type: 'string' },
      strict: { type: 'boolean' }
    },
    true
  )
  if (!parsed) {
    io.stdout(HELP + '\n')
    return 0
  }
  const v = parsed.values
  const profile = v.profile as string | undefined
  const kind = v.kind as string | undefined
  const region = v.region as string | undefined
  if (!profile) throw new UsageError(`normalize: --profile is required (one of ${PROFILE_NAMES.join(', ')})`)
  if (!isProfile(profile))
    throw new UsageError(`normalize: unknown profile '${profile}': use one of ${PROFILE_NAMES.join(', ')}`)
  const kinds = profileKinds(profile)
  if (!kind) throw new UsageError(`normalize: --kind is required (profile ${profile}: ${kinds.join(', ')})`)
  if (!(kinds as string[]).includes(kind))
    throw new UsageError(
      `normalize: profile ${profile} has no kind '${kind}': use one of ${kinds.join(', ')}`
    )
  const spec = kindSpec(profile, kind)
  if (region !== undefined && !isPhoneRegion(region))
    throw new UsageError(
      `normalize: --region '${region}' is not a region code (ISO 3166-1 alpha-2, e.g. US, GB, DE)`
    )

  let failed = 0
  const emit = (input: string): void => {
    const { line, ok } = output(input, profile, kind, spec, region)
    if (!ok) failed++
    io.stdout(line + '\n')
  }
  if (parsed.positionals.length > 0) parsed.positionals.forEach(emit)
  else for await (const input of lines(stdin)) emit(input)
  return v.strict && failed > 0 ? 1 : 0
}

export const normalizeCommand: Command = {
  name: 'normalize',
  help: HELP,
  run: (args, io) => runNormalize(args, io)
}
