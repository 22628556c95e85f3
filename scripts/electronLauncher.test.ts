import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appEnvironment, languageArgs, plainLaunchArgs, projectRoot } from '../e2e/electron/electronApp';

// The Electron end-to-end tests cannot run where Electron's binary cannot be downloaded; what
// decides whether they can pass the first time they run in CI is checked here.
describe('how the Electron end-to-end tests start the app', () => {
  it('starts the project folder, so Electron reads package.json: name, productName and main', () => {
    const pkg = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { productName: string; main: string };
    expect(pkg.productName).toBe('Cancellation Journal');
    expect(pkg.main).toBe('./out/main/index.js');
    expect(existsSync(join(projectRoot, 'electron-builder.yml'))).toBe(true);
    expect(plainLaunchArgs('darwin')[0]).toBe('.');
  });

  it('leaves no dev-server address behind, not even an empty one', () => {
    const saved = process.env.ELECTRON_RENDERER_URL;
    process.env.ELECTRON_RENDERER_URL = '';
    try {
      const env = appEnvironment('/tmp/profile');
      expect('ELECTRON_RENDERER_URL' in env).toBe(false);
      expect(env.CANCELLATION_JOURNAL_USER_DATA).toBe('/tmp/profile');
    } finally {
      if (saved === undefined) delete process.env.ELECTRON_RENDERER_URL;
      else process.env.ELECTRON_RENDERER_URL = saved;
    }
  });

  it('pins English, on the command line and in the environment', () => {
    expect(languageArgs).toEqual(['--lang=en-US']);
    expect(plainLaunchArgs('win32')).toEqual(['.', '--lang=en-US']);
    expect(appEnvironment('/tmp/p').LANG).toBe('en_US.UTF-8');
  });

  it('gives a second instance started by hand the --no-sandbox Playwright gives its own on Linux', () => {
    expect(plainLaunchArgs('linux')).toContain('--no-sandbox');
    expect(plainLaunchArgs('darwin')).not.toContain('--no-sandbox');
    expect(plainLaunchArgs('win32')).not.toContain('--no-sandbox');
  });
});
