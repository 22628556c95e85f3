import { open } from 'node:fs/promises';
import { basename } from 'node:path';

export type LimitedRead =
  | { status: 'opened'; name: string; text: string }
  | { status: 'tooLarge'; name: string; size: number; limit: number };

/** Reads a text file only if it is at most `limit` bytes; the size is checked before any reading. */
export async function readTextFileWithin(path: string, limit: number): Promise<LimitedRead> {
  const handle = await open(path, 'r');
  try {
    const { size, isFile } = await handle.stat().then((stat) => ({ size: stat.size, isFile: stat.isFile() }));
    if (!isFile) throw new Error(`${basename(path)} is not a file`);
    if (size > limit) return { status: 'tooLarge', name: basename(path), size, limit };
    return { status: 'opened', name: basename(path), text: await handle.readFile({ encoding: 'utf8' }) };
  } finally {
    await handle.close();
  }
}
