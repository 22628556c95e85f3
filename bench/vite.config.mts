import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The benchmark's own pages, built next to the app's renderer so they share its origin and database.
export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, '../src/shared') } },
  logLevel: 'warn',
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer/__bench__'),
    emptyOutDir: true,
    target: 'chrome140',
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'page/index.html'), raw: resolve(import.meta.dirname, 'page/raw.html') },
    },
  },
});
