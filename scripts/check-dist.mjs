// Rebuilds dist/ and fails when the result differs from what is committed.
import { execFileSync } from 'node:child_process'

execFileSync('node', ['scripts/bundle.mjs'], { stdio: 'inherit' })
const diff = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' })
if (diff.trim()) {
  console.error(`dist/ is stale: rebuild with 'npm run bundle' and commit it.\n${diff}`)
  execFileSync('git', ['diff', '--stat', '--', 'dist'], { stdio: 'inherit' })
  process.exit(1)
}
console.log('dist/ is up to date.')
