import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { readJournalFile } from '@shared/journalFile/readJournalFile';
import { serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import { sampleJournalFile } from '@shared/journalFile/journalFileFixtures';
import { bytesToBase64, sha256Hex } from '@shared/journalFile/base64';
import { JournalDatabase } from './journalDatabase';
import { caseRepository } from './caseRepository';
import { exportJournal } from './journalExport';
import { importJournal, previewImport } from './journalImport';
import { startImport } from './importInBackground';
import { emptyFilter } from './caseListQuery';
import { caseListIds } from '../features/caseList/store/listedIds.test-support';
import { timelineOf } from './caseRepository';
import { attachmentFilesInMemory } from './attachmentFiles';

const app = { name: 'Cancellation Journal', version: '0.1.0' };
const dbs: JournalDatabase[] = [];
function freshDb() {
  const db = new JournalDatabase(`io-${crypto.randomUUID()}`, attachmentFilesInMemory());
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

let source: JournalDatabase;
beforeEach(async () => {
  source = freshDb();
  const cases = caseRepository(source);
  const a = await cases.create(defaultTemplateFor('en'), { title: 'Axis eSIM', providerName: 'Axis', account: '+62 812', category: 'phone_esim', currency: 'IDR' });
  await cases.edit(a.id, (c) => ({
    ...c,
    balance: { ...c.balance, amount: '150000', outcome: 'refunded', refunded: '150000' },
    devices: [{ id: 'd1', name: 'Pixel', kind: 'phone', unbound: true, unboundOn: '2026-11-01' }],
    notes: '客服说退款需要五个工作日',
  }));
  await cases.setStatus(a.id, 'submitted');
  const b = await cases.create(defaultTemplateFor('zh-CN'), { title: '健身房', providerName: '乐刻', account: '', category: 'membership', currency: 'CNY' });
  await cases.moveToTrash(b.id);
});

describe('export and import', () => {
  it('round-trips: export, import into an empty journal, export again gives the same cases', async () => {
    const first = await exportJournal(source, { kind: 'all' }, app);
    const read = await readJournalFile(serializeJournalFile(first));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const target = freshDb();
    expect(await importJournal(target, read.file, 'skip')).toEqual({ added: 2, replaced: 0, skipped: 0, templatesAdded: 0 });
    const second = await exportJournal(target, { kind: 'all' }, app);
    const byId = (file: typeof first) => [...file.cases].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(second)).toEqual(byId(first));
    expect(second.templates).toEqual(first.templates);
    // The imported cases are searchable and the trashed one stays in the Trash.
    expect(await caseListIds(target, { ...emptyFilter, text: '工作日' })).toHaveLength(1);
    expect(await caseListIds(target, { ...emptyFilter, view: 'trash' })).toHaveLength(1);
  });

  it('carries attachments with their bytes', async () => {
    const file = await sampleJournalFile(2);
    const target = freshDb();
    await importJournal(target, file, 'skip');
    const exported = await exportJournal(target, { kind: 'cases', ids: [file.cases[0]!.id] }, app);
    expect(exported.cases).toEqual([file.cases[0]]);
    // The bytes are in the attachment files, none in the database.
    expect((target.attachmentFiles as ReturnType<typeof attachmentFilesInMemory>).names()).toEqual(file.cases.flatMap((c) => c.attachments.map((a) => a.sha256)).sort());
    expect(await target.attachmentContents.count()).toBe(0);
  });

  it("never writes over another case's evidence, even when a file's attachment carries the same id", async () => {
    const target = freshDb();
    const original = await sampleJournalFile(1);
    await importJournal(target, original, 'skip');
    const theirs = original.cases[0]!.attachments[0]!;
    const bytesBefore = await caseRepository(target).attachments.contentOf(original.cases[0]!.id, theirs.id);

    // Another file, another case, whose attachment happens to carry the same id and other bytes.
    const other = await sampleJournalFile(1);
    const intruder = structuredClone(other.cases[0]!);
    intruder.id = 'another-case';
    const bytes = new TextEncoder().encode('A different receipt');
    intruder.attachments = [{ ...theirs, name: 'receipt.txt', size: bytes.length, sha256: await sha256Hex(bytes), data: bytesToBase64(bytes) }];
    await importJournal(target, { ...other, cases: [intruder] }, 'skip');

    expect(await caseRepository(target).attachments.contentOf(original.cases[0]!.id, theirs.id)).toEqual(bytesBefore);
    // Its attachment got an id of its own, so the journal names each attachment once.
    const newId = (await target.cases.get('another-case'))!.attachments[0]!.id;
    expect(newId).not.toBe(theirs.id);
    expect(new TextDecoder().decode(await caseRepository(target).attachments.contentOf('another-case', newId))).toBe('A different receipt');

    // A file whose bytes do not have the SHA-256 it claims is refused, and no case changes.
    const liar = structuredClone(intruder);
    liar.id = 'a-liar';
    liar.attachments = [{ ...liar.attachments[0]!, sha256: theirs.sha256 }];
    await expect(importJournal(target, { ...other, cases: [liar] }, 'skip')).rejects.toThrow('SHA-256');
    expect(await target.cases.get('a-liar')).toBeUndefined();
    expect(await caseRepository(target).attachments.contentOf(original.cases[0]!.id, theirs.id)).toEqual(bytesBefore);

    // The journal can still write its own export, and read it back.
    const exported = await exportJournal(target, { kind: 'all' }, app);
    const read = await readJournalFile(serializeJournalFile(exported));
    expect(read.ok).toBe(true);
    expect(exported.cases.find((c) => c.id === 'another-case')?.attachments[0]?.data).toBe(bytesToBase64(bytes));
  });

  it('a cancelled import writes nothing, even half-way through its writing', async () => {
    const file = await sampleJournalFile(3_000);
    const target = freshDb();
    const before = await target.cases.count();
    const cancel = new AbortController();
    const progress: number[] = [];
    const importing = importJournal(target, file, 'skip', undefined, {
      signal: cancel.signal,
      onProgress: (written) => {
        progress.push(written);
        // Cancelled once the first chunk has been written: it must be rolled back with the rest.
        if (written > 0) cancel.abort();
      },
    });
    await expect(importing).rejects.toThrow();
    expect(progress[0]).toBeGreaterThan(0);
    expect(await target.cases.count()).toBe(before);
    expect(await target.caseMoney.count()).toBe(0);
    expect(await target.listEntries.count()).toBe(0);
    expect(await target.caseRows.count()).toBe(0);
    expect(await target.attachmentContents.count()).toBe(0);
  }, 30_000);

  it('an import session reads, previews, writes with progress, and a cancelled one leaves the journal as it was', async () => {
    const file = await sampleJournalFile(1_200);
    const bytes = new TextEncoder().encode(serializeJournalFile(file));
    const target = freshDb();
    const phases = new Set<string>();
    const session = startImport(target, { bytes: bytes.slice() }, (progress) => phases.add(progress.phase));
    const read = await session.read;
    expect(read).toMatchObject({ ok: true, preview: { newCases: 1_200 } });
    expect(await session.write('skip')).toMatchObject({ ok: true, outcome: { added: 1_200 } });
    expect([...phases].sort()).toEqual(['checking', 'writing']);

    const other = freshDb();
    const cancelled = startImport(other, { bytes: bytes.slice() }, (progress) => {
      if (progress.phase === 'writing' && progress.done > 0) cancelled.cancel();
    });
    await cancelled.read;
    expect(await cancelled.write('skip')).toEqual({ ok: 'cancelled' });
    expect(await other.cases.count()).toBe(0);
  }, 30_000);

  it('refuses a file whose bytes are not UTF-8, saying where', async () => {
    const bytes = new TextEncoder().encode(serializeJournalFile(await sampleJournalFile(1)));
    const at = bytes.indexOf(0x41); // the first "A" of "Axis"
    const damaged = bytes.slice();
    damaged[at] = 0xff;
    expect(await startImport(freshDb(), { bytes: damaged }, () => {}).read).toEqual({ ok: false, problem: { kind: 'notUtf8', offset: at } });
  });

  it('previews and applies each choice for cases that already exist', async () => {
    const file = await exportJournal(source, { kind: 'all' }, app);
    const edited = structuredClone(file);
    const axis = edited.cases.find((c) => c.title === 'Axis eSIM')!;
    axis.title = 'Changed elsewhere';

    const preview = await previewImport(source, edited);
    expect(preview.newCases).toBe(0);
    expect(preview.existingCases.map((c) => c.title).sort()).toEqual(['Changed elsewhere', '健身房'].sort());
    expect(preview.templates.every((template) => template.alreadyHere)).toBe(true);

    expect(await importJournal(source, edited, 'skip')).toMatchObject({ added: 0, skipped: 2 });
    expect((await source.cases.get(axis.id))?.title).toBe('Axis eSIM');

    expect(await importJournal(source, edited, 'replace')).toMatchObject({ replaced: 2 });
    expect((await source.cases.get(axis.id))?.title).toBe('Changed elsewhere');
    expect(await source.cases.count()).toBe(2);

    expect(await importJournal(source, edited, 'keepBoth')).toMatchObject({ added: 2 });
    expect(await source.cases.count()).toBe(4);
  });

  it('replacing a case replaces its attachments, and importing in chunks keeps every case', async () => {
    const file = await sampleJournalFile(2_500);
    const target = freshDb();
    expect(await importJournal(target, file, 'skip')).toMatchObject({ added: 2_500 });
    expect(await target.listEntries.count()).toBe(2_500);
    const withAttachment = file.cases.find((c) => c.attachments.length > 0)!;
    const attachmentId = withAttachment.attachments[0]!.id;
    const contentsBefore = await caseRepository(target).attachments.contentOf(withAttachment.id, attachmentId);
    expect(contentsBefore.length).toBeGreaterThan(0);
    expect(await importJournal(target, file, 'replace')).toMatchObject({ replaced: 2_500 });
    expect(await caseRepository(target).attachments.contentOf(withAttachment.id, attachmentId)).toEqual(contentsBefore);
    expect((await target.cases.get(withAttachment.id))?.attachments).toHaveLength(withAttachment.attachments.length);
    expect(await target.timeline.count()).toBe(2_500);
  }, 60_000);

  it('is all or nothing: a failure half-way leaves the journal exactly as it was', async () => {
    const file = await sampleJournalFile(5);
    await importJournal(source, file, 'skip');
    const before = await source.cases.toArray();
    const filesBefore = (source.attachmentFiles as ReturnType<typeof attachmentFilesInMemory>).names();
    const edited = structuredClone(file);
    for (const c of edited.cases) c.title = 'Overwritten';
    edited.templates.push({ ...defaultTemplateFor('en'), id: 'my-gym', name: 'My gym flow' });
    // The cases and attachments are written first; the template write then fails (a full disk, say).
    const put = vi.spyOn(source.templates, 'put').mockRejectedValue(new Error('QuotaExceededError'));
    await expect(importJournal(source, edited, 'replace')).rejects.toThrow('QuotaExceededError');
    put.mockRestore();
    expect(await source.cases.toArray()).toEqual(before);
    // The same files (the bytes were the same), named by the same cases as before.
    expect((source.attachmentFiles as ReturnType<typeof attachmentFilesInMemory>).names()).toEqual(filesBefore);
  });

  it('stores time stamps written with an offset in UTC, so the list sorts them right', async () => {
    const file = await sampleJournalFile(1);
    file.cases[0]!.updatedAt = '2026-11-23T18:00:00.000+08:00';
    file.cases[0]!.statusHistory[0]!.recordedAt = '2026-11-23T09:30:00+01:00';
    const target = freshDb();
    await importJournal(target, file, 'skip');
    const stored = await target.cases.get(file.cases[0]!.id);
    expect(stored?.updatedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(stored?.statusHistory[0]?.recordedAt).toBe('2026-11-23T08:30:00.000Z');
    expect((await target.listEntries.get(file.cases[0]!.id))?.u).toBe('2026-11-23T10:00:00.000Z');
  });

  it('keeps user templates that come with the file', async () => {
    const file = await sampleJournalFile(1);
    file.templates.push({ ...defaultTemplateFor('en'), id: 'my-gym', name: 'My gym flow' });
    const target = freshDb();
    expect((await previewImport(target, file)).templates.find((t) => t.name === 'My gym flow')?.alreadyHere).toBe(false);
    expect(await importJournal(target, file, 'skip')).toMatchObject({ templatesAdded: 1 });
    expect((await target.templates.toArray()).map((t) => t.name)).toEqual(['My gym flow']);
  });
});

describe('the timeline in a journal file', () => {
  const call = { at: '2026-11-20T14:30:00+07:00', channel: 'phone' as const, who: 'Rina', said: 'Refund approved', reference: 'CS-4471' };

  it('travels with each case: exported, imported in the same transaction, found by what was said', async () => {
    const axis = (await source.cases.toArray()).find((c) => c.title === 'Axis eSIM');
    await caseRepository(source).logContact(axis!.id, call);
    const file = await exportJournal(source, { kind: 'cases', ids: [axis!.id] }, app);
    expect(file.cases[0]!.timeline.map((entry) => entry.kind)).toEqual(['status', 'field', 'field', 'field', 'status', 'contact']);
    const target = freshDb();
    await importJournal(target, file, 'skip');
    const stored = await timelineOf(target, axis!.id);
    expect(stored.map(({ caseId: _caseId, ...entry }) => entry)).toEqual(file.cases[0]!.timeline);
    expect(await caseListIds(target, { ...emptyFilter, text: 'refund approved' })).toEqual([axis!.id]);
  });

  it("replacing a case replaces its timeline; keeping both gives the copy the file's timeline under its own id", async () => {
    const axis = (await source.cases.toArray()).find((c) => c.title === 'Axis eSIM');
    const file = await exportJournal(source, { kind: 'cases', ids: [axis!.id] }, app);
    await caseRepository(source).logContact(axis!.id, call);
    await importJournal(source, file, 'replace');
    expect(await timelineOf(source, axis!.id)).toHaveLength(file.cases[0]!.timeline.length);
    await importJournal(source, file, 'keepBoth', () => 'the-copy');
    expect((await timelineOf(source, 'the-copy')).map(({ caseId: _caseId, ...entry }) => entry)).toEqual(file.cases[0]!.timeline);
    expect(await timelineOf(source, axis!.id)).toHaveLength(file.cases[0]!.timeline.length);
  });
});
