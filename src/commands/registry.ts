/** Every CLI command, in the order `--help` lists them. */
import type { Command } from './command.js'
import { decryptCommand } from './decrypt.js'
import { encryptCommand } from './encrypt.js'
import { keysCommand } from './keys.js'
import { normalizeCommand } from './normalize.js'
import { pipelineLocalCommand } from './pipeline-local.js'
import { checkCommand, runCommand, startCommand, uploadCommand } from './job-commands.js'
import { recipeRunCommand } from './recipe-run.js'
import { recipeValidateCommand } from './recipe-validate.js'

export const COMMANDS: Command[] = [
  uploadCommand,
  runCommand,
  startCommand,
  checkCommand,
  encryptCommand,
  decryptCommand,
  recipeValidateCommand,
  recipeRunCommand,
  normalizeCommand,
  pipelineLocalCommand,
  keysCommand()
]
