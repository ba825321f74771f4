/**
 * `command: validate` for pull requests, with no AWS call: every recipe the globs match is parsed, checked against
 * the catalog and the PII policy, run by the local engine on the sample file (hashes use a random per-run key: the
 * preview shows shapes, never production tokens), and its output schema compared with the same recipe on the base
 * branch when there is one. Problems become annotations (at most ANNOTATIONS_PER_STEP errors, the rest are in the
 * summary). When `files` is given, the upload inputs are checked as well (files match, keys load).
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { formatOf, openReader } from '../formats/index.js'
import type { Row } from '../formats/table.js'
import { checkRecipeText, loadPolicy, readText } from '../recipe/check-file.js'
import { compileRecipe, runRows } from '../recipe/engine.js'
import { PatternBudgetError, withinBudget } from '../recipe/pattern.js'
import type { Problem, Recipe } from '../recipe/model.js'
import { parseRecipe } from '../recipe/parse.js'
import type { PiiPolicy } from '../recipe/policy.js'
import { checkColumns } from '../recipe/column-flow.js'
import { renderContractSection, type ContractReport } from '../report/contract-summary.js'
import {
  renderValidateSummary,
  PREVIEW_ROWS,
  type RecipeReport,
  type UploadInputsCheck
} from '../report/validate-summary.js'
import { requireForValidate } from '../settings/requirements.js'
import type { Settings } from '../settings/settings.js'
import { UsageError } from '../errors.js'
import type { JobContext, JobResult } from './context.js'
import { baseVersion } from './base-version.js'
import { expandFiles, type MatchedFile } from './expand-files.js'
import { planUpload } from './upload-job.js'
import { validateContract } from './validate-contract.js'

/** GitHub shows at most 10 error annotations per step; the summary lists everything. */
export const ANNOTATIONS_PER_STEP = 10
/** Rows of the sample the recipes run on: enough for a preview and a schema, small enough for any PR. */
export const SAMPLE_ROWS = 1000
/**
 * Time the sample run may take: recipe patterns come from the pull request and JavaScript's engine backtracks, so a
 * pattern the validator's check misses must not hold the runner (1000 rows through 100 steps take well under 1 s).
 */
export const SAMPLE_BUDGET_MS = 2000

/** The first SAMPLE_ROWS rows of the sample, and how many rows the file has (counted, not kept). */
async function readSample(
  cwd: string,
  name: string
): Promise<{ columns: string[]; rows: Row[]; totalRows: number }> {
  const file = path.resolve(cwd, name)
  const format = formatOf(file)
  if (!format) throw new Error(`sample-data ${file}: unknown format (use .csv, .jsonl or .parquet)`)
  const reader = await openReader(file, format).catch((err: unknown) => {
    const code = (err as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new UsageError(`sample-data ${name}: not found in '${cwd}': fix sample-data`)
    throw err
  })
  const rows: Row[] = []
  let totalRows = 0
  try {
    for await (const batch of reader.batches()) {
      totalRows += batch.length
      if (rows.length < SAMPLE_ROWS) rows.push(...batch.slice(0, SAMPLE_ROWS - rows.length))
    }
  } finally {
    await reader.close()
  }
  return { columns: reader.columns.map(c => c.name), rows, totalRows }
}

export async function runValidateJob(
  input: Settings & { command: 'validate' },
  ctx: JobContext
): Promise<JobResult> {
  const s = requireForValidate(input)
  const cwd = ctx.cwd
  const problems: Problem[] = []
  const reports: RecipeReport[] = []
  let policy: PiiPolicy | undefined
  const policyFile = s.policy
  if (policyFile) {
    const loaded = await loadPolicy(path.resolve(cwd, policyFile))
    problems.push(...loaded.problems.map(p => ({ ...p, file: policyFile })))
    policy = loaded.policy && { ...loaded.policy, file: policyFile }
  }
  const sampleFile = s.sampleData
  const sample = sampleFile ? { file: sampleFile, ...(await readSample(cwd, sampleFile)) } : undefined
  const recipes =
    s.recipes.length > 0 ? await expandFiles(s.recipes, cwd, { failOnEmpty: true, input: 'recipes' }) : []
  const previewKey = randomBytes(32)

  for (const file of recipes) {
    const { report, problems: found } = await checkRecipeFile(file, { policy, sample, previewKey, ctx })
    problems.push(...found)
    reports.push(report)
  }

  let contractReport: ContractReport | undefined
  if (s.contract) {
    const checked = await validateContract(s.contract, ctx, { policy, sampleColumns: sample?.columns })
    problems.push(...checked.problems)
    contractReport = checked.report
  }

  let uploadCheck: UploadInputsCheck | undefined
  if (s.files.length > 0) {
    const plan = await planUpload(s, ctx)
    uploadCheck = {
      patterns: s.files,
      files: plan.files.length,
      bytes: plan.files.reduce((n, f) => n + f.size, 0),
      recipients: plan.recipients.map(r => r.fingerprint)
    }
    ctx.log(`files: ${plan.files.length} matched; keys: ${uploadCheck.recipients.join(', ')}`)
  }

  const errors = problems.filter(p => p.severity === 'error')
  logProblems(problems, reports, ctx, s.policy !== undefined)
  const piiColumns = new Set(policy?.columns.map(c => c.name) ?? [])
  const summary = [
    renderValidateSummary(reports, piiColumns, s.policy, uploadCheck),
    ...(contractReport ? renderContractSection(contractReport) : [])
  ].join('\n')
  // files counts data files (as for upload), only when files was given; recipes are counted in the summary.
  const outputs: Record<string, string> = { status: errors.length > 0 ? 'invalid' : 'valid' }
  if (uploadCheck) {
    outputs.files = String(uploadCheck.files)
    outputs.bytes = String(uploadCheck.bytes)
  }
  const first = errors[0]
  // A broken policy fails the check with no recipe at fault: the failure line says where the problems are.
  const policyFailed = policyFile !== undefined && errors.some(p => p.file === policyFile)
  return {
    outputs,
    summary,
    failure: first
      ? `${errors.length} problem(s) in ${reports.filter(r => r.problems.some(p => p.severity === 'error')).length} recipe(s)${policyFailed ? ' and the policy' : ''}${contractReport?.problems ? ' and the contract' : ''}${errors.length > ANNOTATIONS_PER_STEP ? ` (first ${ANNOTATIONS_PER_STEP} annotated; all in the job summary)` : ''}: first: ${first.file}:${first.line}:${first.column}: ${first.message}`
      : undefined
  }
}

type Sample = { file: string } & Awaited<ReturnType<typeof readSample>>

/** One recipe: its problems and output schema, the base branch's schema, and the sample run (before/after). */
async function checkRecipeFile(
  file: MatchedFile,
  o: { policy?: PiiPolicy; sample?: Sample; previewKey: Buffer; ctx: JobContext }
): Promise<{ report: RecipeReport; problems: Problem[] }> {
  const { sample, ctx } = o
  const text = await readText(file.path, 'recipe')
  const checked = checkRecipeText(text, file.name, { policy: o.policy, columns: sample?.columns })
  const report: RecipeReport = { file: file.name, problems: checked.problems, schema: checked.output }
  const base = await baseVersion(ctx.env, ctx.cwd, file.name)
  if (base !== undefined && sample) {
    const old = parseRecipe(base, file.name).recipe
    if (old) report.baseSchema = checkColumns(old, sample.columns).output
  }
  if (!sample) report.sampleNote = "no sample-data input: set it to preview the recipe's output"
  else if (checked.recipe && !checked.problems.some(p => p.severity === 'error')) {
    ctx.log(`${file.name}: running on ${sample.rows.length} sample row(s) (at most ${SAMPLE_BUDGET_MS} ms)`)
    runSample(checked.recipe, file.name, sample, o.previewKey, report, checked.problems)
  } else report.sampleNote = 'the recipe has errors'
  return { report, problems: checked.problems }
}

/** The recipe on the sample rows, within a time budget; a runaway pattern becomes an error on its step. */
function runSample(
  recipe: Recipe,
  file: string,
  sample: Sample,
  previewKey: Buffer,
  report: RecipeReport,
  problems: Problem[]
): void {
  try {
    const { compiled, after } = withinBudget(
      () => {
        const compiled = compileRecipe(
          recipe,
          sample.columns.map(name => ({ name, type: 'string' })),
          { hashKey: previewKey }
        )
        return { compiled, after: runRows(compiled, sample.rows) }
      },
      SAMPLE_BUDGET_MS,
      `the sample run of ${file}`
    )
    report.sample = {
      file: sample.file,
      rowsIn: sample.rows.length,
      rowsInFile: sample.totalRows,
      rowsOut: after.length,
      beforeColumns: sample.columns,
      before: sample.rows.slice(0, PREVIEW_ROWS),
      afterColumns: compiled.output.map(c => c.name),
      after: after.slice(0, PREVIEW_ROWS)
    }
  } catch (err) {
    report.sampleNote = (err instanceof Error ? err.message : String(err)).replace(/\n[\s\S]*$/, '')
    if (!(err instanceof PatternBudgetError)) return
    // A runaway pattern fails the check, on the step that holds it when it can be found.
    const step = recipe.steps.find(
      st =>
        Object.values(st.parameters).includes(err.pattern ?? '') ||
        st.conditions.some(c => c.value === err.pattern)
    )
    const at = step?.location ?? { line: 1, column: 1 }
    const where = step ? `step ${step.number} (${step.operation}): ` : ''
    problems.push({ file, ...at, step: step?.number, message: where + err.message, severity: 'error' })
  }
}

/** Problems as annotations and log lines (errors annotated up to the limit), then one line per recipe that passed. */
function logProblems(
  problems: Problem[],
  reports: RecipeReport[],
  ctx: JobContext,
  policyChecked: boolean
): void {
  let shown = 0
  for (const p of problems) {
    if (p.severity === 'error' && shown >= ANNOTATIONS_PER_STEP) continue
    if (p.severity === 'error') shown++
    ctx.annotate?.(p)
    ctx.log(`${p.file}:${p.line}:${p.column}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`)
  }
  // One line per recipe that passed: the log says what was checked even when nothing is wrong.
  for (const r of reports) {
    if (r.problems.some(p => p.severity === 'error')) continue
    const warnings = r.problems.length
    ctx.log(
      `${r.file}: valid${r.schema ? `, ${r.schema.length} output column(s)` : ''}${warnings ? `, ${warnings} warning(s)` : ''}${policyChecked ? '' : ' (no PII policy checked)'}`
    )
  }
}
