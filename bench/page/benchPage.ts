import { JournalDatabase } from '../../src/renderer/src/db/journalDatabase';
import { startImport } from '../../src/renderer/src/db/importInBackground';
import { listEntryOf } from '../../src/renderer/src/db/listEntries';
import { storedCaseRowOf } from '../../src/renderer/src/db/caseRowSummary';
import { caseMoneyOf } from '../../src/shared/domain/caseMoney';
import { deadlineEntriesOf } from '../../src/shared/domain/reminders';
import * as phoneAccounts from '../../src/shared/domain/phoneAccount';
import { exportJournal } from '../../src/renderer/src/db/journalExport';
import { journalFile, serializeJournalFile } from '../../src/shared/journalFile/writeJournalFile';
import { defaultTemplateFor } from '../../src/shared/templates/builtInTemplates';
import type { JournalFileCase } from '../../src/shared/journalFile/journalFileSchema';
import { evidenceSamples, generateCases } from '../generateJournal';
import { base64ToBytes } from '../../src/shared/journalFile/base64';
import { searchArms } from './searchArms';
import { archiveArm } from './archiveArm';
import { benchFiles, removeAllFiles } from './benchFiles';

const app = { name: 'Cancellation Journal', version: 'bench' };
let cases: JournalFileCase[] = [];
let text = '';

async function freshDatabase(): Promise<JournalDatabase> {
  const db = new JournalDatabase();
  await db.delete();
  await removeAllFiles();
  const fresh = new JournalDatabase(undefined, benchFiles);
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
  async generate(count: number) {
    cases = generateCases(count, 42, await evidenceSamples());
    text = serializeJournalFile(journalFile(cases, [defaultTemplateFor('en'), defaultTemplateFor('zh-CN')], app, new Date()));
    return { cases: cases.length, bytes: text.length, attachments: cases.reduce((sum, c) => sum + c.attachments.length, 0) };
  },

  /**
   * The app's own import path, as the import dialog takes it: the file's bytes to a worker, which
   * parses, validates and writes in one transaction while the page only hears progress. Long tasks
   * on the page's main thread are counted meanwhile: the window must stay responsive.
   */
  async importViaApp() {
    const db = await freshDatabase();
    // The desktop app receives the file as bytes; making them here is not part of the import.
    const bytes = new TextEncoder().encode(text);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((entries) => longTasks.push(...entries.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    const { ms } = await timed(async () => {
      const session = startImport(db, { bytes }, () => {});
      const read = await session.read;
      if (read.ok !== true) throw new Error(JSON.stringify(read));
      const written = await session.write('skip');
      if (written.ok !== true) throw new Error('import cancelled');
    });
    // Long tasks are reported after they end: give the last one a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    const count = await db.cases.count();
    db.close();
    return { ms, count, longTasks: longTasks.length, longestTaskMs: Math.max(0, ...longTasks) };
  },

  /**
   * The floor: the records the app stores for these cases (each case, its list entry, row, money
   * record and watched dates, its timeline's entries and its attachments' bytes), made beforehand and
   * written with bulkAdd, no
   * parsing or validation. Also timed: the cases alone.
   */
  async importRaw() {
    const records = cases.map(({ timeline: _timeline, ...c }) => ({ ...c, attachments: c.attachments.map(({ data: _data, ...attachment }) => attachment) }));
    const contents = cases.flatMap((c) => c.attachments.map((attachment) => ({ sha256: attachment.sha256, data: base64ToBytes(attachment.data) })));
    const entries = records.map((record) => listEntryOf(record, phoneAccounts));
    const rows = records.map(storedCaseRowOf);
    const money = records.map(caseMoneyOf);
    const deadlines = records.flatMap(deadlineEntriesOf);
    const timeline = cases.flatMap((c) => c.timeline.map((entry) => ({ ...entry, caseId: c.id })));
    let db = await freshDatabase();
    const casesOnly = await timed(() => db.cases.bulkAdd(records));
    db.close();
    db = await freshDatabase();
    const { ms } = await timed(() =>
      // The attachment bytes to their files first, as the app keeps them, then the records.
      (async () => {
        const kept = new Set<string>();
        for (const { sha256, data } of contents) if (!kept.has(sha256) && kept.add(sha256)) await benchFiles.put(sha256, data);
      })().then(() => db.transaction('rw', [db.cases, db.listEntries, db.caseRows, db.caseMoney, db.deadlineEntries, db.timeline], async () => {
        await db.cases.bulkAdd(records);
        await db.listEntries.bulkAdd(entries);
        await db.caseRows.bulkAdd(rows);
        await db.caseMoney.bulkAdd(money);
        await db.deadlineEntries.bulkAdd(deadlines);
        await db.timeline.bulkAdd(timeline);
      })),
    );
    const count = await db.cases.count();
    db.close();
    return { ms, casesOnlyMs: casesOnly.ms, count };
  },

  async exportViaApp() {
    const db = new JournalDatabase(undefined, benchFiles);
    const { ms, result } = await timed(async () => serializeJournalFile(await exportJournal(db, { kind: 'all' }, app)).length);
    db.close();
    return { ms, bytes: result };
  },

  async exportRaw() {
    const db = new JournalDatabase();
    // What a journal holds of its cases: the cases and their timelines.
    const { ms, result } = await timed(async () => JSON.stringify([await db.cases.toArray(), await db.timeline.toArray()]).length);
    db.close();
    return { ms, bytes: result };
  },
  searchArms,
  archiveArm,
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.documentElement.dataset.benchReady = 'true';
