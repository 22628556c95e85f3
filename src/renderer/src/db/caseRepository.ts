import { CaseSchema, type CaseStatus, type JournalCase } from '@shared/domain/caseSchema';
import { newCase, type NewCaseInput } from '@shared/domain/newCase';
import { caseSearchWords } from '@shared/domain/searchWords';
import { changeStatus } from '@shared/domain/statusChange';
import type { ChecklistTemplate } from '@shared/domain/templateSchema';
import type { CaseRecord, JournalDatabase } from './journalDatabase';

export function toRecord(journalCase: JournalCase): CaseRecord {
  return {
    ...journalCase,
    inTrash: journalCase.deletedAt === null ? 0 : 1,
    searchWords: caseSearchWords(journalCase),
  };
}

export function fromRecord(record: CaseRecord): JournalCase {
  const { inTrash: _inTrash, searchWords: _searchWords, ...journalCase } = record;
  return journalCase;
}

export class CaseNotFound extends Error {
  constructor(id: string) {
    super(`No case with id ${id}`);
  }
}

/** Every write to cases goes through here, so the stored record is always valid and indexed. */
export function caseRepository(db: JournalDatabase, clock: () => Date = () => new Date()) {
  /** Timestamps only move forward, even when two edits land in the same millisecond. */
  let lastStamp = 0;
  const stamp = () => {
    lastStamp = Math.max(clock().getTime(), lastStamp + 1);
    return new Date(lastStamp);
  };

  async function update(id: string, change: (current: JournalCase, now: Date) => JournalCase): Promise<JournalCase> {
    return db.transaction('rw', db.cases, async () => {
      const record = await db.cases.get(id);
      if (!record) throw new CaseNotFound(id);
      const now = stamp();
      const next = CaseSchema.parse({ ...change(fromRecord(record), now), updatedAt: now.toISOString() });
      await db.cases.put(toRecord(next));
      return next;
    });
  }

  return {
    async create(template: ChecklistTemplate, input: NewCaseInput): Promise<JournalCase> {
      const journalCase = CaseSchema.parse(newCase(template, input, stamp(), () => crypto.randomUUID()));
      await db.cases.add(toRecord(journalCase));
      return journalCase;
    },

    async get(id: string): Promise<JournalCase | undefined> {
      const record = await db.cases.get(id);
      return record && fromRecord(record);
    },

    /** Applies an edit made in the UI; the result is validated before it is written. */
    edit(id: string, change: (current: JournalCase) => JournalCase): Promise<JournalCase> {
      return update(id, (current) => change(current));
    },

    setStatus(id: string, status: CaseStatus): Promise<JournalCase> {
      return update(id, (current, now) => changeStatus(current, status, now));
    },

    moveToTrash(id: string): Promise<JournalCase> {
      return update(id, (current, now) => ({ ...current, deletedAt: now.toISOString() }));
    },

    restore(id: string): Promise<JournalCase> {
      return update(id, (current) => ({ ...current, deletedAt: null }));
    },

    async deleteForever(id: string): Promise<void> {
      await db.transaction('rw', db.cases, async () => {
        const record = await db.cases.get(id);
        if (record?.inTrash === 1) await db.cases.delete(id);
      });
    },

    async emptyTrash(): Promise<number> {
      return db.transaction('rw', db.cases, async () => {
        const ids = await db.cases
          .where('[inTrash+updatedAt]')
          .between([1, ''], [1, '\uffff'])
          .primaryKeys();
        await db.cases.bulkDelete(ids);
        return ids.length;
      });
    },
  };
}
export type CaseRepository = ReturnType<typeof caseRepository>;
