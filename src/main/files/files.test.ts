import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomicWrite';
import { readTextFileWithin } from './readLimitedFile';
import { BACKUPS_KEPT, isBackupDue, listBackups, readBackup, writeBackup } from './journalBackups';

const tempDir = () => mkdtemp(join(tmpdir(), 'cj-files-'));

describe('writeFileAtomically', () => {
  it('replaces a file whole and leaves no temporary file behind', async () => {
    const dir = await tempDir();
    const file = join(dir, 'journal.json');
    await writeFile(file, 'old');
    await writeFileAtomically(file, 'new contents');
    expect(await readFile(file, 'utf8')).toBe('new contents');
    expect(await readdir(dir)).toEqual(['journal.json']);
  });
});

describe('readTextFileWithin', () => {
  it('reads files up to the limit and refuses larger ones before reading them', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'small.json'), '{"a":1}');
    await writeFile(join(dir, 'big.json'), 'x'.repeat(2048));
    expect(await readTextFileWithin(join(dir, 'small.json'), 1024)).toEqual({ status: 'opened', name: 'small.json', text: '{"a":1}' });
    expect(await readTextFileWithin(join(dir, 'big.json'), 1024)).toEqual({ status: 'tooLarge', name: 'big.json', size: 2048, limit: 1024 });
    await expect(readTextFileWithin(dir, 1024)).rejects.toThrow('is not a file');
  });
});

describe('journal backups', () => {
  const day = 24 * 60 * 60 * 1000;
  const start = Date.UTC(2026, 10, 1, 8, 0, 0);

  it('are due at first, then once a day', async () => {
    const dir = await tempDir();
    expect(await isBackupDue(dir, new Date(start))).toBe(true);
    await writeBackup(dir, '{"cases":[]}', new Date(start));
    expect(await isBackupDue(dir, new Date(start + day - 1000))).toBe(false);
    expect(await isBackupDue(dir, new Date(start + day))).toBe(true);
  });

  it('keep the newest 14 and delete older ones only after a good new one', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), 'not a backup');
    for (let i = 0; i < 20; i += 1) await writeBackup(dir, JSON.stringify({ n: i }), new Date(start + i * day));
    const backups = await listBackups(dir);
    expect(backups).toHaveLength(BACKUPS_KEPT);
    expect(backups[0]!.createdAt).toBe(new Date(start + 19 * day).toISOString());
    expect(JSON.parse(await readBackup(dir, backups[0]!.name))).toEqual({ n: 19 });
    expect(JSON.parse(await readBackup(dir, backups.at(-1)!.name))).toEqual({ n: 6 });
    expect(await readdir(dir)).toContain('notes.txt');
  });

  it('refuse to read anything but a backup', async () => {
    const dir = await tempDir();
    await expect(readBackup(dir, '../../etc/passwd')).rejects.toThrow('Not a backup');
    await expect(readBackup(dir, 'notes.txt')).rejects.toThrow('Not a backup');
  });
});
