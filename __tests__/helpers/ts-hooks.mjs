// Module hooks that let a child `node` run the TypeScript sources as they are (src/cli.ts, the real CLI entry),
// without a build: `.js` specifiers resolve to the `.ts` file beside them and TypeScript strips the types.
// CLEANROOMS_TEST_REGISTRY (a .ts file) replaces src/commands/registry.ts, so a test can add a command.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'
import ts from 'typescript'

const registryOverride = process.env.CLEANROOMS_TEST_REGISTRY
const registryOverrideUrl = registryOverride ? pathToFileURL(registryOverride).href : undefined

export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js')) {
    const url = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL)
    if (existsSync(fileURLToPath(url))) {
      const swapped =
        registryOverrideUrl &&
        context.parentURL !== registryOverrideUrl &&
        url.pathname.endsWith('/src/commands/registry.ts')
          ? registryOverrideUrl
          : url.href
      return { url: swapped, shortCircuit: true }
    }
  }
  return next(specifier, context)
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context)
  const file = fileURLToPath(url)
  const { outputText } = ts.transpileModule(await readFile(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false }
  })
  return { format: 'module', source: outputText, shortCircuit: true }
}
