import type { RandomAccessBytes } from './readJournalArchive';

/** Blocks of this size are fetched from the source: 8 MiB a round trip instead of the zip reader's 256 KiB. */
export const READ_AHEAD_BLOCK_BYTES = 8 * 1024 * 1024;

/**
 * Bytes whose every read is a round trip (the renderer asks the main process, or the import worker
 * asks the page), read in large aligned blocks: the zip reader asks for an entry's bytes in small
 * pieces, in order, and each piece would otherwise pay a round trip of its own. The block after the
 * one being read is fetched meanwhile, so reading overlaps with checking. At most three blocks are
 * held (the one read, the one before for a read that straddles them, the one fetched ahead).
 */
export function readAhead(source: RandomAccessBytes, blockBytes = READ_AHEAD_BLOCK_BYTES): RandomAccessBytes & { forget(): void } {
  const blocks = new Map<number, Promise<Uint8Array>>();
  const blockCount = Math.ceil(source.size / blockBytes);
  const block = (index: number): Promise<Uint8Array> => {
    let fetched = blocks.get(index);
    if (!fetched) {
      const offset = index * blockBytes;
      fetched = source.read(offset, Math.min(blockBytes, source.size - offset));
      // A failed read is not kept: the next read of that block tries again.
      fetched.catch(() => blocks.delete(index));
      blocks.set(index, fetched);
    }
    return fetched;
  };
  const keepNear = (index: number) => {
    for (const held of blocks.keys()) if (held < index - 1 || held > index + 1) blocks.delete(held);
    if (index + 1 < blockCount) void block(index + 1).catch(() => undefined);
  };
  return {
    size: source.size,
    /** Drops every block held: the next reads come from the source again (the file may have changed since). */
    forget: () => blocks.clear(),
    async read(offset, length) {
      const end = Math.min(source.size, offset + Math.max(0, length));
      if (end <= offset) return new Uint8Array(0);
      // A read as large as a block gains nothing from them.
      if (end - offset >= blockBytes) return source.read(offset, end - offset);
      const first = Math.floor(offset / blockBytes);
      const last = Math.floor((end - 1) / blockBytes);
      const wanted = first === last ? [block(first)] : [block(first), block(last)];
      keepNear(last);
      if (first === last) {
        const bytes = await wanted[0]!;
        const start = offset - first * blockBytes;
        return bytes.subarray(start, start + (end - offset));
      }
      const [head, tail] = await Promise.all(wanted);
      const joined = new Uint8Array(end - offset);
      const fromHead = head!.subarray(offset - first * blockBytes);
      joined.set(fromHead, 0);
      joined.set(tail!.subarray(0, joined.length - fromHead.length), fromHead.length);
      return joined;
    },
  };
}
