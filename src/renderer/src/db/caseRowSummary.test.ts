import { describe, expect, it } from 'vitest';
import { newCase } from '@shared/domain/newCase';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { caseRowSummary } from './caseRowSummary';

const base = newCase(
  defaultTemplateFor('en'),
  { title: 'Axis travel eSIM', providerName: 'Axis', account: '0812', category: 'phone_esim', currency: 'IDR' },
  new Date(Date.UTC(2026, 10, 2, 9)),
  () => crypto.randomUUID(),
);

describe('caseRowSummary', () => {
  it('keeps what a list row shows: title, provider, progress and the next step', () => {
    const checklist = base.checklist.map((item, index) => (index < 2 ? { ...item, state: 'done' as const } : item));
    const row = caseRowSummary({ ...base, checklist });
    expect(row).toMatchObject({ title: 'Axis travel eSIM', status: 'draft', providerName: 'Axis', decisionOn: null });
    expect(row.progress).toEqual({ finished: 2, total: base.checklist.length });
    expect(row.next).toEqual({ kind: 'checklist', title: base.checklist[2]!.title });
    expect(JSON.stringify(row).length).toBeLessThan(JSON.stringify(base).length / 4);
  });

  it('shows the expected decision date of a submitted case', () => {
    const checklist = base.checklist.map((item) => ({ ...item, state: 'done' as const }));
    const row = caseRowSummary({
      ...base,
      status: 'under_review',
      checklist,
      submission: { ...base.submission, submittedOn: '2026-11-20', reviewBusinessDays: 3 },
    });
    expect(row.decisionOn).toBe('2026-11-25');
    expect(row.next).toEqual({ kind: 'awaitDecision', expectedOn: '2026-11-25' });
  });
});
