import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWindowSize, initialBounds, loadWindowState, saveWindowState } from './windowState';

const display = { x: 0, y: 0, width: 1920, height: 1080 };

describe('window state', () => {
  it('is saved and read back', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'state-')), 'nested', 'window-state.json');
    const state = { x: 10, y: 20, width: 1000, height: 700, maximized: true };
    await saveWindowState(file, state);
    expect(await loadWindowState(file)).toEqual(state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });

  it('ignores a missing, corrupt or tampered file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'state-'));
    expect(await loadWindowState(join(dir, 'none.json'))).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{ not json');
    expect(await loadWindowState(join(dir, 'bad.json'))).toBeNull();
    await writeFile(join(dir, 'huge.json'), JSON.stringify({ x: 0, y: 0, width: 1e9, height: 10, maximized: false }));
    expect(await loadWindowState(join(dir, 'huge.json'))).toBeNull();
  });

  it('reopens where it was if that place is still on a screen', () => {
    expect(initialBounds({ x: 100, y: 100, width: 1000, height: 700, maximized: false }, [display])).toEqual({
      x: 100,
      y: 100,
      width: 1000,
      height: 700,
    });
  });

  it('falls back to a centred window when the monitor it was on is gone', () => {
    expect(initialBounds({ x: 2500, y: 100, width: 1000, height: 700, maximized: false }, [display])).toEqual({
      width: 1000,
      height: 700,
    });
    expect(initialBounds(null, [display])).toEqual(defaultWindowSize);
  });
});
