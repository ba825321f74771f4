/** Reading a function's environment, which infra/template.yaml sets: a missing value is a deployment error. */
import type { OutputMode } from './publish-output.js'
import { PipelineError } from './errors.js'

export function required(env: NodeJS.ProcessEnv, name: string): string {
  const v = env[name]
  if (!v) {
    throw new PipelineError(
      'Misconfigured',
      `environment variable ${name} is not set: deploy the function with infra/template.yaml`
    )
  }
  return v
}

export function outputMode(env: NodeJS.ProcessEnv): OutputMode {
  const mode = required(env, 'OUTPUT_MODE')
  if (mode !== 'replace' && mode !== 'append') {
    throw new PipelineError(
      'Misconfigured',
      `environment variable OUTPUT_MODE is '${mode}', not replace or append: deploy the function with infra/template.yaml`
    )
  }
  return mode
}

/** One line per log record; Lambda's JSON log format wraps it. */
export function consoleLog(line: string): void {
  console.log(line)
}

/** The output table's settings, which PublishFunction and CleanupFunction both get from the template. */
export function outputTableEnv(env: NodeJS.ProcessEnv): {
  targetBucket: string
  database: string
  table: string
  mode: OutputMode
} {
  return {
    targetBucket: required(env, 'TARGET_BUCKET'),
    database: required(env, 'GLUE_DATABASE'),
    table: required(env, 'GLUE_TABLE'),
    mode: outputMode(env)
  }
}
