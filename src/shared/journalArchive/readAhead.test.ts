import { describe, expect, it } from 'vitest';
import { readAhead } from './readAhead';

function countedSource(bytes: Uint8Array) {
  const reads: [number, number][] = [];
  return {
    reads,
    source: {
      size: bytes.length,
      read: async (offset: number, length: number) => {
        reads.push([offset, length]);
        return bytes.slice(offset, Math.min(bytes.length, offset + length));
      },
    },
  };
}

const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 251);

describe('readAhead', () => {
  it('answers small reads in order from a few large block reads, fetching the next block ahead', async () => {
    const { source, reads } = countedSource(bytes);
    const ahead = readAhead(source, 100);
    for (let at = 0; at < 300; at += 10) expect(await ahead.read(at, 10)).toEqual(bytes.slice(at, at + 10));
    // Blocks 0, 1, 2 and the one after, each read once.
    expect(reads).toEqual([
      [0, 100],
      [100, 100],
      [200, 100],
      [300, 100],
    ]);
  });

  it('joins a read that straddles two blocks, clips one past the end, and passes a block-sized read straight through', async () => {
    const { source, reads } = countedSource(bytes);
    const ahead = readAhead(source, 100);
    expect(await ahead.read(95, 10)).toEqual(bytes.slice(95, 105));
    expect(await ahead.read(990, 50)).toEqual(bytes.slice(990));
    expect(await ahead.read(1000, 10)).toEqual(new Uint8Array(0));
    reads.length = 0;
    expect(await ahead.read(10, 150)).toEqual(bytes.slice(10, 160));
    expect(reads).toEqual([[10, 150]]);
  });

  it('reads the source again after forget, so bytes changed since are seen', async () => {
    const live = bytes.slice();
    const { source } = countedSource(live);
    const ahead = readAhead(source, 100);
    expect((await ahead.read(0, 4))[0]).toBe(live[0]);
    live[0] = 255;
    expect((await ahead.read(0, 4))[0]).not.toBe(255);
    ahead.forget();
    expect((await ahead.read(0, 4))[0]).toBe(255);
  });

  it('does not keep a failed read: the next read of that block asks again', async () => {
    let fail = true;
    const ahead = readAhead(
      {
        size: 200,
        read: async (offset, length) => {
          if (fail) throw new Error('the file went away');
          return bytes.slice(offset, offset + length);
        },
      },
      100,
    );
    await expect(ahead.read(0, 10)).rejects.toThrow('the file went away');
    fail = false;
    expect(await ahead.read(0, 10)).toEqual(bytes.slice(0, 10));
  });
});
