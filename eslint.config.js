// The layer direction of ARCHITECTURE.md, held by no-restricted-imports:
// domain ← i18n ← data ← engine ← plan ← adapters ← taskpane / cli.
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

const layers = ['domain', 'i18n', 'sample', 'data', 'engine', 'plan', 'adapters', 'taskpane', 'cli'];
const allowed = {
  domain: [],
  i18n: ['domain'],
  sample: ['domain', 'data'],
  data: ['domain', 'i18n'],
  engine: ['domain', 'data'],
  plan: ['domain', 'i18n', 'data', 'engine'],
  adapters: ['domain', 'i18n', 'data', 'plan'],
  taskpane: layers,
  cli: layers,
};
const platform = ['exceljs', 'react', 'react-dom', '@fluentui/*', 'office-*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'node:*'];
const pure = ['domain', 'i18n', 'sample', 'data', 'engine', 'plan'];

function layerRule(layer) {
  const forbidden = layers.filter((l) => l !== layer && !allowed[layer].includes(l));
  const patterns = forbidden.map((l) => ({
    group: [`../**/${l}`, `../**/${l}/**`],
    message: `${layer}/ may not import ${l}/ (see ARCHITECTURE.md).`,
  }));
  if (pure.includes(layer)) {
    patterns.push({ group: platform, message: `${layer}/ is pure: no platform or I/O imports.` });
  }
  return {
    files: [`src/${layer}/**/*.ts`, `src/${layer}/**/*.tsx`],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

const pureProperties = {
  files: pure.map((l) => `src/${l}/**/*.ts`),
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-properties': [
      'error',
      { object: 'Date', property: 'now', message: 'Pass dates in: the core is pure.' },
      { object: 'Math', property: 'random', message: 'Pass a seeded random source in: the core is pure.' },
    ],
  },
};

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', 'test-output/**', 'bin/**', '*.config.js', 'test/stubs/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layers.map(layerRule),
  pureProperties,
  {
    // Plain Node scripts run without a build step: CommonJS and Node's globals.
    files: ['scripts/**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', URL: 'readonly', Buffer: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
