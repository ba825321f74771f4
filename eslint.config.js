import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'infra/build/**', 'bench/.work/**', '.demo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // The pure core must stay free of action and AWS SDK imports (ARCHITECTURE.md).
    files: ['src/recipe/**', 'src/report/**', 'src/transfer/manifest.ts', 'src/formats/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '@aws-sdk/*', '@smithy/*'] }]
    }
  },
  {
    // Small modules and functions (issue 11): a file or function past these limits gets split where it has seams.
    // The operation catalog is data: one entry per DataBrew operation.
    files: ['src/**/*.ts'],
    ignores: ['src/recipe/catalog.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }]
    }
  }
)
