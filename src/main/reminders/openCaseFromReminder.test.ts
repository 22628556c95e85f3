import { describe, expect, it } from 'vitest';
import { openCaseFromReminder, type ReminderWindow } from './openCaseFromReminder';

function fakeWindow(loading: boolean) {
  const sent: unknown[][] = [];
  let loaded: (() => void) | undefined;
  const window: ReminderWindow = {
    webContents: {
      isLoading: () => loading,
      once: (_event, listener) => {
        loaded = listener;
      },
      send: (...args) => void sent.push(args),
    },
  };
  return { window, sent, finishLoading: () => loaded?.() };
}

describe('a clicked reminder', () => {
  it('brings the window forward and asks its page to open the case, once the page has loaded', async () => {
    const open = fakeWindow(false);
    let forward = 0;
    await openCaseFromReminder(async () => {
      forward += 1;
      return open.window;
    })('case-1');
    expect(forward).toBe(1);
    expect(open.sent).toEqual([['reminders:open-case', 'case-1']]);

    const loading = fakeWindow(true);
    await openCaseFromReminder(async () => loading.window)('case-2');
    expect(loading.sent).toEqual([]);
    loading.finishLoading();
    expect(loading.sent).toEqual([['reminders:open-case', 'case-2']]);
  });

  it('of a summary only brings the window forward', async () => {
    const open = fakeWindow(false);
    await openCaseFromReminder(async () => open.window)(null);
    expect(open.sent).toEqual([]);
  });
});
