import type { CaseStatus, JournalCase } from '@shared/domain/caseSchema';
import { newCase, type NewCaseInput } from '@shared/domain/newCase';
import { changeStatus, likelyStatusDate } from '@shared/domain/statusChange';
import type { CalendarDate } from '@shared/domain/calendarDate';
import type { ChecklistTemplate } from '@shared/domain/templateSchema';
import { contactEntry, contactsIn, deliveryEntry, timelineEntriesOf, timelineFromStatusHistory, type ContactInput } from '@shared/domain/timeline';
import type { StoredTimelineEntry, TimelineEntry } from '@shared/domain/timelineSchema';
import { Dexie } from 'dexie';
import type { JournalDatabase } from './journalDatabase';
import { listEntryOf, type StoredListEntry } from './listEntries';
import { loadPhoneAccounts } from './phoneAccounts';
import { besideEachCaseTables, removeBesideCases, writeBesideCases } from './besideEachCase';
import { attachmentRepository } from './attachmentRepository';
import { markAttachmentGarbage } from './attachmentGarbage';
import { userRegion } from '../holidays/userRegion';

/** The schema loads with the first write, not with the first screen. */
async function validCase(journalCase: JournalCase): Promise<JournalCase> {
  const { CaseSchema } = await import('@shared/domain/caseSchema');
  return CaseSchema.parse(journalCase);
}

/** A case's timeline as stored, in the order recorded. */
export function timelineOf(db: JournalDatabase, caseId: string): Promise<StoredTimelineEntry[]> {
  return db.timeline.where('[caseId+recordedAt]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}

export class CaseNotFound extends Error {
  constructor(id: string) {
    super(`No case with id ${id}`);
  }
}

/**
 * Every write to cases goes through here, so the stored record is always valid, indexed for
 * search, and matched by its list entry (the in-memory list hears the write from the database).
 */
export function caseRepository(db: JournalDatabase, clock: () => Date = () => new Date(), newId: () => string = () => crypto.randomUUID()) {
  /** Timestamps only move forward, even when two edits land in the same millisecond. */
  let lastStamp = 0;
  const stamp = () => {
    lastStamp = Math.max(clock().getTime(), lastStamp + 1);
    return new Date(lastStamp);
  };

  /** A case with what the journal keeps beside it (its list entry among them): always written together. */
  async function put(journalCase: JournalCase, entry: StoredListEntry): Promise<void> {
    await Promise.all([db.cases.put(journalCase), writeBesideCases(db, [journalCase], [entry], [journalCase.id])]);
  }

  const stored = (caseId: string, entries: readonly TimelineEntry[]): StoredTimelineEntry[] => entries.map((entry) => ({ ...entry, caseId }));

  /**
   * One change to one case, in one transaction: the case (validated, stamped), its list entry and
   * what changed, written into its timeline — the entries are in the journal exactly when the change
   * is. `extra` adds timeline entries of the change's own (a contact); `change` may throw to refuse
   * the change; then nothing is written.
   */
  async function update(id: string, change: (current: JournalCase, now: Date) => JournalCase, also: AlsoWritten = {}): Promise<JournalCase> {
    const { extra = () => [] } = also;
    // Loaded before the transaction: awaiting anything but the database inside one lets it commit early.
    const [{ CaseSchema }, phoneAccounts] = await Promise.all([import('@shared/domain/caseSchema'), loadPhoneAccounts()]);
    return db.transaction('rw', [db.cases, ...besideEachCaseTables(db), db.timeline], async () => {
      const record = await db.cases.get(id);
      if (!record) throw new CaseNotFound(id);
      const history = await timelineOf(db, id);
      const now = stamp();
      const changed = CaseSchema.parse({ ...change(record, now), updatedAt: now.toISOString() });
      const entries = [...timelineEntriesOf(record, changed, now, history, newId), ...extra(now, history)];
      if (entries.length > 0) await db.timeline.bulkAdd(stored(id, entries));
      await put(changed, listEntryOf(changed, phoneAccounts, contactsIn([...history, ...entries])));
      return changed;
    });
  }

  async function countryOfProvider(name: string): Promise<string | null> {
    if (name === '') return null;
    const latest = await db.cases.where('[provider.name+updatedAt]').between([name, Dexie.minKey], [name, Dexie.maxKey]).last();
    return latest?.country ?? null;
  }

  async function add(made: JournalCase): Promise<JournalCase> {
    const [journalCase, phoneAccounts] = await Promise.all([validCase(made), loadPhoneAccounts()]);
    const entry = listEntryOf(journalCase, phoneAccounts);
    const opened = stored(journalCase.id, timelineFromStatusHistory(journalCase, () => newId()));
    await db.transaction('rw', [db.cases, ...besideEachCaseTables(db), db.timeline], async () => {
      await db.timeline.bulkAdd(opened);
      await put(journalCase, entry);
    });
    return journalCase;
  }

  return {
    /** The evidence of cases: each write changes its case (and its timeline) in the same transaction. */
    attachments: attachmentRepository(db, update),

    /**
     * A new case. Its country, unless given, is the one of the provider's most recent case (one
     * indexed read: Axis cases are in Indonesia), else the user's region from the system languages.
     */
    async create(template: ChecklistTemplate, input: NewCaseInput, region: () => string | null = userRegion): Promise<JournalCase> {
      const country = input.country !== undefined ? input.country : ((await countryOfProvider(input.providerName.trim())) ?? region());
      return add(newCase(template, { ...input, country }, stamp(), () => crypto.randomUUID()));
    },

    /** The example case the first-run screen offers, from `template` (the default flow). */
    async createExample(template: ChecklistTemplate): Promise<JournalCase> {
      const { exampleCase } = await import('@shared/domain/exampleCase');
      return add(exampleCase(template, stamp(), () => crypto.randomUUID()));
    },

    get(id: string): Promise<JournalCase | undefined> {
      return db.cases.get(id);
    },

    /** Applies an edit made in the UI; the result is validated before it is written. */
    edit(id: string, change: (current: JournalCase) => JournalCase): Promise<JournalCase> {
      return update(id, (current) => change(current));
    },

    /** Moves a case to `status`, which happened `on` that day (today when not given). */
    setStatus(id: string, status: CaseStatus, on?: CalendarDate): Promise<JournalCase> {
      return update(id, (current, now) => changeStatus(current, status, on ?? likelyStatusDate(current, status, now), now));
    },

    /**
     * Logs a contact with the provider in the case's timeline (and its words in the case's search
     * words); with `corrects`, as a correction of that earlier contact, which stays as it was. With
     * `followUpOn`, the case's follow-up date is set in the same transaction: the contact and the
     * date it led to are written together or not at all.
     */
    logContact(id: string, contact: ContactInput, corrects: string | null = null, followUpOn: CalendarDate | null = null): Promise<JournalCase> {
      return update(
        id,
        (current) => (followUpOn === null ? current : { ...current, deadlines: { ...current.deadlines, followUpOn } }),
        {
          extra: (now, history) => {
            if (corrects !== null && !history.some((entry) => entry.id === corrects && entry.kind === 'contact')) {
              throw new Error(`No contact ${corrects} in case ${id} to correct`);
            }
            return [contactEntry(contact, now, newId, corrects)];
          },
        },
      );
    },

    /**
     * Notes in each case's timeline that it was exported to a file or its report printed. The case
     * itself is not changed (nor its place in the list).
     */
    async recordDelivery(ids: readonly string[], kind: 'exported' | 'printed'): Promise<void> {
      await db.transaction('rw', [db.cases, db.timeline], async () => {
        const present = (await db.cases.where('id').anyOf([...ids]).primaryKeys()) as string[];
        const now = stamp();
        await db.timeline.bulkAdd(present.map((caseId) => ({ ...deliveryEntry(kind, now, newId), caseId })));
      });
    },

    timeline(id: string): Promise<StoredTimelineEntry[]> {
      return timelineOf(db, id);
    },

    moveToTrash(id: string): Promise<JournalCase> {
      return update(id, (current, now) => ({ ...current, deletedAt: now.toISOString() }));
    },

    restore(id: string): Promise<JournalCase> {
      return update(id, (current) => ({ ...current, deletedAt: null }));
    },

    async deleteForever(id: string): Promise<void> {
      // The case's attachment files go with the next garbage collection (unless another case names the same bytes).
      await db.transaction('rw', [db.cases, ...besideEachCaseTables(db), db.timeline, db.settings], async () => {
        const record = await db.cases.get(id);
        if (record?.deletedAt === null || !record) return false;
        await Promise.all([
          db.cases.delete(id),
          record.attachments.length > 0 && markAttachmentGarbage(db),
          removeBesideCases(db, [id]),
          // A case deleted for good takes its timeline with it; while it exists, its timeline is never cut.
          db.timeline.where('caseId').equals(id).delete(),
        ]);
        return true;
      });
    },

    async emptyTrash(): Promise<number> {
      // Their attachment files go with the next garbage collection.
      const ids = await db.transaction('rw', [db.cases, ...besideEachCaseTables(db), db.timeline, db.settings], async () => {
        const trashed = (await db.listEntries.where('[t+u]').between([1, ''], [1, '\uffff']).primaryKeys()) as string[];
        await Promise.all([
          trashed.length > 0 && markAttachmentGarbage(db),
          db.cases.bulkDelete(trashed),
          removeBesideCases(db, trashed),
          db.timeline.where('caseId').anyOf(trashed).delete(),
        ]);
        return trashed;
      });
      return ids.length;
    },
  };
}
export type CaseRepository = ReturnType<typeof caseRepository>;
/** What a change writes besides the case, in its transaction (see `update` above). */
export interface AlsoWritten {
  extra?: (now: Date, history: readonly TimelineEntry[]) => TimelineEntry[];
}
/** How a repository changes one case in one transaction (see `update` above). */
export type UpdateCase = (id: string, change: (current: JournalCase, now: Date) => JournalCase, also?: AlsoWritten) => Promise<JournalCase>;
