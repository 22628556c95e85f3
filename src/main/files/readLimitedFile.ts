import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeStrictUtf8 } from '../../shared/journalFile/strictUtf8';

export type LimitedRead =
  | { status: 'opened'; name: string; text: string }
  | { status: 'tooLarge'; name: string; size: number; limit: number }
  | { status: 'notUtf8'; name: string; offset: number };

export type LimitedBytes = { status: 'opened'; name: string; bytes: Uint8Array } | { status: 'tooLarge'; name: string; size: number; limit: number };

export class NotARegularFile extends Error {
  constructor(readonly path: string) {
    super(`${basename(path)} is not a regular file`);
  }
}

/** Reads a UTF-8 text file of at most `limit` bytes (see readFileWithin); bytes that are not UTF-8 are refused with the offset of the first bad one. */
export async function readTextFileWithin(path: string, limit: number): Promise<LimitedRead> {
  const read = await readFileWithin(path, limit);
  if (read.status !== 'opened') return read;
  const result = decodeStrictUtf8(read.bytes);
  return result.ok ? { status: 'opened', name: read.name, text: result.text } : { status: 'notUtf8', name: read.name, offset: result.offset };
}

/**
 * Reads a file of at most `limit` bytes. Only regular files are read: the file is opened without
 * blocking (a FIFO would otherwise wait forever for a writer) and checked before reading. At most
 * `limit + 1` bytes are read, so a file that grows after its size was checked is refused rather
 * than read whole.
 */
export async function readFileWithin(path: string, limit: number): Promise<LimitedBytes> {
  const name = basename(path);
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new NotARegularFile(path);
    if (stat.size > limit) return { status: 'tooLarge', name, size: stat.size, limit };
    const chunks: Uint8Array[] = [];
    let total = 0;
    // The first read asks for one byte more than the file had, so one read usually tells it all.
    let want = stat.size + 1;
    for (;;) {
      const chunk = new Uint8Array(Math.min(want, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) return { status: 'tooLarge', name, size: total, limit };
      want = 1 << 20;
    }
    return { status: 'opened', name, bytes: Buffer.concat(chunks, total) };
  } finally {
    await handle.close();
  }
}
