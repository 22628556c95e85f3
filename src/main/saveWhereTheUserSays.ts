import { BrowserWindow, app, dialog, type WebContents } from 'electron';
import { join } from 'node:path';
import { writeFileAtomically } from './files/atomicWrite';

export type SavedFile = { status: 'canceled' } | { status: 'saved'; path: string };

/** The window that asked (a dialog belongs to it), if it is still there. */
export function windowOf(sender: unknown): BrowserWindow | undefined {
  return BrowserWindow.fromWebContents(sender as WebContents) ?? undefined;
}

/** Asks where to save (starting in Documents under `suggestedName`); null when the user cancels. */
export async function askWhereToSave(sender: unknown, suggestedName: string, filter: { name: string; extensions: string[] }): Promise<string | null> {
  const options = { defaultPath: join(app.getPath('documents'), suggestedName), filters: [filter] };
  const parent = windowOf(sender);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** A file the page made, saved where the user says, whole or not at all. */
export async function saveWhereTheUserSays(
  sender: unknown,
  suggestedName: string,
  filter: { name: string; extensions: string[] },
  contents: Uint8Array,
): Promise<SavedFile> {
  const path = await askWhereToSave(sender, suggestedName, filter);
  if (!path) return { status: 'canceled' };
  await writeFileAtomically(path, contents);
  return { status: 'saved', path };
}
