import { mkdirSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/** The variable the end-to-end tests use to give each run a throw-away profile. */
export const DATA_FOLDER_VARIABLE = 'CANCELLATION_JOURNAL_USER_DATA';

interface AppPaths {
  readonly isPackaged: boolean;
  setPath(name: 'userData', path: string): void;
}

/**
 * Points the app's data folder at `CANCELLATION_JOURNAL_USER_DATA`, in an unpackaged build only:
 * an installed app must not let an environment variable (set by anything that can start it)
 * move the journal somewhere else. The folder is created first — Chromium aborts start-up when
 * the profile folder cannot be opened. Returns the folder used, or null when nothing changed.
 */
export function applyDataFolderOverride(app: AppPaths, env: NodeJS.ProcessEnv): string | null {
  const wanted = env[DATA_FOLDER_VARIABLE];
  if (app.isPackaged || !wanted) return null;
  const folder = isAbsolute(wanted) ? wanted : resolve(wanted);
  mkdirSync(folder, { recursive: true });
  app.setPath('userData', folder);
  return folder;
}
