import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication } from '@playwright/test';

/** The Electron binary, or why there is none (it is downloaded by `npx install-electron`). */
export function electronBinary(): { path: string } | { missing: string } {
  const dir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'the Electron binary is not installed (no node_modules/electron/path.txt; run `npx install-electron` with internet access)' };
  }
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? { path: binary } : { missing: `the Electron binary ${binary} is missing` };
}

export const mainEntry = resolve('out/main/index.js');

/** Starts the built app with a fresh, empty profile of its own. */
export async function launchApp(userData = mkdtempSync(join(tmpdir(), 'cj-electron-'))): Promise<{ app: ElectronApplication; userData: string }> {
  const binary = electronBinary();
  if (!('path' in binary)) throw new Error(binary.missing);
  const app = await electron.launch({
    executablePath: binary.path,
    args: [mainEntry, ...(process.env.CI ? ['--no-sandbox'] : [])],
    env: { ...process.env, CANCELLATION_JOURNAL_USER_DATA: userData, ELECTRON_RENDERER_URL: '' },
  });
  return { app, userData };
}
