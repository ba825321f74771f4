// Regenerates the README sections between <!-- NAME:start … --> and <!-- NAME:end --> from their sources:
// inputs and outputs from action.yml, stack outputs from infra/template.yaml, the CLI from `dist/cli --help`, the
// recipe operations the engine runs from `dist/cli recipe operations --markdown`.
// `node scripts/docs.mjs --check` fails (exit 1) when README.md is out of date; CI runs it.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parseDocument } from 'yaml'

const cell = text =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')

const action = parseDocument(readFileSync('action.yml', 'utf8')).toJS()
const inputs = [
  '| input | default | description |',
  '|---|---|---|',
  ...Object.entries(action.inputs).map(
    ([name, i]) =>
      `| \`${name}\` | ${i.default !== undefined ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`
  )
].join('\n')
const outputs = [
  '| output | description |',
  '|---|---|',
  ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)
].join('\n')

// CloudFormation short-form tags (!Ref, !Sub …) are irrelevant here: keep their values as plain data.
const template = parseDocument(readFileSync('infra/template.yaml', 'utf8'), {
  customTags: [
    'Ref',
    'Sub',
    'GetAtt',
    'If',
    'Equals',
    'Not',
    'And',
    'Or',
    'Join',
    'Select',
    'Split',
    'FindInMap',
    'GetAZs',
    'ImportValue',
    'Base64',
    'Condition',
    'Cidr'
  ].flatMap(tag => [
    { tag: `!${tag}`, resolve: v => v },
    { tag: `!${tag}`, collection: 'seq', resolve: v => v },
    { tag: `!${tag}`, collection: 'map', resolve: v => v }
  ])
}).toJS()
const stackOutputs = [
  '| stack output | description |',
  '|---|---|',
  ...Object.entries(template.Outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.Description)} |`)
].join('\n')

const help = execFileSync(process.execPath, ['dist/cli/index.js', '--help'], { encoding: 'utf8' })
const cli = ['```text', help.trimEnd(), '```'].join('\n')

const operations = execFileSync(
  process.execPath,
  ['dist/cli/index.js', 'recipe', 'operations', '--markdown'],
  {
    encoding: 'utf8'
  }
).trimEnd()

const sections = { inputs, outputs, 'stack-outputs': stackOutputs, cli, operations }
const before = readFileSync('README.md', 'utf8')
let after = before
for (const [name, body] of Object.entries(sections)) {
  const re = new RegExp(`(<!-- ${name}:start[^>]*-->)[\\s\\S]*?(<!-- ${name}:end -->)`)
  if (!re.test(after))
    throw new Error(`README.md has no <!-- ${name}:start --> … <!-- ${name}:end --> markers`)
  after = after.replace(re, (_, start, end) => `${start}\n\n${body}\n\n${end}`)
}
if (process.argv.includes('--check')) {
  if (after !== before) {
    console.error('README.md is out of date: run `npm run docs` and commit it')
    process.exit(1)
  }
} else if (after !== before) {
  writeFileSync('README.md', after)
  console.log('README.md updated')
}
