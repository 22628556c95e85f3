import { addDays, subDays } from 'date-fns';
import { addBusinessDaysSkippingHolidays, businessDaysAfter, noPublicHolidays, type IsPublicHoliday } from './businessDays';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './calendarDate';
import type { JournalCase } from './caseSchema';
import { caseDeadlines } from './caseDeadlines';
import { isAwaitingDecision } from './caseProgress';
import { daysUntil } from './deadlines';

/** What a reminder is about, in the order a tie on the same day is shown (what costs most first). */
export const reminderKinds = ['disputeCloses', 'cancelBy', 'trialEnds', 'refundOverdue', 'reviewOverdue', 'followUp'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

/** The reminders sent days before a deadline, besides the day itself, unless Settings say otherwise. */
export const defaultLeadDays: readonly number[] = [7, 1];
/** Kinds reminded ahead of their day; the others are reminded on the day they arrive or pass. */
const remindedAhead: ReadonlySet<ReminderKind> = new Set(['cancelBy', 'disputeCloses']);

/**
 * One date of one case that a reminder watches, as the database keeps it (table `deadlineEntries`,
 * written with the case): enough to tell what is due without reading the case.
 *
 * `on` is the earliest day the reminder can fire, so the app asks the database only for entries
 * with `on` up to today plus the longest lead. For a review that is a lower bound: the first
 * overdue day counting weekends only (public holidays load later and only push it back); the
 * exact day is counted when the reminder is shown, from `review`.
 */
export interface DeadlineEntry {
  caseId: string;
  kind: ReminderKind;
  on: CalendarDate;
  caseTitle: string;
  /** For a review: when it was sent, how many business days it takes and whose holidays count. */
  review?: { submittedOn: CalendarDate; businessDays: number; country: string | null };
}

/** The dates of a case reminders watch (none while it is in the Trash). */
export function deadlineEntriesOf(journalCase: JournalCase): DeadlineEntry[] {
  if (journalCase.deletedAt !== null) return [];
  const entry = (kind: ReminderKind, on: CalendarDate | null): DeadlineEntry[] =>
    on === null ? [] : [{ caseId: journalCase.id, kind, on, caseTitle: journalCase.title }];
  const dates = caseDeadlines(journalCase);
  const { submittedOn, reviewBusinessDays } = journalCase.submission;
  const review: DeadlineEntry[] =
    isAwaitingDecision(journalCase.status) && submittedOn !== null && reviewBusinessDays !== null
      ? [
          {
            caseId: journalCase.id,
            kind: 'reviewOverdue',
            on: firstOverdueDay(submittedOn, reviewBusinessDays, noPublicHolidays),
            caseTitle: journalCase.title,
            review: { submittedOn, businessDays: reviewBusinessDays, country: journalCase.country },
          },
        ]
      : [];
  return [
    ...entry('cancelBy', dates.cancelBy?.on ?? null),
    // A trial that is the cancel-by date (or ends the same day) is reminded once, as cancel-by.
    ...entry('trialEnds', dates.trialEndsOn),
    ...entry('followUp', dates.followUpOn),
    // A refund due on the 10th is overdue on the 11th.
    ...entry('refundOverdue', dates.refundDueOn === null ? null : dayAfter(dates.refundDueOn)),
    ...entry('disputeCloses', dates.lastDayToDispute),
    ...review,
  ];
}

/** The first business day after the expected decision: the day the review is overdue by 1. */
export function firstOverdueDay(submittedOn: CalendarDate, businessDays: number, isHoliday: IsPublicHoliday): CalendarDate {
  return addBusinessDaysSkippingHolidays(submittedOn, businessDays + 1, isHoliday);
}

/**
 * One reminder: shown on `firesOn` (`lead` days before `dueOn`, or on it). Its id names the case,
 * the kind, the date and the lead, so it is shown once; a deadline that moves makes a new id, and
 * the reminder is armed again.
 */
export interface ReminderEvent {
  id: string;
  caseId: string;
  caseTitle: string;
  kind: ReminderKind;
  dueOn: CalendarDate;
  firesOn: CalendarDate;
  lead: number;
  /**
   * The day to name to the user: the deadline itself, except for what is overdue, named by the day
   * it was due (the expected decision; the refund's due day) rather than the first day it is late.
   */
  namedDay: CalendarDate;
}

export function reminderEventId(caseId: string, kind: ReminderKind, dueOn: CalendarDate, lead: number): string {
  return `${caseId}|${kind}|${dueOn}|${lead}`;
}

/** The holidays of a country as far as they have loaded (weekends only otherwise). */
export type HolidaysOf = (country: string | null) => IsPublicHoliday;

/** Every reminder of one watched date: the day itself, and before it by each lead for the kinds reminded ahead. */
export function reminderEventsOf(entry: DeadlineEntry, leadDays: readonly number[], holidaysOf: HolidaysOf): ReminderEvent[] {
  const review = entry.review;
  const holidays = review ? holidaysOf(review.country) : noPublicHolidays;
  const dueOn = review ? firstOverdueDay(review.submittedOn, review.businessDays, holidays) : entry.on;
  const namedDay = review
    ? addBusinessDaysSkippingHolidays(review.submittedOn, review.businessDays, holidays)
    : entry.kind === 'refundOverdue'
      ? toCalendarDate(subDays(fromCalendarDate(entry.on), 1))
      : dueOn;
  const leads = remindedAhead.has(entry.kind) ? [0, ...new Set(leadDays.filter((lead) => lead > 0))] : [0];
  return leads.map((lead) => ({
    id: reminderEventId(entry.caseId, entry.kind, dueOn, lead),
    caseId: entry.caseId,
    caseTitle: entry.caseTitle,
    kind: entry.kind,
    dueOn,
    firesOn: toCalendarDate(subDays(fromCalendarDate(dueOn), lead)),
    lead,
    namedDay,
  }));
}

/** What the user did with a reminder, remembered in the database (table `reminderStates`). */
export interface ReminderState {
  eventId: string;
  caseId: string;
  /** Dismissed for good: this event is never shown again (a moved deadline is a new event). */
  dismissed: boolean;
  /** Snoozed: shown again on this day. */
  snoozedUntil: CalendarDate | null;
}

export const snoozeChoices = ['oneDay', 'threeDays', 'oneWeek'] as const;
export type SnoozeChoice = (typeof snoozeChoices)[number];
const snoozeDays: Record<SnoozeChoice, number> = { oneDay: 1, threeDays: 3, oneWeek: 7 };

/** The day a snoozed reminder comes back. */
export function snoozedUntil(choice: SnoozeChoice, today: CalendarDate): CalendarDate {
  return toCalendarDate(addDays(fromCalendarDate(today), snoozeDays[choice]));
}

/** A reminder that needs the user now; `daysLeft` is negative once its date has passed. */
export interface AttentionItem extends ReminderEvent {
  daysLeft: number;
  /** For a review: business days it is overdue by. */
  overdueBy: number | null;
}

/** The day a reminder is shown, given what the user did with it (null: never again). */
function showsOn(event: ReminderEvent, state: ReminderState | undefined): CalendarDate | null {
  if (state?.dismissed) return null;
  if (state?.snoozedUntil && state.snoozedUntil > event.firesOn) return state.snoozedUntil;
  return event.firesOn;
}

/** Reminders of the closing kinds stop mattering once their day has passed: a window closed is closed. */
function stillMatters(event: ReminderEvent, today: CalendarDate): boolean {
  return event.kind !== 'disputeCloses' || event.dueOn >= today;
}

/**
 * What needs attention today, most urgent first (the earliest date first, so what is most overdue
 * leads; on the same date, what costs most). Per case and kind only the latest reminder that has
 * fired counts: once the day arrives, "7 days before" is not shown beside "today".
 */
export function needingAttention(
  entries: readonly DeadlineEntry[],
  states: ReadonlyMap<string, ReminderState>,
  today: CalendarDate,
  leadDays: readonly number[],
  holidaysOf: HolidaysOf,
): AttentionItem[] {
  const items: AttentionItem[] = [];
  for (const entry of entries) {
    const fired = reminderEventsOf(entry, leadDays, holidaysOf)
      .filter((event) => event.firesOn <= today && stillMatters(event, today))
      .sort((a, b) => (a.firesOn < b.firesOn ? 1 : -1));
    const latest = fired[0];
    if (latest === undefined) continue;
    const shownOn = showsOn(latest, states.get(latest.id));
    if (shownOn === null || shownOn > today) continue;
    items.push({ ...latest, daysLeft: daysUntil(latest.dueOn, today), overdueBy: overdueBy(entry, today, holidaysOf) });
  }
  return items.sort(byUrgency);
}

function overdueBy(entry: DeadlineEntry, today: CalendarDate, holidaysOf: HolidaysOf): number | null {
  if (!entry.review) return null;
  const elapsed = businessDaysAfter(entry.review.submittedOn, today, holidaysOf(entry.review.country));
  return Math.max(elapsed - entry.review.businessDays, 0);
}

export function byUrgency(a: ReminderEvent, b: ReminderEvent): number {
  if (a.dueOn !== b.dueOn) return a.dueOn < b.dueOn ? -1 : 1;
  if (a.kind !== b.kind) return reminderKinds.indexOf(a.kind) - reminderKinds.indexOf(b.kind);
  return a.caseTitle.localeCompare(b.caseTitle);
}

function dayAfter(day: CalendarDate): CalendarDate {
  return toCalendarDate(addDays(fromCalendarDate(day), 1));
}

/**
 * The reminders to hand to the system's notifications: those shown from today up to `horizon` days
 * ahead, each on the day it is to be shown (a snoozed one on its snooze's end), dismissed ones left
 * out. One that is due today and was shown already is the scheduler's business (it shows each once).
 */
export function upcomingReminders(
  entries: readonly DeadlineEntry[],
  states: ReadonlyMap<string, ReminderState>,
  today: CalendarDate,
  leadDays: readonly number[],
  holidaysOf: HolidaysOf,
  horizon: number,
  /** What needs attention today, when worked out already (else it is worked out here). */
  dueToday: readonly AttentionItem[] = needingAttention(entries, states, today, leadDays, holidaysOf),
): (ReminderEvent & { showOn: CalendarDate })[] {
  const last = toCalendarDate(addDays(fromCalendarDate(today), horizon));
  const due = new Set(dueToday.map((item) => item.id));
  const upcoming: (ReminderEvent & { showOn: CalendarDate })[] = [];
  for (const entry of entries) {
    for (const event of reminderEventsOf(entry, leadDays, holidaysOf)) {
      const showOn = showsOn(event, states.get(event.id));
      if (showOn === null || showOn > last) continue;
      if (showOn <= today ? due.has(event.id) : stillMatters(event, showOn)) upcoming.push({ ...event, showOn });
    }
  }
  return upcoming.sort((a, b) => (a.showOn === b.showOn ? byUrgency(a, b) : a.showOn < b.showOn ? -1 : 1));
}
