import { chmod, mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// The rename over the target fails as told: a full disk, or Windows refusing while another program
// (antivirus, OneDrive) holds the target open.
const renameFailures = vi.hoisted(() => ({ next: [] as string[], attempts: 0 }));
// What reached the disk, in order: renames, and which paths were flushed.
const diskLog = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        await sync();
        diskLog.push(`sync ${String(args[0])}`);
      };
      return handle;
    },
    rename: async (from: string, to: string) => {
      diskLog.push(`rename to ${to}`);
      renameFailures.attempts += 1;
      const code = renameFailures.next.shift();
      if (code) throw Object.assign(new Error(`${code}: operation refused, rename '${from}' -> '${to}'`), { code });
      return actual.rename(from, to);
    },
  };
});

const { FileInUse, RENAME_RETRY_DELAYS_MS, writeFileAtomically } = await import('./atomicWrite');

const tempDir = () => mkdtemp(join(tmpdir(), 'cj-atomic-'));

beforeEach(() => {
  renameFailures.next = [];
  renameFailures.attempts = 0;
  diskLog.length = 0;
});

describe('writeFileAtomically', () => {
  it.skipIf(process.platform === 'win32')('flushes the file before the rename and the folder after it', async () => {
    const dir = await tempDir();
    const file = join(dir, 'journal.json');
    await writeFileAtomically(file, 'new');
    expect(diskLog).toEqual([expect.stringMatching(/^sync .*\.journal\.json\.[0-9a-f]{12}\.tmp$/), `rename to ${file}`, `sync ${dir}`]);
  });
});

describe('writeFileAtomically when the disk fails', () => {
  it('keeps the good file and removes its temporary file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'journal.json');
    await writeFile(file, 'good');
    renameFailures.next = ['ENOSPC'];
    await expect(writeFileAtomically(file, 'half-written')).rejects.toThrow('ENOSPC');
    expect(renameFailures.attempts).toBe(1);
    expect(await readFile(file, 'utf8')).toBe('good');
    expect(await readdir(dir)).toEqual(['journal.json']);
  });
});

describe('writeFileAtomically when another program holds the file (Windows)', () => {
  it('tries the rename again after a short wait and then saves', async () => {
    const dir = await tempDir();
    const file = join(dir, 'journal.json');
    await writeFile(file, 'old');
    renameFailures.next = ['EBUSY', 'EPERM', 'EACCES'];
    const waits: number[] = [];
    await writeFileAtomically(file, 'new', { sleep: async (ms) => void waits.push(ms) });
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(waits).toEqual(RENAME_RETRY_DELAYS_MS.slice(0, 3));
    expect(await readdir(dir)).toEqual(['journal.json']);
  });

  it('gives up after about one to two seconds with a plain message, keeping the old file', async () => {
    const dir = await tempDir();
    const file = join(dir, 'journal.json');
    await writeFile(file, 'old');
    renameFailures.next = Array(20).fill('EPERM');
    const waits: number[] = [];
    const failure = await writeFileAtomically(file, 'new', { sleep: async (ms) => void waits.push(ms) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FileInUse);
    expect((failure as Error).message).toMatch(/^Could not save over "journal\.json": another program .* is using it/);
    expect((failure as InstanceType<typeof FileInUse>).code).toBe('EPERM');
    const total = waits.reduce((sum, ms) => sum + ms, 0);
    expect(total).toBeGreaterThanOrEqual(1000);
    expect(total).toBeLessThanOrEqual(2000);
    expect(renameFailures.attempts).toBe(RENAME_RETRY_DELAYS_MS.length + 1);
    expect(await readFile(file, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['journal.json']);
  });

  it('really waits between attempts', async () => {
    const dir = await tempDir();
    renameFailures.next = ['EBUSY'];
    const started = performance.now();
    await writeFileAtomically(join(dir, 'journal.json'), 'new', { retryDelaysMs: [120] });
    expect(performance.now() - started).toBeGreaterThanOrEqual(100);
  });
});

describe('writeFileAtomically and permissions', () => {
  it.skipIf(process.platform === 'win32')('gives the new file the mode of the file it replaces', async () => {
    const dir = await tempDir();
    const file = join(dir, 'shared.json');
    await writeFile(file, 'old');
    await chmod(file, 0o640);
    await writeFileAtomically(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    await chmod(file, 0o444);
    await writeFileAtomically(file, 'newer');
    expect((await stat(file)).mode & 0o777).toBe(0o444);
    expect(await readFile(file, 'utf8')).toBe('newer');
  });

  it.skipIf(process.platform === 'win32')('makes a new file readable by its owner only', async () => {
    const dir = await tempDir();
    await writeFileAtomically(join(dir, 'new.json'), 'new');
    expect((await stat(join(dir, 'new.json'))).mode & 0o777).toBe(0o600);
  });
});

describe('writeFileAtomically and earlier crashes', () => {
  it('removes an hour-old temporary file of the same target, but not a recent one nor anything else', async () => {
    const dir = await tempDir();
    const file = join(dir, 'journal.json');
    const old = join(dir, '.journal.json.0123456789ab.tmp');
    const recent = join(dir, '.journal.json.ba9876543210.tmp');
    const otherTarget = join(dir, '.other.json.0123456789ab.tmp');
    const notOurs = join(dir, '.journal.json.draft.tmp');
    for (const path of [old, recent, otherTarget, notOurs]) await writeFile(path, 'leftover');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    for (const path of [old, otherTarget, notOurs]) await utimes(path, twoHoursAgo, twoHoursAgo);
    await writeFileAtomically(file, 'new');
    expect((await readdir(dir)).sort()).toEqual(
      ['.journal.json.ba9876543210.tmp', '.journal.json.draft.tmp', '.other.json.0123456789ab.tmp', 'journal.json'].sort(),
    );
  });
});
