import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { TemplateLanguage } from '@shared/domain/caseVocabulary';
import { applicationMenuWords } from '@shared/applicationMenuWords';

/** What the menu's own items do (the roles' items are Electron's). */
export interface ApplicationMenuActions {
  /** "Export all deadlines…": the page runs the same export as its button. */
  exportAllDeadlines: () => void;
}

/**
 * The standard menus, without developer tools in a packaged build. macOS gets its app menu and a
 * File menu too: Cmd+W (Close Window) lives in the File menu there, and without one it does nothing.
 * The File menu holds what the `fileMenu` role would (Close on macOS, Quit elsewhere) under
 * "Export all deadlines…".
 */
export function applicationMenuTemplate(
  platform: NodeJS.Platform,
  isPackaged: boolean,
  language: TemplateLanguage = 'en',
  actions: ApplicationMenuActions = { exportAllDeadlines: () => undefined },
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const words = applicationMenuWords[language];
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: words.file,
      submenu: [
        { id: 'export-all-deadlines', label: words.exportAllDeadlines, click: () => actions.exportAllDeadlines() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: words.view,
      submenu: [
        ...(isPackaged ? [] : [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}

/** Sets the menu, and again in another language: `relabel`. */
export function setupApplicationMenu(actions: ApplicationMenuActions): { relabel(language: TemplateLanguage): void } {
  const build = (language: TemplateLanguage) =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(applicationMenuTemplate(process.platform, app.isPackaged, language, actions)));
  build('en');
  return { relabel: build };
}
