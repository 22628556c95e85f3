import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultWindowSize, initialBounds, loadWindowState, saveWindowState, saveWindowStateSync } from './windowState';

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

  it('fits the default size into a small screen’s work area', () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    expect(initialBounds(null, [laptop])).toEqual({ width: 1280, height: 728 });
    expect(initialBounds(null, [{ x: 0, y: 0, width: 1024, height: 600 }])).toEqual({ width: 1024, height: 600 });
  });

  it('shrinks and moves remembered bounds onto the display they are mostly on', () => {
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    // Saved on a big monitor at 1900×1150, then reopened on the laptop alone.
    expect(initialBounds({ x: 10, y: 0, width: 1900, height: 1150, maximized: false }, [laptop])).toEqual({ x: 0, y: 0, width: 1366, height: 728 });
    // Half off the right edge: moved back in.
    expect(initialBounds({ x: 900, y: 100, width: 1000, height: 600, maximized: false }, [laptop])).toEqual({ x: 366, y: 100, width: 1000, height: 600 });
    // Two displays side by side: the one holding most of the window wins.
    const right = { x: 1920, y: 0, width: 1280, height: 1024 };
    expect(initialBounds({ x: 1800, y: 50, width: 1200, height: 900, maximized: false }, [display, right])).toEqual({ x: 1920, y: 50, width: 1200, height: 900 });
    // Gone off every screen: the saved size, fitted to the primary display, centred.
    expect(initialBounds({ x: 5000, y: 100, width: 1500, height: 900, maximized: false }, [laptop])).toEqual({ width: 1366, height: 728 });
  });

  it('can be saved synchronously, for the close event', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'state-')), 'deeper', 'window-state.json');
    const state = { x: 5, y: 6, width: 900, height: 600, maximized: false };
    saveWindowStateSync(file, state);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(state);
  });
});
