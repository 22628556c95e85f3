import type { Dexie } from 'dexie';
import { v1 } from './v1';
import { v2 } from './v2';
import { v3 } from './v3';
import { v4 } from './v4';
import { v5 } from './v5';
import { v6 } from './v6';
import { v7 } from './v7';
import { v9 } from './v9';
import { v10 } from './v10';
import { v11 } from './v11';
import { v12 } from './v12';

export function applySchemaVersions(db: Dexie): void {
  v1(db);
  v2(db);
  v3(db);
  v4(db);
  v5(db);
  v6(db);
  v7(db);
  v9(db);
  v10(db);
  v11(db);
  v12(db);
}
