// Renderer build (React). The main process and preload are built by scripts/build.mjs.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The bundle is read from this computer (app:// or the loopback hub), not over the internet:
    // 1 MB in one file is fine, and the warning would only be noise at every `npm start`.
    chunkSizeWarningLimit: 1024,
  },
});
