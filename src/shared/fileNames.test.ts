import { describe, expect, it } from 'vitest';
import { journalFileName } from './fileNames';

describe('journalFileName', () => {
  it('names whole journals by date and single cases by their title, safely', () => {
    const now = new Date(2026, 10, 23, 12);
    expect(journalFileName(now, 'cancellation-journal')).toBe('cancellation-journal-2026-11-23.json');
    expect(journalFileName(now, '注销日志')).toBe('注销日志-2026-11-23.json');
    expect(journalFileName(now, 'cancellation-journal', 'Axis eSIM / travel: "main"')).toBe('Axis eSIM travel main 2026-11-23.json');
    expect(journalFileName(now, 'cancellation-journal', '保号卡')).toBe('保号卡 2026-11-23.json');
    expect(journalFileName(now, 'cancellation-journal', '///')).toBe('cancellation-journal-2026-11-23.json');
  });
});
