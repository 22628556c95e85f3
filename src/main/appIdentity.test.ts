import { describe, expect, it, vi } from 'vitest';
import { APP_ID, applyAppIdentity, systemLanguagesOf } from './appIdentity';

describe('applyAppIdentity', () => {
  it('gives the Windows taskbar the installer’s app id, and touches nothing elsewhere', () => {
    const windows = { setAppUserModelId: vi.fn() };
    applyAppIdentity(windows, 'win32');
    expect(windows.setAppUserModelId).toHaveBeenCalledWith(APP_ID);
    for (const platform of ['darwin', 'linux'] as const) {
      const other = { setAppUserModelId: vi.fn() };
      applyAppIdentity(other, platform);
      expect(other.setAppUserModelId).not.toHaveBeenCalled();
    }
  });
});

describe('systemLanguagesOf', () => {
  const app = (system: string[], lang?: string) => ({
    getPreferredSystemLanguages: () => system,
    commandLine: { hasSwitch: (name: string) => name === 'lang' && lang !== undefined, getSwitchValue: () => lang ?? '' },
  });

  it('is the system’s languages', () => {
    expect(systemLanguagesOf(app(['zh-Hans-CN', 'en-US']))).toEqual(['zh-Hans-CN', 'en-US']);
  });

  it('puts a --lang switch first', () => {
    expect(systemLanguagesOf(app(['zh-Hans-CN', 'en-US'], 'en-US'))).toEqual(['en-US', 'zh-Hans-CN']);
    expect(systemLanguagesOf(app(['en-GB'], 'zh-CN'))).toEqual(['zh-CN', 'en-GB']);
    expect(systemLanguagesOf(app(['en-GB'], ''))).toEqual(['en-GB']);
  });
});
