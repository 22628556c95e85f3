import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { redateStatusChange } from '@shared/domain/statusChange';
import { withBalanceOutcome } from '@shared/domain/refundWatch';
import { JournalDatabase } from './journalDatabase';
import { caseRepository, timelineOf } from './caseRepository';
import { emptyFilter } from './caseListQuery';
import { caseListIds } from '../features/caseList/store/listedIds.test-support';

let db: JournalDatabase;
let tick: number;
const clock = () => new Date(Date.UTC(2026, 10, 26, 9, 0, 0) + tick++ * 1000);

beforeEach(() => {
  tick = 0;
  db = new JournalDatabase(`timeline-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const input = { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim' as const, currency: 'IDR' };
const call = { at: '2026-11-20T14:30:00+07:00', channel: 'phone' as const, who: 'Rina from billing', said: 'The refund was approved', reference: 'CS-4471' };

describe('the timeline a case keeps', () => {
  it('starts with the status the case was opened in, and gains an entry with each change, in order recorded', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await cases.setStatus(made.id, 'submitted', '2026-11-02');
    const step = made.checklist[0]!;
    await cases.edit(made.id, (c) => ({ ...c, checklist: c.checklist.map((item) => (item.id === step.id ? { ...item, state: 'done', completedOn: '2026-11-01' } : item)) }));
    await cases.edit(made.id, (c) => ({ ...c, submission: { ...c.submission, referenceNumber: 'REQ-55120' } }));
    const timeline = await timelineOf(db, made.id);
    expect(timeline.map((entry) => [entry.kind, entry.on])).toEqual([
      ['status', '2026-11-26'],
      ['status', '2026-11-02'],
      ['step', '2026-11-01'],
      ['field', '2026-11-26'],
    ]);
    expect(timeline.every((entry) => entry.caseId === made.id)).toBe(true);
    // Recorded as the change was: the same moment the case was stamped with.
    const stored = await cases.get(made.id);
    expect(timeline.at(-1)!.recordedAt).toBe(stored!.updatedAt);
  });

  it('is written in the same transaction as the change: a write that fails leaves no entry', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    const before = await timelineOf(db, made.id);
    vi.spyOn(db.cases, 'put').mockRejectedValueOnce(new Error('The disk is full'));
    await expect(cases.setStatus(made.id, 'submitted', '2026-11-02')).rejects.toThrow('The disk is full');
    expect(await timelineOf(db, made.id)).toEqual(before);
    expect((await cases.get(made.id))!.status).toBe('draft');
  });

  it('asking for a refund sets its due date in the same change, recorded old → new; a failed write leaves neither', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    vi.spyOn(db.cases, 'put').mockRejectedValueOnce(new Error('The disk is full'));
    await expect(cases.edit(made.id, (c) => withBalanceOutcome(c, 'refund_requested', '2026-11-26'))).rejects.toThrow('The disk is full');
    expect((await cases.get(made.id))!.deadlines.refundDueOn).toBeNull();
    expect(await timelineOf(db, made.id)).toHaveLength(1);
    await cases.edit(made.id, (c) => withBalanceOutcome(c, 'refund_requested', '2026-11-26'));
    const stored = (await cases.get(made.id))!;
    expect(stored.balance.outcome).toBe('refund_requested');
    expect(stored.deadlines.refundDueOn).toBe('2026-12-10');
    const entry = (await timelineOf(db, made.id)).find((e) => e.kind === 'field' && e.field === 'refundDueOn');
    expect(entry).toMatchObject({ from: null, to: '2026-12-10', recordedAt: stored.updatedAt });
  });

  it('an edit the schema refuses writes no entry either', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await expect(cases.edit(made.id, (c) => ({ ...c, title: '', submission: { ...c.submission, referenceNumber: 'REQ-1' } }))).rejects.toThrow();
    expect(await timelineOf(db, made.id)).toHaveLength(1);
  });

  it('a status day corrected is a new entry pointing at the first; the first stays as it was', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await cases.setStatus(made.id, 'submitted', '2026-11-02');
    const [, submitted] = await timelineOf(db, made.id);
    await cases.edit(made.id, (c) => redateStatusChange(c, 1, '2026-11-01'));
    const after = await timelineOf(db, made.id);
    expect(after).toHaveLength(3);
    expect(after[1]).toEqual(submitted);
    expect(after[2]).toMatchObject({ kind: 'status', status: 'submitted', on: '2026-11-01', corrects: submitted!.id });
  });
});

describe('contacts', () => {
  it('are logged in the timeline, and the case is found by what was said', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await cases.logContact(made.id, call);
    const contact = (await timelineOf(db, made.id)).find((entry) => entry.kind === 'contact');
    expect(contact).toMatchObject({ caseId: made.id, on: '2026-11-20', ...call, attachmentIds: [], corrects: null });
    expect(await caseListIds(db, { ...emptyFilter, text: 'refund approved' })).toEqual([made.id]);
    expect(await caseListIds(db, { ...emptyFilter, text: 'cs4471' })).toEqual([made.id]);
    // A later edit keeps the contact's words.
    await cases.edit(made.id, (c) => ({ ...c, notes: 'Waiting' }));
    expect(await caseListIds(db, { ...emptyFilter, text: 'rina' })).toEqual([made.id]);
  });

  it('a correction is a new contact pointing at the first, which is never changed', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    await cases.logContact(made.id, call);
    const first = (await timelineOf(db, made.id)).find((entry) => entry.kind === 'contact')!;
    await cases.logContact(made.id, { ...call, reference: 'CS-4417' }, first.id);
    const contacts = (await timelineOf(db, made.id)).filter((entry) => entry.kind === 'contact');
    expect(contacts).toEqual([first, expect.objectContaining({ corrects: first.id, reference: 'CS-4417' })]);
  });

  it('refuses a correction of an entry the case does not have, and writes nothing', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    const other = await cases.create(defaultTemplateFor('en'), { ...input, title: 'Other' });
    await cases.logContact(other.id, call);
    const theirs = (await timelineOf(db, other.id)).find((entry) => entry.kind === 'contact')!;
    await expect(cases.logContact(made.id, call, theirs.id)).rejects.toThrow(/No contact/);
    expect(await timelineOf(db, made.id)).toHaveLength(1);
  });
});

describe('a contact with a follow-up date', () => {
  it('writes the contact and the case’s follow-up date together', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    const changed = await cases.logContact(made.id, call, null, '2026-11-25');
    expect(changed.deadlines.followUpOn).toBe('2026-11-25');
    expect((await cases.get(made.id))?.deadlines.followUpOn).toBe('2026-11-25');
    const kinds = (await timelineOf(db, made.id)).map((entry) => entry.kind);
    expect(kinds.filter((kind) => kind === 'contact')).toHaveLength(1);
    expect(kinds.length).toBeGreaterThan(2); // opened, the date change and the contact
  });

  it('leaves neither when the write fails: no contact without its date, no date without its contact', async () => {
    const cases = caseRepository(db, clock);
    const made = await cases.create(defaultTemplateFor('en'), input);
    const before = await timelineOf(db, made.id);
    // Not a day of the calendar: the case is refused, and the whole transaction with it.
    await expect(cases.logContact(made.id, call, null, '2026-02-30')).rejects.toThrow();
    expect(await timelineOf(db, made.id)).toEqual(before);
    expect((await cases.get(made.id))?.deadlines.followUpOn).toBeNull();
    expect(await caseListIds(db, { ...emptyFilter, text: 'refund approved' })).toEqual([]);
  });
});

describe('exports and prints', () => {
  it('are noted in each case delivered, without changing the case or its place in the list', async () => {
    const cases = caseRepository(db, clock);
    const a = await cases.create(defaultTemplateFor('en'), input);
    const b = await cases.create(defaultTemplateFor('en'), { ...input, title: 'Gym' });
    await cases.recordDelivery([a.id, b.id, 'gone'], 'exported');
    await cases.recordDelivery([a.id], 'printed');
    expect((await timelineOf(db, a.id)).map((entry) => entry.kind)).toEqual(['status', 'exported', 'printed']);
    expect((await timelineOf(db, b.id)).map((entry) => entry.kind)).toEqual(['status', 'exported']);
    expect(await timelineOf(db, 'gone')).toEqual([]);
    expect(await cases.get(a.id)).toEqual(a);
  });
});

describe('deleting for good', () => {
  it('takes the timeline with the case; the Trash alone keeps it', async () => {
    const cases = caseRepository(db, clock);
    const a = await cases.create(defaultTemplateFor('en'), input);
    const b = await cases.create(defaultTemplateFor('en'), { ...input, title: 'Gym' });
    await cases.logContact(a.id, call);
    await cases.moveToTrash(a.id);
    expect(await timelineOf(db, a.id)).toHaveLength(2);
    await cases.emptyTrash();
    expect(await timelineOf(db, a.id)).toEqual([]);
    expect(await timelineOf(db, b.id)).toHaveLength(1);
    await cases.moveToTrash(b.id);
    await cases.deleteForever(b.id);
    expect(await db.timeline.count()).toBe(0);
  });
});
