/** Every CLI command, in the order `--help` lists them; each module is loaded only when its command runs. */
import type { CommandEntry } from './command.js'

export const CLI_COMMANDS: CommandEntry[] = [
  {
    name: 'upload',
    summary:
      'Encrypt files with OpenPGP and upload them to S3 as one immutable batch (manifest written last).',
    load: async () => (await import('./job-commands.js')).uploadCommand
  },
  {
    name: 'run',
    summary: 'Upload the batch, start the pipeline state machine and wait for it.',
    load: async () => (await import('./job-commands.js')).runCommand
  },
  {
    name: 'start',
    summary: 'Start the pipeline for a batch uploaded earlier (--batch-id) and wait for it.',
    load: async () => (await import('./job-commands.js')).startCommand
  },
  {
    name: 'check',
    summary:
      "Check inputs, match files and load recipient keys without calling AWS (the action's command: validate).",
    load: async () => (await import('./job-commands.js')).checkCommand
  },
  {
    name: 'encrypt',
    summary: 'Encrypt a file to OpenPGP public keys (streaming; gpg and rnp can decrypt it).',
    load: async () => (await import('./encrypt.js')).encryptCommand
  },
  {
    name: 'decrypt',
    summary: 'Decrypt an OpenPGP message (streaming; no output unless the integrity check passes).',
    load: async () => (await import('./decrypt.js')).decryptCommand
  },
  {
    name: 'recipe validate',
    summary: 'Check DataBrew recipe files and the PII policy, offline (file:line:col per problem).',
    load: async () => (await import('./recipe-validate.js')).recipeValidateCommand
  },
  {
    name: 'recipe run',
    summary: 'Run a DataBrew recipe on a local CSV, JSON Lines or Parquet file.',
    load: async () => (await import('./recipe-run.js')).recipeRunCommand
  },
  {
    name: 'recipe operations',
    summary: 'List the DataBrew operations and conditions the local engine runs.',
    load: async () => (await import('./recipe-operations.js')).recipeOperationsCommand
  },
  {
    name: 'normalize',
    summary: 'Normalize and hash values the way a matching partner expects (uid2, meta, google, …).',
    load: async () => (await import('./normalize.js')).normalizeCommand
  },
  {
    name: 'contract template',
    summary:
      "Write the stack's Clean Rooms ConfiguredTable from the collaboration contract (cleanrooms.yml).",
    load: async () => (await import('./contract-template.js')).contractTemplateCommand
  },
  {
    name: 'pipeline local',
    summary: 'Run the pipeline state machine locally for an uploaded batch (decrypt, recipe, archive).',
    load: async () => (await import('./pipeline-local.js')).pipelineLocalCommand
  },
  {
    name: 'keys',
    summary: "Create or rotate the pipeline's PGP key pair (private key KMS-wrapped in Secrets Manager).",
    load: async () => (await import('./keys.js')).keysCommand
  }
]
