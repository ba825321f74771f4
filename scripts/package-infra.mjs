// npm run package:infra: writes the template's ConfiguredTable from infra/cleanrooms.yml, builds the Lambda bundles the template's Code paths point at
// (infra/build/lambdas/<fn>/index.mjs, ESM, exporting `handler`; Handler index.handler on nodejs22.x) and checks
// that each one loads, exports a handler function, and answers a malformed event as it should (InvalidInput, or
// Misconfigured without its environment) without calling AWS. Then `aws cloudformation package` zips the directories and uploads them with the template
// and the state machine definition (see infra/README.md).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const functions = {
  decrypt: 'src/lambdas/decrypt.ts',
  archive: 'src/lambdas/archive.ts',
  publish: 'src/lambdas/publish.ts',
  cleanup: 'src/lambdas/cleanup.ts',
  schedule: 'src/lambdas/schedule.ts'
}
// What each bundle must answer to a malformed (empty) event without calling AWS, and the environment it gets for that.
const FAKE_ENV = {
  TARGET_BUCKET: 'target',
  GLUE_DATABASE: 'db',
  GLUE_TABLE: 'table',
  OUTPUT_MODE: 'replace',
  DATA_BUCKET: 'data'
}
const smoke = {
  decrypt: { env: {}, expect: 'InvalidInput' },
  archive: { env: {}, expect: 'InvalidInput' },
  publish: { env: FAKE_ENV, expect: 'InvalidInput' },
  // An event that names no batch is not an error for the cleanup: nothing to clean.
  cleanup: { env: FAKE_ENV, expect: 'resolved' },
  // Without its environment the scheduled starter stops before any call.
  schedule: { env: {}, expect: 'Misconfigured' }
}
const compiled = path.join(root, 'infra/build/.tsc')

// 0. The Clean Rooms configured table from the collaboration contract (the one place it is defined): the CLI checks the
//    contract and rewrites only the ConfiguredTable resource's properties.
execFileSync(process.execPath, [path.join(root, 'dist/cli/index.js'), 'contract', 'template'], {
  cwd: root,
  stdio: 'inherit'
})

// 1. TypeScript → ESM JavaScript for the Lambdas' own import closure only (type errors there fail the build; an
//    unfinished file elsewhere in the repository does not). ncc's transpile-only mode would emit CommonJS under
//    NodeNext and pull openpgp's CommonJS build, which cannot run in an ES module.
rmSync(compiled, { recursive: true, force: true })
execFileSync(
  'npx',
  [
    'tsc',
    ...Object.values(functions),
    ...['--outDir', compiled, '--rootDir', 'src', '--module', 'nodenext', '--moduleResolution', 'nodenext'],
    ...[
      '--target',
      'es2022',
      '--strict',
      '--noUncheckedIndexedAccess',
      '--isolatedModules',
      '--skipLibCheck'
    ],
    ...['--esModuleInterop', '--resolveJsonModule', '--types', 'node', '--sourceMap']
  ],
  { cwd: root, stdio: 'inherit' }
)

for (const [name, entry] of Object.entries(functions)) {
  const out = path.join(root, 'infra/build/lambdas', name)
  rmSync(out, { recursive: true, force: true })
  // 2. One ESM file per function with every dependency (the runtime's own AWS SDK is not relied on).
  const js = path.join(compiled, path.relative('src', entry).replace(/\.ts$/, '.js'))
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      js,
      '-o',
      out,
      '--quiet',
      '--target',
      'es2022',
      '--source-map',
      '--no-source-map-register'
    ],
    { cwd: root, stdio: 'inherit' }
  )
  // ncc writes index.js (+ a package.json {"type":"module"} for an ESM package). Lambda resolves index.handler to
  // index.mjs as ESM without a package.json, so rename and drop it; the source map follows the rename.
  const code = readFileSync(path.join(out, 'index.js'), 'utf8')
  writeFileSync(
    path.join(out, 'index.mjs'),
    code.replace('sourceMappingURL=index.js.map', 'sourceMappingURL=index.mjs.map')
  )
  rmSync(path.join(out, 'index.js'))
  if (existsSync(path.join(out, 'index.js.map')))
    renameSync(path.join(out, 'index.js.map'), path.join(out, 'index.mjs.map'))
  rmSync(path.join(out, 'package.json'), { force: true })
  const leftovers = readdirSync(out).filter(f => /\.js$/.test(f))
  if (leftovers.length > 0) {
    // Chunks of dynamic imports would be CommonJS-named ESM without a package.json: refuse rather than ship them.
    throw new Error(`${name}: the bundle has extra chunks (${leftovers.join(', ')}); make the imports static`)
  }

  const mod = await import(pathToFileURL(path.join(out, 'index.mjs')).href)
  if (typeof mod.handler !== 'function')
    throw new Error(`${name}: the bundle does not export a handler function`)
  const saved = { ...process.env }
  Object.assign(process.env, smoke[name].env)
  const answer = await mod.handler({}).then(
    () => ({ name: 'resolved' }),
    err => err
  )
  process.env = saved
  if (answer?.name !== smoke[name].expect) {
    throw new Error(
      `${name}: a malformed event should end with ${smoke[name].expect}, got ${answer?.name}: ${answer?.message}`
    )
  }
  const size = statSync(path.join(out, 'index.mjs')).size
  console.log(
    `infra/build/lambdas/${name}: ${readdirSync(out).join(', ')} (index.mjs ${(size / 1048576).toFixed(1)} MiB, exports handler)`
  )
}
rmSync(compiled, { recursive: true, force: true })
writeFileSync(path.join(root, 'infra/build/.gitignore'), '*\n')
