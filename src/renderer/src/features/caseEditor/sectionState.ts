import { useSyncExternalStore } from 'react';
import type { JournalDatabase } from '../../db/journalDatabase';
import { settingsRepository } from '../../db/settingsRepository';

/**
 * Which sections of the case page are collapsed, shared by every case and kept in the settings
 * table across restarts. Held in memory once read, so opening another case does not wait for it,
 * and changed there first, so a click collapses at once and the write follows.
 */
export interface SectionStore {
  subscribe: (listener: () => void) => () => void;
  /** The collapsed section ids; null until read from the database. */
  collapsed: () => ReadonlySet<string> | null;
  setOpen: (id: string, open: boolean) => void;
}

const stores = new WeakMap<JournalDatabase, SectionStore>();

export function sectionStore(db: JournalDatabase): SectionStore {
  let store = stores.get(db);
  if (!store) {
    store = createSectionStore(db);
    stores.set(db, store);
  }
  return store;
}

function createSectionStore(db: JournalDatabase): SectionStore {
  const settings = settingsRepository(db);
  const listeners = new Set<() => void>();
  let collapsed: ReadonlySet<string> | null = null;
  const publish = (next: ReadonlySet<string>) => {
    collapsed = next;
    for (const listener of listeners) listener();
  };
  const read = settings.collapsedSections().then((ids) => {
    if (collapsed === null) publish(new Set(ids));
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    collapsed: () => collapsed,
    setOpen(id, open) {
      void read.then(() => {
        const current = collapsed ?? new Set<string>();
        if (current.has(id) === !open) return;
        const next = new Set(current);
        if (open) next.delete(id);
        else next.add(id);
        publish(next);
        // A preference: if it cannot be written, the section still opens or closes now.
        settings.setCollapsedSections([...next]).catch(() => undefined);
      });
    },
  };
}

/** The collapsed section ids, re-rendering when they change; null until they are read. */
export function useCollapsedSections(db: JournalDatabase): ReadonlySet<string> | null {
  const store = sectionStore(db);
  return useSyncExternalStore(store.subscribe, store.collapsed);
}
