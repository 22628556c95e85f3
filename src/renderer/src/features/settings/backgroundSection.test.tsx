// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import type { BackgroundSettings, BackgroundState } from '@shared/ipc/contract';
import { resources } from '../../i18n/i18n';
import { NoticeProvider } from '../../notices';
import type { BackgroundSettingsAccess } from '../../platform/backgroundSettings';
import { BackgroundSection } from './BackgroundSection';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

/** The main process as far as this section sees it: the settings file and whether login items exist. */
function fakeMain(openAtLoginSupported: boolean, fail: string | null = null) {
  let saved: BackgroundSettings = { keepRunningInTray: false, openAtLogin: false };
  const changes: BackgroundSettings[] = [];
  const access: BackgroundSettingsAccess = {
    read: async () => ({ ...saved, openAtLoginSupported }),
    change: async (next): Promise<BackgroundState> => {
      if (fail) throw new Error(fail);
      changes.push(next);
      saved = { ...next, openAtLogin: openAtLoginSupported && next.openAtLogin };
      return { ...saved, openAtLoginSupported };
    },
  };
  return { access, changes, saved: () => saved };
}

const checked = (box: HTMLElement) => (box as HTMLInputElement).checked;
const description = (box: HTMLElement) => document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

function renderSection(access: BackgroundSettingsAccess) {
  render(
    <I18nextProvider i18n={i18n}>
      <NoticeProvider>
        <BackgroundSection access={access} />
      </NoticeProvider>
    </I18nextProvider>,
  );
}

describe('Settings: when the window is closed', () => {
  it('offers both switches off, each saying honestly what it does, and turns them on by keyboard', async () => {
    const user = userEvent.setup();
    const main = fakeMain(true);
    renderSection(main.access);
    const tray = await screen.findByRole('checkbox', { name: 'Keep running in the tray when the window is closed' });
    const login = screen.getByRole('checkbox', { name: 'Open at login' });
    expect(checked(tray)).toBe(false);
    expect(checked(login)).toBe(false);
    expect(description(tray)).toMatch(/reminders still arrive while the window is closed/);
    expect(description(login)).toMatch(/it starts hidden in the tray/);
    await user.tab();
    expect(document.activeElement).toBe(tray);
    await user.keyboard(' ');
    await waitFor(() => expect(checked(tray)).toBe(true));
    expect(main.saved()).toEqual({ keepRunningInTray: true, openAtLogin: false });
    await user.tab();
    await user.keyboard(' ');
    await waitFor(() => expect(checked(login)).toBe(true));
    expect(main.changes).toEqual([
      { keepRunningInTray: true, openAtLogin: false },
      { keepRunningInTray: true, openAtLogin: true },
    ]);
  });

  it('on Linux says that Electron has no login items there, and the switch cannot be turned on', async () => {
    const main = fakeMain(false);
    renderSection(main.access);
    const login = await screen.findByRole('checkbox', { name: 'Open at login' });
    expect((login as HTMLInputElement).disabled).toBe(true);
    expect(checked(login)).toBe(false);
    expect(description(login)).toMatch(/not available on Linux: Electron cannot register login items there/);
  });

  it('says so when the setting could not be saved, and leaves the switch as it was', async () => {
    const user = userEvent.setup();
    const main = fakeMain(true, 'EACCES: permission denied');
    renderSection(main.access);
    const tray = await screen.findByRole('checkbox', { name: 'Keep running in the tray when the window is closed' });
    await user.click(tray);
    expect(await screen.findByText('The setting could not be saved: EACCES: permission denied')).toBeTruthy();
    expect(checked(tray)).toBe(false);
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    renderSection(fakeMain(false).access);
    expect(checked(await screen.findByRole('checkbox', { name: '关闭窗口后继续在系统托盘中运行' }))).toBe(false);
    expect(description(screen.getByRole('checkbox', { name: '登录时打开' }))).toMatch(/Linux 上无法使用/);
  });
});
