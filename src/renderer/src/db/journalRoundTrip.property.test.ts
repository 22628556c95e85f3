import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { attachmentKinds, billingPeriods, caseStatuses, categories, type CaseStatus, type JournalCase } from '@shared/domain/caseSchema';
import { newCase } from '@shared/domain/newCase';
import { changeStatus } from '@shared/domain/statusChange';
import { contactChannels } from '@shared/domain/timelineVocabulary';
import { timelineFromStatusHistory } from '@shared/domain/timeline';
import type { TimelineEntry } from '@shared/domain/timelineSchema';
import { defaultTemplateFor } from '@shared/templates/builtInTemplates';
import { bytesToBase64, sha256Hex } from '@shared/journalFile/base64';
import { readJournalFile } from '@shared/journalFile/readJournalFile';
import { decodeStrictUtf8 } from '@shared/journalFile/strictUtf8';
import { journalFile, serializeJournalFile } from '@shared/journalFile/writeJournalFile';
import type { JournalFile, JournalFileCase } from '@shared/journalFile/journalFileSchema';
import { JournalDatabase } from './journalDatabase';
import { exportJournal } from './journalExport';
import { importJournal, type ExistingCaseChoice } from './journalImport';
import { attachmentFilesInMemory } from './attachmentFiles';

/**
 * A journal must never reach a state its own export cannot write or its own import cannot read,
 * and a file it refuses must leave it exactly as it was. Generated journals and files, valid and
 * damaged, check both. `PROPERTY_RUNS=500 npx vitest run …` runs longer than `npm test` does.
 */
const runs = Number(import.meta.env.PROPERTY_RUNS ?? 25);
const app = { name: 'Cancellation Journal', version: '0.1.0' };
const exportedAt = new Date('2026-11-26T10:00:00.000Z');

const dbs: JournalDatabase[] = [];
function freshDb() {
  const db = new JournalDatabase(`property-${crypto.randomUUID()}`, attachmentFilesInMemory());
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

// Text as people write it: Latin, Chinese, symbols, an emoji, spaces at the edges.
const text = (maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...'aZ 0-_.,保号卡注销€¥😀é\'"\\/\n'.match(/./gsu)!), maxLength });
const title = text(40).filter((value) => value.trim().length > 0);
const day = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const amount = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.stringMatching(/^\d{0,5}[1-9]$|^$/))
  .map(([whole, fraction]) => (fraction ? `${whole}.${fraction}` : `${whole}`));
const currency = fc.constantFrom('IDR', 'USD', 'CNY', 'JPY', 'KWD', 'EUR');

interface CaseShape {
  language: 'en' | 'zh-CN';
  title: string;
  provider: string;
  account: string;
  notes: string;
  category: (typeof categories)[number];
  currency: string;
  amount: string | null;
  statuses: { status: CaseStatus; on: string }[];
  states: ('todo' | 'done' | 'skipped')[];
  doneOn: string;
  devices: { name: string; unbound: boolean }[];
  orders: { reference: string; amount: string | null }[];
  attachments: Uint8Array[];
  contacts: { channel: (typeof contactChannels)[number]; who: string; said: string; reference: string; on: string }[];
  correctFirstContact: boolean;
  trashed: boolean;
}

const caseShape: fc.Arbitrary<CaseShape> = fc.record({
  language: fc.constantFrom('en' as const, 'zh-CN' as const),
  title,
  provider: text(20),
  account: text(20),
  notes: text(80),
  category: fc.constantFrom(...categories),
  currency,
  amount: fc.option(amount, { nil: null }),
  statuses: fc.array(fc.record({ status: fc.constantFrom(...caseStatuses), on: day }), { maxLength: 4 }),
  states: fc.array(fc.constantFrom('todo' as const, 'done' as const, 'skipped' as const), { maxLength: 11 }),
  doneOn: day,
  devices: fc.array(fc.record({ name: text(15), unbound: fc.boolean() }), { maxLength: 3 }),
  orders: fc.array(fc.record({ reference: text(12), amount: fc.option(amount, { nil: null }) }), { maxLength: 3 }),
  attachments: fc.array(fc.uint8Array({ minLength: 1, maxLength: 48 }), { maxLength: 2 }),
  contacts: fc.array(fc.record({ channel: fc.constantFrom(...contactChannels), who: text(15), said: text(60), reference: text(12), on: day }), { maxLength: 2 }),
  correctFirstContact: fc.boolean(),
  trashed: fc.boolean(),
});

/** A case's timeline as the app makes it: its status changes, then the contacts logged, one maybe corrected. */
function timelineOf(c: JournalCase, shape: CaseShape, created: Date): TimelineEntry[] {
  const timeline = timelineFromStatusHistory(c, (index) => `status-${index}`);
  const contacts: TimelineEntry[] = shape.contacts.map((contact, i) => ({
    id: `contact-${i}`,
    kind: 'contact',
    on: contact.on,
    recordedAt: new Date(created.getTime() + 20_000 + i * 1000).toISOString(),
    corrects: null,
    at: `${contact.on}T10:30:00+07:00`,
    channel: contact.channel,
    who: contact.who,
    said: contact.said,
    reference: contact.reference,
    attachmentIds: [],
  }));
  const first = contacts[0];
  if (shape.correctFirstContact && first?.kind === 'contact') {
    contacts.push({ ...first, id: 'contact-correction', recordedAt: new Date(created.getTime() + 30_000).toISOString(), corrects: first.id, said: `${first.said} (corrected)` });
  }
  return [...timeline, ...contacts];
}

/**
 * A file of cases made the way the app makes them. Case ids carry `prefix`; attachment ids do not,
 * so two files share attachment ids — as files from two journals may.
 */
async function fileOf(shapes: readonly CaseShape[], prefix: string): Promise<JournalFile> {
  let attachmentCounter = 0;
  const cases: JournalFileCase[] = [];
  for (const [index, shape] of shapes.entries()) {
    let counter = 0;
    const created = new Date(Date.UTC(2026, 0, 1) + index * 60_000);
    let c: JournalCase = newCase(
      defaultTemplateFor(shape.language),
      { title: shape.title, providerName: shape.provider, account: shape.account, category: shape.category, currency: shape.currency },
      created,
      () => `${prefix}-${index}-${++counter}`,
    );
    c = { ...c, id: `${prefix}-${index}`, notes: shape.notes, balance: { ...c.balance, amount: shape.amount } };
    // Some cases have a country and their dates (format 4), set from the case's place in the file.
    c.country = index % 3 === 0 ? null : index % 2 === 0 ? 'ID' : 'CN';
    if (index % 2 === 1) {
      c.deadlines = {
        ...c.deadlines,
        renewsOn: shape.doneOn,
        noticePeriod: { count: index + 1, unit: index % 4 === 1 ? 'months' : 'days' },
        followUpOn: shape.doneOn,
        disputedChargeOn: shape.doneOn,
        disputeWindowDays: index % 5 === 0 ? null : 30 + index,
      };
    }
    // Some record the fee they cost (format 5), every billing period in turn; the amount is the balance's generated one.
    if (index % 3 !== 2) c.recurringFee = { amount: shape.amount, period: billingPeriods[index % billingPeriods.length]! };
    c.checklist = c.checklist.map((item, i) => {
      const state = shape.states[i] ?? 'todo';
      return { ...item, state, completedOn: state === 'done' ? shape.doneOn : null };
    });
    c.devices = shape.devices.map((device, i) => ({ id: `d${i}`, name: device.name, kind: 'phone', unbound: device.unbound, unboundOn: null }));
    c.orders = shape.orders.map((order, i) => ({
      id: `o${i}`,
      reference: order.reference,
      description: '',
      amount: order.amount,
      currency: shape.currency,
      dueOn: null,
      status: 'open',
    }));
    for (const [i, change] of shape.statuses.entries()) c = changeStatus(c, change.status, change.on, new Date(created.getTime() + (i + 1) * 1000));
    const attachments = [];
    for (const bytes of shape.attachments) {
      attachments.push({
        id: `attachment-${++attachmentCounter}`,
        name: `proof-${attachmentCounter}.bin`,
        mediaType: 'application/octet-stream',
        size: bytes.length,
        sha256: await sha256Hex(bytes),
        addedAt: created.toISOString(),
        kind: attachmentKinds[attachmentCounter % attachmentKinds.length]!,
        // Some belong to a step, some sit in the case's attachment Trash.
        stepId: attachmentCounter % 3 === 0 ? (c.checklist[0]?.id ?? null) : null,
        deletedAt: attachmentCounter % 4 === 0 ? created.toISOString() : null,
        data: bytesToBase64(bytes),
      });
    }
    cases.push({ ...c, attachments, timeline: timelineOf(c, shape, created), deletedAt: shape.trashed ? new Date(created.getTime() + 10_000).toISOString() : null });
  }
  return journalFile(cases, [defaultTemplateFor('en'), defaultTemplateFor('zh-CN')], app, exportedAt);
}

/** Everything the journal holds, bytes included, as one comparable value. */
async function contentsOf(db: JournalDatabase) {
  return {
    cases: await db.cases.orderBy('id').toArray(),
    entries: await db.listEntries.orderBy('id').toArray(),
    money: await db.caseMoney.orderBy('id').toArray(),
    templates: await db.templates.orderBy('key').toArray(),
    // Each case's attachments' bytes, read from the files by what the case names.
    attachments: await Promise.all(
      (await db.cases.orderBy('id').toArray()).flatMap((c) => c.attachments.map(async (a) => ({ caseId: c.id, id: a.id, data: Array.from(await db.attachmentFiles.read(a.sha256)) }))),
    ),
    timeline: await db.timeline.toArray(),
  };
}

/** What the app does with a file the user opens: read it whole, and import only what it accepted. */
async function importAsTheAppDoes(db: JournalDatabase, bytes: Uint8Array, choice: ExistingCaseChoice) {
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) return { ok: false as const };
  const read = await readJournalFile(decoded.text);
  if (!read.ok) return { ok: false as const };
  await importJournal(db, read.file, choice);
  return { ok: true as const };
}

/** The journal can write its whole self and read that back into an empty journal, unchanged. */
async function expectExportReadsBack(db: JournalDatabase) {
  const exported = await exportJournal(db, { kind: 'all' }, app, exportedAt);
  const read = await readJournalFile(serializeJournalFile(exported));
  if (!read.ok) throw new Error(`The journal's own export was refused: ${JSON.stringify(read.problem)}`);
  const copy = freshDb();
  await importJournal(copy, read.file, 'skip');
  const again = await exportJournal(copy, { kind: 'all' }, app, exportedAt);
  const byId = (file: JournalFile) => [...file.cases].sort((a, b) => a.id.localeCompare(b.id));
  expect(byId(again)).toEqual(byId(exported));
  return exported;
}

const encode = (file: JournalFile) => new TextEncoder().encode(serializeJournalFile(file));

describe('import → export → import', () => {
  it('round-trips any journal, and an import never changes another case\'s evidence', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseShape, { maxLength: 4 }),
        fc.array(caseShape, { maxLength: 4 }),
        fc.constantFrom<ExistingCaseChoice>('skip', 'replace', 'keepBoth'),
        async (first, second, choice) => {
          const db = freshDb();
          const a = await fileOf(first, 'a');
          expect(await importAsTheAppDoes(db, encode(a), 'skip')).toEqual({ ok: true });
          // Imported as they were written.
          const afterA = await expectExportReadsBack(db);
          expect([...afterA.cases].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...a.cases].sort((x, y) => x.id.localeCompare(y.id)));

          // A second file whose attachments carry the same ids as the first file's, other bytes.
          const b = await fileOf(second, 'b');
          expect(await importAsTheAppDoes(db, encode(b), choice)).toEqual({ ok: true });
          const afterB = await expectExportReadsBack(db);
          for (const original of a.cases) {
            expect(afterB.cases.find((c) => c.id === original.id)?.attachments, original.id).toEqual(original.attachments);
          }
          // And the same file again, now that its cases are here, with whatever the user chose.
          expect(await importAsTheAppDoes(db, encode(b), choice)).toEqual({ ok: true });
          await expectExportReadsBack(db);
        },
      ),
      { numRuns: runs },
    );
  }, 120_000);
});

/** One way a file can be damaged or hostile, applied at a place in it. */
const damage = fc.constantFrom(
  (value: unknown) => (Array.isArray(value) ? [...value, ...value] : value), // an item twice
  () => undefined, // gone
  () => null,
  () => -1,
  () => -0,
  () => 1.5,
  () => '',
  () => '-0',
  () => '2026-02-30',
  () => '0000-01-01T00:00:00+23:59',
  () => 'x'.repeat(5000),
  () => ({}),
  () => [],
  () => '__proto__',
);

function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => paths(item, [...at, index]))];
  if (value !== null && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...at, key]))];
  return [at];
}

function damaged(file: unknown, path: (string | number)[], change: (value: unknown) => unknown): unknown {
  if (path.length === 0) return change(file);
  const copy = structuredClone(file) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const next = change(parent[last]);
  if (next === undefined) delete parent[last];
  else parent[last] = next;
  return copy;
}

describe('a damaged or hostile file', () => {
  it('is refused and leaves the journal byte for byte as it was, or is imported and still exports and reads back', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(caseShape, { minLength: 1, maxLength: 3 }),
        fc.array(caseShape, { minLength: 1, maxLength: 3 }),
        fc.nat(),
        damage,
        fc.option(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { nil: null }),
        fc.constantFrom<ExistingCaseChoice>('skip', 'replace', 'keepBoth'),
        async (first, second, pick, change, byteFlip, choice) => {
          const db = freshDb();
          await importAsTheAppDoes(db, encode(await fileOf(first, 'a')), 'skip');
          const before = await contentsOf(db);

          const file = await fileOf(second, 'b');
          const places = paths(file);
          let bytes = new TextEncoder().encode(JSON.stringify(damaged(file, places[pick % places.length]!, change)));
          if (byteFlip) {
            bytes = bytes.slice();
            const [at, mask] = byteFlip;
            bytes[at % bytes.length] = bytes[at % bytes.length]! ^ mask;
          }
          const result = await importAsTheAppDoes(db, bytes, choice);
          if (!result.ok) expect(await contentsOf(db)).toEqual(before);
          else await expectExportReadsBack(db);
        },
      ),
      { numRuns: runs * 2 },
    );
  }, 120_000);
});
