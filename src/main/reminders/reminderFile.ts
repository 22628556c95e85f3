import { readFile } from 'node:fs/promises';
import { writeFileAtomically } from '../files/atomicWrite';
import type { ReminderStore } from './reminderScheduler';

/** The scheduler's state as a small JSON file in the data folder (written atomically; read as untrusted). */
export function reminderFile(path: string): ReminderStore {
  return {
    read: async () => {
      try {
        return JSON.parse(await readFile(path, 'utf8')) as unknown;
      } catch {
        return null;
      }
    },
    write: (state) => writeFileAtomically(path, JSON.stringify(state)),
  };
}
