import { guessAttachmentKind } from '../../evidence/guessAttachmentKind';
import { isRecord } from '../isRecord';

/**
 * Journal format 2 → 3, the timeline (issue 11): a case of format 2 had only its status history;
 * in format 3 it carries a timeline, which starts as that history, one `status` entry per change
 * with its day and recording time (ids `status-0`, `status-1`, … as the database upgrade makes
 * them). The input is untrusted: a history not in the expected shape is passed on unchanged, and
 * the schema refuses it with its path.
 */
export function timelineFromFormat2(raw: unknown): unknown {
  if (!isRecord(raw) || !Array.isArray(raw.statusHistory)) return raw;
  const history: unknown[] = raw.statusHistory;
  const timeline = history.map((change, index) => {
    if (!isRecord(change)) return change;
    const previous = index === 0 ? null : history[index - 1];
    return {
      id: `status-${index}`,
      kind: 'status',
      on: change.on,
      recordedAt: change.recordedAt,
      corrects: null,
      status: change.status,
      from: isRecord(previous) ? previous.status : null,
    };
  });
  return { ...raw, timeline };
}

/**
 * Journal format 2 → 3, evidence: each attachment gains its `kind` (guessed from its name and type,
 * as the app guesses for a new file; the user can change it), `stepId` (null: it belongs to the case
 * as a whole, as every attachment did before) and `deletedAt` (null: not in the attachment Trash).
 * For files and for the database (version 5) alike. Anything not in the expected shape is passed on
 * unchanged, for the schema to refuse with its path.
 */
export function attachmentsGetKinds(raw: unknown): unknown {
  if (!isRecord(raw) || !Array.isArray(raw.attachments)) return raw;
  return {
    ...raw,
    attachments: raw.attachments.map((attachment: unknown) => {
      if (!isRecord(attachment)) return attachment;
      const name = typeof attachment.name === 'string' ? attachment.name : '';
      const mediaType = typeof attachment.mediaType === 'string' ? attachment.mediaType : '';
      return { kind: guessAttachmentKind({ name, mediaType }), stepId: null, deletedAt: null, ...attachment };
    }),
  };
}

/** The file-level step, registered in journalFileMigrations: evidence, then the timeline. */
export function upgradeFrom2(file: Record<string, unknown>): Record<string, unknown> {
  return Array.isArray(file.cases) ? { ...file, cases: file.cases.map((raw: unknown) => timelineFromFormat2(attachmentsGetKinds(raw))) } : file;
}
