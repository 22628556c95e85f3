// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { newCase } from '@shared/domain/newCase';
import * as phoneAccounts from '@shared/domain/phoneAccount';
import { JournalDatabase } from '../../db/journalDatabase';
import { caseRepository } from '../../db/caseRepository';
import { emptyFilter, type CaseListFilter } from '../../db/caseListQuery';
import { listEntryOf } from '../../db/listEntries';
import { JournalContext, type Journal } from '../../journalContext';
import { CaseListStore, type ListedCases, type VisibleRows } from './store/caseListStore';
import { useListedCases, useVisibleRows } from './useCaseList';

let db: JournalDatabase;
let list: CaseListStore;
beforeEach(() => {
  db = new JournalDatabase(`hooks-${crypto.randomUUID()}`);
  list = new CaseListStore(db);
});
afterEach(async () => {
  cleanup();
  list.close();
  await db.delete();
});

function wrapper({ children }: { children: ReactNode }) {
  const journal = { db, list, cases: caseRepository(db) } as Partial<Journal> as Journal;
  return <JournalContext.Provider value={journal}>{children}</JournalContext.Provider>;
}

/** The list's two hooks together, as the list pane uses them: an answer, and the rows of its first positions. */
interface ShownList {
  listed: ListedCases | undefined;
  rows: VisibleRows | undefined;
}
function useShownList(filter: CaseListFilter): ShownList {
  const listed = useListedCases(filter);
  const rows = useVisibleRows(listed, 0, Math.min(10, listed?.source.total ?? 0));
  const shown = { listed, rows };
  renders.push(shown);
  return shown;
}
let renders: ShownList[] = [];
beforeEach(() => {
  renders = [];
});
const titles = (shown: ShownList) =>
  shown.rows?.complete ? shown.rows.ids.map((id) => shown.rows!.rows.get(id)!.title) : undefined;

async function addCases(count: number) {
  const cases = caseRepository(db);
  for (let i = 0; i < count; i += 1) {
    await cases.create(defaultTemplateFor('en'), { title: `Case ${i}`, providerName: 'Axis', account: '', category: 'other', currency: 'EUR' });
  }
}

describe('the case list hooks', () => {
  it('draw the first screen in the very first render when it was read before mounting', async () => {
    await addCases(3);
    await list.primeFirstScreen();
    renderHook(() => useShownList(emptyFilter), { wrapper });
    // No waiting: the first render already has the rows.
    expect(titles(renders[0]!)).toEqual(['Case 2', 'Case 1', 'Case 0']);
  });

  it('follow a write made through a path that knows nothing of the list', async () => {
    await addCases(2);
    const { result } = renderHook(() => useShownList(emptyFilter), { wrapper });
    await waitFor(() => expect(titles(result.current)).toEqual(['Case 1', 'Case 0']));
    const written = newCase(
      defaultTemplateFor('en'),
      { title: 'Written elsewhere', providerName: 'Axis', account: '', category: 'other', currency: 'EUR' },
      new Date(Date.now() + 60_000),
      () => 'elsewhere',
    );
    await act(() =>
      db.transaction('rw', db.cases, db.listEntries, async () => {
        await db.cases.put(written);
        await db.listEntries.put(listEntryOf(written, phoneAccounts));
      }),
    );
    await waitFor(() => expect(titles(result.current)).toEqual(['Written elsewhere', 'Case 1', 'Case 0']));
  });

  it('answer a search, and a new filter, without losing what they showed meanwhile', async () => {
    await addCases(4);
    let filter: CaseListFilter = emptyFilter;
    const { result, rerender } = renderHook(() => useShownList(filter), { wrapper });
    await waitFor(() => expect(result.current.listed?.source.total).toBe(4));
    filter = { ...emptyFilter, text: 'case 3' };
    rerender();
    expect(result.current.listed).toBeDefined();
    await waitFor(() => expect(titles(result.current)).toEqual(['Case 3']));
    expect(result.current.listed?.filter).toBe(filter);
  });
});
