// Lint rules, including the layering of ../shared/ARCHITECTURE.md:
// renderer -> shared <- main -> protocols -> shared; never the reverse, never sideways between protocols.
// Each src/protocols/<stack>/ is entered only through its index.ts (or plain.ts, what needs no radio library), and its radio library is imported nowhere else
// (inside the folder: only by its one library file, like Matter's matterjs.ts).
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const PROTOCOLS = join(dirname(fileURLToPath(import.meta.url)), 'src', 'protocols');

/** Each radio library, the stack folder that owns it, and the files there that may import it. */
const STACK_LIBRARIES = [
  { name: 'zwave-js', stack: 'zwave', pattern: /^(zwave-js(\/.*)?|@zwave-js\/.+)$/, files: ['zwavejs.ts', 'simulator/zwavejs.ts'] },
  { name: 'zigbee-herdsman', stack: 'zigbee', pattern: /^zigbee-herdsman(-converters)?(\/.*)?$/, files: ['herdsman.ts'] },
  { name: 'matter.js', stack: 'matter', pattern: /^(@matter|@project-chip)\/.+$/, files: ['matterjs.ts'] },
  { name: 'mqtt.js', stack: 'mqtt', pattern: /^mqtt(\/.*)?$/, files: ['mqttjs.ts'] },
  { name: 'aedes', stack: 'mqtt', pattern: /^aedes(\/.*)?$/, files: ['test/aedes.ts'] },
];

/** The stack folder a path is in ('zwave' for src/protocols/zwave/…), or null (conformance/ and files beside the folders are in none). */
function stackOf(file) {
  const rel = relative(PROTOCOLS, file);
  if (rel.startsWith('..') || !rel.includes(sep)) return null;
  const stack = rel.split(sep)[0];
  return stack === 'conformance' ? null : stack;
}

/** Calls `check(sourceNode, text)` for every module an import, re-export, import() or import type names. */
function eachSource(check) {
  const literal = (node) => (node && node.type === 'Literal' && typeof node.value === 'string' ? node : undefined);
  const visit = (node) => {
    const src = literal(node.source) ?? literal(node.argument?.literal) ?? literal(node.argument);
    if (src) check(src, src.value);
  };
  return { ImportDeclaration: visit, ExportNamedDeclaration: visit, ExportAllDeclaration: visit, ImportExpression: visit, TSImportType: visit };
}

const hearth = {
  rules: {
    /** From outside src/protocols/<stack>/, only its index.ts may be imported (the conformance suite also takes its test/harness). */
    'protocol-boundary': {
      meta: { type: 'problem', schema: [], messages: { deep: "Import src/protocols/{{stack}} only through its index.ts ('{{source}}' reaches inside it)." } },
      create(context) {
        const file = resolve(context.filename);
        const from = stackOf(file);
        const suite = relative(PROTOCOLS, file).split(sep)[0].startsWith('conformance');
        return eachSource((node, source) => {
          if (!source.startsWith('.')) return;
          const target = resolve(dirname(file), source).replace(/\.(ts|tsx|js)$/, '');
          const into = stackOf(join(target, 'x')); // the stack folder the target is, or is in
          if (!into || into === from) return;
          const inside = relative(join(PROTOCOLS, into), target);
          // plain.ts: the stack's parts that load no radio library (the core imports index.ts only when the stack starts).
          if (inside === '' || inside === 'index' || inside === 'plain') return;
          if (suite && inside === join('test', 'harness')) return;
          context.report({ node, messageId: 'deep', data: { stack: into, source } });
        });
      },
    },
    /** zwave-js, zigbee-herdsman(-converters), @matter/* and @project-chip/* only inside their own stack folder, and there only in its library file. */
    'stack-library': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          outside: '{{library}} belongs to src/protocols/{{stack}}: import what it gives through src/protocols/{{stack}}/index.ts.',
          inside: 'Inside src/protocols/{{stack}}, {{library}} is imported only by {{files}} (one file shows the library\'s footprint).',
        },
      },
      create(context) {
        const file = resolve(context.filename);
        const from = stackOf(file);
        return eachSource((node, source) => {
          const lib = STACK_LIBRARIES.find((l) => l.pattern.test(source));
          if (!lib) return;
          if (from !== lib.stack) return context.report({ node, messageId: 'outside', data: { library: lib.name, stack: lib.stack } });
          const own = relative(join(PROTOCOLS, lib.stack), file).split(sep).join('/');
          if (!lib.files.includes(own)) context.report({ node, messageId: 'inside', data: { library: lib.name, stack: lib.stack, files: lib.files.join(', ') } });
        });
      },
    },
  },
};

const NODE_BUILTINS = '^(node:.*|fs|fs/promises|path|os|child_process|net|http|https|crypto|stream|url|util|events|worker_threads|dgram|tls|zlib|readline)$';
const NATIVE_AND_STACKS = '^(better-sqlite3(-multiple-ciphers)?|serialport|@serialport/.*|zwave-js(/.*)?|@zwave-js/.*|zigbee-herdsman(-converters)?(/.*)?|@matter/.*|@project-chip/.*|mqtt(/.*)?|aedes(/.*)?|electron|ws)$';

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
    plugins: { hearth },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'hearth/protocol-boundary': 'error',
      'hearth/stack-library': 'error',
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
  ...['zwave', 'zigbee', 'matter', 'mqtt'].map((proto) => {
    const others = ['zwave', 'zigbee', 'matter', 'mqtt'].filter((p) => p !== proto).join('|');
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
