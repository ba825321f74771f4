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
  }
)
