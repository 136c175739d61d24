// ESLint flat config. `npm run lint` runs Prettier (check), this, and knip.
// TypeScript is linted with type information (projectService reads tsconfig.json);
// the plain JavaScript (scripts, the e2e harness, bin, configs) with the base rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-web/', 'coverage/', 'tmp/', 'scripts/_probe.ts'] },

  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  js.configs.recommended,

  // TypeScript: the recommended set, plus the type-aware rules that catch real bugs
  // (promises dropped or passed where a void callback is expected, awaiting a non-promise,
  // a switch over a union that misses a member).
  {
    files: ['**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      // sheetjs.ts points at the ambient declaration of SheetJS's core build.
      '@typescript-eslint/triple-slash-reference': [
        'error',
        { path: 'always', types: 'prefer-import', lib: 'always' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },

  // React: hooks rules and accessibility for the pane and the web page.
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/taskpane/**/*.{ts,tsx}', 'src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/ui/**/*.tsx', 'src/taskpane/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },

  // Office.js: load before read, sync after load, no sync in a loop.
  {
    files: ['src/addin/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },

  // Plain JavaScript run by Node: CommonJS scripts, the e2e harness, the bin stub, configs.
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },
  // Test stubs run in jest (node).
  {
    files: ['test/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  // The e2e scripts run in Node and hand functions to the browser page (page.evaluate).
  {
    files: ['test-e2e/**/*.js', 'test-excel/**/*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // The fake Office.js objects define getters whose closures need the proxy object
  // (`this` inside a property getter), as Office.js's own proxies do.
  {
    files: ['test/addin/fake*.ts'],
    rules: { '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['ws', 'range'] }] },
  },
);
