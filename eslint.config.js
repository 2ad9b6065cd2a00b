// Lint rules for the whole repository. Besides the usual checks, two boundaries are kept:
// only electron/main and electron/preload may import 'electron', and only
// renderer/src/bridge may touch `window.newsroom`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronImportBan = {
  paths: [
    { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-electron/**',
      'release/**',
      'node_modules/**',
      '.tmp/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', electronImportBan],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // These two serve the React Compiler, which this project does not use; the first also
      // flags effects that load data and set state after an await, which is what effects are for.
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/incompatible-library': 'off',
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'newsroom',
          message: 'Only renderer/src/bridge talks to window.newsroom.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='newsroom'][parent.type='MemberExpression']",
          message: 'Only renderer/src/bridge talks to window.newsroom.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/bridge/**/*.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}', 'tests/**/*.ts', 'electron/**/*.ts', '*.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
