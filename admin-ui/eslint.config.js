// The console's lint, run by `npm run lint` and by the Maven build (app/pom.xml, admin-npm-test).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { config, configs as typescript } from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * The layers of bulletproof-react: app → features → shared (components, config, lib). A feature
 * reaches another feature only through that feature's public index.ts, never its api/ or
 * components/ files; the shared layers likewise.
 */
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features/*/**',
    except: [`**/src/features/${feature}/**`, '**/src/features/*/index.ts'],
    message: `A feature uses another feature only through its index.ts (src/features/<name>/index.ts).`,
  })),
  {
    target: ['./src/components', './src/config', './src/lib'],
    from: './src/features/*/**',
    except: ['**/src/features/*/index.ts'],
    message: 'Shared code uses a feature only through its index.ts.',
  },
  {
    target: ['./src/components', './src/config', './src/lib', './src/features'],
    from: './src/app',
    message: 'Only the app composes the console: nothing imports from src/app.',
  },
];

export default config(
  { ignores: ['dist/', 'node_modules/', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...typescript.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  reactHooks.configs.flat['recommended-latest'],
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.browser } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-unresolved': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // the tests may reach into any layer (render the app, stub a feature's API)
    files: ['src/**/__tests__/**', 'src/testing/**'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['e2e/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
