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

/**
 * The entry point only starts the database reads and then imports the interface (`startJournal`).
 * Listing the interface's chunks as module preloads lets the browser fetch and compile them while
 * the entry point runs, instead of after.
 */
function preloadInterface(dynamicEntry: string): Plugin {
  let interfaceFiles: string[] = [];
  return {
    name: 'preload-interface',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
      const ui = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(dynamicEntry));
      if (!ui) throw new Error(`No chunk for ${dynamicEntry}: the start-up preload list would be empty`);
      const files = new Set<string>();
      const visit = (fileName: string) => {
        if (files.has(fileName)) return;
        files.add(fileName);
        chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
      };
      visit(ui.fileName);
      interfaceFiles = [...files];
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

/** Which platform layer the renderer is built with: the desktop app's bridge, or the browser stand-in. */
export type RendererPlatform = 'electron' | 'web';

/** The renderer's build, the same for both platforms but for the `@platform` module. */
export function rendererOptions(platform: RendererPlatform) {
  return {
    resolve: {
      alias: {
        ...shared,
        '@platform': resolve(import.meta.dirname, `src/renderer/src/platform/index.${platform}.ts`),
      },
    },
    plugins: [react(), injectContentSecurityPolicy(), preloadInterface('/src/startJournal.tsx')],
    // The browser build has no main process to ask for the version.
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
    build: { target: 'chrome140', minify: true },
    // The export and import workers are module workers: as ES modules they load what they import
    // only on demand (the phone-number module only when it must upgrade the database), instead of
    // carrying every dynamic import inlined.
    worker: { format: 'es' as const },
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
  renderer: rendererOptions('electron'),
});
