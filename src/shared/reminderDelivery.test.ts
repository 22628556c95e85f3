import { describe, expect, it } from 'vitest';
import type { ScheduledReminder } from './ipc/contract';
import { dueReminders, shownStillScheduled, untilNextDue } from './reminderDelivery';

const reminder = (id: string, showOn: string): ScheduledReminder => ({ id, caseId: `case-${id}`, showOn, title: id, body: id });

describe('when reminders are shown (desktop and browser alike)', () => {
  it('comes at the schedule’s time of day, 09:00 when it names none', () => {
    const schedule = { reminders: [reminder('a', '2026-11-20')] };
    expect(dueReminders(schedule, [], new Date(2026, 10, 20, 8, 59))).toEqual([]);
    expect(dueReminders(schedule, [], new Date(2026, 10, 20, 9, 0)).map((r) => r.id)).toEqual(['a']);
    expect(dueReminders({ ...schedule, remindAt: '21:15' }, [], new Date(2026, 10, 20, 21, 14))).toEqual([]);
    expect(untilNextDue({ ...schedule, remindAt: '21:15' }, new Date(2026, 10, 20, 21, 0))).toBe(15 * 60 * 1000);
    expect(untilNextDue({ ...schedule, remindAt: '21:15' }, new Date(2026, 10, 20, 22, 0))).toBe(Infinity);
  });

  it('shows an event once for its day and any earlier one, and again for a later day (a snooze)', () => {
    const now = new Date(2026, 10, 24, 10);
    const shown = ['b@2026-11-22'];
    // Worked out again on an earlier day: already shown.
    expect(dueReminders({ reminders: [reminder('b', '2026-11-20')] }, shown, now)).toEqual([]);
    expect(dueReminders({ reminders: [reminder('b', '2026-11-22')] }, shown, now)).toEqual([]);
    // Snoozed to the 24th: shown again.
    expect(dueReminders({ reminders: [reminder('b', '2026-11-24')] }, shown, now).map((r) => r.showOn)).toEqual(['2026-11-24']);
    // An id holding "@" is read by its last one.
    expect(dueReminders({ reminders: [reminder('x@y', '2026-11-22')] }, ['x@y@2026-11-22'], now)).toEqual([]);
  });

  it('forgets what was shown of events a new schedule no longer holds', () => {
    expect(shownStillScheduled(['a@2026-11-20', 'gone@2026-11-20'], { reminders: [reminder('a', '2026-11-25')] })).toEqual(['a@2026-11-20']);
  });
});
