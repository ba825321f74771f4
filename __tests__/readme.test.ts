/**
 * The README's shell examples run as written from the repository root: every file they name exists in the
 * repository or is made by an earlier example (under tmp/), and no link leaves the repository. (Running them all
 * is slow and needs gpg; the author ran them from the root before committing.)
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { globSync } from 'tinyglobby'

const readme = readFileSync('README.md', 'utf8')
const shellBlocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map(m => m[1]!)

/** Arguments that look like a file: a path with an extension we ship examples in. */
function fileArguments(block: string): string[] {
  const joined = block.replace(/\\\n\s*/g, ' ')
  const words = joined
    .split(/\n/)
    .flatMap(line => line.replace(/#.*$/, '').match(/'[^']*'|"[^"]*"|\S+/g) ?? [])
  return words
    .map(w => w.replace(/^['"]|['"]$/g, ''))
    .filter(w => /\.(ya?ml|json|csv|asc|txt|pgp|parquet)$/.test(w) && !w.includes('@') && !w.startsWith('-'))
}

describe('README shell examples', () => {
  it('name only files that exist in the repository or that an earlier example writes to tmp/', () => {
    const made = new Set<string>()
    const missing: string[] = []
    for (const block of shellBlocks) {
      for (const line of block.replace(/\\\n\s*/g, ' ').split('\n')) {
        for (const file of fileArguments(line)) {
          const written = new RegExp(`(>|--out)\\s+${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(line)
          if (written) {
            expect(file.startsWith('tmp/')).toBe(true)
            made.add(file)
          } else if (
            !made.has(file) &&
            !(file.includes('*') ? globSync(file).length > 0 : existsSync(file))
          ) {
            missing.push(file)
          }
        }
      }
    }
    expect(missing).toEqual([])
    expect(made.size).toBeGreaterThan(0)
  })

  it('show how to make a local key pair and a hash key file before using them', () => {
    expect(readme).toMatch(/gpg --batch --passphrase '' --quick-gen-key/)
    expect(readme).toMatch(/randomBytes\(32\)\.toString\('base64'\).*> tmp\/hash-key\.txt/)
  })

  it('say how to run the CLI without a clone', () => {
    expect(readme).toMatch(/npm exec --package=github:[\w-]+\/cleanrooms-connect/)
    expect(readme).toMatch(/npm pack/)
  })

  it('keep the two set-up commands first and link nothing outside the repository', () => {
    expect(shellBlocks[0]).toMatch(/^npm ci && npm run demo.*\nnpm ci && npm test/)
    const links = [...readme.matchAll(/\]\(([^)]+)\)/g)].map(m => m[1]!)
    expect(links.filter(l => /^[a-z]+:|^\.\.\//.test(l))).toEqual([])
  })
})
