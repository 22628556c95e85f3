import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { MAX_ATTACHMENT_BYTES } from '@shared/evidence/evidenceLimits';
import type { Attachment, JournalCase } from '@shared/domain/caseSchema';
import { JournalDatabase } from './journalDatabase';
import { caseRepository, CaseNotFound, type CaseRepository } from './caseRepository';
import { AttachmentNotFound, AttachmentRefused } from './attachmentRepository';
import { attachmentFilesInMemory } from './attachmentFiles';
import { collectAttachmentGarbage } from './attachmentGarbage';

const files = () => db.attachmentFiles as ReturnType<typeof attachmentFilesInMemory>;

let db: JournalDatabase;
let cases: CaseRepository;
let journalCase: JournalCase;
let tick: number;
const clock = () => new Date(Date.UTC(2026, 10, 8, 9, 0, 0) + tick++ * 1000);
const bytes = (text: string) => new TextEncoder().encode(text);
const step = (key: string) => journalCase.checklist.find((item) => item.key === key)!.id;

beforeEach(async () => {
  tick = 0;
  db = new JournalDatabase(`evidence-${crypto.randomUUID()}`, attachmentFilesInMemory());
  cases = caseRepository(db, clock);
  journalCase = await cases.create(defaultTemplateFor('en'), { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' });
});
afterEach(async () => {
  await db.delete();
});

/** What the journal holds of a case's evidence: metadata, the bytes its attachments name in the files, and the list entry's last change. */
async function stored(caseId = journalCase.id) {
  const record = (await db.cases.get(caseId))!;
  return {
    record,
    contents: await Promise.all(record.attachments.map(async (attachment) => ({ id: attachment.id, data: await db.attachmentFiles.read(attachment.sha256).catch(() => null) }))),
    listedAt: (await db.listEntries.get(caseId))!.u,
  };
}

describe('attachments', () => {
  it('stores a file with its SHA-256, its bytes apart, and the case stamped, in one write', async () => {
    const added = await cases.attachments.add(journalCase.id, { name: 'passport.jpg', mediaType: 'image/jpeg', bytes: bytes('abc') }, { stepId: step('request-form') });
    expect(added).toEqual<Attachment>({
      id: expect.any(String) as string,
      name: 'passport.jpg',
      mediaType: 'image/jpeg',
      size: 3,
      // SHA-256 of "abc" (FIPS 180-2's own example).
      sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      addedAt: '2026-11-08T09:00:01.000Z',
      kind: 'id_document',
      stepId: step('request-form'),
      deletedAt: null,
    });
    const { record, contents, listedAt } = await stored();
    expect(record.attachments).toEqual([added]);
    expect(record.updatedAt).toBe(added.addedAt);
    expect(listedAt).toBe(added.addedAt);
    expect(contents).toEqual([{ id: added.id, data: bytes('abc') }]);
    expect(files().names()).toEqual([added.sha256]);
    expect(await db.attachmentContents.count()).toBe(0);
    expect(await cases.attachments.contentOf(journalCase.id, added.id)).toEqual(bytes('abc'));
  });

  it('guesses the kind from the step and the file, and keeps the kind the user gives', async () => {
    const email = await cases.attachments.add(journalCase.id, { name: 'Re: closing.eml', bytes: bytes('Subject: x') }, { stepId: step('confirmation') });
    expect([email.mediaType, email.kind]).toEqual(['message/rfc822', 'confirmation']);
    const pasted = await cases.attachments.add(journalCase.id, { name: 'image.png', mediaType: 'image/png', bytes: bytes('png'), pasted: true });
    expect(pasted.kind).toBe('screenshot');
    const chosen = await cases.attachments.add(journalCase.id, { name: 'x.pdf', bytes: bytes('%PDF') }, { kind: 'receipt' });
    expect(chosen.kind).toBe('receipt');
    await cases.attachments.changeKind(journalCase.id, pasted.id, 'confirmation');
    expect((await stored()).record.attachments.map((attachment) => attachment.kind)).toEqual(['confirmation', 'confirmation', 'receipt']);
  });

  it('stores only the bytes of the file, not the buffer a view of them sits in', async () => {
    const buffer = bytes('0123456789');
    const added = await cases.attachments.add(journalCase.id, { name: 'part.txt', bytes: buffer.subarray(2, 5) });
    const data = await cases.attachments.contentOf(journalCase.id, added.id);
    expect([data.byteLength, data.buffer.byteLength, new TextDecoder().decode(data)]).toEqual([3, 3, '234']);
  });

  it('refuses an empty file and one over 50 MB, writing nothing', async () => {
    const before = await stored();
    await expect(cases.attachments.add(journalCase.id, { name: 'empty.txt', bytes: new Uint8Array(0) })).rejects.toMatchObject({
      problem: { kind: 'empty', name: 'empty.txt' },
    });
    await expect(cases.attachments.add(journalCase.id, { name: 'video.mp4', bytes: new Uint8Array(MAX_ATTACHMENT_BYTES + 1) })).rejects.toMatchObject({
      problem: { kind: 'tooLarge', limit: MAX_ATTACHMENT_BYTES },
    });
    expect(await stored()).toEqual(before);
  });

  it('refuses the 201st attachment of a case, counting those in its Trash, writing nothing', async () => {
    const filler = (i: number): Attachment => ({
      id: `f${i}`,
      name: `f${i}.txt`,
      mediaType: 'text/plain',
      size: 1,
      sha256: 'c'.repeat(64),
      addedAt: '2026-11-08T09:00:00.000Z',
      kind: 'other',
      stepId: null,
      deletedAt: i === 0 ? '2026-11-08T09:00:00.000Z' : null,
    });
    await cases.edit(journalCase.id, (c) => ({ ...c, attachments: Array.from({ length: 200 }, (_, i) => filler(i)) }));
    const before = await stored();
    const refused = cases.attachments.add(journalCase.id, { name: 'one-more.png', bytes: bytes('x') });
    await expect(refused).rejects.toBeInstanceOf(AttachmentRefused);
    await expect(refused).rejects.toMatchObject({ problem: { kind: 'tooMany', limit: 200 } });
    expect(await stored()).toEqual(before);
  });

  it('writes no bytes when the case or the step is not there (the write fails as a whole)', async () => {
    await expect(cases.attachments.add('no-such-case', { name: 'a.txt', bytes: bytes('a') })).rejects.toBeInstanceOf(CaseNotFound);
    await expect(cases.attachments.add(journalCase.id, { name: 'a.txt', bytes: bytes('a') }, { stepId: 'no-such-step' })).rejects.toThrow('no step');
    // The bytes were kept before the case was asked; no case names them, so the next collection takes them.
    expect(await collectAttachmentGarbage(db)).toBe(1);
    expect(files().names()).toEqual([]);
    expect((await stored()).record.updatedAt).toBe(journalCase.updatedAt);
  });

  it('moves an attachment to the Trash and back, and deletes it for good only from there', async () => {
    const kept = await cases.attachments.add(journalCase.id, { name: 'receipt.pdf', bytes: bytes('%PDF-1') });
    const dropped = await cases.attachments.add(journalCase.id, { name: 'blurry.jpg', bytes: bytes('jpg') });
    await expect(cases.attachments.deleteForever(journalCase.id, dropped.id)).rejects.toThrow('not in the Trash');

    const trashed = await cases.attachments.moveToTrash(journalCase.id, dropped.id);
    expect(trashed.attachments.find((a) => a.id === dropped.id)?.deletedAt).toBe(trashed.updatedAt);
    const restored = await cases.attachments.restore(journalCase.id, dropped.id);
    expect(restored.attachments.find((a) => a.id === dropped.id)?.deletedAt).toBeNull();

    await cases.attachments.moveToTrash(journalCase.id, dropped.id);
    await cases.attachments.deleteForever(journalCase.id, dropped.id);
    const { record, contents } = await stored();
    expect(record.attachments.map((a) => a.id)).toEqual([kept.id]);
    expect(contents.map((content) => content.id)).toEqual([kept.id]);
    await expect(cases.attachments.restore(journalCase.id, dropped.id)).rejects.toBeInstanceOf(AttachmentNotFound);
    // Its file goes with the next collection; the kept one's stays.
    expect(await collectAttachmentGarbage(db)).toBe(1);
    expect(files().names()).toEqual([kept.sha256]);
  });

  it('trashing and restoring keep the bytes; a case deleted for good lets its files go unless another case names the same bytes', async () => {
    const scan = await cases.attachments.add(journalCase.id, { name: 'scan.png', bytes: bytes('the same scan') });
    await cases.attachments.moveToTrash(journalCase.id, scan.id);
    await cases.moveToTrash(journalCase.id);
    expect(await collectAttachmentGarbage(db)).toBe(null);
    await cases.restore(journalCase.id);
    await cases.attachments.restore(journalCase.id, scan.id);
    expect(await cases.attachments.contentOf(journalCase.id, scan.id)).toEqual(bytes('the same scan'));

    const other = await cases.create(defaultTemplateFor('en'), { title: 'Gym', providerName: '', account: '', category: 'membership', currency: 'EUR' });
    const copy = await cases.attachments.add(other.id, { name: 'copy.png', bytes: bytes('the same scan') });
    const own = await cases.attachments.add(journalCase.id, { name: 'own.pdf', bytes: bytes('only this case') });
    expect(copy.sha256).toBe(scan.sha256);
    await cases.moveToTrash(journalCase.id);
    await cases.emptyTrash();
    expect(await collectAttachmentGarbage(db)).toBe(1);
    expect(files().names()).toEqual([scan.sha256]);
    expect(files().names()).not.toContain(own.sha256);
    expect(await cases.attachments.contentOf(other.id, copy.id)).toEqual(bytes('the same scan'));
  });

  it("empties a case's attachment Trash, bytes and all, leaving the rest", async () => {
    const kept = await cases.attachments.add(journalCase.id, { name: 'a.pdf', bytes: bytes('a') });
    const gone = [
      await cases.attachments.add(journalCase.id, { name: 'b.pdf', bytes: bytes('b') }),
      await cases.attachments.add(journalCase.id, { name: 'c.pdf', bytes: bytes('c') }),
    ];
    for (const attachment of gone) await cases.attachments.moveToTrash(journalCase.id, attachment.id);
    await cases.attachments.emptyTrash(journalCase.id);
    const { record, contents } = await stored();
    expect(record.attachments.map((a) => a.id)).toEqual([kept.id]);
    expect(contents.map((content) => content.id)).toEqual([kept.id]);
  });

  it("never hands out another case's bytes", async () => {
    const other = await cases.create(defaultTemplateFor('en'), { title: 'Gym', providerName: '', account: '', category: 'membership', currency: 'EUR' });
    const added = await cases.attachments.add(other.id, { name: 'gym.pdf', bytes: bytes('gym') });
    await expect(cases.attachments.contentOf(journalCase.id, added.id)).rejects.toBeInstanceOf(AttachmentNotFound);
  });
});
