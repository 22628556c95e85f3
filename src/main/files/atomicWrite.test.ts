import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A disk that fills up at the last moment: the rename over the good file fails.
const failRename = vi.hoisted(() => ({ enabled: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      if (failRename.enabled) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      return actual.rename(from, to);
    },
  };
});

const { writeFileAtomically } = await import('./atomicWrite');

describe('writeFileAtomically when the disk fails', () => {
  it('keeps the good file and removes its temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cj-atomic-'));
    const file = join(dir, 'journal.json');
    await writeFile(file, 'good');
    failRename.enabled = true;
    await expect(writeFileAtomically(file, 'half-written')).rejects.toThrow('ENOSPC');
    failRename.enabled = false;
    expect(await readFile(file, 'utf8')).toBe('good');
    expect(await readdir(dir)).toEqual(['journal.json']);
  });
});
