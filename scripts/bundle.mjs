// Bundles every entry point with ncc (ESM) into dist/<name>/index.js.
// One bundle per door keeps the action's start-up small and lets the CLI carry a shebang.
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'

const entries = { main: 'src/index.ts', post: 'src/post-index.ts', cli: 'src/cli.ts' }
const only = process.argv.slice(2)
for (const [name, entry] of Object.entries(entries)) {
  if (only.length && !only.includes(name)) continue
  if (!existsSync(entry)) throw new Error(`bundle: entry ${entry} is missing`)
  const out = `dist/${name}`
  rmSync(out, { recursive: true, force: true })
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      stdio: 'inherit'
    }
  )
  if (name === 'cli') {
    const file = `${out}/index.js`
    const code = readFileSync(file, 'utf8')
    if (!code.startsWith('#!')) writeFileSync(file, `#!/usr/bin/env node\n${code}`)
    chmodSync(file, 0o755)
  }
}
// dist/package.json marks the bundles as ESM for every entry below it.
writeFileSync('dist/package.json', '{ "type": "module" }\n')
