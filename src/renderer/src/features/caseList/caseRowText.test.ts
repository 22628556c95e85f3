import { describe, expect, it, vi } from 'vitest';
import i18next from 'i18next';
import { resources } from '../../i18n/i18n';
import { caseRowText } from './caseRowText';
import type { Formatters } from '../../i18n/useFormatters';

async function rowTextIn(language: 'en' | 'zh-CN') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng: language, fallbackLng: 'en', interpolation: { escapeValue: false } });
  const t = vi.fn(i18n.t);
  const formatDate = vi.fn((date: string | null) => `<${date}>`);
  const format = { date: formatDate } as unknown as Formatters;
  return { text: caseRowText(t as unknown as typeof i18n.t, format), t, formatDate };
}

describe('the words of a case-list row', () => {
  it('says what to do next and when the decision is due, in English', async () => {
    const { text } = await rowTextIn('en');
    expect(text.next({ kind: 'checklist', title: 'Unbind devices' })).toBe('Next: Unbind devices');
    expect(text.next({ kind: 'submit' })).toBe('Ready to submit');
    expect(text.next({ kind: 'awaitDecision', expectedOn: null })).toBe('Waiting for the decision');
    expect(text.decisionOn('2026-12-04')).toBe('Decision due <2026-12-04>');
    expect(text.progress({ finished: 3, total: 8 })).toBe('3 of 8 steps done');
    expect(text.progressShort({ finished: 3, total: 8 })).toBe('3/8');
    expect(text.label('status.submitted')).toBe('Submitted');
  });

  it('speaks Chinese when the interface does, with no key left untranslated', async () => {
    const { text } = await rowTextIn('zh-CN');
    for (const said of [
      text.next({ kind: 'checklist', title: '解绑设备' }),
      text.next({ kind: 'closed', status: 'confirmed' }),
      text.label('status.submitted'),
      text.label('list.noProvider'),
    ]) {
      expect(said).toMatch(/[\u4e00-\u9fff]/);
      expect(said).not.toMatch(/^(next|status|list)\./);
    }
  });

  it('composes a text once however many rows show it, and tells different values apart', async () => {
    const { text, t } = await rowTextIn('en');
    for (let row = 0; row < 30; row += 1) {
      text.label('status.draft');
      text.progressShort({ finished: 3, total: 8 });
    }
    expect(text.progressShort({ finished: 4, total: 8 })).toBe('4/8');
    expect(text.progressShort({ finished: 3, total: 8 })).toBe('3/8');
    expect(t.mock.calls.filter(([key]) => key === 'status.draft')).toHaveLength(1);
    expect(t.mock.calls.filter(([key]) => key === 'list.progressShort')).toHaveLength(2);
  });

  it('formats a date once, not on every row that shows it', async () => {
    const { text, formatDate } = await rowTextIn('en');
    for (let row = 0; row < 30; row += 1) text.decisionOn('2026-12-04');
    expect(text.decisionOn('2026-12-04')).toBe('Decision due <2026-12-04>');
    expect(formatDate).toHaveBeenCalledTimes(1);
  });

  it('stays small however many different dates a long scroll meets', async () => {
    const { text, t } = await rowTextIn('en');
    for (let day = 0; day < 5_000; day += 1) text.decisionOn(`2026-01-01+${day}` as never);
    t.mockClear();
    text.decisionOn('2026-01-01+4999' as never);
    expect(t).not.toHaveBeenCalled();
    text.decisionOn('2026-01-01+0' as never);
    expect(t).toHaveBeenCalledTimes(1);
  });
});
