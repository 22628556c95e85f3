// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReminderSchedule } from '@shared/ipc/contract';
import { browserReminders } from './browserReminders';
import type { DueReminders } from './inAppReminders';
import { handClock } from '@shared/handClock.testKit';

const schedule = (remindAt: string, ...days: [string, string][]): ReminderSchedule => ({
  reminders: days.map(([id, showOn]) => ({ id, caseId: `case-${id}`, showOn, title: id, body: `${id} is due` })),
  summary: { title: 'Cancellation Journal', body: '{count} dates in your journal need attention' },
  remindAt,
});


beforeEach(() => localStorage.clear());

const ids = (heard: DueReminders[]) => heard.map((h) => h.due.map((r) => r.id));

describe('reminders in the browser build', () => {
  it('shows what is due inside the page, each once, also after a reload', () => {
    const heard: DueReminders[] = [];
    const reminders = browserReminders(handClock(new Date(2026, 10, 20, 10)));
    reminders.onDue((due) => heard.push(due));
    reminders.schedule(schedule('09:00', ['a', '2026-11-20'], ['b', '2026-11-19'], ['c', '2026-11-21']));
    expect(ids(heard)).toEqual([['a', 'b']]);
    reminders.schedule(schedule('09:00', ['a', '2026-11-20'], ['b', '2026-11-19'], ['c', '2026-11-21']));
    expect(heard).toHaveLength(1);

    const reloaded = browserReminders(handClock(new Date(2026, 10, 21, 9)));
    const later: DueReminders[] = [];
    reloaded.onDue((due) => later.push(due));
    reloaded.schedule(schedule('09:00', ['a', '2026-11-20'], ['b', '2026-11-19'], ['c', '2026-11-21']));
    expect(ids(later)).toEqual([['c']]);
  });

  it('holds today’s reminder until the chosen time, across the hour and across midnight', () => {
    const clock = handClock(new Date(2026, 10, 20, 17, 0));
    const heard: DueReminders[] = [];
    const reminders = browserReminders(clock);
    reminders.onDue((due) => heard.push(due));
    reminders.schedule(schedule('17:45', ['today', '2026-11-20'], ['tomorrow', '2026-11-21']));
    expect(heard).toEqual([]);
    clock.moveTo(new Date(2026, 10, 20, 17, 44));
    expect(heard).toEqual([]);
    clock.moveTo(new Date(2026, 10, 20, 17, 45));
    expect(ids(heard)).toEqual([['today']]);
    clock.moveTo(new Date(2026, 10, 21, 0, 1));
    expect(heard).toHaveLength(1);
    clock.moveTo(new Date(2026, 10, 21, 17, 45));
    expect(ids(heard)).toEqual([['today'], ['tomorrow']]);
  });

  it('runs no timer until the page listens, and stops it when the page stops listening', () => {
    const clock = handClock(new Date(2026, 10, 20, 10));
    const reminders = browserReminders(clock);
    reminders.schedule(schedule('09:00', ['later', '2026-11-25']));
    expect(reminders.running).toBe(false);
    expect(clock.timers).toBe(0);
    const stop = reminders.onDue(() => undefined);
    expect(reminders.running).toBe(true);
    expect(clock.timers).toBe(1);
    stop();
    expect(reminders.running).toBe(false);
    expect(clock.timers).toBe(0);
  });
});
