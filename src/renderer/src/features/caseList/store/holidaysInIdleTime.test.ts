import { afterEach, describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { publicHolidaysIfLoaded } from '@shared/domain/publicHolidays';
import { JournalDatabase } from '../../../db/journalDatabase';
import { caseRepository } from '../../../db/caseRepository';
import { prepareHolidaysInIdleTime } from './holidaysInIdleTime';

const db = new JournalDatabase(`holidays-${crypto.randomUUID()}`);
afterEach(async () => {
  await db.delete();
});

describe('the holidays of the countries in use, in idle time', () => {
  it('loads each country of the journal’s cases and computes its years, one idle piece at a time', async () => {
    const cases = caseRepository(db);
    const input = { title: 'Axis', providerName: 'Axis', account: '', category: 'phone_esim' as const, currency: 'IDR' };
    for (const country of ['ID', 'CN', 'ID', null]) await cases.create(defaultTemplateFor('en'), { ...input, country });
    const pieces: (() => void)[] = [];
    const preparing = prepareHolidaysInIdleTime(db, (work) => pieces.push(work), 2026);
    // Nothing runs until the browser is idle.
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(publicHolidaysIfLoaded('CN')).toBeUndefined();
    let ran = 0;
    while (ran < 8) {
      if (pieces.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      else {
        pieces.shift()!();
        ran += 1;
      }
    }
    expect(await preparing).toEqual(['CN', 'ID']);
    // Two countries: the library and country, then three years each.
    expect(ran).toBe(8);
    expect(publicHolidaysIfLoaded('ID')?.('2026-08-17')).toBe(true);
    expect(publicHolidaysIfLoaded('CN')?.('2026-10-01')).toBe(true);
  });
});
