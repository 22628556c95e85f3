import { app, powerMonitor } from 'electron';
import type { BackgroundSettings, BackgroundState } from '@shared/ipc/contract';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';
import { backgroundOn, loadBackgroundSettings, quitsWhenWindowsClose, saveBackgroundSettings, startsHidden, whatClosingDoes } from './backgroundSettings';
import type { AppTray, TrayActions } from './appTray';
import type { IpcHandlers } from './ipcDispatch';
import { IpcChannel } from '@shared/ipc/channels';

export interface BackgroundRunnerOptions {
  file: string;
  platform: NodeJS.Platform;
  makeTray: (language: TemplateLanguage, actions: TrayActions) => AppTray;
  /** Shows the window (opening it when there is none). */
  openWindow: () => void;
}

/**
 * Keeps the app running in the tray and registers it to open at login, as the user set them.
 * Made before any window, from the settings file, so the first window already knows whether
 * closing it hides it and whether this start (at login) keeps it hidden.
 */
export class BackgroundRunner {
  private quitting = false;
  private tray: AppTray | null = null;
  private language: TemplateLanguage = 'en';

  private constructor(
    private settings: BackgroundSettings,
    private readonly options: BackgroundRunnerOptions,
  ) {}

  static async start(options: BackgroundRunnerOptions): Promise<BackgroundRunner> {
    const runner = new BackgroundRunner(backgroundOn(options.platform, await loadBackgroundSettings(options.file)).settings, options);
    app.on('before-quit', () => runner.markQuitting());
    // Windows sends no before-quit at shutdown or logout: a window that hides itself to the tray
    // would then refuse to close and hold the logout up. The system going down is quitting too.
    powerMonitor.on('shutdown', () => runner.markQuitting());
    runner.apply();
    return runner;
  }

  get state(): BackgroundState {
    return backgroundOn(this.options.platform, this.settings).state;
  }

  /** Saved first: what is applied is what the next start reads. */
  async change(next: BackgroundSettings): Promise<BackgroundState> {
    const { settings } = backgroundOn(this.options.platform, next);
    await saveBackgroundSettings(this.options.file, settings);
    this.settings = settings;
    this.apply();
    return this.state;
  }

  /**
   * The app is ending (Quit, the system's shutdown, the session ending — the window's
   * `session-end` on Windows): closing the window closes it, and the last one ends the app.
   */
  markQuitting(): void {
    this.quitting = true;
  }

  setLanguage(language: TemplateLanguage): void {
    this.language = language;
    this.tray?.relabel(language);
  }

  /** What closing the window does now. */
  closing(): 'hide' | 'close' {
    return whatClosingDoes(this.settings, this.quitting);
  }

  quitsWhenWindowsClose(): boolean {
    return this.quitting || quitsWhenWindowsClose(this.settings, this.options.platform);
  }

  /** Whether this start is the login item's, to stay in the tray. */
  startsHidden(argv: readonly string[]): boolean {
    const wasOpenedAtLogin = this.options.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
    return startsHidden(this.settings, { argv, wasOpenedAtLogin });
  }

  private apply(): void {
    const { loginItem } = backgroundOn(this.options.platform, this.settings);
    if (loginItem) app.setLoginItemSettings(loginItem);
    if (this.settings.keepRunningInTray && !this.tray) {
      this.tray = this.options.makeTray(this.language, {
        open: this.options.openWindow,
        quit: () => {
          this.markQuitting();
          app.quit();
        },
      });
    } else if (!this.settings.keepRunningInTray && this.tray) {
      this.tray.destroy();
      this.tray = null;
    }
  }
}

/** The Settings page's two switches, through the bridge (the request is checked by the contract's schema). */
export function backgroundSettingsHandlers(runner: BackgroundRunner): Pick<IpcHandlers, typeof IpcChannel.getBackgroundSettings | typeof IpcChannel.setBackgroundSettings> {
  return {
    [IpcChannel.getBackgroundSettings]: () => runner.state,
    [IpcChannel.setBackgroundSettings]: (settings) => runner.change(settings),
  };
}
