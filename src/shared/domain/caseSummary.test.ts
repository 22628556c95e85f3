import { describe, expect, it } from 'vitest';
import { CaseSchema, caseStatuses, type CaseStatus, type JournalCase } from './caseSchema';
import { newCase } from './newCase';
import { caseSummary } from './caseSummary';
import { isAwaitingDecision } from './caseProgress';
import { exampleCase } from './exampleCase';
import { defaultTemplateFor } from '../templates/builtInTemplates';

let counter = 0;
const newId = () => `id-${++counter}`;
const now = new Date('2026-11-02T09:00:00Z');

function sampleCase(status: CaseStatus = 'draft'): JournalCase {
  const c = newCase(
    defaultTemplateFor('en'),
    { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' },
    now,
    newId,
  );
  return { ...c, status, submission: { ...c.submission, submittedOn: '2026-11-06', reviewBusinessDays: 3 } };
}

describe('isAwaitingDecision', () => {
  it('is true only once the request is out and no answer has come', () => {
    expect(caseStatuses.filter(isAwaitingDecision)).toEqual(['submitted', 'under_review']);
  });
});

describe('caseSummary', () => {
  it('shows the decision due date only while a decision is awaited', () => {
    // 2026-11-06 is a Friday: three business days later is Wednesday the 11th.
    expect(caseSummary(sampleCase('submitted')).decisionDue).toEqual({ date: '2026-11-11' });
    expect(caseSummary(sampleCase('under_review')).decisionDue).toEqual({ date: '2026-11-11' });
    for (const status of ['draft', 'preparing', 'confirmed', 'rejected', 'withdrawn'] as const) {
      expect(caseSummary(sampleCase(status)).decisionDue, status).toBeNull();
    }
  });

  it('shows an awaited decision without a date when the submission date is missing', () => {
    const c = sampleCase('submitted');
    c.submission.submittedOn = null;
    expect(caseSummary(c).decisionDue).toEqual({ date: null });
    expect(caseSummary(c).submitted).toEqual({ date: null });
  });

  it('shows the confirmation date once confirmed or recorded', () => {
    expect(caseSummary(sampleCase('submitted')).confirmed).toBeNull();
    expect(caseSummary(sampleCase('confirmed')).confirmed).toEqual({ date: null });
    const recorded = sampleCase('rejected');
    recorded.confirmation.confirmedOn = '2026-11-12';
    expect(caseSummary(recorded).confirmed).toEqual({ date: '2026-11-12' });
  });

  it('names the next step, with its id, and counts progress', () => {
    const c = sampleCase();
    c.checklist[0]!.state = 'done';
    const summary = caseSummary(c);
    expect(summary.progress).toEqual({ finished: 1, total: 11 });
    expect(summary.next).toEqual({ kind: 'checklist', title: c.checklist[1]!.title });
    expect(summary.nextItemId).toBe(c.checklist[1]!.id);
    const done = sampleCase('confirmed');
    expect(caseSummary(done).nextItemId).toBeNull();
  });

  it('lists what is open: balance, bound devices and open orders, not the other prerequisites', () => {
    const c = sampleCase();
    c.balance.amount = '2000';
    c.devices = [
      { id: 'd1', name: 'Pixel', kind: 'phone', unbound: false, unboundOn: null },
      { id: 'd2', name: 'iPad', kind: 'tablet', unbound: true, unboundOn: '2026-11-01' },
    ];
    c.orders = [
      { id: 'o1', reference: 'A', description: '', amount: null, currency: 'IDR', dueOn: null, status: 'open' },
      { id: 'o2', reference: 'B', description: '', amount: null, currency: 'IDR', dueOn: null, status: 'paid' },
    ];
    expect(caseSummary(c).open).toEqual([
      { kind: 'balanceNotSettled' },
      { kind: 'devicesStillBound', count: 1 },
      { kind: 'ordersOpen', count: 1 },
    ]);
    c.balance.outcome = 'spent';
    c.devices[0]!.unbound = true;
    c.orders[0]!.status = 'cancelled';
    expect(caseSummary(c).open).toEqual([]);
  });
});

describe('exampleCase', () => {
  it('is a valid draft from the default template, in its language, with something left to do', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const template = defaultTemplateFor(language);
      const example = exampleCase(template, now, newId);
      expect(CaseSchema.parse(example)).toEqual(example);
      expect(example.status).toBe('draft');
      expect(example.provider.name).toBe('Axis');
      expect(example.template).toMatchObject({ id: 'default-flow', language });
      expect(example.checklist.map((item) => item.title)).toEqual(template.items.map((item) => item.title));
      expect(example.balance).toMatchObject({ currency: 'IDR', amount: '25000' });
      expect(caseSummary(example).open).toEqual([{ kind: 'balanceNotSettled' }, { kind: 'devicesStillBound', count: 1 }]);
    }
    expect(exampleCase(defaultTemplateFor('en'), now, newId).title).toBe('Axis eSIM travel number');
    expect(exampleCase(defaultTemplateFor('zh-CN'), now, newId).title).toMatch(/保号/);
  });
});
