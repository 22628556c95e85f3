// `npm start` builds and opens the desktop app; `npm run dev` opens it with hot reload.
// Without the Electron binary it says what is missing instead of printing a stack trace.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : null;

if (!binary || !existsSync(binary)) {
  console.error(
    [
      'Cancellation Journal cannot start: the Electron binary is not installed.',
      '  It is downloaded from GitHub by `npx install-electron` (run automatically by `npm install`).',
      '  Connect to the internet and run `npx install-electron`, then `npm start` again.',
      '  Without it you can still run the tests (`npm test`) and the journal in a browser: `npm run preview:web`',
      '  builds it and serves it at http://127.0.0.1:4173 (data stays in that browser).',
    ].join('\n'),
  );
  process.exit(1);
}

const dev = process.argv.includes('--dev');
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, dev ? 'dev' : 'preview'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
