import { describe, expect, it } from 'vitest';
import { openCaseFromReminder, type ReminderWindow } from './openCaseFromReminder';

function fakeWindow(loading: boolean) {
  const sent: unknown[][] = [];
  const window: ReminderWindow = {
    webContents: {
      isLoading: () => loading,
      send: (...args) => void sent.push(args),
    },
  };
  return { window, sent };
}

describe('a clicked reminder', () => {
  it('brings the window forward, tells its open page, and keeps the case until the page takes it', async () => {
    const open = fakeWindow(false);
    let forward = 0;
    const opener = openCaseFromReminder(async () => {
      forward += 1;
      return open.window;
    });
    await opener.open('case-1');
    expect(forward).toBe(1);
    expect(open.sent).toEqual([['reminders:open-case', 'case-1']]);
    // A page that has loaded may not listen yet: the case stays until taken, once.
    expect(opener.take()).toBe('case-1');
    expect(opener.take()).toBeNull();
  });

  it('keeps the case for a page still loading, which takes it once when it is ready to listen', async () => {
    const loading = fakeWindow(true);
    const opener = openCaseFromReminder(async () => loading.window);
    await opener.open('case-2');
    expect(loading.sent).toEqual([]);
    expect(opener.take()).toBe('case-2');
    expect(opener.take()).toBeNull();
  });

  it('of a summary only brings the window forward', async () => {
    const open = fakeWindow(false);
    const opener = openCaseFromReminder(async () => open.window);
    await opener.open(null);
    expect(open.sent).toEqual([]);
    expect(opener.take()).toBeNull();
  });
});
