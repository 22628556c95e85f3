import { newCase } from '../domain/newCase';
import { timelineFromStatusHistory } from '../domain/timeline';
import { defaultTemplateFor } from '../templates/builtInTemplates';
import { bytesToBase64, sha256Hex } from './base64';
import type { JournalFileCase } from './journalFileSchema';
import { journalFile } from './writeJournalFile';

/** Journal files for tests: realistic cases, one with an attachment. */
export async function sampleJournalFile(caseCount = 3) {
  let counter = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
  const now = new Date('2026-11-23T10:00:00.000Z');
  const cases: JournalFileCase[] = [];
  for (let i = 0; i < caseCount; i += 1) {
    const base = newCase(
      defaultTemplateFor(i % 2 === 0 ? 'en' : 'zh-CN'),
      { title: i % 2 === 0 ? `Axis eSIM ${i + 1}` : `保号卡 ${i + 1}`, providerName: 'Axis', account: '+62 812 3456 4821', category: 'phone_esim', currency: 'IDR', country: 'ID' },
      now,
      newId,
    );
    cases.push({ ...base, attachments: [], timeline: timelineFromStatusHistory(base, (index) => `status-${index}`) });
  }
  const bytes = new TextEncoder().encode('Your account has been closed. Ref CONF-42');
  cases[0]!.attachments.push({
    id: newId(),
    name: 'confirmation.txt',
    mediaType: 'text/plain',
    size: bytes.length,
    sha256: await sha256Hex(bytes),
    addedAt: now.toISOString(),
    kind: 'confirmation',
    stepId: null,
    deletedAt: null,
    data: bytesToBase64(bytes),
  });
  return journalFile(cases, [defaultTemplateFor('en'), defaultTemplateFor('zh-CN')], { name: 'Cancellation Journal', version: '0.1.0' }, now);
}
