import { describe, expect, it } from 'vitest';
import { readJournalFile } from '../readJournalFile';
import { sampleJournalFile } from '../journalFileFixtures';
import { JOURNAL_FORMAT_VERSION } from '../journalFileSchema';
import { attachmentsGetKinds, timelineFromFormat2, upgradeFrom2 } from './upgradeFrom2';

/** An attachment as format 2 wrote it: no kind, no step, no Trash. */
function format2Attachment(name: string, mediaType: string) {
  return { id: name, name, mediaType, size: 3, sha256: 'a'.repeat(64), addedAt: '2026-11-08T10:00:00.000Z' };
}

describe('journal format 2 → 3', () => {
  it('gives each attachment a kind guessed from its name and type, no step, and no Trash date', () => {
    const upgraded = attachmentsGetKinds({
      id: 'c1',
      attachments: [
        format2Attachment('passport.jpg', 'image/jpeg'),
        format2Attachment('Re: closing.eml', 'message/rfc822'),
        format2Attachment('invoice.pdf', 'application/pdf'),
        format2Attachment('notes.bin', 'application/octet-stream'),
      ],
    }) as { attachments: Record<string, unknown>[] };
    expect(upgraded.attachments.map(({ kind, stepId, deletedAt }) => [kind, stepId, deletedAt])).toEqual([
      ['id_document', null, null],
      ['correspondence', null, null],
      ['receipt', null, null],
      ['other', null, null],
    ]);
    expect(upgraded.attachments[0]).toMatchObject(format2Attachment('passport.jpg', 'image/jpeg'));
  });

  it('passes what is not in the expected shape on, for the schema to refuse with its path', () => {
    expect(attachmentsGetKinds('not a case')).toBe('not a case');
    expect(attachmentsGetKinds({ attachments: 'none' })).toEqual({ attachments: 'none' });
    expect(attachmentsGetKinds({ attachments: [7] })).toEqual({ attachments: [7] });
  });

  it('reads a whole format-2 file into the current format', async () => {
    const file = structuredClone(await sampleJournalFile(2)) as unknown as Record<string, unknown> & {
      cases: { attachments: Record<string, unknown>[] }[];
    };
    file.version = 2;
    for (const attachment of file.cases[0]!.attachments) {
      delete attachment.kind;
      delete attachment.stepId;
      delete attachment.deletedAt;
    }
    const result = await readJournalFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.file.version).toBe(JOURNAL_FORMAT_VERSION);
    expect(result.file.cases[0]!.attachments[0]).toMatchObject({ name: 'confirmation.txt', kind: 'confirmation', stepId: null, deletedAt: null });
  });

  it('refuses a format-3 attachment without its kind, naming the field', async () => {
    const file = structuredClone(await sampleJournalFile(1)) as unknown as { cases: { attachments: Record<string, unknown>[] }[] };
    delete file.cases[0]!.attachments[0]!.kind;
    expect(await readJournalFile(JSON.stringify(file))).toMatchObject({
      ok: false,
      problem: { kind: 'invalidCase', number: 1, path: 'attachments.0.kind' },
    });
  });
});

const history = [
  { status: 'draft', on: '2026-10-28', recordedAt: '2026-10-28T12:00:00.000Z' },
  { status: 'submitted', on: '2026-11-02', recordedAt: '2026-11-26T09:00:00.000Z' },
];

describe('journal format 2 → 3', () => {
  it('gives a case the timeline its status history stands for', () => {
    expect(timelineFromFormat2({ id: 'a', statusHistory: history })).toEqual({
      id: 'a',
      statusHistory: history,
      timeline: [
        { id: 'status-0', kind: 'status', on: '2026-10-28', recordedAt: '2026-10-28T12:00:00.000Z', corrects: null, status: 'draft', from: null },
        { id: 'status-1', kind: 'status', on: '2026-11-02', recordedAt: '2026-11-26T09:00:00.000Z', corrects: null, status: 'submitted', from: 'draft' },
      ],
    });
  });

  it('passes what is not in the expected shape on, for the schema to refuse with its path', () => {
    expect(timelineFromFormat2('case')).toBe('case');
    expect(timelineFromFormat2({ id: 'a' })).toEqual({ id: 'a' });
    expect(timelineFromFormat2({ statusHistory: [7] })).toEqual({ statusHistory: [7], timeline: [7] });
    expect(upgradeFrom2({ cases: 'none' })).toEqual({ cases: 'none' });
  });

  it('reads a whole format-2 file into the current format; a timeline a format-2 file should not have is replaced', async () => {
    const file = structuredClone(await sampleJournalFile(2)) as unknown as Record<string, unknown> & { cases: Record<string, unknown>[] };
    file.version = 2;
    file.cases[0]!.timeline = [{ made: 'up' }];
    delete file.cases[1]!.timeline;
    const result = await readJournalFile(JSON.stringify(file));
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.file.version).toBe(JOURNAL_FORMAT_VERSION);
    for (const journalCase of result.file.cases) {
      expect(journalCase.timeline).toEqual([
        { id: 'status-0', kind: 'status', on: '2026-11-23', recordedAt: '2026-11-23T10:00:00.000Z', corrects: null, status: 'draft', from: null },
      ]);
    }
  });

  it('a format-2 status history that is damaged is refused at its own place', async () => {
    const file = structuredClone(await sampleJournalFile(1)) as unknown as Record<string, unknown> & { cases: Record<string, unknown>[] };
    file.version = 2;
    file.cases[0]!.statusHistory = [{ status: 'draft', on: '2026-02-30', recordedAt: '2026-11-23T10:00:00.000Z' }];
    const result = await readJournalFile(JSON.stringify(file));
    expect(result).toMatchObject({ ok: false, problem: { kind: 'invalidCase', number: 1, path: 'statusHistory.0.on' } });
  });
});
