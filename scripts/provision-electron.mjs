// Electron 42+ downloads nothing at `npm install`: its `install-electron` command fetches the
// binary and writes node_modules/electron/path.txt, which electron-vite needs to start the app.
// Where the download is impossible (offline, blocked host), the install still succeeds: the
// type definitions, the unit tests and the browser end-to-end tests need no binary.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

// package.json's engines say what Electron 45's own tooling asks for (Node 22.12); an older Node
// still installs, builds and tests the app, so this is said once and the install goes on.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.warn(`[electron] Node ${process.versions.node} is older than the 22.12 Electron 45 asks for; the install continues, but use Node 22.12 or newer for releases.`);
}

let electronDir;
try {
  electronDir = dirname(require.resolve('electron/package.json'));
} catch {
  process.exit(0); // a production install without dev dependencies
}

if (process.env.CANCELLATION_JOURNAL_SKIP_ELECTRON === '1') {
  console.log('[electron] skipped: CANCELLATION_JOURNAL_SKIP_ELECTRON=1');
  process.exit(0);
}

const result = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: 5 * 60 * 1000,
  encoding: 'utf8',
});

if (result.status === 0) {
  console.log('[electron] binary ready.');
} else {
  const reason = `${result.stderr ?? ''}${result.error?.message ?? ''}`.split('\n').find((line) => line.trim()) ?? 'unknown error';
  console.warn(
    `[electron] could not download the Electron binary (${reason.trim().slice(0, 160)}). ` +
      'Install continues: tests run in Chromium; run `npx install-electron` when online to start the desktop app.',
  );
}
