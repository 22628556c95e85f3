import { mkdtemp, mkdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveAppAsset, serveAppAsset } from './appAssets';

let root: string;
let outside: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'renderer-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html>');
  await writeFile(join(root, 'assets', 'app.js'), 'console.log(1)');
  outside = await mkdtemp(join(tmpdir(), 'private-'));
  await writeFile(join(outside, 'secret.txt'), 'the user’s private file');
  await mkdir(join(outside, 'folder'));
  await writeFile(join(outside, 'folder', 'inner.js'), 'stolen');
  // Links planted inside the renderer folder, pointing out of it (a file and a whole folder),
  // and one pointing to a file inside it, which is fine.
  await symlink(join(outside, 'secret.txt'), join(root, 'assets', 'secret.js'));
  await symlink(join(outside, 'folder'), join(root, 'linked'), 'dir');
  await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
});

describe('resolveAppAsset', () => {
  it('maps app:// paths into the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://journal/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://journal/assets/app.js?v=2')).toBe(join(root, 'assets', 'app.js'));
  });

  it('refuses paths that climb out of the folder or belong elsewhere', () => {
    // The URL parser already folds literal dots away: the path stays inside the folder.
    expect(resolveAppAsset(root, 'app://journal/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppAsset(root, 'app://journal/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppAsset(root, 'app://journal/assets/..%2f..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppAsset(root, 'app://journal/..%5c..%5cwindows')).toBeNull();
    expect(resolveAppAsset(root, 'app://journal/%00')).toBeNull();
    expect(resolveAppAsset(root, 'app://other/index.html')).toBeNull();
    expect(resolveAppAsset(root, 'file:///etc/passwd')).toBeNull();
  });
});

describe('serveAppAsset', () => {
  it('serves files with their type and the content security policy', async () => {
    const response = await serveAppAsset(root, 'app://journal/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-eval');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for missing files and traversal attempts', async () => {
    expect((await serveAppAsset(root, 'app://journal/missing.js')).status).toBe(404);
    expect((await serveAppAsset(root, 'app://journal/%2e%2e/secret')).status).toBe(404);
    expect((await serveAppAsset(root, 'app://journal/assets')).status).toBe(404);
  });

  it('follows symbolic links only to files inside the renderer folder', async () => {
    const leakedFile = await serveAppAsset(root, 'app://journal/assets/secret.js');
    expect(leakedFile.status).toBe(404);
    expect(await leakedFile.text()).not.toContain('private');
    expect((await serveAppAsset(root, 'app://journal/linked/inner.js')).status).toBe(404);
    const alias = await serveAppAsset(root, 'app://journal/alias.js');
    expect(alias.status).toBe(200);
    expect(await alias.text()).toBe('console.log(1)');
  });

  it('serves from a renderer folder that is itself reached through a link', async () => {
    const linkedRoot = join(await mkdtemp(join(tmpdir(), 'install-')), 'renderer');
    await symlink(root, linkedRoot, 'dir');
    expect((await serveAppAsset(linkedRoot, 'app://journal/assets/app.js')).status).toBe(200);
    expect((await serveAppAsset(linkedRoot, 'app://journal/assets/secret.js')).status).toBe(404);
  });
});
