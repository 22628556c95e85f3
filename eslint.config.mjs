import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The architecture's boundaries, enforced (see README, "Boundaries"): each folder may import only
 * what its place in the app allows. `src/renderer/src/boundaries.test.ts` proves each rule fires.
 */
const restrict = (message, names) => names.map((name) => ({ name, message }));
const builtins = builtinModules.filter((name) => !name.startsWith('_')).map((name) => name.replace(/[/\\^$.*+?()[\]{}|]/g, '\\$&'));
const noNode = (message) => [{ regex: `^(?:node:|(?:${builtins.join('|')})(?:/|$))`, message }];
const uiAndDatabase = ['react', 'react-dom', 'react-i18next', 'dexie', 'dexie-react-hooks'];

const sharedRule = {
  paths: [
    ...restrict('src/shared is plain logic for main, preload and renderer alike: no UI, database or Electron.', [...uiAndDatabase, 'electron']),
  ],
  patterns: [
    ...noNode('src/shared runs in the renderer too: no Node modules.'),
    { regex: '(^|/)(renderer|main|preload)(/|$)', message: 'src/shared imports nothing from main, preload or the renderer.' },
  ],
};
const mainRule = {
  paths: restrict('The main process has no UI or database of its own: the renderer owns the journal.', uiAndDatabase),
  patterns: [{ regex: '(^|/)renderer(/|$)', message: 'src/main imports nothing from the renderer.' }],
};
const rendererRule = {
  paths: restrict('Use the platform bridge; the renderer has no Electron access.', ['electron']),
  patterns: noNode('The renderer never touches the file system or Node: everything goes through the bridge.'),
};
const featureRule = {
  ...rendererRule,
  patterns: [
    ...rendererRule.patterns,
    {
      // `../journalFiles` (its index) is a feature's public face; `../journalFiles/useJournalExport` its insides.
      regex: '^\\.\\./(?!\\.\\.)[^/]+/(?!index$).+',
      message: "A feature uses another feature only through that feature's index.ts.",
    },
  ],
};

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Tests may read files and start processes; the code they test may not.
  { files: ['src/shared/**/*.{ts,tsx}'], ignores: ['**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', sharedRule] } },
  { files: ['src/main/**/*.ts', 'src/preload/**/*.ts'], ignores: ['**/*.test.ts'], rules: { 'no-restricted-imports': ['error', mainRule] } },
  { files: ['src/renderer/**/*.{ts,tsx}'], ignores: ['**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', rendererRule] } },
  { files: ['src/renderer/src/features/**/*.{ts,tsx}'], ignores: ['**/*.test.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', featureRule] } },
);
