/** What the keeper needs of a window. */
export interface KeptWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  isVisible(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
  once(event: 'closed' | 'ready-to-show', listener: () => void): unknown;
}

/**
 * The app's one window. It is known from the moment it is being created — not only once its page
 * has loaded — so a second instance started during start-up still finds it, and a second `open`
 * (macOS `activate`, a second instance after the window was closed) never makes a second window.
 */
export class WindowKeeper<W extends KeptWindow> {
  private pending: Promise<W> | null = null;
  /** Windows whose first frame is ready: before it, showing one would show it unpainted. */
  private readonly painted = new WeakSet<W>();
  /** Windows asked forward before their first frame: shown when it is ready. */
  private readonly wanted = new WeakSet<W>();

  constructor(private readonly create: () => Promise<W>) {}

  open(): Promise<W> {
    if (!this.pending) {
      const pending = this.create().then(
        (window) => {
          window.once('closed', () => {
            if (this.pending === pending) this.pending = null;
          });
          window.once('ready-to-show', () => {
            this.painted.add(window);
            if (this.wanted.has(window)) this.bringForward(window);
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
   * The user asked for the window (the app started again, "Open Cancellation Journal" in the tray,
   * a clicked reminder, the Dock icon): it is shown — also when hidden in the tray or started
   * hidden at login — restored and focused, or opened when there is none. A window still waiting
   * for its first frame is shown when that frame is ready, never unpainted.
   */
  async bringToFront(): Promise<W> {
    const window = await this.open();
    if (window.isDestroyed()) return window;
    if (this.painted.has(window)) this.bringForward(window);
    else this.wanted.add(window);
    return window;
  }

  private bringForward(window: W): void {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }
}
