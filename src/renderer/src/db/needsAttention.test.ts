import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from './journalDatabase';
import { watchNeedsAttention, type AttentionAnswer, type AttentionWatch } from './needsAttention';
import { reminderRepository } from './reminderRepository';
import { settingsRepository } from './settingsRepository';

let db: JournalDatabase;
let watch: AttentionWatch | undefined;
beforeEach(() => {
  db = new JournalDatabase(`attention-watch-${crypto.randomUUID()}`);
});
afterEach(async () => {
  watch?.stop();
  await db.delete();
});

const today = '2026-11-20';
const followUp = (caseId: string, on: string) => ({ caseId, kind: 'followUp' as const, on, caseTitle: `Case ${caseId}` });

/** Watches and collects every answer; `next` waits for the next one. */
function watching(wanted: number) {
  const answers: AttentionAnswer[] = [];
  const waiting: ((answer: AttentionAnswer) => void)[] = [];
  watch = watchNeedsAttention(db, today, wanted, {
    onAnswer: (answer) => {
      answers.push(answer);
      waiting.shift()?.(answer);
    },
    onError: (error) => {
      throw error;
    },
  });
  return { answers, next: () => new Promise<AttentionAnswer>((resolve) => waiting.push(resolve)) };
}

describe('watching what needs attention', () => {
  it('answers with the count, the case ids and only the items asked for, then more on request', async () => {
    await db.deadlineEntries.bulkPut(Array.from({ length: 250 }, (_, index) => followUp(`c${String(index).padStart(3, '0')}`, '2026-11-19')));
    const { next } = watching(100);
    const first = await next();
    expect(first.count).toBe(250);
    expect(first.items).toHaveLength(100);
    expect(first.caseIds).toHaveLength(250);
    const answered = next();
    watch!.want(200);
    const more = await answered;
    expect(more.items).toHaveLength(200);
    expect(more.items.slice(0, 100)).toEqual(first.items);
    // Nothing about the cases changed: no new set of ids for the list to filter by.
    expect(more.caseIds).toBeNull();
  });

  it('follows writes from a path that knows nothing of it: a raw table write, a snooze, the lead days', async () => {
    const { next } = watching(100);
    expect((await next()).count).toBe(0);
    // Written straight into the table, as an import or another window would.
    await db.deadlineEntries.put(followUp('a', '2026-11-20'));
    const added = await next();
    expect(added.count).toBe(1);
    expect(added.caseIds).toEqual(['a']);
    await reminderRepository(db).snooze(added.items[0]!, '2026-11-23');
    const snoozed = await next();
    expect(snoozed.count).toBe(0);
    expect(snoozed.caseIds).toEqual([]);
    // A date 10 days off needs attention once the user asks to be told 10 days before.
    await db.deadlineEntries.put({ caseId: 'b', kind: 'cancelBy', on: '2026-11-30', caseTitle: 'Gym' });
    expect((await next()).count).toBe(0);
    await settingsRepository(db).setReminderLeadDays([10, 1]);
    const earlier = await next();
    expect(earlier.items.map((item) => [item.caseId, item.kind, item.daysLeft])).toEqual([['b', 'cancelBy', 10]]);
  });

  it('hands the system the reminders from today to the horizon, on the day each shows', async () => {
    await db.deadlineEntries.bulkPut([followUp('a', '2026-11-20'), followUp('b', '2026-12-01'), followUp('c', '2027-03-01')]);
    const { next } = watching(100);
    const answer = await next();
    expect(answer.upcoming.map((event) => [event.caseId, event.showOn])).toEqual([
      ['a', '2026-11-20'],
      ['b', '2026-12-01'],
    ]);
  });
});
