import { describe, expect, it } from 'vitest';
import { readJournalFile } from './readJournalFile';
import { sampleJournalFile } from './journalFileFixtures';
import { serializeJournalFile } from './writeJournalFile';

async function withCase(change: (file: Record<string, unknown> & { cases: Record<string, unknown>[] }) => void) {
  const file = structuredClone(await sampleJournalFile(20)) as unknown as Record<string, unknown> & { cases: Record<string, unknown>[] };
  change(file);
  return readJournalFile(JSON.stringify(file));
}

describe('readJournalFile', () => {
  it('reads back exactly what was written', async () => {
    const file = await sampleJournalFile();
    const result = await readJournalFile(serializeJournalFile(file));
    expect(result).toEqual({ ok: true, file });
  });

  it('refuses text that is not JSON', async () => {
    expect(await readJournalFile('this is not json')).toMatchObject({ ok: false, problem: { kind: 'notJson' } });
    expect(await readJournalFile('')).toMatchObject({ ok: false, problem: { kind: 'notJson' } });
  });

  it('refuses JSON of another format', async () => {
    expect(await readJournalFile('[]')).toEqual({ ok: false, problem: { kind: 'notJournal' } });
    expect(await readJournalFile('{"format":"wallos","version":1}')).toEqual({ ok: false, problem: { kind: 'notJournal' } });
  });

  it('refuses a newer version than this app reads', async () => {
    const result = await withCase((file) => {
      file.version = 6;
    });
    expect(result).toEqual({ ok: false, problem: { kind: 'newerVersion', version: 6, supported: 5 } });
  });

  it('names the case and the field that is wrong', async () => {
    const result = await withCase((file) => {
      (file.cases[16]!.balance as Record<string, unknown>).amount = '12.50';
    });
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'invalidCase', number: 17, path: 'balance.amount', problem: { kind: 'schema', name: 'decimalAmount' } },
    });
    const negative = await withCase((file) => {
      (file.cases[0]!.balance as Record<string, unknown>).amount = '-1';
    });
    expect(negative).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, problem: { kind: 'schema', name: 'decimalAmount' } } });
    const badDate = await withCase((file) => {
      (file.cases[2]!.submission as Record<string, unknown>).submittedOn = '2026-02-30';
    });
    expect(badDate).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 3, path: 'submission.submittedOn', problem: { kind: 'schema', name: 'nonexistentDate' } } });
    const badCurrency = await withCase((file) => {
      (file.cases[1]!.balance as Record<string, unknown>).currency = 'XYZ';
    });
    expect(badCurrency).toMatchObject({
      ok: false,
      problem: { kind: 'invalidCase', number: 2, path: 'balance.currency', problem: { kind: 'schema', name: 'unknownCurrency' } },
    });
  });

  it("says what kind of problem a field has, so the interface can put it in the user's language", async () => {
    const problemOf = async (change: (file: Record<string, unknown> & { cases: Record<string, unknown>[] }) => void) => {
      const result = await withCase(change);
      return result.ok ? null : result.problem;
    };
    expect(await problemOf((file) => void delete file.cases[0]!.title)).toMatchObject({ path: 'title', problem: { kind: 'missing' } });
    expect(await problemOf((file) => void (file.cases[0]!.title = 42))).toMatchObject({ path: 'title', problem: { kind: 'wrongType', expected: 'string' } });
    expect(await problemOf((file) => void (file.cases[0]!.status = 'lost'))).toMatchObject({
      path: 'status',
      problem: { kind: 'notOneOf', allowed: expect.arrayContaining(['draft', 'submitted']) },
    });
    expect(await problemOf((file) => void (file.cases[0]!.title = 'x'.repeat(501)))).toMatchObject({ problem: { kind: 'tooLong', of: 'characters' } });
    expect(await problemOf((file) => void (file.exportedAt = 'last Tuesday'))).toMatchObject({
      kind: 'invalidHeader',
      path: 'exportedAt',
      problem: { kind: 'timestamp' },
    });
    expect(await problemOf((file) => void Reflect.deleteProperty(file, 'cases'))).toMatchObject({ kind: 'invalidHeader', path: 'cases', problem: { kind: 'missing' } });
    expect(await problemOf((file) => void (file.version = 0))).toMatchObject({ kind: 'invalidHeader', path: 'version', problem: { kind: 'tooSmall', minimum: 1 } });
    // Absent is "missing", whatever kind of check the field has.
    expect(await problemOf((file) => void delete file.cases[0]!.status)).toMatchObject({ path: 'status', problem: { kind: 'missing' } });
    expect(
      await problemOf((file) => void delete (file.cases[0]!.attachments as Record<string, unknown>[])[0]!.data),
    ).toMatchObject({ path: 'attachments.0.data', problem: { kind: 'missing' } });
    expect(
      await problemOf((file) => void ((file.cases[0]!.attachments as Record<string, unknown>[])[0]!.size = 1e300)),
    ).toMatchObject({ path: 'attachments.0.size', problem: { kind: 'tooLarge', maximum: Number.MAX_SAFE_INTEGER } });
  });

  it('refuses a duplicate id inside the file', async () => {
    const result = await withCase((file) => {
      file.cases[5]!.id = file.cases[1]!.id;
    });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'duplicateId', first: 2, second: 6 } });
  });

  it('refuses an attachment whose SHA-256 or size does not match its bytes', async () => {
    const checksum = await withCase((file) => {
      const attachment = (file.cases[0]!.attachments as Record<string, unknown>[])[0]!;
      attachment.sha256 = '0'.repeat(64);
    });
    expect(checksum).toEqual({ ok: false, problem: { kind: 'attachmentMismatch', number: 1, name: 'confirmation.txt', reason: 'checksum' } });
    const tampered = await withCase((file) => {
      const attachment = (file.cases[0]!.attachments as Record<string, unknown>[])[0]!;
      attachment.data = btoa('Your account has NOT been closed. Ref');
      attachment.size = 37;
    });
    expect(tampered).toMatchObject({ ok: false, problem: { kind: 'attachmentMismatch', reason: 'checksum' } });
    const size = await withCase((file) => {
      (file.cases[0]!.attachments as Record<string, unknown>[])[0]!.size = 1;
    });
    expect(size).toMatchObject({ ok: false, problem: { kind: 'attachmentMismatch', reason: 'size' } });
  });

  it('never lets __proto__ or constructor keys reach a prototype', async () => {
    const file = await sampleJournalFile(1);
    const text = serializeJournalFile(file)
      .replace('"format"', '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "format"')
      .replace('"title"', '"__proto__": { "isAdmin": true }, "title"');
    const result = await readJournalFile(text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.file.cases[0])).toBe(Object.prototype);
      expect((result.file.cases[0] as unknown as Record<string, unknown>).isAdmin).toBeUndefined();
    }
  });

  it('accepts a byte-order mark', async () => {
    const file = await sampleJournalFile(1);
    expect((await readJournalFile(`\ufeff${serializeJournalFile(file)}`)).ok).toBe(true);
  });

  it('refuses what would make two things one: attachment ids across cases, item ids within a case, a template twice', async () => {
    const sharedAttachment = await withCase((file) => {
      const attachments = file.cases[0]!.attachments as Record<string, unknown>[];
      file.cases[3]!.attachments = [structuredClone(attachments[0])];
    });
    expect(sharedAttachment).toMatchObject({ ok: false, problem: { kind: 'duplicateAttachmentId', first: 1, second: 4 } });
    const sameStep = await withCase((file) => {
      const checklist = file.cases[1]!.checklist as Record<string, unknown>[];
      checklist[3]!.id = checklist[2]!.id;
    });
    expect(sameStep).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 2, path: 'checklist', problem: { kind: 'schema', name: 'duplicateIds' } } });
    const twice = await withCase((file) => {
      const templates = file.templates as unknown[];
      templates.push(structuredClone(templates[0]));
    });
    expect(twice).toMatchObject({ ok: false, problem: { kind: 'duplicateTemplate', first: 1, second: 3 } });
  });

  it('refuses a status its history does not end in', async () => {
    const result = await withCase((file) => {
      file.cases[5]!.status = 'confirmed';
    });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 6, path: 'status', problem: { kind: 'schema', name: 'statusNotInHistory' } } });
  });

  it('refuses a moment that is valid ISO text but falls outside the years 1 to 9999 in UTC', async () => {
    const result = await withCase((file) => {
      file.cases[0]!.createdAt = '0000-01-01T00:00:00+23:59';
    });
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'createdAt', problem: { kind: 'schema', name: 'timestampRange' } } });
    const edge = await withCase((file) => {
      file.cases[0]!.createdAt = '0001-01-01T00:00:00Z';
    });
    expect(edge.ok).toBe(true);
  });

  describe('a timeline (untrusted)', () => {
    const contact = { id: 'c1', kind: 'contact', on: '2026-11-20', recordedAt: '2026-11-26T10:00:00.000Z', corrects: null, at: '2026-11-20T14:30:00+07:00', channel: 'phone', who: 'Rina', said: 'Approved', reference: 'CS-1', attachmentIds: [] };

    it('is read with the case', async () => {
      const result = await withCase((file) => {
        (file.cases[0]!.timeline as unknown[]).push(contact, { ...contact, id: 'c2', corrects: 'c1', said: 'Approved, 5 days' });
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problem));
      expect(result.file.cases[0]!.timeline.map((entry) => [entry.id, entry.corrects])).toEqual([['status-0', null], ['c1', null], ['c2', 'c1']]);
    });

    it('must be there in a format-3 file', async () => {
      const result = await withCase((file) => {
        delete file.cases[2]!.timeline;
      });
      expect(result).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 3, path: 'timeline', problem: { kind: 'missing' } } });
    });

    it('refuses two entries with one id in a case', async () => {
      const result = await withCase((file) => {
        (file.cases[1]!.timeline as unknown[]).push({ ...contact, id: 'status-0' });
      });
      expect(result).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 2, path: 'timeline', problem: { kind: 'schema', name: 'duplicateIds' } } });
    });

    it("refuses a correction that points at another case's entry, or at an entry of another kind", async () => {
      const elsewhere = await withCase((file) => {
        (file.cases[0]!.timeline as unknown[]).push(contact);
        (file.cases[1]!.timeline as unknown[]).push({ ...contact, id: 'c2', corrects: 'c1' });
      });
      expect(elsewhere).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 2, path: 'timeline', problem: { kind: 'schema', name: 'correctsElsewhere' } } });
      const otherKind = await withCase((file) => {
        (file.cases[0]!.timeline as unknown[]).push({ ...contact, corrects: 'status-0' });
      });
      expect(otherKind).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'timeline', problem: { kind: 'schema', name: 'correctsElsewhere' } } });
    });

    it('refuses an entry of a kind it does not know, a bad moment, an over-long text', async () => {
      const kind = await withCase((file) => {
        (file.cases[0]!.timeline as unknown[]).push({ ...contact, kind: 'rumour' });
      });
      expect(kind).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'timeline.1.kind' } });
      const moment = await withCase((file) => {
        (file.cases[0]!.timeline as unknown[]).push({ ...contact, at: 'yesterday afternoon' });
      });
      expect(moment).toMatchObject({ ok: false, problem: { kind: 'invalidCase', path: 'timeline.1.at', problem: { kind: 'timestamp' } } });
      const long = await withCase((file) => {
        (file.cases[0]!.timeline as unknown[]).push({ ...contact, said: 'x'.repeat(20_001) });
      });
      expect(long).toMatchObject({ ok: false, problem: { kind: 'invalidCase', path: 'timeline.1.said', problem: { kind: 'tooLong', maximum: 20_000 } } });
    });
  });
});
