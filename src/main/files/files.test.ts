import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readdir, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomicWrite';
import { readTextFileWithin } from './readLimitedFile';

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
    await expect(readTextFileWithin(dir, 1024)).rejects.toThrow('is not a regular file');
  });

  it('refuses a FIFO without waiting for a writer', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    await expect(readTextFileWithin(fifo, 1024)).rejects.toThrow('is not a regular file');
  }, 2000);

  it('reads at most one byte past the limit, even when the file grows after it was measured', async () => {
    const dir = await tempDir();
    const file = join(dir, 'growing.json');
    await writeFile(file, 'x'.repeat(10));
    const writer = await open(file, 'a');
    const fileHandle = Object.getPrototypeOf(writer) as FileHandle;
    const measure = fileHandle.stat;
    // The size is measured first, then the file grows: the reader must not read it whole.
    fileHandle.stat = async function (this: FileHandle) {
      const measured = await measure.call(this);
      await writer.write('y'.repeat(5000));
      return measured;
    } as FileHandle['stat'];
    try {
      expect(await readTextFileWithin(file, 1024)).toEqual({ status: 'tooLarge', name: 'growing.json', size: 1025, limit: 1024 });
    } finally {
      fileHandle.stat = measure;
      await writer.close();
    }
  });

  it('refuses bytes that are not UTF-8, naming the offset, instead of replacing them', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
    expect(await readTextFileWithin(join(dir, 'latin1.json'), 1024)).toEqual({ status: 'notUtf8', name: 'latin1.json', offset: 2 });
  });
});
