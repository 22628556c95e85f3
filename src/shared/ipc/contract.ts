import { z } from 'zod';
import { IpcChannel, type IpcChannelName } from './channels';
import { MAX_JOURNAL_FILE_BYTES } from '../journalFile/journalFileLimits';
import { MAX_ATTACHMENT_BYTES } from '../evidence/evidenceLimits';
import { isPlainFileName } from '../fileNames';
import { isWebAddress } from '../webAddress';
import { templateLanguages } from '../domain/caseVocabulary';
import type { ArchiveProblem } from '../journalArchive/archiveProblem';
import { CalendarDateSchema } from '../domain/dateSchemas';
import { defaultReminderTime, isTimeOfDay } from '../domain/reminderTime';

/**
 * Where something is kept: a folder on disk in the desktop app, or the browser's own storage when
 * the renderer runs in a plain browser. The latter has no path to show, so the interface names it
 * in its own language rather than the adapter in English.
 */
export const StoragePlaceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('folder'), path: z.string() }),
  z.object({ kind: z.literal('browser') }),
]);
export type StoragePlace = z.infer<typeof StoragePlaceSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** The OS's preferred languages, best first (BCP 47). */
  systemLanguages: z.array(z.string()),
  /** Where the journal's data lives, for the README and Settings. */
  dataFolder: StoragePlaceSchema,
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

export const ExternalUrlSchema = z
  .string()
  .max(2000)
  .refine(isWebAddress, 'only http and https addresses open outside the app');

/** A file name offered in a save dialog: no folders, nothing a file system would choke on. */
const SuggestedFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(isPlainFileName, 'must be a plain file name');

export const SaveResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('canceled') }),
  /** The browser adapter hands the report to the browser's print dialog; where it goes is not known. */
  z.object({ status: z.literal('printed') }),
]);
export type SaveResult = z.infer<typeof SaveResultSchema>;

const OpenedFileSchema = z.object({ status: z.literal('opened'), name: z.string(), text: z.string() });
const FileTooLargeSchema = z.object({ status: z.literal('tooLarge'), name: z.string(), size: z.number(), limit: z.number() });
/** Bytes that are not UTF-8, refused at `offset` (the first bad byte) rather than replaced. */
const FileNotUtf8Schema = z.object({ status: z.literal('notUtf8'), name: z.string(), offset: z.number().int().nonnegative() });

/**
 * A journal archive opened for reading: the renderer's import worker reads and checks it through
 * `archive:read` in bounded pieces; the file stays open in the main process until `archive:close`.
 */
const OpenedArchiveSchema = z.object({ status: z.literal('archive'), name: z.string(), archiveId: z.string(), size: z.number().int().nonnegative() });
export type OpenedArchive = z.infer<typeof OpenedArchiveSchema>;

export const OpenJournalResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('canceled') }),
  /** The file's bytes, unread: the renderer checks them (UTF-8 first) off its main thread. */
  z.object({ status: z.literal('opened'), name: z.string(), bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'must be bytes') }),
  FileTooLargeSchema,
  OpenedArchiveSchema,
]);
export type OpenJournalResult = z.infer<typeof OpenJournalResultSchema>;

/** A file picked to become evidence: its bytes and name, or why it was not read (checked before reading). */
export const OpenAttachmentResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('canceled') }),
  z.object({
    status: z.literal('opened'),
    name: z.string().min(1).max(1000),
    bytes: z.custom<Uint8Array>(
      (value) => value instanceof Uint8Array && value.byteLength <= MAX_ATTACHMENT_BYTES,
      'must be bytes no larger than an attachment may be',
    ),
  }),
  FileTooLargeSchema,
]);
export type OpenAttachmentResult = z.infer<typeof OpenAttachmentResultSchema>;

export const PaperSizeSchema = z.enum(['A4', 'Letter']);

/** The interface's language, for what the main process words itself (the PDF's page numbers). */
export const InterfaceLanguageSchema = z.enum(templateLanguages);
export type PaperSize = z.infer<typeof PaperSizeSchema>;

export const BackupEntrySchema = z.object({
  name: z.string(),
  /** Moved aside (to `kept/`) because it held more cases than a newer one: never rotated out. */
  kept: z.boolean(),
  createdAt: z.string(),
  /** How many cases it holds; null for backups made before counts were recorded. */
  caseCount: z.number().int().nonnegative().nullable(),
  /** Bytes on disk (compressed). */
  size: z.number(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** Why a backup failed, for the interface to say in its own words (`detail` is the system's). */
export const BackupFailureReasonSchema = z.enum(['diskFull', 'notAllowed', 'inUse', 'notAJournal', 'damaged', 'export', 'other']);
export type BackupFailureReason = z.infer<typeof BackupFailureReasonSchema>;
export const BackupFailureSchema = z.object({ at: z.string(), reason: BackupFailureReasonSchema, detail: z.string().max(500) });
export type BackupFailure = z.infer<typeof BackupFailureSchema>;

export const BackupStatusSchema = z.object({
  folder: StoragePlaceSchema,
  due: z.boolean(),
  nextDueAt: z.string(),
  backups: z.array(BackupEntrySchema),
  lastSuccess: z.string().nullable(),
  lastFailure: BackupFailureSchema.nullable(),
});
export type BackupStatus = z.infer<typeof BackupStatusSchema>;

export const BackupWriteResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), backup: BackupEntrySchema }),
  /** Refused: a backup was made less than a day ago. Only the main process decides when one is due. */
  z.object({ status: z.literal('notDue'), nextDueAt: z.string() }),
]);
export type BackupWriteResult = z.infer<typeof BackupWriteResultSchema>;

/** A backup read for restoring: as a journal file opened from disk, never "canceled". */
export const BackupReadResultSchema = z.discriminatedUnion('status', [OpenedFileSchema, FileTooLargeSchema, FileNotUtf8Schema, OpenedArchiveSchema]);
export type BackupReadResult = z.infer<typeof BackupReadResultSchema>;

/**
 * Journal JSON crossing the bridge, as UTF-8 bytes: made in a worker and handed over without
 * copying, where a string would be stringified and copied on the UI thread. Same limit as files read.
 */
const JournalBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_JOURNAL_FILE_BYTES, 'is larger than a journal file may be');

/** One piece of an archive crossing the bridge, either way: bounded, so no whole archive is ever held. */
export const MAX_ARCHIVE_PIECE_BYTES = 16 * 1024 * 1024;
const ArchivePieceSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_ARCHIVE_PIECE_BYTES, 'is larger than a piece of an archive may be');
const HandleIdSchema = z.string().min(1).max(100);

export const BeginBackupResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), exportId: z.string() }),
  z.object({ status: z.literal('notDue'), nextDueAt: z.string() }),
]);
export type BeginBackupResult = z.infer<typeof BeginBackupResultSchema>;

/** An iCalendar file of deadlines: a few hundred bytes a deadline, so even 100,000 cases stay well below this. */
export const MAX_CALENDAR_FILE_BYTES = 256 * 1024 * 1024;

/**
 * What the app does when its window is closed and at login. Both off unless the user turns them on:
 * kept in a small file in the data folder, which the main process reads before any window exists.
 */
export const BackgroundSettingsSchema = z.object({
  /** Closing the window hides it; the app stays in the tray (so reminders still arrive) until Quit. */
  keepRunningInTray: z.boolean(),
  /** The app starts, hidden, when the user logs in. */
  openAtLogin: z.boolean(),
});
export type BackgroundSettings = z.infer<typeof BackgroundSettingsSchema>;
export const defaultBackgroundSettings: BackgroundSettings = { keepRunningInTray: false, openAtLogin: false };

export const BackgroundStateSchema = BackgroundSettingsSchema.extend({
  /** Electron has no login items on Linux: the setting cannot be offered there. */
  openAtLoginSupported: z.boolean(),
});
export type BackgroundState = z.infer<typeof BackgroundStateSchema>;

/** An attachment's bytes are named by their SHA-256: 64 lowercase hex digits, so no name can point outside their folder. */
const Sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
const AttachmentBytesSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.byteLength <= MAX_ATTACHMENT_BYTES,
  'must be bytes no larger than an attachment may be',
);
/** 200 attachments for each of 100,000 cases and more: far above any journal, far below what would stall main. */
const MAX_NAMED_HASHES = 2_000_000;
/** An attachment as an archive lists it: the bytes it names and what it says of them. */
const ArchivedAttachmentSchema = z.object({ name: z.string().max(1000), sha256: Sha256Schema, size: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER) });
/** One reminder for the system's notifications, worded by the page in the interface's language. */
export const ScheduledReminderSchema = z.object({
  /** Case, kind, date and lead: shown once (see src/shared/domain/reminders.ts). */
  id: z.string().min(1).max(400),
  caseId: z.string().min(1).max(100),
  /** The day it is shown (its deadline's, a lead's, or the end of a snooze), from the schedule's `remindAt`. */
  showOn: CalendarDateSchema,
  title: z.string().max(300),
  body: z.string().max(500),
});
export type ScheduledReminder = z.infer<typeof ScheduledReminderSchema>;

export const ReminderScheduleSchema = z.object({
  /** What is due today and coming soon; replaces the schedule main held. */
  reminders: z.array(ScheduledReminderSchema).max(1000),
  /** Said instead when several fall due at once (after the app was closed): `{count}` is replaced by how many. */
  summary: z.object({ title: z.string().max(300), body: z.string().max(500) }),
  /**
   * The time of day ("HH:MM", local) a day's reminders come at ("Remind me at" in Settings). A
   * schedule kept from before the setting existed reads as 09:00.
   */
  remindAt: z.string().refine(isTimeOfDay, 'a time of day as HH:MM').default(defaultReminderTime),
});
export type ReminderSchedule = z.infer<typeof ReminderScheduleSchema>;

/**
 * Request and response schemas per channel. Main parses every request with them: the renderer
 * is treated like any other untrusted input.
 */
export const ipcContract = {
  [IpcChannel.getAppInfo]: { request: z.undefined(), response: AppInfoSchema },
  /** The language the interface is shown in, so the main process words its own menus the same. */
  [IpcChannel.setInterfaceLanguage]: { request: z.object({ language: InterfaceLanguageSchema }), response: z.undefined() },
  [IpcChannel.openExternal]: { request: z.object({ url: ExternalUrlSchema }), response: z.undefined() },
  [IpcChannel.saveJournalJson]: {
    request: z.object({ suggestedName: SuggestedFileNameSchema, contents: JournalBytesSchema }),
    response: SaveResultSchema,
  },
  [IpcChannel.openJournalFile]: { request: z.undefined(), response: OpenJournalResultSchema },
  /** An automatic backup begun and then failed: the unfinished file is removed. */
  [IpcChannel.abortArchiveExport]: { request: z.object({ exportId: HandleIdSchema }), response: z.undefined() },
  /** Bytes of an opened archive, at an offset: only of a file the user picked in the main process's dialog. */
  [IpcChannel.readArchive]: {
    request: z.object({
      archiveId: HandleIdSchema,
      offset: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
      length: z.number().int().nonnegative().max(MAX_ARCHIVE_PIECE_BYTES),
    }),
    response: ArchivePieceSchema,
  },
  [IpcChannel.closeArchive]: { request: z.object({ archiveId: HandleIdSchema }), response: z.undefined() },
  [IpcChannel.saveReportPdf]: {
    request: z.object({
      suggestedName: SuggestedFileNameSchema,
      paperSize: PaperSizeSchema,
      footer: z.string().max(300),
      language: InterfaceLanguageSchema,
    }),
    response: SaveResultSchema,
  },
  /** "Add attachment": the main process runs the file dialog and reads the file, within the 50 MB limit. */
  [IpcChannel.openAttachmentFile]: { request: z.undefined(), response: OpenAttachmentResultSchema },
  /** "Save a copy": the attachment's bytes, written as they are where the user says. */
  [IpcChannel.storeAttachmentBytes]: {
    request: z.object({ sha256: Sha256Schema, bytes: AttachmentBytesSchema }),
    response: z.object({ status: z.enum(['added', 'present']) }),
  },
  [IpcChannel.readAttachmentBytes]: { request: z.object({ sha256: Sha256Schema }), response: AttachmentBytesSchema },
  [IpcChannel.saveStoredAttachmentCopy]: { request: z.object({ sha256: Sha256Schema, suggestedName: SuggestedFileNameSchema }), response: SaveResultSchema },
  /** `named`: every SHA-256 an attachment of the journal still names (Trash included); the rest may go. */
  [IpcChannel.collectAttachmentGarbage]: {
    request: z.object({ named: z.array(Sha256Schema).max(MAX_NAMED_HASHES) }),
    response: z.object({ removed: z.number().int().nonnegative() }),
  },
  [IpcChannel.exportArchiveFromFiles]: {
    request: z.object({
      suggestedName: SuggestedFileNameSchema,
      journal: JournalBytesSchema,
      attachments: z.array(ArchivedAttachmentSchema).max(MAX_NAMED_HASHES),
      /** Names this export for archiveJobProgress and cancelArchiveJob (made by the window, known to that window alone). */
      jobId: HandleIdSchema.optional(),
    }),
    response: SaveResultSchema,
  },
  [IpcChannel.unpackArchiveToFiles]: {
    request: z.object({ archiveId: HandleIdSchema, jobId: HandleIdSchema.optional() }),
    response: z.discriminatedUnion('status', [
      z.object({
        status: z.literal('unpacked'),
        journal: JournalBytesSchema,
        /** The attachments the archive holds (SHA-256 → size), all now in the attachment files. */
        attachments: z.array(z.object({ sha256: Sha256Schema, size: z.number().int().nonnegative() })),
      }),
      /** Refused, nothing kept: why, as the archive reader says it (the window words it). */
      z.object({ status: z.literal('refused'), problem: z.custom<ArchiveProblem>((value) => typeof value === 'object' && value !== null && 'kind' in value) }),
      /** Stopped by cancelArchiveJob: nothing kept. */
      z.object({ status: z.literal('canceled') }),
    ]),
  },
  /** Bytes through so far of how many, or null when no job of that window has that id (not begun, or over). */
  [IpcChannel.archiveJobProgress]: {
    request: z.object({ jobId: HandleIdSchema }),
    response: z.object({ done: z.number().nonnegative(), total: z.number().nonnegative() }).nullable(),
  },
  [IpcChannel.cancelArchiveJob]: { request: z.object({ jobId: HandleIdSchema }), response: z.undefined() },
  [IpcChannel.backupStatus]: { request: z.undefined(), response: BackupStatusSchema },
  /** Refused (`notDue`) unless a backup is due: only the main process decides. */
  [IpcChannel.beginBackup]: { request: z.undefined(), response: BeginBackupResultSchema },
  [IpcChannel.writeBackupFromFiles]: {
    request: z.object({ exportId: HandleIdSchema, journal: JournalBytesSchema, attachments: z.array(ArchivedAttachmentSchema).max(MAX_NAMED_HASHES) }),
    response: z.undefined(),
  },
  [IpcChannel.finishBackup]: { request: z.object({ exportId: HandleIdSchema }), response: BackupWriteResultSchema },
  [IpcChannel.readBackup]: {
    request: z.object({ name: z.string().max(200), kept: z.boolean() }),
    response: BackupReadResultSchema,
  },
  /** The renderer could not make the export a backup needs: recorded so it is shown like any failure. */
  [IpcChannel.recordBackupFailure]: { request: z.object({ detail: z.string().max(500) }), response: z.undefined() },
  [IpcChannel.saveCalendarFile]: {
    request: z.object({
      suggestedName: SuggestedFileNameSchema,
      contents: z.custom<Uint8Array>(
        (value) => value instanceof Uint8Array && value.byteLength <= MAX_CALENDAR_FILE_BYTES,
        'must be bytes no larger than a calendar file may be',
      ),
    }),
    response: SaveResultSchema,
  },
  [IpcChannel.getBackgroundSettings]: { request: z.undefined(), response: BackgroundStateSchema },
  /** Saved, then applied (the login item); answers what is now in force. */
  [IpcChannel.setBackgroundSettings]: { request: BackgroundSettingsSchema, response: BackgroundStateSchema },
  [IpcChannel.scheduleReminders]: { request: ReminderScheduleSchema, response: z.undefined() },
  [IpcChannel.takeCaseToOpen]: { request: z.undefined(), response: z.string().nullable() },
  [IpcChannel.takeDeadlineExportAsk]: { request: z.undefined(), response: z.boolean() },
} as const satisfies Record<IpcChannelName, { request: z.ZodType; response: z.ZodType }>;

export type IpcRequest<C extends IpcChannelName> = z.input<(typeof ipcContract)[C]['request']>;
export type IpcResponse<C extends IpcChannelName> = z.output<(typeof ipcContract)[C]['response']>;

/** What the preload exposes as `window.journalBridge`; the browser adapter implements it too. */
export interface JournalBridge {
  invoke<C extends IpcChannelName>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>>;
  /** Hears the main process ask to open a case (a clicked reminder); returns how to stop hearing. */
  onOpenCase(listener: (caseId: string) => void): () => void;
  /** Hears "Export all deadlines…" chosen in the application menu; returns how to stop hearing. */
  onExportAllDeadlines(listener: () => void): () => void;
}
