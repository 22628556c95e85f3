import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { contentSecurityPolicy } from '../src/shared/contentSecurityPolicy';

// The benchmark's own pages, built next to the app's renderer so they share its origin and database.
export default defineConfig({
  root: resolve(import.meta.dirname, 'page'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(import.meta.dirname, '../src/shared'),
      '@platform': resolve(import.meta.dirname, '../src/renderer/src/platform/index.web.ts'),
    },
  },
  logLevel: 'warn',
  // The app's policy, so code is measured as the app runs it (no eval: zod validates without its JIT).
  plugins: [
    {
      name: 'content-security-policy',
      transformIndexHtml: (html: string) =>
        html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`),
    },
  ],
  build: {
    outDir: resolve(import.meta.dirname, '../out/web/__bench__'),
    emptyOutDir: true,
    target: 'chrome140',
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'page/index.html'), raw: resolve(import.meta.dirname, 'page/raw.html') },
    },
  },
});
