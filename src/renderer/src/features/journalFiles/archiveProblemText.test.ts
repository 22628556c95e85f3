import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../i18n/i18n';
import type { ArchiveProblem } from '@shared/journalArchive/archiveProblem';
import { archiveProblemText } from './archiveProblemText';

async function tIn(language: 'en' | 'zh-CN') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: false, interpolation: { escapeValue: false } });
  return i18n.t;
}

const entry = 'attachments/3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b';
const everyProblem: ArchiveProblem[] = [
  { kind: 'notZip', reason: 'noDirectory' },
  { kind: 'notZip', reason: 'split' },
  { kind: 'notZip', reason: 'encryptedDirectory' },
  { kind: 'notZip', reason: 'unreadable' },
  { kind: 'unsafeEntry', entry: '../evil.sh' },
  { kind: 'duplicateEntry', entry },
  { kind: 'encryptedEntry', entry },
  { kind: 'noManifest' },
  { kind: 'badManifest', reason: 'notJson' },
  { kind: 'badManifest', reason: 'shape', field: 'files.0.sha256' },
  { kind: 'badManifest', reason: 'tooManyEntries', limit: 200_000 },
  { kind: 'newerArchive', version: 4, supported: 1 },
  { kind: 'unlistedEntry', entry: 'notes.txt' },
  { kind: 'missingEntry', entry },
  { kind: 'noJournal' },
  { kind: 'entryTooLarge', entry: 'journal.json', size: 600 * 1024 * 1024, limit: 500 * 1024 * 1024 },
  { kind: 'sizeMismatch', entry },
  { kind: 'compressionRatio', entry },
  { kind: 'hashMismatch', entry },
  { kind: 'damagedEntry', entry, reason: 'truncated' },
  { kind: 'damagedEntry', entry, reason: 'noHeader' },
  { kind: 'damagedEntry', entry, reason: 'badChecksum' },
  { kind: 'damagedEntry', entry, reason: 'notDecompressible' },
  { kind: 'attachmentNotInArchive', number: 3, name: 'id-scan.png' },
];

describe('why an archive was refused, in words', () => {
  for (const language of ['en', 'zh-CN'] as const) {
    it(`has words in ${language} for every problem, with every value filled in`, async () => {
      const t = await tIn(language);
      for (const problem of everyProblem) {
        const text = archiveProblemText(t, 'journal.zip', problem, language);
        expect(text, problem.kind).not.toMatch(/import\.|{{|undefined/);
        if (problem.kind !== 'attachmentNotInArchive') expect(text, problem.kind).toContain('journal.zip');
        if ('entry' in problem) expect(text, problem.kind).toContain(problem.entry);
        if (language === 'zh-CN') expect(text, problem.kind).toMatch(/[\u4e00-\u9fff]/);
      }
    });
  }

  it('says what was tampered with, and where', async () => {
    const t = await tIn('en');
    expect(archiveProblemText(t, 'journal.zip', { kind: 'hashMismatch', entry }, 'en')).toBe(
      `“journal.zip” was refused: “${entry}” does not match its SHA-256 checksum; the archive was changed or damaged.`,
    );
    expect(archiveProblemText(t, 'journal.zip', { kind: 'entryTooLarge', entry: 'journal.json', size: 600 * 1024 * 1024, limit: 500 * 1024 * 1024 }, 'en')).toContain(
      'is 600 MB, more than the 500 MB allowed',
    );
  });
});
