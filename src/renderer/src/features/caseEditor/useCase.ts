import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useRef, useState } from 'react';
import type { CaseStatus, JournalCase } from '@shared/domain/caseSchema';
import type { CalendarDate } from '@shared/domain/calendarDate';
import { changeStatus } from '@shared/domain/statusChange';
import { useJournal } from '../../journalContext';

export type SaveState = { pending: number; failure: string | null };

/** Moves the case to a status that happened `on` that day. */
export type SetStatus = (status: CaseStatus, on: CalendarDate) => void;

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
  const { cases } = useJournal();
  const [saveState, setSaveState] = useState<SaveState>({ pending: 0, failure: null });
  const [optimistic, setOptimistic] = useState<Optimistic | null>(null);
  const editCounter = useRef(0);
  const stored = useLiveQuery(async () => (await cases.get(id)) ?? null, [cases, id]);
  const showOptimistic =
    optimistic !== null && stored && (optimistic.savedAt === null || stored.updatedAt < optimistic.savedAt);
  const journalCase = showOptimistic ? optimistic.value : stored;
  const latest = useRef(journalCase);
  latest.current = journalCase;

  /** Shows `change` at once, and stores it through `write` (the repository's own path for it). */
  const apply = useCallback(
    (change: (current: JournalCase) => JournalCase, write: () => Promise<JournalCase>) => {
      const base = latest.current;
      if (!base) return;
      const editNumber = ++editCounter.current;
      const value = change(base);
      latest.current = value;
      setOptimistic({ value, edit: editNumber, savedAt: null });
      setSaveState((state) => ({ ...state, pending: state.pending + 1 }));
      write().then(
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
    [],
  );
  const edit = useCallback<EditCase>((change) => apply(change, () => cases.edit(id, change)), [apply, cases, id]);
  /** A status change goes through `caseRepository.setStatus`, the path its tests cover. */
  const setStatus = useCallback<SetStatus>(
    (status, on) => {
      const now = new Date();
      apply((current) => changeStatus(current, status, on, now), () => cases.setStatus(id, status, on));
    },
    [apply, cases, id],
  );
  return { journalCase, edit, setStatus, saveState };
}

/** Replaces the item with `id` in a list by applying `patch` to it. */
export function patchById<T extends { id: string }>(items: readonly T[], id: string, patch: Partial<T>): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}
