/** `cleanrooms-connect contract template`: writes the stack's ConfiguredTable from the collaboration contract. */
import { writeFile } from 'node:fs/promises'
import { parseContract } from '../cleanrooms/contract.js'
import { applyContract } from '../cleanrooms/template-block.js'
import { UserError } from '../errors.js'
import { formatProblem } from '../recipe/model.js'
import { parseFlags, pathFor, type CliIO, type Command } from './command.js'
import { readTextArg } from './file-args.js'

const HELP = `Usage: cleanrooms-connect contract template [--contract FILE] [--template FILE] [--check]

Writes the AWS::CleanRooms::ConfiguredTable resource of the CloudFormation template from the collaboration contract:
its name, description, allowed columns and analysis rule (the resource's Properties block; the rest of the template
is left byte for byte). The contract is checked first with the Clean Rooms API's rules. npm run package:infra runs it,
so the contract file is the one place the configured table is defined.

Exit status: 0 when the template is (or, with --check, already was) up to date, 1 when the contract has errors or
--check finds the template out of date, 2 on usage errors.

Flags:
  --contract FILE   the collaboration contract (default: infra/cleanrooms.yml)
  --template FILE   the template to write (default: infra/template.yaml)
  --check           change nothing; fail when the template differs from what the contract gives

Example:
  cleanrooms-connect contract template --contract infra/cleanrooms.yml --template infra/template.yaml`

export const contractTemplateCommand: Command = {
  name: 'contract template',
  help: HELP,
  async run(args: string[], io: CliIO): Promise<number> {
    const parsed = parseFlags('contract template', args, {
      contract: { type: 'string', default: 'infra/cleanrooms.yml' },
      template: { type: 'string', default: 'infra/template.yaml' },
      check: { type: 'boolean', default: false }
    })
    if (!parsed) {
      io.stdout(HELP + '\n')
      return 0
    }
    const contractFile = parsed.values.contract as string
    const templateFile = parsed.values.template as string
    const { contract, problems } = parseContract(
      await readTextArg(io, 'contract template', contractFile, 'contract'),
      contractFile
    )
    for (const p of problems) io.stdout(formatProblem(p) + '\n')
    if (!contract)
      throw new UserError(`${contractFile} has ${problems.length} error(s): the template was not changed`)
    const before = await readTextArg(io, 'contract template', templateFile, 'template')
    let after: string
    try {
      after = applyContract(before, contract)
    } catch (err) {
      throw new UserError(`${templateFile}: ${(err as Error).message}`)
    }
    if (after === before) {
      io.stderr(`${templateFile}: ConfiguredTable is up to date with ${contractFile}\n`)
      return 0
    }
    if (parsed.values.check) {
      io.stderr(
        `${templateFile}: ConfiguredTable differs from ${contractFile}: run cleanrooms-connect contract template (npm run package:infra) and commit it\n`
      )
      return 1
    }
    await writeFile(pathFor(io, templateFile), after)
    io.stderr(`${templateFile}: ConfiguredTable written from ${contractFile}\n`)
    return 0
  }
}
