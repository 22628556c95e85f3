import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { MainMessage } from '@shared/ipc/channels';

vi.mock('electron', () => ({ Menu: {}, app: {} }));
const { applicationMenuTemplate } = await import('./applicationMenu');
const { askPageToExportDeadlines } = await import('./askPage');

const fileItems = (items: ReturnType<typeof applicationMenuTemplate>) =>
  (items.find((item) => item.label === 'File')!.submenu as MenuItemConstructorOptions[]).map((item) => item.label ?? item.role ?? item.type);
const roles = (items: ReturnType<typeof applicationMenuTemplate>) => items.map((item) => item.role ?? item.label);
const viewRoles = (items: ReturnType<typeof applicationMenuTemplate>) =>
  (items.find((item) => item.label === 'View')!.submenu as { role?: string }[]).map((item) => item.role);

describe('application menu', () => {
  it('has a File menu on macOS too, so Cmd+W closes the window', () => {
    expect(roles(applicationMenuTemplate('darwin', true))).toEqual(['appMenu', 'File', 'editMenu', 'View', 'windowMenu']);
    expect(roles(applicationMenuTemplate('win32', true))).toEqual(['File', 'editMenu', 'View', 'windowMenu']);
    expect(fileItems(applicationMenuTemplate('darwin', true))).toEqual(['Export all deadlines…', 'separator', 'close']);
    expect(fileItems(applicationMenuTemplate('win32', true))).toEqual(['Export all deadlines…', 'separator', 'quit']);
  });

  it('offers "Export all deadlines…" in the File menu in the interface’s language, which asks the page to run its export', async () => {
    const asked: string[] = [];
    const chinese = applicationMenuTemplate('win32', true, 'zh-CN', { exportAllDeadlines: () => asked.push('export') });
    expect(roles(chinese)).toEqual(['文件', 'editMenu', '视图', 'windowMenu']);
    const item = (chinese[0]!.submenu as MenuItemConstructorOptions[])[0]!;
    expect(item.label).toBe('导出全部期限…');
    (item.click as () => void)();
    expect(asked).toEqual(['export']);

    // The action brings the window forward and asks its page on the one declared message.
    const sent: unknown[][] = [];
    let forward = 0;
    const exportAll = askPageToExportDeadlines(async () => {
      forward += 1;
      return { webContents: { send: (...args: unknown[]) => void sent.push(args) } };
    });
    await exportAll();
    expect(forward).toBe(1);
    expect(sent).toEqual([[MainMessage.exportAllDeadlines]]);
    expect(MainMessage.exportAllDeadlines).toBe('calendar:export-all-deadlines');
  });

  it('offers reload and developer tools only in an unpackaged build', () => {
    expect(viewRoles(applicationMenuTemplate('linux', true))).not.toContain('toggleDevTools');
    expect(viewRoles(applicationMenuTemplate('linux', false))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
