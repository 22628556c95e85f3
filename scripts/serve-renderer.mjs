// Serves the browser build of the renderer (out/web, `npm run build:web`) over http for the
// end-to-end tests and anyone who wants the journal in a browser. Usage: node scripts/serve-renderer.mjs [port]
import { preview } from 'vite';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4173);
const server = await preview({
  configFile: false,
  root: process.cwd(),
  build: { outDir: 'out/web' },
  preview: { port, strictPort: true, host: '127.0.0.1' },
  logLevel: 'warn',
});
console.log(`Cancellation Journal (browser build) at ${server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`}`);
