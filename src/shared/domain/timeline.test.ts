import { describe, expect, it } from 'vitest';
import type { JournalCase } from './caseSchema';
import { newCase } from './newCase';
import { changeStatus, redateStatusChange } from './statusChange';
import { defaultTemplateFor } from '../templates/builtInTemplates';
import {
  contactEntry,
  contactsIn,
  correctedIds,
  deliveryEntry,
  filterTimeline,
  isoToLocalDateTime,
  localDateTimeToIso,
  newestFirst,
  oldestFirst,
  timelineEntriesOf,
  timelineFromStatusHistory,
} from './timeline';
import { TimelineSchema, TimelineEntrySchema, type TimelineEntry } from './timelineSchema';
import { caseSearchWords } from './searchWords';
import * as phoneAccounts from './phoneAccount';

const opened = new Date('2026-10-28T09:00:00.000Z');
const now = new Date('2026-11-26T10:00:00.000Z');

function sampleCase(): JournalCase {
  let counter = 0;
  return newCase(
    defaultTemplateFor('en'),
    { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' },
    opened,
    () => `item-${++counter}`,
  );
}

function ids() {
  let counter = 0;
  return () => `entry-${++counter}`;
}

/** What an entry says, without its id and recording time, which every test would repeat. */
const said = (entries: TimelineEntry[]) => entries.map(({ id: _id, recordedAt: _recordedAt, ...rest }) => rest);

describe('the entries a change makes', () => {
  it('a status change: dated the day the user gave, recorded now, from the status before', () => {
    const before = sampleCase();
    const after = changeStatus(before, 'submitted', '2026-11-02', now);
    const entries = timelineEntriesOf(before, after, now, [], ids());
    // Submitting sets "Submitted on" as well: the status entry says so, no second entry repeats it.
    expect(said(entries)).toEqual([{ kind: 'status', on: '2026-11-02', corrects: null, status: 'submitted', from: 'draft' }]);
    expect(entries[0]!.recordedAt).toBe(now.toISOString());
    expect(TimelineSchema.safeParse(entries).success).toBe(true);
  });

  it('a status change dated otherwise than the field it sets: the field change is logged too', () => {
    const before = { ...sampleCase(), submission: { ...sampleCase().submission, submittedOn: '2026-11-01' } };
    const after = { ...changeStatus(before, 'confirmed', '2026-11-08', now), submission: { ...before.submission, submittedOn: '2026-11-03' } };
    expect(said(timelineEntriesOf(before, after, now, [], ids()))).toEqual([
      { kind: 'status', on: '2026-11-08', corrects: null, status: 'confirmed', from: 'draft' },
      { kind: 'field', on: '2026-11-26', corrects: null, field: 'submittedOn', subject: '', from: '2026-11-01', to: '2026-11-03' },
    ]);
  });

  it('a status day corrected: a new entry that points at the one it corrects, and at the last correction after that', () => {
    const base = sampleCase();
    const submitted = changeStatus(base, 'submitted', '2026-11-02', now);
    const history = timelineFromStatusHistory(submitted, (index) => `status-${index}`);
    const redated = redateStatusChange(submitted, 1, '2026-11-01');
    const first = timelineEntriesOf(submitted, redated, new Date('2026-11-27T10:00:00Z'), history, () => 'fix-1');
    expect(said(first)).toEqual([{ kind: 'status', on: '2026-11-01', corrects: 'status-1', status: 'submitted', from: 'draft' }]);
    const again = timelineEntriesOf(redated, redateStatusChange(redated, 1, '2026-10-31'), new Date('2026-11-28T10:00:00Z'), [...history, ...first], () => 'fix-2');
    expect(again[0]).toMatchObject({ corrects: 'fix-1', on: '2026-10-31' });
  });

  it('a step done on its completion day, a step skipped and a step opened again on the day of the change', () => {
    const before = sampleCase();
    const [a, b] = before.checklist;
    const done = { ...before, checklist: before.checklist.map((item) => (item.id === a!.id ? { ...item, state: 'done' as const, completedOn: '2026-11-20' } : item.id === b!.id ? { ...item, state: 'skipped' as const } : item)) };
    expect(said(timelineEntriesOf(before, done, now, [], ids()))).toEqual([
      { kind: 'step', on: '2026-11-20', corrects: null, stepId: a!.id, title: a!.title, state: 'done', from: 'todo' },
      { kind: 'step', on: '2026-11-26', corrects: null, stepId: b!.id, title: b!.title, state: 'skipped', from: 'todo' },
    ]);
    const reopened = { ...done, checklist: done.checklist.map((item) => (item.id === a!.id ? { ...item, state: 'todo' as const, completedOn: null } : item)) };
    expect(said(timelineEntriesOf(done, reopened, now, [], ids()))).toEqual([
      { kind: 'step', on: '2026-11-26', corrects: null, stepId: a!.id, title: a!.title, state: 'todo', from: 'done' },
    ]);
  });

  it('key fields old → new: dates, numbers, amounts with their currency, order and device fields named by their item', () => {
    const before: JournalCase = {
      ...sampleCase(),
      orders: [{ id: 'o1', reference: 'INV-7', description: 'Last month', amount: '12.5', currency: 'USD', dueOn: null, status: 'open' }],
      devices: [{ id: 'd1', name: 'Pixel 8', kind: 'phone', unbound: false, unboundOn: null }],
    };
    const after: JournalCase = {
      ...before,
      submission: { ...before.submission, referenceNumber: 'REQ-55120' },
      confirmation: { ...before.confirmation, confirmationNumber: 'AX-7781', confirmedOn: '2026-11-08' },
      balance: { ...before.balance, amount: '150000' },
      orders: [{ ...before.orders[0]!, amount: '13', dueOn: '2026-12-01' }],
      devices: [{ ...before.devices[0]!, unbound: true, unboundOn: '2026-11-01' }],
    };
    expect(said(timelineEntriesOf(before, after, now, [], ids())).map((entry) => entry.kind === 'field' && [entry.field, entry.subject, entry.from, entry.to])).toEqual([
      ['referenceNumber', '', null, 'REQ-55120'],
      ['confirmedOn', '', null, '2026-11-08'],
      ['confirmationNumber', '', null, 'AX-7781'],
      ['balanceAmount', '', null, '150000 IDR'],
      ['orderAmount', 'INV-7', '12.5 USD', '13 USD'],
      ['orderDueOn', 'INV-7', null, '2026-12-01'],
      ['deviceUnboundOn', 'Pixel 8', null, '2026-11-01'],
    ]);
  });

  it('the recurring fee and its billing period, old → new', () => {
    const before = sampleCase();
    const priced: JournalCase = { ...before, recurringFee: { amount: '15000', period: 'monthly' } };
    const entries = timelineEntriesOf(before, priced, now, [], ids());
    expect(said(entries)).toEqual([{ kind: 'field', on: '2026-11-26', corrects: null, field: 'recurringFee', subject: '', from: null, to: `15000 ${before.balance.currency}` }]);
    expect(TimelineSchema.safeParse(entries).success).toBe(true);
    const yearly: JournalCase = { ...priced, recurringFee: { amount: '150000', period: 'yearly' } };
    expect(said(timelineEntriesOf(priced, yearly, now, [], ids())).map((entry) => entry.kind === 'field' && [entry.field, entry.from, entry.to])).toEqual([
      ['recurringFee', `15000 ${before.balance.currency}`, `150000 ${before.balance.currency}`],
      ['billingPeriod', 'monthly', 'yearly'],
    ]);
  });

  it('the country and the dates a cancellation races against, old → new', () => {
    const before = sampleCase();
    const after: JournalCase = {
      ...before,
      country: 'ID',
      deadlines: { ...before.deadlines, renewsOn: '2027-02-28', noticePeriod: { count: 1, unit: 'months' }, followUpOn: '2026-12-01', disputeWindowDays: 60 },
    };
    const entries = timelineEntriesOf(before, after, now, [], ids());
    expect(said(entries)).toEqual([
      { kind: 'field', on: '2026-11-26', corrects: null, field: 'country', subject: '', from: null, to: 'ID' },
      { kind: 'field', on: '2026-11-26', corrects: null, field: 'renewsOn', subject: '', from: null, to: '2027-02-28' },
      { kind: 'field', on: '2026-11-26', corrects: null, field: 'noticePeriod', subject: '', from: null, to: '1 months' },
      { kind: 'field', on: '2026-11-26', corrects: null, field: 'followUpOn', subject: '', from: null, to: '2026-12-01' },
      { kind: 'field', on: '2026-11-26', corrects: null, field: 'disputeWindowDays', subject: '', from: null, to: '60' },
    ]);
    expect(TimelineSchema.safeParse(entries).success).toBe(true);
    // A deadline moved: its old and new day.
    const moved = { ...after, deadlines: { ...after.deadlines, renewsOn: '2027-03-31' } };
    expect(said(timelineEntriesOf(after, moved, now, [], ids()))).toEqual([
      { kind: 'field', on: '2026-11-26', corrects: null, field: 'renewsOn', subject: '', from: '2027-02-28', to: '2027-03-31' },
    ]);
  });

  it('nothing for changes that are not kept: notes, the title, a field set to what it was', () => {
    const before = sampleCase();
    const after = { ...before, notes: 'Called twice', title: 'Axis eSIM travel', submission: { ...before.submission } };
    expect(timelineEntriesOf(before, after, now, [], ids())).toEqual([]);
  });

  it('an attachment moved into the attachment Trash and restored from it', () => {
    const attachment = { id: 'a1', name: 'scan.png', mediaType: 'image/png', size: 3, sha256: 'a'.repeat(64), addedAt: now.toISOString(), kind: 'screenshot' as const, stepId: null, deletedAt: null };
    const before = { ...sampleCase(), attachments: [attachment] };
    const trashed = { ...before, attachments: [{ ...attachment, deletedAt: now.toISOString() }] };
    const common = { kind: 'attachment', on: '2026-11-26', corrects: null, attachmentId: 'a1', name: 'scan.png', sha256: 'a'.repeat(64) };
    expect(said(timelineEntriesOf(before, trashed, now, [], ids()))).toEqual([{ ...common, action: 'trashed' }]);
    expect(said(timelineEntriesOf(trashed, before, now, [], ids()))).toEqual([{ ...common, action: 'restored' }]);
    // Its kind changed: nothing the history tells.
    expect(timelineEntriesOf(before, { ...before, attachments: [{ ...attachment, kind: 'receipt' }] }, now, [], ids())).toEqual([]);
  });

  it('an attachment added and one removed', () => {
    const attachment = (id: string, name: string) => ({ id, name, mediaType: 'image/png', size: 3, sha256: 'a'.repeat(64), addedAt: now.toISOString(), kind: 'screenshot' as const, stepId: null, deletedAt: null });
    const before = { ...sampleCase(), attachments: [attachment('a1', 'old.png')] };
    const after = { ...before, attachments: [attachment('a2', 'scan.png')] };
    expect(said(timelineEntriesOf(before, after, now, [], ids()))).toEqual([
      { kind: 'attachment', on: '2026-11-26', corrects: null, action: 'added', attachmentId: 'a2', name: 'scan.png', sha256: 'a'.repeat(64) },
      { kind: 'attachment', on: '2026-11-26', corrects: null, action: 'removed', attachmentId: 'a1', name: 'old.png', sha256: 'a'.repeat(64) },
    ]);
  });
});

describe('contacts', () => {
  const call = { at: '2026-11-20T14:30:00+07:00', channel: 'phone' as const, who: ' Rina, billing ', said: 'Refund approved within 5 business days', reference: 'CS-4471' };

  it('is an entry dated on the day of its moment where it happened, trimmed, valid', () => {
    const entry = contactEntry(call, now, () => 'c1');
    expect(entry).toEqual({
      id: 'c1',
      kind: 'contact',
      on: '2026-11-20',
      recordedAt: now.toISOString(),
      corrects: null,
      at: '2026-11-20T14:30:00+07:00',
      channel: 'phone',
      who: 'Rina, billing',
      said: 'Refund approved within 5 business days',
      reference: 'CS-4471',
      attachmentIds: [],
    });
    expect(TimelineEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('makes the case findable by what was said, who said it and the reference given', () => {
    const words = caseSearchWords(sampleCase(), phoneAccounts, contactsIn([contactEntry(call, now, () => 'c1')]));
    expect(words).toEqual(expect.arrayContaining(['rina', 'billing', 'approved', 'refund', 'cs4471']));
  });

  it('a correction points at the contact it corrects, which is then known as corrected', () => {
    const first = contactEntry(call, now, () => 'c1');
    const fix = contactEntry({ ...call, reference: 'CS-4417' }, new Date('2026-11-27T10:00:00Z'), () => 'c2', 'c1');
    expect(fix.corrects).toBe('c1');
    expect(correctedIds([first, fix])).toEqual(new Set(['c1']));
    expect(TimelineSchema.safeParse([first, fix]).success).toBe(true);
  });
});

describe('a timeline as a file may bring it (untrusted)', () => {
  const status = timelineFromStatusHistory(sampleCase(), (index) => `status-${index}`);
  const contact = contactEntry({ at: '2026-11-20T14:30:00Z', channel: 'chat', who: '', said: 'Hi', reference: '' }, now, () => 'c1');

  it('refuses two entries with one id', () => {
    expect(TimelineSchema.safeParse([...status, { ...contact, id: 'status-0' }]).error?.issues[0]?.message).toBe('must not have two items with the same id');
  });

  it('refuses a correction that points outside the case, at itself, or at another kind of entry', () => {
    const message = 'must correct only another entry of the same case and kind';
    expect(TimelineSchema.safeParse([contact, { ...contact, id: 'c2', corrects: 'elsewhere' }]).error?.issues[0]?.message).toBe(message);
    expect(TimelineSchema.safeParse([{ ...contact, corrects: 'c1' }]).error?.issues[0]?.message).toBe(message);
    expect(TimelineSchema.safeParse([...status, { ...contact, corrects: 'status-0' }]).error?.issues[0]?.message).toBe(message);
  });

  it('refuses more entries than a case may hold, an unknown kind, a channel it does not know', () => {
    expect(TimelineSchema.safeParse(Array.from({ length: 10_001 }, (_, i) => ({ ...contact, id: `c${i}` }))).success).toBe(false);
    expect(TimelineEntrySchema.safeParse({ ...contact, kind: 'rumour' }).success).toBe(false);
    expect(TimelineEntrySchema.safeParse({ ...contact, channel: 'pigeon' }).success).toBe(false);
    expect(TimelineEntrySchema.safeParse({ ...contact, at: '2026-11-20 14:30' }).success).toBe(false);
  });
});

describe('reading a timeline', () => {
  const entry = (id: string, on: string, recordedAt: string): TimelineEntry => ({ id, kind: 'printed', on, recordedAt, corrects: null });

  it('newest first by the day it happened, not the day it was logged; a contact by its moment', () => {
    const backdated = { ...entry('submitted', '2026-11-02', '2026-11-26T09:00:00.000Z') };
    const today = entry('printed', '2026-11-26', '2026-11-26T09:30:00.000Z');
    const call = contactEntry({ at: '2026-11-20T14:30:00Z', channel: 'phone', who: '', said: '', reference: '' }, now, () => 'call');
    const later = entry('later', '2026-11-26', '2026-11-26T11:00:00.000Z');
    expect(newestFirst([backdated, today, call, later]).map((e) => e.id)).toEqual(['later', 'printed', 'call', 'submitted']);
    expect(oldestFirst([backdated, today, call, later]).map((e) => e.id)).toEqual(['submitted', 'call', 'printed', 'later']);
  });

  it('the status the case was opened in stays the oldest, even when what is told about it happened earlier', () => {
    const opened: TimelineEntry = { id: 'opened', kind: 'status', on: '2026-11-26', recordedAt: '2026-11-26T08:00:00.000Z', corrects: null, status: 'draft', from: null };
    const submitted: TimelineEntry = { ...opened, id: 'submitted', on: '2026-11-02', recordedAt: '2026-11-26T09:00:00.000Z', status: 'submitted', from: 'draft' };
    expect(oldestFirst([submitted, opened]).map((e) => e.id)).toEqual(['opened', 'submitted']);
  });

  it('filters by kind and by every word of a text, in the entry or in the words the interface gives it', () => {
    const call = contactEntry({ at: '2026-11-20T14:30:00Z', channel: 'phone', who: 'Rina', said: '退款已批准', reference: 'CS-4471' }, now, () => 'call');
    const printed = deliveryEntry('printed', now, () => 'printed');
    const all = [call, printed];
    expect(filterTimeline(all, new Set(['contact']), '')).toEqual([call]);
    expect(filterTimeline(all, null, 'rina cs-44')).toEqual([call]);
    expect(filterTimeline(all, null, '批准')).toEqual([call]);
    expect(filterTimeline(all, null, 'report', (e) => (e.kind === 'printed' ? 'Report printed' : ''))).toEqual([printed]);
    expect(filterTimeline(all, new Set(['printed']), 'rina')).toEqual([]);
  });
});

describe('moments typed in a date-and-time field', () => {
  it('keep the offset of the zone they were typed in, and show again as typed', () => {
    const iso = localDateTimeToIso('2026-11-20T14:30');
    expect(iso).toMatch(/^2026-11-20T14:30:00[+-]\d{2}:\d{2}$/);
    expect(isoToLocalDateTime(iso!)).toBe('2026-11-20T14:30');
  });

  it('refuse what is not a moment', () => {
    expect(localDateTimeToIso('2026-02-30T10:00')).toBeNull();
    expect(localDateTimeToIso('yesterday')).toBeNull();
    expect(localDateTimeToIso('')).toBeNull();
  });
});
