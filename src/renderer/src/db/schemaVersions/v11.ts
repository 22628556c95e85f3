import type { Dexie } from 'dexie';

/**
 * Version 11 (issue 11; versions 7, 9 and 10 belong to other changes, applied in order): attachment bytes move out of the database into files of their own, named by
 * their SHA-256 (the main process's attachment folder on the desktop, the origin private file system
 * in the browser build); the database keeps only what the case says of them. The bytes cannot move
 * inside this upgrade — IndexedDB commits an upgrade transaction as soon as it waits for anything
 * but itself, and the files are written through the bridge — so version 11 keeps `attachmentContents`
 * as it was, and the move happens after the journal opens (db/attachmentBytesMove.ts): in batches,
 * each row deleted only once its bytes are in a file, so a crash midway loses nothing and the move
 * simply carries on at the next start. Declared again here, unchanged, so it is plain that version
 * 11 still has it.
 */
export function v11(db: Dexie): void {
  db.version(11).stores({ attachmentContents: 'id, caseId' });
}
