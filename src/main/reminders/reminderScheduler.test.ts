import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReminderSchedule, ScheduledReminder } from '@shared/ipc/contract';
import { reminderFile } from './reminderFile';
import { ReminderScheduler, type ReminderClock, type ReminderNotice, type ReminderStore } from './reminderScheduler';

const shownNotifications: { title: string; body: string }[] = [];
const clickHandlers: (() => void)[] = [];
vi.mock('electron', () => ({
  Notification: class {
    static isSupported = () => true;
    constructor(private readonly options: { title: string; body: string }) {}
    on(event: string, handler: () => void) {
      if (event === 'click') clickHandlers.push(handler);
    }
    show() {
      shownNotifications.push(this.options);
    }
  },
}));

/** A clock moved by hand; timers fire when it passes them. */
function handClock(start: string): ReminderClock & { moveTo(time: string): void; timers: number } {
  let now = new Date(start);
  let timers: { at: number; callback: () => void }[] = [];
  return {
    now: () => now,
    after: (ms, callback) => {
      const timer = { at: now.getTime() + ms, callback };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    moveTo(time) {
      now = new Date(time);
      const due = timers.filter((t) => t.at <= now.getTime());
      timers = timers.filter((t) => t.at > now.getTime());
      for (const t of due) t.callback();
    },
    get timers() {
      return timers.length;
    },
  };
}

const reminder = (id: string, showOn: string): ScheduledReminder => ({ id, caseId: `case-${id}`, showOn, title: `Title ${id}`, body: `Body ${id}` });
const schedule = (...reminders: ScheduledReminder[]): ReminderSchedule => ({
  reminders,
  summary: { title: 'Cancellation Journal', body: '{count} dates need your attention' },
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function memoryStore(): ReminderStore & { kept: unknown } {
  const store = {
    kept: null as unknown,
    read: async () => store.kept,
    write: async (state: unknown) => {
      store.kept = JSON.parse(JSON.stringify(state));
    },
  };
  return store;
}

function scheduler(clock: ReminderClock, store: ReminderStore) {
  const shown: ReminderNotice[] = [];
  return { shown, scheduler: new ReminderScheduler({ clock, store, show: (notice) => shown.push(notice) }) };
}

describe('reminders from the main process', () => {
  it('shows each reminder once, on its day, while the app runs', async () => {
    // Local time: the tests run with TZ=UTC.
    const clock = handClock('2026-11-20T10:00:00');
    const { shown, scheduler: s } = scheduler(clock, memoryStore());
    await s.start();
    await s.replace(schedule(reminder('today', '2026-11-20'), reminder('tomorrow', '2026-11-21')));
    expect(shown).toEqual([{ title: 'Title today', body: 'Body today', caseId: 'case-today' }]);
    // The page sends the schedule again (an edit elsewhere): nothing is shown twice.
    await s.replace(schedule(reminder('today', '2026-11-20'), reminder('tomorrow', '2026-11-21')));
    clock.moveTo('2026-11-20T23:00:00');
    await settle();
    expect(shown).toHaveLength(1);
    clock.moveTo('2026-11-21T00:00:01');
    await settle();
    expect(shown.map((notice) => notice.caseId)).toEqual(['case-today', 'case-tomorrow']);
    s.stop();
  });

  it('shows what fell due while the app was closed as one summary at the next start, and nothing again after another restart', async () => {
    const store = memoryStore();
    const first = scheduler(handClock('2026-11-20T10:00:00'), store);
    await first.scheduler.start();
    await first.scheduler.replace(schedule(reminder('a', '2026-11-22'), reminder('b', '2026-11-23'), reminder('c', '2026-11-30')));
    first.scheduler.stop();
    expect(first.shown).toEqual([]);

    const later = scheduler(handClock('2026-11-24T08:00:00'), store);
    await later.scheduler.start();
    expect(later.shown).toEqual([{ title: 'Cancellation Journal', body: '2 dates need your attention', caseId: null }]);
    later.scheduler.stop();

    const again = scheduler(handClock('2026-11-24T09:00:00'), store);
    await again.scheduler.start();
    expect(again.shown).toEqual([]);
    again.scheduler.stop();
  });

  it('shows a snoozed reminder again on its new day, and keeps across restarts in a file in the data folder', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cj-reminders-')), 'reminders.json');
    const clock = handClock('2026-11-20T10:00:00');
    const first = scheduler(clock, reminderFile(path));
    await first.scheduler.start();
    await first.scheduler.replace(schedule(reminder('a', '2026-11-20')));
    // Snoozed for three days: the page sends it with its new day.
    await first.scheduler.replace(schedule(reminder('a', '2026-11-23')));
    first.scheduler.stop();
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ shown: [] });

    const restarted = scheduler(handClock('2026-11-23T07:00:00'), reminderFile(path));
    await restarted.scheduler.start();
    expect(restarted.shown.map((notice) => notice.caseId)).toEqual(['case-a']);
    restarted.scheduler.stop();
    expect(first.shown).toHaveLength(1);
  });

  it('starts empty from a missing or damaged file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cj-reminders-')), 'reminders.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, '{"schedule": {"reminders": "not a list"}, "shown": []}');
    const { shown, scheduler: s } = scheduler(handClock('2026-11-20T10:00:00'), reminderFile(path));
    await expect(s.start()).resolves.toBeUndefined();
    expect(shown).toEqual([]);
    s.stop();
  });

  it('shows a system notification through Electron, whose click opens the reminder’s case', async () => {
    const { systemNotifications } = await import('./systemNotifications');
    const opened: (string | null)[] = [];
    const show = systemNotifications((caseId) => opened.push(caseId));
    const s = new ReminderScheduler({ clock: handClock('2026-11-20T10:00:00'), store: memoryStore(), show });
    await s.start();
    await s.replace(schedule(reminder('a', '2026-11-20')));
    expect(shownNotifications).toEqual([{ title: 'Title a', body: 'Body a' }]);
    clickHandlers[0]!();
    expect(opened).toEqual(['case-a']);
    s.stop();
  });
});
