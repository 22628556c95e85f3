import { app } from 'electron';
import type { BackgroundSettings, BackgroundState } from '@shared/ipc/contract';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';
import {
  backgroundStateOf,
  loadBackgroundSettings,
  loginItemSettingsFor,
  quitsWhenWindowsClose,
  saveBackgroundSettings,
  startsHidden,
  supportsOpenAtLogin,
  whatClosingDoes,
} from './backgroundSettings';
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
    const runner = new BackgroundRunner(await loadBackgroundSettings(options.file), options);
    app.on('before-quit', () => {
      runner.quitting = true;
    });
    runner.apply();
    return runner;
  }

  get state(): BackgroundState {
    return backgroundStateOf(this.settings, this.options.platform);
  }

  /** Saved first: what is applied is what the next start reads. */
  async change(next: BackgroundSettings): Promise<BackgroundState> {
    const settings = { ...next, openAtLogin: supportsOpenAtLogin(this.options.platform) && next.openAtLogin };
    await saveBackgroundSettings(this.options.file, settings);
    this.settings = settings;
    this.apply();
    return this.state;
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
    return quitsWhenWindowsClose(this.settings, this.options.platform);
  }

  /** Whether this start is the login item's, to stay in the tray. */
  startsHidden(argv: readonly string[]): boolean {
    const wasOpenedAtLogin = this.options.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
    return startsHidden(this.settings, { argv, wasOpenedAtLogin });
  }

  private apply(): void {
    // Linux has no login items in Electron: nothing is registered there, and the interface says so.
    if (supportsOpenAtLogin(this.options.platform)) app.setLoginItemSettings(loginItemSettingsFor(this.settings));
    if (this.settings.keepRunningInTray && !this.tray) {
      this.tray = this.options.makeTray(this.language, {
        open: this.options.openWindow,
        quit: () => {
          this.quitting = true;
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
