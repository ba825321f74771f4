/** The CLI door (`cleanrooms-connect`, package.json bin): wiring only. */
import { main } from './commands/dispatch.js'
import { errorMessage } from './errors.js'

main(process.argv.slice(2), {
  stdout: text => void process.stdout.write(text),
  stderr: text => void process.stderr.write(text),
  env: process.env,
  cwd: process.cwd()
}).then(
  code => {
    process.exitCode = code
  },
  err => {
    process.stderr.write(`error: ${errorMessage(err)}\n`)
    process.exitCode = 1
  }
)
