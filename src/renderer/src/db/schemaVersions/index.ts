import type { Dexie } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v8 } from './v8';

export function applySchemaVersions(db: Dexie): void {
  v1(db);
  v2(db);
  v3(db);
  v4(db);
  v5(db);
  v6(db);
  v8(db);
}
