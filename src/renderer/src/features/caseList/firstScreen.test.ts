import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { JournalDatabase } from '../../db/journalDatabase';
import { caseRepository } from '../../db/caseRepository';
import { caseListIds, emptyFilter } from '../../db/caseListQuery';
import { primeFirstScreen, takeFirstScreen, takeReadFirstScreen } from './firstScreen';
import { cachedRow } from './caseRowCache';

let db: JournalDatabase;
let tick: number;
const clock = () => new Date(Date.UTC(2026, 10, 2, 9, 0, 0) + tick++ * 1000);
// 760 px of window: 10 rows on screen, 8 more read ahead.
const screenRows = 18;

beforeEach(() => {
  tick = 0;
  vi.stubGlobal('window', { innerHeight: 760 });
  db = new JournalDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

async function journalOf(count: number) {
  const cases = caseRepository(db, clock);
  const created = [];
  for (let i = 0; i < count; i += 1) {
    created.push(await cases.create(defaultTemplateFor('en'), { title: `Case ${i}`, providerName: 'Axis', account: '', category: 'streaming', currency: 'IDR' }));
  }
  return { cases, created };
}

describe('the first screen, read while the interface loads', () => {
  it('holds the newest cases outside the Trash, with their rows ready to draw', async () => {
    const { cases, created } = await journalOf(30);
    await cases.moveToTrash(created[29]!.id);
    await cases.moveToTrash(created[27]!.id);
    primeFirstScreen(db);
    const screen = await takeFirstScreen(db);
    const expected = (await caseListIds(db, emptyFilter)).slice(0, screenRows);
    const shown = screen!.source.peek(0, screenRows)!;
    expect(shown.map((entry) => entry.id)).toEqual(expected);
    expect(shown.map((entry) => entry.t)).toEqual(Array(screenRows).fill(0));
    expect(cachedRow(db, shown[0]!)?.title).toBe('Case 28');
    // Drawn before counting; the count follows.
    expect(screen!.source.total).toBe(screenRows);
    expect((await screen!.source.settle!()).total).toBe(28);
  });

  it('pages the list index instead when the Trash holds many of the newest cases', async () => {
    const { cases, created } = await journalOf(40);
    for (const journalCase of created.slice(-12)) await cases.moveToTrash(journalCase.id);
    primeFirstScreen(db);
    const screen = await takeFirstScreen(db);
    expect(screen!.source.peek(0, screenRows)!.map((entry) => entry.id)).toEqual((await caseListIds(db, emptyFilter)).slice(0, screenRows));
    expect(screen!.source.peek(0, 1)![0]!.id).toBe(created[27]!.id);
  });

  it('is handed over once: a list mounted later reads for itself', async () => {
    await journalOf(3);
    primeFirstScreen(db);
    expect(await takeFirstScreen(db)).toBeDefined();
    expect(await takeFirstScreen(db)).toBeUndefined();
  });

  it("is there for the list's very first render once read, and only once", async () => {
    await journalOf(3);
    const read = primeFirstScreen(db);
    // Still being read: the list mounts without it and waits (takeFirstScreen).
    expect(takeReadFirstScreen(db)).toBeUndefined();
    await read;
    const screen = takeReadFirstScreen(db);
    expect(screen!.source.peek(0, 3)!.map((entry) => cachedRow(db, entry)?.title)).toEqual(['Case 2', 'Case 1', 'Case 0']);
    expect(takeReadFirstScreen(db)).toBeUndefined();
    expect(await takeFirstScreen(db)).toBeUndefined();
  });

  it('is not drawn once a change to the journal has made it stale', async () => {
    const { cases } = await journalOf(3);
    await primeFirstScreen(db);
    await cases.create(defaultTemplateFor('en'), { title: 'Newer', providerName: 'Axis', account: '', category: 'streaming', currency: 'IDR' });
    expect(takeReadFirstScreen(db)).toBeUndefined();
  });
});
