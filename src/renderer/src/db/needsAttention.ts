import { liveQuery } from 'dexie';
import { noPublicHolidays } from '@shared/domain/businessDays';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { loadPublicHolidays, publicHolidaysIfLoaded } from '@shared/domain/publicHolidays';
import { needingAttention, upcomingReminders, type AttentionItem, type HolidaysOf, type ReminderEvent } from '@shared/domain/reminders';
import type { JournalDatabase } from './journalDatabase';
import { lastFiringDay, reminderRepository } from './reminderRepository';
import { settingsRepository } from './settingsRepository';

/** How far ahead the system's notifications are scheduled (a new schedule is sent whenever a date changes). */
export const scheduleHorizonDays = 30;
/** At most this many reminders are handed to the system at once (the contract's limit). */
export const scheduleLimit = 1000;

export type UpcomingReminder = ReminderEvent & { showOn: CalendarDate };

/** What the page is told: small whatever the journal's size. */
export interface AttentionAnswer {
  /** How many dates need attention today. */
  count: number;
  /** The most urgent of them, as many as the page asked for. */
  items: AttentionItem[];
  /** The cases among all of them (the list's badge and filter); null when the same as in the previous answer. */
  caseIds: string[] | null;
  /** Reminders from today to the horizon, for the system's notifications. */
  upcoming: UpcomingReminder[];
}

/** Who hears the answers. */
export interface AttentionListener {
  onAnswer: (answer: AttentionAnswer) => void;
  onError: (error: unknown) => void;
}

export interface AttentionWatch {
  /** The page now shows up to `count` items (the view's "Show more"). */
  want(count: number): void;
  stop(): void;
}

/**
 * Works out "what needs attention" for `today` and again after every write to the watched dates,
 * the user's snoozes and dismissals or the lead days — from any path, another window or tab
 * included (a live query; Dexie tells every context of the origin of each committed write). A
 * long-neglected journal owes tens of thousands of dates: they are kept here, and only the count,
 * the case ids and the first `wanted` items are answered. Where a worker can run, this runs in it.
 */
export function watchNeedsAttention(db: JournalDatabase, today: CalendarDate, wanted: number, { onAnswer, onError }: AttentionListener): AttentionWatch {
  let stopped = false;
  let worked: { items: AttentionItem[]; upcoming: UpcomingReminder[] } | undefined;
  let lastCaseIds: ReadonlySet<string> | undefined;
  let round = 0;
  const answer = (caseIds: string[] | null) => {
    if (!worked || stopped) return;
    onAnswer({ count: worked.items.length, items: worked.items.slice(0, wanted), caseIds, upcoming: worked.upcoming });
  };
  const subscription = liveQuery(async () => {
    const leads = await settingsRepository(db).reminderLeadDays();
    return { leads, ...(await reminderRepository(db).watchedUpTo(lastFiringDay(today, leads, scheduleHorizonDays))) };
  }).subscribe({
    next: (watched) => {
      const mine = ++round;
      // Reviews count business days with their country's holidays: loaded before counting (once).
      const countries = new Set(watched.entries.flatMap((entry) => (entry.review?.country ? [entry.review.country] : [])));
      Promise.all([...countries].map(loadPublicHolidays)).then(() => {
        if (mine !== round || stopped) return;
        const holidaysOf: HolidaysOf = (country) => (country === null ? noPublicHolidays : (publicHolidaysIfLoaded(country) ?? noPublicHolidays));
        const items = needingAttention(watched.entries, watched.states, today, watched.leads, holidaysOf);
        const upcoming = upcomingReminders(watched.entries, watched.states, today, watched.leads, holidaysOf, scheduleHorizonDays, items).slice(0, scheduleLimit);
        worked = { items, upcoming };
        const caseIds = new Set(items.map((item) => item.caseId));
        // Every save writes its case's watched dates again: the same cases are not sent (nor the list re-filtered) again.
        const same = lastCaseIds !== undefined && lastCaseIds.size === caseIds.size && [...caseIds].every((id) => lastCaseIds!.has(id));
        lastCaseIds = caseIds;
        answer(same ? null : [...caseIds]);
      }, onError);
    },
    error: onError,
  });
  return {
    want(count) {
      wanted = count;
      answer(null);
    },
    stop() {
      stopped = true;
      subscription.unsubscribe();
    },
  };
}
