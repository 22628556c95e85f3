import type { Attachment, AttachmentKind, JournalCase } from '@shared/domain/caseSchema';
import { sha256Hex } from '@shared/journalFile/base64';
import { attachmentProblem, type AttachmentProblem } from '@shared/evidence/evidenceLimits';
import { attachmentName, mediaTypeOf } from '@shared/evidence/attachmentFiles';
import { guessAttachmentKind } from '@shared/evidence/guessAttachmentKind';
import type { JournalDatabase } from './journalDatabase';
import type { UpdateCase } from './caseRepository';
import { markAttachmentGarbage } from './attachmentGarbage';

/** A file about to become evidence, as the dialog, a drop or the clipboard handed it over. */
export interface EvidenceFile {
  name: string;
  /** The type the browser reported, if any; otherwise it is told by the name's extension. */
  mediaType?: string;
  bytes: Uint8Array;
  /** Pasted from the clipboard (a screenshot). */
  pasted?: boolean;
}

/** A file the limits refuse: empty, over 50 MB, or one too many for its case. Nothing was written. */
export class AttachmentRefused extends Error {
  constructor(readonly problem: AttachmentProblem) {
    super(`${problem.name}: ${problem.kind}`);
  }
}

export class AttachmentNotFound extends Error {
  constructor(caseId: string, attachmentId: string) {
    super(`Case ${caseId} has no attachment ${attachmentId}`);
  }
}

/** The bytes as a buffer of their own: a view into a larger buffer would store all of it. */
function ownBytes(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

function withAttachment(journalCase: JournalCase, attachmentId: string, patch: (attachment: Attachment) => Attachment): JournalCase {
  if (!journalCase.attachments.some((attachment) => attachment.id === attachmentId)) {
    throw new AttachmentNotFound(journalCase.id, attachmentId);
  }
  return {
    ...journalCase,
    attachments: journalCase.attachments.map((attachment) => (attachment.id === attachmentId ? patch(attachment) : attachment)),
  };
}

/**
 * The evidence of cases. Metadata lives in the case (`attachments`), bytes in the journal's
 * attachment files (named by their SHA-256, see attachmentFiles.ts); every write of metadata is one
 * transaction through `update`, which also stamps the case and its list entry. Bytes are kept in
 * their file before the case names them, so a case never names bytes that are not there; bytes no
 * case names (an add that failed after its file was written, an attachment deleted for good) are
 * removed by the garbage collection at the next start (attachmentGarbage.ts).
 */
export function attachmentRepository(db: JournalDatabase, update: UpdateCase) {
  return {
    /**
     * Adds a file to a case, or to one of its steps (`stepId`). Its SHA-256 is computed first (with
     * WebCrypto, outside the transaction, which must not wait for anything but the database); the
     * limits are checked against the case as stored, inside the transaction.
     */
    async add(caseId: string, file: EvidenceFile, options: { stepId?: string | null; kind?: AttachmentKind } = {}): Promise<Attachment> {
      const stepId = options.stepId ?? null;
      const mediaType = mediaTypeOf(file.name, file.mediaType);
      const name = attachmentName(file.name, 'attachment');
      const early = attachmentProblem({ name, size: file.bytes.byteLength }, []);
      if (early) throw new AttachmentRefused(early);
      const bytes = ownBytes(file.bytes);
      const sha256 = await sha256Hex(bytes);
      const id = crypto.randomUUID();
      // Refused early (the transaction below checks again against the case as stored) so a refused file is never kept.
      const before = await db.cases.get(caseId);
      if (before) {
        const problem = attachmentProblem({ name, size: bytes.byteLength }, before.attachments);
        if (problem) throw new AttachmentRefused(problem);
      }
      await db.attachmentFiles.put(sha256, bytes);
      let added: Attachment | undefined;
      try {
        await update(
          caseId,
          (current, now) => {
            const problem = attachmentProblem({ name, size: bytes.byteLength }, current.attachments);
            if (problem) throw new AttachmentRefused(problem);
            const step = stepId === null ? undefined : current.checklist.find((item) => item.id === stepId);
            if (stepId !== null && !step) throw new Error(`Case ${caseId} has no step ${stepId}`);
            added = {
              id,
              name,
              mediaType,
              size: bytes.byteLength,
              sha256,
              addedAt: now.toISOString(),
              kind: options.kind ?? guessAttachmentKind({ name, mediaType, stepKey: step?.key, pasted: file.pasted }),
              stepId,
              deletedAt: null,
            };
            return { ...current, attachments: [...current.attachments, added] };
          },
        );
      } catch (error) {
        // The file is kept and no case names it: the next collection takes it.
        await markAttachmentGarbage(db).catch(() => undefined);
        throw error;
      }
      return added!;
    },

    /** The user says what the file is (the app only guessed). */
    changeKind(caseId: string, attachmentId: string, kind: AttachmentKind): Promise<JournalCase> {
      return update(caseId, (current) => withAttachment(current, attachmentId, (attachment) => ({ ...attachment, kind })));
    },

    /** Into the case's attachment Trash: hidden from the case and its reports, bytes kept. */
    moveToTrash(caseId: string, attachmentId: string): Promise<JournalCase> {
      return update(caseId, (current, now) =>
        withAttachment(current, attachmentId, (attachment) => ({ ...attachment, deletedAt: attachment.deletedAt ?? now.toISOString() })),
      );
    },

    restore(caseId: string, attachmentId: string): Promise<JournalCase> {
      return update(caseId, (current) => withAttachment(current, attachmentId, (attachment) => ({ ...attachment, deletedAt: null })));
    },

    /**
     * Deletes one attachment from the Trash for good. One not in the Trash stays. Its record goes now;
     * its file goes with the next garbage collection, unless another attachment names the same bytes.
     */
    async deleteForever(caseId: string, attachmentId: string): Promise<JournalCase> {
      const changed = await update(caseId, (current) => {
        const attachment = current.attachments.find((candidate) => candidate.id === attachmentId);
        if (!attachment) throw new AttachmentNotFound(caseId, attachmentId);
        if (attachment.deletedAt === null) throw new Error(`${attachment.name} is not in the Trash`);
        return { ...current, attachments: current.attachments.filter((candidate) => candidate.id !== attachmentId) };
      });
      await markAttachmentGarbage(db);
      return changed;
    },

    /** Empties the case's attachment Trash for good (files as with deleteForever). */
    async emptyTrash(caseId: string): Promise<JournalCase> {
      const changed = await update(caseId, (current) => ({ ...current, attachments: current.attachments.filter((attachment) => attachment.deletedAt === null) }));
      await markAttachmentGarbage(db);
      return changed;
    },

    /** The stored bytes of one attachment of a case (for a preview or "Save a copy"): only one the case lists. */
    async contentOf(caseId: string, attachmentId: string): Promise<Uint8Array> {
      const attachment = (await db.cases.get(caseId))?.attachments.find((candidate) => candidate.id === attachmentId);
      if (!attachment) throw new AttachmentNotFound(caseId, attachmentId);
      return db.attachmentFiles.read(attachment.sha256);
    },
  };
}
export type AttachmentRepository = ReturnType<typeof attachmentRepository>;
