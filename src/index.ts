/** The action's main entry (dist/main): wiring only. The runner's SIGINT/SIGTERM on cancel abort the job. */
import { run } from './main.js'

const controller = new AbortController()
const cancel = (signal: string) => () => controller.abort(new Error(`cancelled (${signal})`))
process.once('SIGINT', cancel('SIGINT'))
process.once('SIGTERM', cancel('SIGTERM'))

await run(undefined, controller.signal)
