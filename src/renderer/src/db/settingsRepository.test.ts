import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from './journalDatabase';
import { defaultCollapsedSections, settingsRepository } from './settingsRepository';
import { caseRepository } from './caseRepository';
import { hasJournalCases, isInJournal } from './caseListQuery';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('settingsRepository', () => {
  it('keeps the collapsed sections, with the defaults until the user chooses', async () => {
    const settings = settingsRepository(db);
    expect(await settings.collapsedSections()).toEqual(defaultCollapsedSections);
    await settings.setCollapsedSections(['devices', 'balance', 'devices']);
    expect(await settings.collapsedSections()).toEqual(['balance', 'devices']);
    await settings.setCollapsedSections([]);
    expect(await settings.collapsedSections()).toEqual([]);
    await db.settings.put({ key: 'collapsedSections', value: 'not a list' });
    expect(await settings.collapsedSections()).toEqual(defaultCollapsedSections);
  });

  it('remembers the last open case', async () => {
    const settings = settingsRepository(db);
    expect(await settings.lastOpenCase()).toBeNull();
    await settings.setLastOpenCase('case-1');
    expect(await settings.lastOpenCase()).toBe('case-1');
    await settings.setLastOpenCase(null);
    expect(await settings.lastOpenCase()).toBeNull();
  });
});

describe('journal membership', () => {
  it('knows whether the journal has cases and whether a case is in it rather than in the Trash', async () => {
    const cases = caseRepository(db);
    expect(await hasJournalCases(db)).toBe(false);
    const example = await cases.createExample(defaultTemplateFor('en'));
    expect(await hasJournalCases(db)).toBe(true);
    expect(await isInJournal(db, example.id)).toBe(true);
    await cases.moveToTrash(example.id);
    expect(await isInJournal(db, example.id)).toBe(false);
    expect(await hasJournalCases(db)).toBe(false);
    expect(await isInJournal(db, 'no-such-case')).toBe(false);
  });
});
