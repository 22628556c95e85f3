import { fromCalendarDate, toCalendarDate, type CalendarDate } from './calendarDate';
import type { JournalCase } from './caseSchema';
import type { ContactEntry, FieldEntry, TimelineEntry } from './timelineSchema';
import type { ContactChannel, KeyField, TimelineKind } from './timelineVocabulary';

type NewId = () => string;
/**
 * The entries a case's status history stands for: one per change, dated as the change is. For a
 * case made before the timeline existed (the database upgrade, an older journal file), and for a
 * new case, whose history is the status it was opened in.
 */
export function timelineFromStatusHistory(journalCase: Pick<JournalCase, 'statusHistory'>, idOf: (index: number) => string): TimelineEntry[] {
  return journalCase.statusHistory.map((change, index) => ({
    id: idOf(index),
    kind: 'status',
    on: change.on,
    recordedAt: change.recordedAt,
    corrects: null,
    status: change.status,
    from: index === 0 ? null : journalCase.statusHistory[index - 1]!.status,
  }));
}

/** What a journal keeps of a case's key fields: the value as text, null when there is none. */
type FieldValues = { field: KeyField; subject: string; key: string; value: string | null }[];

const text = (value: string) => (value === '' ? null : value);
const amount = (value: string | null, currency: string) => (value === null ? null : `${value} ${currency}`);

function keyFieldValues(c: JournalCase): FieldValues {
  const values: FieldValues = [
    { field: 'submittedOn', subject: '', key: 'submittedOn', value: c.submission.submittedOn },
    { field: 'referenceNumber', subject: '', key: 'referenceNumber', value: text(c.submission.referenceNumber) },
    { field: 'confirmedOn', subject: '', key: 'confirmedOn', value: c.confirmation.confirmedOn },
    { field: 'confirmationNumber', subject: '', key: 'confirmationNumber', value: text(c.confirmation.confirmationNumber) },
    { field: 'balanceAmount', subject: '', key: 'balanceAmount', value: amount(c.balance.amount, c.balance.currency) },
    { field: 'refundedAmount', subject: '', key: 'refundedAmount', value: amount(c.balance.refunded, c.balance.currency) },
    { field: 'country', subject: '', key: 'country', value: c.country },
    // What the plan cost: the saving the Overview counts rests on it.
    { field: 'recurringFee', subject: '', key: 'recurringFee', value: amount(c.recurringFee.amount, c.balance.currency) },
    { field: 'billingPeriod', subject: '', key: 'billingPeriod', value: c.recurringFee.period },
  ];
  // The dates a cancellation races against: a moved deadline is a fact a dispute may turn on.
  const d = c.deadlines;
  const notice = d.noticePeriod === null ? null : `${d.noticePeriod.count} ${d.noticePeriod.unit}`;
  const windowDays = d.disputeWindowDays === null ? null : String(d.disputeWindowDays);
  for (const [field, value] of [
    ['renewsOn', d.renewsOn],
    ['noticePeriod', notice],
    ['trialEndsOn', d.trialEndsOn],
    ['followUpOn', d.followUpOn],
    ['refundDueOn', d.refundDueOn],
    ['disputedChargeOn', d.disputedChargeOn],
    ['disputeWindowDays', windowDays],
  ] as const) {
    values.push({ field, subject: '', key: field, value });
  }
  for (const order of c.orders) {
    const subject = order.reference || order.description;
    values.push(
      { field: 'orderReference', subject: order.description, key: `order:${order.id}:reference`, value: text(order.reference) },
      { field: 'orderAmount', subject, key: `order:${order.id}:amount`, value: amount(order.amount, order.currency) },
      { field: 'orderDueOn', subject, key: `order:${order.id}:dueOn`, value: order.dueOn },
    );
  }
  for (const device of c.devices) {
    values.push({ field: 'deviceUnboundOn', subject: device.name, key: `device:${device.id}:unboundOn`, value: device.unboundOn });
  }
  return values;
}

/** The latest entry about the status change recorded at `recordedAt`: the change itself or its last correction. */
function latestAboutStatusChange(history: readonly TimelineEntry[], status: string, recordedAt: string): TimelineEntry | undefined {
  const original = history.find((entry) => entry.kind === 'status' && entry.corrects === null && entry.status === status && entry.recordedAt === recordedAt);
  if (!original) return undefined;
  let latest = original;
  // Corrections form a chain; each names the one before. Bounded by the history's length (no loop can run on).
  for (let step = 0; step < history.length; step += 1) {
    const next = history.find((entry) => entry.corrects === latest.id);
    if (!next) break;
    latest = next;
  }
  return latest;
}

/**
 * The timeline entries a change to a case makes, from the case before and after it: a new status,
 * a status's day corrected, a step done, skipped or opened again, a key field old → new, an
 * attachment added or removed. `history` is the case's timeline so far (a correction points into
 * it). Each entry is dated `on` the day the user gave (the status's day, the step's completion
 * day) or, when the change has no day of its own, the day it was made, and recorded at `now`.
 */
export function timelineEntriesOf(
  before: JournalCase,
  after: JournalCase,
  now: Date,
  history: readonly TimelineEntry[],
  newId: NewId,
): TimelineEntry[] {
  const recordedAt = now.toISOString();
  const day = toCalendarDate(now);
  const entries: TimelineEntry[] = [];
  const base = (on: CalendarDate, corrects: string | null = null) => ({ id: newId(), on, recordedAt, corrects });

  // New status changes are appended to the history; the case was in `from` before each.
  const known = new Set(before.statusHistory.map((change) => `${change.status}@${change.recordedAt}`));
  let from = before.status;
  const newDays = new Map<string, CalendarDate>();
  for (const change of after.statusHistory) {
    if (known.has(`${change.status}@${change.recordedAt}`)) continue;
    entries.push({ ...base(change.on), kind: 'status', status: change.status, from });
    from = change.status;
    newDays.set(change.status, change.on);
  }
  // A recorded change given another day: a correction of the entry about it, never an edit.
  for (const change of after.statusHistory) {
    const earlier = before.statusHistory.find((old) => old.status === change.status && old.recordedAt === change.recordedAt);
    if (!earlier || earlier.on === change.on) continue;
    const corrected = latestAboutStatusChange(history, change.status, change.recordedAt);
    const previous = corrected?.kind === 'status' ? corrected.from : null;
    entries.push({ ...base(change.on, corrected?.id ?? null), kind: 'status', status: change.status, from: previous });
  }

  for (const item of after.checklist) {
    const old = before.checklist.find((candidate) => candidate.id === item.id);
    if (!old || old.state === item.state) continue;
    const on = item.state === 'done' ? (item.completedOn ?? day) : day;
    entries.push({ ...base(on), kind: 'step', stepId: item.id, title: item.title, state: item.state, from: old.state });
  }

  const oldValues = new Map(keyFieldValues(before).map((value) => [value.key, value.value]));
  for (const { field, subject, key, value } of keyFieldValues(after)) {
    const old = oldValues.get(key) ?? null;
    if (old === value) continue;
    // Moving to Submitted or Confirmed sets its date: the status entry already says so.
    if ((field === 'submittedOn' && newDays.get('submitted') === value) || (field === 'confirmedOn' && newDays.get('confirmed') === value)) continue;
    const entry: FieldEntry = { ...base(day), kind: 'field', field, subject, from: old, to: value };
    entries.push(entry);
  }

  const oldAttachments = new Map(before.attachments.map((attachment) => [attachment.id, attachment]));
  const newAttachments = new Set(after.attachments.map((attachment) => attachment.id));
  for (const attachment of after.attachments) {
    const old = oldAttachments.get(attachment.id);
    const trashed = old && old.deletedAt === null && attachment.deletedAt !== null;
    const restored = old && old.deletedAt !== null && attachment.deletedAt === null;
    const action = !old ? 'added' : trashed ? 'trashed' : restored ? 'restored' : null;
    if (action) entries.push({ ...base(day), kind: 'attachment', action, attachmentId: attachment.id, name: attachment.name, sha256: attachment.sha256 });
  }
  for (const attachment of before.attachments) {
    if (newAttachments.has(attachment.id)) continue;
    entries.push({ ...base(day), kind: 'attachment', action: 'removed', attachmentId: attachment.id, name: attachment.name, sha256: attachment.sha256 });
  }
  return entries;
}

/** What the user says about a contact with the provider. `at` is a moment with its offset. */
export interface ContactInput {
  at: string;
  channel: ContactChannel;
  who: string;
  said: string;
  reference: string;
  attachmentIds?: string[];
}

/**
 * A contact as a timeline entry, recorded `now`; `corrects` is the entry it replaces, when it is
 * a correction. Its day is the day of `at` where it happened (the offset `at` carries).
 */
export function contactEntry(input: ContactInput, now: Date, newId: NewId, corrects: string | null = null): ContactEntry {
  return {
    id: newId(),
    kind: 'contact',
    on: input.at.slice(0, 10),
    recordedAt: now.toISOString(),
    corrects,
    at: input.at,
    channel: input.channel,
    who: input.who.trim(),
    said: input.said.trim(),
    reference: input.reference.trim(),
    attachmentIds: input.attachmentIds ?? [],
  };
}

/** The case was exported or its report printed, `now` (that day is the day it happened). */
export function deliveryEntry(kind: 'exported' | 'printed', now: Date, newId: NewId): TimelineEntry {
  const base = { id: newId(), on: toCalendarDate(now), recordedAt: now.toISOString(), corrects: null };
  return kind === 'exported' ? { ...base, kind, format: 'json' } : { ...base, kind };
}

/**
 * A moment typed in a `datetime-local` field (`2026-11-20T14:30`), in the zone of this computer,
 * as ISO 8601 with that zone's offset (`2026-11-20T14:30:00+07:00`): the time the user meant, and
 * where on Earth's clock it was. Null for anything else.
 */
export function localDateTimeToIso(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, year, month, dayOfMonth, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, dayOfMonth, hour, minute);
  date.setFullYear(year);
  // A day or an hour that does not exist (30 February, a skipped hour) comes back changed.
  if (date.getMonth() !== month - 1 || date.getDate() !== dayOfMonth || date.getHours() !== hour) return null;
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const pad = (value: number) => String(Math.abs(value)).padStart(2, '0');
  return `${local}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/** The local `datetime-local` text of a moment, for a field that shows it again. */
export function isoToLocalDateTime(iso: string): string {
  const date = new Date(iso);
  return `${toCalendarDate(date)}T${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/**
 * When an entry happened, as a time to order by: a contact's moment; for a day-only entry, the
 * moment it was recorded if that was on the same day (it happened as it was logged), else the
 * start of its day; the status the case was opened in, before all.
 */
export function eventTime(entry: TimelineEntry): number {
  // The status a case was opened in comes before everything told about it: a case logged on the
  // 26th about a request sent on the 2nd was a draft before it was sent.
  if (entry.kind === 'status' && entry.from === null) return -Infinity;
  if (entry.kind === 'contact') return Date.parse(entry.at);
  const recorded = new Date(entry.recordedAt);
  return toCalendarDate(recorded) === entry.on ? recorded.getTime() : fromCalendarDate(entry.on).getTime();
}

/** Newest first: by when it happened, then by when it was recorded. */
export function newestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => eventTime(b) - eventTime(a) || (a.recordedAt < b.recordedAt ? 1 : a.recordedAt > b.recordedAt ? -1 : 0));
}

/** Oldest first, as a report tells a story. */
export function oldestFirst(entries: readonly TimelineEntry[]): TimelineEntry[] {
  return newestFirst(entries).reverse();
}

/** The ids of entries a later entry corrects: shown as corrected, with the correction beside them. */
export function correctedIds(entries: readonly TimelineEntry[]): Set<string> {
  return new Set(entries.flatMap((entry) => (entry.corrects === null ? [] : [entry.corrects])));
}

/** The texts the user wrote into an entry (who, what was said, numbers, values, names), for searching it. */
export function entryTexts(entry: TimelineEntry): string[] {
  switch (entry.kind) {
    case 'contact':
      return [entry.who, entry.said, entry.reference];
    case 'field':
      return [entry.subject, entry.from ?? '', entry.to ?? ''];
    case 'step':
      return [entry.title];
    case 'attachment':
      return [entry.name, entry.sha256];
    default:
      return [];
  }
}

/** The contacts of a case's timeline, whose words the case is found by in the list's search. */
export function contactsIn(entries: readonly TimelineEntry[]): ContactEntry[] {
  return entries.filter((entry) => entry.kind === 'contact');
}

/** The entries of the given kinds whose texts (or `describe`'s words for them) contain every word of `query`. */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  kinds: ReadonlySet<TimelineKind> | null,
  query: string,
  describe: (entry: TimelineEntry) => string = () => '',
): TimelineEntry[] {
  const words = query.normalize('NFKC').toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter((entry) => {
    if (kinds && !kinds.has(entry.kind)) return false;
    if (words.length === 0) return true;
    const haystack = [...entryTexts(entry), describe(entry)].join(' ').normalize('NFKC').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
