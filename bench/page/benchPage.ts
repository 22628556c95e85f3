import { JournalDatabase } from '../../src/renderer/src/db/journalDatabase';
import { importJournal } from '../../src/renderer/src/db/journalImport';
import { listEntryOf } from '../../src/renderer/src/db/listEntries';
import * as phoneAccounts from '../../src/shared/domain/phoneAccount';
import { exportJournal } from '../../src/renderer/src/db/journalExport';
import { readJournalFile } from '../../src/shared/journalFile/readJournalFile';
import { journalFile, serializeJournalFile } from '../../src/shared/journalFile/writeJournalFile';
import { defaultTemplateFor } from '../../src/shared/templates/builtInTemplates';
import type { JournalFileCase } from '../../src/shared/journalFile/journalFileSchema';
import { generateCases } from '../generateJournal';

const app = { name: 'Cancellation Journal', version: 'bench' };
let cases: JournalFileCase[] = [];
let text = '';

async function freshDatabase(): Promise<JournalDatabase> {
  const db = new JournalDatabase();
  await db.delete();
  const fresh = new JournalDatabase();
  await fresh.open();
  return fresh;
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

/** What the runner calls, one step at a time, in this page (same origin and database as the app). */
const bench = {
  generate(count: number) {
    cases = generateCases(count);
    text = serializeJournalFile(journalFile(cases, [defaultTemplateFor('en'), defaultTemplateFor('zh-CN')], app, new Date()));
    return { cases: cases.length, bytes: text.length };
  },

  /** The app's own import path: parse + validate + one transaction. */
  async importViaApp() {
    const db = await freshDatabase();
    const { ms } = await timed(async () => {
      const read = await readJournalFile(text);
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      await importJournal(db, read.file, 'skip');
    });
    const count = await db.cases.count();
    db.close();
    return { ms, count };
  },

  /**
   * The floor: the records the app stores for these cases (each case, and its list entry), made
   * beforehand and written with bulkAdd, no parsing or validation. Also timed: the cases alone.
   */
  async importRaw() {
    const records = cases.map(({ attachments: _attachments, ...c }) => ({ ...c, attachments: [] }));
    const entries = records.map((record) => listEntryOf(record, phoneAccounts));
    let db = await freshDatabase();
    const casesOnly = await timed(() => db.cases.bulkAdd(records));
    db.close();
    db = await freshDatabase();
    const { ms } = await timed(() =>
      db.transaction('rw', db.cases, db.listEntries, async () => {
        await db.cases.bulkAdd(records);
        await db.listEntries.bulkAdd(entries);
      }),
    );
    const count = await db.cases.count();
    db.close();
    return { ms, casesOnlyMs: casesOnly.ms, count };
  },

  async exportViaApp() {
    const db = new JournalDatabase();
    const { ms, result } = await timed(async () => serializeJournalFile(await exportJournal(db, { kind: 'all' }, app)).length);
    db.close();
    return { ms, bytes: result };
  },

  async exportRaw() {
    const db = new JournalDatabase();
    const { ms, result } = await timed(async () => JSON.stringify(await db.cases.toArray()).length);
    db.close();
    return { ms, bytes: result };
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.documentElement.dataset.benchReady = 'true';
