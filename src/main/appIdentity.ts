/** electron-builder.yml's `appId`: Windows groups the taskbar button and notifications by it. */
export const APP_ID = 'app.cancellationjournal.desktop';

/**
 * On Windows the running app must carry the same AppUserModelID as its Start-menu shortcut, or the
 * taskbar shows it as a separate "Electron" entry and cannot pin it.
 */
export function applyAppIdentity(app: { setAppUserModelId(id: string): void }, platform: NodeJS.Platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
}

interface LanguageSource {
  getPreferredSystemLanguages(): string[];
  commandLine: { hasSwitch(name: string): boolean; getSwitchValue(name: string): string };
}

/**
 * The languages the interface chooses from, best first: the system's, unless the app was started
 * with Chromium's `--lang=zh-CN` (or `en-US`), which then comes first — one way to run it in
 * another language than the system's, and how the end-to-end tests pin English on any machine.
 */
export function systemLanguagesOf(app: LanguageSource): string[] {
  const system = app.getPreferredSystemLanguages();
  if (!app.commandLine.hasSwitch('lang')) return system;
  const chosen = app.commandLine.getSwitchValue('lang').trim();
  return chosen ? [chosen, ...system.filter((language) => language !== chosen)] : system;
}
