// npm run package:infra: builds the Lambda bundles the template's Code paths point at
// (infra/build/lambdas/<fn>/index.mjs, ESM, exporting `handler`) and checks each one loads and exports it.
// Then `aws cloudformation package` zips them and uploads them with the template (see infra/README.md).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const functions = { decrypt: 'src/lambdas/decrypt.ts', archive: 'src/lambdas/archive.ts' }

for (const [name, entry] of Object.entries(functions)) {
  const out = path.join(root, 'infra/build/lambdas', name)
  rmSync(out, { recursive: true, force: true })
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--quiet', '--target', 'es2022', '--source-map'], {
    cwd: root,
    stdio: 'inherit'
  })
  // index.mjs: ESM for Lambda without a package.json beside it; the source map follows the rename.
  const code = readFileSync(path.join(out, 'index.js'), 'utf8')
  writeFileSync(
    path.join(out, 'index.mjs'),
    code.replace('sourceMappingURL=index.js.map', 'sourceMappingURL=index.mjs.map')
  )
  rmSync(path.join(out, 'index.js'))
  if (existsSync(path.join(out, 'index.js.map')))
    renameSync(path.join(out, 'index.js.map'), path.join(out, 'index.mjs.map'))
  rmSync(path.join(out, 'package.json'), { force: true })
  // The SDK clients are created at load time: give them a region so the check below can import the module.
  process.env.AWS_REGION ??= 'us-east-1'
  const mod = await import(pathToFileURL(path.join(out, 'index.mjs')).href)
  if (typeof mod.handler !== 'function')
    throw new Error(`${name}: the bundle does not export a handler function`)
  const files = readdirSync(out)
  console.log(`infra/build/lambdas/${name}: ${files.join(', ')} (exports handler)`)
}
writeFileSync(path.join(root, 'infra/build/.gitignore'), '*\n')
