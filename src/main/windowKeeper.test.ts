import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { WindowKeeper } from './windowKeeper';

class FakeWindow extends EventEmitter {
  destroyed = false;
  minimized = false;
  visible = false;
  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
  isVisible = () => this.visible;
  restore = vi.fn(() => (this.minimized = false));
  show = vi.fn(() => (this.visible = true));
  focus = vi.fn();
  /** The first frame is ready; a window not started hidden shows itself then (mainWindow.ts). */
  paint(showsItself = true) {
    if (showsItself) this.show();
    this.emit('ready-to-show');
  }
}

describe('WindowKeeper', () => {
  it('knows the window while it is still being created, so a second instance is not lost', async () => {
    let finish: (window: FakeWindow) => void = () => undefined;
    const create = vi.fn(() => new Promise<FakeWindow>((resolve) => (finish = resolve)));
    const keeper = new WindowKeeper(create);
    void keeper.open();
    const brought = keeper.bringToFront(); // second-instance arrives mid-start-up
    const window = new FakeWindow();
    finish(window);
    await brought;
    window.minimized = true;
    window.paint();
    expect(create).toHaveBeenCalledTimes(1);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('leaves a window that has not painted yet to show itself when its first frame is ready, never unpainted', async () => {
    const window = new FakeWindow();
    const keeper = new WindowKeeper(async () => window);
    await keeper.open();
    await keeper.bringToFront();
    expect(window.show).not.toHaveBeenCalled();
    window.paint();
    expect(window.focus).toHaveBeenCalled();
  });

  it('shows a window started hidden at login once painted, when asked for before it was', async () => {
    const window = new FakeWindow();
    const keeper = new WindowKeeper(async () => window);
    await keeper.open();
    await keeper.bringToFront();
    window.paint(false);
    expect(window.visible).toBe(true);
    expect(window.focus).toHaveBeenCalled();
  });

  it('shows the window hidden in the tray when "Open Cancellation Journal" is chosen, without making a second', async () => {
    const create = vi.fn(async () => new FakeWindow());
    const keeper = new WindowKeeper(create);
    const window = await keeper.open();
    window.paint(false);
    window.minimized = true;
    await keeper.bringToFront();
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('opens a new window after the last one closed, and only one', async () => {
    const windows: FakeWindow[] = [];
    const keeper = new WindowKeeper(async () => {
      const window = new FakeWindow();
      windows.push(window);
      return window;
    });
    await keeper.open();
    await keeper.open();
    expect(windows).toHaveLength(1);
    windows[0]!.destroyed = true;
    windows[0]!.emit('closed');
    await keeper.bringToFront();
    expect(windows).toHaveLength(2);
  });

  it('can try again after a window failed to be created', async () => {
    const create = vi.fn().mockRejectedValueOnce(new Error('no display')).mockResolvedValue(new FakeWindow());
    const keeper = new WindowKeeper(create);
    await expect(keeper.open()).rejects.toThrow('no display');
    await expect(keeper.open()).resolves.toBeInstanceOf(FakeWindow);
  });
});
