// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReminderSchedule } from '@shared/ipc/contract';
import { browserReminders } from './browserReminders';
import type { DueReminders } from './inAppReminders';

const schedule = (...days: [string, string][]): ReminderSchedule => ({
  reminders: days.map(([id, showOn]) => ({ id, caseId: `case-${id}`, showOn, title: id, body: `${id} is due` })),
  summary: { title: 'Cancellation Journal', body: '{count} dates in your journal need attention' },
});

beforeEach(() => localStorage.clear());

describe('reminders in the browser build', () => {
  it('shows what is due inside the page, each once, also after a reload', () => {
    const heard: DueReminders[] = [];
    const reminders = browserReminders(() => new Date(2026, 10, 20, 10));
    reminders.onDue((due) => heard.push(due));
    reminders.schedule(schedule(['a', '2026-11-20'], ['b', '2026-11-19'], ['c', '2026-11-21']));
    expect(heard.map((h) => h.due.map((r) => r.id))).toEqual([['a', 'b']]);
    reminders.schedule(schedule(['a', '2026-11-20'], ['b', '2026-11-19'], ['c', '2026-11-21']));
    expect(heard).toHaveLength(1);

    const reloaded = browserReminders(() => new Date(2026, 10, 21, 9));
    const later: DueReminders[] = [];
    reloaded.onDue((due) => later.push(due));
    reloaded.schedule(schedule(['a', '2026-11-20'], ['b', '2026-11-19'], ['c', '2026-11-21']));
    expect(later.map((h) => h.due.map((r) => r.id))).toEqual([['c']]);
  });
});
