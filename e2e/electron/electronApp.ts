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

/** The project folder: Electron is started on it (`electron .`), as `npm start` does, so it reads
 * package.json — the app is "Cancellation Journal", not "Electron" as with a bare script path. */
export const projectRoot = resolve(__dirname, '../..');

/** English whatever the machine's language, so the tests' selectors hold everywhere. */
export const languageArgs = ['--lang=en-US'];

/**
 * The environment the app is started with: a profile of its own, English, and none of the
 * variables that would change what is tested (a dev-server URL, Node run as Node).
 */
export function appEnvironment(userData: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined) env[name] = value;
  }
  delete env.ELECTRON_RENDERER_URL;
  delete env.ELECTRON_RUN_AS_NODE;
  env.CANCELLATION_JOURNAL_USER_DATA = userData;
  env.LANG = 'en_US.UTF-8';
  env.LANGUAGE = 'en_US:en';
  return env;
}

/**
 * What a second, plain launch of the app needs on this platform. Playwright adds `--no-sandbox`
 * to the instances it starts on Linux (CI containers and runners often cannot give Chromium its
 * sandbox); a process started by hand must be given it too, or it dies before asking for the
 * single-instance lock.
 */
export function plainLaunchArgs(platform: NodeJS.Platform = process.platform): string[] {
  return ['.', ...languageArgs, ...(platform === 'linux' ? ['--no-sandbox'] : [])];
}

/** Starts the built app with a fresh, empty profile of its own. */
export async function launchApp(userData = mkdtempSync(join(tmpdir(), 'cj-electron-'))): Promise<{ app: ElectronApplication; userData: string }> {
  const binary = electronBinary();
  if (!('path' in binary)) throw new Error(binary.missing);
  // No executablePath: Playwright starts node_modules/electron's binary with its loader, which
  // holds back `ready` until it is connected.
  const app = await electron.launch({
    args: ['.', ...languageArgs],
    cwd: projectRoot,
    env: appEnvironment(userData),
  });
  return { app, userData };
}
