import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useState } from 'react';
import type { JournalCase } from '@shared/domain/caseSchema';
import { useJournal } from '../../journalContext';
import { fromRecord } from '../../db/caseRepository';

export type SaveState = { kind: 'saved' } | { kind: 'failed'; message: string };

export type EditCase = (change: (current: JournalCase) => JournalCase) => void;

/** The case as stored (live), and a way to change it that goes through the repository. */
export function useCase(id: string) {
  const { db, cases } = useJournal();
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved' });
  const record = useLiveQuery(async () => (await db.cases.get(id)) ?? null, [db, id]);
  const edit = useCallback<EditCase>(
    (change) => {
      cases.edit(id, change).then(
        () => setSaveState({ kind: 'saved' }),
        (error: unknown) => setSaveState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    },
    [cases, id],
  );
  return { journalCase: record ? fromRecord(record) : record, edit, saveState };
}

/** Replaces the item with `id` in a list by applying `patch` to it. */
export function patchById<T extends { id: string }>(items: readonly T[], id: string, patch: Partial<T>): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}
