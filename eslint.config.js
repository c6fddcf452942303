// Lint: strict TypeScript rules as errors (no warn level), regex hygiene for Arabic patterns,
// and the one-way dependency rule of the pipeline (text <- lexicon <- gazetteer <- extract <- cli).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import globals from 'globals';

const DRIVERS = [
  { name: 'better-sqlite3', message: 'database drivers are imported in src/store only' },
  { name: 'pg', message: 'database drivers are imported in src/store only' },
];

const layer = (from, forbidden) => ({
  files: [`src/${from}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      paths: from === 'store' ? [] : DRIVERS,
      patterns: forbidden.map((f) => ({ group: [`**/${f}/*`, `../${f}/*`], message: `src/${from} must not depend on src/${f} (pipeline order)` })),
    }],
  },
});

// Database drivers belong to src/store alone: nothing else knows SQL (the layers below repeat it).
const driversOnlyInStore = {
  files: ['src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
  ignores: ['src/store/**'],
  rules: { 'no-restricted-imports': ['error', { paths: DRIVERS }] },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'regexp/no-misleading-unicode-character': 'off',
    },
  },
  // the browser app: plain ES modules served as they are
  { files: ['web/**/*.js'], languageOptions: { sourceType: 'module', globals: globals.browser } },
  driversOnlyInStore,
  layer('text', ['lexicon', 'gazetteer', 'extract', 'cli', 'codebook']),
  layer('lexicon', ['gazetteer', 'extract', 'cli']),
  layer('gazetteer', ['extract', 'cli']),
  layer('extract', ['cli', 'api', 'store', 'ingest', 'link', 'export']),
  layer('store', ['cli', 'api', 'ingest', 'extract', 'link', 'export']),
  layer('link', ['cli', 'api', 'store', 'ingest', 'extract', 'export']),
  layer('export', ['cli', 'api', 'store', 'ingest', 'extract']),
  layer('ingest', ['cli', 'api']),
  layer('api', ['cli']),
);
