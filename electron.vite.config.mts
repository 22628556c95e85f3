import { readFileSync, writeFileSync } from 'node:fs';
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

/**
 * The code the first screen runs: the entry point (database reads, no React) and the interface it
 * imports (`startJournal`).
 * - The interface's chunks are listed as module preloads, so the browser fetches and compiles them
 *   while the entry point runs instead of after.
 * - Each start-up chunk carries V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium
 *   136+): its functions are compiled eagerly, off the main thread, and kept in the code cache, where
 *   lazily compiled functions (most of React's) would be compiled again on every start.
 */
function startUpChunks(dynamicEntry: string): Plugin {
  const compileHint = '//# allFunctionsCalledOnLoad\n';
  let interfaceFiles: string[] = [];
  let startUpFiles: string[] = [];
  return {
    name: 'start-up-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const closure = (roots: string[]) => {
        const files = new Set<string>();
        const visit = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
        };
        roots.forEach(visit);
        return files;
      };
      const ui = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(dynamicEntry));
      if (!ui) throw new Error(`No chunk for ${dynamicEntry}: the start-up preload list would be empty`);
      interfaceFiles = [...closure([ui.fileName])];
      startUpFiles = [...closure([...chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName), ...interfaceFiles])];
    },
    // On the written files: Vite still rewrites chunks that import others lazily after generateBundle.
    writeBundle({ dir }) {
      if (!dir) return;
      for (const fileName of startUpFiles) {
        const path = resolve(dir, fileName);
        writeFileSync(path, compileHint + readFileSync(path, 'utf8'));
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const links = interfaceFiles
          .filter((fileName) => !html.includes(fileName))
          .map((fileName) => `\n    <link rel="modulepreload" crossorigin href="./${fileName}">`)
          .join('');
        return html.replace(/\n\s*<\/head>/, (end) => `${links}${end}`);
      },
    },
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
    plugins: [react(), injectContentSecurityPolicy(), startUpChunks('/src/startJournal.tsx')],
    // The browser build has no main process to ask for the version.
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: { target: 'chrome140', minify: true },
  },
});
