import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from './journalDatabase';
import { attachmentFilesInMemory } from './attachmentFiles';
import { collectAttachmentGarbage, markAttachmentGarbage } from './attachmentGarbage';
import { caseRepository } from './caseRepository';

let db: JournalDatabase;
const files = () => db.attachmentFiles as ReturnType<typeof attachmentFilesInMemory>;
beforeEach(() => {
  db = new JournalDatabase(`garbage-${crypto.randomUUID()}`, attachmentFilesInMemory());
});
afterEach(async () => {
  await db.delete();
});

const hour = 60 * 60 * 1000;

describe('collecting attachment files no case names', () => {
  it('reads nothing until something was deleted; then keeps looking until a collection ran past the grace hour', async () => {
    const cases = caseRepository(db);
    const made = await cases.create(defaultTemplateFor('en'), { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' });
    const kept = await cases.attachments.add(made.id, { name: 'kept.pdf', bytes: new TextEncoder().encode('kept') });
    expect(await collectAttachmentGarbage(db)).toBe(null);

    const at = new Date('2026-11-26T10:00:00.000Z');
    await markAttachmentGarbage(db, at);
    // Within the hour: collected, and the mark stays (a file written just now may be let go later).
    expect(await collectAttachmentGarbage(db, new Date(at.getTime() + hour / 2))).toBe(0);
    expect(await collectAttachmentGarbage(db, new Date(at.getTime() + hour / 2))).toBe(0);
    // Past it: collected once more, and the mark goes.
    expect(await collectAttachmentGarbage(db, new Date(at.getTime() + 2 * hour))).toBe(0);
    expect(await collectAttachmentGarbage(db, new Date(at.getTime() + 3 * hour))).toBe(null);
    expect(files().names()).toEqual([kept.sha256]);
  });
});
