import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { APP_ID } from '../src/main/appIdentity';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const builder = parse(read('electron-builder.yml')) as Record<string, Record<string, unknown>> & { appId: string };
const pkg = JSON.parse(read('package.json')) as {
  author?: { email?: string };
  engines: { node: string };
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(join(root, path));
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('installer configuration', () => {
  it('is valid for the pinned electron-builder (its own JSON schema)', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, builder);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('flips Electron’s fuses for release builds', () => {
    expect(builder.electronFuses).toEqual(
      expect.objectContaining({
        runAsNode: false,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
        enableCookieEncryption: true,
        grantFileProtocolExtraPrivileges: false,
      }),
    );
    expect(builder.asar).toBe(true);
  });

  it('names a maintainer with an e-mail address, without which the deb target aborts', () => {
    expect(builder.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+\.[a-z]+>$/);
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(builder.linux?.target).toEqual(expect.arrayContaining(['deb', 'AppImage']));
  });

  it('has the same app id as the running app gives Windows', () => {
    expect(builder.appId).toBe(APP_ID);
  });

  it('has its icons: a 1024-px PNG for macOS and Windows, and the Linux sizes', () => {
    expect(pngSize(String(builder.icon))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(String(builder.mac?.icon))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(String(builder.win?.icon))).toEqual({ width: 256, height: 256 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(`${String(builder.linux?.icon)}/${size}x${size}.png`)).toEqual({ width: size, height: size });
    }
  });
});

describe('package.json', () => {
  it('builds installers with a pinned electron-builder, never one fetched by npx', () => {
    expect(pkg.devDependencies['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.scripts.dist).toMatch(/(^| )electron-builder /);
    expect(pkg.scripts.dist).not.toMatch(/npx/);
    const installed = JSON.parse(readFileSync(require.resolve('electron-builder/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(pkg.devDependencies['electron-builder']);
  });

  it('asks for the Node that Electron itself asks for', () => {
    const electron = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { engines: { node: string } };
    const minimum = (range: string) => /(\d+\.\d+)/.exec(range)?.[1];
    expect(minimum(pkg.engines.node)).toBe(minimum(electron.engines.node));
  });

  it('keeps the build configuration where the design names it', () => {
    expect(existsSync(join(root, 'electron.vite.config.ts'))).toBe(true);
    expect(existsSync(join(root, 'electron.vite.config.mts'))).toBe(false);
    expect((JSON.parse(read('tsconfig.node.json')) as { include: string[] }).include).toContain('electron.vite.config.ts');
  });
});

describe('the GitHub Actions workflow', () => {
  type Step = { name?: string; run?: string; if?: string; uses?: string; with?: Record<string, string> };
  const workflow = parse(read('.github/workflows/ci.yml')) as {
    jobs: Record<string, { strategy: { matrix: { os: string[] } }; steps: Step[] }>;
  };
  const job = Object.values(workflow.jobs)[0]!;
  const runs = job.steps.map((step) => step.run ?? '').join('\n');

  it('runs npm test on Linux (under xvfb-run), Windows and macOS, with Electron’s binary required', () => {
    expect(job.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(runs).toMatch(/npm ci/);
    expect(runs).toMatch(/test -f node_modules\/electron\/path\.txt/);
    const linuxTest = job.steps.find((step) => step.run?.includes('xvfb-run'));
    expect(linuxTest?.if).toBe("runner.os == 'Linux'");
    expect(linuxTest?.run).toMatch(/xvfb-run .*npm test$/);
    expect(job.steps.find((step) => step.run === 'npm test')?.if).toBe("runner.os != 'Linux'");
    expect(job.steps.find((step) => step.with?.['node-version'])?.with?.['node-version']).toBe('22');
  });

  it('builds the installers and keeps them as artifacts', () => {
    expect(runs).toMatch(/npm run dist/);
    const upload = job.steps.find((step) => step.name === 'Upload installers');
    expect(upload?.uses).toMatch(/^actions\/upload-artifact@/);
    for (const kind of ['exe', 'dmg', 'AppImage', 'deb']) expect(upload?.with?.path).toContain(`dist/*.${kind}`);
  });
});
