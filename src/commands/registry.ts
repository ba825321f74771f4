/** Every CLI command, in the order `--help` lists them. */
import type { Command } from './command.js'
import { decryptCommand } from './decrypt.js'
import { encryptCommand } from './encrypt.js'
import { checkCommand, runCommand, startCommand, uploadCommand } from './job-commands.js'

export const COMMANDS: Command[] = [
  uploadCommand,
  runCommand,
  startCommand,
  checkCommand,
  encryptCommand,
  decryptCommand
]
