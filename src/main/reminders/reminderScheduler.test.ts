import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ReminderSchedule, ScheduledReminder } from '@shared/ipc/contract';
import { reminderFile } from './reminderFile';
import { pageScheduleGraceMs, ReminderScheduler, type ReminderClock, type ReminderNotice, type ReminderStore } from './reminderScheduler';
import { handClock } from '@shared/handClock.testKit';

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


const reminder = (id: string, showOn: string): ScheduledReminder => ({ id, caseId: `case-${id}`, showOn, title: `Title ${id}`, body: `Body ${id}` });
const scheduleAt = (remindAt: string, ...reminders: ScheduledReminder[]): ReminderSchedule => ({
  reminders,
  summary: { title: 'Cancellation Journal', body: '{count} dates need your attention' },
  remindAt,
});
const schedule = (...reminders: ScheduledReminder[]): ReminderSchedule => scheduleAt('09:00', ...reminders);
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Lets the start's grace pass with no schedule from the page (a page that never loaded). */
async function noPageSchedule(clock: ReturnType<typeof handClock>) {
  clock.moveTo(new Date(clock.now().getTime() + pageScheduleGraceMs).toISOString());
  await settle();
}

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
  it('shows each reminder once, on its day at the chosen time, while the app runs', async () => {
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
    // Not at midnight: at 09:00, the time reminders come at.
    clock.moveTo('2026-11-21T00:00:01');
    await settle();
    expect(shown).toHaveLength(1);
    clock.moveTo('2026-11-21T09:00:00');
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

    // No page sends a schedule (the window did not load): the kept one is shown after the grace.
    const laterClock = handClock('2026-11-24T08:00:00');
    const later = scheduler(laterClock, store);
    await later.scheduler.start();
    expect(later.shown).toEqual([]);
    await noPageSchedule(laterClock);
    expect(later.shown).toEqual([{ title: 'Cancellation Journal', body: '2 dates need your attention', caseId: null }]);
    later.scheduler.stop();

    const againClock = handClock('2026-11-24T09:00:00');
    const again = scheduler(againClock, store);
    await again.scheduler.start();
    await noPageSchedule(againClock);
    expect(again.shown).toEqual([]);
    again.scheduler.stop();
  });

  it('after a long absence, one summary also counts what the kept schedule could not hold (it looked 30 days ahead)', async () => {
    const store = memoryStore();
    const first = scheduler(handClock('2026-10-01T10:00:00'), store);
    await first.scheduler.start();
    await first.scheduler.replace(schedule(reminder('a', '2026-10-10'), reminder('b', '2026-10-20')));
    first.scheduler.stop();

    // Back after eight weeks: the page's fresh schedule holds a date past the old one's horizon.
    const later = scheduler(handClock('2026-11-26T10:00:00'), store);
    await later.scheduler.start();
    expect(later.shown).toEqual([]);
    await later.scheduler.replace(schedule(reminder('a', '2026-10-10'), reminder('b', '2026-10-20'), reminder('d', '2026-11-15')));
    expect(later.shown).toEqual([{ title: 'Cancellation Journal', body: '3 dates need your attention', caseId: null }]);
    later.scheduler.stop();
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
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ schedule: { reminders: [{ id: 'a', showOn: '2026-11-23' }] } });

    const restartClock = handClock('2026-11-23T09:30:00');
    const restarted = scheduler(restartClock, reminderFile(path));
    await restarted.scheduler.start();
    await noPageSchedule(restartClock);
    expect(restarted.shown.map((notice) => notice.caseId)).toEqual(['case-a']);
    restarted.scheduler.stop();
    expect(first.shown).toHaveLength(1);
  });

  it('starts empty from a missing or damaged file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'cj-reminders-')), 'reminders.json');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path, '{"schedule": {"reminders": "not a list"}, "shown": []}');
    const clock = handClock('2026-11-20T10:00:00');
    const { shown, scheduler: s } = scheduler(clock, reminderFile(path));
    await expect(s.start()).resolves.toBeUndefined();
    await noPageSchedule(clock);
    expect(shown).toEqual([]);
    s.stop();
  });

  it('holds a reminder due today until the chosen hour, and shows it then', async () => {
    const clock = handClock('2026-11-20T18:00:00');
    const { shown, scheduler: s } = scheduler(clock, memoryStore());
    await s.start();
    await s.replace(scheduleAt('18:30', reminder('a', '2026-11-20')));
    expect(shown).toEqual([]);
    clock.moveTo('2026-11-20T18:29:59');
    await settle();
    expect(shown).toEqual([]);
    clock.moveTo('2026-11-20T18:30:00');
    await settle();
    expect(shown.map((notice) => notice.caseId)).toEqual(['case-a']);
    s.stop();
  });

  it('across midnight: tomorrow’s reminder waits for tomorrow’s hour; one late in the evening comes before midnight', async () => {
    const clock = handClock('2026-11-20T23:00:00');
    const { shown, scheduler: s } = scheduler(clock, memoryStore());
    await s.start();
    await s.replace(scheduleAt('23:30', reminder('tonight', '2026-11-20'), reminder('tomorrow', '2026-11-21')));
    clock.moveTo('2026-11-20T23:30:00');
    await settle();
    expect(shown.map((notice) => notice.caseId)).toEqual(['case-tonight']);
    clock.moveTo('2026-11-21T00:00:01');
    await settle();
    clock.moveTo('2026-11-21T23:29:00');
    await settle();
    expect(shown).toHaveLength(1);
    clock.moveTo('2026-11-21T23:30:00');
    await settle();
    expect(shown.map((notice) => notice.caseId)).toEqual(['case-tonight', 'case-tomorrow']);
    s.stop();
  });

  it('at a start before the hour, shows what fell due on earlier days and keeps today’s for its hour', async () => {
    const store = memoryStore();
    const first = scheduler(handClock('2026-11-20T10:00:00'), store);
    await first.scheduler.start();
    await first.scheduler.replace(schedule(reminder('a', '2026-11-21'), reminder('b', '2026-11-22'), reminder('c', '2026-11-23')));
    first.scheduler.stop();

    // Started just after midnight on the 23rd: the 21st and 22nd passed while the app was closed.
    const clock = handClock('2026-11-23T00:05:00');
    const later = scheduler(clock, store);
    await later.scheduler.start();
    await noPageSchedule(clock);
    expect(later.shown).toEqual([{ title: 'Cancellation Journal', body: '2 dates need your attention', caseId: null }]);
    clock.moveTo('2026-11-23T09:00:00');
    await settle();
    expect(later.shown.map((notice) => notice.caseId)).toEqual([null, 'case-c']);
    later.scheduler.stop();
  });

  it('shows no single notification after the start’s summary for the events it covered, as the page sends its schedule right after', async () => {
    const store = memoryStore();
    const first = scheduler(handClock('2026-11-20T10:00:00'), store);
    await first.scheduler.start();
    await first.scheduler.replace(schedule(reminder('a', '2026-11-21'), reminder('b', '2026-11-22')));
    first.scheduler.stop();

    const clock = handClock('2026-11-24T10:00:00');
    const later = scheduler(clock, store);
    await later.scheduler.start();
    await noPageSchedule(clock);
    expect(later.shown.map((notice) => notice.body)).toEqual(['2 dates need your attention']);
    // The page, once open (after the grace here), works the schedule out again: the same events,
    // one on a day it now counts earlier (a review whose holidays have loaded), and one new for later.
    await later.scheduler.replace(schedule(reminder('a', '2026-11-21'), reminder('b', '2026-11-20'), reminder('c', '2026-11-26')));
    await later.scheduler.replace(schedule(reminder('a', '2026-11-21'), reminder('b', '2026-11-22'), reminder('c', '2026-11-26')));
    expect(later.shown).toHaveLength(1);
    clock.moveTo('2026-11-26T09:00:00');
    await settle();
    expect(later.shown.map((notice) => notice.caseId)).toEqual([null, 'case-c']);
    later.scheduler.stop();
  });

  it('shows the start’s summary alone when the page’s schedule comes before the kept file has been read', async () => {
    const store = memoryStore();
    const first = scheduler(handClock('2026-11-20T10:00:00'), store);
    await first.scheduler.start();
    await first.scheduler.replace(schedule(reminder('a', '2026-11-21'), reminder('b', '2026-11-22')));
    first.scheduler.stop();

    let release = () => {};
    const slowDisk: ReminderStore = {
      read: () => new Promise((resolve) => (release = () => resolve(store.kept))),
      write: store.write,
    };
    const later = scheduler(handClock('2026-11-24T10:00:00'), slowDisk);
    const starting = later.scheduler.start();
    const pageSchedule = later.scheduler.replace(schedule(reminder('a', '2026-11-21'), reminder('b', '2026-11-22')));
    release();
    await Promise.all([starting, pageSchedule]);
    expect(later.shown.map((notice) => notice.body)).toEqual(['2 dates need your attention']);
    later.scheduler.stop();
  });

  it('writes its file only when something changed, not at every hourly look', async () => {
    const store = memoryStore();
    const write = vi.spyOn(store, 'write');
    const clock = handClock('2026-11-20T10:00:00');
    const { scheduler: s } = scheduler(clock, store);
    await s.start();
    await s.replace(schedule(reminder('a', '2026-11-20'), reminder('b', '2026-11-30')));
    expect(write).toHaveBeenCalledTimes(1);
    for (const hour of ['11', '12', '13', '14', '15']) {
      clock.moveTo(`2026-11-20T${hour}:00:00`);
      await settle();
    }
    await s.replace(schedule(reminder('a', '2026-11-20'), reminder('b', '2026-11-30')));
    expect(write).toHaveBeenCalledTimes(1);
    // A restart that reads the file and finds nothing new writes nothing either.
    s.stop();
    const restarted = scheduler(handClock('2026-11-20T16:00:00'), store);
    const writeAgain = vi.spyOn(store, 'write');
    writeAgain.mockClear();
    await restarted.scheduler.start();
    expect(writeAgain).not.toHaveBeenCalled();
    restarted.scheduler.stop();
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
