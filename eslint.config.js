// Lint rules, including the layering of ../shared/ARCHITECTURE.md:
// renderer -> shared <- main -> protocols -> shared; never the reverse, never sideways between protocols.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const NODE_BUILTINS = '^(node:.*|fs|fs/promises|path|os|child_process|net|http|https|crypto|stream|url|util|events|worker_threads|dgram|tls|zlib|readline)$';
const NATIVE_AND_STACKS = '^(better-sqlite3(-multiple-ciphers)?|serialport|@serialport/.*|zwave-js(/.*)?|@zwave-js/.*|zigbee-herdsman(-converters)?(/.*)?|@matter/.*|@project-chip/.*|electron|ws)$';

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const layer = (regex, message) => ({ regex, message });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/output/**', '.electron-native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      layer('^\\.\\.?/(.*/)?(main|protocols)(/|$)', 'The renderer talks to the core only through the contract in src/shared (see ARCHITECTURE.md).'),
      layer(NODE_BUILTINS, 'The renderer runs in a sandboxed page: no Node modules.'),
      layer(NATIVE_AND_STACKS, 'Radio stacks, storage and Electron live in the core, not the renderer.'),
    ),
  },
  {
    files: ['src/shared/**'],
    rules: restrict(
      layer('^\\.\\.?/(.*/)?(main|protocols|renderer)(/|$)', 'src/shared imports nobody (see ARCHITECTURE.md).'),
      layer(NODE_BUILTINS, 'src/shared is pure TypeScript: no Node modules.'),
      layer(NATIVE_AND_STACKS, 'src/shared is pure TypeScript: no radio stacks, storage or Electron.'),
      layer('^(react|react-dom|zustand)(/.*)?$', 'src/shared is pure TypeScript: no UI libraries.'),
    ),
  },
  ...['zwave', 'zigbee', 'matter'].map((proto) => {
    const others = ['zwave', 'zigbee', 'matter'].filter((p) => p !== proto).join('|');
    return {
      files: [`src/protocols/${proto}/**`],
      rules: restrict(
        layer('^\\.\\.?/(.*/)?(main|renderer)(/|$)', 'Protocol adapters import src/shared only (see ARCHITECTURE.md).'),
        layer(`^\\.\\.?/(.*/)?(${others})(/|$)`, 'No imports sideways between protocol folders.'),
        layer('^electron$', "Only src/main/electron imports 'electron'."),
      ),
    };
  }),
  {
    files: ['src/main/**'],
    ignores: ['src/main/electron/**'],
    rules: restrict(
      layer('^\\.\\.?/(.*/)?renderer(/|$)', 'The core never imports the renderer.'),
      layer('^electron$', "Only src/main/electron imports 'electron' (the core must run in plain Node)."),
    ),
  },
);
