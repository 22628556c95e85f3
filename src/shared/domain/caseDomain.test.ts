import { describe, expect, it } from 'vitest';
import { CaseSchema, type JournalCase } from './caseSchema';
import { newCase } from './newCase';
import { caseProgress, decisionDueDate, nextAction } from './caseProgress';
import { openCaseWarnings, submissionWarnings } from './submissionWarnings';
import { changeStatus, likelyStatusDate, redateStatusChange, statusHistoryByDate } from './statusChange';
import { caseSearchWords, queryTerms, wordsOf } from './searchWords';
import * as phoneAccounts from './phoneAccount';
import { builtInTemplates, defaultTemplateFor } from '../templates/builtInTemplates';

let counter = 0;
const newId = () => `id-${++counter}`;
const now = new Date('2026-11-02T09:00:00Z');

function sampleCase(): JournalCase {
  return newCase(
    defaultTemplateFor('en'),
    { title: 'Axis eSIM', providerName: 'Axis', account: '+62 812 3456 4821', category: 'phone_esim', currency: 'IDR' },
    now,
    newId,
  );
}

describe('built-in templates', () => {
  it('cover the default flow in both languages with the same items', () => {
    const en = defaultTemplateFor('en');
    const zh = defaultTemplateFor('zh-CN');
    expect(en.items.map((item) => [item.key, item.section])).toEqual(zh.items.map((item) => [item.key, item.section]));
    expect(en.items.filter((item) => item.section === 'prerequisite').map((item) => item.key)).toEqual(
      expect.arrayContaining(['balance', 'devices', 'orders']),
    );
    expect(zh.items.map((item) => item.title).join()).toMatch(/余额/);
    expect(zh.items.map((item) => item.title).join()).toMatch(/解除绑定/);
    expect(builtInTemplates).toHaveLength(2);
  });
});

describe('newCase', () => {
  it('snapshots the template checklist so later template edits cannot change it', () => {
    const template = structuredClone(defaultTemplateFor('en'));
    const created = newCase(template, { title: ' Netflix ', providerName: 'Netflix', account: '', category: 'streaming', currency: 'USD' }, now, newId);
    template.items[0]!.title = 'Edited later';
    expect(created.checklist[0]!.title).toBe('Use up, move or refund the remaining credit');
    expect(created.title).toBe('Netflix');
    expect(created.status).toBe('draft');
    expect(created.statusHistory).toEqual([{ status: 'draft', on: '2026-11-02', recordedAt: now.toISOString() }]);
    expect(CaseSchema.parse(created)).toEqual(created);
  });
});

describe('progress and next action', () => {
  it('counts done and skipped items and names the first open one', () => {
    const c = sampleCase();
    expect(caseProgress(c.checklist)).toEqual({ finished: 0, total: 11 });
    expect(nextAction(c)).toEqual({ kind: 'checklist', title: c.checklist[0]!.title });
    c.checklist[0]!.state = 'done';
    c.checklist[1]!.state = 'skipped';
    expect(caseProgress(c.checklist)).toEqual({ finished: 2, total: 11 });
    expect(nextAction(c)).toEqual({ kind: 'checklist', title: c.checklist[2]!.title });
  });

  it('waits for the decision once everything is done and the case is submitted', () => {
    const c = sampleCase();
    for (const item of c.checklist) item.state = 'done';
    expect(nextAction(c)).toEqual({ kind: 'submit' });
    const submitted = changeStatus(c, 'submitted', '2026-11-02', now);
    expect(nextAction(submitted)).toEqual({ kind: 'awaitDecision', expectedOn: '2026-11-09' });
    expect(nextAction(changeStatus(submitted, 'confirmed', '2026-11-05', now))).toEqual({ kind: 'closed', status: 'confirmed' });
  });
});

describe('submissionWarnings', () => {
  it('warns about unsettled balance, bound devices and open orders', () => {
    const c = sampleCase();
    c.balance.amount = '1500000';
    c.devices = [
      { id: 'd1', name: 'Pixel', kind: 'phone', unbound: false, unboundOn: null },
      { id: 'd2', name: 'iPad', kind: 'tablet', unbound: false, unboundOn: null },
      { id: 'd3', name: 'Old phone', kind: 'phone', unbound: true, unboundOn: '2026-11-01' },
    ];
    c.orders = [
      { id: 'o1', reference: 'INV-1', description: '', amount: '100', currency: 'IDR', dueOn: null, status: 'open' },
      { id: 'o2', reference: 'INV-2', description: '', amount: '100', currency: 'IDR', dueOn: null, status: 'paid' },
    ];
    const kinds = submissionWarnings(c);
    expect(kinds).toContainEqual({ kind: 'balanceNotSettled' });
    expect(kinds).toContainEqual({ kind: 'devicesStillBound', count: 2 });
    expect(kinds).toContainEqual({ kind: 'ordersOpen', count: 1 });
    expect(kinds).toContainEqual({ kind: 'prerequisiteOpen', title: 'Decide whether the number must be kept' });
  });

  it('is quiet when everything is settled', () => {
    const c = sampleCase();
    c.balance.amount = '5000';
    c.balance.outcome = 'refund_requested';
    for (const item of c.checklist) item.state = 'done';
    expect(submissionWarnings(c)).toEqual([]);
    c.balance = { ...c.balance, amount: '0', outcome: 'none' };
    expect(submissionWarnings(c)).toEqual([]);
  });

  it('treats an unknown balance with its checklist item open as unsettled', () => {
    const c = sampleCase();
    expect(submissionWarnings(c)).toContainEqual({ kind: 'balanceNotSettled' });
    c.checklist.find((item) => item.key === 'balance')!.state = 'done';
    expect(submissionWarnings(c)).not.toContainEqual({ kind: 'balanceNotSettled' });
  });
});

describe('changeStatus', () => {
  it('records the day a change happened apart from when it was recorded, and sets the matching date', () => {
    const c = sampleCase();
    const recorded = new Date('2026-11-26T10:00:00Z');
    const submitted = changeStatus(c, 'submitted', '2026-11-02', recorded);
    expect(submitted.statusHistory.at(-1)).toEqual({ status: 'submitted', on: '2026-11-02', recordedAt: recorded.toISOString() });
    expect(submitted.submission.submittedOn).toBe('2026-11-02');
    const confirmed = changeStatus(submitted, 'confirmed', '2026-11-08', recorded);
    expect(confirmed.confirmation.confirmedOn).toBe('2026-11-08');
    expect(changeStatus(confirmed, 'confirmed', '2026-11-09', recorded)).toBe(confirmed);
  });

  it("offers the case's own date for the status, else today", () => {
    const c = sampleCase();
    const today = new Date(2026, 10, 26, 12);
    expect(likelyStatusDate(c, 'submitted', today)).toBe('2026-11-26');
    c.submission.submittedOn = '2026-10-30';
    expect(likelyStatusDate(c, 'submitted', today)).toBe('2026-10-30');
    expect(likelyStatusDate(c, 'withdrawn', today)).toBe('2026-11-26');
    c.confirmation.confirmedOn = '2026-11-08';
    expect(likelyStatusDate(c, 'confirmed', today)).toBe('2026-11-08');
  });

  it('lists the history in the order things happened, and corrects a day without touching the record time', () => {
    const c = sampleCase();
    const recorded = new Date('2026-11-26T10:00:00Z');
    const confirmed = changeStatus(changeStatus(c, 'submitted', '2026-11-02', recorded), 'confirmed', '2026-11-08', recorded);
    expect(statusHistoryByDate(confirmed).map((change) => change.status)).toEqual(['draft', 'submitted', 'confirmed']);
    // Confirmed on the 8th but logged first, then the sending on the 2nd: the history puts the sending first,
    // after the state the case was opened in.
    const outOfOrder = changeStatus(changeStatus(c, 'confirmed', '2026-11-08', recorded), 'submitted', '2026-11-02', recorded);
    expect(statusHistoryByDate(outOfOrder).map((change) => [change.status, change.index])).toEqual([
      ['draft', 0],
      ['submitted', 2],
      ['confirmed', 1],
    ]);
    const redated = redateStatusChange(confirmed, 1, '2026-11-01');
    expect(redated.statusHistory[1]).toEqual({ status: 'submitted', on: '2026-11-01', recordedAt: recorded.toISOString() });
    expect(redateStatusChange(redated, 1, '2026-11-01')).toBe(redated);
    expect(redateStatusChange(redated, 9, '2026-11-01')).toBe(redated);
  });
});

describe('what a case shows by its status', () => {
  it('warns about open prerequisites and shows the decision due only while a decision is awaited', () => {
    const c = sampleCase();
    c.submission.reviewBusinessDays = 5;
    c.devices = [{ id: 'd1', name: 'Pixel', kind: 'phone', unbound: false, unboundOn: null }];
    const recorded = new Date('2026-11-26T10:00:00Z');
    expect(openCaseWarnings(c)).toEqual([]);
    expect(decisionDueDate(c)).toBeNull();
    const submitted = changeStatus(c, 'submitted', '2026-11-02', recorded);
    expect(openCaseWarnings(submitted)).toContainEqual({ kind: 'devicesStillBound', count: 1 });
    expect(decisionDueDate(submitted)).toBe('2026-11-09');
    const reviewing = changeStatus(submitted, 'under_review', '2026-11-03', recorded);
    expect(decisionDueDate(reviewing)).toBe('2026-11-09');
    for (const closed of ['confirmed', 'rejected', 'withdrawn'] as const) {
      const done = changeStatus(reviewing, closed, '2026-11-08', recorded);
      expect(openCaseWarnings(done), closed).toEqual([]);
      expect(decisionDueDate(done), closed).toBeNull();
    }
  });
});

describe('search words', () => {
  it('indexes latin words, Chinese pairs and compact account numbers', () => {
    expect(wordsOf('Axis eSIM')).toEqual(expect.arrayContaining(['axis', 'esim']));
    expect(wordsOf('注销余额')).toEqual(expect.arrayContaining(['注', '注销', '销余', '余额', '额']));
    const words = caseSearchWords({ ...sampleCase(), notes: 'Refund of 余额 requested' }, phoneAccounts);
    expect(words).toEqual(expect.arrayContaining(['4821', '6281234564821', '081234564821', 'refund', '余额']));
  });

  it('splits queries the same way', () => {
    expect(queryTerms('  AXIS  ')).toEqual(['axis']);
    expect(queryTerms('工作日')).toEqual(['工作', '作日']);
    expect(queryTerms('余')).toEqual(['余']);
    expect(queryTerms('  ')).toEqual([]);
  });
});
