// ESLint 9 flat config: typescript-eslint everywhere, React hooks and jsx-a11y on the pages.
// `npm run lint` (part of `npm test`) fails on any warning.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `import('…').Type` stays allowed: it names lazily loaded modules' types without loading them.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always'],
      // A `let` read (in a callback) before its one assignment is how two parts that report to
      // each other get wired; const would put the callback in the temporal dead zone.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // The server logs through pino; pages may report what nobody else can (a failed start).
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/console/**/*.{ts,tsx}', 'src/shared/**/*.ts', 'test/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // CommonJS config files.
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/server/**', 'src/demo/**'],
    rules: { 'no-console': 'error' },
  },
  {
    // Browser-side test doubles served to the pages under test.
    files: ['test/e2e/doubles/**'],
    languageOptions: { sourceType: 'script', globals: { ...globals.browser } },
  },
  {
    // Tests and scripts talk to the terminal and reach into internals on purpose.
    files: ['test/**', 'bench/**', 'scripts/**'],
    rules: { 'no-console': 'off' },
  },
);
