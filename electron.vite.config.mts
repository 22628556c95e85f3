import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/shared/contentSecurityPolicy';

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') };
const { version } = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { version: string };

/** Production HTML carries the same CSP as the app:// responses, so the browser e2e runs under it too. */
function injectContentSecurityPolicy(): Plugin {
  return {
    name: 'inject-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: { externalizeDeps: true },
  },
  preload: {
    resolve: { alias: shared },
    // A sandboxed preload cannot load ES modules or require npm packages: one CommonJS file.
    build: {
      externalizeDeps: false,
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [react(), injectContentSecurityPolicy()],
    // The browser build has no main process to ask for the version.
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: { target: 'chrome140', minify: true },
  },
});
