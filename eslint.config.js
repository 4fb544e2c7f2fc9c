import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Imports flow one way: content ← domain ← state ← features ← app. `export` reads content,
// domain and i18n; components and lib import nothing above them; features never import each other.
const zones = [
  {
    target: './src/content',
    from: ['./src/domain', './src/state', './src/features', './src/app', './src/export'],
  },
  {
    target: './src/domain',
    from: ['./src/state', './src/features', './src/app', './src/export', './src/i18n'],
  },
  { target: './src/state', from: ['./src/features', './src/app', './src/export'] },
  { target: './src/export', from: ['./src/state', './src/features', './src/app'] },
  // Components may load the export layer on demand (the shared PDF button's `import()`): export
  // itself imports nothing above domain and i18n, so this cannot pull state or features in.
  { target: './src/components', from: ['./src/state', './src/features', './src/app'] },
  {
    target: './src/lib',
    from: ['./src/state', './src/features', './src/app', './src/export', './src/components'],
  },
  { target: './src/features', from: ['./src/app'] },
  // Features are islands: each may import only itself, whichever way the path is written (relative
  // or through the @/ alias), so no screen grows a hidden dependency on another.
  ...readdirSync('./src/features', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((feature) => ({
      target: `./src/features/${feature.name}`,
      from: './src/features',
      except: [`./${feature.name}`],
      message: 'Features do not import each other; share through state, domain or components.',
    })),
  // The live link (relay, keys, sealed values) sits beside domain: the facilitator's screens and the
  // phone page read it; it knows nothing of the store, the screens or the PDFs.
  {
    target: './src/live',
    from: ['./src/state', './src/features', './src/app', './src/export', './src/components', './src/i18n'],
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'playwright-report', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX, 'jsx-a11y': jsxA11y },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    // The phone page (join.html) keeps its answer through its own small module: it loads none of the app.
    ignores: ['src/**/*.test.ts', 'src/state/storage.ts', 'src/phone/phone-storage.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='localStorage']",
          message:
            'Only src/state/storage.ts (and the phone page’s src/phone/phone-storage.ts) touches localStorage.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      // Features are islands: a screen of one feature never imports another feature's code.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../features/*', '../features/*'],
              message: 'Features do not import each other; share through state, domain or components.',
            },
          ],
        },
      ],
    },
  },
  {
    // No literal UI text in JSX outside tests: every string comes from i18n or content.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXText[value=/[A-Za-zÆØÅæøå]{2,}/]',
          message: 'No hard-coded UI text: use t() from i18n or the toolkit content.',
        },
        {
          selector:
            'JSXAttribute[name.name=/^(aria-label|title|alt|placeholder)$/] > Literal[value=/[A-Za-zÆØÅæøå]{2,}/]',
          message: 'No hard-coded UI text in accessible names: use t().',
        },
        {
          selector: "MemberExpression[object.name='localStorage']",
          message: 'Only src/state/storage.ts touches localStorage.',
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'Domain is pure: pass what you need in.' },
        { name: 'localStorage', message: 'Domain is pure.' },
        { name: 'setTimeout', message: 'Domain is pure: time comes in as an argument.' },
        { name: 'setInterval', message: 'Domain is pure: time comes in as an argument.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Domain is pure: pass nowMs in.' },
      ],
      'no-restricted-imports': [
        'error',
        { paths: ['react', 'react-dom', 'zustand', 'i18next', 'react-i18next', 'jspdf'] },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
    },
  },
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['tests/e2e/**/*.ts', '*.config.{js,ts}', 'scripts/**/*.{js,mjs,ts}', 'relay/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['relay/test/**/*.test.mjs'],
    plugins: { vitest },
    rules: {
      ...vitest.configs.recommended.rules,
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
    },
  },
  prettier,
);
