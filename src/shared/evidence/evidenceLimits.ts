import type { Attachment } from '../domain/caseSchema';

/** 50 MiB: a phone's photo or a long PDF statement fits; a video of a call does not belong here. */
export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/**
 * Attachments a case may hold, those in its attachment Trash included (they keep their bytes until
 * the Trash is emptied). The case schema allows the same number, so the app can never store a case
 * its own export could not write.
 */
export const MAX_ATTACHMENTS_PER_CASE = 200;

/** Why a file cannot become evidence; the interface words each in the user's language. */
export type AttachmentProblem =
  | { kind: 'empty'; name: string }
  | { kind: 'tooLarge'; name: string; size: number; limit: number }
  | { kind: 'tooMany'; name: string; limit: number };

/** The first limit a file of `size` bytes would break on a case that already holds `attachments`. */
export function attachmentProblem(
  file: { name: string; size: number },
  attachments: readonly Pick<Attachment, 'id'>[],
): AttachmentProblem | null {
  if (file.size === 0) return { kind: 'empty', name: file.name };
  if (file.size > MAX_ATTACHMENT_BYTES) return { kind: 'tooLarge', name: file.name, size: file.size, limit: MAX_ATTACHMENT_BYTES };
  if (attachments.length >= MAX_ATTACHMENTS_PER_CASE) return { kind: 'tooMany', name: file.name, limit: MAX_ATTACHMENTS_PER_CASE };
  return null;
}
