import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererOptions } from './electron.vite.config';

/**
 * The renderer for a plain browser — the end-to-end tests, the benchmark, `npm run preview:web` —
 * built with the browser stand-in for the main process. The desktop app's renderer (out/renderer)
 * is built by electron-vite with the preload bridge instead, and carries none of this.
 */
export default defineConfig({
  ...rendererOptions('web'),
  root: resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  build: { ...rendererOptions('web').build, outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  logLevel: 'warn',
});
