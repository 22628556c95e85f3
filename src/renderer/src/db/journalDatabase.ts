import { Dexie, type EntityTable, type Table } from 'dexie';
import type { JournalCase } from '@shared/domain/caseSchema';
import type { ChecklistTemplate } from '@shared/domain/templateSchema';
import type { StoredTimelineEntry } from '@shared/domain/timelineSchema';
import { applySchemaVersions } from './schemaVersions';
import { ListWrites } from './listWrites';
import type { StoredListEntry } from './listEntries';
import type { StoredCaseRow } from './caseRowSummary';
import type { DeadlineEntry, ReminderState } from '@shared/domain/reminders';
import type { CaseMoney } from '@shared/domain/caseMoney';
import { noAttachmentFiles, type AttachmentFiles } from './attachmentFiles';

/**
 * The bytes of one attachment as versions before 11 kept them in the database. Read only by the move
 * to attachment files (attachmentBytesMove.ts), which leaves the table empty.
 */
export interface AttachmentContent {
  id: string;
  caseId: string;
  data: Uint8Array;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export class JournalDatabase extends Dexie {
  /** Cases exactly as the domain defines them; what the list and search need lives in listEntries. */
  cases!: EntityTable<JournalCase, 'id'>;
  /** User-made checklist templates (the built-in ones ship with the app). */
  templates!: EntityTable<ChecklistTemplate & { key: string }, 'key'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  attachmentContents!: EntityTable<AttachmentContent, 'id'>;
  listEntries!: EntityTable<StoredListEntry, 'id'>;
  /** What each case's list row shows, written with its list entry: what the list reads instead of whole cases. */
  caseRows!: EntityTable<StoredCaseRow, 'id'>;
  /** Every committed change to the list entries, from this object's writes and everyone else's. */
  readonly listWrites: ListWrites;
  /** Each case's money record (caseMoneyOf), kept with the case: what the Overview reads instead of cases. */
  caseMoney!: EntityTable<CaseMoney, 'id'>;
  /** Every case's timeline, never edited: read by the case page and the report, never by the list. */
  timeline!: Table<StoredTimelineEntry, [string, string]>;
  /** The dates reminders watch, written with their case (see deadlineEntries.ts). */
  deadlineEntries!: Table<DeadlineEntry, [string, string]>;
  /** What the user did with each reminder: dismissed, or snoozed until a day. */
  reminderStates!: EntityTable<ReminderState, 'eventId'>;

  /**
   * Where this journal's attachment bytes are kept (see attachmentFiles.ts): the database holds only
   * what each case says of them. Given by whoever opens the journal: the page passes the platform's,
   * a worker the page's lent over a port.
   */
  readonly attachmentFiles: AttachmentFiles;

  constructor(name = 'cancellation-journal', attachmentFiles: AttachmentFiles = noAttachmentFiles) {
    super(name);
    this.attachmentFiles = attachmentFiles;
    applySchemaVersions(this);
    this.listWrites = new ListWrites(this);
    this.use(this.listWrites.middleware());
  }
}

let database: JournalDatabase | undefined;

/** The app's one database, opened on first use. */
export function journalDatabase(attachmentFiles: AttachmentFiles): JournalDatabase {
  database ??= new JournalDatabase(undefined, attachmentFiles);
  return database;
}
