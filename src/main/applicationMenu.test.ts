import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: {}, app: {} }));
const { applicationMenuTemplate } = await import('./applicationMenu');

const roles = (items: ReturnType<typeof applicationMenuTemplate>) => items.map((item) => item.role ?? item.label);
const viewRoles = (items: ReturnType<typeof applicationMenuTemplate>) =>
  (items.find((item) => item.label === 'View')!.submenu as { role?: string }[]).map((item) => item.role);

describe('application menu', () => {
  it('has a File menu on macOS too, so Cmd+W closes the window', () => {
    expect(roles(applicationMenuTemplate('darwin', true))).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'windowMenu']);
    expect(roles(applicationMenuTemplate('win32', true))).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu']);
  });

  it('offers reload and developer tools only in an unpackaged build', () => {
    expect(viewRoles(applicationMenuTemplate('linux', true))).not.toContain('toggleDevTools');
    expect(viewRoles(applicationMenuTemplate('linux', false))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
