/** `cleanrooms-connect recipe run`: a DataBrew recipe over a local file, with the local engine. */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { errorMessage, UsageError, UserError } from '../errors.js'
import { RecipeCompileError } from '../recipe/engine.js'
import { decodeHashKey } from '../recipe/hash-key.js'
import { formatProblem } from '../recipe/model.js'
import { parseRecipe } from '../recipe/parse.js'
import { validateRecipe } from '../recipe/validate.js'
import { engineHeapMb, runRecipeInWorker } from '../recipe/isolated.js'
import { partialOutputPath, runRecipeFile } from '../recipe/run-file.js'
import { parseFlags, type CliIO, type Command } from './command.js'
import { refuseDirectoryInput, refuseDirectoryOutput } from './file-args.js'

const HELP = `Usage: cleanrooms-connect recipe run --recipe R.json --in INPUT --out OUTPUT [--hash-key-file F]
                                [--join-dataset NAME=FILE]...

Applies a DataBrew recipe (the JSON DataBrew exports) to a local file with the local engine, streaming. The recipe
is validated first, as \`recipe validate\` does: any error stops the run before the input is read.
Formats by extension: .csv, .jsonl (.ndjson), .parquet (output Parquet is snappy-compressed). Prints row counts.
An operation the local engine cannot run stops the run and is named (it is never skipped).

Flags:
  --recipe FILE              recipe JSON (array of steps, or describe-recipe output)
  --in FILE                  input table
  --out FILE                 output table; written to a temp file and renamed when complete
  --hash-key-file FILE       HMAC key for CRYPTOGRAPHIC_HASH HMAC_* steps (or env CLEANROOMS_HASH_KEY); the
                             key is the file's text without its trailing newline, as the Secrets Manager
                             secret string would be
  --hash-key-encoding ENC    base64 (default: the text is decoded first, as DataBrew does with the secret's
                             value) or utf8 (the text's own bytes)
  --join-dataset NAME=FILE   the secondary dataset a JOIN step names as secondaryDatasetName (repeatable);
                             read whole into memory
  --force                    overwrite --out

Example:
  cleanrooms-connect recipe run --recipe examples/recipes/customers.json \\
      --in examples/data/customers.csv --out /tmp/customers.parquet --hash-key-file key.txt`

export async function loadRecipe(file: string) {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new UsageError(`recipe ${file} cannot be read: check the path`)
  }
  const { recipe, problems } = parseRecipe(text, file)
  // Run = validate, then execute: whatever `recipe validate` calls an error stops the run before any data is read
  // (an unknown parameter the engine would ignore, a misspelt one, a bad value).
  const errors = [...problems, ...(recipe ? validateRecipe(recipe) : [])]
    .filter(p => p.severity === 'error')
    .sort((a, b) => a.line - b.line || a.column - b.column)
  if (!recipe || errors.length > 0)
    throw new UserError(errors.map(formatProblem).join('\n') || `recipe ${file} is empty`)
  return recipe
}

export async function hashKeyFrom(
  file: string | undefined,
  env: NodeJS.ProcessEnv,
  encoding: string
): Promise<Buffer | undefined> {
  let text = env.CLEANROOMS_HASH_KEY
  let source = 'CLEANROOMS_HASH_KEY'
  if (file) {
    source = `--hash-key-file ${file}`
    try {
      text = (await readFile(file, 'utf8')).replace(/\r?\n$/, '')
    } catch {
      throw new UsageError(`--hash-key-file ${file} cannot be read: check the path`)
    }
  } else if (text === undefined || text === '') return undefined
  if (encoding !== 'base64' && encoding !== 'utf8')
    throw new UsageError(`--hash-key-encoding must be utf8 or base64, not '${encoding}'`)
  try {
    return decodeHashKey(text ?? '', encoding, source)
  } catch (err) {
    throw new UsageError(errorMessage(err))
  }
}

/** `--join-dataset NAME=FILE` flags → name → file; each file must exist and each name be given once. */
export function joinDatasetFlags(flags: string[]): Record<string, string> {
  const files: Record<string, string> = {}
  for (const flag of flags) {
    const eq = flag.indexOf('=')
    const name = eq > 0 ? flag.slice(0, eq) : ''
    const file = eq > 0 ? flag.slice(eq + 1) : ''
    if (!name || !file)
      throw new UsageError(
        `recipe run: --join-dataset '${flag}' must be NAME=FILE (NAME as the JOIN step's secondaryDatasetName)`
      )
    if (Object.prototype.hasOwnProperty.call(files, name))
      throw new UsageError(`recipe run: --join-dataset ${name} is given twice`)
    if (!existsSync(file)) throw new UsageError(`recipe run: join dataset ${name}: ${file} not found`)
    files[name] = file
  }
  return files
}

export const recipeRunCommand: Command = {
  name: 'recipe run',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags('recipe run', args, {
      recipe: { type: 'string' },
      in: { type: 'string' },
      out: { type: 'string' },
      'hash-key-file': { type: 'string' },
      'hash-key-encoding': { type: 'string' },
      'join-dataset': { type: 'string', multiple: true },
      force: { type: 'boolean' }
    })
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const v = parsed.values
    for (const name of ['recipe', 'in', 'out']) {
      if (typeof v[name] !== 'string' || v[name] === '')
        throw new UsageError(`recipe run: --${name} is required (see --help)`)
    }
    const input = v.in as string
    const output = v.out as string
    if (!existsSync(input)) throw new UsageError(`recipe run: input ${input} not found`)
    refuseDirectoryInput(input, 'recipe run: input')
    refuseDirectoryInput(v.recipe as string, 'recipe run: --recipe')
    refuseDirectoryOutput(output, 'recipe run: output')
    if (existsSync(output) && !v.force)
      throw new UsageError(`recipe run: ${output} exists: remove it or pass --force`)
    const joinFiles = joinDatasetFlags((v['join-dataset'] as string[] | undefined) ?? [])
    const recipe = await loadRecipe(v.recipe as string)
    const hashKey = await hashKeyFrom(
      v['hash-key-file'] as string | undefined,
      io.env,
      (v['hash-key-encoding'] as string | undefined) ?? 'base64'
    )
    try {
      // From the CLI, the engine runs in a worker with a capped heap (flat memory); in-process when driven by tests.
      const entry = io.env.CLEANROOMS_CLI_ENTRY
      const result = entry
        ? await runRecipeInWorker(
            entry,
            { recipe, input, output, temp: partialOutputPath(output), hashKey, joinFiles },
            engineHeapMb(io.env)
          )
        : await runRecipeFile(recipe, input, output, { hashKey }, joinFiles)
      io.stdout(
        `rows in: ${result.rowsIn}\nrows out: ${result.rowsOut}\ncolumns: ${result.columns.join(', ')}\n`
      )
      return 0
    } catch (err) {
      if (err instanceof RecipeCompileError) throw new UserError(err.problems.map(formatProblem).join('\n'))
      throw new UserError(`recipe run: ${err instanceof Error ? err.message : String(err)}`)
    }
  }
}
