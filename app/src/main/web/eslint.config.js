// The contest page's lint: TypeScript's recommended rules, and import rules that keep the layout
// (bulletproof-react's, one way: lib → features → app): lib/ is shared and imports no feature and not
// the app shell; a feature imports lib/ and, of another feature, only its public index.ts; no import
// cycles; nothing that does not resolve.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import { configs as typescript } from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const features = readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'e2e/**'] },
  js.configs.recommended,
  ...typescript.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    files: ['**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-restricted-paths': ['error', {
        zones: [
          { target: './src/lib', from: ['./src/features', './src/app'], message: 'lib/ is shared: it imports no feature and not the app shell.' },
          { target: './src/features', from: './src/app', message: 'A feature does not import the app shell: the shell composes features.' },
          ...features.map((feature) => ({
            target: `./src/features/${feature}`,
            from: './src/features',
            except: [`./${feature}`, ...features.filter((other) => other !== feature).map((other) => `./${other}/index.ts`)],
            message: 'Of another feature, import only its public index.ts (or move what both need to lib/).',
          })),
        ],
      }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/__tests__/**/*.ts', '**/*.test.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
