import { join } from 'node:path';
import { Menu, Tray, nativeImage } from 'electron';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';

const trayWords: Record<TemplateLanguage, { open: string; quit: string; tooltip: string }> = {
  en: { open: 'Open Cancellation Journal', quit: 'Quit', tooltip: 'Cancellation Journal' },
  'zh-CN': { open: '打开注销日志', quit: '退出', tooltip: '注销日志' },
};

export interface TrayActions {
  open: () => void;
  quit: () => void;
}

/** What the runner needs of the tray icon. */
export interface AppTray {
  /** The menu again, in the language the interface now uses. */
  relabel(language: TemplateLanguage): void;
  destroy(): void;
}

export function trayMenuTemplate(language: TemplateLanguage, actions: TrayActions) {
  const words = trayWords[language];
  return [
    { label: words.open, click: actions.open },
    { type: 'separator' as const },
    { label: words.quit, click: actions.quit },
  ];
}

/** The tray icon while the app keeps running with its window closed: Open and Quit, nothing else. */
export function createAppTray(rendererDir: string, language: TemplateLanguage, actions: TrayActions): AppTray {
  const tray = new Tray(nativeImage.createFromPath(join(rendererDir, 'tray-icon.png')));
  const label = (next: TemplateLanguage) => {
    tray.setToolTip(trayWords[next].tooltip);
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(next, actions)));
  };
  label(language);
  // A click on the icon itself (Windows, most Linux trays) opens the window too.
  tray.on('click', actions.open);
  return { relabel: label, destroy: () => tray.destroy() };
}
