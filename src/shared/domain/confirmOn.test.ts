import { describe, expect, it } from 'vitest';
import { newCase } from './newCase';
import { changeStatus, confirmOn } from './statusChange';
import { defaultTemplateFor } from '../templates/builtInTemplates';

const opened = newCase(
  defaultTemplateFor('en'),
  { title: 'Axis eSIM', providerName: 'Axis', account: '', category: 'phone_esim', currency: 'IDR' },
  new Date('2026-11-01T10:00:00.000Z'),
  () => crypto.randomUUID(),
);

describe('confirmed on the day an e-mail says', () => {
  it('moves a case not yet confirmed to confirmed on that day, recorded now', () => {
    const confirmed = confirmOn(opened, '2026-11-08', new Date('2026-11-26T09:00:00.000Z'));
    expect(confirmed.status).toBe('confirmed');
    expect(confirmed.confirmation.confirmedOn).toBe('2026-11-08');
    expect(confirmed.statusHistory.at(-1)).toEqual({ status: 'confirmed', on: '2026-11-08', recordedAt: '2026-11-26T09:00:00.000Z' });
  });

  it('redates a case already confirmed: the field and its latest change to confirmed agree, when it was recorded stays', () => {
    const before = changeStatus(opened, 'confirmed', '2026-11-20', new Date('2026-11-20T12:00:00.000Z'));
    const after = confirmOn(before, '2026-11-08', new Date('2026-11-26T09:00:00.000Z'));
    expect(after.status).toBe('confirmed');
    expect(after.confirmation.confirmedOn).toBe('2026-11-08');
    expect(after.statusHistory).toHaveLength(before.statusHistory.length);
    expect(after.statusHistory.at(-1)).toEqual({ status: 'confirmed', on: '2026-11-08', recordedAt: '2026-11-20T12:00:00.000Z' });
  });
});
