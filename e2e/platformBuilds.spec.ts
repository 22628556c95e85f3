import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/**
 * The platform layer is chosen at build time: the desktop app's renderer (out/renderer, built by
 * `electron-vite build`) talks only to the preload bridge, and the browser stand-in — with its own
 * backup database — ships only in the browser build (out/web, `npm run build:web`).
 */
const scriptsOf = (folder: string) =>
  readdirSync(join(folder, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(folder, 'assets', name), 'utf8'))
    .join('\n');

// Strings only the browser stand-in has: its backup database's name and its print fallback.
const browserOnly = ['cancellation-journal-backups', 'window.print'];

test('the desktop bundle carries no browser adapter; the browser bundle does', () => {
  const desktop = scriptsOf('out/renderer');
  const web = scriptsOf('out/web');
  for (const marker of browserOnly) {
    expect(desktop, `desktop bundle contains ${marker}`).not.toContain(marker);
    expect(web, `browser bundle lacks ${marker}`).toContain(marker);
  }
  expect(desktop).toContain('journalBridge');
});
