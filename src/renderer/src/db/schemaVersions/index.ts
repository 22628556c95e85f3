import type { Dexie } from 'dexie';
import { v1 } from './v1';

export function applySchemaVersions(db: Dexie): void {
  v1(db);
}
