import type { Attachment, AttachmentKind, JournalCase } from '@shared/domain/caseSchema';
import { sha256Hex } from '@shared/journalFile/base64';
import { attachmentProblem, type AttachmentProblem } from '@shared/evidence/evidenceLimits';
import { attachmentName, mediaTypeOf } from '@shared/evidence/attachmentFiles';
import { guessAttachmentKind } from '@shared/evidence/guessAttachmentKind';
import type { JournalDatabase } from './journalDatabase';
import type { UpdateCase } from './caseRepository';

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
 * The evidence of cases. Metadata lives in the case (`attachments`), bytes in `attachmentContents`;
 * every write below is one transaction through `update`, which also stamps the case and its list
 * entry — so a write either happens whole or not at all, and anything else a change must record
 * (a timeline entry) is one more write in the same function.
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
      let added: Attachment | undefined;
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
        { alongside: () => db.attachmentContents.add({ id, caseId, data: bytes }) },
      );
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

    /** Deletes one attachment from the Trash for good, bytes and all. One not in the Trash stays. */
    deleteForever(caseId: string, attachmentId: string): Promise<JournalCase> {
      return update(
        caseId,
        (current) => {
          const attachment = current.attachments.find((candidate) => candidate.id === attachmentId);
          if (!attachment) throw new AttachmentNotFound(caseId, attachmentId);
          if (attachment.deletedAt === null) throw new Error(`${attachment.name} is not in the Trash`);
          return { ...current, attachments: current.attachments.filter((candidate) => candidate.id !== attachmentId) };
        },
        { alongside: () => db.attachmentContents.delete(attachmentId) },
      );
    },

    /** Empties the case's attachment Trash for good. */
    emptyTrash(caseId: string): Promise<JournalCase> {
      return update(
        caseId,
        (current) => ({ ...current, attachments: current.attachments.filter((attachment) => attachment.deletedAt === null) }),
        {
          alongside: (_changed, before) =>
            db.attachmentContents.bulkDelete(before.attachments.filter((attachment) => attachment.deletedAt !== null).map((attachment) => attachment.id)),
        },
      );
    },

    /** The stored bytes of one attachment of a case (for a preview or "Save a copy"). */
    async contentOf(caseId: string, attachmentId: string): Promise<Uint8Array> {
      const content = await db.attachmentContents.get(attachmentId);
      if (!content || content.caseId !== caseId) throw new AttachmentNotFound(caseId, attachmentId);
      return content.data;
    },
  };
}
export type AttachmentRepository = ReturnType<typeof attachmentRepository>;
