import type { JournalCase } from '@shared/domain/caseSchema';

/** Attachments too large to carry inside a JSON file (base64 in one string): the archive carries them. */
export class AttachmentsTooLargeForJson extends Error {
  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`The attachments take ${size} bytes as base64, more than the ${limit} a JSON export can hold; export an archive instead`);
  }
}

/** How many bytes the attachments of `cases` take once base64-encoded. */
export function embeddedAttachmentBytes(cases: readonly JournalCase[]): number {
  let total = 0;
  for (const journalCase of cases) for (const attachment of journalCase.attachments) total += Math.ceil(attachment.size / 3) * 4;
  return total;
}
