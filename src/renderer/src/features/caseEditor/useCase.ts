import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import type { JournalCase } from '@shared/domain/caseSchema';
import { useJournal } from '../../journalContext';

export type SaveState = { pending: number; failure: string | null };

/** Changes are pure functions of the case: applied at once on screen, then again in the database. */
export type EditCase = (change: (current: JournalCase) => JournalCase) => void;

interface Optimistic {
  value: JournalCase;
  edit: number;
  /** `updatedAt` of the stored case once this edit is saved; until the live query shows it, keep ours. */
  savedAt: string | null;
}

/**
 * The case as stored (live), with the user's latest edits shown immediately, and a way to change
 * it that goes through the repository. A checkbox must flip when clicked, not a moment later.
 */
export function useCase(id: string) {
  const { db, cases } = useJournal();
  const [saveState, setSaveState] = useState<SaveState>({ pending: 0, failure: null });
  const [optimistic, setOptimistic] = useState<Optimistic | null>(null);
  const editCounter = useRef(0);
  const record = useLiveQuery(async () => (await db.cases.get(id)) ?? null, [db, id]);
  const stored = record;
  const showOptimistic =
    optimistic !== null && stored && (optimistic.savedAt === null || stored.updatedAt < optimistic.savedAt);
  const journalCase = showOptimistic ? optimistic.value : stored;
  const latest = useRef(journalCase);
  latest.current = journalCase;

  const edit = useCallback<EditCase>(
    (change) => {
      const base = latest.current;
      if (!base) return;
      const editNumber = ++editCounter.current;
      const value = change(base);
      latest.current = value;
      setOptimistic({ value, edit: editNumber, savedAt: null });
      setSaveState((state) => ({ ...state, pending: state.pending + 1 }));
      cases.edit(id, change).then(
        (saved) => {
          setOptimistic((current) => (current?.edit === editNumber ? { ...current, savedAt: saved.updatedAt } : current));
          setSaveState((state) => ({ pending: state.pending - 1, failure: null }));
        },
        (error: unknown) => {
          setOptimistic(null);
          setSaveState((state) => ({
            pending: state.pending - 1,
            failure: error instanceof Error ? error.message : String(error),
          }));
        },
      );
    },
    [cases, id],
  );
  return { journalCase, edit, saveState };
}

/** Replaces the item with `id` in a list by applying `patch` to it. */
export function patchById<T extends { id: string }>(items: readonly T[], id: string, patch: Partial<T>): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}
