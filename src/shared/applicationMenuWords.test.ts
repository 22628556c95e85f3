import { describe, expect, it } from 'vitest';
import en from '../renderer/src/i18n/locales/en.json';
import zhCN from '../renderer/src/i18n/locales/zh-CN.json';
import { applicationMenuWords } from './applicationMenuWords';

describe('the application menu’s words', () => {
  it('name "Export all deadlines…" as the list’s button does, in both languages (with … since it asks where to save)', () => {
    expect(applicationMenuWords.en.exportAllDeadlines).toBe(`${en.calendar.exportAll}…`);
    expect(applicationMenuWords['zh-CN'].exportAllDeadlines).toBe(`${zhCN.calendar.exportAll}…`);
  });
});
