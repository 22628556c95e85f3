/** What the keeper needs of a window. */
export interface KeptWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'closed', listener: () => void): unknown;
}

/**
 * The app's one window. It is known from the moment it is being created — not only once its page
 * has loaded — so a second instance started during start-up still finds it, and a second `open`
 * (macOS `activate`, a second instance after the window was closed) never makes a second window.
 */
export class WindowKeeper<W extends KeptWindow> {
  private pending: Promise<W> | null = null;

  constructor(private readonly create: () => Promise<W>) {}

  open(): Promise<W> {
    if (!this.pending) {
      const pending = this.create().then(
        (window) => {
          window.once('closed', () => {
            if (this.pending === pending) this.pending = null;
          });
          return window;
        },
        (error: unknown) => {
          this.pending = null;
          throw error;
        },
      );
      this.pending = pending;
    }
    return this.pending;
  }

  /**
   * Someone started the app again: bring the window forward, or open it if there is none. A
   * window still loading shows and focuses itself when its first frame is painted.
   */
  async bringToFront(): Promise<void> {
    const window = await this.open();
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    if (!window.isVisible()) return;
    window.show();
    window.focus();
  }

  /**
   * "Open Cancellation Journal" in the tray: the window kept hidden there (closed to the tray, or
   * started hidden at login) is shown, or opened when there is none.
   */
  async reveal(): Promise<void> {
    const window = await this.open();
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }
}
