// Builds the renderer, the main process (hub CLI + Electron main) and the sandboxed preload with Vite.
// 'electron' is never bundled: the Electron runtime provides it, so the build works without the package.
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const ELECTRON = [/^electron(\/.*)?$/];
const quiet = process.argv.includes('--quiet');
const logLevel = quiet ? 'warn' : 'info';

rmSync('dist', { recursive: true, force: true });

await build({ configFile: 'vite.config.ts', logLevel });

await build({
  configFile: false,
  logLevel,
  build: {
    ssr: true,
    outDir: 'dist/main',
    emptyOutDir: false,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { cli: 'src/main/cli.ts', 'electron-main': 'src/main/electron/main.ts', 'nl-cli': 'src/main/nl/cli.ts', 'analytics-cli': 'src/main/subscriptions/analytics/cli.ts', 'diagnostics-cli': 'src/main/diagnostics/support/cli.ts', 'hub-cli': 'src/main/hub/cli.ts' },
      external: ELECTRON,
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

await build({
  configFile: false,
  logLevel,
  ssr: { noExternal: true },
  build: {
    ssr: 'src/main/electron/preload.ts',
    outDir: 'dist/main',
    emptyOutDir: false,
    target: 'node20',
    rollupOptions: { external: ELECTRON, output: { format: 'cjs', entryFileNames: 'preload.cjs' } },
  },
});

// The automation trace writer runs as a thread from its own file (plain JavaScript, loaded as it is).
copyFileSync('src/main/automation/trace-writer.mjs', 'dist/main/trace-writer.mjs');
