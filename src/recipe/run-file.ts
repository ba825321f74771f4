/**
 * Runs a recipe file over an input file into an output file, formats by extension. The output appears only when
 * complete (temp file + rename). Shared by `recipe run` and the action's validate command. The temp file is tracked
 * (src/temp-files.ts) so a signal removes it; a caller that runs this in a worker names the temp file itself
 * (`tempPath`) and removes it if the worker dies.
 */
import { randomBytes } from 'node:crypto'
import { rename, rm } from 'node:fs/promises'
import { formatOf, openReader, openWriter, type Format } from '../formats/index.js'
import { compileRecipe, runCompiled, type RunResult } from './engine.js'
import type { Recipe } from './model.js'
import type { EngineOptions } from './operations.js'
import { trackTempFile } from '../temp-files.js'

export function requireFormat(file: string, what: string): Format {
  const format = formatOf(file)
  if (!format) throw new Error(`${what} ${file}: unknown format (use .csv, .jsonl or .parquet)`)
  return format
}

/** JOIN's secondary tables (`--join-dataset NAME=FILE`), read whole into memory. */
async function loadJoinDatasets(files: Record<string, string>): Promise<EngineOptions['joinDatasets']> {
  const datasets: NonNullable<EngineOptions['joinDatasets']> = {}
  for (const [name, file] of Object.entries(files)) {
    const reader = await openReader(file, requireFormat(file, `join dataset ${name}:`))
    try {
      const rows = []
      for await (const batch of reader.batches()) rows.push(...batch)
      datasets[name] = { columns: reader.columns, rows }
    } finally {
      await reader.close()
    }
  }
  return datasets
}

/** The temp sibling a run writes before renaming it to `outputPath`. */
export function partialOutputPath(outputPath: string): string {
  return `${outputPath}.partial-${randomBytes(4).toString('hex')}`
}

export async function runRecipeFile(
  recipe: Recipe,
  inputPath: string,
  outputPath: string,
  options: EngineOptions = {},
  joinFiles: Record<string, string> = {},
  tempPath = partialOutputPath(outputPath)
): Promise<RunResult & { columns: string[] }> {
  const inFormat = requireFormat(inputPath, 'input')
  const outFormat = requireFormat(outputPath, 'output')
  if (Object.keys(joinFiles).length > 0)
    options = { ...options, joinDatasets: await loadJoinDatasets(joinFiles) }
  const reader = await openReader(inputPath, inFormat)
  let compiled
  try {
    compiled = compileRecipe(recipe, reader.columns, options)
  } catch (err) {
    await reader.close()
    throw err
  }
  const temp = tempPath
  const release = trackTempFile(temp)
  try {
    const writer = await openWriter(temp, outFormat, compiled.output)
    const result = await runCompiled(compiled, reader, writer, () => openReader(inputPath, inFormat))
    await rename(temp, outputPath)
    return { ...result, columns: compiled.output.map(c => c.name) }
  } catch (err) {
    await rm(temp, { force: true })
    throw err
  } finally {
    release()
  }
}
